"""Read what an article's own text says about itself: headline, dateline, byline.

Articles arrive as pasted text: a headline line, sometimes a news-database
block (section, byline, word count, date, edition), then the body. The header
is the run of short lines before the first line of prose. Nothing is guessed:
a field the header does not carry stays empty.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass
from datetime import date

from analysis.ingest import markup

_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_DMY_DOTS = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b")
_D_MONTH_Y = re.compile(r"\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")
_MONTH_D_Y = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_BYLINE = re.compile(r"^\s*By\s+([^;,\n]+)", re.IGNORECASE)
_NAME = re.compile(r"^\s*([A-Z][a-z]+(?:[ -][A-Z][a-zA-Z'.-]+){1,3})\s*$")
_NOTICE = re.compile(r"\s*(?:Copyright|\(c\)|\u00a9|All rights reserved)", re.IGNORECASE)
_MAX_HEADER_LINES = 16


@dataclass(frozen=True)
class Header:
    title: str = ""
    title_span: tuple[int, int] | None = None
    author: str = ""
    published: str = ""  # ISO date
    body_start: int = 0  # offset of the first line of prose


@lru_cache(maxsize=4)
def parse(text: str) -> Header:
    """Headline, byline and dateline found in the header lines of `text`.

    HTML markup is blanked first (same offsets), so a pasted page gives its
    headline, not "<html><head>...". Cached for the last few texts: the documents table and the extractor
    both ask for the header of the same article (a Header is frozen, so sharing it is safe).
    """
    text = markup.visible(text)
    lines = _header_lines(text)
    if not lines:
        return Header()
    body_start = lines[-1][0]
    header = [(s, e) for s, e in lines[:-1]]
    title_span = _title(text, header)
    author = _author(text, header, title_span)
    published = next((d for s, e in header if (d := parse_date(text[s:e]))), "")
    title = " ".join(text[title_span[0]:title_span[1]].split()) if title_span else ""
    return Header(title, title_span, author, published, body_start)


def _header_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the non-empty lines before the body, plus the body's first line."""
    out = []
    for m in re.finditer(r"[^\r\n]+", text):  # "\r\n" and "\r" end a line too
        s, e = m.start(), m.end()
        body = text[s:e].strip()
        if not body:
            continue
        lead = len(text[s:e]) - len(text[s:e].lstrip())
        out.append((s + lead, s + lead + len(body)))
        if _is_prose(body, first=len(out) == 1) or len(out) > _MAX_HEADER_LINES:
            return out
    return out + [(len(text), len(text))]


def _is_prose(line: str, first: bool) -> bool:
    """A line of body text: long, or a full sentence (a short first line is the headline)."""
    words = line.split()
    sentence = (line[-1] in ".!?\"'\u201d\u2019" and line[:1].isupper()
                and not _BYLINE.match(line) and not _NOTICE.match(line))
    return len(line) > 160 or (sentence and len(words) > (14 if first else 5))


def _title(text: str, header: list[tuple[int, int]]):
    """The headline. Layouts differ: "Section; label / Headline / By ..." puts it just before the byline, while
    "Headline / longer dek / By ..." and "Headline / MASTHEAD / By ..." put it first. So the line before the
    byline wins unless it is a masthead (a short line in capitals) or a dek (longer than a first line of five
    words or more). Without a byline: the first line of three words or more that is not a date or a masthead."""
    first = next(((s, e) for s, e in header if len(text[s:e].split()) >= 3 and not parse_date(text[s:e])
                  and not _BYLINE.match(text[s:e]) and not _masthead(text[s:e])), None)
    for i, (s, e) in enumerate(header):
        if _BYLINE.match(text[s:e]) and i > 0:
            before = header[i - 1]
            line = text[before[0]:before[1]]
            if first is None or first == before:
                return before
            n_first = len(text[first[0]:first[1]].split())
            if _masthead(line) or (n_first >= 5 and len(line.split()) > n_first):
                return first
            return before
    return first


def _masthead(line: str) -> bool:
    """A paper's name in capitals ("TYNESIDE EVENING RECORD"); a headline in capitals is longer."""
    return line.isupper() and len(line.split()) <= 4


def _author(text: str, header, title_span) -> str:
    for s, e in header:
        if (s, e) == title_span:
            continue
        line = text[s:e]
        m = _BYLINE.match(line) or _NAME.match(line)
        if m:
            name = " ".join(m.group(1).split())
            return name.title() if name.isupper() else name
    return ""


def parse_date(s: str) -> str:
    """The first date in `s` as ISO yyyy-mm-dd, or ''."""
    for rx, order in ((_ISO, "ymd"), (_DMY_DOTS, "dmy"), (_D_MONTH_Y, "dMy"), (_MONTH_D_Y, "Mdy")):
        m = rx.search(s)
        if not m:
            continue
        parts = dict(zip(order, m.groups()))
        month = parts.get("m") or _MONTHS.get((parts.get("M") or "").lower())
        try:
            return date(int(parts["y"]), int(month), int(parts["d"])).isoformat()
        except (TypeError, ValueError):
            continue
    return ""
