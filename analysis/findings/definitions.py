"""definition_mismatch: figures that look comparable but count different things.

Not found by comparing numbers: it is a fact about what each number counts,
so the rules are data (`analysis.findings.comparability.RULES`) and this
module only applies them to whatever claims it is given, showing both sides
with the reason and a verdict (high only if they contradict even allowing
for the definitions).
"""

from __future__ import annotations

from collections import defaultdict

from analysis.findings import arithmetic, comparability
from analysis.findings.evidence import EPS, REFERENCE, Context, Statement, finding, measure_name, name, notes, num_text, source_order
from analysis.findings.severity import weakest


def definition_mismatches(ctx: Context) -> list[dict]:
    """Apply every rule in `comparability.RULES`: both sides shown, with the reason and a verdict."""
    pool = ctx.stmts + arithmetic.derived_returned(ctx)
    rows = []
    for rule in comparability.RULES:
        for left_m, right_m in rule.measures:
            left = [s for s in pool if s.measure == left_m and _matches(s, rule.left_entity, rule.left_counters)]
            for entity in sorted({s.entity for s in left}):
                right_entity = entity if rule.right_entity == "*" else rule.right_entity
                lhs = [s for s in left if s.entity == entity]
                rhs = [s for s in pool if s.measure == right_m and s.entity == right_entity
                       and _matches(s, right_entity, rule.right_counters)]
                only_reference = all(s.source == REFERENCE for s in lhs + rhs)  # the yardstick against itself
                if rhs and not only_reference and not (rule.differ_only
                                                       and {s.value for s in lhs} == {s.value for s in rhs}):
                    rows.append(_definition_row(ctx, rule, entity, left_m, lhs, right_entity, right_m, rhs))
    return rows


def _matches(s: Statement, entity: str, counters: tuple[str, ...]) -> bool:
    return ((entity == "*" or s.entity == entity)
            and ("*" in counters or comparability.counter(s.attribution) in counters))


def _definition_row(ctx, rule, entity, left_m, lhs, right_entity, right_m, rhs) -> dict:
    if rule.relation == ">=":
        bad = any(a.high + EPS < b.low for a in lhs for b in rhs)
        verdict = "contradiction even allowing for the definitions" if bad else "consistent with the definitions"
        severity = "high" if bad else "low"
        why = f"the broader count should be at least the narrower one, and {'it is not' if bad else 'it is'}"
    else:
        verdict, severity = "different counters, not a contradiction in itself", "low"
        why = "the gap is what separate counts produce, not an error in either"
    explanation = (f"{measure_name(left_m).capitalize()} for {name(entity)}, {_side_text(ctx, lhs)}, is not the "
                   f"same thing as {measure_name(right_m)} for {name(right_entity)}, {_side_text(ctx, rhs)}: "
                   f"{rule.reason}; {why}.")
    return finding("definition_mismatch", severity, entity, left_m, f"{_side_values(lhs)} vs {_side_values(rhs)}",
                   verdict, lhs + rhs, explanation, other_entity=right_entity, other_measure=right_m,
                   confidence=weakest(lhs, rhs))


def _side_values(stmts: list[Statement]) -> str:
    out: dict[str, str] = {}
    for s in sorted(stmts, key=lambda s: (s.value, source_order(s.source))):
        key = num_text(s.value) if s.derivation else s.text()
        out.setdefault(key, f"{key} ({s.derivation})" if s.derivation else key)
    return " / ".join(out.values())


def _side_text(ctx: Context, stmts: list[Statement]) -> str:
    """'as many as 1,500 from The New York Times [004] (crediting the EU counterterrorism coordinator)'."""
    by_text: dict[str, list[Statement]] = defaultdict(list)
    for s in sorted(stmts, key=lambda s: (s.value, source_order(s.source))):
        by_text[f"{num_text(s.value)} ({s.derivation})" if s.derivation else s.text()].append(s)
    return "; ".join(f"{t} from {ctx.who(ss)}{notes(ss)}" for t, ss in by_text.items())


def _pairs() -> set[tuple[str, str]]:
    """Measure pairs some rule says count different things (both directions)."""
    return {p for r in comparability.RULES for a, b in r.measures if a != b for p in ((a, b), (b, a))}


def diagnose(ctx: Context, dev, acc):
    """A deviating figure equal to the same place's figure under a measure that counts something else.

    "More than 250 Americans made it" is the report's more than 250 who
    attempted: not a wrong number, a wrong definition.
    """
    from analysis.findings import clusters as C
    from analysis.findings.diagnosis import Diagnosis, same

    for r in dev.readings:
        for a, b in sorted(_pairs()):
            alt = C.figure(ctx, dev.entity, b, dev.unit) if a == dev.measure else None
            if alt and same(r.value, alt.value):
                rule = next(x for x in comparability.RULES if (a, b) in x.measures or (b, a) in x.measures)
                refs = [s for s in alt.statements if s.source == "reference"] or alt.statements
                return Diagnosis("definition_mismatch", "high", f"{num_text(r.value)} is {name(dev.entity)}'s "
                                 f"{measure_name(b)} figure, and {rule.reason}", refs, dev.entity, b,
                                 acc.value if acc else None, "different definition")
    return None
