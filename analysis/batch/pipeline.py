"""From files to the three tidy tables: documents, claims and skipped numbers.

The work splits in three so that the expensive part can run anywhere:

* `plan(paths)`: the files, their doc_ids and sidecar metadata, in doc_id
  order (the row order of every table);
* `extract_task((doc_id, path))`: read and extract one article. It is a pure
  function of (path, bytes, parameters), so it can be mapped over a process
  pool (`--jobs`) or a Dask bag and give the same rows;
* `finish(results, plan)`: the steps that need the whole corpus, on results
  taken in plan order: sidecar metadata, duplicate detection (sha256 -> first
  doc_id) and per-document counts.

Two drivers put them together: `extract_paths` builds the tables in memory;
`extract_to_files` streams them to CSV or Parquet chunk by chunk, so memory
does not grow with the corpus, and writes the bytes `write_table` would.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import pandas as pd

from analysis.ingest import documents
from analysis.ingest import header
from analysis.batch import parallel
from analysis.core.errors import InputError
from analysis.core.paths import ROOT, as_text, display
from analysis.extract.document import Params, extract_text
from analysis.extract import lexicon
from analysis.extract.gazetteer import load as load_gazetteer
from analysis.ingest.language import detect as detect_language, valid_code
from analysis.ingest.reading import decode, read_bytes
from analysis.core.schema import CLAIMS, CORRECTION_DEFAULTS, DOCUMENTS, SKIPPED
from analysis.batch.sinks import open_sinks

CLAIM_COLUMNS = list(CLAIMS.columns)
DOCUMENT_COLUMNS = list(DOCUMENTS.columns)
SKIPPED_COLUMNS = list(SKIPPED.columns)

#: Rows (claims + skipped numbers + documents) gathered before a chunk is
#: validated and written: bounds memory (tens of MB, whatever the corpus size)
#: while keeping the fixed costs per chunk (a pandera validation, ~15 ms a
#: table, and a garbage collection, ~80 ms) near 2% of the run.
CHUNK_ROWS = 20_000


@dataclass
class DocResult:
    document: dict
    claims: list[dict]
    skipped: list[dict]


@dataclass(frozen=True)
class Unreadable:
    """A file that could not be used, as a value: InputError cannot be pickled back from a worker."""

    path: str
    problem: str


@dataclass(frozen=True)
class Plan:
    tasks: list[tuple[str, str, str]]  # (doc_id, path, sidecar language or ""), in doc_id order
    sidecars: dict[str, dict[str, str]]  # doc_id -> its row of sources.csv ({} if none)
    shown: dict[str, str] = field(default_factory=dict)  # doc_id -> its `path` in the documents table
    warnings: dict[str, str] = field(default_factory=dict)  # doc_id -> a warning known before reading it


@dataclass
class Tables:
    documents: pd.DataFrame
    claims: pd.DataFrame
    skipped: pd.DataFrame


@dataclass(frozen=True)
class Written:
    """Row counts of a streamed extraction."""

    documents: int
    claims: int
    skipped: int


def extract_document(path: str, data: bytes, params: Params = Params(), doc_id: str | None = None,
                     language: str = "") -> DocResult:
    """Decode and extract one article. Raises InputError if it is not usable text.

    `language` (ISO 639-1, from a sidecar) overrides detection; otherwise the text's language is detected,
    and an article in a language without a lexicon is read with the English one and says so in `warnings`.
    """
    doc_id = doc_id or Path(path).stem
    decoded = decode(path, data)
    head = header.parse(decoded.text)
    if language:
        lang, source = language, "sidecar"
    else:
        lang, _ = detect_language(decoded.text)
        source = "detected"
    read_as = lang if lang in lexicon.available() else lexicon.DEFAULT
    claims, skipped = extract_text(doc_id, decoded.text, params, read_as)
    for c in claims:
        c["language"] = lang
    doc = documents.document_row(doc_id, Path(path), decoded, head, {})
    doc["language"], doc["language_source"] = lang, source
    if read_as != lang:
        doc["warnings"] = ";".join(filter(None, [doc["warnings"], "no_lexicon_for_language"]))
    return DocResult(doc, claims, skipped)


def extract_task(task: tuple, params: Params = Params()) -> DocResult | Unreadable:
    """Read and extract the file of one plan task, (doc_id, path[, language]); an unusable file comes back
    as Unreadable."""
    doc_id, path, *rest = task
    try:
        return extract_document(path, read_bytes(Path(path)), params, doc_id, rest[0] if rest else "")
    except InputError as exc:
        return Unreadable(exc.path, exc.problem)


def plan(paths: list[str | Path]) -> Plan:
    """The files under `paths` in doc_id order. Raises InputError for a missing path or a doc_id clash."""
    found = documents.sources(paths)
    files = [s.file for s in found]
    sidecars = documents.read_sidecars(files)
    ids = _doc_ids(found, several=len(paths) > 1)
    order = sorted(range(len(files)), key=ids.__getitem__)
    return Plan([(ids[i], str(files[i]), _sidecar_language(files[i], sidecars[files[i]])) for i in order],
                {ids[i]: sidecars[files[i]] for i in order},
                {ids[i]: _shown(found[i]) for i in order},
                {ids[i]: "symlink_outside_folder" for i in order if documents.links_outside(found[i])})


def _shown(s: documents.Source) -> str:
    """The `path` of a document: relative to the project inside it; outside, the folder argument's name and the
    path inside it ("a/doc.txt"), never the machine's absolute path, and never two files under one name."""
    if s.base is None or ROOT in s.file.resolve().parents:
        return display(s.file)
    return as_text(f"{s.base.resolve().name}/{s.file.relative_to(s.base).as_posix()}")


