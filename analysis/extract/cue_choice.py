"""Which cue a number takes: the sentence's measure cues ranked, and searched from the number outwards.

`linking` decides where to look (the number's own segment, the clause that follows, the list it ends); this
module holds the ranking (`PRIORITY`) and the searches it uses, so that each can be read on its own.
"""

from __future__ import annotations

from analysis.extract.cues import Cue
from analysis.extract.numbers import NumberMention
from analysis.extract.segments import Segment

#: Strong measures, most specific first: the first one present in a segment wins.
PRIORITY = ("traveled_or_attempted", "attempted", "women_children", "names_collected", "killed", "charged",
            "convicted", "women", "children", "returned", "departed")


def nearest_after(segments, si, keep, own_figures: bool = False) -> Cue | None:
    """The best cue of the first later segment that has one `keep` accepts, else the best of the sentence:
    "198 - nearly 200 - have returned, and Rabat says most are prosecuted": the verb next to the figure is its
    verb, though a later clause's measure ranks higher. With `own_figures`, a segment holding a count of its own
    keeps its verb for that count, and there is no fallback to the whole sentence."""
    for s in segments[si + 1:]:
        if own_figures and any(n.unit == "count" for n in s.numbers):
            continue
        pick = best([c for c in s.cues if keep(c)])
        if pick is not None:
            return pick
    return None if own_figures else best([c for s in segments for c in s.cues if keep(c)])


def best(cues: list[Cue]) -> Cue | None:
    strong = [c for c in cues if c.strong]
    for measure in PRIORITY:
        for c in strong:
            if c.measure == measure:
                return c
    weak = [c for c in cues if not c.strong]
    return weak[0] if weak else None


def nearest_movement(context: list[Cue], at: int) -> str:
    """Whether women or children counted at `at` went or came back: the sentence's departure or return verb
    nearest to them. "sent 248 men ... along with 60 women, according to a report on how the region deals with
    its returnees": the 60 went. With no such verb, they went (the report counts them among those who left)."""
    moves = [c for c in context if c.measure in ("departed", "returned")]
    if not moves:
        return "departed"
    return min(moves, key=lambda c: (abs(c.start - at), c.measure != "returned")).measure


def strong_cues(segments: list[Segment]) -> list[Cue]:
    """The sentence's strong cues."""
    return [c for s in segments for c in s.cues if c.strong]


def cue_near(cues: list[Cue], n: NumberMention, measure: str):
    near = [c for c in cues if c.measure == measure]
    if not near:
        return None
    c = min(near, key=lambda c: abs(c.start - n.end))
    return (c.start, c.end)
