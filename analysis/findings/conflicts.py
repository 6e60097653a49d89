"""value_conflict and the diagnoses that replace it: one finding per disagreement, with all its claims.

For each entity and measure, the readings are clustered (`clusters`): every
cluster other than the accepted one is one disagreement, reported once with
every claim on each side. The first diagnosis in DIAGNOSES that explains the
deviating figure (a typo, a factor of ten, another agency's figure, another
measure's or another place's figure) names the finding; value_conflict is
left only where nothing explains it. When no cluster is accepted (two
figures from equally many sources), the one a diagnosis explains is the
deviation.

A figure with nothing to conflict with under its own key can still be
another key's figure (Fox's women-and-children list is the departures):
`standalone` finds those as measure_swap or entity_swap, and other-agency
figures hidden inside agreeing hedges ("about 9,000" is Putin's, not the
report's 8,717) as other_report.
"""

from __future__ import annotations

from analysis.findings import clusters as C
from analysis.findings import definitions, entity_swap, measure_swap, other_report, scale, typo
from analysis.findings.diagnosis import Diagnosis, same
from analysis.findings.evidence import REFERENCE, Context, finding, measure_name, name, notes, verb
from analysis.findings.severity import weakest

#: Tried in this order; the first that recognises the deviation names it.
DIAGNOSES = (typo, scale, other_report, definitions, measure_swap, entity_swap)


def diagnose(ctx: Context, dev: C.Cluster, acc: C.Cluster) -> Diagnosis | None:
    return next(filter(None, (m.diagnose(ctx, dev, acc) for m in DIAGNOSES)), None)


def value_conflicts(ctx: Context) -> list[dict]:
    """One row per cluster that disagrees with its key's accepted cluster."""
    rows = []
    for key, clusters in C.by_key(ctx).items():
        if len(clusters) < 2:
            continue
        acc = C.accepted(ctx, clusters)
        tied = acc is None
        acc = acc or _explained_choice(ctx, clusters)
        for dev in clusters:
            if dev is not acc:
                rows += [conflict_row(ctx, part, acc, diag, tied) for part, diag in by_diagnosis(ctx, dev, acc)]
    return rows


def by_diagnosis(ctx: Context, dev: C.Cluster, acc: C.Cluster) -> list[tuple[C.Cluster, Diagnosis | None]]:
    """The deviating cluster split by what explains each of its readings: 'more than 250' (the attempts) and
    'about 300' (the FBI's) agree with each other but are two different errors. Unexplained readings stay
    together, as one disagreement."""
    groups: dict[tuple, tuple[list, Diagnosis | None]] = {}
    for r in dev.readings:
        diag = diagnose(ctx, C.Cluster(dev.entity, dev.measure, dev.unit, [r]), acc)
        key = (diag.kind, diag.other_entity, diag.other_measure) if diag else ()
        groups.setdefault(key, ([], diag))[0].append(r)
    return [(C.Cluster(dev.entity, dev.measure, dev.unit, rs), diag) for rs, diag in groups.values()]


def _explained_choice(ctx: Context, clusters: list[C.Cluster]) -> C.Cluster:
    """With no accepted cluster: the one that leaves the most deviations explained (ties: the first)."""
    def explained(acc):
        return sum(diagnose(ctx, d, acc) is not None for d in clusters if d is not acc) - clusters.index(acc) * 1e-3
    return max(clusters, key=explained)


def _side(c: C.Cluster):
    """What a side rests on: its reference rows if it has them (the yardstick), else its claims."""
    refs = [s for s in c.statements if s.source == REFERENCE]
    return refs or c.statements


