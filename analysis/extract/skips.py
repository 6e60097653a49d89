"""Why a number found in the text cannot be a claim, whatever its sentence says about it.

Dates, clock times, phone numbers, years, reference numbers and the lexicon's skip contexts ("one or two",
"three categories"): `numbers` asks `skip_reason` for every mention it finds, and keeps the reason on the
mention so the number is listed, not dropped.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from analysis.extract.numbers import NumberMention, NumberRules

_YEAR_LIKE = re.compile(r"(?:1[89]|20)\d\d")
#: Three or more digit groups in a row, or a group with a leading zero: a phone number in any country's format.
_PHONE = re.compile(r"(?<![\d,.])\+?\d{1,4}(?:[ .\-\u00a0]\(?\d{2,4}\)?){2,}(?![\d,])|(?<![\d,.])0\d{2,4}[ .\-]\d{3,}")


def _in_phone_number(text: str, mention) -> bool:
    offset = max(0, mention.start - 16)
    window = text[offset:mention.end + 16]
    return any(m.start() + offset <= mention.start and mention.end <= m.end() + offset and
               sum(ch.isdigit() for ch in m.group()) >= 8 for m in _PHONE.finditer(window))


#: A list item's number at the start of a line, then "." or ")" and a capitalised word.
_ITEM_NUMBER = re.compile(r"[.)][ \t]+[A-ZÀ-ÖØ-ÞА-ЯЁ]")
_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")
_TIME_AFTER, _TIME_BEFORE = re.compile(r"[:h]\d{2}\b"), re.compile(r"\d[:h]$")
_YEAR = re.compile(r"(?:19|20)\d\d")
#: "Франция — 1910", "France: 1910": a figure given for a named label, in lists and fact boxes, is a count.
_LABELLED = re.compile(r"[^\W\d_]{3,}\)?\s*(?:[:\u2014\u2013]|\s-)\s*$")
#: "Marokko (1623) und Frankreich (1910)": a bracketed figure after a name, among bracketed counts that cannot be
#: years, is one of them, not a year.
_BRACKETED = re.compile(r"[^\W\d_]{3,}\s*\(\s*$")
_BRACKETED_COUNT = re.compile(r"[^\W\d_]{3,}\s*\(\s*(\d[\d.,\s\u00a0\u202f]*\d|\d)\s*\)")
_DMY = re.compile(r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b")


def _in_bracketed_counts(text: str, mention, before: str) -> bool:
    """The figure is "(1910)" after a name, and the same stretch of text brackets other figures after names, one of
    which cannot be a year: a list of counts ("Morocco (1,623), France (1910) and Belgium (498)")."""
    if not _BRACKETED.search(before) or not text.startswith(")", mention.end):
        return False
    window = text[max(0, mention.start - 120):mention.end + 120]
    others = [m.group(1) for m in _BRACKETED_COUNT.finditer(window)]
    return any(not _YEAR_LIKE.fullmatch(re.sub(r"\D", "", o)) for o in others)


def _whole_after_part(R, before: str, value: float) -> bool:
    """"271 человек из 1910", "271 of 1910": the figure follows a smaller count and the language's "of": that
    count's whole. "Resolution 2178 of 2014" is a number of a year (the year is smaller)."""
    last = _PART_BEFORE.search(before)
    return (last is not None and 10 <= float(last.group().replace(",", "").replace(".", "")) < value
            and R.of_between.match(before[last.end():]) is not None)


_PART_BEFORE = re.compile(r"\d[\d,.]*(?=\D*$)")


def skip_reason(R: NumberRules, text: str, mention: NumberMention, g: dict) -> str:
    before = text[max(0, mention.start - 45):mention.start]
    after = text[mention.end:mention.end + 25]
    if _DMY.match(text, max(0, mention.start - 6)) and _DMY.search(text[max(0, mention.start - 6):mention.end + 6]):
        return "date"
    if _in_phone_number(text, mention):
        return "phone_number"  # "613 555 0187", "1800 2626 473": digit groups no count is written in
    if mention.form == "digits" and _ITEM_NUMBER.match(text, mention.end) and _LINE_START.search(before):
        return "list_number"  # "2. On dénombre 85 femmes", "3) Returns": a numbered item of a list or an answer
    if _TIME_AFTER.match(text, mention.end) or _TIME_BEFORE.search(text, max(0, mention.start - 3), mention.start):
        return "time"  # "10:32", "14h30": a clock time in any language
    if mention.form == "range" and all(_YEAR.fullmatch(f"{v:.0f}") for v in (mention.low, mention.high)):
        return "year"  # "between 2014 and 2016"
    if (mention.form == "range" and mention.unit == "count" and mention.high is not None and mention.high <= 31
            and (R.date_before.search(before) or R.date_after.match(after))):
        return "date"  # "on 19–20 October", "du 19 au 20 octobre": days of a month
    if mention.form == "digits" and mention.unit == "count":
        lo = g["lo"]
        if (_YEAR_LIKE.fullmatch(lo) and not R.year_people.match(after) and not _LABELLED.search(before)
                and not _in_bracketed_counts(text, mention, before)
                and not _whole_after_part(R, before, mention.value)):
            return "year"
        if (R.date_before.search(before) or R.date_after.match(after)) and mention.value <= 31:
            return "date"  # "October 25", "25 octobre"; "bis August 135 Menschen" is no day of the month
    m = R.after_skip.match(after)
    if m:
        return R.after_reasons[int(m.lastgroup[1:])]
    m = R.before_skip.search(before)
    if m:
        return R.before_reasons[int(m.lastgroup[1:])]
    if mention.form == "words" and (R.or_after.match(after) or R.or_before.search(before)):
        return "approximate_idiom"  # "one or two fighters"
    if mention.form == "words" and mention.value < 3 and not R.people_after.match(after):
        return "small_number_word"
    if R.noun_after is not None:
        m = R.noun_after.match(after + text[mention.end + 25:mention.end + 60])
        if m and not R.counted_noun.fullmatch(m.group(1)):
            return "counts_something_else"  # "three broad categories", "five attacks"
    return ""
