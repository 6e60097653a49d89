"""Figures for the notebooks: dot-and-interval charts that a newsroom could publish.

Each function returns (figure, data): `data` holds exactly the numbers drawn,
one row per mark, with the claim_ids or ref_ids they come from, so
`figures.save` can write it beside the PNG and SVG. Styling choices serve
reading in grey-scale and by colour-blind readers: seaborn's colour-blind
palette, a distinct marker per series, the reference always in black.
"""

from __future__ import annotations

import math
import textwrap

import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns
from matplotlib.lines import Line2D

from analysis.estimate import regions
from analysis.report import figures  # noqa: F401  (importing it sets the Agg backend and the house style)

_PALETTE = sns.color_palette("colorblind").as_hex()
#: Series colours in order (yellow and grey left out: too faint on white, grey is for context).
_COLOURS = [_PALETTE[i] for i in (0, 1, 2, 3, 4, 5, 9, 6)]
_MARKERS = ["o", "s", "^", "v", "P", "X", "h", "<"]
REFERENCE_STYLE = {"color": "#000000", "marker": "D"}
_DODGE = 0.2
_CAPTION_WIDTH = 150  # characters per caption line at the figure widths used here


def return_rates_by_country(rates: pd.DataFrame, reference: pd.DataFrame, documents: pd.DataFrame,
                            names: dict[str, str], region_of: dict[str, str]):
    """Return rate per country from each article, with the reference alongside.

    `rates`: rates.article_rates rows for countries; `reference`: rates.reference_rates;
    `names`: ISO3 -> country name; `region_of`: ISO3 -> region label used to group rows.
    Open markers are shares the article states; filled ones are computed from its own counts.
    """
    labels = {d.doc_id: figures.source_label(d._asdict()) for d in documents.itertuples()}
    series = [labels[d] for d in sorted(rates.doc_id.unique())]
    series = list(dict.fromkeys(series)) + ["Reference"]
    styles = _styles(series[:-1])
    # Grouped by region, and within a region sorted by the highest rate any source gives (ties by name).
    best = rates.groupby("entity").rate.max().to_dict()
    countries = sorted(set(rates.entity), key=lambda e: (region_of.get(e, "~"), -best.get(e, 0), names.get(e, e)))
    ref = reference[reference.entity.isin(countries)]
    ref = ref.assign(_o=ref.kind.map({"reference stated": 0, "reference computed": 1})).sort_values(["entity", "_o"])
    rows = []
    for r in rates.itertuples():
        rows.append(_point(r, labels[r.doc_id], names))
    for r in ref.drop_duplicates("entity").itertuples():
        rows.append(_point(r, "Reference", names))
    data = pd.DataFrame(rows)
    data["region"] = data.entity.map(lambda e: region_of.get(e, "Other"))

    layout, headers = _grouped_rows(countries, region_of)
    fig, ax = plt.subplots(figsize=(10, 0.8 * len(layout) + 0.4 * len(headers) + 2.4))
    order = {s: i for i, s in enumerate(series)}
    data["slot"] = data.apply(lambda r: (order[r.series], r.kind != "stated"), axis=1)
    noted = set()
    for entity, g in data.groupby("entity", sort=False):
        slots = sorted(set(g.slot))
        for row in g.itertuples():
            y = layout[entity] + (slots.index(row.slot) - (len(slots) - 1) / 2) * _DODGE
            style = REFERENCE_STYLE if row.series == "Reference" else styles[row.series]
            _mark(ax, row.rate, row.rate_low, row.rate_high, y, style, filled=row.kind != "stated", size=7)
            if "zero_from_none" in row.flags and entity not in noted:
                noted.add(entity)
                ax.annotate("the articles say 'none' returned: may be missing data, not zero",
                            (row.rate, layout[entity]), xytext=(12, 0), textcoords="offset points", va="center",
                            fontsize=8, color="#333333")
    data = data.drop(columns="slot")
    _row_axis(ax, layout, headers, names)
    top = max(60.0, min(100.0, math.ceil(data.rate_high.max() / 10) * 10 + 5))
    ax.set_xlim(-1, top)
    ax.set_xlabel("Returned, as % of those who travelled")
    ax.xaxis.grid(True, color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    handles = [_handle(styles[s], s) for s in series[:-1]] + [_handle(REFERENCE_STYLE, "Reference figures")]
    handles += [_handle({"color": "#555555", "marker": "o"}, "computed from the source's counts", filled=True),
                _handle({"color": "#555555", "marker": "o"}, "share stated by the article", filled=False)]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False, fontsize=9,
              title="Source", title_fontsize=9, alignment="left")
    n_sources = len(series) - 1
    frame(fig, f"Return rates of {len(countries)} {'country' if len(countries) == 1 else 'countries'}, as "
               f"{n_sources} {'source gives' if n_sources == 1 else 'sources give'} them, beside the reference",
           "Dot = the rate; line = the range its hedges allow ('about', 'more than'...)",
           "Sources: " + "; ".join(series[:-1]) + ". Reference: figures attributed to the Soufan Center report "
           "'Beyond the Caliphate' (October 2017) in contemporary coverage (reference/ folder). Rows are grouped "
           "by region and, within a region, by the highest rate given; a country appears once even where regions overlap.")
    return fig, data


