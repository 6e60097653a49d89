"""Text reuse between articles: shared passages, who copies whom, and independent sources.

A figure that a blog copied from Fox News is one source, not two. To count
independent corroboration we must first know which articles reuse each
other's text. The method:

1. Split every article into sentences (`analysis.extract.sentences.split`, exact offsets).
2. Block: index every sentence by its word 3-grams ("shingles") and only compare
   sentence pairs from different articles that share at least
   `MIN_SHARED_SHINGLES` of them. Shingles found in more than `max_doc_share`
   of the articles (boilerplate, wire phrases) are not used for blocking. This
   keeps the fuzzy step proportional to the reuse that exists, not to the
   square of the corpus, so thousands of articles stay fast.
3. Align each candidate pair with rapidfuzz's Indel (LCS) alignment; runs of
   matching characters separated by small gaps form a fragment, kept when it
   is at least `MIN_FRAGMENT_CHARS` long and its fuzz ratio is at least
   `MIN_SCORE`. Fragments, not whole sentences, so that a quote embedded in a
   different sentence ("..., said X" vs "X said, '...'") is found with its
   exact offsets in both articles.
4. Fragments in adjacent sentences of both articles merge into one passage.

Pairs of articles are then classed as `copy` (a large share of one article is
shared text), `follows` (one or two substantial passages, typically a quote)
or `common_phrase` (only short stock phrases), and the direction comes from the
publication dates when both are known. Only copies are collapsed into one
source by `source_groups`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

import pandas as pd
from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from analysis.extract import sentences
from analysis.ingest.documents import collect
from analysis.core.errors import InputError
from analysis.core.paths import resolve
from analysis.ingest.reading import decode, read_bytes

#: Sentence pairs must share this many word 3-grams to be compared at all.
MIN_SHARED_SHINGLES = 2
#: A shingle is used for blocking only if it occurs in at most max(MIN_POSTING_CAP,
#: max_doc_share x number of articles) articles; small corpora are never capped.
MIN_POSTING_CAP = 20
#: A shared fragment must be this long (characters) ...
MIN_FRAGMENT_CHARS = 40
#: ... and at least this similar (rapidfuzz ratio, 0-100) to count as reuse.
MIN_SCORE = 85.0
#: Matching runs separated by at most this many characters belong to one fragment.
MAX_GAP = 4
#: A passage this long (characters, in both articles) is substantial reuse; shorter
#: ones are usually stock phrases ("40,000 fighters from more than 110 countries").
SUBSTANTIAL_CHARS = 80
#: Share of either article's characters that makes a pair a copy ...
COPY_COVERAGE = 0.15
#: ... or this many substantial passages.
COPY_PASSAGES = 3

PASSAGE_COLUMNS = ["doc_a", "start_a", "end_a", "doc_b", "start_b", "end_b", "score", "n_sentences",
                   "text_a", "text_b"]
PAIR_COLUMNS = ["doc_a", "doc_b", "relation", "direction", "published_a", "published_b", "n_passages",
                "n_substantial", "shared_chars_a", "shared_chars_b", "coverage_a", "coverage_b", "explanation"]

#: One character in, one character out, so offsets in the normalised text are offsets in the article.
_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                       "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
                       "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-", "\u00a0": " ",
                       "\t": " ", "\n": " ", "\r": " "})
_WORD = re.compile(r"\w+")


def load_texts(documents: pd.DataFrame, paths: list | None = None) -> dict[str, str]:
    """doc_id -> article text, decoded exactly as the extractor did (so offsets agree).

    `documents.path` is relative to the project root, as the documents table
    writes it. For articles outside the project the table keeps only the file
    name, so pass the `paths` they were extracted from: the files under them
    are then matched to the documents by their sha256.
    """
    if paths is None:
        return {d: decode(p, read_bytes(resolve(p))).text for d, p in zip(documents.doc_id, documents.path)}
    by_hash: dict[str, str] = {}
    for f in collect(paths):
        decoded = decode(f, read_bytes(f))
        by_hash.setdefault(decoded.sha256, decoded.text)
    for d, path, h in zip(documents.doc_id, documents.path, documents.sha256):
        if h not in by_hash:
            raise InputError(path, f"not found under the paths given (document {d})")
    return {d: by_hash[h] for d, h in zip(documents.doc_id, documents.sha256)}


def _normalise(text: str) -> str:
    """Lower case, straight quotes and dashes, spaces for line breaks; same length as `text`."""
    folded = text.translate(_FOLD)
    low = folded.lower()
    if len(low) == len(folded):
        return low
    # A few characters (e.g. 'İ') lower-case to two; keep those as they are.
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)


@dataclass(frozen=True)
class _Sentence:
    doc: int
    index: int
    start: int
    end: int


def _index(texts: dict[str, str]) -> tuple[list[str], dict[str, str], list[_Sentence], dict[tuple, list]]:
    """Sentences of every article and the shingle -> sentence ids inverted index."""
    doc_ids = sorted(texts)
    norm = {d: _normalise(texts[d]) for d in doc_ids}
    sents: list[_Sentence] = []
    postings: dict[tuple, list] = defaultdict(list)
    for di, d in enumerate(doc_ids):
        for si, s in enumerate(sentences.split(texts[d])):
            if s.end - s.start < MIN_FRAGMENT_CHARS:
                continue
            sid = len(sents)
            sents.append(_Sentence(di, si, s.start, s.end))
            words = _WORD.findall(norm[d], s.start, s.end)
            for shingle in set(zip(words, words[1:], words[2:])):
                postings[shingle].append(sid)
    return doc_ids, norm, sents, postings


def _candidates(sents: list[_Sentence], postings: dict[tuple, list], n_docs: int,
                max_doc_share: float) -> list[tuple[int, int]]:
    """Sentence pairs from different articles sharing at least MIN_SHARED_SHINGLES shingles."""
    max_docs = max(MIN_POSTING_CAP, int(max_doc_share * n_docs))
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for ids in postings.values():
        if len(ids) < 2:
            continue
        docs = {sents[i].doc for i in ids}
        if len(docs) < 2 or len(docs) > max_docs:
            continue
        for x, i in enumerate(ids):  # ids are in sentence order, each sentence once
            for j in ids[x + 1:]:
                if sents[i].doc != sents[j].doc:
                    shared[(i, j)] += 1
    return sorted(p for p, n in shared.items() if n >= MIN_SHARED_SHINGLES)


def _fragments(a: str, b: str) -> list[tuple[int, int, int, int, float]]:
    """Aligned stretches of a and b: (start_a, end_a, start_b, end_b, score), offsets within a and b."""
    blocks = [m for m in Indel.opcodes(a, b).as_matching_blocks() if m.size]
    runs: list[list[int]] = []
    for m in blocks:
        if runs and m.a - runs[-1][1] <= MAX_GAP and m.b - runs[-1][3] <= MAX_GAP:
            runs[-1][1], runs[-1][3] = m.a + m.size, m.b + m.size
        else:
            runs.append([m.a, m.a + m.size, m.b, m.b + m.size])
    out = []
    for sa, ea, sb, eb in runs:
        while sa and sb and a[sa - 1] == b[sb - 1]:
            sa, sb = sa - 1, sb - 1
        while ea < len(a) and eb < len(b) and a[ea] == b[eb]:
            ea, eb = ea + 1, eb + 1
        sa, ea = _words(a, sa, ea)
        sb, eb = _words(b, sb, eb)
        if min(ea - sa, eb - sb) < MIN_FRAGMENT_CHARS:
            continue
        score = fuzz.ratio(a[sa:ea], b[sb:eb])
        if score >= MIN_SCORE:
            out.append((sa, ea, sb, eb, score))
    return out


def _words(s: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span to whole words: no cut word, dangling space or quote at either end."""
    if start and s[start - 1].isalnum():
        while start < end and s[start].isalnum():
            start += 1
    while start < end and not s[start].isalnum():
        start += 1
    if end < len(s) and s[end].isalnum():
        while end > start and s[end - 1].isalnum():
            end -= 1
    while end > start and not s[end - 1].isalnum():
        end -= 1
    return start, end


