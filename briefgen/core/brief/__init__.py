"""The brief an analyst builds: its value, its file, its warnings, selection rules."""
