"""One provenance page per article: its text, escaped, with every claim highlighted on its exact characters.

This is where every link from a citation or a finding lands: `#claim-<id>`
is the highlighted span itself, so a reader sees the figure in its sentence,
and beside it what the extractor read (entity, measure, value, hedge,
confidence, flags) and the findings that rest on it. Claims can nest or cross
("from 33 countries" inside "5,600 ... from 33 countries who have
returned"), so spans are rendered as a tree, a crossing span being closed and
reopened; every piece of a claim carries its `data-claim`, so the pieces
joined are exactly its quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from analysis.report.site.html import (claim_anchor, esc, external, link, number, page, safe_id, table, text,
                                       what)
from analysis.report.site.tables import Run

#: A blank line: where a paragraph ends (unless a claim runs across it).
PARAGRAPH = re.compile(r"(?:\r?\n|\r)[ \t]*(?:(?:\r?\n|\r)[ \t]*)+")
CSS = """
.para{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:20px;margin:0 0 14px}
.text{white-space:pre-wrap;font-family:Georgia,"DejaVu Serif",serif;font-size:17px;line-height:1.6}
mark.claim{background:#fff3a8;border-bottom:2px solid #d4a800;padding:0 1px}
mark.claim.c-medium{background:#ffe2c2;border-color:#e08a00}mark.claim.c-low{background:#f9d6e0;border-color:#b00020}
mark.claim mark.claim{background:#ffd86b}
mark.claim[data-n]::before{content:attr(data-n);font:700 10px system-ui,sans-serif;vertical-align:super;
 color:#7a5a00;margin-right:1px}
b.num{font-weight:700}
span.skip{color:#888;border-bottom:1px dotted #bbb}
.claims{font-size:14px;margin:0;padding-left:28px}.claims li{margin:0 0 8px}
.flag{color:#b00020}
"""
#: Outer spans open first when they start at the same place: a claim, then its number, then a skipped number.
RANK = {"claim": 0, "num": 1, "skip": 2}


@dataclass(frozen=True)
class Span:
    """A stretch of text to wrap: the tag to open the first time, the tag to reopen a split piece, the closer."""

    start: int
    end: int
    rank: int
    first: str
    again: str
    close: str


def write_pages(run: Run) -> dict[str, str]:
    """articles/<doc_id>.html for every document of the run."""
    return {f"articles/{safe_id(d)}.html": article_page(run, d) for d in run.documents.doc_id}


def article_page(run: Run, doc_id: str) -> str:
    """The provenance page of one article."""
    doc = run.documents[run.documents.doc_id == doc_id].iloc[0]
    claims = run.claims[run.claims.doc_id == doc_id].sort_values(["start", "end", "claim_id"], kind="stable")
    skipped = run.skipped[run.skipped.doc_id == doc_id].sort_values(["start", "end"], kind="stable")
    text_ = run.texts.get(doc_id)
    body = [header(run, doc)]
    if text_ is None:
        body.append('<p class="flag">The article file was not found under the run\'s seeds folder (or its bytes '
                    "changed since the run), so its text cannot be shown; its claims are listed below.</p>")
        body.append(claims_table(run, claims, {cid: i for i, cid in enumerate(claims.claim_id, 1)}))
    else:
        body.append(article_text(run, text_, claims, skipped))
    body.append(skipped_table(skipped))
    return page(f"Provenance: {run.outlet(doc_id)}", "\n".join(body), depth=1, extra_css=CSS)


def header(run: Run, doc: pd.Series) -> str:
    """Who published the article, when, and what was read from it."""
    title = text(doc["title"]) or run.outlet(doc["doc_id"])
    facts = [("Outlet", esc(doc["outlet"])), ("Kind", esc(doc["kind"])), ("Published", esc(doc["published"])),
             ("Author", esc(doc["author"])), ("Web page", external(doc["url"]) if text(doc["url"]) else ""),
             ("File", esc(doc["path"])), ("doc_id", esc(doc["doc_id"])), ("Language", esc(doc["language"])),
             ("Copy of", link(f"{safe_id(doc['duplicate_of'])}.html", doc["duplicate_of"])
              if text(doc["duplicate_of"]) else ""),
             ("Read", f"{number(doc['n_claims'])} claims, {number(doc['n_flagged'])} flagged, "
                      f"{number(doc['n_skipped'])} numbers that are not claims")]
    rows = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in facts if v)
    return (f"<h1>{esc(title)}</h1>\n<div class=\"box\"><table class=\"t\">{rows}</table></div>\n"
            '<p class="muted">Each highlight is one claim, on the exact characters it was read from (yellow: high '
            "confidence, orange: medium, pink: low); the small number before it refers to the list to its right. "
            "Grey dotted numbers were not read as claims (the reason shows on hover and in the last table).</p>")


def article_text(run: Run, text_: str, claims: pd.DataFrame, skipped: pd.DataFrame) -> str:
    """The text, paragraph by paragraph, each beside the table of the claims that start in it."""
    numbers = {cid: i for i, cid in enumerate(claims.claim_id, 1)}
    spans = claim_spans(claims, numbers) + skip_spans(skipped)
    out = []
    for a, b in paragraphs(text_, claims):
        inside = claims[(claims.start >= a) & (claims.start < b)]
        out.append(f'<div class="para"><div class="text">{render(text_, a, b, spans)}</div>'
                   f"<div>{claims_table(run, inside, numbers) if len(inside) else ''}</div></div>")
    return "\n".join(out)


def paragraphs(text_: str, claims: pd.DataFrame) -> list[tuple[int, int]]:
    """(start, end) of each paragraph; a blank line inside a claim's span does not end a paragraph."""
    inside = list(zip(claims.start, claims.end))
    cuts = [m for m in PARAGRAPH.finditer(text_) if not any(s < m.start() < e for s, e in inside)]
    bounds, pos = [], 0
    for m in cuts:
        bounds.append((pos, m.start()))
        pos = m.end()
    bounds.append((pos, len(text_)))
    return [(a, b) for a, b in bounds if b > a]


def claim_spans(claims: pd.DataFrame, numbers: dict[str, int]) -> list[Span]:
    """The highlight of each claim (its anchor on the first piece, its number on the last) and of its number."""
    out = []
    for c in claims.itertuples():
        tip = esc(f"{what(c.entity, c.measure)}: {text(c.qualifier)} {number(c.value)} {text(c.unit)} "
                  f"(confidence {c.confidence}{'; ' + c.flags if c.flags else ''})".replace("  ", " "))
        attrs = f'class="claim c-{esc(c.confidence)}" data-claim="{esc(c.claim_id)}" title="{tip}"'
        out.append(Span(int(c.start), int(c.end), RANK["claim"],
                        f'<mark id="{esc(claim_anchor(c.claim_id))}" {attrs} data-n="{numbers[c.claim_id]}">',
                        f"<mark {attrs}>", "</mark>"))
        out.append(Span(int(c.number_start), int(c.number_end), RANK["num"], '<b class="num">', '<b class="num">',
                        "</b>"))
    return out


def skip_spans(skipped: pd.DataFrame) -> list[Span]:
    """Numbers the extractor did not read as claims, shown faintly with their reason."""
    return [Span(int(s.start), int(s.end), RANK["skip"], f'<span class="skip" title="not a claim: {esc(s.reason)}">',
                 f'<span class="skip" title="not a claim: {esc(s.reason)}">', "</span>") for s in skipped.itertuples()]


def render(text_: str, a: int, b: int, spans: list[Span]) -> str:
    """text_[a:b], escaped, with the spans that overlap it as nested tags.

    Between two consecutive boundaries the covering spans are the same, so the
    text is cut at every boundary; tags are closed and reopened only where the
    stack of covering spans (outer first) changes. Only a claim's first piece
    carries its anchor and its number (shown before it by the style sheet).
    """
    spans = sorted((s for s in spans if s.start < b and s.end > a), key=lambda s: (s.start, -s.end, s.rank))
    points = sorted({a, b} | {min(max(p, a), b) for s in spans for p in (s.start, s.end)})
    out: list[str] = []
    stack: list[Span] = []
    opened: set[Span] = set()
    for lo, hi in zip(points, points[1:]):
        active = [s for s in spans if s.start <= lo and s.end >= hi]
        keep = next((i for i, (x, y) in enumerate(zip(stack, active)) if x != y), min(len(stack), len(active)))
        out += [s.close for s in reversed(stack[keep:])]
        for s in active[keep:]:
            out.append(s.again if s in opened else s.first)
            opened.add(s)
        out.append(esc(text_[lo:hi]))
        stack = active
    out += [s.close for s in reversed(stack)]
    return "".join(out)


def claims_table(run: Run, claims: pd.DataFrame, numbers: dict[str, int]) -> str:
    """What was read from each claim (entity, measure, value, hedge, interval, confidence, flags), with links to
    the highlight and to the findings that rest on it: one short card per claim, narrow enough to sit beside
    the text."""
    items = []
    for c in claims.itertuples():
        found = "; ".join(link("../index.html", f"{r['kind'].replace('_', ' ')} ({r['severity']})", f"finding-{i}")
                          for i, r in run.findings_of(c.claim_id))
        value = f"{number(c.value)}{' %' if c.unit == 'percent' else ' ' + text(c.unit)}"
        interval = f" (interval {number(c.value_low)} – {number(c.value_high)})" if c.value_low != c.value_high else ""
        lines = [f'<a href="#{esc(claim_anchor(c.claim_id))}"><strong>{esc(what(c.entity, c.measure))}</strong></a>',
                 esc(f"{text(c.qualifier)} {value}{interval}".strip()) + f" · confidence {esc(c.confidence)}",
                 f'<span class="flag">flags: {esc(c.flags.replace(";", ", "))}</span>' if c.flags else "",
                 f"attributed to {esc(c.attribution)}" if text(c.attribution) else "",
                 f"findings: {found}" if found else ""]
        items.append(f'<li value="{numbers.get(c.claim_id, "")}">' + "<br>".join(x for x in lines if x) + "</li>")
    return f'<ol class="claims">{"".join(items)}</ol>'


def skipped_table(skipped: pd.DataFrame) -> str:
    """The numbers that are not claims, with the reason, so none is silently dropped."""
    if skipped.empty:
        return ""
    rows = [[esc(s.number_text), esc(s.reason.replace("_", " ")), esc(f"{s.start}–{s.end}")]
            for s in skipped.itertuples()]
    return "<h2>Numbers not read as claims</h2>\n" + table(["Number", "Why not", "Characters"], rows)
