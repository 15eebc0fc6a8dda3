"""Reading and checking the fact library: its vocabulary, files, rules, problems and version."""
