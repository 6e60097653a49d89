"""The two discrepancy charts: each source against the reference, and text reuse between articles.

Each function returns (figure, data), `data` holding exactly the numbers
drawn with the claim_ids / ref_ids behind them, for `figures.save`. Colours
come from seaborn's colour-blind palette and every source also has its own
marker, so the charts read in grey-scale; agreement is shown by fill
(filled = within the hedges, open = conflict), not by colour.
"""

from __future__ import annotations

import math

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns

from analysis.findings import evidence
from analysis.extract import gazetteer
from analysis.report.figures import source_label
from analysis.report.plotting import frame

#: Colour scale limit for the relative difference (%); the cell text keeps the exact value.
CLIP = 30.0
_REFERENCE_SOURCE = ("Reference: figures attributed to the Soufan Center report 'Beyond the Caliphate' (October 2017) "
                     "in contemporary coverage (reference/ folder), a yardstick rather than ground truth.")


def against_reference(comparison: pd.DataFrame, documents: pd.DataFrame):
    """Heat map: each article's figure against the reference, one row per entity and measure, one column per source.

    `comparison`: discrepancies.reference_comparison. A cell shows the figure
    as the article words it and its difference from the reference value; the
    colour is that difference (diverging, clipped at +-CLIP %). "≠" marks a
    conflict: the two hedge ranges do not overlap. The text carries every
    number, so the chart also reads in grey-scale.
    """
    labels = {d["doc_id"]: source_label(d, with_id=True) for d in documents.to_dict("records")}
    data = comparison.copy()
    data["source"] = data.doc_id.map(labels)
    data["row"] = [f"{evidence.title_name(e)} · {evidence.measure_name(m)}" for e, m in zip(data.entity, data.measure)]
    data["_order"] = [_row_order(e, m) for e, m in zip(data.entity, data.measure)]
    data = data.sort_values(["_order", "doc_id", "value"], kind="stable").reset_index(drop=True)
    rows = list(dict.fromkeys(data.row))
    docs = sorted(data.doc_id.unique())
    columns = ["Reference"] + [labels[d] for d in docs]
    colour = pd.DataFrame(np.nan, index=rows, columns=columns)
    text = pd.DataFrame("", index=rows, columns=columns)
    for row, g in data.groupby("row", sort=False):
        first = g.iloc[0]
        colour.loc[row, "Reference"] = 0.0
        text.loc[row, "Reference"] = evidence.fmt(first.reference_value, first.reference_qualifier, first.unit)
        for doc, h in g.groupby("doc_id"):
            worst = h.loc[h.relative_difference_pct.abs().idxmax()]
            colour.loc[row, labels[doc]] = float(np.clip(worst.relative_difference_pct, -CLIP, CLIP))
            stated = sorted(set(zip(h.value, h.qualifier, h.unit)), key=lambda t: (t[0], t[1]))
            as_stated = " / ".join(evidence.fmt(v, q, u) for v, q, u in stated)
            diff = worst.relative_difference_pct
            text.loc[row, labels[doc]] = (as_stated + ("" if abs(diff) < 0.05 else f"\n{diff:+.0f}%")
                                          + ("" if h.agrees.all() else "  ≠"))
    fig, ax = plt.subplots(figsize=(2.0 + 1.45 * len(columns), 0.36 * max(len(rows), 4) + 3.2))
    if rows:
        _difference_map(ax, colour, text)
    else:
        ax.text(0.5, 0.5, "No article figure has a reference counterpart.", ha="center", va="center")
        ax.set_axis_off()
    frame(fig, "Each article's figures against the reference",
          "Each cell: the figure as the source words it and its distance from the reference.  "
          "≠: the ranges their hedges allow do not overlap.  Grey: no figure.",
          f"Sources: {'; '.join(labels.values())}. {_REFERENCE_SOURCE} Colour clipped at "
          f"±{CLIP:.0f}%. Only entity-measure pairs that the reference also gives are shown.", None)
    cols = ["row", "source", "doc_id", "entity", "measure", "unit", "value", "qualifier", "reference_value",
            "reference_qualifier", "relative_difference_pct", "agrees", "claim_id", "ref_id"]
    return fig, data[cols]


