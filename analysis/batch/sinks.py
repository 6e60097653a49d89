"""Table writers that take a table chunk by chunk, so a corpus of any size fits in memory.

Each sink writes to a temporary file beside its target; the sinks of one run
move into place together, and only when the whole run succeeded
(`outputs.atomic_paths`): a run that fails on its last output leaves every
earlier one as it was. The bytes equal what `write_table` gives for the
concatenated table:

* CSV: the header once, then each chunk's rows, formatted by the same
  `outputs.write_csv` call, so the file is byte-identical (line breaks quoted,
  sidecar formulas defused).
* Parquet: one fixed schema for every chunk (taken from the pandera schema, so
  a chunk whose text columns happen to be empty cannot change a type), and
  rows buffered into row groups of exactly `ROW_GROUP_ROWS`. A table of up to
  that many rows is byte-identical to `write_table`'s; a larger one holds the
  same schema and rows in several row groups instead of one (Parquet stores a
  row group column by column, so one group would need every row in memory).
  The row groups depend only on the rows, so the file is the same for any
  `--jobs` and chunk size. A table with no rows keeps its typed schema (from
  an empty frame `write_table` would store untyped, all-null columns).
"""

from __future__ import annotations

from contextlib import ExitStack, contextmanager
from pathlib import Path

import pandas as pd
import pandera.pandas as pa_schema
import pyarrow as pa
import pyarrow.parquet as pq

from analysis.core.errors import OutputError
from analysis.core.outputs import atomic_paths, check_table_path, write_csv, writing

#: Rows per Parquet row group: bounds the rows held in memory (~10 MB of claims).
ROW_GROUP_ROWS = 16_384

_EXAMPLE = {"str": "", "float64": 0.0, "int64": 0}


@contextmanager
def open_sink(path: str | Path, schema: pa_schema.DataFrameSchema):
    """A sink for `path` (.csv or .parquet): call `.write(chunk)` for each chunk in order."""
    with open_sinks({"table": (path, schema)}) as sinks:
        yield sinks["table"]


@contextmanager
def open_sinks(targets: dict[str, tuple[str | Path, pa_schema.DataFrameSchema]]):
    """Sinks by name for {name: (path, schema)}; the files replace their targets together, or none does."""
    paths = [Path(path) for path, _ in targets.values()]
    for path in paths:
        check_table_path(path)
    with atomic_paths(paths) as tmps, ExitStack() as closing:
        sinks = {}
        for name, tmp, path, (_, schema) in zip(targets, tmps, paths, targets.values()):
            with writing(path):
                sinks[name] = (CsvSink(tmp, list(schema.columns), path) if path.suffix.lower() == ".csv"
                               else ParquetSink(tmp, arrow_schema(schema), path))
            closing.callback(sinks[name].close)
        yield sinks


class CsvSink:
    def __init__(self, path: Path, columns: list[str], target: Path):
        self.columns, self.target = columns, target
        self._fh = open(path, "w", encoding="utf-8", newline="")
        pd.DataFrame(columns=columns).to_csv(self._fh, index=False, lineterminator="\n")

    def write(self, df: pd.DataFrame) -> None:
        if list(df.columns) != self.columns:
            raise ValueError(f"chunk columns {list(df.columns)} differ from the header {self.columns}")
        with writing(self.target):
            write_csv(df, self._fh, header=False)

    def close(self) -> None:
        with writing(self.target):
            self._fh.close()


class ParquetSink:
    def __init__(self, path: Path, schema: pa.Schema, target: Path):
        self.schema, self.target = schema, target
        self._writer = pq.ParquetWriter(path, schema, compression="snappy")
        self._pending: list[pa.Table] = []
        self._n_pending = 0
        self._failed = False

    def write(self, df: pd.DataFrame) -> None:
        table = pa.Table.from_pandas(df, schema=self.schema, preserve_index=False)
        self._pending.append(table)
        self._n_pending += table.num_rows
        if self._n_pending >= ROW_GROUP_ROWS:
            self._guarded(self._flush, False)

    def _guarded(self, step, *args) -> None:
        """Run a write step; after a failed one, the file is abandoned (its temporary is removed)."""
        try:
            with writing(self.target):
                step(*args)
        except OutputError:
            self._failed = True
            raise

    def _flush(self, final: bool) -> None:
        table = pa.concat_tables(self._pending).combine_chunks()
        n_full = table.num_rows - table.num_rows % ROW_GROUP_ROWS
        cut = table.num_rows if final else n_full
        for start in range(0, cut, ROW_GROUP_ROWS):
            self._writer.write_table(table.slice(start, min(ROW_GROUP_ROWS, cut - start)),
                                     row_group_size=ROW_GROUP_ROWS)
        rest = table.slice(cut)
        self._pending, self._n_pending = ([rest], rest.num_rows) if rest.num_rows else ([], 0)

    def close(self) -> None:
        if self._failed:
            try:
                self._writer.close()
            except (OSError, pa.ArrowException):
                pass  # the error already raised said why; the temporary goes with the run
            return
        if self._pending:
            self._guarded(self._flush, True)
        self._guarded(self._writer.close)


def arrow_schema(schema: pa_schema.DataFrameSchema) -> pa.Schema:
    """The Arrow schema (with pandas metadata) that `DataFrame.to_parquet` gives a non-empty table."""
    example = pd.DataFrame({name: pd.Series([_EXAMPLE[str(col.dtype)]], dtype=str(col.dtype).replace("str", "object"))
                            for name, col in schema.columns.items()})
    return pa.Schema.from_pandas(example, preserve_index=False)