def shared_passages(texts: dict[str, str], max_doc_share: float = 0.05) -> pd.DataFrame:
    """Every passage two articles share, with its offsets and text in both.

    doc_a < doc_b (by doc_id); score is the rapidfuzz ratio (0-100) of the
    passage's fragments, weighted by length; n_sentences counts the sentences
    of doc_a the passage spans. Rows are sorted by (doc_a, doc_b, start_a).
    """
    doc_ids, norm, sents, postings = _index(texts)
    frags: dict[tuple[int, int], list] = defaultdict(list)
    for i, j in _candidates(sents, postings, len(doc_ids), max_doc_share):
        sa, sb = sents[i], sents[j]
        a, b = doc_ids[sa.doc], doc_ids[sb.doc]
        for fa, ea, fb, eb, score in _fragments(norm[a][sa.start:sa.end], norm[b][sb.start:sb.end]):
            frags[(sa.doc, sb.doc)].append((sa.start + fa, sa.start + ea, sb.start + fb, sb.start + eb,
                                            score, sa.index, sb.index))
    rows = []
    for (da, db), items in sorted(frags.items()):
        for p in _merge(sorted(items)):
            a, b = doc_ids[da], doc_ids[db]
            rows.append({"doc_a": a, "start_a": p[0], "end_a": p[1], "doc_b": b, "start_b": p[2], "end_b": p[3],
                         "score": round(p[4], 1), "n_sentences": p[5],
                         "text_a": texts[a][p[0]:p[1]], "text_b": texts[b][p[2]:p[3]]})
    return pd.DataFrame(rows, columns=PASSAGE_COLUMNS)


