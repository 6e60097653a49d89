"""Command line: `python -m analysis COMMAND ...`.

Every error a user can cause ends in one line on stderr and a non-zero exit
code, never a traceback.
"""

from __future__ import annotations

import argparse
import sys

from analysis.cli import discrepancies as cmd_discrepancies
from analysis.cli import evaluate as cmd_evaluate
from analysis.cli import extract as cmd_extract
from analysis.cli import run as cmd_run
from analysis.core.errors import AnalysisError

#: One module per subcommand, each with register(subparsers).
COMMANDS = (cmd_extract, cmd_evaluate, cmd_run, cmd_discrepancies)

EXIT_INPUT = 2


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    try:
        return args.func(args) or 0
    except AnalysisError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except OSError as exc:  # disk full, read-only folder...: the environment, not a bug, so no traceback
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"error: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Turn news articles about IS foreign fighters into provenance-carrying claims tables.")
    sub = p.add_subparsers(title="commands", metavar="COMMAND")
    for command in COMMANDS:
        command.register(sub)
    return p
