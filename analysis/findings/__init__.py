"""Claims and reference in, findings out: where the sources disagree and why (conflicts, typos, arithmetic, definitions, misattribution)."""
