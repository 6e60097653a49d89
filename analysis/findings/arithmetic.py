"""Arithmetic checks within a source: shares against counts, parts against wholes, returned against departed.

A source can be wrong without any other source to compare with: "425 of the
850 ... about a third" fails on its own numbers. Each check uses the interval
each hedge allows (`analysis.intervals`), so "at least 5,600 of more than
40,000" is judged by what the words permit, and reports a verdict:
consistent, consistent only within the hedges, or inconsistent.
"""

from __future__ import annotations

import math

from analysis.findings import comparability
from analysis.extract import gazetteer
from analysis.findings.evidence import EPS, REFERENCE, Context, Statement, credit, finding, fmt, measure_name, name, num_text

#: Shares checked against the same source's counts (share measure -> numerator, denominator). The killed
#: share is left out: articles give it for another date and population than their counts (Fox's "one in
#: five" is a 2015 estimate of aspiring fighters; its 40 dead are of the FBI's ~300, not of the 129).
SHARES = {"return_share": ("returned", "departed")}


def share_checks(ctx: Context) -> list[dict]:
    """Each stated share against the same source's own counts (e.g. 425 of 850 vs 'closer to half')."""
    rows = []
    for source, entity, by_measure in ctx.per_source():
        for share_measure, (num_measure, den_measure) in SHARES.items():
            for s, n, d in distinct_triples(by_measure, share_measure, num_measure, den_measure):
                if d.value > 0 and _same_counter(s, n, d):
                    rows.append(_share_row(ctx, source, entity, share_measure, s, n, d))
    return rows


def _same_counter(*stmts: Statement) -> bool:
    """A share and its counts must come from one counter (an unattributed figure fits any)."""
    return len({comparability.counter(s.attribution) for s in stmts if s.attribution}) <= 1


#: Percentage points a stated share may differ from its counts' ratio by rounding alone: shares are stored to two
#: decimals, so "a third" is 33.33 while 60 of 180 is 33.333...
ROUNDING = 0.01


def _share_row(ctx, source, entity, share_measure, s, n, d) -> dict:
    point = 100 * n.value / d.value
    low = 100 * n.low / d.high if d.high > 0 else 0.0
    high = 100 * n.high / d.low if d.low > 0 else math.inf
    if s.low - ROUNDING <= point <= s.high + ROUNDING:
        verdict, severity = "consistent", "info"
    elif high + ROUNDING >= s.low and s.high + ROUNDING >= low:
        verdict, severity = "consistent only within the hedges", "low"
    else:
        verdict, severity = "inconsistent", "high"
    hedges = ("" if verdict == "consistent" or high - low < 0.05 else
              f" (its hedges allow {low:.1f} to {num_text(high)} %)" if math.isfinite(high) else
              " (its hedges leave the ratio open)")
    values = f"{n.text()} of {d.text()} = {point:.1f} % vs stated {s.text()}"
    explanation = (f"{ctx.label(source)} states a {measure_name(share_measure)} of {s.text()} for {name(entity)}, "
                   f"but its own counts ({n.text()} of {d.text()}) give {point:.1f} %{hedges}, so the stated share "
                   f"is {verdict} with them." if verdict != "consistent" else
                   f"{ctx.label(source)} states a {measure_name(share_measure)} of {s.text()} for {name(entity)}, "
                   f"and its own counts ({n.text()} of {d.text()}) give {point:.1f} %, which agrees.")
    return finding("arithmetic", severity, entity, share_measure, values, verdict, [s, n, d], explanation)


def distinct_triples(by_measure, a, b, c):
    """Distinct (a, b, c) statement combinations of one source and entity (repeats of a figure collapse)."""
    seen = set()
    for x in by_measure.get(a, []):
        for y in by_measure.get(b, []):
            for z in by_measure.get(c, []):
                key = tuple((s.value, s.low, s.high) for s in (x, y, z))
                if key not in seen:
                    seen.add(key)
                    yield x, y, z


