"""General linking rules, each on sentences written for this test (hand-checked expectations, not blind data)."""

from __future__ import annotations

import pytest

from analysis.extract.document import extract_text


#: An interview's headline and standfirst, so that the questions below stand in the body, not the header.
INTERVIEW = ("Interview: the returnees question\n\nWe spoke to a researcher who has followed the foreign fighters "
             "of Northern Europe for a decade, about what the new report says and what it leaves out.\n\n")


def claims(text: str, lang: str = "en") -> set[tuple]:
    rows, _ = extract_text("t", text, lang=lang)
    return {(r["entity"], r["measure"], r["value"]) for r in rows if r["measure"] != "unclassified"}


@pytest.mark.parametrize("text, expected", [
    ("Kazakhstan and Turkmenistan sent 500 and 400, respectively.",
     {("KAZ", "departed", 500), ("TKM", "departed", 400)}),
    ("In the Western Balkans, about 250 out of roughly 900 have returned.",
     {("WESTERN_BALKANS", "returned", 250), ("WESTERN_BALKANS", "departed", 900)}),
    (INTERVIEW + "Q: Let's start with Belgium. How many went?\n\nA: Around 470, by the government's count.",
     {("BEL", "departed", 470)}),
    (INTERVIEW + "Q: And how many have come back from Denmark?\n\nA: 72.", {("DNK", "returned", 72)}),
    ("At least 3,000 men, women and children from 25 countries who went to Syria are back home, the study says.",
     {("WORLD", "returned", 3000), ("WORLD", "countries_of_return", 25)}),
    ("Only Norway (60), Finland (40) and Ireland (30) have seen more of their citizens set off to join the group.",
     {("NOR", "departed", 60), ("FIN", "departed", 40), ("IRL", "departed", 30)}),
    ("In Norway, Denmark and Sweden about half of those who left are now home.",
     {("NOR", "return_share", 50), ("DNK", "return_share", 50), ("SWE", "return_share", 50)}),
])
def test_rule(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize("text", [
    "Central Asia's five states sent more than 4,200 people.",                  # 5 is the region's size
    "The ministry's old estimate of 6,000 departures, which it withdrew, is gone.",  # superseded
    "Call the hotline on 0800 789 321 for advice.",                           # a phone number
    "Some 90 Belgians are still fighting in Syria, officials say.",           # still fighting: no measure
])
def test_not_a_claim(text):
    got = claims(text)
    assert not any(v in (5, 6000, 789, 321, 90) for _, _, v in got), got
