"""The findings against blind data: planted misreadings a person expects (tests/blind/findings/, issue 13).

Thresholds and rules were tuned on dev/, dev2/ and dev4/ to dev7/ only (dev2 first scored, before any tuning, at
precision 13/16, recall 20/25, diagnosis 18/25). dev3, written later, was first scored at 15/16, 23/27 and 23/27 and
not tuned on: its four misses need facts the reference does not hold or a reading no rule can make. test/ and test2/
(test2 written later by a new annotator, first scored at 14/15, 23/27 and 21/27, then 14/15, 25/27 and 23/27 after
later rules tuned on the dev parts) are only scored, never read; dev4 to dev7 (written later, first scored at 12/17,
25/27, 23/27; 18/20, 27/28, 23/28; 15/20, 20/27, 18/27; 15/19, 22/27, 18/27) are tuned on; test3 (held out, written
by a new annotator and second-checked) was first scored at 12/15, 21/28 and 19/28, before the session's last
findings rules; dev8 (tuned on) was first scored at 6/7, 17/28 and 14/28, and test4 (held out, second-checked)
at 14/20, 21/28 and 16/28 before its second check; their scores are held here as floors (the values reached). The scores also depend on the extractor:
a planted misreading the extractor does not read cannot be found, and a finding resting on a misread claim counts as
wrong. `precision_given_readings` isolates the findings engine: among high and medium findings whose claims were all
read correctly, the share that name a planted misreading.
"""

from __future__ import annotations

import pytest
from conftest import ROOT

from analysis.findings import score

BLIND = ROOT / "tests" / "blind" / "findings"

#: part -> (precision of high+medium, recall of planted misreadings, right diagnosis, precision given readings)
FLOORS = {"dev": (13 / 13, 21 / 22, 21 / 22, 1.0), "dev2": (14 / 15, 24 / 25, 23 / 25, 1.0),
          "dev3": (15 / 16, 24 / 27, 24 / 27, 1.0), "dev4": (17 / 20, 27 / 27, 27 / 27, 1.0),
          "dev5": (21 / 23, 28 / 28, 27 / 28, 21 / 22), "dev6": (17 / 22, 22 / 27, 21 / 27, 17 / 18),
          "dev7": (18 / 21, 23 / 27, 22 / 27, 1.0), "test": (11 / 12, 17 / 20, 11 / 20, 1.0),
          "test2": (14 / 15, 25 / 27, 24 / 27, 1.0), "test3": (14 / 17, 22 / 28, 21 / 28, 14 / 15),
          "dev8": (8 / 9, 21 / 28, 19 / 28, 1.0), "test4": (15 / 20, 22 / 28, 17 / 28, 1.0)}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def scored(request):
    return request.param, score.score_folder(BLIND / request.param, ROOT / "reference", 0.1)


def test_scores_hold_their_floors(scored):
    part, s = scored
    precision, recall, diagnosis, engine = FLOORS[part]
    assert s.precision >= precision - 1e-9, s.summary()
    assert s.recall >= recall - 1e-9, s.summary()
    assert s.diagnosis >= diagnosis - 1e-9, s.summary()
    assert s.precision_given_readings >= engine - 1e-9, s.summary()


def test_every_planted_misreading_the_extractor_read_is_found_in_dev():
    """On dev, the one miss is a claim the extractor does not produce (checked by hand: f08's Tunisia 1,910 in a
    French dispatch); the UK's women and children among the travellers are in the reference now (The
    Independent, coverage_notes row 9), so the returnee sub-counts taken from them are found."""
    s = score.score_folder(BLIND / "dev", ROOT / "reference", 0.1)
    assert s.wrong_kind == []
    assert s.missed == ["f08_translated_dispatch entity_swap TUN departed 1910.0"]


def test_score_counts_a_finding_on_a_misread_claim_as_wrong():
    import pandas as pd

    claims = pd.DataFrame({"claim_id": ["d#1", "d#2"], "doc_id": ["d", "d"], "entity": ["TUN", "FRA"],
                           "measure": ["departed", "departed"], "value": [2962.0, 1910.0]})
    gold = pd.DataFrame({"doc_id": ["d"], "entity": ["TUN"], "measure": ["departed"], "value": [2962.0]})
    expected = pd.DataFrame({"doc_id": ["d"], "kind": ["likely_typo"], "entity": ["TUN"], "measure": ["departed"],
                             "article_value": [2962.0], "correct_value": [2926.0], "note": [""]})
    findings = pd.DataFrame({"kind": ["likely_typo", "value_conflict"], "severity": ["high", "high"],
                             "entity": ["TUN", "FRA"], "measure": ["departed", "departed"],
                             "values": ["2,962 vs 2,926", "1,910 vs 1,911"], "doc_ids": ["d", "d"],
                             "claim_ids": ["d#1", "d#2"]})
    s = score.score(findings, claims, gold, expected)
    assert (s.recall, s.diagnosis, s.precision, s.precision_given_readings) == (1.0, 1.0, 0.5, 1.0)
