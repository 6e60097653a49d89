"""The report site, outputs/report/: an index that opens on the findings, a page per notebook, a provenance page
per article, and the reference rows, written from the tables one run wrote.

One module per kind of page (index, disagreements, charts, notebooks,
articles, refs); each returns {relative path: HTML}. `write` writes them all
atomically (sorted, so a run gives the same bytes every time) and removes
pages a previous run left for articles or notebooks that are gone.
"""

from __future__ import annotations

from pathlib import Path

from analysis.core.outputs import inside, write_text
from analysis.report.site import articles, index, notebooks, refs
from analysis.report.site.tables import load_run

#: Folders whose every page is rewritten by each run (a page left there by an earlier run is stale).
OWNED = ("articles", "notebooks")


def write(outputs: Path, figures: Path, notebooks_dir: Path, seeds_dir: Path, reference_dir: Path) -> list[Path]:
    """Write outputs/report/ for a finished run; return the pages written."""
    report = Path(outputs) / "report"
    run = load_run(Path(outputs), Path(figures), Path(notebooks_dir), Path(seeds_dir), Path(reference_dir))
    pages = {**index.write_pages(run, report), **refs.write_pages(run), **articles.write_pages(run),
             **notebooks.write_pages(Path(notebooks_dir))}
    written = [write_text(pages[rel], inside(report, rel)) for rel in sorted(pages)]
    remove_stale(report, set(pages))
    return written


def remove_stale(report: Path, current: set[str]) -> None:
    """Delete pages of articles or notebooks this run no longer has (a failed run puts them back)."""
    for folder in OWNED:
        for page in sorted((report / folder).glob("*.html")):
            if f"{folder}/{page.name}" not in current:
                page.unlink()
