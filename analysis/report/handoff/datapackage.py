"""datapackage.json: a Frictionless data package describing every CSV of outputs/."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.report.catalog import TABLES, WIDE_COLUMNS, WIDE_QUALIFIER, WIDE_SOURCE, WIDE_SOURCES, Table
from analysis.report.handoff.tables import CONVENTIONS, QUALIFIER, WIDE, WIDE_INDEX, field_types, read_text_table


def datapackage(outputs_dir: Path) -> dict:
    """A Frictionless tabular data package describing every CSV under `outputs_dir`, with relative paths."""
    csvs = sorted(p for p in outputs_dir.rglob("*.csv") if not any(part.startswith(".") for part in p.parts))
    return {
        "name": "foreign-fighter-claims-outputs",
        "title": "Numeric claims about foreign fighters and returnees in news coverage, with provenance",
        "description": "The tables of one run: claims tied to character spans of their articles, documents, "
                       "return rates, regional sums, findings (discrepancies between sources) and the figures to "
                       "cite; wide/ holds one entity-by-source table per measure for charting tools. " + " ".join(
                           CONVENTIONS[1:4]),
        "profile": "tabular-data-package",
        "resources": [resource(outputs_dir, p) for p in csvs],
    }


def resource(outputs_dir: Path, path: Path) -> dict:
    """One CSV as a tabular data resource: its fields (name, type, description), keys, and where it lies."""
    rel = path.relative_to(outputs_dir).as_posix()
    name = rel.removesuffix(".csv").replace("/", "-").lower()
    df = read_text_table(path)
    spec = spec_for(rel, df)
    kinds = field_types(path.stem, df) if "/" not in rel else {c: spec.types.get(c, "string") for c in df.columns}
    schema: dict = {"fields": [_field(c, t, spec.columns.get(c, "")) for c, t in kinds.items()],
                    "missingValues": [""]}
    if spec.primary_key:
        schema["primaryKey"] = list(spec.primary_key)
    if spec.foreign_keys and "/" not in rel:
        schema["foreignKeys"] = [{"fields": c, "reference": {"resource": t, "fields": f}}
                                 for c, (t, f) in spec.foreign_keys.items()]
    return {"name": name, "path": rel, "title": spec.title, "description": spec.row, "profile":
            "tabular-data-resource", "format": "csv", "mediatype": "text/csv", "encoding": "utf-8", "schema": schema}


def _field(name: str, kind: str, description: str) -> dict:
    return {"name": name, "type": kind, **({"description": description} if description else {})}


def spec_for(rel: str, df: pd.DataFrame) -> Table:
    """The catalog entry of a CSV; a wide table's is built from its columns (each source's pair)."""
    if rel == f"{WIDE}/{WIDE_INDEX}":
        return WIDE_SOURCES
    if rel.startswith(f"{WIDE}/"):
        measure = Path(rel).stem
        cols, values = dict(WIDE_COLUMNS), list(df.columns[len(WIDE_COLUMNS)::2])
        for c in df.columns[len(WIDE_COLUMNS):]:
            src = c.removesuffix(QUALIFIER)
            cols[c] = (WIDE_SOURCE if c in values else WIDE_QUALIFIER).format(source=src)
        return Table(f"Wide table: {measure}", f"One row per entity giving `{measure}`; one value column and one "
                     "qualifier column per source (wide/sources.csv names each source's document).", cols, ("entity",),
                     types={c: "number" for c in values})
    return TABLES.get(Path(rel).stem, Table(Path(rel).stem, "", {}))
