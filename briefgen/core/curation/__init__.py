"""Writing the fact library: round-trip edits, one-off formatting, reference import."""
