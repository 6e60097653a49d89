"""One page per executed notebook, code hidden and tables formatted for reading.

A newsroom reader wants the story and the tables, not the code: the pages
use nbconvert with `exclude_input` and the `report_page` template (the
script-free `report` template plus the site's navigation). The notebooks'
tables are pandas HTML with raw floats (14.1885, NaN, inf); rather than
change what the notebooks compute, each table cell is reformatted here:
counts with thousands separators, rates to one decimal, blanks for missing
values, ∞ for an open upper bound.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path

import nbformat

from analysis.report.site.html import CSS, nav, number

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
#: A pandas cell that holds a bare number, or a missing value pandas writes as text.
NUMBER = re.compile(r"\s*(-?\d+(?:\.\d+)?|-?inf)\s*")
MISSING = {"NaN", "nan", "None", "&lt;NA&gt;", "NaT", "<NA>"}
CELL = re.compile(r"<td>(.*?)</td>", re.S)
HEADER = re.compile(r"(<th[^>]*>)([^<]*)(</th>)")
PAGE_CSS = CSS + """
body.jp-Notebook{padding:0;margin:0}
main{max-width:1200px;margin:0 auto;padding:0 24px 48px}
nav.top a{text-decoration:underline}
.jp-Cell{padding:0}
.jp-OutputArea-output,.jp-RenderedHTMLCommon{max-width:100%;overflow-x:auto}
.jp-RenderedHTMLCommon table{table-layout:auto;max-width:none;font-size:12px}
.jp-RenderedHTMLCommon.jp-OutputArea-output table td,.jp-RenderedHTMLCommon.jp-OutputArea-output table th{
 white-space:normal;overflow-wrap:break-word;word-break:normal;text-align:left;vertical-align:top;padding:3px 5px}
.jp-RenderedHTMLCommon.jp-OutputArea-output table td.n{text-align:right;white-space:nowrap}
.jp-RenderedText pre,.jp-OutputArea-output pre{white-space:pre-wrap;overflow-wrap:anywhere}
.jp-RenderedImage img{max-width:100%;height:auto}
.jp-RenderedHTMLCommon p,.jp-RenderedHTMLCommon li{max-width:60em}
"""


def write_pages(folder: Path) -> dict[str, str]:
    """notebooks/<name>.html for every executed notebook of the run."""
    return {f"notebooks/{p.stem}.html": notebook_page(nbformat.read(p, as_version=4), p.stem)
            for p in sorted(folder.glob("[0-9][0-9]-*.ipynb"))}


def notebook_page(nb: nbformat.NotebookNode, name: str) -> str:
    """A notebook as a page: Markdown and outputs only, tables reformatted."""
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="report_page", extra_template_basedirs=[str(TEMPLATES)],
                            extra_template_paths=[str(TEMPLATES)],
                            exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True)
    resources = {"metadata": {"name": title(nb, name)}, "site_css": PAGE_CSS, "site_nav": nav(1)}
    body, _ = exporter.from_notebook_node(readable(nb), resources=resources)
    return body


def title(nb: nbformat.NotebookNode, name: str) -> str:
    """The notebook's first Markdown heading, else its file name."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            m = re.search(r"^#+\s*(.+)$", cell.source, re.M)
            if m:
                return m.group(1).strip()
    return name


def readable(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """A copy of the notebook whose HTML tables have every cell formatted for reading."""
    nb = copy.deepcopy(nb)
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            if "text/html" in data and "<table" in _joined(data["text/html"]):
                html = CELL.sub(_cell, _joined(data["text/html"]))
                data["text/html"] = HEADER.sub(lambda h: h.group(1) + _breakable(h.group(2)) + h.group(3), html)
    return nb


def _cell(m: re.Match) -> str:
    """One <td>: a number formatted and right-aligned, a missing value blank, text as pandas escaped it, with
    line-break opportunities (`_breakable`)."""
    raw = m.group(1)
    if raw.strip() in MISSING:
        return "<td></td>"
    if NUMBER.fullmatch(raw):
        return f'<td class="n">{number(float(raw))}</td>'
    return f"<td>{_breakable(raw)}</td>"


def _breakable(text: str) -> str:
    """A line-break opportunity after each ';', '_' and '#' outside tags, so that joined ids, claim ids and
    column names wrap instead of widening the table."""
    return re.sub(r"(<[^>]*>)|([;_#])", lambda m: m.group(1) or m.group(2) + "<wbr>", text)


def _joined(value) -> str:
    return "".join(value) if isinstance(value, list) else value
