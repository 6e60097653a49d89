"""Project paths, resolved from the project root wherever the code runs from."""

from __future__ import annotations

from pathlib import Path

#: The project root: the folder that holds `analysis/`.
ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
REFERENCE = ROOT / "reference"
FIGURES = ROOT / "figures"
NOTEBOOKS = ROOT / "notebooks"
OUTPUTS = ROOT / "outputs"
DATA = ROOT / "analysis" / "extract" / "data"


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
        return p.relative_to(ROOT).as_posix()
    except ValueError:
        return p.name if p.is_absolute() else Path(path).as_posix()
