"""Plausibility: check each reading against the codebook and its clause before it becomes a claim.

Linking decides what a number counts from the words near it; it can be fooled. This step asks
whether the reading is possible at all:

* **unit**: a `countries_*` value is a count of countries (20 to 250: fewer is a selection, not the
  report's frame); a share is 0-100 (numbers over 100 percent never get this far);
* **magnitude**: no country sent or took back more than 20,000 fighters, no figure about foreign
  fighters exceeds 100,000 (the report's world total is about 40,000), and no count of returnees exceeds
  10,000 (the world's is about 5,600);
* **context**: a number whose own clause, near the number, is about a population, the victims of an attack, money, a
  prison sentence, people detained or watch-listed, a rate per inhabitant, or a figure the article
  says was superseded, is not a fighter count. The patterns are in the language's lexicon
  (`not_claim_contexts`).

A reading that fails is kept (nothing is dropped) as `unclassified`, with a `check_*` flag naming the
check, so it never counts as a confident claim.
"""

from __future__ import annotations

import re

from analysis.core.codebook import MEASURES
from analysis.extract.folding import FoldedPattern

MAX_COUNTRIES = 250
#: The report's counts of countries are 110 (origin) and 33 (return); a dozen countries is a selection ("the
#: table shows 12 countries"), not how many countries fighters came from or went back to.
MIN_COUNTRIES = 20
MAX_COUNTRY_PEOPLE = 20_000
MAX_PEOPLE = 100_000
#: No more than about 5,600 fighters came back anywhere (the report's world total): "more than 40,000, and
#: returned ..." is the departures' figure next to a return verb, not a count of returnees.
MAX_RETURNED = 10_000
#: Characters on each side of the number, within its clause, where a context must start: "a country of
#: 11 million" and "3,000 Tajik citizens were detained" are caught, "Belgium's 500 fighters made it Western
#: Europe's biggest contributor relative to its population" is not.
WINDOW = 45
#: Contexts read in the whole sentence: "In 2014 the ministry spoke of 900 departures, a figure since revised"
#: marks the 900 from a clause away.
SENTENCE_WIDE = frozenset({"superseded"})
#: Clause boundaries for the context window: a comma not inside a number, semicolons, brackets, dashes.
_CLAUSE = re.compile(r",(?!\d{3})|;|\(|\)|\u2014|\u2013|\s-\s|\s-(?=[^\W\d_])|(?<=[^\W\d_])-\s|:(?!\d)")


def check(text: str, start: int, end: int, sent_start: int, sent_end: int, measure: str, value: float,
          entity_type: str, found: "SentenceContexts") -> str:
    """The flag of the first failed check ('' if the reading is plausible).

    The context checks apply to unclassified numbers too, so that a share of territory cannot later lend its
    measure to the figures after it. `found` holds the context matches of the number's sentence."""
    unit = MEASURES.get(measure, ("",))[0]
    if unit == "countries" and (not MIN_COUNTRIES <= value <= MAX_COUNTRIES
                                or entity_type in ("country", "region", "group")):
        return "check_unit"  # "its five states", "a selection of 12 countries": a list's size, not an origin count
    if unit == "people" and (value > MAX_PEOPLE or (entity_type == "country" and value > MAX_COUNTRY_PEOPLE)
                             or (measure.endswith("returned") and value > MAX_RETURNED)):
        return "check_magnitude"
    if found.wide and found.old_from <= start < found.revision_at:
        return found.wide  # before "now"/"revised to": the old figure; after it, the current one
    if not found.near:
        return ""
    lo, hi = clause(text, start, end, sent_start, sent_end)
    lo, hi = max(lo, start - WINDOW), min(hi, end + WINDOW)
    for a, b, name in found.near:
        # A context that starts in the window (German and Dutch put the verb last), unless another figure stands
        # between or inside it: in "1 300 salieron y 2 650 figuran en la lista" the list is the 2 650's, in
        # "145 départs pour un pays de 5,7 millions d'habitants" the population is the 5,7 million's.
        if lo <= a < hi and not _other_figure(text, min(a, end), max(b, start), start, end):
            return f"check_{name}"
    return ""


_DIGIT = re.compile(r"\d")


def _other_figure(text: str, lo: int, hi: int, start: int, end: int) -> bool:
    """A digit in text[lo:hi] outside the number's own text[start:end]."""
    return bool(_DIGIT.search(text, lo, min(hi, start)) or _DIGIT.search(text, max(lo, end), hi))


class SentenceContexts:
    """The not-claim contexts of one sentence, found once for all its numbers (a table row holds dozens)."""

    def __init__(self, text: str, start: int, end: int, contexts: "Contexts", revision: re.Pattern | None = None,
                 old_follows: re.Pattern | None = None):
        self.near = [(m.start(), m.end(), m.lastgroup) for m in contexts.near.finditer(text, start, end)]
        wide = contexts.sentence.search(text, start, end) if contexts.sentence else None
        self.wide = f"check_{wide.lastgroup}" if wide else ""
        marker = revision.search(text, wide.end(), end) if wide and revision is not None else None
        self.revision_at = marker.start() if marker else end
        # "150 have returned, down from 400 last year": the old figure follows the marker; those before are current.
        follows = wide is not None and old_follows is not None and old_follows.match(text, wide.start())
        self.old_from = wide.start() if follows else start


class Contexts:
    """A language's not-claim contexts compiled into two patterns (one search per number, not one per context):
    `near` for the window around the number, `sentence` for the contexts read in the whole sentence."""

    def __init__(self, patterns: dict[str, str]):
        near = [(k, p) for k, p in patterns.items()]
        wide = [(k, p) for k, p in patterns.items() if k in SENTENCE_WIDE]
        # The lookahead lets the engine skip, without trying every context, each position that starts no word.
        self.near = FoldedPattern("(?=[^\\W\\d_]|[$\u00a3\u20ac\u00a5])(?:"
                                  + ("|".join(f"(?P<{k}>{p})" for k, p in near) or "(?!)") + ")", guard=False)
        self.sentence = FoldedPattern("|".join(f"(?P<{k}>{p})" for k, p in wide)) if wide else None


def clause(text: str, start: int, end: int, sent_start: int, sent_end: int) -> tuple[int, int]:
    """The clause around text[start:end]: from the last boundary before it to the first after it."""
    lo = sent_start
    for m in _CLAUSE.finditer(text, sent_start, start):
        lo = m.end()
    m = _CLAUSE.search(text, end, sent_end)
    return lo, (m.start() if m else sent_end)
