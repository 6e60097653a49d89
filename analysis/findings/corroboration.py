"""corroboration: how many articles give a figure, and how many independent sources that is.

Copies are not corroboration: articles joined by a copy (`analysis.sources.reuse`)
count as one source, so a blog reposting a wire story adds nothing.
"""

from __future__ import annotations

from collections import defaultdict

import pandas as pd

from analysis.findings.evidence import REFERENCE, Context, Reading, finding, measure_name, name, num_text, plural
from analysis.findings.severity import side_confidence

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
                                f"{' %' if unit == 'percent' else ''}", verdict, stmts, explanation,
                                confidence=side_confidence(stmts)))
    return rows
