"""Full-text search over the assembled library, with its on-disk index."""
