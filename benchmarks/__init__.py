"""Benchmarks of the extraction pipeline (not tests: nothing here asserts a time)."""
