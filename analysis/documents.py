"""Collect input files and describe each article: the documents table.

One row per article: identity (doc_id, path, sha256), what was decoded, and
the bibliographic fields. Headline, dateline and byline come from the text
when it carries them, else from the `sources.csv` sidecar, else stay empty;
`*_source` columns say which.
"""

from __future__ import annotations

import csv
from pathlib import Path

from .errors import InputError
from .header import Header
from .paths import display

SIDECAR = "sources.csv"
SIDECAR_FIELDS = ("outlet", "kind", "title", "published", "author", "url")


def collect(paths: list[str | Path]) -> list[Path]:
    """Files to read: each file given, and every *.txt under each folder given, sorted.

    Raises InputError for a missing path or a folder with no .txt file.
    """
    files: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            raise InputError(p, "no such file or folder")
        if p.is_dir():
            found = sorted(f for f in p.rglob("*.txt") if f.is_file())
            if not found:
                raise InputError(p, "folder contains no .txt files")
            files.extend(found)
        else:
            files.append(p)
    seen, unique = set(), []
    for f in files:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique


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
    if not path.is_file():
        return {}
    try:
        with open(path, newline="", encoding="utf-8-sig") as fh:
            return {row["file"]: row for row in csv.DictReader(fh) if row.get("file")}
    except (UnicodeDecodeError, csv.Error, KeyError) as exc:
        raise InputError(path, f"sidecar is not a readable CSV with a 'file' column ({exc})") from None


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
