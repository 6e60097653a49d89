"""Structure read as structure: text tables and labelled lists, wherever they stand in the article.

Prose linking reads a number through the words around it. A table has no such words: "Russia | 3,417 | 400"
says nothing about leaving or returning; its header row does. So before linking, this step finds

* **tables**: two or more consecutive lines cut into the same number of cells by pipes, tabs or runs of
  spaces, whose first row holds no digits (the header). Each header cell's cues (from the language's
  lexicon) give the measure of every number under it; the first cell of a row gives the place;
* **labelled lists** (fact boxes): lines "Place: N" under a heading line whose cues name the measure
  ("Former jihadis who have come home, by country" / "Turkey: 900").

The result maps a number's start offset to the reading the structure gives it, which the linking step then
takes over its own (with confidence `high` for a table header, `medium` for a list heading).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from analysis.extract.cues import find_cues
from analysis.extract.gazetteer import WORLD, Mention, load
from analysis.extract.lexicon import Lexicon
from analysis.extract.linking import Draft
from analysis.extract.numbers import NumberMention

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_SEPARATORS = (re.compile(r"\s*\|\s*"), re.compile(r"\t+"), re.compile(r" {2,}"))
_RULE_LINE = re.compile(r"^[\s|:+=\-\u2013\u2014]+$")  # "---|---", "======"
_DIGIT = re.compile(r"\d")
_LABEL = re.compile(r"^[\s*\u2022\-\u2013]*(?P<label>[^:|\t\d]{2,80}?)\s*(?:[:\t]|\s[\u2014\u2013]|\s-(?=\s))\s*(?=\S)")
#: What a labelled list line holds between its label and its figure (a quick test before the regex).
_LABEL_MARKS = (":", "\t", " \u2014", " \u2013", " - ")
_PRIORITY = ("return_share", "killed_share", "traveled_or_attempted", "attempted", "women_children", "killed",
             "charged", "convicted", "returned", "women", "children", "departed")


@dataclass(frozen=True)
class Reading:
    """What a table or list says a number is: measure, place (or None) and the evidence."""

    measure: str
    entity: Mention | None
    source: str  # "table_header" | "list_heading"
    others: tuple[Mention, ...] = ()  # the other places of a row labelled "Kazakhstan / Kyrgyzstan | 500 each"


def read(text: str, numbers: list[NumberMention], places: list[Mention], lex: Lexicon) -> dict[int, Reading]:
    """{number start: Reading} for the numbers that stand in a table cell or a labelled list line."""
    lines = [(m.start(), m.start() + len(m.group().rstrip("\r\n"))) for m in _LINE.finditer(text) if m.group()]
    out: dict[int, Reading] = {}
    _tables(text, lines, numbers, places, lex, out)
    _lists(text, lines, numbers, places, lex, out)
    return out


def _cells(text: str, start: int, end: int) -> tuple[int, list[tuple[int, int]]] | None:
    """(separator index, cell spans) of a line that splits into two or more non-empty cells."""
    line = text[start:end]
    if "|" not in line and "\t" not in line and "  " not in line:
        return None  # most lines are prose: no separator, no cells (and no regex run)
    for k, sep in enumerate(_SEPARATORS):
        if k == 2 and "|" in line:
            continue
        spans, pos = [], 0
        for m in sep.finditer(line):
            spans.append((pos, m.start()))
            pos = m.end()
        spans.append((pos, len(line)))
        spans = [(start + a, start + b) for a, b in spans if line[a:b].strip()]
        if len(spans) >= 2:
            return k, spans
    return None


def _tables(text, lines, numbers, places, lex, out) -> None:
    i = 0
    while i < len(lines):
        head = _cells(text, *lines[i])
        if head is None or not _is_header(text, head[1]):
            i += 1
            continue
        sep, header = head
        rows, j = [], i + 1
        while j < len(lines):
            s, e = lines[j]
            if _RULE_LINE.match(text[s:e]):
                j += 1
                continue
            cells = _cells(text, s, e)
            if cells is None and sep < 2 and "|\t"[sep] in text[s:e] and not _DIGIT.search(text, s, e):
                j += 1  # a group heading with its cells empty ("Former Soviet Union |  |"): the table goes on
                continue
            # A row may leave cells empty ("Turkmenistan | 400 |  |"): fewer cells map to their columns by position.
            if cells is None or cells[0] != sep or not 2 <= len(cells[1]) <= len(header) + 1:
                break
            rows.append((s, cells[1]))
            j += 1
        measures = [_not_a_count(text, a, b, lex) or _measure(text, a, b, lex) for a, b in header]
        measures = _unnamed_columns(text, header, measures, rows, lex)
        # One row is a table too when it starts with a place ("Country | Men | Women" over "Albania | 90 | 30"):
        # a header of measures and a place are evidence enough; a lone row of figures is not.
        one_place = len(rows) == 1 and any(rows[0][1][0][0] <= p.start < rows[0][1][0][1] for p in places)
        if (len(rows) >= 2 or one_place) and any(m and m != "check_column" for m in measures[1:]):
            for row_start, cells in rows:
                _row(text, row_start, cells, (lines[i][0], header), measures, numbers, places, lex, out)
            i = j
        else:
            i += 1


#: A cell that is only a figure ("3,417", "40,000+", "~50", "25,5 %", "n/a"): a data cell, not a column name.
_FIGURE_CELL = re.compile(r"^[\s~<>+\-\u2013\u2212(]*\d[\d\s.,'\u00a0\u202f\u2009]*[%+*)]*\s*$")


def _unnamed_columns(text, header, measures, rows, lex) -> list[str]:
    """A column of bare figures whose header names no measure ("Pop. (m)", "Rank") in a table whose other columns
    do: its cells are not what the table counts ('check_column'). A column of notes stays for prose reading, and
    one headed as a share ("Share") for the share rules."""
    share = lex.rx.get("share_words")
    out = list(measures)
    for k, (a, b) in enumerate(header):
        if not k or out[k] or not text[a:b].strip() or (share is not None and share.search(text, a, b)):
            continue
        cells = [c[k] for _, c in rows if k < len(c)]
        if cells and sum(bool(_FIGURE_CELL.match(text[x:y])) for x, y in cells) * 2 > len(cells):
            out[k] = "check_column"
    return out


def _is_header(text: str, cells) -> bool:
    """A header row names its columns: no cell is a bare figure ("Departed per 1 million" still names one)."""
    return not any(_FIGURE_CELL.match(text[a:b]) for a, b in cells)


def _row(text, row_start, cells, header_line, measures, numbers, places, lex, out) -> None:
    header_start, header = header_line
    first = cells[0]
    in_label = [p for p in places if first[0] <= p.start < first[1]]
    entity = _label_place(in_label) or _capitals(text, first, lex)
    others = _label_others(in_label, entity)
    each = lex.rx.get("each")
    world, subtotal = lex.rx.get("table_world"), lex.rx.get("table_subtotal")
    label = text[first[0]:first[1]].strip()
    if subtotal is not None and subtotal.search(label):
        entity, others = None, ()  # "Subtotal, the six European countries above": the listed rows, no place
    elif entity is None and world is not None and world.match(label):
        entity = Mention(first[0], first[0], WORLD)
    for k, (a, b) in enumerate(cells[1:], start=1):
        column = _column(a - row_start, b - row_start, [(x - header_start, y - header_start) for x, y in header],
                         k, len(cells), sep_aligned=len(cells) != len(header))
        measure = measures[column] if column < len(measures) else ""
        if not measure:
            continue
        # A cell may name its own place: "44 (Kyrgyzstan)" in a row labelled "Kazakhstan, Kyrgyzstan".
        own = next((p for p in places if a <= p.start < b), None)
        row_places = (entity, *others)
        slotted = bool(others) and not own and text.count("/", a, b) == len(others)
        # A row of several places gives each of them a share, and a count only if the cell says "each".
        if own or slotted or not (measure.endswith("_share") or (each and each.search(text, a, b))):
            shared = ()
        else:
            shared = others
        for n in numbers:
            if a <= n.start < b:
                # "Sweden / Denmark | 300 / 145": split by slashes like its label, the k-th value is the k-th place's
                place = own or (row_places[text.count("/", a, n.start)] if slotted else entity)
                out[n.start] = Reading(measure, place, "table_header", shared)


def _label_place(places: list[Mention]) -> Mention | None:
    """The place a row label names: its first, unless it also names a group within it ("China (Uighurs)",
    "Russia - Chechnya"), which is what the row counts."""
    groups = [p for p in places if p.entity.entity_type == "group"]
    return (groups or places or [None])[0]


def _label_others(places: list[Mention], entity: Mention | None) -> tuple[Mention, ...]:
    """The places a row label lists besides `entity` ("Sweden / Denmark"), once each; none for a group's row."""
    if entity is None or entity.entity.entity_type == "group":
        return ()
    seen, out = {entity.entity.key}, []
    for p in places:
        if p.entity.key not in seen and p.entity.entity_type == "country":
            seen.add(p.entity.key)
            out.append(p)
    return tuple(out)


