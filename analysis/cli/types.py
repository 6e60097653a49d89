"""Argument types shared by the subcommands: a bad value is one line from argparse, never a traceback."""

from __future__ import annotations

import argparse


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
    try:
        v = int(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {s!r}") from None
    if v < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1 (got {v})")
    return v
