"""Collect input files and describe each article: the documents table.

One row per article: identity (doc_id, path, sha256), what was decoded, and
the bibliographic fields. Headline, dateline and byline come from the text
when it carries them, else from the `sources.csv` sidecar, else stay empty;
`*_source` columns say which.
"""

from __future__ import annotations

import csv
from pathlib import Path

from analysis.core.errors import InputError, OutputError
from analysis.ingest.header import Header
from analysis.core.paths import display

SIDECAR = "sources.csv"
SIDECAR_FIELDS = ("outlet", "kind", "title", "published", "author", "url")


def collect(paths: list[str | Path]) -> list[Path]:
    """Files to read: each file given, and every *.txt under each folder given, sorted.

    Inside a folder, hidden files and folders (a name starting with ".") are
    left out: ".ipynb_checkpoints/" copies and the "._article.txt" resource
    forks macOS puts in zip files are not articles (the latter are binary).
    A hidden file named explicitly is read. Symbolic links to folders are not
    followed (no loops). Raises InputError for a missing path or a folder with
    no .txt file.
    """
    files: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            raise InputError(p, "no such file or folder")
        if p.is_dir():
            found = sorted(f for f in p.rglob("*.txt")
                           if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts))
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
