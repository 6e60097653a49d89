"""Which articles copy which: shared passages, direction of copying and independent sources."""
