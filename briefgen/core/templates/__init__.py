"""Brief templates: what they declare and how their files are read."""
