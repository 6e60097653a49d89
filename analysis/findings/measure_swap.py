"""measure_swap: the figure is the same place's figure for another measure.

Returnees read as travellers ("5,600 travelled"), travellers' sub-counts read
as returnees', a women-and-children list whose numbers are the departures:
the number is right, the label is not. The evidence is equality with the
accepted figure of the same entity under another measure of the same unit,
among the measures a reader can confuse (people who left, came back, tried,
and their women and children; countries of origin and of return; not charges or deaths).
"""

from __future__ import annotations

from analysis.findings import clusters as C
from analysis.findings.diagnosis import Diagnosis, same
from analysis.findings.evidence import Context, measure_name, num_text, possessive

#: Measures one can be mistaken for another (counts of the same travellers at different stages), and the two
#: counts of countries ("5,600 from 33 countries" read as the travellers' origins), and the dead (returnees
#: printed as killed: "of the 850 Britons who went, around 425 have been killed"). A figure is only compared
#: with measures of its own unit.
CONFUSABLE = ("departed", "returned", "traveled_or_attempted", "attempted", "women_children", "women_returned",
              "children_returned", "women_departed", "children_departed", "countries_of_origin",
              "countries_of_return", "killed")
#: Small counts (seven Americans) match other small counts by chance.
MIN_VALUE = 10


def explanation_of(entity: str, value: float, other_measure: str, alt: C.Cluster) -> str:
    by = "the reference" if alt.has_reference else f"{len(alt.sources)} source(s)"
    return f"{num_text(value)} is {possessive(entity)} {measure_name(other_measure)} figure ({by}): the wrong measure"


def match(ctx: Context, entity: str, measure: str, unit: str, value: float) -> tuple[str, C.Cluster] | None:
    """The other measure whose accepted figure for `entity` equals `value`, if any (reference first)."""
    if measure not in CONFUSABLE or value < MIN_VALUE:
        return None
    found = []
    for other in CONFUSABLE:
        if other == measure:
            continue
        alt = C.figure(ctx, entity, other, unit)
        if alt and same(value, alt.value):
            found.append((not alt.has_reference, -ctx.support(alt.sources), other, alt))
    return min(found, key=lambda t: t[:3])[2:] if found else None


def evidence_of(alt: C.Cluster):
    """The statements that prove the other figure: the reference rows if any, else its articles."""
    refs = [s for s in alt.statements if s.source == "reference"]
    return refs or alt.statements


def diagnose(ctx: Context, dev: C.Cluster, acc: C.Cluster | None) -> Diagnosis | None:
    for r in dev.readings:
        hit = match(ctx, dev.entity, dev.measure, dev.unit, r.value)
        if hit:
            other, alt = hit
            return Diagnosis("measure_swap", "high", explanation_of(dev.entity, r.value, other, alt),
                             evidence_of(alt), dev.entity, other, acc.value if acc else None, "probable measure swap")
    return None


def standalone(ctx: Context, dev: C.Cluster) -> Diagnosis | None:
    """A figure with nothing to conflict with under its own measure, that another measure's figure explains.

    The other figure must be better supported (the reference, or more
    independent sources): otherwise the two labels are equally likely.
    """
    for r in dev.readings:
        hit = match(ctx, dev.entity, dev.measure, dev.unit, r.value)
        if hit and (hit[1].has_reference or ctx.support(hit[1].sources) > ctx.support(dev.sources)):
            other, alt = hit
            return Diagnosis("measure_swap", "medium", explanation_of(dev.entity, r.value, other, alt),
                             evidence_of(alt), dev.entity, other, None, "probable measure swap")
    return None
