"""Hostile wording (issue 15, case 4): hedges after punctuation, old figures after "down from", rates, lists.

Hand-checked expectations on sentences written for this test. Each states the outcome a user gets.
"""

from __future__ import annotations

import pytest

from analysis.extract.document import extract_text


def read(text: str) -> dict[str, tuple]:
    rows, _ = extract_text("t", text)
    return {r["number_text"]: (r["entity"], r["measure"], r["qualifier"]) for r in rows}


@pytest.mark.parametrize("text", [
    "He said 'about 300' fighters from Canada returned.",
    "He said « about 300 » fighters from Canada returned.",
    "Canada: ...about 300 fighters returned.",
    "Canada: …about 300 fighters returned.",
    "Canada saw 90/about 300 fighters return.",
])
def test_a_hedge_after_punctuation_is_kept(text):
    assert read(text)["300"] == ("CAN", "returned", "about")


def test_down_from_marks_the_old_figure_not_the_current_one():
    got = read("Belgium says 150 fighters have returned, down from 400 last year.")
    assert got["150"] == ("BEL", "returned", "")
    assert got["400"][1] == "unclassified"


def test_a_rate_per_million_is_not_a_count():
    assert read("Belgium has 260 fighters per million inhabitants.")["260"][1] == "unclassified"


def test_respectively_pairs_places_and_figures_in_order():
    got = read("Russia and France sent 3,417 and 1,910 fighters respectively.")
    assert got["3,417"][:2] == ("RUS", "departed") and got["1,910"][:2] == ("FRA", "departed")


def test_a_corrections_column_keeps_the_wrong_figure_out_and_the_right_one_in():
    text = ("Corrections and clarifications\n\n"
            "An article on 3 May said that about 420 Belgians had come home. That was wrong: the report says "
            "about 120 Belgians have returned.\n\n"
            "The same article also gave the number of Danes who travelled as 154; the correct figure is 145.\n")
    got = read(text)
    assert got["420"][1] == "unclassified" and got["154"][1] == "unclassified"
    assert got["120"] == ("BEL", "returned", "about") and got["145"][:2] == ("DNK", "departed")


def test_an_ordinary_article_that_says_what_a_report_said_is_not_a_correction():
    got = read("The report said that about 120 Belgians have returned, and it also said 145 Danes travelled.")
    assert got["120"][:2] == ("BEL", "returned") and got["145"][:2] == ("DNK", "departed")
