"""`python -m analysis run`: the notebooks under papermill with non-default parameters, and bad parameters."""

from __future__ import annotations

import json
import os
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from analysis.cli import main as cli
from analysis.report import run
from analysis.core.outputs import write_text
from analysis.core.errors import AnalysisError, ParameterError
from analysis.core.paths import FIGURES, NOTEBOOKS, OUTPUTS, ROOT, SEEDS

FOX, FFT = "000_373f1fd59b1e2740", "002_dbe633c960fd5e3f"
NON_DEFAULT = ["region_scheme=un_m49", "approx_tolerance=0.2"]


def committed_bytes() -> dict:
    files = [*NOTEBOOKS.glob("*.ipynb"), *FIGURES.glob("*"), *OUTPUTS.glob("*.*"), *SEEDS.glob("*")]
    return {f: f.read_bytes() for f in sorted(files) if f.is_file()}


def tree_bytes(folder) -> dict:
    """Every file under `folder` (relative path -> bytes)."""
    return {f.relative_to(folder).as_posix(): f.read_bytes() for f in sorted(folder.rglob("*")) if f.is_file()}


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    """One run of every notebook with region_scheme=un_m49 and approx_tolerance=0.2 into a temporary folder."""
    out = tmp_path_factory.mktemp("un")
    before = committed_bytes()
    written = run.run(NON_DEFAULT, out, progress=False, log=lambda *a, **k: None)
    return out, before, written


@pytest.fixture(scope="module")
def headline(batch):
    out, _, _ = batch
    return json.loads((out / "outputs" / "headline.json").read_text(encoding="utf-8"))


def test_every_numbered_notebook_ran_into_the_folder(batch):
    out, _, written = batch
    names = [p.name for p in run.notebooks()]
    assert names[:3] == ["01-parse-articles.ipynb", "02-compute-return-rates.ipynb", "03-compare-regions.ipynb"]
    assert [p.name for p in written] == names
    for name in names:
        assert (out / "notebooks" / name).is_file()
        assert (out / "outputs" / "html" / name.replace(".ipynb", ".html")).is_file()


def test_the_committed_files_and_the_seeds_are_untouched(batch):
    _, before, _ = batch
    assert any(f.parent == SEEDS for f in before)
    assert committed_bytes() == before


def test_a_second_run_gives_the_same_bytes(batch):
    """The same command again into the same folder: tables, figures (PNG, SVG, CSV), JSON, executed notebooks
    and HTML are byte-identical."""
    out, _, _ = batch
    first = tree_bytes(out)
    run.run(NON_DEFAULT, out, progress=False, log=lambda *a, **k: None)
    second = tree_bytes(out)
    assert len(first) >= 40 and sorted(first) == sorted(second)
    assert [name for name in first if first[name] != second[name]] == []


def _fail_in_03(real):
    def execute(path, *args, **kwargs):
        if path.name.startswith("03"):
            raise AnalysisError(f"{path.name}: cell 5 failed with RuntimeError: injected failure")
        return real(path, *args, **kwargs)
    return execute


def _fail_in_04_html(real):
    def to_html(nb, name):
        if name.startswith("04"):
            raise OSError(28, "No space left on device: injected failure")
        return real(nb, name)
    return to_html


@pytest.mark.parametrize("where, inject", [("execute", _fail_in_03), ("to_html", _fail_in_04_html)])
def test_a_run_that_fails_midway_puts_everything_back(batch, monkeypatch, capsys, where, inject):
    """A failure injected in notebook 03, or in writing 04's HTML after 04's notebook was written, once the
    earlier notebooks had rewritten their tables and figures with other parameters: every file is as before,
    and the one-line message says what failed."""
    out, _, _ = batch
    before = tree_bytes(out)
    written = []

    def noting(text, path):
        written.append(Path(path).name)
        return write_text(text, path)

    monkeypatch.setattr(run, where, inject(getattr(run, where)))
    monkeypatch.setattr(run, "write_text", noting)
    code = cli.main(["run", "-q", "--param", "approx_tolerance=0.3", "--output-dir", str(out)])
    assert code == 2
    err = capsys.readouterr().err
    assert "injected failure" in err and "Traceback" not in err and run.PUT_BACK in err
    assert "01-parse-articles.ipynb" in written  # the first notebook had been rewritten...
    assert tree_bytes(out) == before  # ...and was put back, with every table and figure


