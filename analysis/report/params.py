"""Notebook parameters: one check shared by the notebooks and `python -m analysis run`.

A bad value must stop the work with one sentence before anything is computed,
whether the notebook runs in JupyterLab, under plain papermill or from the
command line. The notebooks call `check` in the cell after their parameters
cell; the runner calls `convert` and `check` before starting any notebook.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from analysis.core.errors import ParameterError
from analysis.core.paths import display, resolve
from analysis.estimate.regions import SCHEMES
from analysis.review import corrections as review

#: name -> (type, what it must be), for every parameter the numbered notebooks share.
SPEC: dict[str, tuple[type, str]] = {
    "seeds_dir": (str, "a folder of .txt articles that exists"),
    "reference_dir": (str, "the folder holding the reference CSVs"),
    "output_dir": (str, "the folder for tables and headline.json (created if missing)"),
    "figures_dir": (str, "the folder for figures (created if missing)"),
    "approx_tolerance": (float, "a number from 0 (inclusive) to 1 (exclusive)"),
    "region_scheme": (str, f"one of {', '.join(SCHEMES)}"),
    "corrections_file": (str, "notebook 01: a CSV of reviewer corrections (the default, corrections.csv, may be absent)"),
}


class BadParameter(ParameterError):
    """A ParameterError that Jupyter shows as its one sentence, without a traceback."""

    def _render_traceback_(self) -> list[str]:  # IPython's hook for how an exception is displayed
        return [f"ParameterError: {self}"]


@dataclass(frozen=True)
class Checked:
    """Parameters after checking: folders resolved from the project root."""

    seeds_dir: Path
    reference_dir: Path
    output_dir: Path
    figures_dir: Path
    approx_tolerance: float
    region_scheme: str | None = None
    #: The parameter as given (None for a notebook that does not take it), the file read, and its corrections.
    corrections_file: str | None = None
    corrections_path: Path | None = None
    corrections: tuple[review.Correction, ...] = ()

    def settings(self) -> dict:
        """The parameters that change results (not the folders), for headline.json."""
        return {k: v for k, v in (("approx_tolerance", self.approx_tolerance),
                                  ("region_scheme", self.region_scheme)) if v is not None}

    def describe(self) -> str:
        """One line per parameter, paths shown relative to the project root (never a machine's absolute path)."""
        lines = []
        for name in SPEC:
            value = getattr(self, name)
            if value is not None:
                lines.append(f"{name} = {display(value) if isinstance(value, Path) else value}")
        if self.corrections_file is not None:
            lines[-1] += (f" ({len(self.corrections)} corrections)" if self.corrections_path
                          else " (no such file: no corrections)")
        return "\n".join(lines)


def check(seeds_dir, reference_dir, output_dir, figures_dir, approx_tolerance, region_scheme=None,
          corrections_file=None) -> Checked:
    """Validate the notebook parameters; raise BadParameter with one sentence on the first bad one.

    A corrections file is read and checked here too, so that a bad line stops
    `python -m analysis run` before any notebook starts, not halfway through.
    """
    for name, value in (("seeds_dir", seeds_dir), ("reference_dir", reference_dir),
                        ("output_dir", output_dir), ("figures_dir", figures_dir)):
        if not isinstance(value, (str, Path)) or not str(value).strip():
            raise BadParameter(f"{name} must be a folder path as text (got {value!r}).")
    if isinstance(approx_tolerance, bool) or not isinstance(approx_tolerance, (int, float)):
        raise BadParameter(f"approx_tolerance must be a number (got {approx_tolerance!r}).")
    if not 0 <= approx_tolerance < 1:
        raise BadParameter(f"approx_tolerance must be at least 0 and below 1 (got {approx_tolerance!r}).")
    if region_scheme is not None and region_scheme not in SCHEMES:
        raise BadParameter(f"region_scheme must be one of {', '.join(SCHEMES)} (got {region_scheme!r}).")
    seeds, reference = resolve(seeds_dir), resolve(reference_dir)
    if not seeds.is_dir():
        raise BadParameter(f"seeds_dir {seeds_dir!r} is not a folder (paths are read from the project root).")
    if not any(seeds.rglob("*.txt")):
        raise BadParameter(f"seeds_dir {seeds_dir!r} holds no .txt articles.")
    if not reference.is_dir():
        raise BadParameter(f"reference_dir {reference_dir!r} is not a folder (paths are read from the project root).")
    out, figs = resolve(output_dir), resolve(figures_dir)
    for name, folder in (("output_dir", out), ("figures_dir", figs)):
        if folder.exists() and not folder.is_dir():
            raise BadParameter(f"{name} {display(folder)!r} exists and is not a folder.")
        folder.mkdir(parents=True, exist_ok=True)
    path, found = _corrections(corrections_file)
    return Checked(seeds, reference, out, figs, float(approx_tolerance), region_scheme,
                   corrections_file, path, tuple(found))


def _corrections(corrections_file) -> tuple[Path | None, list[review.Correction]]:
    """The corrections file and its checked lines; (None, []) when the parameter is absent or the default file is."""
    if corrections_file is None:
        return None, []
    if not isinstance(corrections_file, (str, Path)) or not str(corrections_file).strip():
        raise BadParameter(f"corrections_file must be a file path as text (got {corrections_file!r}).")
    try:
        path = review.resolve_file(corrections_file)
        return path, review.load(path)
    except review.CorrectionsError as exc:
        raise BadParameter(str(exc)) from None


def convert(name: str, text: str, default=None):
    """A command-line value ('0.2') as the parameter's type; `default` gives the type of a parameter not in SPEC."""
    kind = SPEC[name][0] if name in SPEC else type(default)
    if kind is bool:
        if text.lower() not in ("true", "false"):
            raise ParameterError(f"{name} must be true or false (got {text!r}).")
        return text.lower() == "true"
    if kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            raise ParameterError(f"{name} must be a {'whole ' if kind is int else ''}number "
                                 f"(got {text!r}).") from None
    return text
