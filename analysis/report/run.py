"""Run the numbered notebooks in order with papermill, and write them back reproducibly.

`python -m analysis run` executes every `notebooks/NN-*.ipynb` in order. With
no options it regenerates the committed notebooks, `figures/` and `outputs/`
(tables, headline.json, an HTML copy of each notebook in outputs/html/, and
the report site in outputs/report/, written last from the tables the run
wrote). With `--output-dir DIR` the same layout is written under DIR instead
(DIR/notebooks, DIR/figures, DIR/outputs, DIR/outputs/html, DIR/outputs/report)
and the committed files are not touched.

An executed notebook is made byte-reproducible before it is written: the
volatile metadata papermill and Jupyter add (timestamps, durations, input and
output paths) is removed, the kernelspec is pinned to python3 and injected
cells get a fixed id. Every file is written atomically, and a run that fails
puts back every file it had already rewritten.
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import nbformat

from analysis.core.errors import AnalysisError, ParameterError
from analysis.core.outputs import restored_on_failure, write_text
from analysis.report.handoff import write_handoff
from analysis.report.params import SPEC, check, convert
from analysis.core.paths import FIGURES, NOTEBOOKS, OUTPUTS, ROOT, display, resolve

PATTERN = "[0-9][0-9]-*.ipynb"
TEMPLATES = Path(__file__).resolve().parent / "templates"
KERNEL = "python3"
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": KERNEL}
#: Cell metadata that changes from run to run (papermill's timings, Jupyter's execution timestamps).
VOLATILE_CELL_METADATA = ("papermill", "execution", "collapsed", "scrolled")
#: The kernel's own log is noise on a batch run (an unencrypted-local-TCP warning on every start);
#: cell errors still reach papermill through the notebook's outputs.
KERNEL_QUIET = ["--IPKernelApp.log_level=CRITICAL"]
#: Exception names a notebook raises for a bad parameter (see analysis.params).
PARAMETER_ERRORS = ("BadParameter", "ParameterError")
#: Exception names a notebook raises for an input an earlier notebook did not write (see analysis.report.inputs).
INPUT_ERRORS = ("NotebookInputError",)
PUT_BACK = "every notebook, figure and table was put back as it was before this run"


@dataclass(frozen=True)
class Layout:
    """Where a run writes: executed notebooks, figures, tables and HTML."""

    notebooks: Path
    figures: Path
    outputs: Path

    @property
    def html(self) -> Path:
        return self.outputs / "html"

    def watched(self) -> list[tuple[Path, str]]:
        """Every file a run may write, as (folder, pattern): what a failed run must put back."""
        return [(self.notebooks, PATTERN), (self.figures, "*"), (self.outputs, "**/*")]

    @classmethod
    def under(cls, output_dir: str | Path | None) -> Layout:
        """The committed layout, or the same layout under `output_dir` (resolved from the working directory)."""
        if output_dir is None:
            return cls(NOTEBOOKS, FIGURES, OUTPUTS)
        base = Path(output_dir).expanduser().resolve()
        if base == ROOT or base in (NOTEBOOKS, FIGURES, OUTPUTS):
            raise ParameterError(f"--output-dir {output_dir} would overwrite the committed files; "
                                 "choose a separate folder such as runs/NAME.")
        return cls(base / "notebooks", base / "figures", base / "outputs")


def notebooks(folder: Path = NOTEBOOKS) -> list[Path]:
    """The numbered notebooks, in run order."""
    found = sorted(folder.glob(PATTERN))
    if not found:
        raise AnalysisError(f"no notebooks matching {PATTERN} in {display(folder)}")
    return found


def declared(path: Path) -> dict[str, object]:
    """Parameters a notebook declares in its `parameters` cell, with their default values."""
    import papermill

    return {name: info["default"] for name, info in papermill.inspect_notebook(str(path)).items()}


def plan(paths: list[Path], raw: list[str], layout: Layout, redirected: bool) -> dict[Path, dict]:
    """Parameters to inject into each notebook, checked before anything runs.

    `raw` holds "name=value" strings. A name no notebook declares, or a value
    of the wrong kind, raises ParameterError with one sentence.
    """
    decl = {p: declared(p) for p in paths}
    defaults: dict[str, object] = {}
    for d in decl.values():
        for name, value in d.items():
            defaults.setdefault(name, _literal(value))
    given: dict[str, object] = {}
    for item in raw:
        name, sep, text = item.partition("=")
        name = name.strip()
        if not sep or not name:
            raise ParameterError(f"--param expects name=value (got {item!r}).")
        if name not in defaults:
            raise ParameterError(f"unknown parameter {name!r}; the notebooks take: {', '.join(sorted(defaults))}.")
        if redirected and name in ("output_dir", "figures_dir"):
            raise ParameterError(f"give either --output-dir or --param {name}=..., not both.")
        given[name] = convert(name, text, defaults[name])
    if given and not redirected:
        raise ParameterError("--param changes the results, so it needs --output-dir DIR: "
                             "the committed notebooks always hold the default run.")
    if redirected:
        given["output_dir"] = _as_parameter(layout.outputs)
        given["figures_dir"] = _as_parameter(layout.figures)
    merged = {**defaults, **given}
    check(**{k: merged[k] for k in SPEC if k in merged})
    return {p: {k: v for k, v in given.items() if k in decl[p]} for p in paths}


def run(raw_params: list[str] | None = None, output_dir: str | Path | None = None,
        progress: bool = True, log=print) -> list[Path]:
    """Execute every numbered notebook in order; return the executed notebooks written."""
    layout = Layout.under(output_dir)
    paths = notebooks()
    per_notebook = plan(paths, raw_params or [], layout, output_dir is not None)
    written = []
    started = time.monotonic()
    try:
        with restored_on_failure(layout.watched()):
            for i, path in enumerate(paths, 1):
                log(f"[{i}/{len(paths)}] {path.name}", file=sys.stderr)
                nb = execute(path, per_notebook[path], progress)
                target = layout.notebooks / path.name
                write_text(nbformat.writes(clean(nb, per_notebook[path])) + "\n", target)
                write_text(to_html(nb, path.stem), layout.html / f"{path.stem}.html")
                written.append(target)
            write_handoff(layout.outputs, layout.figures)  # coverage_tables.xlsx, wide/*.csv, datapackage.json
            write_report_site(layout, paths, per_notebook)  # outputs/report/: index, notebook and article pages
    except AnalysisError as exc:
        exc.args = (f"{exc}; {PUT_BACK}",)
        raise
    except OSError as exc:  # disk full, a folder that became read-only...
        where = f"{exc.filename}: " if exc.filename else ""
        raise AnalysisError(f"{where}{exc.strerror or exc}; {PUT_BACK}") from None
    log(f"{len(paths)} notebooks run in {time.monotonic() - started:.0f} s: executed notebooks in "
        f"{_shown(layout.notebooks)}/, figures in {_shown(layout.figures)}/, tables and headline.json "
        f"in {_shown(layout.outputs)}/, HTML in {_shown(layout.html)}/, report in "
        f"{_shown(layout.outputs / 'report')}/index.html", file=sys.stderr)
    return written


def write_report_site(layout: Layout, paths: list[Path], per_notebook: dict[Path, dict]) -> list[Path]:
    """The report site under outputs/report/, from the tables this run just wrote and the articles it read.

    Runs inside the rollback block: a failure here puts back every notebook,
    figure, table and page, as a failed notebook does.
    """
    from analysis.report import site

    return site.write(layout.outputs, layout.figures, layout.notebooks,
                      seeds_dir=resolve(_setting("seeds_dir", paths, per_notebook)),
                      reference_dir=resolve(_setting("reference_dir", paths, per_notebook)))


def _setting(name: str, paths: list[Path], per_notebook: dict[Path, dict]) -> str:
    """The value a parameter had in this run: as given with --param, else the first notebook's default."""
    for path in paths:
        if name in per_notebook[path]:
            return per_notebook[path][name]
    return next(_literal(d[name]) for d in map(declared, paths) if name in d)


