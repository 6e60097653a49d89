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
    CHECK_READING: "check the reading first: the finding rests on a claim the extractor read with low confidence",
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


def capped(severity: str, confidence: str) -> str:
    """`severity` lowered to what `confidence` allows: medium caps high; low sends anything to check_reading.

    info stays info on medium claims (a passed check claims nothing wrong).
    """
    if confidence == "low":
        return CHECK_READING
    if confidence == "medium" and severity == "high":
        return "medium"
    return severity
