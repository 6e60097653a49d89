"""Hand-off files: the workbook, the wide CSVs, datapackage.json and editable SVG text.

write_handoff runs on a copy of the committed tables; each file is read back
with an independent reader (openpyxl, frictionless, pandas) and checked
against the CSVs it was made from.
"""

from __future__ import annotations

import json
import shutil
import time

import pandas as pd
import pytest

from conftest import ROOT
from analysis.report import handoff

OUTPUTS = ROOT / "outputs"
FOX, AT, FFT = "000_373f1fd59b1e2740", "001_34ec490439a3ef6d", "002_dbe633c960fd5e3f"


def copy_tables(folder):
    """The committed outputs' top-level CSVs (the tables a run wrote), nothing the hand-off writes."""
    folder.mkdir(parents=True)
    for path in sorted(OUTPUTS.glob("*.csv")):
        shutil.copyfile(path, folder / path.name)
    return folder


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    out = copy_tables(tmp_path_factory.mktemp("handoff") / "outputs")
    return out, handoff.write_handoff(out, ROOT / "figures")


def text_table(path):
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def test_every_hand_off_file_is_written(written):
    out, paths = written
    names = {p.relative_to(out).as_posix() for p in paths}
    assert {"coverage_tables.xlsx", "datapackage.json", "wide/departed.csv", "wide/returned.csv",
            "wide/sources.csv"} <= names
    assert all(p.is_file() and p.stat().st_size for p in paths)


# --- workbook ------------------------------------------------------------------------------------------------

def same_cell(cell, text: str) -> bool:
    """A spreadsheet cell holds the CSV text: the same number, the same text, or nothing for an empty cell."""
    if text == "":
        return cell is None
    if isinstance(cell, bool):
        return str(cell) == text
    if isinstance(cell, (int, float)):
        return float(text) == cell
    return cell == text


def test_every_sheet_holds_its_csv_cell_for_cell(written):
    from openpyxl import load_workbook

    out, _ = written
    wb = load_workbook(out / "coverage_tables.xlsx", read_only=True)
    assert wb.sheetnames == ["README", *handoff.SHEETS]
    for sheet, table in handoff.SHEETS.items():
        csv = text_table(out / f"{table}.csv")
        rows = list(wb[sheet].iter_rows(values_only=True))
        assert list(rows[0]) == list(csv.columns), sheet
        assert len(rows) - 1 == len(csv), sheet
        for got, want in zip(rows[1:], csv.itertuples(index=False)):
            assert all(same_cell(g, w) for g, w in zip(got, want)), (sheet, got, want)


def test_numbers_are_numbers_and_open_ends_are_marked(written):
    from openpyxl import load_workbook

    out, _ = written
    claims = load_workbook(out / "coverage_tables.xlsx", read_only=True)["claims"]
    header, first = [row for row, _ in zip(claims.iter_rows(values_only=True), range(2))]
    row = dict(zip(header, first))
    assert row["value"] == 40000 and not isinstance(row["value"], str) and row["value_high"] == "inf"
    assert isinstance(row["start"], int)


def test_readme_sheet_describes_every_sheet_and_column(written):
    from openpyxl import load_workbook

    out, _ = written
    readme = list(load_workbook(out / "coverage_tables.xlsx", read_only=True)["README"].iter_rows(values_only=True))
    described = {(r[0], r[1]): r[3] for r in readme if len(r) > 3 and r[0] and r[1]}
    for sheet, table in handoff.SHEETS.items():
        for column in text_table(out / f"{table}.csv").columns:
            assert described.get((sheet, column)), f"README sheet: no description of {sheet}.{column}"
    assert described[("measure", "departed")].startswith("People who travelled")
    assert any(r[0] == "figures" and r[1] == "02-return-rates-by-country.svg" for r in readme)


def test_workbook_bytes_do_not_depend_on_the_clock(written, tmp_path, monkeypatch):
    out, _ = written
    first = (out / "coverage_tables.xlsx").read_bytes()
    later = copy_tables(tmp_path / "outputs")
    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() + 400 * 86400)  # zip entries would carry this date
    handoff.write_workbook(later, ROOT / "figures")
    monkeypatch.undo()
    assert (later / "coverage_tables.xlsx").read_bytes() == first


