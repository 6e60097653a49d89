"""Text reuse between articles: shared passages with offsets in both, copy pairs, independent-source groups.

The seeds contain a blog (002) that reproduces long passages of the Fox News
story (000) and a blog (001) quoting the Daily Mail, whose text follows Fox
closely. These tests assert what the matcher finds on them, and on invented
fixtures where the answer is known by construction.
"""

from __future__ import annotations

import random

import pandas as pd
import pytest
from conftest import FIXTURES, SEEDS

from analysis.sources import reuse
from analysis.core.errors import InputError
from analysis.batch.pipeline import extract_paths

FOX, THINKER, BLOG, SCICLONIC, NYT = ("000_373f1fd59b1e2740", "001_34ec490439a3ef6d", "002_dbe633c960fd5e3f",
                                     "003_52b217281aadb5fc", "004_8a1d94e546035f72")


@pytest.fixture(scope="module")
def seeds(seed_tables):
    texts = reuse.load_texts(seed_tables.documents)
    passages = reuse.shared_passages(texts)
    pairs = reuse.copy_pairs(passages, seed_tables.documents, texts)
    return seed_tables.documents, texts, passages, pairs


def _pair(pairs, a, b):
    rows = pairs[(pairs.doc_a == a) & (pairs.doc_b == b)]
    assert len(rows) == 1, f"no single pair row for {a}, {b}"
    return rows.iloc[0]


def test_load_texts_gives_the_files_as_the_extractor_decoded_them(seed_tables, seed_texts):
    texts = reuse.load_texts(seed_tables.documents)
    assert texts == seed_texts
    for c in seed_tables.claims.itertuples():
        assert texts[c.doc_id][c.start:c.end] == c.quote


def test_fox_and_the_blog_are_a_copy_pair(seeds):
    _, _, _, pairs = seeds
    fox_blog = _pair(pairs, FOX, BLOG)
    assert fox_blog.relation == "copy"
    assert fox_blog.direction == "unknown"  # the blog's text carries no date
    assert (fox_blog.n_passages, fox_blog.n_substantial) == (8, 4)
    assert (fox_blog.shared_chars_a, fox_blog.shared_chars_b) == (1519, 1436)
    assert "no publication date for 002_dbe633c960fd5e3f" in fox_blog.explanation


def test_fox_and_blog_shared_passages_with_offsets_in_both(seeds):
    _, texts, passages, _ = seeds
    shared = passages[(passages.doc_a == FOX) & (passages.doc_b == BLOG)]
    oughton = shared[shared.text_a.str.startswith("This is only what we know")].iloc[0]
    assert (oughton.start_a, oughton.end_a, oughton.start_b, oughton.end_b) == (2021, 2446, 1547, 1974)
    assert oughton.text_b.endswith("filter undetected back into society")
    assert oughton.score >= 99 and oughton.n_sentences == 3
    mauro = shared[shared.text_a.str.startswith("America does not strip")].iloc[0]
    assert "Ryan Mauro" in mauro.text_a and "Ryan Mauro" not in mauro.text_b  # the quote, not the attribution
    children = shared[shared.text_a.str.startswith("As far as indoctrinated children")].iloc[0]
    assert children.text_a == children.text_b and children.score == 100.0


def test_every_passage_is_the_text_at_its_offsets(seeds):
    _, texts, passages, _ = seeds
    assert len(passages) > 0
    for p in passages.itertuples():
        assert texts[p.doc_a][p.start_a:p.end_a] == p.text_a
        assert texts[p.doc_b][p.start_b:p.end_b] == p.text_b
        assert p.doc_a < p.doc_b and p.score >= reuse.MIN_SCORE


def test_the_daily_mail_text_quoted_by_american_thinker_follows_fox(seeds):
    """What the matcher finds: 001's Daily Mail passages paraphrase Fox closely (40 % of 001), dated later."""
    _, _, passages, pairs = seeds
    row = _pair(pairs, FOX, THINKER)
    assert (row.relation, row.direction, row.n_passages) == ("copy", "b follows a", 3)
    assert (row.published_a, row.published_b) == ("2017-10-27", "2017-10-30")
    assert row.coverage_b == pytest.approx(0.398, abs=0.001)
    fbi = passages[(passages.doc_b == THINKER) & passages.text_b.str.contains("Peshmerga")].iloc[0]
    assert "told Fox News" not in fbi.text_a and fbi.text_b.startswith("that 300 Americans have 'traveled")