def conflict_row(ctx: Context, dev: C.Cluster, acc: C.Cluster, diag: Diagnosis | None, tied: bool = False) -> dict:
    """One disagreement. With no accepted side (`tied`), a diagnosed deviation rests on its own claims and the
    figure that explains it; the other side is named in the sentence, not counted as evidence."""
    kind = diag.kind if diag else "value_conflict"
    severity = diag.severity if diag else "high"
    one_source = len({s.source for s in dev.statements + acc.statements}) == 1
    if not diag and one_source:
        severity = "low"  # one article, two figures: usually two different counts the reading merged
    explanation = (f"{ctx.who(dev.statements)} {verb(dev.statements, 'gives', 'give')} {dev.text()} for "
                   f"{name(dev.entity)} ({measure_name(dev.measure)}), but {ctx.who(acc.statements)} "
                   f"{verb(acc.statements, 'gives', 'give')} {acc.text()}, and the ranges their hedges allow do "
                   f"not overlap{notes(acc.statements)}" + (f"; {diag.evidence}" if diag else "")
                   + ("; both figures are from one article, so read them both before calling either wrong"
                      if not diag and one_source else "") + ".")
    against = [] if diag and tied else acc.statements
    parts = dev.statements + against + (diag.other if diag else [])
    return finding(kind, severity, dev.entity, dev.measure, f"{dev.text()} vs {acc.text()}",
                   diag.verdict if diag else "conflict", parts, explanation,
                   other_entity=diag.other_entity if diag else "", other_measure=diag.other_measure if diag else "",
                   confidence=weakest(dev.statements, _side(acc) if against else diag.other))


def standalone(ctx: Context) -> list[dict]:
    """Swaps and other-agency figures among readings that conflict with nothing under their own key."""
    rows = []
    for (entity, measure, unit), clusters in C.by_key(ctx).items():
        if len(clusters) == 1 and not clusters[0].has_reference and clusters[0].articles:
            dev = clusters[0]
            diag = measure_swap.standalone(ctx, dev) or entity_swap.standalone(ctx, dev)
            if diag:
                rows.append(swap_row(ctx, dev, diag))
        # Another agency's figure inside the accepted cluster ("about 9,000" agrees with 8,717), whether or not
        # other clusters disagree with it.
        acc = clusters[0] if len(clusters) == 1 else C.accepted(ctx, clusters)
        if acc is not None:
            rows += [swap_row(ctx, part, diag) for part, diag in other_report.standalone(ctx, [acc])]
        rows += hidden_swaps(ctx, clusters)
    return rows


def hidden_swaps(ctx: Context, clusters: list[C.Cluster]) -> list[dict]:
    """A reading inside the accepted cluster only by its hedge ('at least 5,600' departed agrees with 'more than
    40,000'), whose value is not the accepted figure but another measure's or place's figure, the accepted figure
    with a zero dropped ('more than 4,000'), or a headline that misquotes its own body ('5,700 have returned' over
    'at least 5,600': inside the hedge, still a slip)."""
    acc = C.accepted(ctx, clusters)
    if acc is None:
        return []
    rows = []
    for r in acc.readings:
        if r.has_reference or same(r.value, acc.value):
            continue
        part = C.Cluster(acc.entity, acc.measure, acc.unit, [r])
        diag = (typo.digit_diagnosis(part, acc) or measure_swap.diagnose(ctx, part, acc)
                or entity_swap.diagnose(ctx, part, acc)
                or scale.diagnose(ctx, part, acc))  # "more than 4,000" agrees with "more than 40,000" by its hedge
        heads = None if diag else typo.headlines_of(part)
        if heads is not None:
            diag = typo.headline_slip(ctx, heads, acc)
            part = heads if diag else part
        if diag:
            diag.severity = "medium"
            rows.append(swap_row(ctx, part, diag))
    return rows


def swap_row(ctx: Context, dev: C.Cluster, diag: Diagnosis) -> dict:
    explanation = (f"{ctx.who(dev.statements)} {verb(dev.statements, 'gives', 'give')} {dev.text()} as "
                   f"{name(dev.entity)}'s {measure_name(dev.measure)}, and {diag.evidence}.")
    values = f"{dev.text()} {measure_name(dev.measure)} for {name(dev.entity)}"
    if diag.other_entity or diag.other_measure:
        values += f" = {measure_name(diag.other_measure or dev.measure)} for {name(diag.other_entity or dev.entity)}"
    return finding(diag.kind, diag.severity, dev.entity, dev.measure, values, diag.verdict, dev.statements + diag.other,
                   explanation, other_entity=diag.other_entity, other_measure=diag.other_measure,
                   confidence=weakest(dev.statements, diag.other))
