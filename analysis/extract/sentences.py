"""Split an article into sentences, keeping exact character offsets.

A news article is not only prose: headlines, bullet lists and fact boxes put
one statement per line. So a line break ends a sentence unless the line is
visibly a continuation (it does not end in punctuation and the next line
starts in lower case, as when a paragraph break was pasted mid-sentence).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.extract.lexicon import Lexicon, get as get_lexicon

#: A sentence ends at . ! ? before a capital (Latin or Cyrillic), a digit or a bullet.
_BOUNDARY = re.compile(r"""[.!?]+["'\u201d\u2019\u00bb)\]]*(?=\s+["'\u201c\u2018\u00ab\u201e(\[\u00bf\u00a1]?[A-Z0-9\u2022\u00c0-\u00de\u0410-\u042f\u0401])""")
#: A line and its break; "\r\n" (Windows) and a lone "\r" (old Mac) end a line as "\n" does,
#: so files with any line-ending convention split the same way (offsets stay those of the text).
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)?")
#: A blank line in any of the three line-ending conventions: a paragraph ends there.
PARAGRAPH_BREAK = re.compile(r"(?:\r\n|\r|\n)[ \t\f\v]*(?:\r\n|\r|\n)")
_ORDINAL = re.compile(r"(?<!\d)\d{1,2}$")
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
_WORD_BEFORE = re.compile(r"([^\W\d_](?:[^\W\d_]|\.)*)$")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    line_no: int  # 0-based line of the sentence start; the headline is line 0

    def text(self, doc: str) -> str:
        return doc[self.start:self.end]


def _blocks(text: str):
    """Yield (start, end, line_no) of logical lines, joining mid-sentence breaks."""
    lines = []

    for i, m in enumerate(_LINE.finditer(text)):
        if m.start() == m.end():
            break
        lines.append((m.start(), m.end(), i))
    cur = None
    last = ""  # the last non-blank line of cur: all that _is_continuation looks at (its last character)
    for start, end, no in lines:
        body = text[start:end].strip()
        if not body:
            if cur and not _continues(text, last, end):
                yield cur
                cur = None
            continue
        if cur is None:
            cur = (start, end, no)
        elif _is_continuation(last, body):
            cur = (cur[0], end, cur[2])
        else:
            yield cur
            cur = (start, end, no)
        last = body  # not text[cur[0]:cur[1]]: re-slicing a growing block made long blocks quadratic
    if cur:
        yield cur


def _continues(text, last: str, blank_end) -> bool:
    """A blank line inside a sentence: the next non-blank line continues it."""
    nxt = text[blank_end:blank_end + 200].lstrip()
    return bool(nxt) and _is_continuation(last, nxt)


def _is_continuation(prev: str, nxt: str) -> bool:
    prev = prev.rstrip()
    return bool(prev) and prev[-1] not in ".!?:;\"'\u201d\u2019" and nxt[:1].islower()


#: Longest sentence, in characters. Prose sentences stay far below (the longest in the seeds and
#: fixtures is 465); a longer run with no full stop is a table or list pasted as one line, and is
#: cut at whitespace, preferably after ";" or ",", into pieces of at most this length. Without the
#: cap, the per-sentence steps (segments, linking), which compare numbers pairwise, grow with the
#: square of the figures in a sentence: an 8 kB line "1; 2; 3; ..." took over four minutes.
MAX_SENTENCE = 1_000
_CUT_AFTER = re.compile(r"[;,]\s|\s")


def split(text: str, lex: Lexicon | None = None) -> list[Sentence]:
    """Split text into sentences with offsets into `text` (whitespace trimmed).

    The words after which a full stop does not end a sentence come from the language's lexicon.
    """
    lex = lex or get_lexicon()
    abbreviations = lex.abbreviations | {f"#month:{m.lower()}" for m in lex.data["months"]}
    out: list[Sentence] = []
    for b_start, b_end, line_no in _blocks(text):
        start = b_start
        for m in _BOUNDARY.finditer(text, b_start, b_end):
            if _is_abbreviation(text, m.start(), abbreviations):
                continue
            _add(out, text, start, m.end(), line_no)
            start = m.end()
        _add(out, text, start, b_end, line_no)
    return out


def _is_abbreviation(text: str, dot: int, abbreviations: frozenset[str]) -> bool:
    if text[dot] != ".":
        return False
    if _ORDINAL.search(text, max(0, dot - 3), dot):  # "am 24. Oktober": an ordinal date, not an end
        nxt = _NEXT_WORD.match(text, dot + 1)
        return bool(nxt) and f"#month:{nxt.group(1).lower()}" in abbreviations
    w = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    if not w:
        return False
    word = w.group(1).lower()
    return word in abbreviations or (len(word) == 1 and text[w.start()].isupper())


def _add(out, text, start, end, line_no):
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = _cut_point(text, start, start + MAX_SENTENCE)
        if cut is None:
            break  # one token longer than the cap: nowhere to cut, keep it whole
        _add(out, text, start, cut, line_no)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append(Sentence(start, end, line_no))


def _cut_point(text: str, start: int, limit: int) -> int | None:
    """Where to cut an over-long sentence: after the last "; " or ", " in the second half of
    text[start:limit], else after the last whitespace; None if there is no whitespace at all."""
    separator = space = None
    for m in _CUT_AFTER.finditer(text, start + 1, limit):
        if m.group()[0] in ";,":
            separator = m.end()
        else:
            space = m.end()
    if separator is not None and separator > (start + limit) // 2:
        return separator
    return space or separator
