"""What briefgen needs from the operating system: files, paths, signals, the garbage collector."""
