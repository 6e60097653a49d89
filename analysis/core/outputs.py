"""Atomic, reproducible writes: every output goes to a temporary file, then moves into place.

A run that fails midway leaves the previous outputs whole. Formats are chosen
by extension; the bytes depend only on the data (no timestamps, sorted keys).
"""

from __future__ import annotations

import filecmp
import json
import os
import shutil
import tempfile
from collections.abc import Iterable
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

from analysis.core.errors import OutputError

TABLE_FORMATS = (".csv", ".parquet")


@contextmanager
def atomic_path(path: str | Path):
    """Yield a temporary path beside `path`; on success it replaces `path` in one step.

    A folder that cannot be created or written to, or a target that cannot be
    replaced (it is a folder, say), raises OutputError naming `path`, so the
    command line reports it in one line.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write here ({exc.strerror or exc})") from None
    os.close(fd)
    try:
        yield Path(tmp)
        try:
            os.chmod(tmp, 0o644)
            os.replace(tmp, path)
        except OSError as exc:
            raise OutputError(f"{path}: cannot be replaced ({exc.strerror or exc})") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def restored_on_failure(watched: Iterable[tuple[Path, str]]):
    """Run a block that rewrites many files; if it raises, put every watched file back as it was.

    Each file is already written atomically, but a run of four notebooks that
    fails in the third would otherwise leave new tables beside old figures.
    `watched` holds (folder, glob pattern) pairs; files the failed block
    created are removed, files it changed are restored (atomically) from a
    copy kept in a temporary folder, on disk so that large tables cost no memory.
    """
    watched = list(watched)
    backup = Path(tempfile.mkdtemp(prefix="analysis-backup-"))
    try:
        kept = {f: _keep(f, backup / str(i)) for i, f in enumerate(_files(watched))}
        try:
            yield
        except BaseException:
            for f in _files(watched):
                if f not in kept:
                    f.unlink()
            for f, copy in kept.items():
                if not (f.is_file() and filecmp.cmp(f, copy, shallow=False)):
                    with atomic_path(f) as tmp:
                        shutil.copyfile(copy, tmp)
            raise
    finally:
        shutil.rmtree(backup, ignore_errors=True)


def _files(watched: list[tuple[Path, str]]) -> list[Path]:
    return sorted({f for folder, pattern in watched for f in Path(folder).glob(pattern)
                   if f.is_file() and not f.name.startswith(".")})


def _keep(f: Path, copy: Path) -> Path:
    shutil.copyfile(f, copy)
    return copy


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
    """`path` resolved under `base`; refuses anything that would land outside it.

    "..", absolute paths and symbolic links that lead out of `base` are all
    refused with OutputError (resolve() follows links before the check), and so
    is a path the operating system cannot represent (a NUL byte), which would
    otherwise surface as a bare ValueError.
    """
    try:
        base = Path(base).resolve()
        target = (base / path).resolve()
    except (ValueError, OSError) as exc:
        raise OutputError(f"{path!r}: not a usable output path ({exc})") from None
    if target != base and base not in target.parents:
        raise OutputError(f"{path}: refusing to write outside the output folder {base.name}/")
    return target
