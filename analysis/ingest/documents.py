"""Collect input files and describe each article: the documents table.

One row per article: identity (doc_id, path, sha256), what was decoded, and
the bibliographic fields. Headline, dateline and byline come from the text
when it carries them, else from the `sources.csv` sidecar, else stay empty;
`*_source` columns say which.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from dateutil import parser as date_parser

from analysis.core.errors import InputError, OutputError
from analysis.core.outputs import refuse_protected
from analysis.ingest.header import Header
from analysis.core.paths import display

SIDECAR = "sources.csv"
SIDECAR_FIELDS = ("outlet", "kind", "title", "published", "author", "url")
#: Every column a sidecar may have (docs/running.md, "Adding articles"); `language` overrides detection.
SIDECAR_COLUMNS = ("file", *SIDECAR_FIELDS, "identified_by", "language")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_NUMERIC_DATE = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{2,4})")


@dataclass(frozen=True)
class Source:
    """One file to read and the folder argument it was found under (None for a file given by name)."""

    file: Path
    base: Path | None


def collect(paths: list[str | Path]) -> list[Path]:
    """The files of `sources(paths)`."""
    return [s.file for s in sources(paths)]


def sources(paths: list[str | Path]) -> list[Source]:
    """Files to read: each file given, and every *.txt under each folder given, sorted.

    Inside a folder, hidden files and folders (a name starting with ".") are
    left out: ".ipynb_checkpoints/" copies and the "._article.txt" resource
    forks macOS puts in zip files are not articles (the latter are binary).
    A hidden file named explicitly is read. Symbolic links to folders are not
    followed (no loops). The extension is matched in any case ("doc.TXT").
    Raises InputError for a missing path, a folder with no .txt file, and a
    .txt entry in a folder that cannot be read as a file (a FIFO, a device, a
    broken symbolic link): skipping it would drop an article without a word.
    """
    found: list[Source] = []
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            raise InputError(p, "no such file or folder")
        if p.is_dir():
            inside = _texts_in(p)
            if not inside:
                raise InputError(p, "folder contains no .txt files")
            found.extend(Source(f, p) for f in inside)
        else:
            found.append(Source(p, None))
    seen, unique = set(), []
    for s in found:
        key = s.file.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(s)
    return unique


def relative_name(s: Source) -> str:
    """The file's path inside its folder argument, without the extension ("sub/doc"), or its stem."""
    return (s.file.relative_to(s.base).with_suffix("") if s.base is not None else Path(s.file.stem)).as_posix()


def links_outside(s: Source) -> bool:
    """The file is a symbolic link to a file outside its folder argument (read, with a warning)."""
    return s.base is not None and s.base.resolve() not in s.file.resolve().parents


def _texts_in(folder: Path) -> list[Path]:
    """The visible *.txt files (any case) under `folder`, sorted; a .txt that is not a regular file raises."""
    found = []
    for f in folder.rglob("*"):
        if f.suffix.lower() != ".txt" or any(part.startswith(".") for part in f.relative_to(folder).parts):
            continue
        if f.is_dir():
            continue
        if f.is_symlink() and not f.exists():
            raise InputError(f, "is a broken symbolic link (its target does not exist)")
        if not f.is_file():
            raise InputError(f, "is not a regular file (a FIFO or a device)")
        found.append(f)
    return sorted(found)


def refuse_overwriting_inputs(files: list[Path], outputs: list[str | Path | None]) -> None:
    """Raise OutputError if an output would replace an input of this run, or two outputs are one file.

    `extract seeds --output seeds/sources.csv` would otherwise overwrite the
    sidecar the run just read: the user's file, not an output. Call it with
    `collect(paths)` and every output path before anything is written.
    """
    protected = {f.resolve() for f in files} | {(f.parent / SIDECAR).resolve() for f in files}
    seen: dict[Path, str] = {}
    for out in filter(None, outputs):
        target = Path(out).resolve()
        if target in protected:
            raise OutputError(f"{out}: is an input of this run (an article, its {SIDECAR} or a reference table); "
                              "refusing to overwrite it")
        if target in seen:
            raise OutputError(f"{out}: given twice as an output (also as {seen[target]}); each table needs its own file")
        refuse_protected(out)
        seen[target] = str(out)


def read_sidecars(files: list[Path]) -> dict[Path, dict[str, str]]:
    """Sidecar metadata for each file, from a sources.csv in the file's folder."""
    cache: dict[Path, dict[str, dict[str, str]]] = {}
    out = {}
    for f in files:
        folder = f.parent
        if folder not in cache:
            cache[folder] = _read_sidecar(folder / SIDECAR)
        out[f] = cache[folder].get(f.name, {})
    return out