def test_parse_headline_and_tables(batch, headline):
    out, _, _ = batch
    h = headline["01-parse-articles"]
    claims = pd.read_csv(out / "outputs" / "claims.csv", keep_default_na=False)
    assert h["settings"] == {"approx_tolerance": 0.2}
    assert h["documents"] == 5 and h["claims"] == len(claims) == sum(h["claims_per_document"].values())
    assert h["claims_per_measure"]["return_share"] == 8
    parquet = pd.read_parquet(out / "outputs" / "claims.parquet")
    assert list(parquet.claim_id) == list(claims.claim_id)
    # The tolerance reached the extraction: "some 425" is now [340, 510].
    gbr = claims.set_index("claim_id").loc[f"{FOX}#1324"]
    assert (gbr.value_low, gbr.value_high) == (340.0, 510.0)
    assert (out / "outputs" / "data_dictionary.md").read_text(encoding="utf-8").startswith("# Data dictionary")


def test_rates_headline_under_a_wider_tolerance(headline):
    h = headline["02-compute-return-rates"]
    assert h["settings"] == {"approx_tolerance": 0.2, "region_scheme": "un_m49"}
    best = h["best_estimate"]
    # Jordan: Fox's "around 250" of 3,000 is [200, 300] / 3,000 with t = 0.2; its copy adds no precision.
    assert (best["JOR"]["rate"], best["JOR"]["low"], best["JOR"]["high"]) == (8.3333, 6.6667, 10.0)
    assert (best["GBR"]["rate"], best["GBR"]["n_documents"], best["GBR"]["n_independent"]) == (50.0, 3, 2)
    # The reference's "about 30 percent" for the EU is [24, 36] with t = 0.2, so "a quarter" now fits inside it.
    assert (best["EU"]["rate"], best["EU"]["reference_rate"], best["EU"]["overlaps_reference"]) == (25.0, 30.0, True)
    assert best["UZB"]["rate"] is None and best["UZB"]["status"] == "not estimated: rests on 'none' only"


def test_regions_headline_under_un_m49(headline):
    h = headline["03-compare-regions"]
    assert h["region_scheme"] == "un_m49" and h["settings"]["region_scheme"] == "un_m49"
    assert h["regions"]["Central Asia"]["departed_reference_sum"] == 4200.0
    assert h["regions"]["Northern America"]["departed_reference_sum"] == 309.0
    stated = {(s["region"], s["measure"], s["source"]): s for s in h["stated_vs_members"]}
    # "around 5,000" allows [4,000, 6,000] with t = 0.2, which reaches the members' 4,200;
    # the copy's bare "5,000" does not.
    assert stated[("CENTRAL_ASIA", "departed", FOX)]["consistent"] is True
    assert stated[("CENTRAL_ASIA", "departed", FFT)]["consistent"] is False
    assert stated[("NORTH_AMERICA", "departed", "reference")]["gap"] == 130.0


def test_figures_carry_their_provenance(batch):
    out, _, _ = batch
    for name in ("02-return-rates-by-country", "03-departed-returned-by-region", "03-return-rate-by-region"):
        for ext in ("png", "svg", "csv"):
            assert (out / "figures" / f"{name}.{ext}").stat().st_size > 0
    country = pd.read_csv(out / "figures" / "02-return-rates-by-country.csv", keep_default_na=False)
    assert ((country.claim_ids != "") | (country.ref_ids != "")).all()
    assert set(country.region) >= {"Central Asia", "Northern Europe"}  # grouped by UN M49 sub-region
    for name in ("03-departed-returned-by-region", "03-return-rate-by-region"):
        plotted = pd.read_csv(out / "figures" / f"{name}.csv", keep_default_na=False)
        assert (plotted.ids != "").all()


