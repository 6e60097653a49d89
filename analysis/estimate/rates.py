"""Return rates: the share a source states, the share its own counts imply, and one estimate per entity.

An article may state a share ("a quarter"), give both counts ("some 425 of
850"), or both. A share computed from hedged counts is an interval, not a
number: "as many as 1,500" of "more than 5,000" allows anything from 0 to
30 %. Every rate therefore carries the interval implied by the qualifiers of
its inputs, and the best estimate per entity is built from intervals with the
rule in `RULE`, counting copies of one story as one source.
"""

from __future__ import annotations

import math
from itertools import product

import pandas as pd

RATE_COLUMNS = ["entity", "kind", "doc_id", "claim_ids", "ref_ids", "rate", "rate_low", "rate_high",
                "returned", "departed", "basis", "attribution", "flags"]
BEST_COLUMNS = ["entity", "rate", "rate_low", "rate_high", "status", "n_rates", "n_documents", "n_independent",
                "doc_ids", "claim_ids", "flags"]

#: Rates resting on these flags are listed but kept out of the best estimate.
EXCLUDED_FLAGS = frozenset({"zero_from_none"})

RULE = (
    "Best estimate per entity, from the articles only (the reference is shown beside it, never mixed in). "
    "(1) Within one article, every rate it gives for the entity (stated or computed from its own counts) must hold "
    "at once, so their intervals are intersected; the point is that of the narrowest statement, a stated share "
    "winning ties. "
    "(2) Articles that copy each other form one independent source; a copy that drops a hedge adds no precision, so "
    "the source keeps the hull of its articles' intervals and the median of their points. "
    "(3) Across independent sources, intervals that overlap are intersected and the point is the median of the "
    "sources' points, moved into that intersection; intervals that do not overlap are reported as a conflict with "
    "their hull. "
    "Rates that rest on a 'none' (possibly missing data read as zero) are listed but not estimated."
)


def rate_interval(ret_low: float, ret_high: float, dep_low: float, dep_high: float) -> tuple[float, float]:
    """Interval of returned / departed in percent, from the intervals of both counts.

    The smallest share takes the fewest returnees over the most departures; the
    largest the reverse. An open upper end ('more than') on departures sends the
    low end to 0; an open end on returnees, or no lower bound on departures,
    sends the high end to 100. Both ends are capped at 100.
    """
    low = 0.0 if math.isinf(dep_high) else 100.0 * ret_low / dep_high
    high = 100.0 if (math.isinf(ret_high) or dep_low <= 0) else 100.0 * ret_high / dep_low
    return _round(min(low, 100.0)), _round(min(high, 100.0))


def stated_rates(claims: pd.DataFrame) -> pd.DataFrame:
    """The return shares the articles state themselves, one row per claim."""
    rows = []
    for c in claims[(claims.measure == "return_share") & (claims.entity != "")].itertuples():
        rows.append({"entity": c.entity, "kind": "stated", "doc_id": c.doc_id, "claim_ids": c.claim_id, "ref_ids": "",
                     "rate": c.value, "rate_low": c.value_low, "rate_high": c.value_high,
                     "returned": math.nan, "departed": math.nan,
                     "basis": f"{c.qualifier} {c.number_text}".strip(), "attribution": c.attribution,
                     "flags": c.flags})
    return _frame(rows)


def computed_rates(claims: pd.DataFrame) -> pd.DataFrame:
    """Returned / departed from the same article and entity, with the interval of both hedges.

    An article that repeats a count ("at least 129" ... "129") asserts both, so
    repeated statements of one value are intersected. Two different values for
    the same count in one article give one rate per combination, flagged.
    """
    rows = []
    people = claims[(claims.unit == "people") & (claims.entity != "")]
    for (doc_id, entity), g in people.groupby(["doc_id", "entity"], sort=True):
        returned = _merge_repeats(g[g.measure == "returned"])
        departed = _merge_repeats(g[g.measure == "departed"])
        several = len(returned) > 1 or len(departed) > 1
        for r, d in product(returned, departed):
            if d["value"] <= 0:
                continue  # no share of nothing; the counts stay in the claims table
            low, high = rate_interval(r["low"], r["high"], d["low"], d["high"])
            rate = 100.0 * r["value"] / d["value"]
            flags = set(r["flags"]) | set(d["flags"])
            if rate > 100:
                flags.add("returned_exceeds_departed")
            if several:
                flags.add("several_values_in_document")
            rows.append({"entity": entity, "kind": "computed", "doc_id": doc_id,
                         "claim_ids": ";".join(r["claim_ids"] + d["claim_ids"]), "ref_ids": "",
                         "rate": _round(min(rate, 100.0)), "rate_low": low, "rate_high": high,
                         "returned": r["value"], "departed": d["value"],
                         "basis": f"{r['text']} of {d['text']}", "attribution": _attribution(r, d),
                         "flags": ";".join(sorted(flags))})
    return _frame(rows)


