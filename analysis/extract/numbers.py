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
from functools import lru_cache

from text_to_num import text2num

from analysis.extract.firstchars import compile_guarded
from analysis.extract.folding import FoldedPattern
from analysis.extract.skips import skip_reason
from analysis.extract.lexicon import Lexicon, get as get_lexicon, noun_alternation

#: Largest count that can be a claim: more than everyone alive. Bigger numbers
#: (a 400-digit string parses as float infinity) are skipped as "too_large".
MAX_COUNT = 1e10

#: Digits as English writes them: comma thousands, dot decimals; dot or space groups are read as thousands too.
_DIGITS_POINT = (r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3})+(?![.,]?\d)|\d{1,3}(?:[ \u00a0\u202f\u2009'\u2019]\d{3})+(?![\d])"
                 r"|\d{1,3},\d{1,2}(?!\d)|\d+(?:\.\d+)?)")
#: Digits where the comma is the decimal mark (French, German, Spanish, Dutch, Russian): dot, space, thin space
#: or apostrophe groups of three are thousands; "3,417" (a comma and exactly three digits) is still read as
#: thousands, as wire copy often keeps the English convention, unless a scale word follows ("2,5 millions").
_DIGITS_COMMA = (r"(?:\d{1,3}(?:\.\d{3})+(?![.,]?\d)|\d{1,3}(?:[ \u00a0\u202f\u2009'\u2019]\d{3})+(?![\d])"
                 r"|\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:,\d+)?)")


class NumberRules:
    """The number patterns of one language, compiled from its lexicon."""

    def __init__(self, lex: Lexicon):
        d = lex.data
        self.lex = lex
        self.decimal_comma = bool(d["decimal_comma"])
        nw = d["number_words"]
        self.word_parser, self.word_values = nw["parser"], {k.lower(): v for k, v in nw.get("values", {}).items()}
        words = sorted(nw["words"], key=len, reverse=True)
        numword = "|".join(map(re.escape, words))
        joiner = nw.get("joiner", "")
        join = rf"(?:[\s-]+(?:{joiner}[\s-]+)?)" if joiner else r"[\s-]+"
        if nw.get("compound"):
            words_rx = rf"(?:(?:{numword})+(?:{join}(?:{numword})+)*)"
        else:
            words_rx = rf"(?:(?:{numword})(?:{join}(?:{numword}))*)"
        self.scales = {k.lower(): float(v) for k, v in d["scale_words"].items()}
        scale_alt = "|".join(map(re.escape, sorted(self.scales, key=len, reverse=True)))
        scale = rf"(?:\s*(?P<scale>{scale_alt})(?![\w]))?"
        pct = rf"(?:\s*(?P<pct>{d['percent']}))?"
        wpct = pct.replace("<pct>", "<wpct>")
        fr = d["fractions"]
        self.f_num = {k.lower(): v for k, v in fr["numerators"].items()}
        self.f_den = {k.lower(): v for k, v in fr["denominators"].items()}
        self.f_bare = {k.lower() for k in fr["bare"]}
        self.f_words = {k.lower(): v for k, v in fr.get("words", {}).items()}
        num_alt = "|".join(map(re.escape, sorted(self.f_num, key=len, reverse=True)))
        den_alt = "|".join(map(re.escape, sorted(self.f_den, key=len, reverse=True)))
        fixed = "|".join(map(re.escape, sorted(self.f_words, key=len, reverse=True)))
        self.one_words = {w.lower() for w in d["one_words"]}
        small = [w for w in nw["words"] if self._small(w)]
        iden = "|".join([r"(?:1\d|20|25|50|100|[2-9])(?!\d)"] + [re.escape(w) for w in sorted(small, key=len, reverse=True)])
        one_alt = "|".join(map(re.escape, sorted(self.one_words | set(small), key=len, reverse=True)))
        fraction = (rf"(?P<frac>(?P<ffix>{fixed})|(?:(?P<fnum>{num_alt})[\s-]+)?(?P<fden>{den_alt})"
                    rf"|(?P<inum>{one_alt}|\d+)[\s-]+{d['in_every']}(?P<iden>{iden}))") if fixed else (
                    rf"(?P<frac>(?P<ffix>(?!))|(?:(?P<fnum>{num_alt})[\s-]+)?(?P<fden>{den_alt})"
                    rf"|(?P<inum>{one_alt}|\d+)[\s-]+{d['in_every']}(?P<iden>{iden}))")
        rg = d["range"]
        range_sep = rf"(?:[-\u2013]|\s+(?:{rg['to']})\s+|(?(btw)\s+(?:{rg['and']})\s+|(?!)))"
        self.approx_nouns = {k.lower(): tuple(v) for k, v in d.get("approx_nouns", {}).items()}
        nouns = "|".join(map(re.escape, sorted(self.approx_nouns, key=len, reverse=True))) or "(?!)"
        digits = _DIGITS_COMMA if self.decimal_comma else _DIGITS_POINT
        self.multipliers = {k.lower(): float(v) for k, v in fr.get("multipliers", {}).items()}
        mult = "|".join(map(re.escape, sorted(self.multipliers, key=len, reverse=True))) or "(?!)"
        # Order matters: "half a million" before "half", "one in four" and "1 in 4" before a plain "1".
        self.number_re = FoldedPattern(
            rf"(?<![\w.,/\u2013@#$£€])(?<![^\s(]-)(?:(?P<odd>\d+(?:[.,]\d+)?[eE][+-]?\d+|\d+\^\d+)"
            rf"|(?P<mult>{mult})\s+(?P<mscale>{scale_alt})(?![\w])|{fraction}"
            rf"|(?P<btw>(?:{rg['between']})\s+)?(?P<neg>-|\u2212)?(?P<lo>{digits})"
            rf"(?:{range_sep}(?P<hi>{digits}))?{scale}{pct}"
            rf"|(?P<anoun>{nouns})|(?P<none>{d['none_words']})"
            rf"|(?P<words>{words_rx})(?:\s+(?:{rg['to']})\s+(?P<whi>{words_rx}|\d{{1,4}}(?![\d.,]\d)))?{wpct})"
            r"(?![\w]|[.,]\d|-\d)")
        hedges = sorted((h for h in lex.hedges if h and h != "+"), key=len, reverse=True)
        # Searched backwards from each number in a short window: the guards skip the positions no match starts at.
        self.hedge_re = compile_guarded(r"(?:^|(?<=[\s(\u2014\u2013\-\"'\u201c\u00ab\u201e./\u2026]))(" + "|".join(map(re.escape, hedges))
                                   + r")\s+$", re.IGNORECASE)
        months = "|".join(map(re.escape, d["months"]))
        self.date_before = compile_guarded(rf"\b(?:{months})\.?\s*$", re.IGNORECASE)
        self.date_after = re.compile(rf"^(?:st|nd|rd|th|er|\.)?\s+(?:{months})\b", re.IGNORECASE)
        # One pattern per side, not one per context: a number costs two searches however many contexts there are.
        self.after_reasons = [r for _, r in d["skip_after"]]
        self.after_skip = re.compile("|".join(f"(?P<a{i}>{p})" for i, (p, _) in enumerate(d["skip_after"])) or "(?!)",
                                     re.IGNORECASE)
        self.before_reasons = [r for _, r in d["skip_before"]]
        self.before_skip = compile_guarded("|".join(f"(?:{p})(?P<b{i}>)" for i, (p, _) in enumerate(d["skip_before"]))
                                      or "(?!)", re.IGNORECASE)
        # What a counted noun after the number may be and still make a claim: people, or what a claim counts.
        self.counted_noun = re.compile(noun_alternation(d["people_nouns"] + d["claim_nouns"]))
        self.noun_after = re.compile(d["noun_after"]) if d["noun_after"] else None
        self.none_counts = re.compile(d["none_counts"])
        self.people_after = re.compile(d["people_after_small"])
        self.or_after = re.compile(d["or_after"], re.IGNORECASE)
        self.or_before = compile_guarded(d["or_before"], re.IGNORECASE)
        self.year_people = re.compile(d["year_people"], re.IGNORECASE)
        # "271 человек из 1910", "271 of 1910": a year-like figure right after a part and "of" is the part's whole
        self.of_between = lex.rx["of_between"]

    def _small(self, w: str) -> bool:
        """Number words that can be the denominator of a share ('one in five', 'three in ten', 'one in a hundred')."""
        try:
            v = self.parse_words(w)
        except ValueError:
            return False
        return 2 <= v <= 20 or v in (25, 50, 100)

    def parse_words(self, words: str) -> float:
        """The value of a run of number words; ValueError when it is not one number."""
        s = _SPACES.sub(" ", _fold(words)).strip()
        if self.word_parser == "text2num":
            return float(text2num(s, self.lex.code))
        total = current = 0.0
        seen_value, last = False, None
        for w in s.split():
            if w in self.word_values:
                v = self.word_values[w]
                if last is not None and last < 10 and v < 10:
                    raise ValueError(s)  # "двое-трое", "пять-шесть": two or three, not five
                current += v
                seen_value, last = True, v
            elif w in self.scales:
                total += max(current, 1.0) * self.scales[w]
                current, last = 0.0, None
            else:
                raise ValueError(w)
        if not seen_value:
            raise ValueError(s)  # "тысячи боевиков": thousands of fighters, not a thousand
        return total + current


@lru_cache(maxsize=None)
def rules(code: str = "en") -> NumberRules:
    return NumberRules(get_lexicon(code))


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


def find_numbers(text: str, start: int = 0, end: int | None = None, lang: str = "en") -> list[NumberMention]:
    """All number mentions in text[start:end], in order of position, read by the rules of `lang`."""
    end = len(text) if end is None else end
    R = rules(lang)
    out = []
    for m in R.number_re.finditer(text, start, end):
        mention = _mention(R, text, m)
        if mention is not None:
            out.append(mention)
    return out


def _mention(R: NumberRules, text: str, m: re.Match) -> NumberMention | None:
    g = m.groupdict()
    if g["odd"]:  # "1e308", "10^6": one number, never two, and not a count an article writes
        mention = NumberMention(m.start(), m.end(), 0.0, "count", "digits", skip="scientific_notation")
        return mention
    if g["mult"]:
        value = R.multipliers[_fold(g["mult"])] * R.scales[_fold(g["mscale"])]
        mention = NumberMention(m.start(), m.end(), value, "count", "words")
    elif g["frac"] or g["inum"]:
        mention = _fraction(R, text, m)
    elif g["anoun"]:
        value, hedge = R.approx_nouns[_fold(g["anoun"])]
        mention = NumberMention(m.start(), m.end(), float(value), "count", "words", qualifier=hedge)
    elif g["none"]:
        mention = NumberMention(m.start(), m.end(), 0.0, "count", "none")
        if not R.none_counts.match(text, m.end()):
            mention.skip = "none_not_a_count"
    elif g["words"]:
        mention = _words(R, text, m)
    else:
        mention = _digits(R, text, m)
    if mention is None:
        return None
    _attach_hedge(R, text, mention)
    if not mention.skip:
        mention.skip = _out_of_range(mention) or skip_reason(R, text, mention, g)
    return mention  # "between" with one number: the number stands, without the word


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


def _parse_digits(s: str, decimal_comma: bool, scaled: bool) -> tuple[float, tuple[str, ...]]:
    """The value of a digit string. `scaled`: a scale word follows, so a comma before 1-2 digits is decimal."""
    s = _GROUP_SEP.sub("", s)
    if decimal_comma:
        if _COMMA_GROUPS.fullmatch(s) and not scaled:
            return float(s.replace(",", "")), ()
        return float(s.replace(".", "").replace(",", ".")), ()
    if _DOT_GROUPS.fullmatch(s):
        return float(s.replace(".", "")), ("dot_thousands",)
    if _COMMA_DECIMAL.fullmatch(s):  # "2,5 million" in English text: a decimal comma, never 25
        return float(s.replace(",", ".")), ("decimal_comma",)
    return float(s.replace(",", "")), ()


def _digits(R: NumberRules, text: str, m: re.Match) -> NumberMention:
    g = m.groupdict()
    scaled = bool(g["scale"])
    lo, notes = _parse_digits(g["lo"], R.decimal_comma, scaled)
    scale = R.scales.get(_fold(g["scale"] or ""), 1)
    unit = "percent" if g["pct"] else "count"
    num_end = m.end("scale") if g["scale"] else (m.end("hi") if g["hi"] else m.end("lo"))
    mention = NumberMention(m.start("lo"), num_end, lo * scale, unit, "digits", notes=notes,
                            unit_end=m.end("pct") if g["pct"] else -1)
    if g["hi"]:
        hi = _parse_digits(g["hi"], R.decimal_comma, scaled)[0] * scale
        if hi > lo * scale:
            mention.low, mention.high = lo * scale, hi
            mention.value = (lo * scale + hi) / 2
            mention.form = "range"
        else:  # "9-11", "24-7": not a range of people
            mention.skip = "not_a_range"
    if g["neg"]:
        mention.skip = "negative"
    mark = "," if R.decimal_comma else "."
    decimal = (mark in g["lo"] and not (R.decimal_comma and _COMMA_GROUPS.fullmatch(g["lo"]))) or "decimal_comma" in notes
    if not g["hi"] and not g["scale"] and unit == "count" and decimal and notes != ("dot_thousands",):
        mention.skip = mention.skip or "decimal_count"
    return mention


def _words(R: NumberRules, text: str, m: re.Match) -> NumberMention | None:
    try:
        value = R.parse_words(m.group("words"))
    except ValueError:
        return None  # "hundred thousand" alone etc.: not a parsable number
    unit = "percent" if m.group("wpct") else "count"
    mention = NumberMention(m.start("words"), m.end("whi") if m.group("whi") else m.end("words"), value, unit, "words",
                            unit_end=m.end("wpct") if m.group("wpct") else -1)
    if m.group("whi"):
        try:
            high = float(m.group("whi")) if m.group("whi").isdigit() else R.parse_words(m.group("whi"))
        except ValueError:
            return mention
        if high > value:  # "twenty to thirty per cent"
            mention.low, mention.high, mention.value, mention.form = value, high, (value + high) / 2, "range"
    return mention


def _fraction(R: NumberRules, text: str, m: re.Match) -> NumberMention | None:
    g = m.groupdict()
    if g["ffix"]:
        return NumberMention(m.start(), m.end(), float(R.f_words[_fold(g["ffix"])]), "percent", "fraction")
    if g["inum"]:
        num_s = _fold(g["inum"])
        try:
            num = 1.0 if num_s in R.one_words else (float(num_s) if num_s.isdigit() else R.parse_words(num_s))
        except ValueError:
            return None
        den_s = _fold(g["iden"])
        try:
            den = float(den_s) if den_s.isdigit() else R.parse_words(den_s)
        except ValueError:
            return None
        if den <= 0 or num > den or not (den <= 20 or den in (25, 50, 100)):
            return None  # "seven out of 129" is a part of a count, not a share
        return NumberMention(m.start("frac") if g["frac"] else m.start("inum"), m.end(), round(100 * num / den, 2), "percent", "fraction")
    num_s = _fold(g["fnum"] or "")
    den_s = _fold(g["fden"])
    if not num_s and den_s not in R.f_bare:
        return None  # a bare "third" or "quarter" is an ordinal or a district, not a share
    num = R.f_num.get(num_s, 1)
    den = R.f_den[den_s]
    if num >= den:
        return None
    return NumberMention(m.start(), m.end(), round(100 * num / den, 2), "percent", "fraction")


def _attach_hedge(R: NumberRules, text: str, mention: NumberMention) -> None:
    if mention.qualifier:
        return  # "une centaine": the word carries its own hedge
    before = text[max(0, mention.start - 40):mention.start]
    h = R.hedge_re.search(before)
    if h and before.count("\n", h.end(1)) < 2:  # never across a blank line: that is another paragraph
        mention.qualifier = _fold(h.group(1))
        mention.qualifier_start = mention.start - len(before) + h.start(1)
    elif text.startswith("+", mention.end) and mention.form == "digits":
        mention.qualifier, mention.unit_end = "+", max(mention.unit_end, mention.end + 1)  # "40,000+" in a table


# Compiled once: these run for every number, and re's cache lookup costs as much as the match.
_SPACES = re.compile(r"[\s-]+")
_GROUP_SEP = re.compile(r"[ \u00a0\u202f\u2009'\u2019]")
_COMMA_GROUPS = re.compile(r"\d{1,3}(?:,\d{3})+")
_DOT_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_COMMA_DECIMAL = re.compile(r"\d{1,3},\d{1,2}")