def _not_a_count(text: str, start: int, end: int, lex: Lexicon) -> str:
    """'check_rate' for a header such as 'Per million inhabitants': its cells are not counts of fighters."""
    m = lex.contexts.near.search(text, start, end) if lex.contexts is not None else None
    return f"check_{m.lastgroup}" if m else ""


def _capitals(text: str, cell: tuple[int, int], lex: Lexicon) -> Mention | None:
    """A row label in capitals ("FORMER SOVIET UNION", "WESTERN EUROPE"): the gazetteer's names are written in
    mixed case, so the label is looked up title-cased (same length, so the offsets hold)."""
    label = text[cell[0]:cell[1]]
    if not label.isupper():
        return None
    found = load(lex.code).find(label.title())
    return Mention(cell[0] + found[0].start, cell[0] + found[0].end, found[0].entity) if found else None


def _column(start: int, end: int, header, k: int, n_cells: int, sep_aligned: bool) -> int:
    """The header column of a cell. A row with as many cells as the header maps cell k to column k; a row with
    empty or missing cells ("Georgia   200+") maps by where the cell stands in its line: the header column whose
    span, in its own line, is nearest to the cell's (offsets relative to the line start)."""
    if not sep_aligned:
        return k
    mid = (start + end) / 2
    return min(range(1, len(header)), key=lambda c: 0 if header[c][0] <= mid <= header[c][1] + 2
               else min(abs(header[c][0] - mid), abs(header[c][1] - mid)))


