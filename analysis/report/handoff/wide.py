"""Wide CSVs: one row per entity, one value and one qualifier column per source, for charting tools."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from analysis.core.outputs import write_tables
from analysis.findings.evidence import title_name
from analysis.report.catalog import WIDE_COLUMNS, WIDE_SOURCES
from analysis.report.handoff.tables import QUALIFIER, WIDE, WIDE_INDEX, read_text_table

REFERENCE = "reference"
#: The reference's key among the doc_ids of the wide cells: no file name can hold a NUL, so no article collides.
_REF_KEY = "\0reference"
#: Measures that count nothing defined: no wide table.
NO_WIDE = ("unclassified",)
_CONFIDENCE_ORDER = {"high": 0, "medium": 1, "low": 2}
_FORMULA_START = re.compile(r"[=+\-@\t\r]")


def write_wide(outputs_dir: Path) -> list[Path]:
    """outputs/wide/<measure>.csv for every measure, and wide/sources.csv; stale wide CSVs are removed.

    The folder belongs to this function: a measure that a previous run had
    and this one has not must not leave its old table behind.
    """
    claims = read_text_table(outputs_dir / "claims.csv")
    documents = read_text_table(outputs_dir / "documents.csv")
    citations = _optional(outputs_dir / "citations.csv")
    labels = source_labels(documents)
    tables = wide_tables(claims, citations, labels)
    folder = outputs_dir / WIDE
    out = {folder / f"{m}.csv": df for m, df in tables.items()}
    out[folder / WIDE_INDEX] = sources_index(documents, labels)
    paths = write_tables(out)
    for stale in set(folder.glob("*.csv")) - set(paths):
        stale.unlink()
    return sorted(paths)


def _optional(path: Path) -> pd.DataFrame:
    """The citations table, or an empty one: a run without notebook 05 still gets the articles' columns."""
    empty = pd.DataFrame(columns=["entity", "measure", "unit", "cite", "value", "source"])
    return read_text_table(path) if path.is_file() else empty


def source_labels(documents: pd.DataFrame) -> dict[str, str]:
    """doc_id -> column name: the outlet, else the title (as on the charts), never a file name; unique.

    A document with neither is 'Untitled article N' (its row in the
    documents table); two documents with one name are told apart by date,
    then by a number. wide/sources.csv maps every name back to its doc_id.
    """
    from analysis.report.figures import source_label

    labels: dict[str, str] = {}
    for i, doc in enumerate(documents.to_dict("records"), 1):
        base = source_label(doc) if (doc.get("outlet") or doc.get("title")) else f"Untitled article {i}"
        labels[doc["doc_id"]] = _unique(_safe_header(base), doc.get("published", ""), set(labels.values()))
    return labels


def _safe_header(label: str) -> str:
    """A sidecar name that starts like a formula gets a leading "'" (a column header is a cell too)."""
    return "'" + label if _FORMULA_START.match(label) else label


def _unique(label: str, published: str, taken: set[str]) -> str:
    taken = taken | {REFERENCE, *WIDE_COLUMNS}
    candidates = [label, f"{label} ({published})" if published else label]
    candidates += [f"{label} {n}" for n in range(2, len(taken) + 3)]
    return next(c for c in candidates if c not in taken and f"{c}{QUALIFIER}" not in taken)


def chosen_claims(claims: pd.DataFrame) -> pd.DataFrame:
    """One claim per document, entity and measure: the most confident reading, then the first in the text.

    Rejected claims, claims with no entity and unclassified numbers cannot
    be a cell of an entity-by-source table; they stay in the claims table.
    """
    keep = claims[(claims.corrected != "rejected") & (claims.entity != "") & ~claims.measure.isin(NO_WIDE)]
    order = keep.assign(_c=keep.confidence.map(_CONFIDENCE_ORDER).fillna(3), _s=keep.start.astype(int))
    order = order.sort_values(["doc_id", "entity", "measure", "_c", "_s"], kind="stable")
    return order.drop_duplicates(["doc_id", "entity", "measure"]).drop(columns=["_c", "_s"])


def reference_figures(citations: pd.DataFrame) -> pd.DataFrame:
    """entity, measure, value, qualifier of the reference row each citation rests on.

    The citations table holds one reference row per entity and measure the
    reference gives, worded as `qualifier number` ('more than 165'); the
    qualifier is that wording less the number.
    """
    from analysis.findings.evidence import fmt

    ref = citations[citations.source == REFERENCE]
    qualifier = [c.removesuffix(fmt(float(v), "", u)).strip() if c.endswith(fmt(float(v), "", u)) else ""
                 for c, v, u in zip(ref.cite, ref.value, ref.unit)]
    return pd.DataFrame({"doc_id": _REF_KEY, "entity": ref.entity, "measure": ref.measure, "value": ref.value,
                         "qualifier": qualifier})


def wide_tables(claims: pd.DataFrame, citations: pd.DataFrame, labels: dict[str, str]) -> dict[str, pd.DataFrame]:
    """measure -> entity-by-source table, for every measure an article or the reference gives."""
    cells = pd.concat([reference_figures(citations),
                       chosen_claims(claims)[["doc_id", "entity", "measure", "value", "qualifier"]]],
                      ignore_index=True)
    columns = {_REF_KEY: REFERENCE, **labels}
    return {m: wide_table(g, columns) for m, g in sorted(cells.groupby("measure"), key=lambda kv: kv[0])}


def wide_table(cells: pd.DataFrame, columns: dict[str, str]) -> pd.DataFrame:
    """One measure's cells (doc_id, entity, value, qualifier) as one row per entity, sources in `columns` order.

    The reference column is always there; a document that gives nothing
    for this measure gets no column.
    """
    entities = sorted(set(cells.entity))
    out = pd.DataFrame({"entity": entities, "name": [title_name(e) for e in entities]})
    for doc_id, label in columns.items():
        mine = cells[cells.doc_id == doc_id].set_index("entity")
        if mine.empty and doc_id != _REF_KEY:
            continue
        out[label] = _numbers(out.entity.map(mine.value.astype(float)))
        out[f"{label}{QUALIFIER}"] = out.entity.map(mine.qualifier).fillna("")
    return out


def _numbers(values: pd.Series) -> pd.Series:
    """Whole numbers as integers (129, not 129.0), for charting tools that print what they read."""
    finite = values.dropna()
    return values.astype("Int64") if (finite == finite.round()).all() else values


def sources_index(documents: pd.DataFrame, labels: dict[str, str]) -> pd.DataFrame:
    """Which document each wide column is: the column name beside the doc_id and the sidecar's fields."""
    ref = pd.DataFrame([{"column": REFERENCE, "doc_id": "", "outlet": "", "title": "figures attributed to the "
                         "report in contemporary coverage (reference/)", "published": "", "kind": "", "url": ""}])
    docs = documents.assign(column=documents.doc_id.map(labels))[list(WIDE_SOURCES.columns)]
    return pd.concat([ref, docs], ignore_index=True)
