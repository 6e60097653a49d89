"""Where the sources disagree, and why: every finding computed from the claims tables.

The articles disagree with each other and with the report. A researcher must
know which figure to cite and why, so each finding is one row with the
figures side by side, the claims (claim_id -> character span) and reference
rows (ref_id -> file:line) behind them, who each source credits, and one
generated sentence. Nothing here is written for a particular article: the
checks are rules, and `analysis.comparability` holds the only table of domain
knowledge (which measures count different things). Vocabulary (statement,
reading) is in `analysis.evidence`; the within-source arithmetic in
`analysis.arithmetic`.

Kinds, and the severity that orders the table (SEVERITY, high first):

- value_conflict (high): same entity and measure, and the intervals the
  hedges allow do not overlap.
- likely_typo (high): a value conflict where the numbers differ by one digit
  or by two swapped adjacent digits.
- returned_exceeds_departed (high): one source says more came back than left.
- arithmetic: a stated share against the source's own counts (high: cannot
  be right; low: only the hedges save it; info: it checks out); a region
  against the sum of its member countries (medium when they disagree, since
  the member lists are this project's reading of each grouping).
- definition_mismatch (high or low): figures that look comparable but count
  different things; high only if they contradict even allowing for the
  definitions.
- misattribution (medium): a value equal to a better-supported figure under
  another measure or entity; ranked by `score`.
- zero_from_missing (low): "none returned" where the reference has no figure
  at all, perhaps a missing value read as zero.
- corroboration (info): how many independent sources give a figure once
  copies are collapsed.

Severity means: high, at least one figure is wrong or two sources cannot
both be right; medium, probably wrong, check the article; low, a reader
could be misled but nothing is wrong as stated; info, a check that passed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

import pandas as pd

from analysis.findings import arithmetic
from analysis.findings import comparability
from analysis.reference import table as reference_table
from analysis.sources import reuse
from analysis.findings.evidence import (COLUMNS, EPS, REFERENCE, Context, Reading, Statement, finding, measure_name, name, notes,
                       num_text, overlaps, plural, possessive, source_order, verb)

SEVERITY = ("high", "medium", "low", "info")
KINDS = ("value_conflict", "likely_typo", "returned_exceeds_departed", "arithmetic", "definition_mismatch",
         "misattribution", "zero_from_missing", "corroboration")


def find(claims: pd.DataFrame, documents: pd.DataFrame, reference: pd.DataFrame,
         groups: dict[str, str] | None = None) -> pd.DataFrame:
    """All findings, one row each, sorted by severity (high first), kind, score, entity and measure.

    `groups` maps doc_id -> independent-source group (`reuse.source_groups`);
    without it every article counts as its own source.
    """
    ctx = Context.build(claims, documents, reference, groups)
    rows = (value_conflicts(ctx) + arithmetic.share_checks(ctx) + arithmetic.parts_and_wholes(ctx)
            + arithmetic.returned_exceeds_departed(ctx) + definition_mismatches(ctx) + misattributions(ctx)
            + zeros_from_missing(ctx) + corroborations(ctx))
    df = pd.DataFrame(rows, columns=COLUMNS).astype({"score": float})
    keys = df.assign(_s=df.severity.map(SEVERITY.index), _k=df.kind.map(KINDS.index), _score=-df.score.fillna(0))
    keys = keys.sort_values(["_s", "_k", "_score", "entity", "measure", "values", "doc_ids"], kind="stable")
    return df.loc[keys.index].reset_index(drop=True)


# --------------------------------------------------------------------------- value conflicts and typos

def value_conflicts(ctx: Context) -> list[dict]:
    """Readings of one entity and measure whose hedge intervals do not overlap."""
    rows = []
    for (entity, measure, _), rs in ctx.by_key.items():
        for a, b in combinations(rs, 2):
            if a.overlaps(b):
                continue
            a, b = _order(ctx, a, b)
            slip = digit_slip(a.value, b.value)
            explanation = (f"{ctx.who(a.statements)} {verb(a.statements, 'gives', 'give')} {a.text()} for "
                           f"{name(entity)} ({measure_name(measure)}), but {ctx.who(b.statements)} "
                           f"{verb(b.statements, 'gives', 'give')} {b.text()}, and the ranges their hedges allow do "
                           f"not overlap{notes(b.statements)}"
                           + (f"; the numbers differ by {slip}, so one is probably a typo" if slip else "") + ".")
            rows.append(finding("likely_typo" if slip else "value_conflict", "high", entity, measure,
                                f"{a.text()} vs {b.text()}", "conflict", [a, b], explanation))
    return rows


def _order(ctx: Context, a: Reading, b: Reading) -> tuple[Reading, Reading]:
    """Less-supported reading first; the reference (or the better-corroborated figure) second."""
    ka = (a.has_reference, ctx.support(a.sources), -a.value)
    kb = (b.has_reference, ctx.support(b.sources), -b.value)
    return (a, b) if ka <= kb else (b, a)


def digit_slip(x: float, y: float) -> str:
    """'two adjacent digits swapped' or 'one digit' when x and y look like a keying error, else ''.

    Only whole numbers of three digits or more count: 25 vs 52 is too easily a
    real difference. A one-digit change also needs three significant digits
    on both sides (1,300 vs 1,500 are two round estimates, not a slip).
    """
    if x != int(x) or y != int(y) or x == y:
        return ""
    a, b = str(int(x)), str(int(y))
    if len(a) != len(b) or len(a) < 3:
        return ""
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
        return "two adjacent digits swapped"
    if len(diff) == 1 and min(significant_digits(x), significant_digits(y)) >= 3:
        return "one digit"
    return ""


def significant_digits(v: float) -> int:
    """Significant digits of a whole number: 3,417 -> 4, 850 -> 2, 3,000 -> 1."""
    return max(1, len(str(int(round(v))).rstrip("0")))


# --------------------------------------------------------------------------- definitions

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
                if rhs and not (rule.differ_only and {s.value for s in lhs} == {s.value for s in rhs}):
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
                   verdict, lhs + rhs, explanation, other_entity=right_entity, other_measure=right_m)


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


# --------------------------------------------------------------------------- misattribution

def misattributions(ctx: Context) -> list[dict]:
    """Article figures that equal a better-supported figure under another measure or entity, ranked.

    A candidate is an article reading whose exact value another source gives
    for the same entity under another measure (Fox's women-and-children 3,417
    for Russia is Russia's departed figure), or, for numbers specific enough
    to make coincidence unlikely (three significant digits), for another
    entity under the same measure. The other reading must have more
    independent support than the candidate's own, or as much while other
    figures for the candidate's own measure contradict it (the reference's
    returned 900 for Turkey against an article's departed 900, when the
    reference's departed figure is about 1,500). `score` adds up the
    evidence: same entity (3) or not (1), specificity of the number
    (significant digits - 1), extra independent support, a conflict between
    the candidate and other figures for its own measure (1), an extractor
    flag saying the measure was uncertain (1), and other candidates of the
    same kind in the same sentence (1: a list read under the wrong heading).
    """
    by_value: dict[tuple[str, float], list[Reading]] = defaultdict(list)
    for rs in ctx.by_key.values():
        for r in rs:
            by_value[(r.unit, r.value)].append(r)
    found = []
    for (entity, measure, unit), rs in ctx.by_key.items():
        for c in rs:
            if c.value <= 0 or c.sources == [REFERENCE]:
                continue
            for alt in by_value[(unit, c.value)]:
                same_entity = alt.entity == entity
                if same_entity == (alt.measure == measure):
                    continue  # the same figure, or another entity under another measure
                if not same_entity and significant_digits(c.value) < 3:
                    continue
                extra = ctx.support(alt.sources) - ctx.support(c.sources)
                conflict = any(not r.overlaps(c) for r in rs)
                if extra + conflict > 0:
                    found.append((c, alt, same_entity, extra, conflict))
    in_sentence: dict[tuple, int] = defaultdict(int)
    for c, alt, *_ in found:
        for s in c.statements:
            in_sentence[(s.source, s.sentence, c.measure, alt.measure)] += 1
    rows = []
    for c, alt, same_entity, extra, conflict in found:
        uncertain = any(f in s.flags for s in c.statements for f in ("ambiguous", "measure_from"))
        siblings = max(in_sentence[(s.source, s.sentence, c.measure, alt.measure)] for s in c.statements) - 1
        score = ((3 if same_entity else 1) + significant_digits(c.value) - 1 + extra + int(conflict)
                 + int(uncertain) + int(siblings > 0))
        rows.append(_misattribution_row(ctx, c, alt, same_entity, score, conflict, uncertain, siblings))
    return rows


def _misattribution_row(ctx, c, alt, same_entity, score, conflict, uncertain, siblings) -> dict:
    n_alt = ctx.support(alt.sources)
    evidence = [f"{plural(n_alt, 'independent source')} {'gives' if n_alt == 1 else 'give'} {num_text(c.value)} as "
                f"{possessive(alt.entity)} {measure_name(alt.measure)} ({', '.join(map(ctx.label, alt.sources))}), "
                f"against {ctx.support(c.sources)} for the {measure_name(c.measure)} reading"]
    if conflict:
        evidence.append(f"other {measure_name(c.measure)} figures for {name(c.entity)} disagree with it")
    if uncertain:
        evidence.append("the extractor flagged its measure as uncertain")
    if siblings:
        evidence.append(f"{plural(siblings, 'other figure')} in the same sentence show the same pattern")
    swapped = (f"{possessive(alt.entity)} {measure_name(alt.measure)} figure" if same_entity
               else f"the {measure_name(alt.measure)} figure for {name(alt.entity)}")
    explanation = (f"{ctx.who(c.statements)} {verb(c.statements, 'gives', 'give')} {c.text()} as "
                   f"{possessive(c.entity)} {measure_name(c.measure)}, which equals {swapped}: probably "
                   f"{'the wrong measure' if same_entity else 'the wrong place'} ({'; '.join(evidence)}).")
    values = (f"{c.text()} {measure_name(c.measure)} = {alt.text()} {measure_name(alt.measure)}" if same_entity else
              f"{c.text()} for {name(c.entity)} = {alt.text()} for {name(alt.entity)}")
    return finding("misattribution", "medium", c.entity, c.measure, values, "probable misattribution", [c, alt],
                   explanation, other_entity=alt.entity, other_measure=alt.measure, score=float(score))


# --------------------------------------------------------------------------- zeros and corroboration

def zeros_from_missing(ctx: Context) -> list[dict]:
    """'None returned' where the reference has no figure: possibly missing data read as zero."""
    rows = []
    for (entity, measure, _), rs in ctx.by_key.items():
        if any(r.has_reference for r in rs):
            continue
        for r in rs:
            zeros = [s for s in r.statements if "zero_from_none" in s.flags]
            if not zeros:
                continue
            known = [s for s in ctx.stmts if s.source == REFERENCE and s.entity == entity]
            missing = (f"the reference gives {name(entity)} a figure for "
                       f"{', '.join(sorted({measure_name(s.measure) for s in known}))} but none for "
                       f"{measure_name(measure)}{notes(known)}" if known
                       else f"the reference has no figure at all for {name(entity)}")
            quoted = " / ".join(f"'{t}'" for t in sorted({s.number_text for s in zeros}))
            explanation = (f"{ctx.who(zeros)} {verb(zeros, 'says', 'say')} {quoted} for {name(entity)} "
                           f"({measure_name(measure)}), but {missing}, so the zero may be a missing figure read as "
                           f"none.")
            rows.append(finding("zero_from_missing", "low", entity, measure, f"{r.text()} vs no reference figure",
                                "possibly missing data", zeros, explanation))
    return rows


def corroboration(claims: pd.DataFrame, reference: pd.DataFrame, groups: dict[str, str] | None = None
                  ) -> pd.DataFrame:
    """Per (entity, measure, unit, value) stated by articles: how many articles, how many independent sources.

    Copies (same `groups` id) count once; `reference_agrees` says whether the
    reference gives the same value for the same entity and measure.
    """
    ctx = Context.build(claims, pd.DataFrame({"doc_id": [], "outlet": []}), reference, groups)
    rows = []
    for (entity, measure, unit), rs in ctx.by_key.items():
        for value, docs, on_ref in _by_value(rs):
            rows.append({"entity": entity, "measure": measure, "unit": unit, "value": value,
                         "n_documents": len(docs), "n_independent": ctx.support(docs), "reference_agrees": on_ref,
                         "doc_ids": ";".join(docs)})
    return pd.DataFrame(rows, columns=["entity", "measure", "unit", "value", "n_documents", "n_independent",
                                       "reference_agrees", "doc_ids"])


def _by_value(rs: list[Reading]):
    """(value, article doc_ids, reference gives it too) for each value articles state; hedges merge."""
    values: dict[float, list[Reading]] = defaultdict(list)
    for r in rs:
        values[r.value].append(r)
    for value, group in values.items():
        docs = sorted({s for r in group for s in r.sources if s != REFERENCE})
        if docs:
            yield value, docs, any(r.has_reference for r in group)


def corroborations(ctx: Context) -> list[dict]:
    """Figures that several articles repeat, with the independent count after collapsing copies."""
    rows = []
    for (entity, measure, unit), rs in ctx.by_key.items():
        for value, docs, on_ref in _by_value(rs):
            if len(docs) < 2:
                continue
            independent = ctx.support(docs)
            copies = [f"{d} reuses {ctx.group(d)}" for d in docs if ctx.group(d) != d]
            stmts = [s for r in rs if r.value == value for s in r.statements if s.source != REFERENCE]
            explanation = (f"{num_text(value)}{' %' if unit == 'percent' else ''} for {name(entity)} "
                           f"({measure_name(measure)}) appears in {plural(len(docs), 'article')} "
                           f"({', '.join(map(ctx.label, docs))}), which are {plural(independent, 'independent source')}"
                           + (f" once copies are collapsed ({'; '.join(copies)})" if copies else "")
                           + ("; the reference gives the same figure." if on_ref else "; the reference does not."))
            verdict = f"{len(docs)} articles, {independent} independent" + (" + reference" if on_ref else "")
            rows.append(finding("corroboration", "info", entity, measure, f"{num_text(value)}"
                                f"{' %' if unit == 'percent' else ''}", verdict, stmts, explanation))
    return rows


# --------------------------------------------------------------------------- end to end

@dataclass
class Analysis:
    """Everything the command and the notebook show, computed once."""

    documents: pd.DataFrame
    claims: pd.DataFrame
    reference: pd.DataFrame
    texts: dict[str, str]
    passages: pd.DataFrame
    pairs: pd.DataFrame
    groups: dict[str, str]
    findings: pd.DataFrame


def analyse(paths: list[str | Path], reference_dir: str | Path, approx_tolerance: float) -> Analysis:
    """Extract the articles under `paths`, detect text reuse, and compute every finding."""
    from analysis.extract.document import Params
    from analysis.batch.pipeline import extract_paths

    tables = extract_paths(paths, Params(approx_tolerance))
    ref = reference_table.load(reference_dir, approx_tolerance)
    texts = reuse.load_texts(tables.documents, paths)
    passages = reuse.shared_passages(texts)
    pairs = reuse.copy_pairs(passages, tables.documents, texts)
    groups = reuse.source_groups(tables.documents, texts, pairs=pairs)
    return Analysis(tables.documents, tables.claims, ref, texts, passages, pairs, groups,
                    find(tables.claims, tables.documents, ref, groups))


def headline(a: Analysis) -> dict:
    """Counts for the headline JSON: findings by kind and severity, documents, copies, independent sources."""
    return {"documents": len(a.documents), "claims": len(a.claims), "findings": len(a.findings),
            "findings_by_kind": {k: int((a.findings.kind == k).sum()) for k in KINDS},
            "findings_by_severity": {s: int((a.findings.severity == s).sum()) for s in SEVERITY},
            "shared_passages": len(a.passages),
            "copy_pairs": [f"{p.doc_a} {p.doc_b}" for p in a.pairs.itertuples() if p.relation == "copy"],
            "independent_sources": len(set(a.groups.values()))}


def counts(findings: pd.DataFrame) -> pd.DataFrame:
    """Findings by kind (rows, in KINDS order) and severity (columns, most severe first); absent ones left out."""
    return pd.crosstab(findings.kind, findings.severity).reindex(
        index=[k for k in KINDS if k in set(findings.kind)],
        columns=[s for s in SEVERITY if s in set(findings.severity)])


def explained(findings: pd.DataFrame, width: int = 115) -> str:
    """Every finding that is not a passed check, numbered, one wrapped sentence each, most severe first."""
    import textwrap

    flagged = findings[findings.severity != "info"]
    return "\n".join(textwrap.fill(f"{i}. [{f.severity}] {f.kind} · {f.entity} · {f.measure}: {f.explanation}",
                                   width, subsequent_indent="   ")
                     for i, f in enumerate(flagged.itertuples(), 1))


def reference_comparison(a: Analysis) -> pd.DataFrame:
    """Each article figure that has a reference figure for its entity and measure, with the relative difference.

    relative_difference_pct = 100 x (article value - reference value) / reference value;
    agrees says whether the two hedge intervals overlap.
    """
    ctx = Context.build(a.claims, a.documents, a.reference, a.groups)
    rows = []
    for (entity, measure, unit), rs in ctx.by_key.items():
        refs = [s for r in rs for s in r.statements if s.source == REFERENCE]
        if not refs or refs[0].value == 0:
            continue
        ref = refs[0]
        for r in rs:
            for s in r.statements:
                if s.source != REFERENCE:
                    rows.append({"doc_id": s.source, "label": ctx.label(s.source), "entity": entity,
                                 "measure": measure, "unit": unit, "value": s.value, "qualifier": s.qualifier,
                                 "reference_value": ref.value, "reference_qualifier": ref.qualifier,
                                 "reference_low": ref.low, "reference_high": ref.high,
                                 "relative_difference_pct": round(100 * (s.value - ref.value) / ref.value, 2),
                                 "agrees": overlaps(s, ref),
                                 "claim_id": s.claim_ids[0], "ref_id": ref.ref_ids[0]})
    cols = ["doc_id", "label", "entity", "measure", "unit", "value", "qualifier", "reference_value",
            "reference_qualifier", "reference_low", "reference_high", "relative_difference_pct", "agrees",
            "claim_id", "ref_id"]
    return pd.DataFrame(rows, columns=cols).drop_duplicates(["doc_id", "entity", "measure", "value", "qualifier"])
