"""Save a figure the way a newsroom would publish it: PNG + SVG + the CSV it plots.

Every figure gets a caption naming its sources, and the CSV holds exactly the
numbers drawn, so a reader can check or redraw it. Bytes are reproducible:
no creation dates in PNG/SVG metadata and a fixed SVG hash salt. SVG text
stays text (`svg.fonttype: none`), so a graphics desk can edit or translate
titles and labels in Illustrator or Inkscape; the font is named, not embedded.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

from analysis.core.outputs import atomic_path, write_table  # noqa: E402

matplotlib.rcParams.update({
    "svg.hashsalt": "foreign-fighter-claims",
    "svg.fonttype": "none",
    "figure.dpi": 100,
    "savefig.dpi": 150,
    "font.family": "DejaVu Sans",
    "axes.spines.top": False,
    "axes.spines.right": False,
})
_PNG_META = {"Software": None}
_SVG_META = {"Date": None, "Creator": None}


def caption(fig, text: str) -> None:
    """A source line under the plot, as a newspaper chart has."""
    fig.text(0.01, 0.005, text, ha="left", va="bottom", fontsize=7.5, color="#444444", wrap=True)


def save(fig, data: pd.DataFrame, name: str, folder: str | Path) -> dict[str, Path]:
    """Write `name`.png, `name`.svg and `name`.csv (exactly the plotted numbers) into `folder`.

    The PNG and SVG carry the figure's title in their metadata, which `show`
    uses as the image's alternative text in notebooks and the HTML report.
    """
    folder = Path(folder)
    title = title_of(fig)
    out = {}
    for ext, meta in (("png", _PNG_META), ("svg", _SVG_META)):
        path = folder / f"{name}.{ext}"
        with atomic_path(path) as tmp:
            fig.savefig(tmp, format=ext, metadata={**meta, "Title": title}, bbox_inches="tight")
        out[ext] = path
    out["csv"] = write_table(data, folder / f"{name}.csv")
    plt.close(fig)
    return out


def title_of(fig) -> str:
    """The figure's title: its suptitle, else the first axes title, else the first figure-level text."""
    if fig._suptitle is not None and fig._suptitle.get_text():
        return fig._suptitle.get_text()
    for ax in fig.axes:
        if ax.get_title():
            return ax.get_title()
    return next((t.get_text() for t in fig.texts if t.get_text()), "")


def show(saved: dict[str, Path]):
    """The saved PNG for display in a notebook, with the figure's title as alternative text."""
    from IPython.display import Image
    from PIL import Image as PILImage

    with PILImage.open(saved["png"]) as png:
        title = png.text.get("Title", "")
    return Image(filename=str(saved["png"]), alt=title or saved["png"].stem)


def source_label(doc, with_id: bool = False) -> str:
    """How a document is named on a chart: its outlet, else its title, never its file name unless nothing else
    is known; marked when it is a blog, and with its short id (the doc_id's prefix) when `with_id`."""
    name = doc.get("outlet") or doc.get("title") or doc["doc_id"]
    if len(name) > 40:
        name = name[:38].rstrip() + "\u2026"
    label = f"{name} (blog)" if doc.get("kind") == "blog" else name
    return f"{label} [{doc['doc_id'].split('_')[0]}]" if with_id and (doc.get("outlet") or doc.get("title")) else label

