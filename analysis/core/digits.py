"""How precise a whole number is written: used wherever a shared figure must be told from a coincidence."""

from __future__ import annotations


def significant_digits(v: float) -> int:
    """Significant digits of a whole number: 3,417 -> 4, 850 -> 2, 3,000 -> 1."""
    return max(1, len(str(int(round(abs(v)))).rstrip("0")))