def test_stock_phrases_are_not_copying(seeds):
    _, _, passages, pairs = seeds
    row = _pair(pairs, FOX, NYT)
    assert (row.relation, row.direction, row.n_passages) == ("common_phrase", "none", 1)
    assert passages[(passages.doc_a == FOX) & (passages.doc_b == NYT)].text_b.tolist() == [
        "40,000 fighters from more than 120 countries poured into the"]
    assert SCICLONIC not in set(pairs.doc_a) | set(pairs.doc_b)


def test_source_groups_collapse_copies_into_the_earliest_dated_article(seeds):
    documents, texts, _, pairs = seeds
    groups = reuse.source_groups(documents, texts)
    assert groups == {FOX: FOX, THINKER: FOX, BLOG: FOX, SCICLONIC: SCICLONIC, NYT: NYT}
    assert reuse.source_groups(documents, texts, pairs=pairs) == groups


def test_fixture_repost_is_a_dated_copy_of_the_wire_brief():
    tables = extract_paths([FIXTURES / "discrepant"])
    texts = reuse.load_texts(tables.documents)
    pairs = reuse.copy_pairs(reuse.shared_passages(texts), tables.documents, texts)
    row = _pair(pairs, "d01_wire_brief", "d05_blog_repost")
    assert (row.relation, row.direction) == ("copy", "b follows a")
    assert (row.published_a, row.published_b) == ("2017-10-25", "2017-10-28")
    groups = reuse.source_groups(tables.documents, texts, pairs=pairs)
    assert groups["d05_blog_repost"] == "d01_wire_brief"
    assert sorted(set(groups.values())) == ["d01_wire_brief", "d02_european_daily", "d03_central_asia_brief",
                                           "d04_regional_roundup"]


def test_no_text_no_passages():
    empty = reuse.shared_passages({})
    assert list(empty.columns) == reuse.PASSAGE_COLUMNS and empty.empty
    docs = pd.DataFrame({"doc_id": ["x"], "published": [""]})
    assert reuse.copy_pairs(empty, docs, {"x": "One sentence only."}).empty
    assert reuse.source_groups(docs, {"x": "One sentence only."}) == {"x": "x"}


def test_blocking_compares_few_pairs_and_finds_every_planted_copy():
    """300 articles of random sentences, every 25th reusing five sentences of another: only those are found."""
    rng = random.Random(7)
    vocab = sorted({w.strip(".,;:'\"()") for w in (SEEDS / "004_8a1d94e546035f72.txt")
                    .read_text(encoding="utf-8").split() if w.isalpha()})

    def sentence():
        return " ".join(rng.choices(vocab, k=rng.randint(12, 25))).capitalize() + "."

    texts, planted = {}, set()
    for i in range(300):
        lines = [sentence() for _ in range(30)]
        if i % 25 == 24:
            source = f"a{i - 11:03d}"
            lines[10:15] = texts[source].split("\n")[2:7]
            planted.add((source, f"a{i:03d}"))
        texts[f"a{i:03d}"] = "\n".join(lines)
    doc_ids, _, sents, postings = reuse._index(texts)
    candidates = reuse._candidates(sents, postings, len(doc_ids), 0.05)
    all_cross_pairs = len(sents) * (len(sents) - 30) // 2
    assert len(candidates) < all_cross_pairs / 1000
    passages = reuse.shared_passages(texts)
    substantial = passages[passages.end_a - passages.start_a >= reuse.SUBSTANTIAL_CHARS]
    assert set(zip(substantial.doc_a, substantial.doc_b)) == planted
    assert (substantial.n_sentences == 5).all() and (substantial.score == 100).all()


def test_articles_outside_the_project_are_matched_by_their_hash(tmp_path, seed_texts):
    for stem in (FOX, BLOG):
        (tmp_path / f"{stem}.txt").write_bytes((SEEDS / f"{stem}.txt").read_bytes())
    tables = extract_paths([tmp_path])
    # the folder argument's name and the file's name: never the machine's absolute path
    assert list(tables.documents.path) == [f"{tmp_path.name}/{FOX}.txt", f"{tmp_path.name}/{BLOG}.txt"]
    texts = reuse.load_texts(tables.documents, [tmp_path])
    assert texts == {FOX: seed_texts[FOX], BLOG: seed_texts[BLOG]}
    with pytest.raises(InputError, match="not found under the paths given"):
        reuse.load_texts(tables.documents, [SEEDS / "003_52b217281aadb5fc.txt"])
