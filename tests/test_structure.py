"""Tables and labelled lists are read as structure (hand-made examples; each expectation checked by hand)."""

from __future__ import annotations

import pytest

from analysis.extract.document import extract_text


def claims(text: str) -> set[tuple]:
    rows, _ = extract_text("t", text)
    return {(r["entity"], r["measure"], r["value"]) for r in rows if r["measure"] != "unclassified"}


@pytest.mark.parametrize("table", [
    "Country | Left | Returned\nRussia | 3,417 | 400\nFrance | 1,910 | 271\n",
    "Country\tLeft\tReturned\nRussia\t3,417\t400\nFrance\t1,910\t271\n",
    "Country          Left     Returned\nRussia           3,417    400\nFrance           1,910    271\n",
    "| Country | Went | Came back |\n|---|---|---|\n| Russia | 3,417 | 400 |\n| France | 1,910 | 271 |\n",
])
def test_header_row_gives_each_column_its_measure(table):
    text = "Foreign fighters by country\n\nThe study lists these figures.\n\n" + table
    assert claims(text) >= {("RUS", "departed", 3417), ("RUS", "returned", 400),
                            ("FRA", "departed", 1910), ("FRA", "returned", 271)}


def test_share_column_and_world_row():
    text = ("Where they came from\n\nCountry | Left | Returned | Return rate\nBelgium | 470 | 120 | 26%\n"
            "United Kingdom | 850 | 425 | 50%\nAll countries | 40,000+ | 5,600+ | 14%\n")
    got = claims(text)
    assert {("BEL", "return_share", 26), ("GBR", "return_share", 50), ("WORLD", "departed", 40000),
            ("WORLD", "returned", 5600), ("WORLD", "return_share", 14)} <= got
    rows, _ = extract_text("t", text)
    world = next(r for r in rows if r["value"] == 40000)
    assert world["qualifier"] == "+" and world["value_high"] == float("inf") and world["confidence"] == "high"


def test_fact_box_before_the_headline_takes_its_heading_measure():
    text = ("ISIS RETURNEES: THE NUMBERS\nFormer jihadis who have come home, by country\nTurkey: 900\n"
            "Tunisia: 800\nSource: Soufan Center\n\nMORE THAN 400 BRITONS BACK\n\nBy A Writer\n\n"
            "Britain has taken back more of its fighters than most countries.\n")
    assert {("TUR", "returned", 900), ("TUN", "returned", 800)} <= claims(text)


def test_a_count_under_a_share_header_stays_a_count():
    """Found by the property tests: '5,000' under 'percent returned' was made a share of 5,000 %."""
    text = "• European Union – left – percent returned\n• Asia – 5,000 left – 10 percent returned\n"
    rows, _ = extract_text("t", text)
    assert all(r["value"] <= 100 for r in rows if r["unit"] == "percent")


def test_a_table_of_one_row_that_starts_with_a_place():
    """A header of measures over one row that names a place is a table; its cells take their columns."""
    from analysis.extract.document import extract_text
    text = ("Albania in figures\n\nCountry | Men | Women | Children | Returned\nAlbania | 90 | 30 | 25 | 40\n\n"
            "Officials in Tirana say the programme is working.")
    rows, _ = extract_text("t", text)
    assert {(r["entity"], r["measure"], r["value"]) for r in rows} == {
        ("ALB", "departed", 90), ("ALB", "women_departed", 30), ("ALB", "children_departed", 25),
        ("ALB", "returned", 40)}


def test_a_table_with_empty_cells_capital_labels_and_a_place_in_a_cell():
    """Rows may leave cells empty, label regions in capitals, or name a cell's own place in brackets."""
    from analysis.extract.document import extract_text
    text = ("Where they came from\n\nRegion / country     | Left    | Returned | Notes\n"
            "---------------------|---------|----------|------------------\n"
            "WESTERN EUROPE       | 5,718   |          | the report's total\n"
            "  Norway             | 100     |          |\n"
            "  Finland            | 80      | 20       |\n"
            "  Sweden, Denmark    | 300     | 67 (Denmark) |\n"
            "  Austria            | 296     | 90       |\n\n"
            "The table gives the figures as reported.")
    rows, _ = extract_text("t", text)
    got = {(r["entity"], r["measure"], r["value"]) for r in rows if r["measure"] != "unclassified"}
    assert {("WESTERN_EUROPE", "departed", 5718), ("NOR", "departed", 100), ("FIN", "returned", 20),
            ("DNK", "returned", 67), ("AUT", "departed", 296), ("AUT", "returned", 90)} <= got
