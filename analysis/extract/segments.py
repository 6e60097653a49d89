"""Cut a sentence into segments: the clauses and list cells that numbers live in.

"Jordan at 3,000 (around 250 returned), France at 1,910 with 271 back" holds
four statements. Punctuation (commas, dashes, brackets, colons) always cuts;
"and", "with", "but" and "while" cut only between two number-bearing parts,
so "women and children" or "Iraq and Syria" stay whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from analysis.extract.cues import Cue
from analysis.extract.gazetteer import Mention
from analysis.extract.lexicon import Lexicon
from analysis.extract.numbers import NumberMention

#: Punctuation that always cuts; a hyphen touching one word only ("-la mitad-") is a dash too.
_PUNCT = re.compile(r",(?!\d{3})|;|:(?!\d)|\(|\)|\u2014|\u2013|\s-\s|\s-(?=[^\W\d_])|(?<=[^\W\d_])-\s|\u2022|\s\*\s"
                    r"|\"|\u201c|\u201d|\u00ab|\u00bb|\u201e|\s\|\s")  # " | ": a fact box's cells, like commas
#: A dash or colon, then a figure: how a list gives each label its value.
_LABEL_MARK = re.compile(r"[ \t]*(?:[\u2014\u2013:]|-(?=\s))[ \t]*")
#: A list item that opens with its figure, and the dash after it: "• 3,417 — fighters from Russia".
_ITEM_START = re.compile(r"[ \t]*[\u2022*\-\u2013\u2014\u25aa\u25cf][ \t]*")
_ITEM_DASH = re.compile(r"[ \t]*(?:[\u2014\u2013]|-(?=\s))")
#: A short quotation: an opening mark, up to 40 characters with no clause punctuation, a closing mark.
_QUOTED = re.compile("[\"\u201c\u00ab\u201e](?:[^\"\u201c\u201d\u00ab\u00bb\u201e\n,;:()]|,(?=\\d)){1,40}"
                     "[\"\u201d\u00bb\u201c]")


@dataclass
class Segment:
    start: int
    end: int
    opener: str  # the boundary text that opened it ("", ",", "(", " with "...)
    subordinate: bool = False  # brackets and 'with'/'of which' clauses detail the segment before
    numbers: list[NumberMention] = field(default_factory=list)
    entities: list[Mention] = field(default_factory=list)
    cues: list[Cue] = field(default_factory=list)


def cut(text: str, start: int, end: int, numbers: list[NumberMention], lex: Lexicon) -> list[Segment]:
    """Segments of text[start:end]; `numbers` are the mentions inside it."""
    kept = _quoted_figures(text, start, end, numbers) | _item_dashes(text, start, end, numbers)
    cuts = [(m.start(), m.end(), m.group()) for m in _PUNCT.finditer(text, start, end)
            if not _inside_number(m.start(), numbers) and m.start() not in kept]
    cuts += [c for c in _conj_cuts(text, start, end, numbers, cuts, lex.rx)]
    # "men, women and children" is one noun phrase: no cut inside a no_cut match of the lexicon.
    keep = [m.span() for m in lex.rx["no_cut"].finditer(text, start, end)] if "no_cut" in lex.rx else []
    cuts = [c for c in cuts if not any(a <= c[0] < b for a, b in keep)]
    cuts.sort()
    segments, pos, opener = [], start, ""
    for c_start, c_end, token in cuts:
        if c_start < pos:
            continue
        segments.append(_segment(text, pos, c_start, opener, lex.rx))
        pos, opener = c_end, token
    segments.append(_segment(text, pos, end, opener, lex.rx))
    return [s for s in segments if text[s.start:s.end].strip()]


def _segment(text: str, start: int, end: int, opener: str, rx) -> Segment:
    sub = bool(rx["subordinate"].match(opener.strip())) or bool(rx["subordinate"].match(text, start, end))
    return Segment(start, end, opener, sub)


def _quoted_figures(text: str, start: int, end: int, numbers: list[NumberMention]) -> set[int]:
    """Positions of the quotation marks around a quoted figure ("« près de 300 » Belges", "„rund 2.000“
    Kämpfern"): a quote of a few words that holds a number is part of its clause, whose cue and place are outside
    the marks. Longer quotes (a whole statement) still cut."""
    marks = set()
    for m in _QUOTED.finditer(text, start, end):
        if any(m.start() < n.start and n.end <= m.end() for n in numbers):
            marks |= {m.start(), m.end() - 1}
    return marks


def _labelled_next(text: str, right: int, end: int, counted: list[NumberMention]) -> bool:
    """The part after the conjunction is a label whose figure follows a dash or colon: "Тунис — 2926 и
    Франция — 1910", "Morocco: 1,623 and Tunisia: 2,926"; the conjunction separates two items."""
    m = _LABEL_MARK.match(text, right)
    return m is not None and m.end() <= end and any(n.span_start == m.end() for n in counted)


def _item_dashes(text: str, start: int, end: int, numbers: list[NumberMention]) -> set[int]:
    """The dash after a list item's figure ("• 3,417 — fighters from Russia"): what follows describes the figure,
    so it stays in the figure's segment."""
    out = set()
    for n in numbers:
        line = text.rfind("\n", 0, n.span_start) + 1
        if line >= start and _ITEM_START.fullmatch(text, line, n.span_start):
            m = _ITEM_DASH.match(text, n.span_end)
            if m and m.end() <= end:  # where _PUNCT's cut starts: at a long dash, or at the space before a " - "
                out.add(m.end() - 1 if text[m.end() - 1] in "\u2014\u2013" else m.start() + m.group().index("-") - 1)
    return out


def _inside_number(pos: int, numbers: list[NumberMention]) -> bool:
    return any(n.span_start <= pos < n.span_end for n in numbers)


def _conj_cuts(text, start, end, numbers, punct_cuts, rx):
    """Conjunctions that separate two statements, each with its own number."""
    bounds = sorted([start, end] + [c[0] for c in punct_cuts] + [c[1] for c in punct_cuts])
    counted = [n for n in numbers if not n.skip]
    left = start
    candidates = sorted([(m, "with") for m in rx["with"].finditer(text, start, end)] +
                        [(m, "conj") for m in rx["conj"].finditer(text, start, end)], key=lambda x: x[0].start())
    for m, kind in candidates:
        if _inside_number(m.start() + 1, numbers):
            continue
        left = max([left] + [b for b in bounds if b <= m.start()])
        right = min(b for b in bounds if b >= m.end()) if m.end() < end else end
        has_left = any(left <= n.start < m.start() for n in counted)
        has_right = kind == "with" or any(m.end() <= n.start < right for n in counted) or _labelled_next(
            text, right, end, counted)
        if has_left and has_right:
            yield (m.start(), m.end(), m.group())
            left = m.end()