def _measure(text: str, start: int, end: int, lex: Lexicon) -> str:
    """The measure a header cell or heading names, '' if none: 'Returned' -> returned, 'Return rate' -> share."""
    cues = [c for c in find_cues(text, start, end, lex) if c.strong or c.measure == "departed"]
    found = {c.measure for c in cues}
    if not found:
        return ""
    share = lex.rx.get("share_words")
    if share is not None and share.search(text, start, end):
        if "killed" in found:
            return "killed_share"
        if "returned" in found:
            return "return_share"
    for m in _PRIORITY:
        if m in found:
            return m
    return ""


def _lists(text, lines, numbers, places, lex, out) -> None:
    """'Turkey: 900' lines under a heading that names the measure; the line's own cues win over the heading.

    The heading is the last digit-free line before the list (a blank line or two may stand between); its
    measure is looked up only when a list line needs it.
    """
    heading: tuple[int, int] | None = None
    gap = 0
    cache: dict[tuple[int, int], str] = {}
    pi = 0
    for s, e in lines:
        line = text[s:e]
        m = _LABEL.match(line) if any(mark in line for mark in _LABEL_MARKS) else None
        if m and _DIGIT.search(line, m.end()):
            while pi < len(places) and places[pi].start < s:
                pi += 1
            label_end = s + m.end("label")
            label_places = [p for p in places[pi:pi + 4] if p.start < label_end]
            if label_places and heading is not None:
                _list_line(text, s, e, s + m.end(), label_places[0], heading, cache, numbers, lex, out)
            gap = 0
            continue
        if line.strip() and not _DIGIT.search(line):
            heading, gap = (s, e), 0
        elif not line.strip():
            gap += 1
            if gap > 1:
                heading = None
        else:
            heading = None


def _list_line(text, s, e, value_start, place, heading, cache, numbers, lex, out) -> None:
    if _measure(text, s, e, lex):
        return  # the line names its own measure: prose linking reads it
    if heading not in cache:
        cache[heading] = _measure(text, heading[0], heading[1], lex)
    measure = cache[heading]
    if not measure:
        return
    for n in numbers:
        if value_start <= n.start < e and n.start not in out:
            out[n.start] = Reading(measure, place, "list_heading")


def apply(drafts: list[Draft], structured: dict) -> None:
    """A table header or list heading says what a cell counts; it wins over what the prose linking guessed."""
    _readings(drafts, structured)
    by_number: dict[int, list[Draft]] = {}
    for d in drafts:
        by_number.setdefault(d.number.start, []).append(d)
    for start, same in by_number.items():
        reading = structured.get(start)
        if reading is None or reading.entity is None:
            continue
        if not reading.others:
            for extra in sorted(same, key=lambda d: d.part)[1:]:
                drafts.remove(extra)  # "44 (Kyrgyzstan only)" in a row of "500 each": the cell names its one place
            continue
        # "Sweden / Denmark | about half", "Kazakhstan / Kyrgyzstan | 500 each": one claim per place of the row.
        same.sort(key=lambda d: d.part)
        for k, m in enumerate((reading.entity, *reading.others)):
            if k < len(same):
                same[k].entity, same[k].entity_span = m.entity, (m.start, m.end)
            else:
                copy = replace(same[0], entity=m.entity, entity_span=(m.start, m.end), part=k, flags=set(same[0].flags))
                drafts.insert(drafts.index(same[k - 1]) + 1, copy)
                same.append(copy)


def _readings(drafts: list[Draft], structured: dict) -> None:
    """Each draft in a table cell or list line takes the reading's measure and place."""
    for d in drafts:
        reading = structured.get(d.number.start)
        if reading is None:
            continue
        if reading.measure.startswith("check_"):  # a column of rates or populations: kept, never claimed
            d.measure, d.structure = "unclassified", reading.source
            d.flags.add(reading.measure)
            continue
        measure = {"women": "women_departed", "children": "children_departed"}.get(reading.measure, reading.measure)
        if measure.endswith("_share") and d.number.unit != "percent":
            if d.number.value > 100:
                continue  # a count under a share header cannot be a share: linking's reading stands
            d.number.unit = "percent"
        d.measure, d.strong, d.structure = measure, True, reading.source
        if reading.entity is not None:
            m = reading.entity
            d.entity, d.entity_span, d.entity_own, d.entity_text = m.entity, (m.start, m.end), True, ""
        else:  # a row that names no place ("Total of the countries listed"): no place is borrowed from prose
            d.entity, d.entity_span, d.entity_text, d.paragraph_entity = None, None, "", None
            d.flags.discard("unresolved_entity")  # the row's label is not a place name the gazetteer missed
        d.flags -= {"ambiguous", "measure_from_context", "measure_assumed"}
