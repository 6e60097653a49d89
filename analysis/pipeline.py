"""From files to the three tidy tables: documents, claims and skipped numbers.

`extract_document` is a pure function of (path, bytes, parameters), so it can
be mapped over a process pool or a Dask bag and give the same rows. The
driver `extract_paths` streams: it keeps rows, never the article texts.
"""

from __future__ import annotations

import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import documents, header
from .errors import InputError
from .extract import Params, extract_text
from .reading import decode, read_bytes
from .schema import CLAIMS, DOCUMENTS, SKIPPED

CLAIM_COLUMNS = list(CLAIMS.columns)
DOCUMENT_COLUMNS = list(DOCUMENTS.columns)
SKIPPED_COLUMNS = list(SKIPPED.columns)


@dataclass
class DocResult:
    document: dict
    claims: list[dict]
    skipped: list[dict]


@dataclass
class Tables:
    documents: pd.DataFrame
    claims: pd.DataFrame
    skipped: pd.DataFrame


def extract_document(path: str, data: bytes, params: Params = Params(), doc_id: str | None = None) -> DocResult:
    """Decode and extract one article. Raises InputError if it is not usable text."""
    doc_id = doc_id or Path(path).stem
    decoded = decode(path, data)
    head = header.parse(decoded.text)
    claims, skipped = extract_text(doc_id, decoded.text, params)
    doc = documents.document_row(doc_id, Path(path), decoded, head, {})
    return DocResult(doc, claims, skipped)


def _extract_file(args: tuple[str, str, Params]) -> DocResult:
    path, doc_id, params = args
    return extract_document(path, read_bytes(Path(path)), params, doc_id)


def extract_paths(paths: list[str | Path], params: Params = Params(), jobs: int = 1,
                  progress: bool = False, on_document=None) -> Tables:
    """Extract every article under `paths` into validated tables.

    jobs > 1 uses that many processes; the output is identical to jobs = 1.
    `on_document(result)` is called once per article in input order (for summaries).
    """
    files = documents.collect(paths)
    sidecars = documents.read_sidecars(files)
    tasks = [(str(f), doc_id, params) for f, doc_id in zip(files, _doc_ids(files))]
    docs, claims, skipped = [], [], []
    seen_hash: dict[str, str] = {}
    for f, result in zip(files, _run(tasks, jobs, progress)):
        _merge_sidecar(result.document, sidecars[f])
        first = seen_hash.setdefault(result.document["sha256"], result.document["doc_id"])
        result.document["duplicate_of"] = "" if first == result.document["doc_id"] else first
        if result.document["duplicate_of"]:
            for c in result.claims:
                c["flags"] = ";".join(sorted(filter(None, c["flags"].split(";") + ["duplicate_document"])))
        result.document["n_claims"] = len(result.claims)
        result.document["n_skipped"] = len(result.skipped)
        result.document["n_flagged"] = sum(1 for c in result.claims if c["flags"])
        if on_document:
            on_document(result)
        docs.append(result.document)
        claims.extend(result.claims)
        skipped.extend(result.skipped)
    return build_tables(docs, claims, skipped)


def _doc_ids(files: list[Path]) -> list[str]:
    """File stems; a stem used twice gets its folder name prefixed to stay unique."""
    counts: dict[str, int] = {}
    for f in files:
        counts[f.stem] = counts.get(f.stem, 0) + 1
    return [f.stem if counts[f.stem] == 1 else f"{f.parent.name}/{f.stem}" for f in files]


def _run(tasks, jobs: int, progress: bool):
    bar = _progress(len(tasks)) if progress else None
    if jobs <= 1:
        results = map(_extract_file, tasks)
    else:
        pool = ProcessPoolExecutor(max_workers=jobs)
        results = pool.map(_extract_file, tasks, chunksize=max(1, min(64, len(tasks) // (jobs * 8) or 1)))
    try:
        for r in results:
            if bar:
                bar.update(1)
            yield r
    finally:
        if bar:
            bar.close()
        if jobs > 1:
            pool.shutdown(cancel_futures=True)


def _progress(total: int):
    from tqdm import tqdm  # imported only when a bar is shown

    return tqdm(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True)


def _merge_sidecar(doc: dict, sidecar: dict[str, str]) -> None:
    for name in ("title", "published", "author"):
        if not doc[name] and (sidecar.get(name) or "").strip():
            doc[name] = sidecar[name].strip()
            doc[f"{name}_source"] = "sidecar"
    for name in ("outlet", "kind", "url"):
        doc[name] = (sidecar.get(name) or "").strip()


def build_tables(docs: list[dict], claims: list[dict], skipped: list[dict]) -> Tables:
    """Rows -> validated DataFrames in a fixed column and row order."""
    d = pd.DataFrame(docs, columns=DOCUMENT_COLUMNS).sort_values("doc_id", kind="stable")
    c = pd.DataFrame(claims, columns=CLAIM_COLUMNS)
    c = c.astype({"value": float, "value_low": float, "value_high": float,
                  "start": int, "end": int, "number_start": int, "number_end": int})
    c = c.sort_values(["doc_id", "number_start", "claim_id"], kind="stable")
    s = pd.DataFrame(skipped, columns=SKIPPED_COLUMNS).astype({"start": int, "end": int})
    s = s.sort_values(["doc_id", "start"], kind="stable")
    d = d.astype({"n_bytes": int, "n_chars": int, "n_claims": int, "n_skipped": int, "n_flagged": int})
    return Tables(DOCUMENTS.validate(d.reset_index(drop=True)), CLAIMS.validate(c.reset_index(drop=True)),
                  SKIPPED.validate(s.reset_index(drop=True)))


__all__ = ["InputError", "Params", "Tables", "extract_document", "extract_paths", "build_tables"]
