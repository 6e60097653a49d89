"""Where the sources disagree, and why: every finding computed from the claims tables.

The articles disagree with each other and with the report. A researcher must
know which figure to cite and why, so each finding is one row with the
figures side by side, the claims (claim_id -> character span) and reference
rows (ref_id -> file:line) behind them, who each source credits, and one
generated sentence. Nothing here is written for a particular article: the
checks are rules, one module per kind of finding, sharing the vocabulary of
`evidence` (statements, readings, how a finding cites them), `clusters`
(figures that agree), `diagnosis` (what explains a deviation) and `severity`
(capped by the confidence of the weakest reading a finding rests on).

Kinds (KINDS), and their modules:

- value_conflict (`conflicts`): one entity and measure, two clusters of
  figures whose hedge intervals do not overlap, reported once per
  disagreement, only where no diagnosis below explains it.
- likely_typo (`typo`): one digit changed or two adjacent digits swapped, or
  a headline against its own body.
- scale_error (`scale`): a factor of ten or a hundred.
- entity_swap (`entity_swap`): another place's figure for the same measure.
- measure_swap (`measure_swap`): the same place's figure for another measure.
- other_report (`other_report`): another agency's figure (the FBI's, Putin's).
- derived_attributed (`derived`): a share the outlet computed, credited to a source.
- returned_exceeds_departed, arithmetic (`arithmetic`): a source against its own counts.
- definition_mismatch (`definitions`, rules in `comparability`).
- zero_from_missing (`zeros`): "none" where the reference has no figure.
- corroboration (`corroboration`): copies collapsed, how many independent sources.

Severity (SEVERITY, most severe first; `severity.MEANING`): high, a figure
is wrong or two sources cannot both be right; medium, probably wrong; low,
a reader could be misled; info, a check that passed; check_reading, a
finding resting on a low-confidence reading: check the reading first.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis.findings import arithmetic, conflicts, derived, definitions, zeros
from analysis.findings.corroboration import corroboration, corroborations  # noqa: F401  (public API)
from analysis.findings.evidence import COLUMNS, REFERENCE, Context, overlaps
from analysis.findings.severity import SEVERITY
from analysis.findings.typo import digit_slip  # noqa: F401
from analysis.reference import table as reference_table
from analysis.sources import lineage, reuse

KINDS = ("value_conflict", "likely_typo", "scale_error", "entity_swap", "measure_swap", "other_report",
         "derived_attributed", "returned_exceeds_departed", "arithmetic", "definition_mismatch",
         "zero_from_missing", "corroboration")


def find(claims: pd.DataFrame, documents: pd.DataFrame, reference: pd.DataFrame,
         groups: dict[str, str] | None = None) -> pd.DataFrame:
    """All findings, one row each, sorted by severity (high first, check_reading last), kind, score, entity, measure.

    `groups` maps doc_id -> independent-source group (`reuse.source_groups`);
    without it every article counts as its own source.
    """
    ctx = Context.build(claims, documents, reference, groups)
    rows = (conflicts.value_conflicts(ctx) + conflicts.standalone(ctx) + derived.derived_attributions(ctx)
            + arithmetic.share_checks(ctx) + arithmetic.parts_and_wholes(ctx)
            + arithmetic.returned_exceeds_departed(ctx) + definitions.definition_mismatches(ctx)
            + zeros.zeros_from_missing(ctx) + corroborations(ctx))
    df = pd.DataFrame(rows, columns=COLUMNS).astype({"score": float})
    keys = df.assign(_s=df.severity.map(SEVERITY.index), _k=df.kind.map(KINDS.index), _score=-df.score.fillna(0))
    keys = keys.sort_values(["_s", "_k", "_score", "entity", "measure", "values", "doc_ids"], kind="stable")
    return df.loc[keys.index].reset_index(drop=True)


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
    lineages: pd.DataFrame  # rare wrong figures shared across articles (sources.lineage)


def analyse(paths: list[str | Path], reference_dir: str | Path, approx_tolerance: float) -> Analysis:
    """Extract the articles under `paths`, detect text reuse, and compute every finding (the command's path)."""
    from analysis.extract.document import Params
    from analysis.batch.pipeline import extract_paths

    tables = extract_paths(paths, Params(approx_tolerance))
    return analyse_tables(tables.documents, tables.claims, paths, reference_dir, approx_tolerance)


def analyse_tables(documents: pd.DataFrame, claims: pd.DataFrame, paths: list[str | Path],
                   reference_dir: str | Path, approx_tolerance: float) -> Analysis:
    """Every finding from claims already extracted (notebook 04 reads 01's corrected table).

    The articles under `paths` are read only for their text, to detect reuse.
    """
    ref = reference_table.load(reference_dir, approx_tolerance)
    texts = reuse.load_texts(documents, paths)
    passages = reuse.shared_passages(texts)
    pairs = reuse.copy_pairs(passages, documents, texts)
    lineages = lineage.rare_variants(claims, ref)
    groups = lineage.independent_sources(documents, claims, texts, ref, pairs=pairs)
    return Analysis(documents, claims, ref, texts, passages, pairs, groups, find(claims, documents, ref, groups),
                    lineages)


def summary(a: Analysis) -> dict:
    """Counts for the headline JSON: findings by kind and severity, documents, copies, independent sources."""
    return {"documents": len(a.documents), "claims": len(a.claims), "findings": len(a.findings),
            "findings_by_kind": {k: int((a.findings.kind == k).sum()) for k in KINDS},
            "findings_by_severity": {s: int((a.findings.severity == s).sum()) for s in SEVERITY},
            "shared_passages": len(a.passages),
            "copy_pairs": [f"{p.doc_a} {p.doc_b}" for p in a.pairs.itertuples() if p.relation == "copy"],
            "lineages": [f"{r.entity} {r.measure} {r.value:g}: {r.doc_ids}" for r in a.lineages.itertuples()],
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