def test_executed_notebooks_are_clean(batch):
    out, _, _ = batch
    for path in sorted((out / "notebooks").glob("*.ipynb")):
        text = path.read_text(encoding="utf-8")
        nb = nbformat.reads(text, as_version=4)
        assert nb.metadata.kernelspec.name == "python3"
        assert set(nb.metadata.get("papermill", {})) <= {"parameters"}
        for cell in nb.cells:
            assert not {"papermill", "execution"} & set(cell.metadata), (path.name, cell.id)
        injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
        assert [c.id for c in injected] == ["injected-parameters"]
        assert f'"{out}' not in text and str(ROOT) not in text  # no absolute path of this machine
        assert "at 0x" not in text


def test_bad_value_is_one_sentence_before_anything_runs(tmp_path, capsys):
    assert cli.main(["run", "--param", "region_scheme=continents", "--output-dir", str(tmp_path)]) == 2
    assert capsys.readouterr().err == "error: region_scheme must be one of report, un_m49 (got 'continents').\n"
    assert not (tmp_path / "notebooks").exists()


@pytest.mark.parametrize("param, message", [
    ("approx_tolerance=abc", "error: approx_tolerance must be a number (got 'abc').\n"),
    ("approx_tolerance=1.5", "error: approx_tolerance must be at least 0 and below 1 (got 1.5).\n"),
    ("seeds_dir=no/such/folder",
     "error: seeds_dir 'no/such/folder' is not a folder (paths are read from the project root).\n"),
    ("tolerance", "error: --param expects name=value (got 'tolerance').\n"),
])
def test_bad_parameters(tmp_path, capsys, param, message):
    assert cli.main(["run", "--param", param, "--output-dir", str(tmp_path)]) == 2
    assert capsys.readouterr().err == message


def test_unknown_parameter(tmp_path, capsys):
    assert cli.main(["run", "--param", "colour=red", "--output-dir", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: unknown parameter 'colour'; the notebooks take: ") and "region_scheme" in err
    assert err.count("\n") == 1


def test_params_need_an_output_folder(capsys):
    assert cli.main(["run", "--param", "region_scheme=un_m49"]) == 2
    assert capsys.readouterr().err.startswith("error: --param changes the results, so it needs --output-dir DIR")
    assert cli.main(["run", "--output-dir", str(ROOT)]) == 2
    assert "would overwrite the committed files" in capsys.readouterr().err


def test_the_notebook_itself_stops_on_a_bad_value(tmp_path):
    """Plain papermill, no runner check first: the notebook's own check cell stops it with the sentence."""
    rel = os.path.relpath(tmp_path, ROOT)
    with pytest.raises(ParameterError, match=r"^region_scheme must be one of report, un_m49 \(got 'continents'\)\.$"):
        run.execute(NOTEBOOKS / "03-compare-regions.ipynb",
                    {"region_scheme": "continents", "output_dir": rel, "figures_dir": rel}, progress=False)
    assert list(tmp_path.iterdir()) == []


def test_clean_removes_what_changes_between_runs():
    nb = nbformat.v4.new_notebook()
    nb.metadata["papermill"] = {"start_time": "2017-10-27T10:00:00", "duration": 3.2, "input_path": "/x.ipynb",
                                "parameters": {"region_scheme": "un_m49"}}
    cell = nbformat.v4.new_code_cell("x = 1")
    cell.metadata.update({"papermill": {"duration": 0.1}, "execution": {"iopub.execute_input": "2017"},
                          "tags": ["injected-parameters"]})
    nb.cells = [cell]
    out = run.clean(nb, {"region_scheme": "un_m49"})
    assert out.metadata.papermill == {"parameters": {"region_scheme": "un_m49"}}
    assert out.metadata.kernelspec["name"] == "python3"
    assert dict(out.cells[0].metadata) == {"tags": ["injected-parameters"]} and out.cells[0].id == "injected-parameters"


def test_a_print_split_into_two_stream_messages_is_written_as_one():
    """The kernel may send "text" and "\\n" of one print as two messages; written notebooks must not depend on it."""
    outs = [{"output_type": "stream", "name": "stdout", "text": "5 articles"},
            {"output_type": "stream", "name": "stdout", "text": "\n"},
            {"output_type": "stream", "name": "stderr", "text": "warning\n"}]
    assert run.merged_streams(outs) == [{"output_type": "stream", "name": "stdout", "text": "5 articles\n"},
                                        {"output_type": "stream", "name": "stderr", "text": "warning\n"}]
