"""Hand-off formats: the run's tables as a newsroom or a data repository takes them.

A data journalist opens a spreadsheet, a charting tool wants one row per
country and one column per source, and a repository wants a machine-readable
description of every table. `write_handoff` reads the CSVs a run wrote in
outputs/ and writes, beside them:

- `coverage_tables.xlsx`: the main tables, one sheet each, and a README sheet
  describing every sheet and column (from `catalog`, hence the data dictionary);
- `wide/<measure>.csv`: one row per entity, one value column and one qualifier
  column per source (the reference first), plus `wide/sources.csv` saying
  which document each column is;
- `datapackage.json`: a Frictionless data package (Table Schema) describing
  every CSV in outputs/, wide ones included.

It never recomputes a figure: everything comes from the tables the notebooks
wrote, so the hand-off files say exactly what the run said. Bytes depend only
on those tables (fixed workbook timestamps, sorted JSON keys).
"""

from __future__ import annotations

from pathlib import Path


from analysis.core.errors import AnalysisError
from analysis.core.outputs import write_json
from analysis.core.paths import ROOT, display

from analysis.report.handoff.datapackage import datapackage
from analysis.report.handoff.tables import DATAPACKAGE, REQUIRED, SHEETS, field_types, infer_type, read_text_table
from analysis.report.handoff.wide import source_labels, write_wide
from analysis.report.handoff.workbook import write_workbook

__all__ = ["SHEETS", "datapackage", "field_types", "infer_type", "read_text_table", "source_labels", "write_handoff",
           "write_wide", "write_workbook"]


def write_handoff(outputs_dir: Path, figures_dir: Path) -> list[Path]:
    """Write the workbook, the wide CSVs and datapackage.json from the tables in `outputs_dir`; return the paths.

    The datapackage is written last because it describes every CSV in
    outputs/, the wide ones included. `figures_dir` is listed in the
    workbook's README so that a reader finds the editable SVGs and the CSVs
    of the plotted numbers.
    """
    outputs_dir, figures_dir = Path(outputs_dir), Path(figures_dir)
    for name in REQUIRED:
        if not (outputs_dir / name).is_file():
            raise AnalysisError(f"{_shown(outputs_dir / name)} is missing; notebook 01-parse-articles writes it: "
                                "run the notebooks first (python -m analysis run)")
    written = write_wide(outputs_dir)
    written.append(write_workbook(outputs_dir, figures_dir))
    written.append(write_json(datapackage(outputs_dir), outputs_dir / DATAPACKAGE))
    return written


def _shown(path: Path) -> str:
    """A path for a message: relative to the project inside it, else in full (the user must find it)."""
    return display(path) if ROOT in path.resolve().parents else str(path)