def execute(path: Path, parameters: dict, progress: bool = True) -> nbformat.NotebookNode:
    """One notebook through papermill, in the notebooks folder as JupyterLab would run it.

    A failing cell becomes an AnalysisError naming the notebook and the cell;
    a bad parameter caught by the notebook's own check becomes a ParameterError
    with the notebook's sentence, and a missing input (a table an earlier
    notebook writes) an AnalysisError with the notebook's sentence.
    """
    import papermill
    from papermill.exceptions import PapermillExecutionError

    try:
        return papermill.execute_notebook(str(path), None, parameters=parameters or None, kernel_name=KERNEL,
                                          progress_bar=progress, cwd=str(path.parent), log_output=False,
                                          extra_arguments=KERNEL_QUIET)
    except PapermillExecutionError as exc:
        if exc.ename in PARAMETER_ERRORS:
            raise ParameterError(exc.evalue) from None
        if exc.ename in INPUT_ERRORS:
            raise AnalysisError(f"{path.name}: {exc.evalue}") from None
        raise AnalysisError(f"{path.name}: cell {exc.exec_count} failed with {exc.ename}: {exc.evalue} "
                            f"(open the notebook in JupyterLab to see the traceback)") from None


def clean(nb: nbformat.NotebookNode, parameters: dict | None = None) -> nbformat.NotebookNode:
    """Remove what changes from run to run, so the same inputs give the same bytes."""
    nb.metadata.pop("papermill", None)
    nb.metadata.pop("widgets", None)
    if parameters:
        nb.metadata["papermill"] = {"parameters": parameters}
    nb.metadata["kernelspec"] = dict(KERNELSPEC)
    for cell in nb.cells:
        for key in VOLATILE_CELL_METADATA:
            cell.metadata.pop(key, None)
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell["id"] = "injected-parameters"
        if cell.get("outputs"):
            cell["outputs"] = merged_streams(cell["outputs"])
    return nb


