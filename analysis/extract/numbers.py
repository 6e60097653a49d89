"""Find every number in a text and normalise it: digits, words, fractions, ranges.

Each mention keeps the exact span of the number, the hedge written before it
("at least", "as many as"...) and, when the number is not a count of people
(a year, a date, a word count), the reason it cannot be a claim. Deciding what
the number counts is left to `measures` and `extract`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from text_to_num import text2num

from analysis.core.intervals import KNOWN as KNOWN_HEDGES

_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_MONTHS = "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split()
_DENOMS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
           "fifth": 5, "fifths": 5, "sixth": 6, "tenth": 10, "tenths": 10}

#: Largest count that can be a claim: more than everyone alive. Bigger numbers
#: (a 400-digit string parses as float infinity) are skipped as "too_large".
MAX_COUNT = 1e10

#: Hedges, longest first so that "as many as" wins over "as". Lower case.
HEDGES = sorted((h for h in KNOWN_HEDGES if h), key=len, reverse=True)

_NUMWORD = "|".join(_UNITS + _TENS + list(_SCALES))
_WORDS = rf"(?:(?:{_NUMWORD})(?:(?:[\s-]+(?:and[\s-]+)?)(?:{_NUMWORD}))*)"
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3})+(?![.,]?\d)|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])|\d+(?:\.\d+)?)"
_SCALE = r"(?:\s+(?P<scale>million|billion|thousand|mln|bn)\b)?"
_PCT = r"(?:\s*(?P<pct>%|per[\s-]?cent\b|pct\b))?"
_WPCT = _PCT.replace("<pct>", "<wpct>")
_FRACTION = (r"(?P<frac>(?:(?P<fnum>a|one|two|three|an)[\s-]+)?(?P<fden>half|halves|thirds?|quarters?|fourths?|fifths?|sixth|tenths?)"
             r"|(?P<inum>one|\d+)\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<iden>\d+|" + "|".join(_UNITS[2:] + _TENS) + r"))")
_RANGE_SEP = r"(?:[-\u2013]|\s+to\s+|(?(btw)\s+and\s+|(?!)))"

NUMBER_RE = re.compile(
    rf"(?<![\w.,/\-\u2013@#$£€])(?:(?P<btw>between\s+)?(?P<neg>-|\u2212)?(?P<lo>{_DIGITS})(?:{_RANGE_SEP}(?P<hi>{_DIGITS}))?{_SCALE}{_PCT}"
    rf"|{_FRACTION}|(?P<none>none)|(?P<words>{_WORDS}){_WPCT})(?![\w]|[.,]\d|-\d)",
    re.IGNORECASE,
)
_HEDGE_RE = re.compile(r"(?:^|(?<=[\s(\u2014\u2013\-\"'\u201c]))(" + "|".join(map(re.escape, HEDGES)) + r")\s+$", re.IGNORECASE)
_BETWEEN_RE = re.compile(r"between\s+$", re.IGNORECASE)
_DATE_BEFORE = re.compile(r"\b(?:" + "|".join(_MONTHS) + r")\.?\s*$", re.IGNORECASE)
_DATE_AFTER = re.compile(r"^(?:st|nd|rd|th)?\s+(?:" + "|".join(_MONTHS) + r")\b", re.IGNORECASE)
_DMY = re.compile(r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b")
_YEAR_WORDS = r"(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|century)"
_AFTER_SKIP = [
    (re.compile(r"^[\s-]*(?:year|month|week|day)s?[\s-]+old\b", re.I), "age"),
    (re.compile(rf"^[\s-]+{_YEAR_WORDS}\b", re.I), "duration"),
    (re.compile(r"^\s+words?\b", re.I), "word_count"),
    (re.compile(r"^\s+pages?\b", re.I), "page_count"),
    (re.compile(r"^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b)", re.I), "time"),
    (re.compile(r"^\s*(?:km|kilometres?|kilometers?|miles?|metres?|meters?|kg|tons?|tonnes?|dollars?|euros?|pounds?)\b", re.I), "other_unit"),
]
_BEFORE_SKIP = [
    (re.compile(r"\b(?:aged|age)\s+$", re.I), "age"),
    (re.compile(r"\b(?:page|p\.|pp\.|pages|paragraph|article|section|chapter|resolution|no\.|number|vol\.|G)\s*$", re.I), "reference_number"),
    (re.compile(r"[$£€]\s*$"), "money"),
]


#: Non-ASCII letters that Python's case-insensitive matching equates with an
#: ASCII letter (dotted and dotless i, long s, Kelvin sign); tests check the list
#: against the regex engine over all of Unicode.
RE_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def _fold(word: str) -> str:
    """The lookup key of a matched word, in the regex engine's own case folding.

    The patterns match case-insensitively with Unicode rules, so "thirdſ" (long s)
    matches "thirds?"; str.lower() would leave "ſ" alone and a lookup of the
    matched word in a table of ASCII words would fail (a KeyError found by the
    property tests). Mapping those letters first makes every matched word a key.
    """
    return word.translate(RE_FOLD).lower()


@dataclass
class NumberMention:
    """One number as written, normalised."""

    start: int          # span of the number itself (hedge excluded)
    end: int
    value: float        # for a range, the midpoint
    unit: str           # "count" or "percent"
    form: str           # digits | words | fraction | none | range
    qualifier: str = ""
    qualifier_start: int = -1
    low: float | None = None   # a stated range
    high: float | None = None
    unit_end: int = -1  # end of "percent"/"%" when present
    skip: str = ""      # why this number cannot be a claim ("" if it can)
    notes: tuple[str, ...] = ()

    @property
    def span_start(self) -> int:
        return self.qualifier_start if self.qualifier_start >= 0 else self.start

    @property
    def span_end(self) -> int:
        return max(self.end, self.unit_end)


def find_numbers(text: str, start: int = 0, end: int | None = None) -> list[NumberMention]:
    """All number mentions in text[start:end], in order of position."""
    end = len(text) if end is None else end
    out = []
    for m in NUMBER_RE.finditer(text, start, end):
        mention = _mention(text, m)
        if mention is not None:
            out.append(mention)
    return out


def _mention(text: str, m: re.Match) -> NumberMention | None:
    g = m.groupdict()
    if g["frac"] or g["inum"]:
        mention = _fraction(text, m)
    elif g["none"]:
        mention = NumberMention(m.start(), m.end(), 0.0, "count", "none")
        if not _NONE_COUNTS.match(text, m.end()):
            mention.skip = "none_not_a_count"
    elif g["words"]:
        mention = _words(text, m)
    else:
        mention = _digits(text, m)
    if mention is None:
        return None
    _attach_hedge(text, mention)
    if not mention.skip:
        mention.skip = _out_of_range(mention) or _skip_reason(text, mention, g)
    if g.get("btw") and mention.form != "range":
        return None  # "between" with a single number: the regex retries from the number itself
    return mention


def _out_of_range(mention: NumberMention) -> str:
    """Why a value cannot be a claim whatever its context: a share over 100, or too big to count people.

    Applies to every form (digits, words, ranges), and to a range's upper end too.
    """
    top = max(mention.value, mention.high if mention.high is not None else 0.0)
    if not math.isfinite(top) or (mention.unit == "count" and top > MAX_COUNT):
        return "too_large"
    if mention.unit == "percent" and top > 100:
        return "percent_over_100"
    return ""


def _parse_digits(s: str) -> tuple[float, tuple[str, ...]]:
    notes: tuple[str, ...] = ()
    s = re.sub(r"[ \u00a0\u202f]", "", s)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", s):
        return float(s.replace(".", "")), ("dot_thousands",)
    return float(s.replace(",", "")), notes


def _digits(text: str, m: re.Match) -> NumberMention:
    g = m.groupdict()
    lo, notes = _parse_digits(g["lo"])
    scale = {"million": 1e6, "mln": 1e6, "billion": 1e9, "bn": 1e9, "thousand": 1e3}.get(_fold(g["scale"] or ""), 1)
    unit = "percent" if g["pct"] else "count"
    num_end = m.end("scale") if g["scale"] else (m.end("hi") if g["hi"] else m.end("lo"))
    mention = NumberMention(m.start("lo"), num_end, lo * scale, unit, "digits", notes=notes,
                            unit_end=m.end("pct") if g["pct"] else -1)
    if g["hi"]:
        hi = _parse_digits(g["hi"])[0] * scale
        if hi > lo * scale:
            mention.low, mention.high = lo * scale, hi
            mention.value = (lo * scale + hi) / 2
            mention.form = "range"
        else:  # "9-11", "24-7": not a range of people
            mention.skip = "not_a_range"
    if g["neg"]:
        mention.skip = "negative"
    if not g["hi"] and not g["scale"] and unit == "count" and "." in g["lo"] and not notes:
        mention.skip = mention.skip or "decimal_count"
    return mention


def _words(text: str, m: re.Match) -> NumberMention | None:
    words = m.group("words")
    try:
        value = float(text2num(re.sub(r"[\s-]+", " ", _fold(words)).strip(), "en"))
    except ValueError:
        return None  # "hundred thousand" alone etc.: not a parsable number
    unit = "percent" if m.group("wpct") else "count"
    return NumberMention(m.start("words"), m.end("words"), value, unit, "words",
                         unit_end=m.end("wpct") if m.group("wpct") else -1)


def _fraction(text: str, m: re.Match) -> NumberMention | None:
    g = m.groupdict()
    if g["inum"]:
        num = 1.0 if _fold(g["inum"]) == "one" else float(g["inum"])
        den_s = _fold(g["iden"])
        den = float(den_s) if den_s.isdigit() else float(text2num(den_s, "en"))
        if den <= 0 or num > den:
            return None
        return NumberMention(m.start("frac") if g["frac"] else m.start("inum"), m.end(), round(100 * num / den, 2), "percent", "fraction")
    num_s = _fold(g["fnum"] or "")
    den_s = _fold(g["fden"])
    if not num_s and den_s not in ("half",):
        return None  # a bare "third" or "quarter" is an ordinal or a district, not a share
    num = {"": 1, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3}[num_s]
    den = _DENOMS[den_s]
    if num >= den:
        return None
    return NumberMention(m.start(), m.end(), round(100 * num / den, 2), "percent", "fraction")


def _attach_hedge(text: str, mention: NumberMention) -> None:
    before = text[max(0, mention.start - 40):mention.start]
    h = _HEDGE_RE.search(before)
    if h:
        mention.qualifier = _fold(h.group(1))
        mention.qualifier_start = mention.start - len(before) + h.start(1)


def _skip_reason(text: str, mention: NumberMention, g: dict) -> str:
    before = text[max(0, mention.start - 25):mention.start]
    after = text[mention.end:mention.end + 25]
    if _DMY.match(text, max(0, mention.start - 6)) and _DMY.search(text[max(0, mention.start - 6):mention.end + 6]):
        return "date"
    if mention.form == "digits" and mention.unit == "count":
        lo = g["lo"]
        if re.fullmatch(r"(?:1[89]|20)\d\d", lo) and not re.match(r"^\s+(?:[a-z]+\s+)?(?:fighters|people|foreign|men|women|children|citizens|nationals|recruits|jihadists|individuals|residents|returnees)\b", after, re.I):
            return "year"
        if _DATE_BEFORE.search(before) or _DATE_AFTER.match(after):
            return "date"
    for rx, reason in _AFTER_SKIP:
        if rx.match(after):
            return reason
    for rx, reason in _BEFORE_SKIP:
        if rx.search(before):
            return reason
    if mention.form == "words" and (_OR_AFTER.match(after) or _OR_BEFORE.search(before)):
        return "approximate_idiom"  # "one or two fighters"
    if mention.form == "words" and mention.value < 3 and not _PEOPLE_AFTER.match(after):
        return "small_number_word"
    m = _NOUN_AFTER.match(after + text[mention.end + 25:mention.end + 60])
    if m and _fold(m.group(1)) not in PEOPLE_NOUNS:
        return "counts_something_else"  # "three broad categories", "five attacks"
    return ""


_OR_AFTER = re.compile(r"\s+or\s+(?:two|three|four|five|six)\b", re.I)
_OR_BEFORE = re.compile(r"\b(?:one|two|three|four|five)\s+or\s+$", re.I)
#: Plural nouns that count people; any other plural noun right after a number counts something else.
PEOPLE_NOUNS = frozenset("""fighters people men women children citizens residents nationals recruits jihadists individuals
returnees members militants volunteers persons foreigners adults minors teenagers girls boys wives families
extremists travellers travelers suspects others countries nations states
returns departures deaths arrivals""".split())
_NOUN_AFTER = re.compile(r"\s+(?:(?:broad|major|main|separate|different|distinct|other|small|large|new|more)\s+)?"
                         r"(?!(?:is|was|has|does|says|seems|remains|comes|goes|includes|means|stays|accounts|represents|"
                         r"makes|gives|appears|brings|puts|takes|shows|suggests|reports|estimates|counts)\b)([a-z]{3,}s)\b")
#: "none" is a zero only where it counts people: "none of the 1,500", "none returned".
_NONE_COUNTS = re.compile(r"\s+(?:of\s+(?:the\s+|its\s+|their\s+|them\b|those\b)(?:[\w-]+\s+){0,2}?(?:\d|[A-Z])|"
                          r"(?:have\s+|has\s+|had\s+|is\s+|are\s+|was\s+|were\s+)?(?:returned|come|came|gone|went|made|crossed|been|back))")
_PEOPLE_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+|fighters?|people|men|women|children|citizens|nationals|recruits|jihadists|individuals|returnees)\b")
