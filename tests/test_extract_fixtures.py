"""The extractor against hand-checked expected tables: the seeds, unseen-style and discrepant articles.

Each expected row was checked by a person against the article. A missing,
extra or wrong claim (entity, measure, value, unit, qualifier; for the seeds
also attribution and flags) fails the test and is listed in the message.
"""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import FIXTURES, SEEDS
from expected_tables import compare, load_expected

from analysis.batch.pipeline import extract_paths
from analysis.core.schema import check_quotes

CASES = {
    "seeds": (FIXTURES / "seeds_expected_claims.csv", SEEDS),
    "unseen": (FIXTURES / "unseen" / "expected_claims.csv", FIXTURES / "unseen"),
    "discrepant": (FIXTURES / "discrepant" / "expected_claims.csv", FIXTURES / "discrepant"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_every_claim_matches_the_hand_checked_table(case):
    expected_csv, folder = CASES[case]
    tables = extract_paths([folder])
    problems = compare(tables.claims, load_expected(expected_csv, folder))
    assert problems.empty, "\n" + problems.to_string()


@pytest.mark.parametrize("case", sorted(CASES))
def test_every_quote_is_its_span(case):
    _, folder = CASES[case]
    tables = extract_paths([folder])
    texts = {p.stem: p.read_text(encoding="utf-8") for p in folder.glob("*.txt")}
    check_quotes(tables.claims, texts)
    for row in tables.claims.itertuples():
        assert texts[row.doc_id][row.number_start:row.number_end] == row.number_text
        assert row.start <= row.number_start and row.number_end <= row.end
        assert row.quote in row.sentence


def test_seed_counts(seed_tables):
    per_doc = seed_tables.claims.groupby("doc_id").size().to_dict()
    assert per_doc == {"000_373f1fd59b1e2740": 41, "001_34ec490439a3ef6d": 13, "002_dbe633c960fd5e3f": 32,
                       "003_52b217281aadb5fc": 9, "004_8a1d94e546035f72": 5}


def test_spot_values_from_the_issue(seed_tables):
    c = seed_tables.claims
    fox = c[c.doc_id == "000_373f1fd59b1e2740"]

    def one(**kw):
        rows = fox
        for k, v in kw.items():
            rows = rows[rows[k] == v]
        assert len(rows) == 1, kw
        return rows.iloc[0]

    eu = one(entity="EU", measure="return_share")
    assert (eu.value, eu.number_text) == (25.0, "a quarter")
    uk = one(entity="GBR", measure="return_share")
    assert (uk.value, uk.qualifier, uk.number_text) == (50.0, "closer to", "half")
    killed = one(entity="USA", measure="killed_share")
    assert (killed.value, killed.qualifier, killed.attribution) == (20.0, "roughly", "U.S. government")
    uzb = one(entity="UZB", measure="returned")
    assert uzb.value == 0 and "zero_from_none" in uzb["flags"]
    assert one(entity="TUN", measure="departed").value == 2926
    fbi = fox[(fox.measure == "traveled_or_attempted") & (fox.attribution == "FBI")].iloc[0]
    assert (fbi.entity, fbi.value) == ("USA", 300.0)
    headline = c[c["flags"].str.contains("headline")]
    assert sorted(headline.value) == [7.0, 129.0]


def test_claim_ids_are_stable_and_unique(seed_tables):
    again = extract_paths([SEEDS])
    pd.testing.assert_series_equal(seed_tables.claims.claim_id, again.claims.claim_id)
    assert seed_tables.claims.claim_id.is_unique


def test_intervals_follow_the_qualifiers(seed_tables):
    c = seed_tables.claims.set_index("claim_id")
    at_least = c[c.qualifier == "at least"]
    assert (at_least.value_low == at_least.value).all() and (at_least.value_high == float("inf")).all()
    as_many = c[c.qualifier == "as many as"].iloc[0]
    assert (as_many.value_low, as_many.value_high) == (0.0, 1500.0)
    about = c[(c.qualifier == "about") & (c.unit == "percent")].iloc[0]
    assert (about.value_low, about.value_high) == (13.5, 16.5)
