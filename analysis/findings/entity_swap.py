"""entity_swap: the figure is another place's figure for the same measure.

A region's total printed under another region's name (Western Europe's 5,718
labelled the EU's), a world total under a region ("throughout Europe, 5,600
returned"), one country's figure given to its neighbour in a list. The
evidence is equality with another entity's accepted figure for the same
measure; only specific numbers count (`diagnosis.specific`), since round
figures are shared by many places by chance.
"""

from __future__ import annotations

from analysis.extract import gazetteer
from analysis.findings import clusters as C
from analysis.core.digits import specific
from analysis.findings.diagnosis import Diagnosis, same
from analysis.findings.evidence import Context, measure_name, name, num_text
from analysis.findings.measure_swap import evidence_of


def _aggregate(entity: str) -> bool:
    e = gazetteer.load().entity(entity)
    return entity == "WORLD" or bool(e and e.entity_type in ("region", "world", "group"))


def _unround(value: float) -> bool:
    """A two-digit count that ends in neither 0 nor 5 (87, 44): no outlet rounds to it, so an equal figure of a
    neighbour in the same list is that neighbour's, not a coincidence."""
    return value == int(value) and 10 < value < 100 and int(value) % 5 != 0


def match(ctx: Context, entity: str, measure: str, unit: str, value: float) -> tuple[str, C.Cluster] | None:
    """Another entity whose accepted figure for `measure` equals `value` (reference first), if specific enough."""
    found = []
    for (e, m, u), _ in C.by_key(ctx).items():
        if m != measure or u != unit or e == entity or not (specific(value, _aggregate(e)) or _unround(value)):
            continue
        alt = C.figure(ctx, e, m, u)
        if alt and same(value, alt.value):
            found.append((not alt.has_reference, -ctx.support(alt.sources), e, alt))
    return min(found, key=lambda t: t[:3])[2:] if found else None


def _evidence(entity: str, value: float, measure: str, alt: C.Cluster) -> str:
    by = "the reference" if alt.has_reference else f"{len(alt.sources)} source(s)"
    return (f"{num_text(value)} is the {measure_name(measure)} figure for {name(entity)} ({by}): the wrong place")


def diagnose(ctx: Context, dev: C.Cluster, acc: C.Cluster | None) -> Diagnosis | None:
    for r in dev.readings:
        hit = match(ctx, dev.entity, dev.measure, dev.unit, r.value)
        if hit:
            other, alt = hit
            return Diagnosis("entity_swap", "high", _evidence(other, r.value, dev.measure, alt), evidence_of(alt),
                             other, dev.measure, acc.value if acc else None, "probable entity swap")
    return None


def standalone(ctx: Context, dev: C.Cluster) -> Diagnosis | None:
    """No figure of its own to conflict with, but another place's better-supported figure is this number."""
    for r in dev.readings:
        hit = match(ctx, dev.entity, dev.measure, dev.unit, r.value)
        if hit and (hit[1].has_reference or ctx.support(hit[1].sources) > ctx.support(dev.sources)):
            other, alt = hit
            return Diagnosis("entity_swap", "medium", _evidence(other, r.value, dev.measure, alt), evidence_of(alt),
                             other, dev.measure, None, "probable entity swap")
    return None