#: Region charts. Filled marks compare like with like: the articles' sum over the member countries they give,
#: and the reference summed over the same countries; open grey: the reference over all its members with a
#: figure (drawn only where that is a different set); open black and orange: figures given for the region.
_REGION_SERIES = {
    "Articles: sum over the member countries they give": {"color": _COLOURS[0], "marker": "s", "filled": True},
    "Reference: the same countries": {"color": "#000000", "marker": "o", "filled": True},
    "Reference: all member countries with a figure": {"color": "#888888", "marker": "o", "filled": False},
    "Reference: figure for the region": {"color": "#000000", "marker": "D", "filled": False},
    "Articles: figure for the region": {"color": _COLOURS[1], "marker": "^", "filled": False},
}
_SUM_SERIES = dict(zip(("articles", regions.MATCHED, "reference"), _REGION_SERIES))
#: Up to this many countries a mark is labelled with their names, beyond it with their number.
_NAMED_COUNTRIES = 2


def departed_returned_by_region(sums: pd.DataFrame, stated: pd.DataFrame, scheme_name: str):
    """Departed and returned per region: member-country sums per source beside the totals given for the region.

    `sums`: regions.member_sums; `stated`: regions.on_scheme(regions.combined_stated(...)).
    """
    data = _region_points(sums, stated)
    regions_ = _region_order(data)
    layout = {r: i for i, r in enumerate(regions_)}
    fig, axes = plt.subplots(1, 2, figsize=(11, 0.75 * len(regions_) + 3.2), sharey=True)
    for ax, measure in zip(axes, ("departed", "returned")):
        sub = data[data.measure == measure]
        edge = _axis_cap(sub) * 1.15  # where open-ended ranges end; the labels beyond it need room
        for region, g in sub.groupby("label", sort=False):
            for row, y in _dodged(g, layout[region]):
                style = _REGION_SERIES[row.series]
                _mark(ax, row.value, row.value_low, row.value_high, y, style, filled=style["filled"], size=7,
                      edge=edge)
                _note(ax, row.note, min(row.value_high, edge), y)
        word = "Travelled" if measure == "departed" else "Returned"
        ax.set_title(word, loc="left", fontsize=11, fontweight="bold")
        ax.set_xlabel(f"{word} (number of people)")
        ax.set_xlim(0, edge * 1.3)
        ax.xaxis.set_major_formatter(plt.FuncFormatter(lambda x, _: f"{x:,.0f}"))
        ax.xaxis.grid(True, color="#dddddd", linewidth=0.6)
        ax.set_axisbelow(True)
    axes[0].set_yticks(range(len(regions_)), regions_)
    axes[0].set_ylim(len(regions_) - 0.5, -0.5)
    for ax in axes:
        ax.tick_params(axis="y", length=0)
    frame(fig, f"Foreign fighters who travelled and returned, by region ({scheme_name})",
          _like_with_like("sum"), _region_caption(), legend=_region_legend(data))
    return fig, data


