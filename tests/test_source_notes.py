"""The per-source Variable | Source | Notes tables, computed from the seeds' claims and the reference."""

from __future__ import annotations

from conftest import ROOT

from analysis.report import dictionary
from analysis.report import source_notes
from analysis.reference.table import load

FOX, AT, NYT = "000_373f1fd59b1e2740", "001_34ec490439a3ef6d", "004_8a1d94e546035f72"


def rows(table, doc_id, variable):
    r = table[(table.doc_id == doc_id) & (table.variable == variable)]
    return dict(zip(r.source, r.notes))


def test_every_claim_is_counted_once(seed_tables):
    table = source_notes.variables(seed_tables.claims)
    assert table.n_claims.sum() == len(seed_tables.claims) == 100
    assert set(table.variable) <= set(seed_tables.claims.measure)


def test_outlets_are_named_when_documents_are_given(seed_tables):
    table = source_notes.variables(seed_tables.claims, seed_tables.documents)
    assert list(table.columns) == ["outlet", "doc_id", "variable", "source", "n_claims", "notes"]
    assert set(table[table.doc_id == NYT].outlet) == {"The New York Times"}


def test_whom_each_article_credits(seed_tables):
    table = source_notes.variables(seed_tables.claims)
    assert rows(table, NYT, "returned") == {"EU counterterrorism coordinator": "1 claim: EUROPE; hedges: 'as many as'"}
    assert rows(table, NYT, "countries_of_origin") == {"American officials": "1 claim: WORLD; hedges: 'more than'"}
    assert rows(table, FOX, "traveled_or_attempted") == {
        "FBI": "1 claim: USA", "NCTC": "1 claim: USA; hedges: 'approximate'; flags: measure_from_earlier"}
    # INTERPOL's 19,000 names: no place named, but more than any country could hold, so a global total.
    assert rows(table, AT, "names_collected") == {
        "INTERPOL": "1 claim: WORLD; hedges: 'around'; flags: world_by_magnitude"}
    fox_departed = rows(table, FOX, "departed")[source_notes.NOT_CREDITED]
    assert fox_departed.startswith("13 claims: CENTRAL_ASIA, EU, FRA, GBR, JOR, MAR, RUS, TJK and 5 more")


def test_reference_rows_by_file_and_measure(seed_tables):
    ref = source_notes.reference_variables(load(ROOT / "reference"))
    countries = ref[ref.source == "reference/soufan2017_countries.csv"].set_index("variable")
    assert countries.loc["departed", "n_rows"] == 25 and countries.loc["returned", "n_rows"] == 20
    assert ref.n_rows.sum() == 65  # the aggregates hold the UK's women and children among the travellers too


def test_markdown_has_one_table_per_article_and_the_reference(seed_tables):
    text = source_notes.markdown(seed_tables.claims, seed_tables.documents, load(ROOT / "reference"))
    assert text.count("| Variable | Source | Notes |") == 6
    assert "#### The New York Times (`004_8a1d94e546035f72`)" in text


def test_docs_sources_block_is_current():
    """docs/sources.md carries the seeds' tables (they moved there from the README)."""
    text = (ROOT / "docs" / "sources.md").read_text(encoding="utf-8")
    start, end = dictionary.markers("sources")
    block = text.split(start, 1)[1].split(end, 1)[0]
    assert block.strip() == dictionary.sources_block().strip(), "run: python -m analysis.report.dictionary"