def test_formula_text_stays_text_and_control_characters_are_replaced(tmp_path):
    from openpyxl import load_workbook

    out = copy_tables(tmp_path / "outputs")
    docs = text_table(out / "documents.csv")
    docs.loc[0, "title"] = '=HYPERLINK("http://example.invalid","click")'
    docs.loc[1, "title"] = "bell\x07here"
    docs.to_csv(out / "documents.csv", index=False)
    handoff.write_workbook(out, ROOT / "figures")
    sheet = load_workbook(out / "coverage_tables.xlsx")["documents"]
    title = [c.value for c in sheet[1]].index("title") + 1
    formula, bell = sheet.cell(2, title), sheet.cell(3, title)
    assert formula.data_type == "s" and formula.value.startswith("=HYPERLINK")
    assert bell.value == "bell\ufffdhere"


# --- wide CSVs -----------------------------------------------------------------------------------------------

def test_wide_cells_are_the_claims_as_stated(written):
    out, _ = written
    departed = text_table(out / "wide" / "departed.csv").set_index("entity")
    assert list(departed.columns[:3]) == ["name", "reference", "reference qualifier"]
    assert departed.loc["GBR", "reference"] == "850" and departed.loc["GBR", "Fox News"] == "850"
    assert (departed.loc["CENTRAL_ASIA", "Fox News"], departed.loc["CENTRAL_ASIA", "Fox News qualifier"]) == \
        ("5000", "around")
    assert departed.loc["CENTRAL_ASIA", "reference"] == "4200"
    assert departed.loc["AUS", ["reference", "reference qualifier"]].tolist() == ["165", "more than"]
    share = text_table(out / "wide" / "return_share.csv").set_index("entity")
    assert share.loc["WORLD", ["name", "Fox News", "Fox News qualifier"]].tolist() == ["World", "15", "about"]
    assert share.loc["WORLD", "American Thinker (blog) qualifier"] == "approximately"


def test_every_wide_cell_comes_from_a_claim_of_that_document(written):
    out, _ = written
    claims = text_table(out / "claims.csv")
    given = {(r.doc_id, r.entity, r.measure, float(r.value), r.qualifier) for r in claims.itertuples()}
    columns = text_table(out / "wide" / "sources.csv").set_index("column").doc_id.drop("reference")
    checked = 0
    for path in sorted((out / "wide").glob("*.csv")):
        if path.name == "sources.csv":
            continue
        wide = text_table(path)
        for label in columns.index.intersection(wide.columns):
            for entity, value, qualifier in zip(wide.entity, wide[label], wide[f"{label} qualifier"]):
                if value:
                    assert (columns[label], entity, path.stem, float(value), qualifier) in given, \
                        (path.name, label, entity)
                    checked += 1
    assert checked > 50


def test_columns_are_named_by_outlet_never_by_file(written):
    out, _ = written
    doc_ids = set(text_table(out / "documents.csv").doc_id)
    for path in sorted((out / "wide").glob("*.csv")):
        header = text_table(path).columns if path.name != "sources.csv" else text_table(path).column
        assert not any(d in h or ".txt" in h for d in doc_ids for h in header), path.name
    index = text_table(out / "wide" / "sources.csv").set_index("column")
    assert index.loc["Fox News", "doc_id"] == FOX and index.loc["Fighting for Trump (blog)", "doc_id"] == FFT


def test_untitled_and_same_outlet_documents_get_distinct_labels():
    docs = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "outlet": ["", "Daily", "Daily", "Daily"],
                         "title": ["", "", "", ""], "kind": ["", "", "", ""],
                         "published": ["", "2017-10-01", "2017-10-02", "2017-10-02"]})
    assert handoff.source_labels(docs) == {"a": "Untitled article 1", "b": "Daily", "c": "Daily (2017-10-02)",
                                           "d": "Daily 2"}


def test_a_wide_table_from_an_earlier_run_is_removed(tmp_path):
    out = copy_tables(tmp_path / "outputs")
    (out / "wide").mkdir()
    (out / "wide" / "old_measure.csv").write_text("entity\nX\n", encoding="utf-8")
    handoff.write_wide(out)
    assert not (out / "wide" / "old_measure.csv").exists() and (out / "wide" / "departed.csv").exists()


# --- datapackage.json ----------------------------------------------------------------------------------------

