"""Entity lookup: countries (ISO 3166-1 alpha-3), regions, groups and the world.

Surface forms come from three documented sources, merged into one table:
pycountry's English names, `data/aliases.csv` (demonyms, plurals, everyday
names, apostrophe-less possessives) and `data/regions.csv` (the report's and
the coverage's regional groupings, each with its member countries).
The whole table is compiled into one regular expression (a trie of the names;
the longest form wins), so a text is scanned once however many names there are.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

import pycountry

from analysis.core.paths import DATA
from analysis.extract.lexicon import get as get_lexicon

#: Countries where the fighting was: a mention is a destination, never an origin.
THEATRE = frozenset({"IRQ", "SYR"})
#: Keys that exist in no ISO list but are used by the coverage.
EXTRA_COUNTRIES = {"XKX": "Kosovo"}


@dataclass(frozen=True)
class Entity:
    key: str
    entity_type: str  # country | region | group | world
    name: str


#: All countries of origin together: the report's global totals.
WORLD = Entity("WORLD", "world", "World")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    entity: Entity

    @property
    def is_theatre(self) -> bool:
        return self.entity.key in THEATRE


class Gazetteer:
    """Surface forms -> entities, and the member countries of each region."""

    def __init__(self, surfaces: dict[str, Entity], members: dict[str, tuple[str, ...]], stem: dict | None = None):
        self.surfaces = surfaces
        self.members = members
        self.entities = {e.key: e for e in surfaces.values()}
        self._stemmed: list[Entity] = []
        if stem:
            self._rx = self._stem_regex(stem)
        else:
            # A name may be followed by a possessive 's; never by more letters.
            self._rx = re.compile(_trie(surfaces) + r"(?=['\u2019]s\b|[^\w]|$)")

    def _stem_regex(self, stem: dict) -> re.Pattern:
        r"""Names whose words inflect: each word loses the ending `strip` and takes up to `suffix` letters.

        Built as a trie over the stripped words, like `_trie`: a flat alternation of ~400 inflectable
        names (one per CLDR name) made `find` take ~90 ms per Russian article. Each leaf closes an empty
        named group `g<i>` so that `find` knows which name matched; a word gap and the end of a name each
        allow the suffix first. Letters are tried before the gap and the gap before the end, so the match
        is the longest name, as with the longest-first alternation.
        """
        strip, suffix = re.compile(stem["strip"]), stem["suffix"]
        trie: dict = {}
        for name in sorted(self.surfaces, key=len, reverse=True):
            node = trie
            for ch in "\0".join(strip.sub("", w) if len(w) > 4 else w for w in name.split()):
                node = node.setdefault(ch, {})
            if "" not in node:  # two names with one stem: the longer one, as the alternation had it
                node[""] = len(self._stemmed)
                self._stemmed.append(self.surfaces[name])

        def emit(node: dict) -> str:
            branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch not in ("", "\0")]
            if "\0" in node:
                branches.append(rf"(?:{suffix})\s+" + emit(node["\0"]))
            if "" in node:
                branches.append(rf"(?:{suffix})(?P<g{node['']}>)(?![\w])")
            return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

        return re.compile("(?:" + "|".join(re.escape(ch) + r"(?<![\w.].)" + emit(child)
                                           for ch, child in sorted(trie.items())) + ")")

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        """All entity mentions in text[start:end], leftmost-longest, in order."""
        end = len(text) if end is None else end
        if self._stemmed:
            return [Mention(m.start(), m.end(), self._stemmed[int(m.lastgroup[1:])])
                    for m in self._rx.finditer(text, start, end)]
        return [Mention(m.start(), m.end(), self.surfaces[m.group()]) for m in self._rx.finditer(text, start, end)]

    def entity(self, key: str) -> Entity | None:
        return self.entities.get(key) or _country(key)

    def is_known(self, key: str) -> bool:
        return self.entity(key) is not None


def _trie(surfaces) -> str:
    r"""One regex for all surfaces, as a trie: "Afghan(?:istan|s)?" rather than three alternatives.

    A flat alternation of ~600 names makes the regex engine try each name at
    every word start; the trie tries one branch per character, and because
    every branch starts with a literal the engine also skips, without entering
    the pattern, every position whose character starts no name. That made
    `find` about 6x faster. Longer continuations are tried before stopping, so
    the match is still the longest surface that ends at a word boundary, as
    with the longest-first alternation. The test that a name does not start
    inside a word, `(?<![\w.])`, sits after the first character, as
    `(?<![\w.].)`, to keep that literal first.
    """
    trie: dict = {}
    for s in surfaces:
        node = trie
        for ch in s:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + "|".join(re.escape(ch) + r"(?<![\w.].)" + emit(child) for ch, child in sorted(trie.items())) + ")"


def _country(key: str) -> Entity | None:
    if key in EXTRA_COUNTRIES:
        return Entity(key, "country", EXTRA_COUNTRIES[key])
    c = pycountry.countries.get(alpha_3=key)
    return Entity(key, "country", getattr(c, "common_name", None) or c.name) if c else None


def _read_csv(name: str) -> list[dict[str, str]]:
    with open(DATA / name, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@lru_cache(maxsize=None)
def load(lang: str = "en") -> Gazetteer:
    """The gazetteer of one language (cached: building the regex takes ~50 ms).

    English: pycountry's names plus `aliases.csv`. Any other language: CLDR's territory names in that
    language (Babel), plus `aliases_<lang>.csv` (demonyms, regions, everyday names) and the language
    file's `name_stem` rule, which lets inflected forms ("России", "Deutschlands") match their name.
    """
    regions = {r["key"]: r for r in _read_csv("regions.csv")}
    members = {k: tuple(r["members"].split()) for k, r in regions.items()}
    if lang == "en":
        surfaces = _english_surfaces(regions)
        return Gazetteer(surfaces, members)
    surfaces = _cldr_surfaces(lang)
    alias_file = DATA / f"aliases_{lang}.csv"
    if alias_file.exists():
        for row in _read_csv(alias_file.name):
            surfaces[row["surface"]] = _alias_entity(row, regions)
    stem = get_lexicon(lang).data.get("name_stem")
    return Gazetteer(surfaces, members, stem)


def _alias_entity(row: dict, regions: dict) -> Entity:
    key = row["key"]
    if key in regions:
        return Entity(key, regions[key]["entity_type"], regions[key]["name"])
    ent = _country(key)
    if ent is None:
        raise ValueError(f"aliases: unknown key {key!r} for {row['surface']!r}")
    return ent


def _english_surfaces(regions: dict) -> dict[str, Entity]:
    surfaces: dict[str, Entity] = {}
    for c in pycountry.countries:
        ent = Entity(c.alpha_3, "country", getattr(c, "common_name", None) or c.name)
        for attr in ("name", "common_name"):
            name = getattr(c, attr, None)
            if name and "," not in name:
                surfaces[name] = ent
    for row in _read_csv("aliases.csv"):
        surfaces[row["surface"]] = _alias_entity(row, regions)
    for key, r in regions.items():
        if key != "WORLD":
            surfaces.setdefault(r["name"], Entity(key, r["entity_type"], r["name"]))
    return surfaces


def _cldr_surfaces(lang: str) -> dict[str, Entity]:
    """Country names in `lang` from CLDR (Babel), keyed to ISO 3166-1 alpha-3 through pycountry."""
    from babel import Locale

    out: dict[str, Entity] = {}
    for alpha2, name in Locale.parse(lang).territories.items():
        if not (len(alpha2) == 2 and alpha2.isalpha()):
            continue  # regions such as "150" (Europe) come from the alias file, with the project's keys
        c = pycountry.countries.get(alpha_2=alpha2)
        key = c.alpha_3 if c else ("XKX" if alpha2 == "XK" else None)
        ent = _country(key) if key else None
        if ent is not None and "," not in name:
            out[name] = ent
    return out


def titled_capitals(text: str) -> str:
    """The text with lines written in capitals ("MORE THAN 400 BRITISH JIHADIS BACK") title-cased, for the
    gazetteer, whose names are in mixed case. Same length, so every offset holds; other lines as they are."""
    lines = text.split("\n")
    changed = False
    for k, line in enumerate(lines):
        if line.isupper() and sum(len(w) >= 3 and w.isalpha() for w in line.split()) >= 2:
            titled = line.title()
            if len(titled) == len(line):
                lines[k], changed = titled, True
    return "\n".join(lines) if changed else text
