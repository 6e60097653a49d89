"""What a diagnosis is, and the two tests every diagnosis shares: same value, specific enough.

A deviation (a cluster that disagrees with the accepted one, or a figure that
fits another key better than its own) is explained by the first diagnosis
module that recognises it, tried in the order of `discrepancies.DIAGNOSES`.
Each returns a `Diagnosis`: the kind, the other figure it points to (its
statements become part of the finding's provenance), and one clause of
evidence the explanation sentence ends with.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from analysis.findings.evidence import Statement

#: Two figures are "the same" within this relative tolerance (5,718 vs 5,718; not 5,600 vs 5,718).
SAME = 0.005


@dataclass
class Diagnosis:
    kind: str
    severity: str
    evidence: str                      # a clause: "5,718 is the reference's departed figure for Western Europe"
    other: list[Statement] = field(default_factory=list)
    other_entity: str = ""
    other_measure: str = ""
    correct_value: float | None = None
    verdict: str = ""


def same(x: float, y: float) -> bool:
    """Equal within SAME (relative), so rounding in print does not hide a match."""
    return abs(x - y) <= SAME * max(abs(x), abs(y)) if x and y else x == y

