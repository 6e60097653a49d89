"""The notebooks as a DAG: which notebook writes which table, and reading them back.

Notebook 01 extracts the claims and applies the reviewers' corrections; every
later notebook reads 01's Parquet tables from its `output_dir` instead of
extracting again, so a correction made once reaches every table, figure and
report page. A table that is missing (or was written by an older version)
stops the notebook, and `python -m analysis run`, with one sentence naming the
file and the notebook that writes it.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.batch.pipeline import Tables
from analysis.core.errors import AnalysisError
from analysis.core.paths import ROOT, display
from analysis.core.schema import CLAIMS, DOCUMENTS, SKIPPED

#: notebook -> the files it writes into output_dir that later notebooks read.
WRITES = {"01-parse-articles": ("claims.parquet", "documents.parquet", "skipped_numbers.parquet")}
#: file -> the schema it must meet.
SCHEMAS = {"claims.parquet": CLAIMS, "documents.parquet": DOCUMENTS, "skipped_numbers.parquet": SKIPPED}


class NotebookInputError(AnalysisError):
    """An input an earlier notebook should have written is missing or out of date; Jupyter shows one sentence."""

    def _render_traceback_(self) -> list[str]:  # IPython's hook for how an exception is displayed
        return [f"NotebookInputError: {self}"]


def writer(name: str) -> str:
    """The notebook that writes `name`."""
    return next(nb for nb, files in WRITES.items() if name in files)


def read(output_dir: str | Path, name: str) -> pd.DataFrame:
    """One table an earlier notebook wrote, checked against its schema."""
    path = Path(output_dir) / name
    shown = display(path) if ROOT in path.resolve().parents else str(path)
    rerun = f"notebook {writer(name)} writes it: run that notebook first (python -m analysis run runs them in order)"
    if not path.is_file():
        raise NotebookInputError(f"{shown} is missing; {rerun}.")
    df = pd.read_parquet(path)
    schema = SCHEMAS[name]
    if list(df.columns) != list(schema.columns):
        raise NotebookInputError(f"{shown} has other columns than this version writes; {rerun}.")
    return schema.validate(df)


def tables(output_dir: str | Path) -> Tables:
    """Documents, claims (corrected) and skipped numbers as notebook 01 wrote them."""
    claims = read(output_dir, "claims.parquet")  # first: the table every later notebook is about
    return Tables(read(output_dir, "documents.parquet"), claims, read(output_dir, "skipped_numbers.parquet"))