def article_rates(claims: pd.DataFrame) -> pd.DataFrame:
    """Stated and computed rates together, ordered by entity, document and kind."""
    both = pd.concat([stated_rates(claims), computed_rates(claims)], ignore_index=True)
    return both.sort_values(["entity", "doc_id", "kind", "claim_ids"], kind="stable", ignore_index=True)


def reference_rates(reference: pd.DataFrame) -> pd.DataFrame:
    """The reference's stated shares and the shares implied by its country counts (ref_ids kept)."""
    rows = []
    for r in reference[reference.measure == "return_share"].itertuples():
        rows.append({"entity": r.entity, "kind": "reference stated", "doc_id": "", "claim_ids": "", "ref_ids": r.ref_id,
                     "rate": r.value, "rate_low": r.value_low, "rate_high": r.value_high,
                     "returned": math.nan, "departed": math.nan,
                     "basis": f"{r.qualifier} {r.value:g} %".strip(), "attribution": "reference", "flags": ""})
    counts = reference[reference.measure.isin(["returned", "departed"])]
    for entity, g in counts.groupby("entity", sort=True):
        by = {row.measure: row for row in g.itertuples()}
        if {"returned", "departed"} <= set(by) and by["departed"].value > 0:
            r, d = by["returned"], by["departed"]
            low, high = rate_interval(r.value_low, r.value_high, d.value_low, d.value_high)
            rows.append({"entity": entity, "kind": "reference computed", "doc_id": "", "claim_ids": "",
                         "ref_ids": ";".join(dict.fromkeys([r.ref_id, d.ref_id])),
                         "rate": _round(min(100.0, 100.0 * r.value / d.value)), "rate_low": low, "rate_high": high,
                         "returned": r.value, "departed": d.value,
                         "basis": f"{_hedged(r.qualifier, r.value)} of {_hedged(d.qualifier, d.value)}",
                         "attribution": "reference", "flags": ""})
    return _frame(rows).sort_values(["entity", "kind"], kind="stable", ignore_index=True)


def best_estimates(rates: pd.DataFrame, groups: dict[str, str] | None = None) -> pd.DataFrame:
    """One rate per entity across articles, by `RULE`.

    `groups` maps doc_id -> independent-source id (articles that copy each other
    share one); None treats every article as independent.
    """
    out = combine(rates, ["entity"], ("rate", "rate_low", "rate_high"), groups)
    return out.rename(columns={"value": "rate", "value_low": "rate_low", "value_high": "rate_high",
                               "n_statements": "n_rates"})[BEST_COLUMNS]


def combine(rows: pd.DataFrame, keys: list[str], cols: tuple[str, str, str],
            groups: dict[str, str] | None = None) -> pd.DataFrame:
    """Combine per-article values of one quantity into one per `keys`, by the three steps of `RULE`.

    `rows` needs doc_id, claim_ids, flags and the (value, low, high) columns
    named in `cols`; a `kind` column equal to "stated" wins ties in step 1.
    Also used for counts by country (regions), where the same reasoning holds.
    Output columns: keys, value, value_low, value_high, status, counts, ids.
    """
    v, lo, hi = cols
    groups = groups or {}
    out = []
    for key_values, g in rows.groupby(keys, sort=True):
        flags = _flag_union(g["flags"])
        usable = g[~g["flags"].map(lambda f: bool(EXCLUDED_FLAGS & set(f.split(";"))))]
        base = {**dict(zip(keys, key_values)), "n_statements": len(g), "n_documents": g.doc_id.nunique(),
                "doc_ids": ";".join(sorted(g.doc_id.unique())), "claim_ids": ";".join(g.claim_ids), "flags": flags}
        if usable.empty:
            out.append({**base, "value": math.nan, "value_low": math.nan, "value_high": math.nan,
                        "status": "not estimated: rests on 'none' only", "n_independent": 0})
            continue
        per_doc = [_within_document(d, v, lo, hi) for _, d in usable.groupby("doc_id", sort=True)]
        by_group: dict[str, list[tuple[float, float, float, str]]] = {}
        for doc_id, est in zip(sorted(usable.doc_id.unique()), per_doc):
            by_group.setdefault(groups.get(doc_id, doc_id), []).append(est)
        sources = [_within_group(ests) for _, ests in sorted(by_group.items())]
        point, low, high, status = _across_sources(sources)
        if any(e[3] for e in per_doc):
            status += "; an article contradicts itself"
        out.append({**base, "value": _round(point), "value_low": _round(low), "value_high": _round(high),
                    "status": status, "n_independent": len(sources)})
    return pd.DataFrame(out, columns=[*keys, "value", "value_low", "value_high", "status", "n_statements",
                                      "n_documents", "n_independent", "doc_ids", "claim_ids", "flags"])