def _sidecar_language(path: Path, sidecar: dict[str, str]) -> str:
    """The sidecar's `language` cell, checked: a bad code stops the run with one line."""
    code = (sidecar.get("language") or "").strip().lower()
    if code and not valid_code(code):
        raise InputError(path, f"sidecar language {code!r} is not a two-letter ISO 639-1 code")
    return code


def finish(results: Iterable[DocResult | Unreadable], plan: Plan, progress: bool = False,
           on_document: Callable[[DocResult], None] | None = None) -> Iterator[DocResult]:
    """Complete each result with what needs the whole corpus; results must come in plan order.

    Raises InputError at the first Unreadable, so a parallel run fails on the
    same file as a serial one. `on_document(result)` is called once per
    article (for summaries); a progress bar (stderr) counts documents per second.
    """
    bar = _progress(len(plan.tasks)) if progress else None
    seen_hash: dict[str, str] = {}
    try:
        for (doc_id, *_), result in zip(plan.tasks, results, strict=True):
            if isinstance(result, Unreadable):
                raise InputError(result.path, result.problem)
            if result.document["doc_id"] != doc_id:
                raise ValueError(f"results out of plan order: got {result.document['doc_id']!r}, expected {doc_id!r}")
            _merge_sidecar(result.document, plan.sidecars[doc_id])
            _merge_plan(result.document, plan)
            _mark_duplicate(result, seen_hash)
            doc = result.document
            doc["n_claims"] = len(result.claims)
            doc["n_skipped"] = len(result.skipped)
            doc["n_flagged"] = sum(1 for c in result.claims if c["flags"])
            if on_document:
                with bar.external_write_mode() if bar else nullcontext():  # printed lines do not break the bar
                    on_document(result)
            if bar:
                bar.update(1)
            yield result
    finally:
        if bar:
            bar.close()


def iter_documents(paths: list[str | Path], params: Params = Params(), jobs: int = 1, progress: bool = False,
                   on_document: Callable[[DocResult], None] | None = None) -> Iterator[DocResult]:
    """Finished results in doc_id order, from `jobs` processes. Plans now, so a bad path raises at the call."""
    p = plan(paths)
    return finish(_extract_all(p.tasks, params, jobs), p, progress, on_document)


def _extract_all(tasks: list[tuple[str, str]], params: Params, jobs: int) -> Iterator[DocResult | Unreadable]:
    if jobs <= 1:
        return (extract_task(t, params) for t in tasks)
    load_gazetteer()  # compile the big regex once, here: forked workers inherit it
    return parallel.ordered_map(partial(extract_task, params=params), tasks, jobs, parallel.chunksize(len(tasks), jobs))


def extract_paths(paths: list[str | Path], params: Params = Params(), jobs: int = 1,
                  progress: bool = False, on_document: Callable[[DocResult], None] | None = None) -> Tables:
    """Extract every article under `paths` into validated tables, in memory.

    jobs > 1 uses that many processes; the output is identical to jobs = 1.
    """
    docs, claims, skipped = [], [], []
    for result in iter_documents(paths, params, jobs, progress, on_document):
        docs.append(result.document)
        claims.extend(result.claims)
        skipped.extend(result.skipped)
    return build_tables(docs, claims, skipped)


def extract_to_files(paths: list[str | Path], claims_out: str | Path, documents_out: str | Path | None = None,
                     skipped_out: str | Path | None = None, params: Params = Params(), jobs: int = 1,
                     progress: bool = False, on_document: Callable[[DocResult], None] | None = None) -> Written:
    """Extract every article under `paths` straight to files (.csv or .parquet by extension).

    Same bytes as `extract_paths` followed by `outputs.write_table` (for
    Parquet, see `sinks`), for any `jobs`; memory does not grow with the corpus.
    Raises OutputError, before reading any article, if an output would replace
    an input (an article or its sources.csv) or two outputs name one file.
    """
    p = plan(paths)  # input errors raise here, before any write
    documents.refuse_overwriting_inputs([Path(task[1]) for task in p.tasks], [claims_out, documents_out, skipped_out])
    results = finish(_extract_all(p.tasks, params, jobs), p, progress, on_document)
    return write_results(results, claims_out, documents_out, skipped_out)


