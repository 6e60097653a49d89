"""Atomic, reproducible writes: every output goes to a temporary file, then moves into place.

A run that fails midway leaves the previous outputs whole. Formats are chosen
by extension; the bytes depend only on the data (no timestamps, sorted keys).
"""

from __future__ import annotations

import csv
import filecmp
import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterable
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pandas as pd
import pyarrow as pa

from analysis.core.errors import OutputError
from analysis.core.paths import PROTECTED, display

TABLE_FORMATS = (".csv", ".parquet")

#: Line breaks the csv module leaves unquoted when rows end in "\n" (it quotes "\n" itself): a bare "\r"
#: splits a row for pandas, the others for str.splitlines() and spreadsheets.
_UNQUOTED_BREAKS = re.compile("[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
#: Columns filled from a sources.csv sidecar: free text a spreadsheet could run as a formula.
SIDECAR_TEXT = ("title", "outlet", "author", "url", "kind")
#: First characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection).
_FORMULA_START = re.compile(r"[=+\-@\t\r]")


def refuse_protected(path: str | Path) -> None:
    """Raise OutputError if `path` lies in seeds/, reference/ or the analysis package.

    Those folders hold the committed articles, reference figures and code
    (gazetteer, lexicons): an output written there breaks every later run.
    """
    target = Path(path).resolve()
    for folder in PROTECTED:
        if target == folder or folder in target.parents:
            raise OutputError(f"{path}: is inside {display(folder)}/, which holds the project's own inputs "
                              "or code; refusing to write there")


@contextmanager
def atomic_path(path: str | Path):
    """Yield a temporary path beside `path`; on success it replaces `path` in one step.

    A folder that cannot be created or written to, a protected folder, or a
    target that cannot be replaced (it is a folder, say), raises OutputError
    naming `path`, so the command line reports it in one line.
    """
    with atomic_paths([path]) as (tmp,):
        yield tmp


@contextmanager
def atomic_paths(paths: Iterable[str | Path]):
    """Yield one temporary per path; they replace their targets only if the block and every move succeed.

    A command with several outputs (claims, documents, skipped) must not leave
    some new beside some old when the last one cannot be written: the moves
    come after all the writing, and a move that fails puts back the targets
    already replaced. Temporaries never outlive the block (an exception or a
    signal turned into one removes them).
    """
    paths = [Path(p) for p in paths]
    with ExitStack() as stack:
        tmps = [stack.enter_context(_temporary(p)) for p in paths]
        yield tmps
        _commit(list(zip(tmps, paths)))


@contextmanager
def _temporary(path: Path):
    """A fresh temporary file beside `path`, removed on exit unless it was moved into place."""
    refuse_protected(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write here ({exc.strerror or exc})") from None
    os.close(fd)
    try:
        yield Path(tmp)
    finally:
        Path(tmp).unlink(missing_ok=True)


def _commit(moves: list[tuple[Path, Path]]) -> None:
    """Move every temporary onto its target, or none: on a failed move the replaced targets are put back."""
    for _, target in moves:
        if target.is_dir():
            raise OutputError(f"{target}: cannot be replaced (it is a folder); no output of this command was changed")
    replaced: list[tuple[Path, Path | None]] = []
    backups: list[Path] = []
    target = moves[0][1] if moves else None
    try:
        for tmp, target in moves:
            backup = _backup(target)
            backups += [backup] if backup else []
            os.chmod(tmp, 0o644)
            os.replace(tmp, target)
            replaced.append((target, backup))
    except OSError as exc:
        for done, backup in reversed(replaced):
            os.replace(backup, done) if backup else done.unlink(missing_ok=True)
        raise OutputError(f"{target}: cannot be replaced ({exc.strerror or exc}); "
                          "no output of this command was changed") from None
    finally:
        for backup in backups:
            backup.unlink(missing_ok=True)


def _backup(target: Path) -> Path | None:
    """A second name for the current `target` (a hard link, else a copy), to restore it from; None if absent."""
    if not target.exists():
        return None
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".old", dir=target.parent)
    os.close(fd)
    backup = Path(name)
    try:
        backup.unlink()
        os.link(target, backup)
    except OSError:
        shutil.copy2(target, backup)
    return backup


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


@contextmanager
def writing(target: Path):
    """A failed write (a full disk, a file-size limit) as one OutputError naming the output, not a traceback."""
    try:
        yield
    except (OSError, pa.ArrowException) as exc:
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        raise OutputError(f"{target}: cannot be written ({reason}); no output of this command was changed") from None


def write_table(df: pd.DataFrame, path: str | Path) -> Path:
    """Write a DataFrame as CSV or Parquet (by extension), atomically."""
    write_tables({path: df})
    return Path(path)


def write_tables(tables: dict[str | Path, pd.DataFrame]) -> list[Path]:
    """Write several tables (path -> frame) so that either all replace their targets or none does."""
    paths = [Path(p) for p in tables]
    for path in paths:
        check_table_path(path)
    with atomic_paths(paths) as tmps:
        for tmp, path, df in zip(tmps, paths, tables.values()):
            with writing(path):
                if path.suffix.lower() == ".csv":
                    with open(tmp, "w", encoding="utf-8", newline="") as fh:
                        write_csv(df, fh)
                else:
                    df.to_parquet(tmp, index=False)
    return paths


def check_table_path(path: str | Path) -> None:
    """Raise OutputError unless `path` ends in a table format (.csv or .parquet)."""
    if Path(path).suffix.lower() not in TABLE_FORMATS:
        raise OutputError(f"{path}: output must end in .csv or .parquet")


def write_csv(df: pd.DataFrame, fh, header: bool = True) -> None:
    """Rows of `df` as CSV on `fh`, read back identically by pandas.read_csv and safe to open in a spreadsheet.

    Rows holding a line break the csv module would leave bare ("\r" alone,
    U+2028...) are written with every text field quoted; the other rows keep
    the usual minimal quoting, so the bytes of ordinary tables do not change.
    Sidecar text that starts like a formula is prefixed with "'" (`csv_safe`).
    """
    df = csv_safe(df)
    forced = _rows_with_bare_breaks(df)
    if not forced.any():
        df.to_csv(fh, index=False, header=header, lineterminator="\n")
        return
    if header:
        pd.DataFrame(columns=df.columns).to_csv(fh, index=False, lineterminator="\n")
    starts = [0] + [i for i in range(1, len(forced)) if forced[i] != forced[i - 1]] + [len(forced)]
    for a, b in zip(starts, starts[1:]):
        quoting = csv.QUOTE_NONNUMERIC if forced[a] else csv.QUOTE_MINIMAL
        df.iloc[a:b].to_csv(fh, index=False, header=False, lineterminator="\n", quoting=quoting)


def _rows_with_bare_breaks(df: pd.DataFrame):
    """A boolean array: rows with a text cell holding a line break other than "\n"."""
    mask = pd.Series(False, index=df.index)
    for name in df.columns:
        if df[name].dtype == object:
            # One search over the joined column first: such breaks are rare, and a search per cell is slow.
            joined = "\n".join(v for v in df[name] if isinstance(v, str))
            if re.search(_UNQUOTED_BREAKS, joined):
                mask |= df[name].str.contains(_UNQUOTED_BREAKS, na=False)
    return mask.to_numpy()


def csv_safe(df: pd.DataFrame) -> pd.DataFrame:
    """`df` with sidecar text cells that start with = + - @ (or a tab / CR) prefixed by "'".

    A spreadsheet opening the CSV would otherwise run "=HYPERLINK(...)" from a
    user's sources.csv (OWASP: CSV injection). Only the sidecar's free-text
    columns are touched: quotes and sentences keep their exact characters.
    """
    out = df
    for name in SIDECAR_TEXT:
        if name in df.columns and df[name].dtype == object:
            risky = df[name].str.match(_FORMULA_START, na=False)
            if risky.any():
                out = out.copy() if out is df else out
                out.loc[risky, name] = "'" + df.loc[risky, name]
    return out


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
