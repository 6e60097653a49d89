"""The documents table: identity, header fields from the text, sidecar fallback."""

from __future__ import annotations

import hashlib

from conftest import ROOT, SEEDS


def test_documents_table(seed_tables):
    d = seed_tables.documents.set_index("doc_id")
    assert list(d.index) == sorted(p.stem for p in (SEEDS).glob("*.txt"))
    for doc_id, row in d.iterrows():
        data = (ROOT / row.path).read_bytes()
        assert row.sha256 == hashlib.sha256(data).hexdigest()
        assert row.n_chars == len(data.decode("utf-8"))
    fox = d.loc["000_373f1fd59b1e2740"]
    assert (fox.published, fox.published_source, fox.author, fox.author_source) == ("2017-10-27", "text", "Hollie McKay", "text")
    assert fox.outlet == "Fox News" and fox.kind == "news"
    nyt = d.loc["004_8a1d94e546035f72"]
    assert nyt.title == "ISIS Fighters Are Not Flooding Back Home to Wreak Havoc as Feared"
    assert (nyt.published, nyt.author) == ("2017-10-23", "Eric Schmitt")
    blog = d.loc["002_dbe633c960fd5e3f"]
    assert (blog.title, blog.published, blog.author, blog.title_source) == ("", "", "", "")
    assert blog.url.startswith("http://fightingfortrump.com/")
    thinker = d.loc["001_34ec490439a3ef6d"]
    assert (thinker.title_source, thinker.published, thinker.published_source) == ("text", "2017-10-30", "sidecar")
    assert d.n_claims.to_dict()["000_373f1fd59b1e2740"] == 41
