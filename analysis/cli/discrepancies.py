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
    d.add_argument("--copies", type=output_path,
                   help="also write the copy relations between articles (pairs, relation, direction, coverage) here")
    d.add_argument("--lineages", type=output_path,
                   help="also write the rare wrong figures that articles share, in any language (one source each), here")
    add_tolerance(d)
    d.add_argument("--quiet", "-q", action="store_true", help="no summary line")
    d.set_defaults(func=_run)


def _run(args) -> int:
    from analysis.findings.discrepancies import SEVERITY, analyse
    from analysis.ingest.documents import collect, refuse_overwriting_inputs
    from analysis.core.outputs import write_tables

    extra = {args.passages: "passages", args.copies: "pairs", args.lineages: "lineages"}
    extra.pop(None, None)
    outs = [Path(args.output).resolve(), *(Path(p).resolve() for p in extra)]
    if len(set(outs)) < len(outs):
        raise AnalysisError("--output, --passages, --copies and --lineages must be different files")
    for out in [args.output, *extra]:
        if Path(out).suffix.lower() not in (".csv", ".parquet"):
            raise AnalysisError(f"{out}: output must end in .csv or .parquet")
    if not Path(args.reference).is_dir():
        raise AnalysisError(f"{args.reference}: reference folder not found")
    reference_files = sorted(Path(args.reference).glob("*.csv"))
    refuse_overwriting_inputs(collect(args.paths) + reference_files, [args.output, *extra])
    a = analyse(args.paths, args.reference, args.approx_tolerance)
    # All files move into place together: an extra table that cannot be written leaves the old findings.
    write_tables({args.output: a.findings, **{path: getattr(a, field) for path, field in extra.items()}})
    if not args.quiet:
        counts = ", ".join(f"{s} {int((a.findings.severity == s).sum())}" for s in SEVERITY)
        print(f"{len(a.documents)} documents, {len(a.findings)} findings ({counts}) -> {printable(args.output)}")
    return 0
