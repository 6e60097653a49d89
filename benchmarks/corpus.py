"""A synthetic corpus of N news articles, grown deterministically from the five seeds.

Benchmarks need thousands of articles and there are five. Article i is seed
i mod 5 with, from a random generator seeded with (seed, i):

* every count replaced by another of similar size and the same format
  ("3,417" -> "2,861"); years, dates and times are kept so the header still parses;
* every origin country swapped for another one, consistently within the
  article and in the same grammatical form (name, demonym, plural, "Tunisias");
* the body paragraphs shuffled (the header stays first).

So the text keeps the seeds' phrasing and density of claims (what the
extractor's speed depends on) while no two articles are byte-identical, and
the same (seed, i) always gives the same bytes on any machine.
"""

from __future__ import annotations

import csv
import random
import re
from functools import lru_cache
from pathlib import Path

from analysis.ingest import header
from analysis.extract.gazetteer import THEATRE, load
from analysis.core.paths import DATA, SEEDS

#: A count written with digits: "7", "850", "3,417". Not part of a date
#: ("27.10.2017"), a time ("10:30"), a decimal or a word ("G20").
_COUNT = re.compile(r"(?<![\w.,/:\u2013-])(\d{1,3}(?:,\d{3})+|\d+)(?![\w/:]|[.,]\d)")
_YEAR = re.compile(r"(?:19|20)\d\d")
_PERCENT_AFTER = re.compile(r"\s*(?:%|per ?cent)")
_DAY_BEFORE_YEAR = re.compile(r",?\s+(?:19|20)\d\d\b")
_ENDS_SENTENCE = re.compile(r"[.!?:\"'\u201d\u2019)]\s*$")
_PLAIN_NAME = re.compile(r"[A-Z][a-z]{3,}(?: [A-Z][a-z]+)*")
#: Grammatical forms of a country name that can stand in for one another.
_FORMS = ("name", "demonym", "demonym_plural", "possessive_no_apostrophe")


@lru_cache(maxsize=1)
def seed_texts() -> tuple[str, ...]:
    """The seeds' texts, in file order."""
    return tuple(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))


def article(i: int, seed: int = 0) -> str:
    """The i-th synthetic article (a pure function of i and seed)."""
    texts = seed_texts()
    rng = random.Random(f"{seed}:{i}")
    text = texts[i % len(texts)]
    text = _shuffle_paragraphs(text, rng)
    text = _swap_countries(text, rng)
    return _vary_counts(text, rng)


def write_corpus(folder: Path, n: int, seed: int = 0) -> list[Path]:
    """Write articles 0..n-1 as folder/synthetic_00000.txt ... (UTF-8); return the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    width = max(5, len(str(n - 1)))
    paths = []
    for i in range(n):
        p = folder / f"synthetic_{i:0{width}d}.txt"
        p.write_bytes(article(i, seed).encode("utf-8"))
        paths.append(p)
    return paths


def _shuffle_paragraphs(text: str, rng: random.Random) -> str:
    body_start = header.parse(text).body_start
    head, body = text[:body_start], text[body_start:]
    paragraphs: list[str] = []
    for p in body.rstrip("\n").split("\n\n"):
        if paragraphs and not _ENDS_SENTENCE.search(paragraphs[-1]):
            paragraphs[-1] += "\n\n" + p  # a blank line pasted mid-sentence: keep the halves together
        else:
            paragraphs.append(p)
    rng.shuffle(paragraphs)
    return head + "\n\n".join(paragraphs) + "\n"


def _vary_counts(text: str, rng: random.Random) -> str:
    def repl(m: re.Match) -> str:
        s = m.group(1)
        value = int(s.replace(",", ""))
        if _YEAR.fullmatch(s) or value == 0 or _DAY_BEFORE_YEAR.match(text, m.end()):
            return s
        new = max(1, round(value * rng.uniform(0.5, 1.5)))
        if _PERCENT_AFTER.match(text, m.end()):
            new = min(new, 99)
        return f"{new:,}" if "," in s else str(new)

    return _COUNT.sub(repl, text)


def _swap_countries(text: str, rng: random.Random) -> str:
    forms = _country_forms()
    targets = sorted(forms)
    mapping: dict[str, str] = {}
    out, pos = [], 0
    for m in load().find(text):
        ent = m.entity
        if ent.entity_type != "country" or ent.key in THEATRE:
            continue
        form = _form_of(text[m.start:m.end])  # None for "U.S.", "UK": left as written
        if form is None:
            continue
        if ent.key not in mapping:
            mapping[ent.key] = rng.choice(targets)
        out += [text[pos:m.start], forms[mapping[ent.key]][form]]
        pos = m.end
    return "".join(out) + text[pos:]


def _form_of(surface: str) -> str | None:
    """The grammatical form of a country surface ("Russias" -> possessive_no_apostrophe)."""
    kind = _surface_kinds().get(surface, "name")  # pycountry's names are not in aliases.csv
    if kind == "alias":
        kind = "name" if _PLAIN_NAME.fullmatch(surface) else "other"
    return kind if kind in _FORMS else None


@lru_cache(maxsize=1)
def _surface_kinds() -> dict[str, str]:
    with open(DATA / "aliases.csv", newline="", encoding="utf-8") as fh:
        return {row["surface"]: row["kind"] for row in csv.DictReader(fh)}


@lru_cache(maxsize=1)
def _country_forms() -> dict[str, dict[str, str]]:
    """Countries that have every form, as {key: {form: surface}} (shortest plain name)."""
    by_key: dict[str, dict[str, list[str]]] = {}
    for surface, ent in load().surfaces.items():
        if ent.entity_type != "country" or ent.key in THEATRE:
            continue
        kind = _form_of(surface)
        if kind is None:
            continue
        by_key.setdefault(ent.key, {}).setdefault(kind, []).append(surface)
    return {key: {f: min(forms[f], key=lambda s: (len(s), s)) for f in _FORMS}
            for key, forms in sorted(by_key.items()) if all(f in forms for f in _FORMS)}


BLIND = Path(__file__).resolve().parent.parent / "tests" / "blind"


def write_blind_corpus(folder: Path, n: int) -> list[Path]:
    """Articles 0..n-1 cycled from the blind articles of every language and genre (tests/blind/*/*/*.txt):
    varied coverage, not only the seeds' phrasing. Each copy ends with its own archive line, so no two files are
    byte-identical; the same n always gives the same bytes."""
    sources = sorted(BLIND.glob("*/*/*.txt"))
    folder.mkdir(parents=True, exist_ok=True)
    width = max(5, len(str(n - 1)))
    paths = []
    for i in range(n):
        text = sources[i % len(sources)].read_text(encoding="utf-8").rstrip("\n") + f"\n\nArchive copy {i}.\n"
        path = folder / f"blind_{i:0{width}d}.txt"
        path.write_bytes(text.encode("utf-8"))
        paths.append(path)
    return paths
