"""`python -m analysis run`: execute the numbered notebooks in order with papermill."""

from __future__ import annotations

from analysis.cli.types import output_path


def register(sub) -> None:
    r = sub.add_parser(
        "run", help="run every notebook in order (papermill), regenerating figures, tables and HTML",
        description="Execute notebooks/NN-*.ipynb in order. Without --output-dir the committed notebooks, "
                    "figures/ and outputs/ (tables, headline.json, html/) are regenerated with the default "
                    "parameters. With --output-dir DIR the same layout is written under DIR and the committed "
                    "files are left alone; --param then sets notebook parameters.")
    r.add_argument("--param", "-p", action="append", default=[], metavar="NAME=VALUE",
                   help="a notebook parameter, e.g. region_scheme=un_m49 or approx_tolerance=0.2 (repeatable; "
                        "needs --output-dir)")
    r.add_argument("--output-dir", "-o", metavar="DIR", type=output_path,
                   help="write executed notebooks, figures, tables and HTML under DIR instead of the committed folders")
    r.add_argument("--quiet", "-q", action="store_true", help="no progress bars")
    r.set_defaults(func=_run)


def _run(args) -> int:
    from analysis.core.outputs import refuse_protected
    from analysis.report.run import run

    if args.output_dir is not None:
        refuse_protected(args.output_dir)  # before any notebook starts, not at its first write
    run(args.param, args.output_dir, progress=not args.quiet)
    return 0
