"""Project paths, resolved from the project root wherever the code runs from."""

from __future__ import annotations

import os
from pathlib import Path

#: The project root: the folder that holds `analysis/`.
ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
REFERENCE = ROOT / "reference"
FIGURES = ROOT / "figures"
NOTEBOOKS = ROOT / "notebooks"
OUTPUTS = ROOT / "outputs"
DATA = ROOT / "analysis" / "extract" / "data"
#: Folders no command may write into: the committed articles, the reference figures, and the package
#: (its gazetteer, lexicons and code). An output there would break every later run.
PROTECTED = (SEEDS, REFERENCE, ROOT / "analysis")


def resolve(path: str | Path) -> Path:
    """Resolve a user path: absolute paths stay, relative ones start at the project root."""
    p = Path(path).expanduser()
    return p if p.is_absolute() else (ROOT / p)


def display(path: str | Path) -> str:
    """A path as written into outputs: relative to the project root when inside it.

    Outputs never carry the absolute path of the machine that made them.
    """
    p = Path(path).resolve()
    try:
        return as_text(p.relative_to(ROOT).as_posix())
    except ValueError:
        return as_text(p.name if p.is_absolute() else Path(path).as_posix())


def as_text(name: str) -> str:
    """A file name as text any encoder accepts: bytes that are not UTF-8 become "\\xe9" escapes.

    Python keeps such bytes as lone surrogates ("caf\\udce9"), which cannot be
    written to a UTF-8 CSV or Parquet file; the escape keeps names distinct.
    """
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "backslashreplace")
