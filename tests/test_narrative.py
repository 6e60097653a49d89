"""The notebooks' narrative is computed from the run's tables: on three invented articles it names none of the
seed outlets, states none of the seeds' figures, and every number it states is in that run's tables."""

from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from analysis.report import narrative
from analysis.report import run as runner
from conftest import SEED_OUTLETS

ARTICLES = {
    "harbor.txt": (
        "Belgian returnees worry officials\n\n"
        "More than 410 fighters from Belgium travelled to Syria and Iraq to join the Islamic State, and about 130 "
        "of them have returned home, officials said on Monday.\n\n"
        "Some 2,150 fighters from Morocco joined the group, the ministry said.\n"),
    "valley.txt": (
        "The fighters who came back\n\n"
        "According to the ministry, 2,150 fighters from Morocco travelled to Syria and 290 of them have since "
        "returned.\n\n"
        "Roughly 410 Belgians left to fight for the Islamic State.\n"),
    "northern.txt": (
        "A smaller contingent\n\n"
        "Only 61 fighters from Finland joined the Islamic State in Syria, and 17 have come back, police said.\n"),
}
SIDECAR = """file,outlet,kind,title,published,author,url,identified_by
harbor.txt,Harbor Ledger,news,Belgian returnees worry officials,2021-03-01,A. Writer,,invented for a test
valley.txt,Valley Courier,blog,The fighters who came back,2021-03-04,,,invented for a test
northern.txt,Northern Post,news,A smaller contingent,2021-03-02,,,invented for a test
"""
#: Figures the seed articles give and the invented articles do not: hand-written Markdown must state none of
#: them (they belong to the seeds), and no sentence may state one that this run's tables do not hold (the
#: reference is shared, so its figures may appear where a table of the run has them).
SEED_FIGURES = ("5,600", "40,000", "4,200", "1,500", "5,000", "425", "850", "3,417", "1,623", "1,200",
                "7,054", "8,344", "439", "129", "120", "110", "15,000", "19,000", "2,926", "1,910", "900")
TABLES = ("claims.csv", "citations.csv", "discrepancies.csv", "return_rates.csv", "return_rate_estimates.csv",
          "region_comparison.csv", "region_sums.csv", "region_rates.csv", "discrepancies_copy_pairs.csv",
          "documents.csv", "skipped_numbers.csv")
NUMBER = re.compile(r"(?<![\w.])[-+−]?\d[\d,]*(?:\.\d+)?")


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("narrative")
    seeds = base / "articles"
    seeds.mkdir()
    for name, text in ARTICLES.items():
        (seeds / name).write_text(text, encoding="utf-8")
    (seeds / "sources.csv").write_text(SIDECAR, encoding="utf-8")
    runner.run([f"seeds_dir={seeds}"], base / "run", progress=False, log=lambda *a, **k: None)
    return base / "run"


def numbers(text: str) -> list[float]:
    """Every number written in `text` ('1,250', '-17', '14.2'), as a float."""
    return [float(n.replace(",", "").replace("−", "-")) for n in NUMBER.findall(text)]


def notebooks(run: Path) -> dict[str, nbformat.NotebookNode]:
    return {p.stem: nbformat.read(p, as_version=4) for p in sorted((run / "notebooks").glob("0*.ipynb"))}


def markdown_cells(nb) -> str:
    return "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")


def generated(nb) -> str:
    """What the notebook's code displayed as Markdown (the narrative)."""
    return "\n".join(o["data"]["text/markdown"] for c in nb.cells if c.cell_type == "code"
                     for o in c.get("outputs", []) if "text/markdown" in o.get("data", {}))


def printed(nb) -> str:
    return "\n".join(o.get("text", "") for c in nb.cells if c.cell_type == "code"
                     for o in c.get("outputs", []) if o.get("output_type") == "stream")


