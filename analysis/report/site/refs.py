"""reference.html: every reference row with its anchor, so a citation or finding that rests on one links to it.

The reference rows are the project's yardstick (figures attributed to the
report in contemporary coverage), not ground truth; the page says so and
lists the URLs each row came from.
"""

from __future__ import annotations

from analysis.report.site.html import esc, external, number, page, ref_anchor, table, text, what
from analysis.report.site.tables import Run


def write_pages(run: Run) -> dict[str, str]:
    """reference.html."""
    return {"reference.html": reference_page(run)}


def reference_page(run: Run) -> str:
    """One row per reference figure, anchored by its ref_id (file:line)."""
    rows = []
    for r in sorted(run.reference.itertuples(), key=lambda r: _line_order(r.ref_id)):
        sources = "<br>".join(external(u) for u in text(r.sources).split())
        rows.append([f'<span id="{esc(ref_anchor(r.ref_id))}">{esc(r.ref_id)}</span>', esc(what(r.entity, r.measure)),
                     esc(f"{text(r.qualifier)} {number(r.value)}{' %' if r.unit == 'percent' else ''}".strip()),
                     esc(r.confidence), esc(r.note), sources])
    body = ("<h1>Reference figures</h1>\n<p>Figures attributed to the report in contemporary coverage, rebuilt "
            "from the articles that cite it (the report's own table could not be transcribed). They are a "
            "yardstick, not ground truth: an article that differs from a row is a discrepancy to document. An "
            "empty cell means no figure was found, never zero.</p>\n"
            + table(["Row (file:line)", "Entity · measure", "Figure", "Confidence", "Note", "Sources"], rows,
                    numeric=set()))
    return page("Reference figures", body)


def _line_order(ref_id: str) -> tuple[str, int]:
    """Sort 'file.csv:12' by file, then line as a number."""
    name, _, line = ref_id.rpartition(":")
    return (name, int(line) if line.isdigit() else 0)
