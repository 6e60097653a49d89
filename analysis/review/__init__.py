"""Reviewer corrections: the claims table in, the reviewed claims table out.

This stage sits after `batch` (which builds the claims table from the articles)
and before `estimate` (which turns claims into rates). A researcher who finds a
misread claim writes one line in a corrections file; notebook 01 applies it
here once, so every later table, figure and report page reads the corrected
claim. Each corrected row says so and keeps its original reading, and a
correction whose claim or quote no longer exists is reported, never applied.
"""
