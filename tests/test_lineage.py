"""A rare wrong figure shared by articles in different languages links them as one lineage (issue 12).

Hand-written articles: a French dispatch and a Russian copy that share no text but print Tunisia's 2,962
(the reference says 2,926); an English article with the right figure; a round "about 3,000" in two more.
"""

from __future__ import annotations

from analysis.core.paths import ROOT
from analysis.findings.discrepancies import analyse

ARTICLES = {
    "fr_depeche.txt": "Tunisie : 2 962 djihadistes sont partis en Syrie, selon le rapport du Soufan Center.\n",
    "ru_copy.txt": "По данным доклада Soufan Center, из Туниса в Сирию уехали 2962 боевика.\n",
    "en_right.txt": "Tunisia: 2,926 fighters left for Syria and Iraq, the Soufan Center report says.\n",
    "en_round.txt": "About 3,000 Tunisians left for Syria, the report says.\n",
    "de_round.txt": "Etwa 3.000 Tunesier sind nach Syrien gereist, heißt es in dem Bericht.\n",
}


def test_a_shared_rare_variant_joins_its_articles_across_languages(tmp_path):
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    a = analyse([tmp_path], ROOT / "reference", 0.1)
    rows = a.lineages[(a.lineages.entity == "TUN") & (a.lineages.measure == "departed")]
    assert rows.value.tolist() == [2962.0]
    assert rows.doc_ids.iloc[0] == "fr_depeche;ru_copy" and rows.languages.iloc[0] == "fr;ru"
    assert a.groups["fr_depeche"] == a.groups["ru_copy"]         # one source when figures are corroborated
    assert a.groups["en_right"] != a.groups["fr_depeche"]
    assert a.groups["en_round"] != a.groups["de_round"]          # a round figure is reached independently
