"""The index's charts: every figure of the run, inline, with its title, what it was plotted from, and its CSV.

Images are embedded as data: URIs because the pages' Content-Security-Policy
allows images from data: only (a relative <img src> would be blocked). The
caption is generated from the figure's own CSV (the exact numbers plotted,
with the documents and reference rows behind each point), so it names the
sources of this run, whatever the articles.
"""

from __future__ import annotations

import base64
import os
from pathlib import Path

import pandas as pd
from PIL import Image

from analysis.report.site.html import article_file, esc, href, link
from analysis.report.site.tables import Run, ids

#: Columns of a figure's CSV that name documents, claims or reference rows.
DOC_COLUMNS = ("doc_id", "row_doc", "column_doc")
ID_COLUMNS = ("claim_ids", "claim_id", "ids", "ref_ids", "ref_id")


def section(run: Run, report: Path) -> str:
    """All charts, in file order (which is notebook order)."""
    pngs = sorted(run.figures.glob("*.png"))
    out = ['<h2 id="charts">Charts</h2>']
    if not pngs:
        out.append("<p>This run drew no chart.</p>")
    out += [figure(run, png, report) for png in pngs]
    return "\n".join(out)


def figure(run: Run, png: Path, report: Path) -> str:
    """One chart with its caption: title, sources, the notebook that drew it and the CSV of its numbers."""
    with Image.open(png) as im:
        title = im.text.get("Title", "") or png.stem.replace("-", " ")
    data = base64.b64encode(png.read_bytes()).decode("ascii")
    csv = png.with_suffix(".csv")
    made_by = next((p.stem for p in sorted(run.notebooks.glob(f"{png.stem[:2]}-*.ipynb"))), "")
    parts = [sources(run, csv) if csv.exists() else ""]
    if made_by:
        parts.append(f"Drawn by notebook {link(f'notebooks/{made_by}.html', made_by)}.")
    if csv.exists():
        parts.append(f'The numbers plotted: <a href="{href(_relative(csv, report))}">{esc(csv.name)}</a>.')
    return (f'<figure id="chart-{esc(png.stem)}"><img src="data:image/png;base64,{data}" alt="{esc(title)}">'
            f"<figcaption><strong>{esc(title)}.</strong> {' '.join(p for p in parts if p)}</figcaption></figure>")


def sources(run: Run, csv: Path) -> str:
    """'Plotted from 3 articles (A, B, C) and 12 reference rows.', read from the figure's CSV."""
    table = pd.read_csv(csv, dtype=str, keep_default_na=False)
    docs: set[str] = set()
    refs: set[str] = set()
    for col in (c for c in DOC_COLUMNS if c in table):
        docs |= {d for d in table[col] if d}
    for col in (c for c in ID_COLUMNS if c in table):
        for cell in table[col]:
            for x in ids(cell):
                (refs.add(x) if ".csv:" in x else docs.add(x.split("#")[0]))
    known = [d for d in run.documents.doc_id if d in docs]
    names = ", ".join(link(article_file(d), run.outlet(d)) for d in known)
    said = [f"{len(known):,} article{'s' if len(known) != 1 else ''} ({names})" if known else "",
            f"{len(refs):,} reference row{'s' if len(refs) != 1 else ''}" if refs else ""]
    said = [s for s in said if s]
    return f"Plotted from {' and '.join(said)}." if said else ""


def _relative(path: Path, report: Path) -> str:
    """`path` relative to the report folder, with forward slashes (a link that works wherever the run lives)."""
    return Path(os.path.relpath(path.resolve(), report.resolve())).as_posix()
