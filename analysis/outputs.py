"""Atomic, reproducible writes: every output goes to a temporary file, then moves into place.

A run that fails midway leaves the previous outputs whole. Formats are chosen
by extension; the bytes depend only on the data (no timestamps, sorted keys).
"""

from __future__ import annotations

import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

from .errors import OutputError

TABLE_FORMATS = (".csv", ".parquet")


@contextmanager
def atomic_path(path: str | Path):
    """Yield a temporary path beside `path`; on success it replaces `path` in one step."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_table(df: pd.DataFrame, path: str | Path) -> Path:
    """Write a DataFrame as CSV or Parquet (by extension), atomically."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in TABLE_FORMATS:
        raise OutputError(f"{path}: output must end in .csv or .parquet")
    with atomic_path(path) as tmp:
        if suffix == ".csv":
            df.to_csv(tmp, index=False, lineterminator="\n")
        else:
            df.to_parquet(tmp, index=False)
    return path


def write_json(data, path: str | Path) -> Path:
    """Write JSON with sorted keys and a final newline, atomically."""
    with atomic_path(path) as tmp:
        tmp.write_text(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    return Path(path)


def write_text(text: str, path: str | Path) -> Path:
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return Path(path)


def inside(base: str | Path, path: str | Path) -> Path:
    """`path` resolved under `base`; refuses anything that would land outside it."""
    base = Path(base).resolve()
    target = (base / path).resolve()
    if target != base and base not in target.parents:
        raise OutputError(f"{path}: refusing to write outside the output folder {base.name}/")
    return target
