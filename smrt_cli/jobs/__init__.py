"""Jobs: what a command does between parsing its options and printing — files to write, notes."""
