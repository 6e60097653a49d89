"""`python -m analysis discrepancies`: articles in, one row per discrepancy out."""

from __future__ import annotations

from pathlib import Path

from analysis.cli.types import add_reference, add_tolerance, output_path
from analysis.core.errors import AnalysisError, printable


def register(sub) -> None:
    d = sub.add_parser("discrepancies", help="find where articles disagree with each other and with the reference",
                       description="Extract the claims of every article, detect text reuse between articles, and "
                                   "write one row per disagreement (likely typos, scale errors, swapped places or "
                                   "measures, the outlets' own arithmetic, other reports, definition mismatches, "
                                   "value conflicts, zeros from missing data, corroboration), sorted by severity. PATH is a .txt file or a folder.")
    d.add_argument("paths", nargs="+", metavar="PATH")
    add_reference(d)
    d.add_argument("--output", "-o", required=True, type=output_path, help="findings table to write (.csv or .parquet)")
    d.add_argument("--passages", type=output_path, help="also write the passages shared between articles here (.csv or .parquet)")
    add_tolerance(d)
    d.add_argument("--quiet", "-q", action="store_true", help="no summary line")
    d.set_defaults(func=_run)


def _run(args) -> int:
    from analysis.findings.discrepancies import SEVERITY, analyse
    from analysis.ingest.documents import collect, refuse_overwriting_inputs
    from analysis.core.outputs import write_tables

    for out in filter(None, (args.output, args.passages)):
        if Path(out).suffix.lower() not in (".csv", ".parquet"):
            raise AnalysisError(f"{out}: output must end in .csv or .parquet")
    if not Path(args.reference).is_dir():
        raise AnalysisError(f"{args.reference}: reference folder not found")
    reference_files = sorted(Path(args.reference).glob("*.csv"))
    refuse_overwriting_inputs(collect(args.paths) + reference_files, [args.output, args.passages])
    a = analyse(args.paths, args.reference, args.approx_tolerance)
    # Both files move into place together: a --passages that cannot be written leaves the old findings.
    write_tables({args.output: a.findings, **({args.passages: a.passages} if args.passages else {})})
    if not args.quiet:
        counts = ", ".join(f"{s} {int((a.findings.severity == s).sum())}" for s in SEVERITY)
        print(f"{len(a.documents)} documents, {len(a.findings)} findings ({counts}) -> {printable(args.output)}")
    return 0
