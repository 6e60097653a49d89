"""How precise a whole number is written: used wherever a shared figure must be told from a coincidence
(findings that match figures across keys, lineages of a shared wrong figure)."""

from __future__ import annotations


def significant_digits(v: float) -> int:
    """Significant digits of a whole number: 3,417 -> 4, 850 -> 2, 3,000 -> 1."""
    return max(1, len(str(int(round(abs(v)))).rstrip("0")))


def specific(value: float, aggregate: bool = False) -> bool:
    """Whether a value is unusual enough that an equal figure elsewhere is not a coincidence.

    Three significant digits (1,910; 5,718), or two for a large total of the
    world or a region (5,600), whose round thousands the coverage repeats.
    Round figures (3,000; 500) are given for many places and prove nothing.
    """
    digits = significant_digits(value)
    return digits >= 3 or (aggregate and digits >= 2 and value >= 1000)