def allowed_numbers(out: Path, counts: bool = True) -> set[float]:
    """Every number in the run's tables, as stored and rounded as the narrative writes it (signed too), and,
    with `counts`, every count up to the longest table (a count of rows)."""
    allowed: set[float] = set()
    longest = 0
    frames = [pd.read_csv(out / name, dtype=str, keep_default_na=False) for name in TABLES if (out / name).is_file()]
    frames.append(pd.DataFrame({"headline": [(out / "headline.json").read_text(encoding="utf-8")]}))
    for df in frames:
        longest = max(longest, len(df))
        for col in df.columns:
            for cell in df[col]:
                for n in numbers(cell):
                    allowed |= {n, abs(n), round(n), round(n, 1), -round(n)}
    return allowed | set(range(longest + 1)) if counts else allowed


@pytest.fixture(scope="module")
def books(tiny):
    found = notebooks(tiny)
    assert [s[:2] for s in found] == ["01", "02", "03", "04", "05"]
    return found


def test_every_notebook_has_generated_narrative(books):
    for stem, nb in books.items():
        assert generated(nb).strip(), f"{stem}: no narrative displayed with Markdown"
    text = generated(books["01-parse-articles"])
    assert "Harbor Ledger" in text and "Valley Courier" in text and "Northern Post" in text


def test_no_seed_outlet_and_no_seed_figure_in_any_sentence(tiny, books):
    in_tables = allowed_numbers(tiny / "outputs", counts=False)
    seed_only = [f for f in SEED_FIGURES if float(f.replace(",", "")) not in in_tables]
    assert "1,200" in seed_only and "15,000" in seed_only
    for stem, nb in books.items():
        prose = markdown_cells(nb) + "\n" + generated(nb) + "\n" + printed(nb)
        for name in SEED_OUTLETS:
            assert name not in prose, f"{stem} names the seed outlet {name!r}"
        hand = markdown_cells(nb)
        for figure in SEED_FIGURES:
            assert not re.search(rf"(?<![\d,.]){re.escape(figure)}(?![\d,])", hand), \
                f"{stem}: hand-written Markdown states the seed figure {figure}"
        for figure in seed_only:
            assert not re.search(rf"(?<![\d,.]){re.escape(figure)}(?![\d,])", prose), \
                f"{stem}: states the seed-only figure {figure}"


def test_every_number_in_the_narrative_is_in_the_tables(tiny, books):
    allowed = allowed_numbers(tiny / "outputs")
    for stem, nb in books.items():
        text = generated(nb)
        stray = sorted({n for n in numbers(text) if n not in allowed})
        assert not stray, f"{stem}: the narrative states {stray}, which no table of the run holds"


def test_the_narrative_describes_this_run(tiny, books):
    """Counts read off the tables of the run, not the seeds' (5 articles, 100 claims)."""
    out = tiny / "outputs"
    claims = pd.read_csv(out / "claims.csv")
    first = generated(books["01-parse-articles"])
    assert f"read {len(ARTICLES)} articles" in first and f"kept {len(claims)} claims" in first
    head = json.loads((out / "headline.json").read_text(encoding="utf-8"))
    assert head["01-parse-articles"]["claims"] == len(claims)


def test_article_text_cannot_inject_markup():
    docs = pd.DataFrame({"doc_id": ["d1"], "outlet": ["<script>x</script> *bold* [link](u)"], "title": [""]})
    shown = narrative.outlet(docs, "d1")
    assert "<script>" not in shown and "&lt;script&gt;" in shown
    assert "\\*bold\\*" in shown and "\\[link\\]" in shown


def test_the_committed_notebooks_state_only_numbers_their_tables_hold():
    """The same check on the committed run over the seed articles (no new run needed)."""
    root = Path(__file__).resolve().parent.parent
    allowed = allowed_numbers(root / "outputs")
    for stem, nb in notebooks(root).items():
        stray = sorted({n for n in numbers(generated(nb)) if n not in allowed})
        assert not stray, f"{stem}: the narrative states {stray}, which no committed table holds"