def merged_streams(outputs: list) -> list:
    """Consecutive stream outputs of one name, joined: the kernel sends a print's text and its newline as one
    message or two depending on thread timing, so unmerged outputs differ from run to run."""
    out: list = []
    for o in outputs:
        if (o.get("output_type") == "stream" and out and out[-1].get("output_type") == "stream"
                and out[-1].get("name") == o.get("name")):
            out[-1]["text"] = "".join(out[-1]["text"]) + "".join(o["text"])
        else:
            out.append(o)
    return out


def to_html(nb: nbformat.NotebookNode, name: str) -> str:
    """A browsable, script-free HTML copy of an executed notebook (images inline).

    Uses analysis/report/templates/report: the lab template without CDN scripts and with a
    Content Security Policy that forbids any script, so the report opens offline and
    article text can never run as code.
    """
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="report", extra_template_basedirs=[str(TEMPLATES)])
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": name}})
    return body


def _as_parameter(path: Path) -> str:
    """A folder as a notebook parameter: relative to the project root (where notebooks resolve paths from).

    Even a folder outside the project is given relatively ("../runs/x"), so no
    executed notebook records the absolute path of the machine that ran it.
    """
    return Path(os.path.relpath(path.resolve(), ROOT)).as_posix()


def _shown(path: Path) -> str:
    """A folder for the console: relative inside the project, absolute outside it."""
    return display(path) if ROOT in path.resolve().parents else str(path)


def _literal(default: str):
    """papermill reports defaults as source text ('0.1', "'outputs'"); turn them into values."""
    import ast

    try:
        return ast.literal_eval(default)
    except (ValueError, SyntaxError):
        return default


