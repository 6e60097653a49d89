"""Reviewer corrections (analysis.review.corrections) and the notebooks as a DAG (analysis.report.inputs).

One run of the whole notebook sequence with a corrections file, into a temporary folder: the corrected value
must reach the claims, the rates, the regions, the findings, the figures and the HTML pages; stale lines are
reported and left out; a rejected claim stays in the table. Bad files stop before any notebook runs.
"""

from __future__ import annotations

import json

import pandas as pd
import pytest

from analysis.cli import main as cli
from analysis.core.errors import AnalysisError
from analysis.core.paths import NOTEBOOKS, ROOT
from analysis.report import params, run
from analysis.review import corrections

FOX, FFT = "000_373f1fd59b1e2740", "002_dbe633c960fd5e3f"
HEADER = "claim_id,quote,entity,measure,value,reject,note\n"
#: France returned: Fox's "271 back" corrected to 217; a stale quote; a claim that does not exist; a reject.
LINES = [f"{FOX}#1635,271 back,,,217,,misread on purpose for the test",
         f'{FOX}#1624,"France at 1,901",,,1901,,the reviewer read another text',
         f"{FOX}#99999,nothing,,,5,,no such claim",
         f"{FOX}#4309,approximately 40 died,,,,yes,not a count of fighters"]


