"""Metamorphic properties of the extractor (issue 11): change the input in a way whose effect is known, and the
claims change by exactly that and nothing else.

- Swap one country's name for another's everywhere: that country's claims move to the other; nothing else moves.
- Append an unrelated paragraph (a population, an attack toll, a date, money): the claims do not change.
- Change one digit of a claimed figure: only that claim's value changes.

Run over articles written for this test (several countries, hedges, a table, a share, an answer to a question)
and over the seed articles.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.extract.document import extract_text

from conftest import SEEDS

ARTICLES = [
    "Returnees report: Belgium's figures\n\nBelgium sent nearly 500 fighters to Syria and Iraq, of whom about 120 "
    "have come back, the report says. France, with 1,910 departures, has seen 271 return.\n\nAcross Europe, "
    "roughly a third of those who left are now home.\n",
    "Q&A: who came back?\n\nQ: How many went from Morocco?\nA: About 1,623, according to the study.\n\nQ: And how "
    "many have returned?\nA: 198.\n\nIn Jordan, 3,000 left and some 250 are back.\n",
    "Figures at a glance\n\nCountry | Left | Returned\nTunisia | 2,926 | 800\nSaudi Arabia | 3,244 | 760\n"
    "Turkey | about 1,500 | 900\n\nThe table shows the report's figures.\n",
]
SEED_FILES = sorted(SEEDS.glob("*.txt"))
#: Names that occur only in these forms in the test articles, each swapped for a country absent from them.
SWAPS = [("Belgium", "BEL", "Norway", "NOR"), ("Morocco", "MAR", "Albania", "ALB"), ("Tunisia", "TUN", "Kosovo", "XKX")]
UNRELATED = ("\n\nThe city, home to about 275,000 people, hosted a festival on 12 June 2016 that drew 40,000 "
             "visitors and cost 3 million euros; an attack there in 2015 killed 22 people.\n")


def readings(text: str) -> list[tuple]:
    """The claims (unclassified rows are kept numbers, not claims), as (entity, measure, value, hedge, text)."""
    rows, _ = extract_text("t", text)
    return sorted((r["entity"], r["measure"], r["value"], r["qualifier"], r["number_text"]) for r in rows
                  if r["measure"] != "unclassified")


@pytest.mark.parametrize("name, key, other, other_key", SWAPS)
def test_swapping_a_country_moves_only_its_claims(name, key, other, other_key):
    for text in ARTICLES:
        if name not in text:
            continue
        before = readings(text)
        after = readings(re.sub(rf"\b{name}\b", other, text))
        assert after == sorted((other_key if e == key else e, *rest) for e, *rest in before)
        assert any(e == key for e, *_ in before)


@pytest.mark.parametrize("text", ARTICLES + [p.read_text(encoding="utf-8") for p in SEED_FILES],
                         ids=[f"article{i}" for i in range(len(ARTICLES))] + [p.stem for p in SEED_FILES])
def test_an_unrelated_paragraph_changes_no_claim(text):
    assert readings(text.rstrip("\n") + UNRELATED) == readings(text)


_FIGURE = re.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3})+(?![\d,.])|(?<![\d,.])[1-9]\d{2,3}(?![\d,.])")


@settings(max_examples=25)
@given(st.data())
def test_changing_one_digit_changes_only_that_value(data):
    text = data.draw(st.sampled_from(ARTICLES))
    rows, _ = extract_text("t", text)
    claimed = [r for r in rows if r["measure"] != "unclassified" and _FIGURE.fullmatch(r["number_text"])
               and not re.fullmatch(r"(?:19|20)\d\d", r["number_text"])]
    r = data.draw(st.sampled_from(claimed))
    i = data.draw(st.sampled_from([k for k, ch in enumerate(r["number_text"]) if ch.isdigit() and k > 0]))
    new_digit = data.draw(st.sampled_from([d for d in "123456789" if d != r["number_text"][i]]))
    changed = r["number_text"][:i] + new_digit + r["number_text"][i + 1:]
    mutated = text[:r["number_start"]] + changed + text[r["number_end"]:]
    new_value = float(changed.replace(",", ""))
    before = readings(text)
    after = readings(mutated)
    expected = sorted((e, m, new_value if nt == r["number_text"] and e == r["entity"] and m == r["measure"] else v,
                       q, changed if nt == r["number_text"] and e == r["entity"] and m == r["measure"] else nt)
                      for e, m, v, q, nt in before)
    assert after == expected
