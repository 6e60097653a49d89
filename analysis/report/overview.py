"""Views of the extracted tables for notebook 01: what each article claims, and what to read twice.

The notebook shows these tables as they are; keeping them here means the
counts it reports are tested like everything else. Article text is only ever
returned as table cells, which Jupyter and nbconvert escape when rendered.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.report import dictionary
from analysis.core.codebook import FLAGS
from analysis.core.outputs import write_table, write_text

#: The tables notebook 01 writes, by file stem.
TABLES = ("claims", "documents", "skipped_numbers")


def claims_per_document(documents: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    """One row per article: its outlet, and how many claims of each measure it gives."""
    counts = pd.crosstab(claims.doc_id, claims.measure)
    counts = counts.reindex(documents.doc_id, fill_value=0)
    counts = counts[counts.sum().sort_values(ascending=False, kind="stable").index]
    head = documents.set_index("doc_id")[["outlet", "kind", "n_claims", "n_flagged"]]
    head["n_unclassified"] = counts["unclassified"] if "unclassified" in counts else 0
    return head.join(counts)


def measure_mix(per_document: pd.DataFrame) -> pd.DataFrame:
    """`claims_per_document` for reading: the measure counts of each article in one column ("13 departed,
    12 returned, ..."), largest first, so that the table fits a page whatever the number of measures."""
    head = ["outlet", "kind", "n_claims", "n_flagged", "n_unclassified"]
    counts = per_document.drop(columns=head)
    mix = [", ".join(f"{int(n)} {m}" for m, n in row.sort_values(ascending=False, kind="stable").items() if n)
           for _, row in counts.iterrows()]
    return per_document[head].assign(by_measure=mix)


def flag_counts(claims: pd.DataFrame) -> pd.DataFrame:
    """How many claims carry each flag, with what the flag means."""
    exploded = claims.assign(flag=claims["flags"].str.split(";")).explode("flag")
    exploded = exploded[exploded.flag.fillna("") != ""]
    out = exploded.groupby("flag").agg(n_claims=("claim_id", "size"), n_documents=("doc_id", "nunique"))
    out["meaning"] = [FLAGS[f] for f in out.index]
    return out.sort_values(["n_claims"], ascending=False, kind="stable").reset_index()


def flagged(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims with at least one flag, or whose measure is unclassified: the ones to read before citing."""
    mask = (claims["flags"] != "") | (claims.measure == "unclassified")
    return quote_view(claims[mask]).assign(flags=claims.loc[mask, "flags"].to_numpy())


def quote_view(claims: pd.DataFrame) -> pd.DataFrame:
    """Each claim beside its quote, the number marked with ⟦ ⟧ so it can be found at a glance."""
    marked = [q[: ns - s] + "⟦" + q[ns - s: ne - s] + "⟧" + q[ne - s:]
              for q, s, ns, ne in zip(claims.quote, claims.start, claims.number_start, claims.number_end)]
    return pd.DataFrame({
        "claim_id": claims.claim_id.to_numpy(),
        "entity": claims.entity.to_numpy(),
        "measure": claims.measure.to_numpy(),
        "claim": [f"{q} {v:,.6g}".strip() + (" %" if u == "percent" else "")
                  for q, v, u in zip(claims.qualifier, claims.value, claims.unit)],
        "interval": [_interval(lo, hi) for lo, hi in zip(claims.value_low, claims.value_high)],
        "attribution": claims.attribution.to_numpy(),
        "quote": marked,
    })


def skipped_reasons(skipped: pd.DataFrame) -> pd.DataFrame:
    """Numbers that are not claims, counted by reason."""
    return (skipped.groupby("reason").agg(n_numbers=("number_text", "size"),
                                          examples=("number_text", lambda s: ", ".join(list(dict.fromkeys(s))[:5])))
            .sort_values("n_numbers", ascending=False, kind="stable").reset_index())


def write_tables(tables, folder: str | Path) -> list[Path]:
    """Claims, documents and skipped numbers as CSV and Parquet, plus the data dictionary (Markdown)."""
    folder = Path(folder)
    written = []
    for stem, df in zip(TABLES, (tables.claims, tables.documents, tables.skipped)):
        for ext in (".csv", ".parquet"):
            written.append(write_table(df, folder / f"{stem}{ext}"))
    written.append(write_text(dictionary.markdown(), folder / "data_dictionary.md"))
    return written


def summary(tables) -> dict:
    """Counts for headline.json."""
    c = tables.claims
    return {
        "documents": len(tables.documents),
        "claims": len(c),
        "claims_flagged": int((c["flags"] != "").sum()),
        "claims_unclassified": int((c.measure == "unclassified").sum()),
        "numbers_skipped": len(tables.skipped),
        "claims_per_document": dict(zip(tables.documents.doc_id, tables.documents.n_claims)),
        "claims_per_measure": c.measure.value_counts().sort_index().to_dict(),
    }


def _interval(low: float, high: float) -> str:
    if low == high:
        return "exact"
    return f"[{low:,.6g}, {'∞' if high == float('inf') else format(high, ',.6g')}]"