def write(tmp_path, *lines, header=HEADER, name="corrections.csv"):
    path = tmp_path / name
    path.write_text(header + "".join(line + "\n" for line in lines), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def corrected_run(tmp_path_factory):
    """The four notebooks run with the corrections above into a temporary folder."""
    base = tmp_path_factory.mktemp("corrected")
    path = write(base, *LINES)
    code = cli.main(["run", "-q", "--param", f"corrections_file={path}", "--output-dir", str(base / "run")])
    assert code == 0
    return base / "run"


def read(out, name):
    return pd.read_csv(out / name, keep_default_na=False)


def claim(out, claim_id):
    claims = pd.read_parquet(out / "outputs" / "claims.parquet").set_index("claim_id")
    return claims.loc[claim_id]


def test_a_correction_reaches_the_claims_table(corrected_run):
    row = claim(corrected_run, f"{FOX}#1635")
    assert (row.value, row.value_low, row.value_high) == (217.0, 217.0, 217.0)
    assert (row.corrected, row.correction_note) == ("corrected", "misread on purpose for the test")
    assert (row.original_entity, row.original_measure, row.original_value) == ("FRA", "returned", 271.0)
    assert "corrected" in row["flags"].split(";") and row.quote == "271 back"
    untouched = claim(corrected_run, f"{FFT}#1285")
    assert untouched.value == 271.0 and untouched.corrected == "" and pd.isna(untouched.original_value)


def test_a_correction_reaches_every_downstream_output(corrected_run):
    outputs, figures = corrected_run / "outputs", corrected_run / "figures"
    rates = read(outputs, "return_rates.csv")
    fox = rates[(rates.entity == "FRA") & (rates.doc_id == FOX) & (rates.kind == "computed")].iloc[0]
    assert (float(fox.returned), fox.rate) == (217.0, 11.3613)
    headline = json.loads((outputs / "headline.json").read_text(encoding="utf-8"))
    assert headline["02-compute-return-rates"]["best_estimate"]["FRA"]["low"] == 11.3613
    assert headline["01-parse-articles"]["corrections"] == {"applied": 2, "stale_quote": 1, "unknown_claim": 1}
    findings = read(outputs, "discrepancies.csv")
    typo = findings[(findings.entity == "FRA") & (findings.measure == "returned") & (findings.kind == "likely_typo")]
    assert list(typo["values"]) == ["217 vs 271"] and f"{FOX}#1635" in typo.claim_ids.iloc[0]
    assert f"{FOX}#1635" in read(outputs, "region_sums.csv").to_csv()
    plotted = read(figures, "02-return-rates-by-country.csv")
    assert (plotted.claim_ids.str.contains(f"{FOX}#1635") & (plotted.rate == 11.3613)).any()
    assert "217 of 1,910" in (outputs / "html" / "02-compute-return-rates.html").read_text(encoding="utf-8")


def test_stale_and_unknown_corrections_are_reported_not_applied(corrected_run):
    report = read(corrected_run / "outputs", "corrections_report.csv")
    assert list(report.status) == ["applied", "stale_quote", "unknown_claim", "applied"]
    assert list(report.line) == [2, 3, 4, 5]
    assert report.current_quote[1] == "France at 1,910" and report.current_quote[2] == ""
    stale = claim(corrected_run, f"{FOX}#1624")
    assert stale.value == 1910.0 and stale.corrected == "" and "corrected" not in stale["flags"]
    notebook = (corrected_run / "notebooks" / "01-parse-articles.ipynb").read_text(encoding="utf-8")
    assert f"WARNING: correction on line 3 ({FOX}#1624) was not applied" in notebook
    assert f"WARNING: correction on line 4 ({FOX}#99999) was not applied" in notebook


def test_a_rejected_claim_is_kept_and_flagged(corrected_run, seed_tables):
    row = claim(corrected_run, f"{FOX}#4309")
    assert (row.measure, row.corrected, row.original_measure) == ("unclassified", "rejected", "killed")
    assert "rejected" in row["flags"].split(";") and row.value == 40.0
    claims = pd.read_parquet(corrected_run / "outputs" / "claims.parquet")
    assert list(claims.claim_id) == list(seed_tables.claims.claim_id)  # nothing dropped, nothing added


def test_apply_changes_entity_and_measure_with_their_unit_and_interval(seed_tables):
    c = corrections.Correction(2, f"{FOX}#1308", "closer to half", entity="FRA", measure="returned", value=400)
    claims, report = corrections.apply(seed_tables.claims, [c], 0.1)
    row = claims.set_index("claim_id").loc[f"{FOX}#1308"]
    assert (row.entity, row.entity_type, row.measure, row.unit, row.value) == ("FRA", "country", "returned",
                                                                              "people", 400.0)
    assert (row.value_low, row.value_high) == (360.0, 440.0)  # "closer to" is approximate: ±10 %
    assert (row.original_entity, row.original_measure, row.original_value) == ("GBR", "return_share", 50.0)
    assert list(report.status) == ["applied"]
    unchanged, empty = corrections.apply(seed_tables.claims, [], 0.1)
    assert unchanged.equals(seed_tables.claims) and empty.empty


def test_whitespace_in_the_quote_does_not_make_it_stale(seed_tables):
    quote = "roughly one in five of the aspiring American foreign fighters had been killed"
    c = corrections.Correction(2, f"{FOX}#2501", quote, value=25)
    _, report = corrections.apply(seed_tables.claims, [c], 0.1)
    assert list(report.status) == ["applied"]


@pytest.mark.parametrize("header, line, message", [
    (HEADER.replace("reject", "rejected"), f"{FOX}#1635,271 back,,,217,,x",
     "line 1, column rejected: unknown column; the columns are claim_id, quote, entity, measure, value, reject, note"),
    ("claim_id,value\n", f"{FOX}#1635,217", "line 1, column quote: required column missing"),
    (HEADER, f"{FOX}#1635,271 back,,departures,,,x",
     "line 2, column measure: 'departures' is not a codebook measure (one of departed, "),
    (HEADER, f"{FOX}#1635,271 back,,,about 217,,x", "line 2, column value: 'about 217' is not a number"),
    (HEADER, f"{FOX}#1635,271 back,,,-5,,x", "line 2, column value: '-5' is not a finite number of at least 0"),
    (HEADER, f"{FOX}#1635,271 back,Ruritania,,,,x", "line 2, column entity: 'Ruritania' is not a gazetteer key"),
    (HEADER, f"{FOX}#1635,271 back,,,,maybe,x", "line 2, column reject: must be yes or empty (got 'maybe')"),
    (HEADER, f"{FOX}#1635,271 back,,returned,,yes,x",
     "line 2, column reject: a rejected claim takes no new entity, measure or value"),
    (HEADER, f"{FOX}#1635,,,,217,,x", "line 2, column quote: is empty"),
    (HEADER, f"{FOX}#1635,271 back,,,,,x", "line 2, column entity: the line changes nothing"),
    (HEADER, f"{FOX}#1635,271 back,,,217,,x\n{FOX}#1635,271 back,,,218,,y",
     f"line 3, column claim_id: '{FOX}#1635' is already corrected on line 2"),
    (HEADER, f"{FOX}#1635,271 back,,,217", "line 2: has 5 cells, the header has 7"),
])
def test_bad_files_give_one_line_naming_file_line_and_column(tmp_path, header, line, message):
    path = write(tmp_path, line, header=header, name="bad.csv")
    with pytest.raises(corrections.CorrectionsError) as err:
        corrections.load(path)
    text = str(err.value)
    assert "\n" not in text and text.startswith("bad.csv: ") and message in text


def test_a_bad_file_stops_the_run_before_any_notebook(tmp_path, capsys):
    path = write(tmp_path, f"{FOX}#1635,271 back,,,two hundred,,x", name="bad.csv")
    out = tmp_path / "run"
    assert cli.main(["run", "--param", f"corrections_file={path}", "--output-dir", str(out)]) == 2
    assert capsys.readouterr().err == "error: bad.csv: line 2, column value: 'two hundred' is not a number\n"
    assert not (out / "notebooks").exists()


def test_a_missing_file_is_an_error_unless_it_is_the_default(tmp_path, capsys):
    out = tmp_path / "run"
    assert cli.main(["run", "--param", "corrections_file=no/such.csv", "--output-dir", str(out)]) == 2
    assert capsys.readouterr().err == ("error: no/such.csv: corrections file not found "
                                       "(paths are read from the project root)\n")
    if not (ROOT / corrections.DEFAULT_FILE).exists():
        ok = dict(seeds_dir="seeds", reference_dir="reference", output_dir=str(tmp_path / "o"),
                  figures_dir=str(tmp_path / "f"), approx_tolerance=0.1)
        checked = params.check(**ok, corrections_file=corrections.DEFAULT_FILE)
        assert checked.corrections == () and "no such file: no corrections" in checked.describe()


def test_a_notebook_whose_input_is_missing_says_which_notebook_writes_it(tmp_path):
    """Notebook 02 run on its own into an empty folder: one sentence naming the file and notebook 01."""
    folder = tmp_path / "empty"
    with pytest.raises(AnalysisError) as err:
        run.execute(NOTEBOOKS / "02-compute-return-rates.ipynb",
                    {"output_dir": str(folder), "figures_dir": str(folder / "figures")}, progress=False)
    assert str(err.value) == (f"02-compute-return-rates.ipynb: {folder / 'claims.parquet'} is missing; notebook "
                              "01-parse-articles writes it: run that notebook first (python -m analysis run runs "
                              "them in order).")
