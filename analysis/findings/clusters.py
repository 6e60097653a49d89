"""Figures that agree, grouped: one disagreement is one pair of groups, not one pair of claims.

Ten articles repeating a wrong figure against the reference are one
disagreement, not ten. So the readings of one entity and measure are joined
into *clusters*: readings whose hedge intervals overlap, chained (5,600 and
"at least 5,600" and "more than 5,600" are one cluster). Each key then has an
*accepted* cluster, the one a reader should trust: the one holding the
reference row, else the one most independent sources give (copies collapsed),
if a single one does. Every other cluster is a deviation, reported once with
all its claims.
"""

from __future__ import annotations

from dataclasses import dataclass

from analysis.findings.evidence import EPS, REFERENCE, Context, Reading, Statement


@dataclass
class Cluster:
    """Readings of one entity and measure whose intervals overlap, chained."""

    entity: str
    measure: str
    unit: str
    readings: list[Reading]

    @property
    def statements(self) -> list[Statement]:
        return [s for r in self.readings for s in r.statements]

    @property
    def sources(self) -> list[str]:
        return sorted({s for r in self.readings for s in r.sources})

    @property
    def has_reference(self) -> bool:
        return any(r.has_reference for r in self.readings)

    @property
    def value(self) -> float:
        """The cluster's figure: the reference's, else the value given by the most statements."""
        for r in self.readings:
            if r.has_reference:
                return r.value
        return max(self.readings, key=lambda r: (len(r.statements), -r.value)).value

    @property
    def articles(self) -> list[Statement]:
        return [s for s in self.statements if s.source != REFERENCE]

    def text(self) -> str:
        return " / ".join(r.text() for r in self.readings)


def cluster(readings: list[Reading]) -> list[Cluster]:
    """Chain readings (sorted by low end) while the next one's interval meets the running upper end."""
    out: list[list[Reading]] = []
    top = None
    for r in sorted(readings, key=lambda r: (r.low, r.high, r.value)):
        if out and r.low <= top + EPS:
            out[-1].append(r)
            top = max(top, r.high)
        else:
            out.append([r])
            top = r.high
    return [Cluster(rs[0].entity, rs[0].measure, rs[0].unit, rs) for rs in out]


def by_key(ctx: Context) -> dict[tuple[str, str, str], list[Cluster]]:
    """(entity, measure, unit) -> its clusters, computed once per context."""
    cached = getattr(ctx, "_clusters", None)
    if cached is None:
        cached = {k: cluster(rs) for k, rs in ctx.by_key.items()}
        ctx._clusters = cached
    return cached


def accepted(ctx: Context, clusters: list[Cluster]) -> Cluster | None:
    """The cluster to trust: the reference's, else the one with strictly the most independent sources."""
    for c in clusters:
        if c.has_reference:
            return c
    ranked = sorted(clusters, key=lambda c: -ctx.support(c.sources))
    if len(ranked) == 1 or ranked and ctx.support(ranked[0].sources) > ctx.support(ranked[1].sources):
        return ranked[0]
    return None


def figure(ctx: Context, entity: str, measure: str, unit: str) -> Cluster | None:
    """The accepted figure for a key, or None when there is none or the sources split evenly."""
    clusters = by_key(ctx).get((entity, measure, unit))
    return accepted(ctx, clusters) if clusters else None
