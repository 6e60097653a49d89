"""other_report: the figure belongs to another agency, presented as the report's (or as nobody's).

The FBI's "about 300 Americans who travelled or attempted to travel", Putin's
"about 9,000" from the former Soviet Union, Tunisia's superseded 6,000: real
figures, but not the report's. They are known from `comparability.OTHER_FIGURES`
and from claims in the articles credited to another counter. A figure equal to
one of them, from a claim that does not credit that agency, and different from
the report's own figure, is the other agency's.
"""

from __future__ import annotations

from analysis.findings import clusters as C
from analysis.findings import comparability, measure_swap, typo
from analysis.findings.diagnosis import Diagnosis, same
from analysis.findings.evidence import REFERENCE, Context, Reading, Statement, measure_name, name, num_text, the


def agency_figures(ctx: Context, entity: str) -> list[tuple[float, str, str, list[Statement], str]]:
    """(value, counter, what, statements, measure) for every other-agency figure known for `entity`."""
    out = [(f.value, f.counter, f"{f.what} ({f.qualifier} {num_text(f.value)})", [], f.measure)
           for f in comparability.OTHER_FIGURES if f.entity == entity]
    for s in ctx.stmts:
        who = comparability.counter(s.attribution)
        if s.entity == entity and s.source != REFERENCE and who and who != "the report":
            out.append((s.value, who, f"{the(s.attribution)}'s {measure_name(s.measure)} figure", [s], s.measure))
    return out


def match(ctx: Context, dev: C.Cluster) -> tuple | None:
    """A reading of `dev` equal to another agency's figure, from claims that do not credit that agency.

    An agency's figure for another measure that the report gives as well (Turkey's 900 returnees, printed as
    its departures) is another measure's figure: measure_swap names it, not this diagnosis.
    """
    for r in dev.readings:
        if r.has_reference:
            continue
        for value, who, what, stmts, measure in agency_figures(ctx, dev.entity):
            own = {comparability.counter(s.attribution) for s in r.statements}
            if same(r.value, value) and who not in own and not any(s in r.statements for s in stmts):
                if measure != dev.measure and measure_swap.match(ctx, dev.entity, dev.measure, dev.unit, r.value):
                    continue
                return value, who, what, stmts, measure
    return None


def _diagnosis(ctx, dev, hit, acc, base) -> Diagnosis:
    value, who, what, stmts, measure = hit
    credited = [s for s in dev.articles if comparability.counter(s.attribution) == "the report"]
    severity = base if credited else "low"
    how = "credited to the report" if credited else "without naming its counter"
    return Diagnosis("other_report", severity, f"{num_text(value)} for {name(dev.entity)} is {what}, given here "
                     f"{how}", stmts, dev.entity, measure,
                     acc.value if acc else None, f"figure of {who}")


def diagnose(ctx: Context, dev: C.Cluster, acc: C.Cluster | None) -> Diagnosis | None:
    hit = match(ctx, dev)
    return _diagnosis(ctx, dev, hit, acc, "high") if hit else None


def _not_agencies(r: Reading) -> Reading:
    """The reading without the statements that credit another agency: when one speaker credits "more than 950" to
    the study and the next to the Verfassungsschutz, the first is the agency's figure under the report's name."""
    kept = [s for s in r.statements if comparability.counter(s.attribution) in ("", "the report")]
    return Reading(r.entity, r.measure, r.unit, r.value, r.low, r.high, kept) if kept else r


def standalone(ctx: Context, clusters: list[C.Cluster]) -> list[tuple[C.Cluster, Diagnosis]]:
    """Within agreeing figures ('about 9,000' overlaps 8,717), a reading that is exactly another agency's figure."""
    out = []
    acc = C.accepted(ctx, clusters)
    for c in clusters:
        for r in c.readings:
            if r.has_reference or (acc and (same(r.value, acc.value) or typo.digit_slip(r.value, acc.value))):
                continue  # 951 for 915 is a typo first, whatever agency once said 950
            part = C.Cluster(c.entity, c.measure, c.unit, [_not_agencies(r)])
            hit = match(ctx, part)
            if hit:
                out.append((part, _diagnosis(ctx, part, hit, acc, "medium")))
    return out