def _read_sidecar(path: Path) -> dict[str, dict[str, str]]:
    """file name -> row of a sources.csv, checked; any problem is one InputError naming the line and column.

    A sidecar that is read wrongly is worse than none: a semicolon file, a
    missing `file` column or a second row for one article would silently
    attach no metadata, or the wrong one.
    """
    if not path.is_file():
        return {}
    rows = _sidecar_rows(path)
    header = rows[0][1] if rows else []
    _check_sidecar_header(path, header)
    out: dict[str, dict[str, str]] = {}
    first: dict[str, int] = {}
    for line, cells in rows[1:]:
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            raise InputError(path, f"line {line} has {len(cells)} fields, the header has {len(header)}")
        row = dict(zip(header, cells))
        name = row["file"]
        if name in first:
            raise InputError(path, f"line {line}: {name!r} is listed twice (first on line {first[name]})")
        row["published"] = _sidecar_date(path, line, row.get("published", ""))
        if name:
            first[name] = line
            out[name] = row
    return out


def _sidecar_rows(path: Path) -> list[tuple[int, list[str]]]:
    """(line number, cells) for each record of a sidecar, decoded as UTF-8; NUL bytes and bad CSV raise."""
    data = path.read_bytes()
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(path, f"sidecar contains a NUL byte at offset {nul}: binary data, not a CSV")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"sidecar is not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})") from None
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        return [(reader.line_num, cells) for cells in reader]
    except csv.Error as exc:
        raise InputError(path, f"sidecar is not a readable CSV (line {reader.line_num}: {exc})") from None


def _check_sidecar_header(path: Path, header: list[str]) -> None:
    """The header must be comma-separated and use only the documented columns, `file` among them."""
    if not header:
        raise InputError(path, f"sidecar is empty; give it the header {','.join(SIDECAR_COLUMNS)}")
    if len(header) == 1 and (";" in header[0] or "\t" in header[0]):
        raise InputError(path, "sidecar looks semicolon- or tab-separated; save it with commas")
    unknown = [c for c in header if c not in SIDECAR_COLUMNS]
    if unknown or "file" not in header:
        what = f"unknown column(s) {', '.join(map(repr, unknown))}" if unknown else "no 'file' column"
        raise InputError(path, f"sidecar has {what}; the columns are {','.join(SIDECAR_COLUMNS)}")
    if len(set(header)) != len(header):
        raise InputError(path, "sidecar names a column twice in its header")


def _sidecar_date(path: Path, line: int, cell: str) -> str:
    """A sidecar `published` cell as an ISO date (dateutil reads "October 27, 2017", "27/10/2017"...).

    A cell that is not a full date, or whose day and month could be swapped
    ("05/06/2017"), raises InputError naming the line and column: a guessed
    date would be cited as fact.
    """
    s = cell.strip()
    where = f"line {line}, column 'published': {s!r}"
    if not s:
        return ""
    if _ISO_DATE.fullmatch(s):
        try:
            return date.fromisoformat(s).isoformat()
        except ValueError:
            raise InputError(path, f"{where} is not a valid date") from None
    m = _NUMERIC_DATE.fullmatch(s)
    if m and int(m[1]) <= 12 and int(m[2]) <= 12 and m[1] != m[2]:
        raise InputError(path, f"{where} is ambiguous (day and month could be swapped); write it as YYYY-MM-DD")
    try:
        a = date_parser.parse(s, dayfirst=True, default=datetime(2000, 1, 1))
        b = date_parser.parse(s, dayfirst=True, default=datetime(2001, 2, 2))
    except (ValueError, OverflowError):
        raise InputError(path, f"{where} is not a date; write it as YYYY-MM-DD") from None
    if a != b:
        raise InputError(path, f"{where} is not a full date (day, month and year); write it as YYYY-MM-DD")
    return a.date().isoformat()


def document_row(doc_id: str, path: Path, decoded, head: Header, sidecar: dict[str, str]) -> dict:
    """The documents-table row for one article."""
    row = {
        "doc_id": doc_id,
        "path": display(path),
        "sha256": decoded.sha256,
        "n_bytes": decoded.n_bytes,
        "n_chars": len(decoded.text),
        "encoding": decoded.encoding,
    }
    for name, from_text in (("title", head.title), ("published", head.published), ("author", head.author)):
        side = (sidecar.get(name) or "").strip()
        row[name] = from_text or side
        row[f"{name}_source"] = "text" if from_text else ("sidecar" if side else "")
    for name in ("outlet", "kind", "url"):
        row[name] = (sidecar.get(name) or "").strip()
    row["warnings"] = ";".join(decoded.warnings)
    return row
