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

_PUNCT = re.compile(r",(?!\d{3})|;|:(?!\d)|\(|\)|\u2014|\u2013|\s-\s|\u2022|\s\*\s|\"|\u201c|\u201d|\u00ab|\u00bb|\u201e")
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
    quoted = _quoted_figures(text, start, end, numbers)
    cuts = [(m.start(), m.end(), m.group()) for m in _PUNCT.finditer(text, start, end)
            if not _inside_number(m.start(), numbers) and m.start() not in quoted]
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
        has_right = kind == "with" or any(m.end() <= n.start < right for n in counted)
        if has_left and has_right:
            yield (m.start(), m.end(), m.group())
            left = m.end()
