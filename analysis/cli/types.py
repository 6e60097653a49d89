"""Argument types shared by the subcommands: a bad value is one line from argparse, never a traceback."""

from __future__ import annotations

import argparse

#: Most worker processes `--jobs` accepts: far above any machine's cores, far below what would exhaust
#: the process table (a huge number used to end in OverflowError).
MAX_JOBS = 256


def tolerance(s: str) -> float:
    """The relative half-width of 'about': a number in [0, 1)."""
    try:
        v = float(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {s!r}") from None
    if not 0 <= v < 1:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1 (got {v})")
    return v


def positive_int(s: str) -> int:
    """A worker count: a whole number from 1 to MAX_JOBS."""
    try:
        v = int(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {s!r}") from None
    if v < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1 (got {v})")
    if v > MAX_JOBS:
        raise argparse.ArgumentTypeError(f"at most {MAX_JOBS} worker processes (got {v})")
    return v


def output_path(s: str) -> str:
    """An output file or folder: a non-empty name (`--output ""` used to exit 0 having written nothing)."""
    if not s.strip():
        raise argparse.ArgumentTypeError("an empty path; name the file to write")
    return s


def add_reference(parser) -> None:
    """--reference DIR, as every command that compares with the reference figures takes it."""
    from analysis.core.paths import REFERENCE, display

    parser.add_argument("--reference", default=str(REFERENCE), metavar="DIR",
                        help=f"folder with the reference CSVs (default {display(REFERENCE)}/)")


def add_tolerance(parser) -> None:
    """--approx-tolerance, the half-width of 'about', as every command that reads hedges takes it."""
    from analysis.core.intervals import DEFAULT_TOLERANCE

    parser.add_argument("--approx-tolerance", type=tolerance, default=DEFAULT_TOLERANCE,
                        help=f"relative half-width of the interval for 'about', 'around'... (default {DEFAULT_TOLERANCE})")

