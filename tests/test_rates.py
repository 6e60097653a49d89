"""Return rates: intervals from hedges, stated and computed rates on the seeds, and the best-estimate rule."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis.estimate import rates
from analysis.reference import table as reference
from conftest import ROOT, one_row

FOX, THINKER, FFT, SCICLONIC, NYT = ("000_373f1fd59b1e2740", "001_34ec490439a3ef6d", "002_dbe633c960fd5e3f",
                                     "003_52b217281aadb5fc", "004_8a1d94e546035f72")
#: The copy groups analysis.sources.reuse finds on the seeds (Fox and the two blogs are one story).
COPIES = {FOX: FOX, THINKER: FOX, FFT: FOX, SCICLONIC: SCICLONIC, NYT: NYT}


@pytest.fixture(scope="module")
def article_rates(seed_tables):
    return rates.article_rates(seed_tables.claims)


@pytest.fixture(scope="module")
def reference_rates():
    return rates.reference_rates(reference.load(ROOT / "reference"))


@pytest.mark.parametrize("ret, dep, expected", [
    ((382.5, 467.5), (850, 850), (45.0, 55.0)),          # "some 425" of 850
    ((0, 1500), (5000, math.inf), (0.0, 30.0)),          # "as many as 1,500" of "more than 5,000"
    ((5600, math.inf), (40000, math.inf), (0.0, 100.0)),  # both open-ended: nothing is known
    ((7, 7), (129, 129), (5.4264, 5.4264)),
    ((900, 900), (500, 500), (100.0, 100.0)),            # more returned than left: capped at 100
    ((10, 20), (0, 50), (20.0, 100.0)),                  # no lower bound on departures: high end is 100
])
def test_rate_interval(ret, dep, expected):
    assert rates.rate_interval(ret[0], ret[1], dep[0], dep[1]) == expected


def test_computed_rate_gbr_fox_is_425_of_850(article_rates):
    r = one_row(article_rates, entity="GBR", doc_id=FOX, kind="computed")
    assert (r.rate, r.rate_low, r.rate_high) == (50.0, 45.0, 55.0)
    assert (r.returned, r.departed) == (425.0, 850.0)
    assert r.basis == "some 425 of 850"
    assert r.claim_ids == f"{FOX}#1324;{FOX}#1335"


def test_nyt_as_many_as_1500_of_more_than_5000_is_an_interval(article_rates):
    r = one_row(article_rates, entity="EUROPE", doc_id=NYT, kind="computed")
    assert (r.rate, r.rate_low, r.rate_high) == (30.0, 0.0, 30.0)
    assert r.basis == "as many as 1,500 of more than 5,000"
    assert r.attribution == "EU counterterrorism coordinator"


def test_stated_rates_keep_the_words(article_rates):
    eu = one_row(article_rates, entity="EU", doc_id=FOX, kind="stated")
    assert (eu.rate, eu.rate_low, eu.rate_high, eu.basis) == (25.0, 25.0, 25.0, "a quarter")
    gbr = one_row(article_rates, entity="GBR", doc_id=FOX, kind="stated")
    assert (gbr.rate_low, gbr.rate_high, gbr.basis) == (45.0, 55.0, "closer to half")
    assert set(article_rates[article_rates.kind == "stated"].entity) == {"WORLD", "EU", "GBR", "CENTRAL_ASIA"}


def test_a_count_stated_twice_in_one_article_is_intersected(article_rates):
    # The blog says "at least 129" and later "129": both hold, so departures are exactly 129.
    r = one_row(article_rates, entity="USA", doc_id=FFT, kind="computed")
    assert (r.rate, r.rate_low, r.rate_high) == (5.4264, 5.4264, 5.4264)
    assert f"{FFT}#203" in r.claim_ids and f"{FFT}#1054" in r.claim_ids


def test_none_returned_carries_its_flag(article_rates):
    r = one_row(article_rates, entity="UZB", doc_id=FOX, kind="computed")
    assert r.rate == 0.0 and r["flags"] == "zero_from_none"


def claims(rows):
    """Minimal claims rows for synthetic cases: (doc_id, claim_id, entity, measure, value, low, high, flags)."""
    return pd.DataFrame([{"doc_id": d, "claim_id": c, "entity": e, "measure": m, "value": v, "unit": "people",
                          "qualifier": "", "value_low": lo, "value_high": hi, "attribution": "", "number_text": str(v),
                          "flags": f} for d, c, e, m, v, lo, hi, f in rows])


def test_two_values_for_one_count_in_one_article_give_one_rate_each_flagged():
    c = claims([("a", "a#1", "FRA", "returned", 100, 100, 100, ""), ("a", "a#2", "FRA", "departed", 400, 400, 400, ""),
                ("a", "a#3", "FRA", "departed", 500, 500, 500, "")])
    out = rates.computed_rates(c)
    assert list(out.rate) == [25.0, 20.0]
    assert set(out["flags"]) == {"several_values_in_document"}


def test_more_returned_than_departed_is_capped_and_flagged():
    c = claims([("a", "a#1", "FRA", "returned", 600, 600, 600, ""), ("a", "a#2", "FRA", "departed", 400, 400, 400, "")])
    r = rates.computed_rates(c).iloc[0]
    assert (r.rate, r.rate_low, r.rate_high, r["flags"]) == (100.0, 100.0, 100.0, "returned_exceeds_departed")


def test_best_estimate_counts_copies_once(article_rates):
    independent = rates.best_estimates(article_rates).set_index("entity")
    grouped = rates.best_estimates(article_rates, COPIES).set_index("entity")
    # GBR: Fox, the Fox-copying blog and Sciclonic. Without groups three sources agree on 50;
    # with groups, Fox + blog are one source (hull [45, 55]) and Sciclonic (exact 50) narrows it.
    assert independent.loc["GBR", ["n_documents", "n_independent"]].tolist() == [3, 3]
    assert grouped.loc["GBR", ["rate", "rate_low", "rate_high", "n_independent"]].tolist() == [50.0, 50.0, 50.0, 2]
    assert grouped.loc["GBR", "status"] == "2 independent sources agree"
    # Jordan: only Fox ("around 250" of 3,000) and its copy (250 of 3,000). As one source the copy
    # that dropped the hedge adds no precision: the interval stays Fox's.
    assert grouped.loc["JOR", ["rate", "rate_low", "rate_high", "n_independent"]].tolist() == [8.3333, 7.5, 9.1667, 1]
    assert independent.loc["JOR", ["rate_low", "rate_high"]].tolist() == [8.3333, 8.3333]
    assert grouped.loc["USA", ["rate", "n_documents", "n_independent"]].tolist() == [5.4264, 3, 1]


def test_best_estimate_within_one_article_intersects_stated_and_computed(article_rates):
    # Fox: "about 15 percent" [13.5, 16.5] and "at least 5,600" of "more than 40,000" [0, 100].
    world = rates.best_estimates(article_rates[article_rates.doc_id == FOX]).set_index("entity").loc["WORLD"]
    assert world[["rate", "rate_low", "rate_high", "n_rates"]].tolist() == [15.0, 13.5, 16.5, 2]


def test_best_estimate_reports_a_conflict_with_the_hull():
    r = pd.DataFrame({"entity": ["FRA", "FRA"], "kind": ["stated", "stated"], "doc_id": ["a", "b"],
                      "claim_ids": ["a#1", "b#1"], "rate": [20.0, 30.0], "rate_low": [20.0, 30.0],
                      "rate_high": [20.0, 30.0], "flags": ["", ""]})
    best = rates.best_estimates(r).iloc[0]
    assert best[["rate", "rate_low", "rate_high", "status"]].tolist() == [
        25.0, 20.0, 30.0, "conflict between 2 independent sources"]
    assert rates.best_estimates(r, {"a": "g", "b": "g"}).iloc[0].status == "single source"


def test_none_returned_gets_no_best_estimate(article_rates):
    uzb = rates.best_estimates(article_rates, COPIES).set_index("entity").loc["UZB"]
    assert math.isnan(uzb.rate) and uzb.status == "not estimated: rests on 'none' only"
    assert uzb["flags"] == "zero_from_none"


def test_reference_rates_keep_their_rows(reference_rates):
    gbr = one_row(reference_rates, entity="GBR", kind="reference stated")
    assert (gbr.rate, gbr.rate_low, gbr.rate_high, gbr.ref_ids) == (50.0, 45.0, 55.0, "soufan2017_aggregates.csv:16")
    rus = one_row(reference_rates, entity="RUS", kind="reference computed")
    assert (rus.rate, rus.ref_ids, rus.basis) == (11.7062, "soufan2017_countries.csv:2", "400 of 3,417")
    wb = one_row(reference_rates, entity="WESTERN_BALKANS", kind="reference computed")
    assert (wb.rate, wb.rate_low, wb.rate_high) == (27.7778, 22.7273, 33.9506)


def test_compare_with_reference(article_rates, reference_rates):
    out = rates.compare_with_reference(rates.best_estimates(article_rates, COPIES), reference_rates).set_index("entity")
    assert out.loc["EU", ["rate", "ref_rate", "ref_low", "ref_high"]].tolist() == [25.0, 30.0, 27.0, 33.0]
    assert bool(out.loc["EU", "overlaps_reference"]) is False
    assert bool(out.loc["GBR", "overlaps_reference"]) is True
    assert pd.isna(out.loc["CENTRAL_ASIA", "overlaps_reference"])  # the reference has no Central Asian rate


def test_headline(article_rates, reference_rates):
    compared = rates.compare_with_reference(rates.best_estimates(article_rates, COPIES), reference_rates)
    h = rates.summary(compared, article_rates, COPIES)
    assert h["rates"] == {"computed": 26, "stated": 8}
    assert h["documents_with_rates"] == 5 and h["independent_sources_with_rates"] == 3
    assert h["best_estimate"]["USA"]["rate"] == 5.4264
    assert h["best_estimate"]["EUROPE"]["low"] == 0.0 and h["best_estimate"]["EUROPE"]["high"] == 30.0
