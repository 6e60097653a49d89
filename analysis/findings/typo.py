"""likely_typo: a figure one keystroke away from the accepted one, or a headline that misquotes its own body.

Keying errors are the commonest misreading in the coverage (2,962 for 2,926;
3,224 for 3,244) and they spread through syndication, so a wrong figure that
differs from the accepted one by one digit or two swapped adjacent digits is
a typo, not a different estimate. A headline is written apart from the body
and often rounds or slips: a headline figure within 10 % of the same
article's body figure for the same place and measure is a typo too.
"""

from __future__ import annotations

from analysis.core.codebook import HEADLINE_GAP
from analysis.findings.clusters import Cluster
from analysis.core.digits import significant_digits
from analysis.findings.diagnosis import Diagnosis
from analysis.findings.evidence import Context, Reading, num_text



def digit_slip(x: float, y: float) -> str:
    """'two adjacent digits swapped' or 'one digit' when x and y look like a keying error, else ''.

    Only whole numbers of three digits or more count: 25 vs 52 is too easily a
    real difference. A one-digit change also needs three significant digits
    on both sides (1,300 vs 1,500 are two round estimates, not a slip).
    """
    if x != int(x) or y != int(y) or x == y:
        return ""
    a, b = str(int(x)), str(int(y))
    if len(a) != len(b) or len(a) < 3:
        return ""
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
        return "two adjacent digits swapped"
    if len(diff) == 1 and min(significant_digits(x), significant_digits(y)) >= 3:
        return "one digit"
    return ""


def diagnose(ctx: Context, dev: Cluster, acc: Cluster) -> Diagnosis | None:
    """A digit slip against the accepted figure, else a headline against its own body."""
    return digit_diagnosis(dev, acc) or headline_slip(ctx, dev, acc)


def digit_diagnosis(dev: Cluster, acc: Cluster) -> Diagnosis | None:
    """A reading one keystroke from the accepted figure ('about 951' sits inside 'about 915' and is still a slip)."""
    for r in dev.readings:
        slip = digit_slip(r.value, acc.value)
        if slip:
            return Diagnosis("likely_typo", "high", f"{num_text(r.value)} and {num_text(acc.value)} differ by "
                             f"{slip}, so {num_text(r.value)} is probably a typo", correct_value=acc.value,
                             verdict="probable typo")
    return None


_HEADING_WORDS = 16  # a live blog's entry heading or a fact-box line: short, and no sentence's end


def _heading(s) -> bool:
    """The article's headline, or a line that reads as a heading ("09:15 - BREAKING: 5,700 fighters have
    returned home"): written apart from the body, and as apt to slip."""
    if "headline" in s.flags.split(";"):
        return True
    line = s.sentence.strip()
    return (bool(line) and "\n" not in line and len(line.split()) <= _HEADING_WORDS
            and line[-1] not in ".!?\"'\u201d\u00bb)")


def headlines_of(dev: Cluster) -> Cluster | None:
    """The part of `dev` given in headlines, when the same figure is also in some article's body.

    "5,700 have returned" in one headline and, misread or superseded, in another article's body: the headline is
    still a slip against its own body, and the finding rests on the headline alone.
    """
    readings = [Reading(r.entity, r.measure, r.unit, r.value, r.low, r.high,
                        [s for s in r.statements if _heading(s)]) for r in dev.readings]
    readings = [r for r in readings if r.statements]
    return Cluster(dev.entity, dev.measure, dev.unit, readings) if readings else None


def headline_slip(ctx: Context, dev: Cluster, acc: Cluster) -> Diagnosis | None:
    """Every claim of `dev` is in a headline, and the same article's body gives the accepted figure nearby."""
    heads = dev.articles
    if not heads or not all(_heading(s) for s in heads):
        return None
    docs = {s.source for s in heads}
    body = [s for s in acc.articles if s.source in docs and not _heading(s)]
    if not body or abs(dev.value - acc.value) > HEADLINE_GAP * max(dev.value, acc.value):
        return None
    return Diagnosis("likely_typo", "high", f"the headline gives {num_text(dev.value)} where the same article's "
                     f"body gives {body[0].text()}, so the headline figure is probably a slip", other=body,
                     correct_value=acc.value, verdict="headline against its own body")
