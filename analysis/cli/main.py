"""Command line: `python -m analysis COMMAND ...`.

Every error a user can cause ends in one line on stderr and a non-zero exit
code, never a traceback.
"""

from __future__ import annotations

import argparse
import signal
import sys
from contextlib import contextmanager

from analysis.cli import cite as cmd_cite
from analysis.cli import discrepancies as cmd_discrepancies
from analysis.cli import evaluate as cmd_evaluate
from analysis.cli import extract as cmd_extract
from analysis.cli import run as cmd_run
from analysis import __version__
from analysis.core.errors import AnalysisError, printable

#: One module per subcommand, each with register(subparsers).
COMMANDS = (cmd_extract, cmd_evaluate, cmd_run, cmd_discrepancies, cmd_cite)

EXIT_INPUT = 2
#: 128 + the signal number, as a shell reports a process ended by SIGINT / SIGTERM.
EXIT_INTERRUPTED = 128 + signal.SIGINT
EXIT_TERMINATED = 128 + signal.SIGTERM


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the program is, so that it unwinds exactly as Ctrl-C does.

    Every writer cleans up on BaseException (temporaries removed, `run` puts
    back what it rewrote); without this a SIGTERM killed the process on the
    spot, leaving .tmp files and, in `run`, a mix of two runs' outputs.
    """


def main(argv: list[str] | None = None) -> int:
    _tolerant_streams()
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)  # no command is a usage error: help on stderr, exit 2
        return EXIT_INPUT
    try:
        with _sigterm_as_interrupt():
            return args.func(args) or 0
    except AnalysisError as exc:
        return _fail(str(exc), EXIT_INPUT)
    except OSError as exc:  # disk full, read-only folder...: the environment, not a bug, so no traceback
        where = f"{exc.filename}: " if exc.filename else ""
        return _fail(f"{where}{exc.strerror or exc}", EXIT_INPUT)
    except Terminated:
        print("terminated (SIGTERM): no output was left half-written; earlier outputs are as they were",
              file=sys.stderr)
        return EXIT_TERMINATED
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


def _fail(message: str, code: int) -> int:
    """Print one error line (escape codes and newlines from file names shown, not obeyed) and return `code`."""
    print(f"error: {printable(message)}", file=sys.stderr)
    return code


@contextmanager
def _sigterm_as_interrupt():
    """While a command runs, SIGTERM raises Terminated; the previous handler comes back afterwards."""
    def handler(signum, frame):
        raise Terminated()

    try:
        previous = signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread (an embedding application): leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _tolerant_streams() -> None:
    """Characters the console cannot encode (PYTHONIOENCODING=ascii, a name that is not UTF-8) print as
    backslash escapes instead of ending the run in UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="backslashreplace")
        except (AttributeError, ValueError, OSError):
            pass


class _OneLineParser(argparse.ArgumentParser):
    """argparse, but a bad option is one line (the error and a pointer to --help), like every other error.

    The default prints the whole usage first, which wraps over several lines
    for `extract`; the one-line rule of the README holds for options too.
    """

    def error(self, message: str):
        self.exit(EXIT_INPUT, f"error: {self.prog}: {printable(message)} (see --help)\n")


def _parser() -> argparse.ArgumentParser:
    p = _OneLineParser(
        prog="python -m analysis",
        description="Turn news articles about IS foreign fighters into provenance-carrying claims tables.")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(title="commands", metavar="COMMAND")
    for command in COMMANDS:
        command.register(sub)
    return p
