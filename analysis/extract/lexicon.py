"""Language data: one JSON file per language in `data/lang/`, compiled once into the patterns the steps use.

Every language-specific word the extractor knows lives in these files, all with the same keys
(`en.json` is the model): number words and how to parse them, scale and percent words, fractions,
hedges (each with its canonical English form and the interval rule it implies), cue patterns for
each measure, attribution phrases, clause openers, the patterns that tie a number to its place or to
an earlier figure, and the contexts in which a number is not a claim. Adding a language is adding
`data/lang/<code>.json` (and `data/aliases_<code>.csv` for its place names); the steps are shared.
Country names in each language come from CLDR through Babel (`gazetteer`).

People nouns ("fighters", "Kämpfer", "боевик*" as a stem) are listed once, in `people_nouns`; every pattern that
asks whether people are counted writes `{people}` where the list goes. `claim_nouns` are the other nouns a claim
may count ("countries", "departures"): with the people nouns, they are what a noun after a number may be and
the number still be a claim.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache

from analysis.core.codebook import FLAGS
from analysis.core.paths import DATA
from analysis.extract.firstchars import compile_guarded
from analysis.extract.folding import FoldedPattern
from analysis.extract.plausibility import Contexts

LANG_DIR = DATA / "lang"
DEFAULT = "en"
_I = re.IGNORECASE
#: Patterns searched over a whole article (not a sentence): run on its lower-cased text (`folding`), twice as fast.
_WHOLE_TEXT = frozenset({"correction_marker"})


@lru_cache(maxsize=1)
def available() -> tuple[str, ...]:
    """ISO 639-1 codes that have a lexicon file (cached: asked once per document, and the files do not change)."""
    return tuple(sorted(p.stem for p in LANG_DIR.glob("*.json")))


@dataclass
class Lexicon:
    """The compiled lexicon of one language. `data` is the file as read; the rest is built from it."""

    code: str
    data: dict
    hedges: dict[str, tuple[str, str]] = field(default_factory=dict)  # surface -> (canonical, rule)
    cues: list[tuple[str, str, bool]] = field(default_factory=list)
    cue_re: FoldedPattern | None = None
    travel_to: re.Pattern | None = None
    attributions: list[tuple[str, str]] = field(default_factory=list)
    attribution_re: re.Pattern | None = None
    rx: dict[str, re.Pattern] = field(default_factory=dict)  # every other named pattern
    contexts: Contexts | None = None  # clauses in which a number is not a claim
    killed_fighters: re.Pattern | None = None  # what a clause must say for 'killed' to count fighters
    not_places: frozenset[str] = frozenset()  # capitalised words that never name an unknown place
    abbreviations: frozenset[str] = frozenset()  # words after which a full stop does not end a sentence

    def __post_init__(self) -> None:
        d = self.data
        self.hedges = {h.lower(): (c, r) for h, (c, r) in d["hedges"].items()}
        self.cues = [(p, m, bool(s)) for p, m, s in d["cues"]]
        # One word boundary around all the groups, not one per group: the same matches at about 60% of
        # the time, since the engine no longer tests \b once per group at every position.
        self.cue_re = FoldedPattern(r"\b(?:" + "|".join(f"(?P<c{i}>{p})" for i, (p, _, _) in enumerate(self.cues))
                                    + r")\b")
        self.travel_to = re.compile(d["travel_to"], _I)
        self.attributions = [(p, label) for p, label in d["attributions"]]
        self.attribution_re = compile_guarded("|".join(f"(?P<a{i}>{p})" for i, (p, _) in enumerate(self.attributions)))
        exact_case = set(d["case_sensitive"])
        for group in ("clauses", "linking", "document"):
            for k, p in d[group].items():
                if isinstance(p, str):
                    self.rx[k] = (re.compile(p) if k in exact_case
                                  else FoldedPattern(p) if k in _WHOLE_TEXT else re.compile(p, _I))

        raw = d.get("not_claim_contexts", {})
        self.contexts = Contexts(raw)
        unknown = [k for k in raw if f"check_{k}" not in FLAGS]
        if unknown:
            raise ValueError(f"{self.code}.json: not_claim_contexts {unknown} have no check_* flag in the codebook")
        self.killed_fighters = re.compile(d["killed_fighters"], _I) if d.get("killed_fighters") else None
        self.not_places = frozenset(d["document"]["not_places"])
        self.abbreviations = frozenset(d["abbreviations"])


@lru_cache(maxsize=None)
def get(code: str = DEFAULT) -> Lexicon:
    """The lexicon of `code` (falls back to English when the language has no file)."""
    path = LANG_DIR / f"{code}.json"
    if not path.exists():
        path, code = LANG_DIR / f"{DEFAULT}.json", DEFAULT
    with open(path, encoding="utf-8") as fh:
        return Lexicon(code, _with_people(json.load(fh)))


def noun_alternation(entries: list[str]) -> str:
    """One regex alternative per entry, case-insensitive: a word ('fighters') or a stem ending in '*' ('боевик*').

    Stems are how languages with many case endings list a noun once; whole words must not continue ('men' is
    not the start of 'mentioned'). Longest first, so that 'women and children' wins over 'women'."""
    alts = [re.escape(e[:-1]) + r"\w*" if e.endswith("*") else re.escape(e) + r"(?!\w)"
            for e in sorted(entries, key=len, reverse=True)]
    return "(?i:" + "|".join(alts) + ")"


def _with_people(data: dict) -> dict:
    """The file with every `{people}` in a pattern replaced by its one list of people nouns (`people_nouns`).

    The nouns that show a number counts people are needed in several places (after a small number word, after a
    year-like number, after a figure in a quote); one list keeps them from drifting apart."""
    people = noun_alternation(data["people_nouns"])

    def expand(v):
        if isinstance(v, str):
            return v.replace("{people}", people)
        if isinstance(v, list):
            return [expand(x) for x in v]
        if isinstance(v, dict):
            return {k: expand(x) for k, x in v.items()}
        return v
    return {k: (v if k in ("people_nouns", "claim_nouns") else expand(v)) for k, v in data.items()}