def _merge(items: list[tuple]) -> list[tuple]:
    """Merge fragments in the same or adjacent sentences of both articles into passages."""
    passages = []
    cur = None
    for sa, ea, sb, eb, score, ia, ib in items:
        n = ea - sa
        if cur and 0 <= ia - cur["ia"] <= 1 and 0 <= ib - cur["ib"] <= 1 and sb >= cur["sb"]:
            cur.update(ea=max(cur["ea"], ea), eb=max(cur["eb"], eb), ia=ia, ib=ib,
                       weighted=cur["weighted"] + score * n, chars=cur["chars"] + n)
            cur["sents"].add(ia)
            continue
        if cur:
            passages.append(cur)
        cur = {"sa": sa, "ea": ea, "sb": sb, "eb": eb, "ia": ia, "ib": ib, "weighted": score * n, "chars": n,
               "sents": {ia}}
    if cur:
        passages.append(cur)
    return [(p["sa"], p["ea"], p["sb"], p["eb"], p["weighted"] / p["chars"], len(p["sents"])) for p in passages]


def copy_pairs(passages: pd.DataFrame, documents: pd.DataFrame, texts: dict[str, str]) -> pd.DataFrame:
    """One row per pair of articles that share text: relation, direction and how much is shared.

    relation is `copy` when the shared text covers at least COPY_COVERAGE of
    either article or there are at least COPY_PASSAGES substantial passages;
    `follows` when there is at least one substantial passage (typically one
    quote taken over); `common_phrase` when only short stock phrases match,
    which independent articles share all the time. direction is "b follows a"
    or "a follows b" when both publication dates are known and differ,
    "unknown" when they are not (the text itself does not say who copied
    whom), and "none" for common phrases.
    """
    published = _dates(documents)
    rows = []
    for (a, b), grp in passages.groupby(["doc_a", "doc_b"], sort=True):
        shared_a = _union_length(zip(grp.start_a, grp.end_a))
        shared_b = _union_length(zip(grp.start_b, grp.end_b))
        cov_a, cov_b = shared_a / len(texts[a]), shared_b / len(texts[b])
        n_big = int(((grp.end_a - grp.start_a >= SUBSTANTIAL_CHARS)
                     & (grp.end_b - grp.start_b >= SUBSTANTIAL_CHARS)).sum())
        if max(cov_a, cov_b) >= COPY_COVERAGE or n_big >= COPY_PASSAGES:
            relation = "copy"
        else:
            relation = "follows" if n_big else "common_phrase"
        pa, pb = published.get(a, ""), published.get(b, "")
        if relation == "common_phrase":
            direction = "none"
        elif pa and pb and pa != pb:
            direction = "b follows a" if pa < pb else "a follows b"
        else:
            direction = "unknown"
        rows.append({"doc_a": a, "doc_b": b, "relation": relation, "direction": direction,
                     "published_a": pa, "published_b": pb, "n_passages": len(grp), "n_substantial": n_big,
                     "shared_chars_a": shared_a, "shared_chars_b": shared_b,
                     "coverage_a": round(cov_a, 3), "coverage_b": round(cov_b, 3),
                     "explanation": _pair_sentence(a, b, relation, direction, len(grp), cov_a, cov_b, pa, pb)})
    return pd.DataFrame(rows, columns=PAIR_COLUMNS)


