"""`python -m analysis extract`: articles in, claims table out."""

from __future__ import annotations

import sys

from analysis.core.errors import printable
from analysis.cli.types import MAX_JOBS, add_tolerance, output_path, positive_int


def register(sub) -> None:
    e = sub.add_parser("extract", help="extract numeric claims from articles into a CSV or Parquet table",
                       description="Extract one row per numeric claim, each with its character span. "
                                   "PATH is a .txt file or a folder (every *.txt inside, recursively).")
    e.add_argument("paths", nargs="+", metavar="PATH")
    e.add_argument("--output", "-o", required=True, type=output_path, help="claims table to write (.csv or .parquet)")
    e.add_argument("--documents", type=output_path, help="also write the documents table here (.csv or .parquet)")
    e.add_argument("--skipped", type=output_path,
                   help="also write the numbers that are not claims, with the reason (.csv or .parquet)")
    add_tolerance(e)
    e.add_argument("--jobs", "-j", type=positive_int, default=1, help=f"worker processes (default 1, at most {MAX_JOBS})")
    talk = e.add_mutually_exclusive_group()
    talk.add_argument("--verbose", "-v", action="store_true",
                      help="one line per document: its claims, skipped numbers and flags")
    talk.add_argument("--quiet", "-q", action="store_true", help="no progress bar and no summary line")
    e.set_defaults(func=_run)


def _run(args) -> int:
    from analysis.extract.document import Params
    from analysis.batch.pipeline import extract_to_files

    show = not args.quiet
    # A terminal run over many files shows one progress bar and a summary; the per-document lines on request.
    written = extract_to_files(args.paths, args.output, args.documents, args.skipped, Params(args.approx_tolerance),
                               jobs=args.jobs, progress=show and sys.stderr.isatty(),
                               on_document=_summary if args.verbose else None)
    if show:
        print(f"{written.documents} documents, {written.claims} claims -> {printable(args.output)}")
    return 0


def _summary(result) -> None:
    doc = result.document
    flags: dict[str, int] = {}
    for c in result.claims:
        for f in filter(None, c["flags"].split(";")):
            flags[f] = flags.get(f, 0) + 1
    flag_text = ", ".join(f"{k} {v}" for k, v in sorted(flags.items())) or "none"
    dup = f"; duplicate of {printable(doc['duplicate_of'])}" if doc.get("duplicate_of") else ""
    print(f"{printable(doc['doc_id'])}: {len(result.claims)} claims, {len(result.skipped)} numbers skipped; flags: {flag_text}{dup}")