def parts_and_wholes(ctx: Context) -> list[dict]:
    """A region's figure against the sum of its member countries, in the reference and in the same article.

    With every member counted the sum must agree with the region figure
    (intervals overlap). With some members missing the sum is only a lower
    bound, so only a sum that already exceeds the region figure is reported.
    Severity is medium at most: the member lists are this project's reading
    of each grouping (analysis/data/regions.csv).
    """
    members_of = gazetteer.load().members
    figures = {(src, ent): by_m for src, ent, by_m in ctx.per_source()}
    rows, seen = [], set()
    for s in ctx.stmts:
        members = members_of.get(s.entity, ())
        if not members or s.entity == "WORLD" or s.measure not in ("departed", "returned"):
            continue
        for parts_source in dict.fromkeys((s.source, REFERENCE)):
            parts = [figures.get((parts_source, m), {}).get(s.measure, []) for m in members]
            parts = [p[0] for p in parts if p]
            key = (s.source, s.entity, s.measure, s.value, s.qualifier, parts_source)
            if parts and key not in seen:
                seen.add(key)
                row = _parts_row(ctx, s, parts, len(members), parts_source)
                if row:
                    rows.append(row)
    return rows


def _parts_row(ctx, s, parts, n_members, parts_source) -> dict | None:
    lo, hi, total = sum(p.low for p in parts), sum(p.high for p in parts), sum(p.value for p in parts)
    complete = len(parts) == n_members
    agree = hi + EPS >= s.low and s.high + EPS >= lo
    if complete and agree:
        verdict, severity = "consistent", "info"
    elif not agree and (complete or lo > s.high + EPS):
        # A region figure the reference itself gives disagrees with the member list (this project's reading of
        # the grouping), not with the report: low. Otherwise the article's total is probably wrong: medium.
        verdict, severity = "inconsistent", "low" if _as_reference(ctx, s) else "medium"
    else:
        return None
    where = "the reference" if parts_source == REFERENCE else "the same article"
    listed = ", ".join(f"{name(p.entity)} {p.text()}" for p in parts)
    values = f"{s.text()} vs sum of {len(parts)} of {n_members} members in {where} = {num_text(total)}"
    explanation = (f"{ctx.label(s.source)} gives {s.text()} {measure_name(s.measure)} for {name(s.entity)}"
                   f"{credit(s)}, while its member countries in {where} add up to {num_text(total)} ({listed}"
                   f"{'' if complete else '; the other members have no figure'}), so the region figure is {verdict} "
                   f"with its parts; the member list is this project's reading of the grouping (regions.csv) and "
                   f"may differ from the source's.")
    return finding("arithmetic", severity, s.entity, s.measure, values, verdict, [s, *parts], explanation)


def _as_reference(ctx: Context, s: Statement) -> bool:
    """Whether `s` is, or agrees with, the reference's own figure for its entity and measure."""
    return any(r.source == REFERENCE and r.entity == s.entity and r.measure == s.measure
               and r.high + EPS >= s.low and s.high + EPS >= r.low for r in ctx.stmts)


def returned_exceeds_departed(ctx: Context) -> list[dict]:
    """One source saying more came back than left."""
    rows = []
    for source, entity, by_measure in ctx.per_source():
        for r, d, _ in distinct_triples(by_measure, "returned", "departed", "departed"):
            if r.low > d.high + EPS:
                values = f"{r.text()} returned vs {d.text()} departed"
                explanation = (f"{ctx.label(source)} says {r.text()} returned to {name(entity)} but only {d.text()} "
                               f"left{credit(r)}; more cannot come back than went, so one of the two figures is wrong.")
                rows.append(finding("returned_exceeds_departed", "high", entity, "returned", values, "inconsistent",
                                    [r, d], explanation, other_measure="departed"))
    return rows


def derived_returned(ctx: Context) -> list[Statement]:
    """Returned = departed x stated return share, for a source that gives both but no returned count.

    Needed to set an EU share ("a quarter of 5,000") against a count of
    returned Europeans. Derived statements are used only by the definition
    rules, never reported as if an article had stated them.
    """
    out = []
    for source, entity, by_measure in ctx.per_source():
        if by_measure.get("returned"):
            continue
        for share, dep, _ in distinct_triples(by_measure, "return_share", "departed", "departed"):
            text = f"{fmt(share.value, share.qualifier, share.unit)} of {dep.text()}"
            out.append(Statement(source, entity, "returned", "people", dep.value * share.value / 100,
                                 dep.low * share.low / 100, dep.high * share.high / 100, "", "",
                                 share.attribution or dep.attribution, share.claim_ids + dep.claim_ids,
                                 share.ref_ids + dep.ref_ids, note=share.note, derivation=text))
    return out
