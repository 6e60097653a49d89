"""derived_attributed: a share the outlet computed itself, presented as a source's finding.

"About 15 percent of the fighters have returned, the report says": the report
gives 5,600 returnees and 40,000 travellers, and the 15 % is the outlet's
division. Citing it as the report's is an attribution error even when the
arithmetic is right. A stated share is derived when it equals, to the
precision it is printed with (and within its hedge), the division of the
same article's counts, or of the reference's counts, and the reference does
not state that share itself. A share credited to a source may also be the
entity's count over a region's or the world's (a wrong base).
"""

from __future__ import annotations

from itertools import product

from analysis.extract import gazetteer
from analysis.findings import arithmetic
from analysis.findings.evidence import (EPS, REFERENCE, Context, Statement, credit, finding, measure_name, name,
                                        num_text)
from analysis.findings.severity import capped, weakest


def _precision(value: float) -> float:
    """Half a unit of the last printed digit: 15 -> 0.5, 5.4 -> 0.05."""
    text = f"{value:g}"
    return 0.5 * 10 ** -(len(text.split(".")[1]) if "." in text else 0)


def _fits(share: Statement, num: Statement, den: Statement) -> bool:
    if den.value <= 0:
        return False
    point, tol = 100 * num.value / den.value, _precision(share.value)
    return share.low - tol - EPS <= point <= share.high + tol + EPS


def _counts(ctx: Context, source: str, entity: str, measure: str) -> list[Statement]:
    return [s for s in ctx.stmts if s.source == source and s.entity == entity and s.measure == measure]


def derived_attributions(ctx: Context) -> list[dict]:
    """Every stated share equal to a division of counts, where the reference states no such share."""
    rows, seen = [], set()
    for s in ctx.stmts:
        pair = arithmetic.SHARES.get(s.measure)
        if s.source == REFERENCE or not pair or (s.source, s.entity, s.value) in seen:
            continue
        if any(r.source == REFERENCE and r.entity == s.entity and r.measure == s.measure for r in ctx.stmts):
            continue
        hit = _division(ctx, s, pair, [s.entity]) or (_division(ctx, s, pair, _wholes(s.entity))
                                                         if s.attribution else None)
        if hit:
            seen.add((s.source, s.entity, s.value))
            rows.append(_row(ctx, s, *hit))
    return rows


def _division(ctx: Context, s: Statement, pair, bases: list[str]) -> tuple[Statement, Statement] | None:
    """The first count of the entity over a count of one of `bases` that gives the stated share; the article's own
    counts first, then the reference's (a numerator and its base may come from either)."""
    sources = (s.source, REFERENCE)
    for n_src, base, d_src in product(sources, bases, sources):
        if base == s.entity and n_src != d_src:
            continue  # the entity's own share: both counts from one place
        for n, d in product(_counts(ctx, n_src, s.entity, pair[0]), _counts(ctx, d_src, base, pair[1])):
            if _fits(s, n, d):
                return n, d
    return None


def _wholes(entity: str) -> list[str]:
    """"Tunisia has taken back only about 15 percent of its fighters, the report found": 800 Tunisian returnees
    over the Maghreb's 5,319 travellers. A credited share may be the entity's count over the count of a region it
    belongs to, or the world's: the outlet's division over the wrong base."""
    return [k for k, ms in gazetteer.load().members.items() if entity in ms] + ["WORLD"]


def _row(ctx: Context, s: Statement, n: Statement, d: Statement) -> dict:
    whose = {(s.source, s.source): "its own", (REFERENCE, REFERENCE): "the reference's"}.get(
        (n.source, d.source), "a")
    point = 100 * n.value / d.value
    base = "" if d.entity == s.entity else f" (a base that counts {name(d.entity)}, not {name(s.entity)})"
    severity = capped("medium" if s.attribution else "low", weakest([s]))
    explanation = (f"{ctx.label(s.source)} gives a {measure_name(s.measure)} of {s.text()} for {name(s.entity)}"
                   f"{credit(s) or ' without naming a source'}, but that is {whose} division of {n.text()} by "
                   f"{d.text()}{base} ({point:.1f} %), and the reference states no such share: the outlet's own "
                   f"arithmetic, not a figure of the source.")
    return finding("derived_attributed", severity, s.entity, s.measure,
                   f"{s.text()} = {num_text(n.value)} / {num_text(d.value)}", "the outlet's own arithmetic",
                   [s, n, d], explanation, other_measure=f"{n.measure}/{d.measure}", confidence=weakest([s]))