_RELATION_TEXT = {"copy": "reuse long passages of each other", "follows": "share a substantial passage",
                  "common_phrase": "share only short stock phrases"}


def _pair_sentence(a, b, relation, direction, n, cov_a, cov_b, pa, pb) -> str:
    if direction == "none":
        order = "that is not evidence that either copied the other"
    elif direction == "unknown":
        missing = " and ".join(d for d, p in ((a, pa), (b, pb)) if not p)
        order = (f"which came first is unknown (no publication date for {missing})" if missing
                 else f"both are dated {pa}, so which came first is unknown")
    else:
        first, second = (a, b) if direction == "b follows a" else (b, a)
        order = f"{second} follows {first} (published {min(pa, pb)} and {max(pa, pb)})"
    return (f"{a} and {b} {_RELATION_TEXT[relation]}: {n} shared passage{'s' if n != 1 else ''} covering "
            f"{cov_a:.0%} of {a} and {cov_b:.0%} of {b}; {order}.")


def _dates(documents: pd.DataFrame) -> dict[str, str]:
    """doc_id -> publication date as text, '' when unknown (also when read back from a CSV as NaN)."""
    return {d: p if isinstance(p, str) else "" for d, p in zip(documents.doc_id, documents.published)}


def _union_length(spans) -> int:
    """Characters covered by possibly overlapping (start, end) spans."""
    total, cur_s, cur_e = 0, None, None
    for s, e in sorted(spans):
        if cur_e is None or s > cur_e:
            total += (cur_e - cur_s) if cur_e is not None else 0
            cur_s, cur_e = s, e
        else:
            cur_e = max(cur_e, e)
    return total + ((cur_e - cur_s) if cur_e is not None else 0)


def source_groups(documents: pd.DataFrame, texts: dict[str, str], pairs: pd.DataFrame | None = None,
                  lineages: list[list[str]] = ()) -> dict[str, str]:
    """doc_id -> group id, where articles joined by a `copy` relation, or by a rare wrong figure they share
    (`lineages`, from `lineage.links`), form one independent source.

    The group id is the member published first (undated members sort after
    dated ones, ties by doc_id), i.e. the presumed original. Articles that
    only `follow` another (a shared quote) stay independent sources: they did
    their own reporting apart from the quote; so do articles that share only
    stock phrases. Pass `pairs` (from `copy_pairs`) to avoid recomputing the
    alignment.
    """
    if pairs is None:
        pairs = copy_pairs(shared_passages(texts), documents, texts)
    parent = {d: d for d in documents.doc_id}

    def find(d):
        while parent[d] != d:
            parent[d] = parent[parent[d]]
            d = parent[d]
        return d

    joined = list(zip(pairs.doc_a[pairs.relation == "copy"], pairs.doc_b[pairs.relation == "copy"]))
    joined += [(docs[0], d) for docs in lineages for d in docs[1:]]
    for a, b in joined:
        if a in parent and b in parent:
            parent[find(a)] = find(b)
    published = _dates(documents)
    members: dict[str, list[str]] = defaultdict(list)
    for d in parent:
        members[find(d)].append(d)
    out = {}
    for docs in members.values():
        original = min(docs, key=lambda d: (not published[d], published[d], d))
        out.update({d: original for d in docs})
    return dict(sorted(out.items()))