def _difference_map(ax, colour: pd.DataFrame, text: pd.DataFrame) -> None:
    """The heat map itself: diverging colours for the difference, grey where a source has no figure."""
    sns.heatmap(colour, cmap="PuOr_r", vmin=-CLIP, vmax=CLIP, annot=text.values, fmt="",
                annot_kws={"fontsize": 7.5}, linewidths=0.8, linecolor="#ffffff", ax=ax,
                cbar_kws={"label": "Difference from the reference (% of its value)", "shrink": 0.5,
                          "format": plt.FuncFormatter(lambda x, _: f"{x:+.0f}%" if x else "0")})
    ax.set_facecolor("#cccccc")
    ax.xaxis.tick_top()
    ax.set_xticks(np.arange(colour.shape[1]) + 0.5, colour.columns, rotation=30, ha="left", fontsize=8.5)
    ax.set_yticks(np.arange(colour.shape[0]) + 0.5, colour.index, fontsize=8.5)
    ax.set_xlabel("")
    ax.set_ylabel("Entity · measure (people, % or countries)")
    ax.tick_params(length=0)


def reuse_matrix(pairs: pd.DataFrame, documents: pd.DataFrame, texts: dict[str, str]):
    """Heat map: share of each article (row) found in passages it shares with another (column).

    `pairs`: reuse.copy_pairs. Cells name the relation (copy, follows,
    stock phrase) and the number of shared passages; the colour is the share.
    """
    docs = list(documents.doc_id)
    labels = [source_label(d, with_id=True) for d in documents.to_dict("records")]
    share = pd.DataFrame(0.0, index=docs, columns=docs)
    notes = pd.DataFrame("", index=docs, columns=docs)
    rows = []
    words = {"copy": "copy", "follows": "follows", "common_phrase": "phrase"}
    for p in pairs.itertuples():
        for row, col, chars, later in ((p.doc_a, p.doc_b, p.shared_chars_a, "a follows b"),
                                       (p.doc_b, p.doc_a, p.shared_chars_b, "b follows a")):
            pct = 100 * chars / len(texts[row])
            share.loc[row, col] = pct
            when = {"none": "", "unknown": ", undated"}.get(p.direction, ", later" if p.direction == later
                                                           else ", earlier")
            notes.loc[row, col] = (f"{pct:.0f}%\n{words[p.relation]}{when}\n"
                                   f"{evidence.plural(p.n_passages, 'passage')}")
            rows.append({"row_doc": row, "column_doc": col, "shared_pct_of_row": round(pct, 1),
                         "shared_chars": chars, "n_passages": p.n_passages, "relation": p.relation,
                         "direction": p.direction})
    size = 1.15 * len(docs) + 3.2
    fig, ax = plt.subplots(figsize=(size + 1.5, size))
    mask = np.eye(len(docs), dtype=bool)
    vmax = max(40.0, math.ceil(share.values.max() / 10) * 10)
    sns.heatmap(share, mask=mask, cmap="Blues", vmin=0, vmax=vmax, annot=notes.values, fmt="", linewidths=0.8,
                linecolor="#ffffff", annot_kws={"fontsize": 8}, square=True, ax=ax,
                cbar_kws={"label": "Share of the row article's text found in the column article (%)", "shrink": 0.7})
    for i in range(len(docs)):
        ax.add_patch(plt.Rectangle((i, i), 1, 1, color="#e6e6e6", linewidth=0))
        ax.text(i + 0.5, i + 0.5, "same\narticle", ha="center", va="center", fontsize=7.5, color="#777777")
    ax.set_xticks(np.arange(len(docs)) + 0.5, labels, rotation=35, ha="right", fontsize=8.5)
    ax.set_yticks(np.arange(len(docs)) + 0.5, labels, rotation=0, fontsize=8.5)
    ax.set_xlabel("Article the text is shared with")
    ax.set_ylabel("Article whose text is measured")
    frame(fig, "Which articles reuse each other's text",
          "Sentence-level fuzzy alignment (rapidfuzz); 'copy' pairs count as one source when figures are "
          "corroborated",
          "Sources: the articles listed. A passage is a stretch of at least 40 characters with similarity of 85 or "
          "more; 'copy' = at least 15% of one article or 3 passages of 80+ characters; 'follows' = one or two such "
          "passages; 'phrase' = only short stock phrases. 'later' / 'earlier': the row article's publication date "
          "against the column's; 'undated': one date is unknown. Empty cells: no shared passage.", None)
    return fig, pd.DataFrame(rows, columns=["row_doc", "column_doc", "shared_pct_of_row", "shared_chars",
                                            "n_passages", "relation", "direction"])


#: Measures in reading order on the charts; others follow alphabetically.
_MEASURE_ORDER = ("departed", "returned", "return_share")


def _row_order(entity: str, measure: str) -> tuple:
    """The world first, then regions and groups, then countries, each by name; departed before returned."""
    e = gazetteer.load().entity(entity)
    kind = 0 if entity == "WORLD" else 2 if e and e.entity_type == "country" else 1
    m = _MEASURE_ORDER.index(measure) if measure in _MEASURE_ORDER else len(_MEASURE_ORDER)
    return (kind, evidence.title_name(entity), m, measure)