def return_rate_by_region(member_rates: pd.DataFrame, stated: pd.DataFrame, scheme_name: str):
    """Return rate per region from member-country counts, beside the rate given for the region itself.

    `member_rates`: regions.region_rates; `stated`: regions.stated_region_rates.
    """
    rates = _distinct_reference(member_rates, ["region"])
    names = regions.short_names(sorted({c for cs in rates.countries for c in cs.split(";") if c}))
    rows = [{"series": _SUM_SERIES[r.source], "region": r.region, "label": r.label, "rate": r.rate,
             "rate_low": r.rate_low, "rate_high": r.rate_high, "n_countries": r.n_countries,
             "note": _countries_note(r.countries, names),
             "basis": f"{r.returned:,.0f} of {r.departed:,.0f} ({r.countries})", "ids": r.ids}
            for r in rates.itertuples()]
    rows += [{"series": ("Reference" if s.source == "reference" else "Articles") + ": figure for the region",
              "region": s.region, "label": s.label, "rate": s.stated, "rate_low": s.stated_low,
              "rate_high": s.stated_high, "n_countries": 0, "note": "", "basis": s.basis, "ids": s.ids}
             for s in stated.itertuples()]
    data = _unlabel_matched(pd.DataFrame(rows), ["region"])
    regions_ = list(dict.fromkeys(data.sort_values(["rate", "label"], ascending=[False, True], kind="stable").label))
    layout = {r: i for i, r in enumerate(regions_)}
    fig, ax = plt.subplots(figsize=(10, 0.75 * len(regions_) + 2.8))
    for region, g in data.groupby("label", sort=False):
        for row, y in _dodged(g, layout[region]):
            style = _REGION_SERIES[row.series]
            low, high = _open_ends(row.rate, row.rate_low, row.rate_high)
            _mark(ax, row.rate, low, high, y, style, filled=style["filled"], size=7)
            for end, rate_end, marker in ((high, row.rate_high, ">"), (low, row.rate_low, "<")):
                if end != rate_end:  # an open-ended range: a short arrow, not a line to 0 or 100 %
                    ax.plot([end], [y], linestyle="none", marker=marker, markersize=5, color=style["color"])
            _note(ax, row.note, high, y)
    ax.set_yticks(range(len(regions_)), regions_)
    ax.set_ylim(len(regions_) - 0.5, -0.5)
    ax.tick_params(axis="y", length=0)
    top = max([_open_ends(r.rate, r.rate_low, r.rate_high)[1] for r in data.itertuples()] + [10.0])
    ax.set_xlim(-1, min(109, 10 * math.ceil(top / 10) + 14))
    ax.set_xticks(range(0, min(101, 10 * math.ceil(top / 10) + 1), 10 if top <= 50 else 20))
    ax.set_xlabel("Returned, as % of those who travelled")
    ax.xaxis.grid(True, color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    frame(fig, f"Return rate by region ({scheme_name})", _like_with_like("rate"),
          _region_caption("an arrow marks a range left open by a figure such as 'more than 100 returned' (its "
                          "bounds are in the CSV)."), legend=_region_legend(data))
    return fig, data


def _like_with_like(kind: str) -> str:
    what = "returned ÷ travelled" if kind == "rate" else "sums"
    return (f"Filled: {what} of the articles and of the reference over the same countries; open: the reference "
            "over all its members, and figures given for a region")


def _distinct_reference(table: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """Drop the reference's all-members row where it covers exactly the countries of the same-countries row."""
    column = "countries" if "countries" in table else "with_value"
    matched = table.loc[table.source == regions.MATCHED, keys + [column]]
    merged = table.merge(matched, on=keys, how="left", suffixes=("", "_matched"))
    redundant = (table.source == "reference").to_numpy() & (merged[column] == merged[f"{column}_matched"]).to_numpy()
    return table[~redundant]


def _unlabel_matched(data: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """The reference's same-countries mark names its countries only where they differ from the articles'."""
    arts = data.loc[data.series == _SUM_SERIES["articles"], keys + ["note"]]
    merged = data.merge(arts, on=keys, how="left", suffixes=("", "_articles"))
    same = (data.series == _SUM_SERIES[regions.MATCHED]).to_numpy() & (merged.note == merged.note_articles).to_numpy()
    return data.assign(note=data.note.where(~same, ""))


def _countries_note(codes: str, names: dict[str, str], n_members: int = 0) -> str:
    """'Russia, Tajikistan' for a few countries; '6 countries' (or '6 of 9 members') for more."""
    isos = [c for c in codes.split(";") if c]
    if len(isos) <= _NAMED_COUNTRIES:
        return ", ".join(names.get(c, c) for c in isos)
    return f"{len(isos)} of {n_members} members" if n_members else f"{len(isos)} countries"


def _dodged(g: pd.DataFrame, y0: float):
    """(row, y) for each mark of one region, series in legend order, spread around the region's line."""
    present = [s for s in _REGION_SERIES if s in set(g.series)]
    for row in g.itertuples():
        yield row, y0 + (present.index(row.series) - (len(present) - 1) / 2) * _DODGE * 1.1


def _note(ax, text: str, x: float, y: float) -> None:
    if text:
        ax.annotate(text, (x, y), xytext=(6, 0), textcoords="offset points", va="center", fontsize=7,
                    color="#444444")


#: How far an open-ended range is drawn past its point: "more than 100 returned" bounds a rate below by the
#: figures and above only by 100 %, which would stretch the axis; the arrow says "and more".
OPEN_ARROW = 6.0


def _open_ends(rate: float, low: float, high: float) -> tuple[float, float]:
    """The drawn ends of a rate's range: a range reaching 100 % (or 0 %) far from its point is open-ended."""
    if high >= 99.95 and high - rate > OPEN_ARROW:
        high = rate + OPEN_ARROW
    if low <= 0.05 and rate - low > OPEN_ARROW:
        low = rate - OPEN_ARROW
    return low, high


def _region_legend(data: pd.DataFrame) -> list[Line2D]:
    return [_handle(st, name, filled=st["filled"]) for name, st in _REGION_SERIES.items() if name in set(data.series)]


def _region_caption(open_ended: str = "an arrow marks a range left open by members without a figure.") -> str:
    return ("Sources: reference figures attributed to the Soufan Center report 'Beyond the Caliphate' (October 2017) "
            "in contemporary coverage (reference/ folder); the articles analysed, combined per country with copies counted "
            "once. A sum over some members is a lower bound: members without a figure are unknown, not zero. Lines "
            "show the range the hedges allow; " + open_ended)


def _point(r, series: str, names: dict[str, str]) -> dict:
    return {"entity": r.entity, "name": names.get(r.entity, r.entity), "series": series, "kind": r.kind,
            "doc_id": r.doc_id, "claim_ids": r.claim_ids, "ref_ids": r.ref_ids,
            "rate": r.rate, "rate_low": r.rate_low, "rate_high": r.rate_high, "basis": r.basis, "flags": r.flags}


def _region_points(sums: pd.DataFrame, stated: pd.DataFrame) -> pd.DataFrame:
    sums = _distinct_reference(sums, ["region", "measure"])
    names = regions.short_names(sorted({c for cs in sums.with_value for c in cs.split(";") if c}))
    rows = [{"series": _SUM_SERIES[s.source], "region": s.region, "label": s.label, "measure": s.measure,
             "value": s.value, "value_low": s.value_low, "value_high": s.value_high, "n_with_value": s.n_with_value,
             "n_members": s.n_members, "note": _countries_note(s.with_value, names, s.n_members),
             "basis": f"sum of {s.with_value}", "ids": s.ids} for s in sums.itertuples()]
    rows += [{"series": ("Reference" if s.source == "reference" else "Articles") + ": figure for the region",
              "region": s.region, "label": s.label, "measure": s.measure, "value": s.stated,
              "value_low": s.stated_low, "value_high": s.stated_high, "n_with_value": 0, "n_members": 0,
              "note": "", "basis": s.basis, "ids": s.ids}
             for s in stated.itertuples() if s.measure in ("departed", "returned")]
    return _unlabel_matched(pd.DataFrame(rows), ["region", "measure"])


def _region_order(data: pd.DataFrame) -> list[str]:
    """Regions by their largest departed figure, largest first."""
    dep = data[data.measure == "departed"].groupby("label").value.max()
    labels = list(dict.fromkeys(data.label))
    return sorted(labels, key=lambda r: (-dep.get(r, 0), r))


def _axis_cap(sub: pd.DataFrame) -> float:
    finite = pd.concat([sub.value, sub.value_high[sub.value_high != math.inf]])
    return float(finite.max())


def _grouped_rows(keys: list[str], region_of: dict[str, str]) -> tuple[dict[str, float], dict[str, float]]:
    """y position of each key, with a header line above each region's keys."""
    layout, headers, y = {}, {}, 0.0
    for key in keys:
        region = region_of.get(key, "Other")
        if region not in headers:
            headers[region] = y
            y += 0.75
        layout[key] = y
        y += 1.0
    return layout, headers


def _row_axis(ax, layout, headers, names) -> None:
    ax.set_yticks(list(layout.values()), [names.get(k, k) for k in layout])
    ax.tick_params(axis="y", length=0)
    for region, y in headers.items():
        ax.text(-0.01, y, region.upper(), transform=ax.get_yaxis_transform(), ha="right", va="center",
                fontsize=8, fontweight="bold", color="#555555")
        if y > 0:
            ax.axhline(y - 0.5, color="#bbbbbb", linewidth=0.6)
    ax.set_ylim(max(layout.values()) + 0.6, -0.6)


def _mark(ax, x, low, high, y, style, filled=True, size=8, edge=None) -> None:
    """A dot with its interval line; an open marker for stated figures.

    An interval with no upper end runs to `edge` (the chart's right edge) and ends in an arrow.
    """
    colour = style["color"]
    open_ended = math.isinf(high)
    if open_ended:
        high = edge if edge is not None else 100.0
    if high > low:
        ax.hlines(y, low, high, color=colour, linewidth=1.8, alpha=0.85)
    if open_ended:
        ax.plot([high], [y], linestyle="none", marker=">", markersize=5, color=colour, clip_on=False)
    ax.plot([x], [y], linestyle="none", marker=style["marker"], markersize=size, color=colour,
            markerfacecolor=colour if filled else "white", markeredgewidth=1.5, zorder=3)


def _handle(style, label, filled=True) -> Line2D:
    c = style["color"]
    return Line2D([], [], linestyle="-", linewidth=1.5, marker=style["marker"], markersize=7, color=c,
                  markerfacecolor=c if filled else "white", markeredgewidth=1.5, label=label)


def _styles(names: list[str]) -> dict[str, dict]:
    return {n: {"color": _COLOURS[i % len(_COLOURS)], "marker": _MARKERS[i % len(_MARKERS)]}
            for i, n in enumerate(names)}


def frame(fig, title: str, subtitle: str, caption: str, legend: list[Line2D] | None = None,
          legend_cols: int = 2) -> None:
    """Title and subtitle on top, an optional legend and the source caption at the bottom.

    Space is reserved in inches, so the caption is never cut or laid over the
    axis labels whatever the figure height.
    """
    height = fig.get_figheight()
    lines = textwrap.wrap(caption, _CAPTION_WIDTH)
    caption_in = 0.15 * len(lines) + 0.12
    legend_in = 0.0 if not legend else 0.25 * math.ceil(len(legend) / legend_cols) + 0.15
    top_in = 0.8
    fig.tight_layout(rect=(0, (caption_in + legend_in) / height, 1, 1 - top_in / height))
    fig.text(0.01, 1 - 0.12 / height, title, ha="left", va="top", fontsize=14, fontweight="bold")
    fig.text(0.01, 1 - 0.45 / height, subtitle, ha="left", va="top", fontsize=10, color="#333333")
    if legend:
        fig.legend(handles=legend, loc="upper left", bbox_to_anchor=(0.01, (caption_in + legend_in) / height),
                   ncol=legend_cols, frameon=False, fontsize=9)
    fig.text(0.01, 0.05 / height, "\n".join(lines), ha="left", va="bottom", fontsize=8, color="#444444")
