"""Unit tests of each extraction step: numbers, hedges, intervals, sentences, header, gazetteer."""

from __future__ import annotations

import math

import pytest

from analysis.extract import gazetteer
from analysis.ingest import header
from analysis.core import intervals
from analysis.extract import sentences
from analysis.extract.numbers import find_numbers


def nums(text):
    return [(text[n.start:n.end], n.value, n.unit, n.qualifier, n.skip) for n in find_numbers(text)]


@pytest.mark.parametrize("text, expected", [
    ("at least 5,600 citizens", [("5,600", 5600.0, "count", "at least", "")]),
    ("a quarter are", [("a quarter", 25.0, "percent", "", "")]),
    ("closer to half", [("half", 50.0, "percent", "closer to", "")]),
    ("roughly one in five of", [("one in five", 20.0, "percent", "roughly", "")]),
    ("a third of them", [("a third", 33.33, "percent", "", "")]),
    ("only seven have", [("seven", 7.0, "count", "only", "")]),
    ("5.600 fighters", [("5.600", 5600.0, "count", "", "")]),
    ("5 600 fighters", [("5 600", 5600.0, "count", "", "")]),
    ("1.5 million people", [("1.5 million", 1_500_000.0, "count", "", "")]),
    ("1,382 words", [("1,382", 1382.0, "count", "", "word_count")]),
    ("in June 2014", [("2014", 2014.0, "count", "", "year")]),
    ("23 October 2017", [("23", 23.0, "count", "", "date"), ("2017", 2017.0, "count", "", "year")]),
    ("a 23-year-old man", [("23", 23.0, "count", "", "age")]),
    ("it was 150% higher", [("150", 150.0, "percent", "", "percent_over_100")]),
    ("a change of -5 people", [("5", 5.0, "count", "", "negative")]),
    ("one or two fighters", [("one", 1.0, "count", "", "approximate_idiom"), ("two", 2.0, "count", "", "approximate_idiom")]),
    ("call 1-800-225-5324", []),
    ("none of the dampening", [("none", 0.0, "count", "", "none_not_a_count")]),
])
def test_numbers(text, expected):
    assert nums(text) == expected


@pytest.mark.parametrize("text, lo, hi", [("20 to 30 percent", 20, 30), ("20-30%", 20, 30), ("between 20 and 30 per cent", 20, 30)])
def test_ranges(text, lo, hi):
    [n] = find_numbers(text)
    assert (n.low, n.high, n.value, n.unit) == (lo, hi, (lo + hi) / 2, "percent")


@pytest.mark.parametrize("q, expected", [
    ("", (100, 100)), ("only", (100, 100)), ("about", (90, 110)), ("some", (90, 110)),
    ("at least", (100, math.inf)), ("more than", (100, math.inf)), ("nearly", (90, 100)),
    ("as many as", (0, 100)), ("fewer than", (0, 100)), ("just over", (100, 110)),
])
def test_interval_rules(q, expected):
    assert intervals.interval(100, q, "people", 0.1) == expected


def test_interval_tolerance_is_a_parameter_and_shares_cap_at_100():
    assert intervals.interval(30, "about", "percent", 0.2) == (24.0, 36.0)
    assert intervals.interval(95, "about", "percent", 0.1) == (85.5, 100.0)
    with pytest.raises(ValueError):
        intervals.interval(30, "about", "percent", 1.5)


def test_sentences_join_a_line_break_inside_a_sentence():
    text = "Roughly one in five of the aspiring American foreign\n\nfighters had been killed. Next one."
    got = [s.text(text) for s in sentences.split(text)]
    assert got == ["Roughly one in five of the aspiring American foreign\n\nfighters had been killed.", "Next one."]


def test_sentences_keep_abbreviations_and_list_lines():
    text = "Lt. Gen. Kenneth F. McKenzie Jr. said so in the U.S. on Nov. 20. Then more.\n  • Britain – 850 left\n  • Jordan – 3,000 left"
    got = [s.text(text) for s in sentences.split(text)]
    assert got == ["Lt. Gen. Kenneth F. McKenzie Jr. said so in the U.S. on Nov. 20.", "Then more.",
                   "• Britain – 850 left", "• Jordan – 3,000 left"]


def test_header_parses_headline_dateline_byline():
    h = header.parse("Some Headline Here\n\n27.10.2017\n\nJane Doe\n\n" + "Body text that is long enough to count as prose, with many words in it here. " * 3)
    assert (h.title, h.published, h.author) == ("Some Headline Here", "2017-10-27", "Jane Doe")
    assert header.parse("x " * 100 + ".").title == ""


@pytest.mark.parametrize("surface, key", [
    ("Britain", "GBR"), ("the U.K.", "GBR"), ("British", "GBR"), ("Americans", "USA"), ("Tajiks", "TJK"),
    ("Dutch", "NLD"), ("Kyrgyz", "KGZ"), ("Tunisias", "TUN"), ("Russia", "RUS"), ("Uyghurs", "UYGHURS"),
    ("European Union", "EU"), ("Europeans", "EUROPE"), ("Central Asia", "CENTRAL_ASIA"), ("Maghreb", "MAGHREB"),
    ("former Soviet Union", "FORMER_SOVIET_UNION"), ("Western Balkans", "WESTERN_BALKANS"),
])
def test_gazetteer_surfaces(surface, key):
    g = gazetteer.load()
    [m] = g.find(f"x {surface} y")
    assert m.entity.key == key


def test_gazetteer_regions_cover_the_issue_and_members_are_iso3():
    g = gazetteer.load()
    for key in ("EU", "EUROPE", "WESTERN_EUROPE", "CENTRAL_ASIA", "FORMER_SOVIET_UNION", "MIDDLE_EAST", "MAGHREB",
                "NORTH_AMERICA", "WESTERN_BALKANS", "SOUTHEAST_ASIA", "UYGHURS", "WORLD"):
        assert key in g.members
    assert g.members["CENTRAL_ASIA"] == ("KAZ", "KGZ", "TJK", "TKM", "UZB")
    assert len(g.members["EU"]) == 28 and "GBR" in g.members["EU"]
    for key, members in g.members.items():
        for iso in members:
            assert g.entity(iso) is not None and g.entity(iso).entity_type == "country", (key, iso)
