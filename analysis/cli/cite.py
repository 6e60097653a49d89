"""`python -m analysis cite`: articles in, one row per entity and measure with the figure to cite."""

from __future__ import annotations

from pathlib import Path

from analysis.cli.types import add_reference, add_tolerance, output_path
from analysis.core.errors import AnalysisError, printable


def register(sub) -> None:
    c = sub.add_parser("cite", help="which figure to cite for each entity and measure, and why the others differ",
                       description="Extract the claims of every article, find the discrepancies, and write one row "
                                   "per entity and measure that any source gives: the figure to cite (interval and "
                                   "wording), the rule that chose it, its provenance (reference row or article "
                                   "quote and span), how many articles and independent sources give it, in which "
                                   "languages, the other values seen with the finding that explains each, a "
                                   "confidence and a caveat. PATH is a .txt file or a folder.")
    c.add_argument("paths", nargs="+", metavar="PATH")
    add_reference(c)
    c.add_argument("--output", "-o", required=True, type=output_path, help="citations table to write (.csv or .parquet)")
    add_tolerance(c)
    c.add_argument("--quiet", "-q", action="store_true", help="no summary line")
    c.set_defaults(func=_run)


def _run(args) -> int:
    from analysis.core.outputs import write_table
    from analysis.findings import citations
    from analysis.findings.discrepancies import analyse
    from analysis.ingest.documents import collect, refuse_overwriting_inputs

    if Path(args.output).suffix.lower() not in (".csv", ".parquet"):
        raise AnalysisError(f"{args.output}: output must end in .csv or .parquet")
    if not Path(args.reference).is_dir():
        raise AnalysisError(f"{args.reference}: reference folder not found")
    refuse_overwriting_inputs(collect(args.paths) + sorted(Path(args.reference).glob("*.csv")), [args.output])
    a = analyse(args.paths, args.reference, args.approx_tolerance)
    table = citations.from_analysis(a)
    write_table(table, args.output)
    if not args.quiet:
        disputed = int(table.caveat.str.startswith("Disputed").sum())
        print(f"{len(a.documents)} documents, {len(table)} figures to cite ({disputed} disputed) "
              f"-> {printable(args.output)}")
    return 0
