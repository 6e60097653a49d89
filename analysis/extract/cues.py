"""The cue lexicon: words that say what a number counts, and who said it.

Each cue is a regular expression, from the language's lexicon file, with a measure and a strength. A strong cue
("returned", "left", "killed") settles the measure; a weak one ("fighters",
"contingent") only suggests `departed` and yields to any strong cue nearby.
Attribution patterns map the phrases articles use to credit a figure to a
canonical source label.
"""

from __future__ import annotations

from dataclasses import dataclass

from analysis.extract.lexicon import Lexicon


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    measure: str   # a codebook measure, or "women" / "children" / "countries" / "victims"
    strong: bool


def find_cues(text: str, start: int, end: int, lex: Lexicon) -> list[Cue]:
    """All cues in text[start:end], in order."""
    out = []
    for m in lex.cue_re.finditer(text, start, end):
        i = int(m.lastgroup[1:])
        _, measure, strong = lex.cues[i]
        out.append(Cue(m.start(), m.end(), measure, strong))
    return out


def travel_target(text: str, cue: Cue, lex: Lexicon) -> int:
    """Offset where the destination of a travel verb starts ('travelled to the UK'), or -1."""
    if cue.measure != "departed" or not cue.strong:
        return -1
    m = lex.travel_to.match(text[cue.end:cue.end + 20])
    return cue.end + m.end() if m else -1


def find_attributions(text: str, start: int, end: int, lex: Lexicon) -> list[tuple[int, int, str]]:
    """(start, end, label) of every attribution phrase in text[start:end]."""
    return [(m.start(), m.end(), lex.attributions[int(m.lastgroup[1:])][1])
            for m in lex.attribution_re.finditer(text, start, end)]