def test_datapackage_is_valid_and_lists_every_csv(written):
    from frictionless import validate

    out, _ = written
    path = out / "datapackage.json"
    report = validate(str(path))
    assert report.valid, report.flatten(["title", "note"])[:5]
    package = json.loads(path.read_text(encoding="utf-8"))
    listed = {r["path"] for r in package["resources"]}
    assert listed == {p.relative_to(out).as_posix() for p in out.rglob("*.csv")}
    assert all(not p.startswith(("/", "..")) for p in listed)
    assert path.read_text(encoding="utf-8") == json.dumps(package, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def test_datapackage_fields_carry_types_descriptions_and_keys(written):
    out, _ = written
    resources = {r["name"]: r for r in json.loads((out / "datapackage.json").read_text(encoding="utf-8"))["resources"]}
    for name, res in resources.items():
        missing = [f["name"] for f in res["schema"]["fields"] if not f.get("description")]
        assert not missing, f"{name}: no description for {missing} (add it to analysis/report/catalog.py)"
    claims = {f["name"]: f for f in resources["claims"]["schema"]["fields"]}
    assert (claims["value"]["type"], claims["start"]["type"], claims["number_text"]["type"]) == \
        ("number", "integer", "string")
    assert claims["value_high"]["description"] == "Upper end of that interval; `inf` for 'at least' / 'more than'."
    assert resources["claims"]["schema"]["primaryKey"] == ["claim_id"]
    assert resources["citations"]["schema"]["primaryKey"] == ["entity", "measure"]
    assert resources["wide-departed"]["schema"]["primaryKey"] == ["entity"]


def test_frictionless_catches_a_claim_of_an_unknown_document(written, tmp_path):
    """The validation is not a formality: a broken foreign key makes the package invalid."""
    from frictionless import validate

    out, _ = written
    broken = tmp_path / "outputs"
    shutil.copytree(out, broken)
    claims = text_table(broken / "claims.csv")
    claims.loc[0, "doc_id"] = "no_such_document"
    claims.to_csv(broken / "claims.csv", index=False)
    report = validate(str(broken / "datapackage.json"))
    assert not report.valid and [e[0] for e in report.flatten(["type"])] == ["foreign-key"]


# --- SVG and the committed copies ----------------------------------------------------------------------------

def test_svg_text_is_editable_text(tmp_path):
    import matplotlib.pyplot as plt

    from analysis.report import figures

    fig, ax = plt.subplots()
    ax.bar(["Belgium", "France"], [1, 2])
    ax.set_title("Returned fighters by country")
    saved = figures.save(fig, pd.DataFrame({"x": [1]}), "bars", tmp_path)
    svg = saved["svg"].read_text(encoding="utf-8")
    assert "<text" in svg and "Returned fighters by country" in svg and "Belgium" in svg
    assert "<dc:date>" not in svg


def test_committed_hand_off_files_are_current(written):
    """outputs/ holds what write_handoff writes from the committed tables (`python -m analysis run` rewrites them,
    as does `python -m analysis.report.handoff`)."""
    out, paths = written
    for path in paths:
        rel = path.relative_to(out)
        assert (OUTPUTS / rel).is_file() and (OUTPUTS / rel).read_bytes() == path.read_bytes(), \
            f"outputs/{rel.as_posix()} is stale: run python -m analysis.report.handoff"
    stale = {p.name for p in (OUTPUTS / "wide").glob("*.csv")} - {p.name for p in (out / "wide").glob("*.csv")}
    assert not stale, f"outputs/wide/ holds tables no longer written: {sorted(stale)}"


def test_ids_stay_text_and_other_columns_take_the_type_of_their_cells():
    pairs = pd.DataFrame({"doc_a": ["1", "2"], "n_passages": ["3", "10"], "coverage_a": ["0.5", ""],
                          "explanation": ["", ""], "score": ["", ""]})
    assert handoff.field_types("discrepancies_copy_pairs", pairs) == {
        "doc_a": "string", "n_passages": "integer", "coverage_a": "number", "explanation": "string",
        "score": "string"}
    assert handoff.field_types("discrepancies", pairs[["score"]]) == {"score": "number"}
    assert handoff.infer_type(pd.Series(["007", "12"])) == "string"


def test_a_folder_without_the_claims_is_refused_in_one_sentence(tmp_path):
    from analysis.core.errors import AnalysisError

    with pytest.raises(AnalysisError, match=r"claims\.csv is missing; notebook 01-parse-articles writes it"):
        handoff.write_handoff(tmp_path, tmp_path)
