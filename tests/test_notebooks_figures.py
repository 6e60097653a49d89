"""The committed notebooks' shape, the notebook views, parameter checks, and byte-identical figures."""

from __future__ import annotations

import ast

import nbformat
import pytest

from analysis.report import figures
from analysis.report import overview
from analysis.report import params
from analysis.report import plotting
from analysis.estimate import rates
from analysis.reference import table as reference
from analysis.estimate import regions
from analysis.core.paths import NOTEBOOKS, ROOT
from analysis.report.run import notebooks
from conftest import ROOT as TEST_ROOT

FOX = "000_373f1fd59b1e2740"
REQUIRED = {"seeds_dir", "reference_dir", "output_dir", "approx_tolerance"}


@pytest.mark.parametrize("path", notebooks(), ids=lambda p: p.name)
def test_notebook_shape(path):
    nb = nbformat.read(path, as_version=4)
    assert nb.metadata.kernelspec.name == "python3"
    code = [c for c in nb.cells if c.cell_type == "code"]
    tagged = [i for i, c in enumerate(code) if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1, "exactly one cell tagged 'parameters'"
    names = set()
    for stmt in ast.parse(code[tagged[0]].source).body:
        assert isinstance(stmt, ast.Assign) and len(stmt.targets) == 1, "the parameters cell holds assignments only"
        ast.literal_eval(stmt.value)  # literals only: papermill and readers must see plain values
        names.add(stmt.targets[0].id)
    assert REQUIRED <= names
    assert "check(" in code[tagged[0] + 1].source, "the cell after the parameters validates them"
    for cell in code:
        assert not {"papermill", "execution"} & set(cell.metadata), "volatile metadata must be stripped"
        # Every output is deterministic, so strict nbval compares all of them: no cell opts out.
        assert "NBVAL_" not in cell.source, f"{path.name}: a cell opts out of nbval's comparison"
        assert cell.execution_count is not None, f"{path.name}: notebooks are committed executed"
    text = path.read_text(encoding="utf-8")
    assert str(ROOT) not in text and "/tmp/" not in text and "at 0x" not in text


def test_my_notebooks_take_the_region_scheme_where_it_applies():
    for name in ("02-compute-return-rates.ipynb", "03-compare-regions.ipynb"):
        nb = nbformat.read(NOTEBOOKS / name, as_version=4)
        cell = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
        assert 'region_scheme = "report"' in cell.source


def test_claims_per_document_and_views(seed_tables):
    per_doc = overview.claims_per_document(seed_tables.documents, seed_tables.claims)
    measures = [c for c in per_doc.columns if c not in ("outlet", "kind", "n_claims", "n_flagged", "n_unclassified")]
    assert (per_doc[measures].sum(axis=1) == per_doc.n_claims).all()
    mix = overview.measure_mix(per_doc).set_index(per_doc.index)
    # Hand-checked on the seeds: every measure count of the wide table is in the one-column view, largest first.
    for doc, row in per_doc.iterrows():
        parts = [p.split(" ", 1) for p in mix.loc[doc, "by_measure"].split(", ")]
        assert {m: int(n) for n, m in parts} == {m: int(row[m]) for m in measures if row[m]}
        assert [int(n) for n, _ in parts] == sorted((int(n) for n, _ in parts), reverse=True)
    view = overview.quote_view(seed_tables.claims).set_index("claim_id")
    assert "⟦850⟧" in view.loc[f"{FOX}#1335", "quote"]
    assert view.loc[f"{FOX}#1324", "claim"] == "some 425" and view.loc[f"{FOX}#1324", "interval"] == "[382.5, 467.5]"
    flagged = overview.flagged(seed_tables.claims)
    assert f"{FOX}#1929" in set(flagged.claim_id)  # Uzbekistan's "none returned"
    flags = overview.flag_counts(seed_tables.claims).set_index("flag")
    assert flags.loc["zero_from_none", "n_claims"] == 4


def test_article_text_is_escaped_when_shown(seed_tables):
    """Notebook 01 shows quotes as DataFrame cells: markup inside an article must print as text."""
    claim = seed_tables.claims.iloc[[0]].copy()
    claim["quote"] = "<script>alert(1)</script> " + claim.quote
    shift = len("<script>alert(1)</script> ")
    claim["number_start"] += shift
    claim["number_end"] += shift
    html = overview.quote_view(claim)._repr_html_()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>" not in html


def test_parameter_check_sentences(tmp_path):
    ok = dict(seeds_dir="seeds", reference_dir="reference", output_dir=str(tmp_path / "o"),
              figures_dir=str(tmp_path / "f"), approx_tolerance=0.1)
    checked = params.check(**ok, region_scheme="un_m49")
    assert checked.seeds_dir == TEST_ROOT / "seeds" and (tmp_path / "o").is_dir()
    assert checked.settings() == {"approx_tolerance": 0.1, "region_scheme": "un_m49"}
    for change, message in [
        ({"approx_tolerance": "0.1"}, "approx_tolerance must be a number (got '0.1')."),
        ({"approx_tolerance": True}, "approx_tolerance must be a number (got True)."),
        ({"reference_dir": "nowhere"},
         "reference_dir 'nowhere' is not a folder (paths are read from the project root)."),
        ({"output_dir": 3}, "output_dir must be a folder path as text (got 3)."),
    ]:
        with pytest.raises(params.BadParameter) as err:
            params.check(**{**ok, **change})
        assert str(err.value) == message
        assert err.value._render_traceback_() == [f"ParameterError: {message}"]


def draw_all(tables, folder):
    """Every notebook figure, drawn from the seeds and saved into `folder`."""
    ref = reference.load(TEST_ROOT / "reference")
    article, ref_rates = rates.article_rates(tables.claims), rates.reference_rates(ref)
    country = article[article.entity.map(regions.is_country)]
    out = [figures.save(*plotting.return_rates_by_country(country, ref_rates, tables.documents,
                                                           regions.short_names(set(country.entity)),
                                                           regions.primary_region("report")), "country", folder)]
    values = regions.country_values(tables.claims, ref)
    stated = regions.on_scheme(regions.combined_stated(regions.stated_regions(tables.claims, ref)), "report")
    out.append(figures.save(*plotting.departed_returned_by_region(
        regions.member_sums(values, "report"), stated, "report"), "counts", folder))
    out.append(figures.save(*plotting.return_rate_by_region(
        regions.region_rates(values, "report"), regions.stated_region_rates(article, ref_rates, "report"), "report"),
        "rates", folder))
    return out


def test_figures_are_byte_identical_from_run_to_run(seed_tables, tmp_path):
    first = draw_all(seed_tables, tmp_path / "a")
    second = draw_all(seed_tables, tmp_path / "b")
    for a, b in zip(first, second):
        for ext in ("png", "svg", "csv"):
            assert a[ext].read_bytes() == b[ext].read_bytes(), a[ext].name
    svg = first[0]["svg"].read_text(encoding="utf-8")
    assert "<dc:date>" not in svg


def test_figure_csvs_hold_the_plotted_numbers_with_provenance(seed_tables, tmp_path):
    import pandas as pd

    country, counts, region_rates = draw_all(seed_tables, tmp_path)
    c = pd.read_csv(country["csv"], keep_default_na=False)
    gbr = c[(c.entity == "GBR") & (c.series == "Fox News") & (c.kind == "computed")].iloc[0]
    assert (gbr.rate, gbr.rate_low, gbr.rate_high, gbr.claim_ids) == (50.0, 45.0, 55.0, f"{FOX}#1324;{FOX}#1335")
    assert c[c.series == "Reference"].ref_ids.str.startswith("soufan2017_").all()
    k = pd.read_csv(counts["csv"], keep_default_na=False)
    na = k[(k.label == "North America") & (k.measure == "departed")].set_index("series")
    # The seeds give the United States only: the reference is drawn over it (129) and over both members (309).
    assert na.loc["Articles: sum over the member countries they give", ["value", "note"]].tolist() == [
        129.0, "United States"]
    assert na.loc["Reference: the same countries", ["value", "note"]].tolist() == [129.0, ""]
    assert na.loc["Reference: all member countries with a figure", ["value", "note"]].tolist() == [
        309.0, "Canada, United States"]
    assert na.loc["Reference: figure for the region", ["value", "ids"]].tolist() == [
        439.0, "soufan2017_aggregates.csv:12"]
    r = pd.read_csv(region_rates["csv"], keep_default_na=False)
    assert (r.ids != "").all()


def test_region_chart_draws_the_reference_once_when_the_articles_give_all_its_countries(tmp_path):
    """Articles giving both North American members: the reference over 'the same countries' is the
    reference over all its members, so the chart draws it once, not twice."""
    import pandas as pd

    rows = [("reference", "USA", "departed", 129, "r1"), ("reference", "USA", "returned", 7, "r2"),
            ("reference", "CAN", "departed", 180, "r3"), ("reference", "CAN", "returned", 60, "r4"),
            ("articles", "USA", "departed", 129, "c1"), ("articles", "USA", "returned", 7, "c2"),
            ("articles", "CAN", "departed", 180, "c3"), ("articles", "CAN", "returned", 60, "c4")]
    values = pd.DataFrame([{"source": s, "entity": e, "measure": m, "value": float(v), "value_low": float(v),
                            "value_high": float(v), "ids": i, "status": "x"} for s, e, m, v, i in rows])
    empty = pd.DataFrame(columns=["region", "measure", "source", "ids", "stated", "stated_low", "stated_high",
                                  "basis", "label"])
    _, data = plotting.return_rate_by_region(regions.region_rates(values, "report"), empty, "report")
    assert sorted(data.series) == ["Articles: sum over the member countries they give", "Reference: the same countries"]
    assert data.set_index("series").rate.round(2).tolist() == [round(6700 / 309, 2)] * 2
    _, sums = plotting.departed_returned_by_region(regions.member_sums(values, "report"), empty, "report")
    assert set(sums.series) == {"Articles: sum over the member countries they give", "Reference: the same countries"}
