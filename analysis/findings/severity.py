"""Severity, and why it can be no higher than the reading it rests on.

A finding says a figure is wrong. If the extractor's reading of a claim is
itself a guess (confidence low), the finding is as likely to be about the
extractor as about the article, so it cannot be trusted more than its
weakest reading: a finding resting on a medium-confidence claim is at most
medium, and one resting on a low-confidence claim is set apart as
CHECK_READING ("check the reading first"), listed after info. Reference rows
count as high: they are the yardstick, not a reading.
"""

from __future__ import annotations

CHECK_READING = "check_reading"
#: Most severe first; check_reading last, in a section of its own.
SEVERITY = ("high", "medium", "low", "info", CHECK_READING)
MEANING = {
    "high": "a figure is wrong, or two sources cannot both be right",
    "medium": "probably wrong: check the article",
    "low": "a reader could be misled, but nothing is wrong as stated",
    "info": "a check that passed, kept so the reader sees what was checked",
    CHECK_READING: ("check the reading first: the finding rests on a claim the extractor read with low confidence, "
                    "or is a bare disagreement resting on a medium-confidence reading"),
}
#: Confidence levels (analysis.core.codebook.CONFIDENCE), strongest first.
CONFIDENCE_ORDER = ("high", "medium", "low")


def rank(confidence: str) -> int:
    """0 for high ... 2 for low; an unknown or missing confidence counts as high (tables without the column)."""
    return CONFIDENCE_ORDER.index(confidence) if confidence in CONFIDENCE_ORDER else 0


def side_confidence(stmts) -> str:
    """The best confidence among statements that give the same figure: the side stands if any reading is right."""
    return CONFIDENCE_ORDER[min((rank(s.confidence) for s in stmts), default=0)]


def weakest(*sides) -> str:
    """The weakest of several sides' confidences: a finding needs every side it compares to be read right."""
    return CONFIDENCE_ORDER[max((rank(side_confidence(side)) for side in sides if side), default=0)]


#: Kinds that say only that figures disagree, without naming how one became the other. Resting on a
#: medium-confidence reading, they were about the extractor's misreading, not the articles, far more often than
#: the specific diagnoses (typo, scale, derived share...): on the blind development parts, 171 of 295 such
#: high/medium findings rested only on correctly read claims (0.58), against 67 of 68 (0.99) for the specific kinds.
GENERIC_KINDS = frozenset({"value_conflict", "measure_swap", "entity_swap", "arithmetic", "definition_mismatch",
                           "returned_exceeds_departed"})


def capped(severity: str, confidence: str, kind: str = "") -> str:
    """`severity` lowered to what `confidence` allows: medium caps high; low sends anything to check_reading, and
    so does medium for a generic disagreement (GENERIC_KINDS), which is then as likely a misreading as not.

    info stays info (a passed check claims nothing wrong).
    """
    if severity == "info":
        return "info" if confidence != "low" else CHECK_READING
    if confidence == "low" or (confidence == "medium" and kind in GENERIC_KINDS):
        return CHECK_READING
    if confidence == "medium" and severity == "high":
        return "medium"
    return severity