def compare_with_reference(best: pd.DataFrame, reference: pd.DataFrame) -> pd.DataFrame:
    """Best estimates beside the reference's rate for the same entity (stated share preferred)."""
    ref = reference.assign(_order=reference.kind.map({"reference stated": 0, "reference computed": 1}))
    ref = ref.sort_values(["entity", "_order"], kind="stable").drop_duplicates("entity")
    ref = ref[["entity", "rate", "rate_low", "rate_high", "ref_ids", "basis"]].rename(
        columns={"rate": "ref_rate", "rate_low": "ref_low", "rate_high": "ref_high", "basis": "ref_basis"})
    out = best.merge(ref, on="entity", how="left")
    overlap = ((out.rate_low <= out.ref_high) & (out.ref_low <= out.rate_high)).astype("boolean")
    out["overlaps_reference"] = overlap.mask(out.ref_rate.isna() | out.rate.isna())
    return out


def _within_document(rows: pd.DataFrame, v: str, lo: str, hi: str) -> tuple[float, float, float, bool]:
    """Step 1: (point, low, high, contradicts_itself) for one article's rates of one entity."""
    width = rows[hi] - rows[lo]
    stated_first = (rows["kind"] != "stated").astype(int) if "kind" in rows else 0
    best = rows.assign(_w=width, _s=stated_first).sort_values(["_w", "_s"], kind="stable").iloc[0]
    low, high = rows[lo].max(), rows[hi].min()
    if low <= high:
        return _clip(best[v], low, high), low, high, False
    return best[v], rows[lo].min(), rows[hi].max(), True


def _within_group(ests: list[tuple[float, float, float, bool]]) -> tuple[float, float, float]:
    """Step 2: one independent source = hull of its copies' intervals, median of their points."""
    points = sorted(e[0] for e in ests)
    return _median(points), min(e[1] for e in ests), max(e[2] for e in ests)


def _across_sources(sources: list[tuple[float, float, float]]) -> tuple[float, float, float, str]:
    """Step 3: intersect agreeing independent sources; report the hull of disagreeing ones."""
    point = _median(sorted(s[0] for s in sources))
    low, high = max(s[1] for s in sources), min(s[2] for s in sources)
    if len(sources) == 1:
        return point, low, high, "single source"
    if low <= high:
        return _clip(point, low, high), low, high, f"{len(sources)} independent sources agree"
    return point, min(s[1] for s in sources), max(s[2] for s in sources), \
        f"conflict between {len(sources)} independent sources"


def _merge_repeats(rows: pd.DataFrame) -> list[dict]:
    """One entry per distinct value; repeated statements of a value are intersected."""
    out = []
    for value, g in rows.groupby("value", sort=True):
        low, high = g.value_low.max(), g.value_high.min()
        hedged = g.sort_values(["value_high"], kind="stable").iloc[0]
        out.append({"value": value, "low": low, "high": high, "claim_ids": list(g.claim_id),
                    "text": _hedged(hedged.qualifier, value), "attribution": next((a for a in g.attribution if a), ""),
                    "flags": sorted(set(filter(None, ";".join(g["flags"]).split(";"))))})
    return out


def _attribution(r: dict, d: dict) -> str:
    parts = [a for a in (r["attribution"], d["attribution"]) if a]
    return parts[0] if len(set(parts)) == 1 or len(parts) == 1 else " / ".join(parts)


def _hedged(qualifier: str, value: float) -> str:
    return f"{qualifier} {value:,.0f}".strip()


def _flag_union(flags) -> str:
    return ";".join(sorted(set(filter(None, ";".join(flags).split(";")))))


def _median(sorted_points: list[float]) -> float:
    n = len(sorted_points)
    mid = n // 2
    return sorted_points[mid] if n % 2 else (sorted_points[mid - 1] + sorted_points[mid]) / 2


def _clip(x: float, low: float, high: float) -> float:
    return min(max(x, low), high)


def _round(x: float) -> float:
    return x if (math.isinf(x) or math.isnan(x)) else round(x, 4)


def _frame(rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=RATE_COLUMNS).astype(
        {"rate": float, "rate_low": float, "rate_high": float, "returned": float, "departed": float})


def summary(compared: pd.DataFrame, article_rates: pd.DataFrame, groups: dict[str, str] | None) -> dict:
    """Counts and best estimates for headline.json (`compared` from compare_with_reference)."""
    docs = sorted(article_rates.doc_id.unique())
    return {
        "rates": article_rates.kind.value_counts().sort_index().to_dict(),
        "documents_with_rates": len(docs),
        "independent_sources_with_rates": len({(groups or {}).get(d, d) for d in docs}),
        "best_estimate": {
            r.entity: {"rate": r.rate, "low": r.rate_low, "high": r.rate_high, "status": r.status,
                       "n_documents": r.n_documents, "n_independent": r.n_independent,
                       "reference_rate": r.ref_rate, "overlaps_reference": r.overlaps_reference}
            for r in compared.itertuples()},
    }
