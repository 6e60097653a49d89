"""Text that looks like one thing and is encoded as another: read as it looks, spans kept in the original.

Hand-checked expectations on sentences written for this test (issue: hostile input, cases 2 and 3).
"""

from __future__ import annotations

import pytest

from analysis.extract.document import extract_text
from analysis.ingest.normalise import for_reading

ZWSP, CYR_A = "\u200b", "\u0430"


@pytest.mark.parametrize("written", [
    "3,4" + ZWSP + "17",        # a zero-width space inside the number
    "3&nbsp;417",                # HTML entities from a scraped page
    "3&#44;417",
    "3,4&#8203;17",              # a zero-width space written as an entity
    "\u0663\u066c\u0664\u0661\u0667",  # Arabic-Indic digits and thousands separator
    "3,\u200e417",               # a left-to-right mark
])
def test_one_number_one_claim_and_exact_spans(written):
    text = f"Russia sent {written} fighters to Syria, the report said."
    rows, skipped = extract_text("t", text)
    assert [(r["entity"], r["measure"], r["value"]) for r in rows] == [("RUS", "departed", 3417)]
    r = rows[0]
    assert r["number_text"] == written == text[r["number_start"]:r["number_end"]]
    assert r["quote"] == text[r["start"]:r["end"]]
    assert "normalised_text" in r["flags"] and r["confidence"] != "high"
    assert skipped == []


def test_lookalike_letter_in_a_name():
    text = f"Russi{CYR_A} sent 3,417 fighters to Syria, the report said."
    rows, _ = extract_text("t", text)
    assert [(r["entity"], r["value"]) for r in rows] == [("RUS", 3417)]
    assert "normalised_text" in rows[0]["flags"]


def test_markdown_underscores_around_a_figure():
    rows, _ = extract_text("t", "In Russia, **3,417** fighters went and _400_ returned, the report said.")
    assert {(r["entity"], r["measure"], r["value"]) for r in rows} == {("RUS", "departed", 3417),
                                                                       ("RUS", "returned", 400)}
    assert all("normalised_text" not in r["flags"] for r in rows)


def test_offset_map_points_into_the_original():
    original = "a&amp;b 3" + ZWSP + "4"
    text, offsets, changed = for_reading(original)
    assert text == "a&b 34" and changed == 2
    assert [original[offsets[i]] for i in range(len(text))] == ["a", "&", "b", " ", "3", "4"]
    assert offsets[len(text)] == len(original)


def test_plain_text_is_untouched():
    text = "Tunisia: 2,926 left; about 800 returned. Россия: 3 417."
    assert for_reading(text) == (text, None, 0)


def test_unknown_entity_stays_as_written():
    assert for_reading("R&D &notanentity; 5")[0] == "R&D &notanentity; 5"


def test_superscript_footnote_marks_read_as_spaces():
    """"Frauen¹" and "248²" in a table: the word and the figure end where the footnote mark starts."""
    text, offsets, changed = for_reading("Frauen¹ 248²")
    assert text == "Frauen  248 " and offsets is None and changed == 2
    table = ("Land            Ausgereist   Frauen¹\nBosnien-Herzegowina   248²   60\n"
             "Großbritannien   850   100\n")
    rows, _ = extract_text("t", table, lang="de")
    got = {(r["entity"], r["measure"], r["value"]) for r in rows}
    assert {("BIH", "departed", 248), ("BIH", "women_departed", 60), ("GBR", "women_departed", 100)} <= got
    assert all(table[r["number_start"]:r["number_end"]] == r["number_text"] for r in rows)