def write_results(results: Iterable[DocResult], claims_out: str | Path, documents_out: str | Path | None = None,
                  skipped_out: str | Path | None = None) -> Written:
    """Validate and write finished results chunk by chunk; the files replace their targets only if all succeeds.

    All the files move into place together at the end (`sinks.open_sinks`): an
    output that cannot be written leaves the other two as they were.
    """
    targets = {"claims": (claims_out, CLAIMS), "documents": (documents_out, DOCUMENTS), "skipped": (skipped_out, SKIPPED)}
    counts = dict.fromkeys(targets, 0)
    with open_sinks({name: target for name, target in targets.items() if target[0]}) as sinks:
        for chunk in _chunks(results):
            tables = build_tables(*chunk)
            for name, sink in sinks.items():
                sink.write(getattr(tables, name))
            for name in counts:
                counts[name] += len(getattr(tables, name))
            more_to_come = sum(map(len, chunk)) >= CHUNK_ROWS  # only the last chunk is short
            del chunk, tables
            if more_to_come:
                # Validation leaves each chunk's frames in reference cycles
                # (pandas Series, pandera's accessor and types) that the cyclic
                # collector reaches only every several chunks: memory then grows
                # with the corpus (10,000 articles: 293 MB instead of 181 MB).
                # A collection costs ~80 ms a chunk, about 2% of the run; a
                # corpus that fits one chunk never pays it.
                gc.collect()
    return Written(**counts)


def _chunks(results: Iterable[DocResult]) -> Iterator[tuple[list[dict], list[dict], list[dict]]]:
    """Finished documents grouped into (docs, claims, skipped) of about CHUNK_ROWS rows; whole documents only."""
    docs: list[dict] = []
    claims: list[dict] = []
    skipped: list[dict] = []
    for result in results:
        docs.append(result.document)
        claims.extend(result.claims)
        skipped.extend(result.skipped)
        if len(docs) + len(claims) + len(skipped) >= CHUNK_ROWS:
            yield docs, claims, skipped
            docs, claims, skipped = [], [], []
    if docs:
        yield docs, claims, skipped


def _doc_ids(found: list[documents.Source], several: bool) -> list[str]:
    """Each file's path inside its folder argument, without the extension ("doc", "sub/doc"); with several
    arguments, a folder's files are prefixed by its name ("a/doc", "b/doc"). An id so depends only on the file
    and the command, never on what else the folders hold: adding a file elsewhere renames nothing.

    A name that is not UTF-8 ("caf\\xe9.txt") keeps its bytes as "\\xe9" escapes, so
    the id can be written to any table and printed on any terminal.
    """
    ids = [as_text(f"{s.base.resolve().name}/{documents.relative_name(s)}" if several and s.base is not None
                   else documents.relative_name(s)) for s in found]
    first: dict[str, Path] = {}
    for doc_id, s in zip(ids, found):
        if first.setdefault(doc_id, s.file) != s.file:
            raise InputError(s.file, f"would get the doc_id {doc_id!r} of {first[doc_id]}; rename one of them")
    return ids


def _merge_plan(doc: dict, plan: Plan) -> None:
    """The path as the plan names it, and the warnings known from the file system (a link out of the folder)."""
    doc_id = doc["doc_id"]
    if doc_id in plan.shown:
        doc["path"] = plan.shown[doc_id]
    if doc_id in plan.warnings:
        doc["warnings"] = ";".join(filter(None, [doc["warnings"], plan.warnings[doc_id]]))


def _mark_duplicate(result: DocResult, seen_hash: dict[str, str]) -> None:
    doc = result.document
    first = seen_hash.setdefault(doc["sha256"], doc["doc_id"])
    doc["duplicate_of"] = "" if first == doc["doc_id"] else first
    if doc["duplicate_of"]:
        for c in result.claims:
            c["flags"] = ";".join(sorted(filter(None, c["flags"].split(";") + ["duplicate_document"])))


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
    c = pd.DataFrame(claims, columns=CLAIM_COLUMNS).fillna(CORRECTION_DEFAULTS)  # not reviewed yet
    c = c.astype({"value": float, "value_low": float, "value_high": float, "original_value": float,
                  "start": int, "end": int, "number_start": int, "number_end": int})
    c = c.sort_values(["doc_id", "number_start", "claim_id"], kind="stable")
    s = pd.DataFrame(skipped, columns=SKIPPED_COLUMNS).astype({"start": int, "end": int})
    s = s.sort_values(["doc_id", "start"], kind="stable")
    d = d.astype({"n_bytes": int, "n_chars": int, "n_claims": int, "n_skipped": int, "n_flagged": int})
    return Tables(DOCUMENTS.validate(d.reset_index(drop=True)), CLAIMS.validate(c.reset_index(drop=True)),
                  SKIPPED.validate(s.reset_index(drop=True)))


__all__ = ["InputError", "Params", "Plan", "Tables", "Unreadable", "Written", "build_tables", "extract_document",
           "extract_paths", "extract_task", "extract_to_files", "finish", "iter_documents", "plan", "write_results"]
