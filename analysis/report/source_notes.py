"""For each source, a `Variable | Source | Notes` table, computed from the claims and the reference.

Readers need to know, before comparing two outlets, which variables each one
gives and whom it credits for them: Fox's returnee figures come from the
report, its "about 300" Americans from the FBI, the New York Times' figures
from American and EU officials. The tables are built from the extracted
claims (never typed by hand), so they say exactly what the tables contain.
The README carries the seeds' version between markers; notebook 04 shows the
same for whatever articles it runs on.
"""

from __future__ import annotations

import pandas as pd

from analysis.core.codebook import MEASURES
from analysis.findings.evidence import plural

NOT_CREDITED = "not credited in its sentence"
MAX_ENTITIES = 8


def variables(claims: pd.DataFrame, documents: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per (doc_id, measure, attribution): how many claims, about which entities, with which hedges.

    With `documents`, each row also names the article's outlet.
    """
    rows = []
    keyed = claims.assign(source=claims.attribution.where(claims.attribution != "", NOT_CREDITED))
    for (doc_id, measure, source), g in keyed.groupby(["doc_id", "measure", "source"], sort=True):
        rows.append({"doc_id": doc_id, "variable": measure, "source": source, "n_claims": len(g),
                     "notes": _notes(g)})
    table = pd.DataFrame(rows, columns=["doc_id", "variable", "source", "n_claims", "notes"])
    if documents is not None:
        table.insert(0, "outlet", table.doc_id.map(documents.set_index("doc_id").outlet))
    return table


def _notes(g: pd.DataFrame) -> str:
    entities = sorted(set(g.entity.replace("", "(unresolved)")))
    shown = ", ".join(entities[:MAX_ENTITIES]) + (f" and {len(entities) - MAX_ENTITIES} more" if
                                                  len(entities) > MAX_ENTITIES else "")
    parts = [f"{plural(len(g), 'claim')}: {shown}"]
    hedges = sorted(set(g.qualifier) - {""})
    if hedges:
        parts.append("hedges: " + ", ".join(f"'{h}'" for h in hedges))
    flags = sorted({f for cell in g["flags"] for f in cell.split(";") if f})
    if flags:
        parts.append("flags: " + ", ".join(flags))
    return "; ".join(parts)


def reference_variables(ref: pd.DataFrame) -> pd.DataFrame:
    """The same view of the reference: one row per (file, measure), with the confidence levels it carries."""
    rows = []
    keyed = ref.assign(file=ref.ref_id.str.split(":").str[0])
    for (file, measure), g in keyed.groupby(["file", "measure"], sort=True):
        confidence = ", ".join(f"{k} {v}" for k, v in sorted(g.confidence.value_counts().items()))
        rows.append({"variable": measure, "source": f"reference/{file}", "n_rows": len(g),
                     "notes": f"{plural(len(g), 'row')}, {plural(g.entity.nunique(), 'entity', 'entities')}; "
                              f"confidence: {confidence}"})
    return pd.DataFrame(rows, columns=["variable", "source", "n_rows", "notes"])


def markdown(claims: pd.DataFrame, documents: pd.DataFrame, ref: pd.DataFrame | None = None) -> str:
    """A `#### outlet` heading and a Variable | Source | Notes table per article (and the reference)."""
    table = variables(claims)
    parts = []
    for doc in documents.sort_values("doc_id").itertuples():
        name = f"{doc.outlet or doc.doc_id} (`{doc.doc_id}`)"
        rows = table[table.doc_id == doc.doc_id]
        body = _md(rows) if len(rows) else "No numeric claims."
        parts.append(f"#### {name}\n\n{body}")
    if ref is not None:
        parts.append("#### Reference figures (`reference/`)\n\n" + _md(reference_variables(ref)))
    return "\n\n".join(parts)


def _md(rows: pd.DataFrame) -> str:
    lines = ["| Variable | Source | Notes |", "|---|---|---|"]
    for r in rows.itertuples():
        unit = MEASURES.get(r.variable, ("", ""))[0]
        variable = f"`{r.variable}`" + (f" ({unit})" if unit else "")
        lines.append(f"| {variable} | {r.source} | {r.notes.replace('|', chr(92) + '|')} |")
    return "\n".join(lines)
