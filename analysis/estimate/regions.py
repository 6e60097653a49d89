"""Regions: figures stated for a region, against the sum of its member countries.

Why: coverage quotes regional totals ("around 5,000 from Central Asia") that
a reader cannot check unless the member countries are added up beside them,
with the countries that have no figure named. Two schemes group countries:

- "report": the report's own groupings as the gazetteer defines them. They
  overlap (Central Asia lies inside the former Soviet Union), so region totals
  must never be added together.
- "un_m49": UN M49 sub-regions from country_converter, a partition of the
  world (every country in exactly one region).

A sum over members is a lower bound when some members have no figure: the
missing ones are unknown, not zero. A stated figure is consistent with its
members when the two intervals can overlap under that reading.
"""

from __future__ import annotations

import math
from functools import lru_cache

import pandas as pd

from analysis.core.intervals import overlap
from analysis.extract import gazetteer
from analysis.core.errors import ParameterError
from analysis.estimate.rates import best_estimates, combine, rate_interval

SCHEMES = ("report", "un_m49")
#: How each scheme is named in titles and text.
SCHEME_NAMES = {"report": "the report's regional groupings", "un_m49": "UN M49 sub-regions"}
#: The report's groupings, in the order of its regional totals (largest first).
REPORT_REGIONS = ("FORMER_SOVIET_UNION", "MIDDLE_EAST", "WESTERN_EUROPE", "MAGHREB", "CENTRAL_ASIA",
                  "SOUTHEAST_ASIA", "WESTERN_BALKANS", "NORTH_AMERICA")
COUNTS = ("departed", "returned")
VALUE_COLUMNS = ["source", "entity", "measure", "value", "value_low", "value_high", "ids", "status"]
SUM_COLUMNS = ["source", "region", "label", "measure", "value", "value_low", "value_high", "complete",
               "n_members", "n_with_value", "with_value", "missing", "ids"]
RATE_COLUMNS = ["source", "region", "label", "rate", "rate_low", "rate_high", "returned", "departed",
                "n_countries", "countries", "ids"]


def check_scheme(scheme: str) -> str:
    if scheme not in SCHEMES:
        raise ParameterError(f"region_scheme must be one of {', '.join(SCHEMES)} (got {scheme!r}).")
    return scheme


def members(scheme: str) -> dict[str, tuple[str, ...]]:
    """Region key -> member ISO3 codes, for the scheme."""
    if check_scheme(scheme) == "report":
        gaz = gazetteer.load().members
        return {key: gaz[key] for key in REPORT_REGIONS}
    out: dict[str, list[str]] = {}
    for iso3, region in _un_regions().items():
        out.setdefault(region, []).append(iso3)
    return {region: tuple(sorted(isos)) for region, isos in sorted(out.items())}


def label(scheme: str, region: str) -> str:
    """A region's name for a chart: the gazetteer name, or the UN name itself."""
    if scheme == "report":
        return gazetteer.load().entity(region).name
    return region


@lru_cache(maxsize=1)
def _converter():
    """country_converter's table, built once per process (building it is the slow part)."""
    import country_converter as coco

    return coco.CountryConverter()


@lru_cache(maxsize=1)
def _un_regions() -> dict[str, str]:
    """ISO3 -> UN M49 sub-region, from one vectorised country_converter call."""
    cc = _converter()
    codes = sorted(cc.data.ISO3.dropna().unique())
    names = cc.convert(codes, src="ISO3", to="UNregion", not_found=None)
    return {iso3: name for iso3, name in zip(codes, names) if isinstance(name, str) and name}


def short_names(keys) -> dict[str, str]:
    """Everyday country names for charts ('Russia', not 'Russian Federation'), the gazetteer's as fallback."""
    data = _converter().data
    known = dict(zip(data.ISO3, data.name_short))
    gaz = gazetteer.load()
    return {k: known.get(k) or gaz.entity(k).name for k in keys}


def is_country(key: str) -> bool:
    return _entity_type(key) == "country"


def is_region(key: str) -> bool:
    """A region with a member list (not a group such as the Uyghurs, not the world)."""
    return _entity_type(key) == "region" and key in gazetteer.load().members


def _entity_type(key: str) -> str:
    entity = gazetteer.load().entity(key) if key else None
    return entity.entity_type if entity else ""


def country_values(claims: pd.DataFrame, reference: pd.DataFrame,
                   groups: dict[str, str] | None = None) -> pd.DataFrame:
    """Departed and returned per country: the reference's figure, and the articles' combined figure.

    The articles' figure follows `rates.RULE` (copies collapsed by `groups`);
    a 'none' read as zero is not a figure, so it leaves the country without one.
    """
    ref = reference[reference.measure.isin(COUNTS) & reference.entity.map(is_country)]
    ref_rows = ref.assign(source="reference", ids=ref.ref_id, status="reference")
    picked = claims[claims.measure.isin(COUNTS) & claims.entity.map(is_country)]
    art = combine(picked.rename(columns={"claim_id": "claim_ids"}), ["entity", "measure"],
                  ("value", "value_low", "value_high"), groups)
    art = art.assign(source="articles", ids=art.claim_ids)
    out = pd.concat([ref_rows[VALUE_COLUMNS], art[VALUE_COLUMNS]], ignore_index=True)
    return out[out.value.notna()].sort_values(["source", "entity", "measure"], kind="stable", ignore_index=True)


#: The reference summed over exactly the countries the articles give for a region: the like-with-like
#: comparison for the articles' figure (the reference's own sum may cover more members).
MATCHED = "reference_same_countries"


def member_sums(values: pd.DataFrame, scheme: str) -> pd.DataFrame:
    """Departed and returned per region and source: the sum over members that have a figure.

    Besides the articles' and the reference's sums, a `MATCHED` row sums the
    reference over the members the articles give, so the two can be compared
    country for country.
    """
    rows = []
    ref = values[values.source == "reference"]
    for region, isos in members(scheme).items():
        name = label(scheme, region)
        for (source, measure), g in values.groupby(["source", "measure"], sort=True):
            rows.append(_sum_row(source, region, name, measure, g, isos))
            if source == "articles":
                given = tuple(sorted(set(g.entity) & set(isos)))
                rows.append(_sum_row(MATCHED, region, name, measure, ref[ref.measure == measure], given)
                            | {"n_members": len(isos)})
    out = pd.DataFrame(rows, columns=SUM_COLUMNS)
    return out[out.n_with_value > 0].reset_index(drop=True)


def region_rates(values: pd.DataFrame, scheme: str) -> pd.DataFrame:
    """Returned / departed per region and source, over the members that have both figures.

    Dividing the returnees of some countries by the departures of others would
    understate or overstate the share, so only countries with both count. A
    `MATCHED` row gives the reference's rate over the articles' countries.
    """
    rows = []
    for region, isos in members(scheme).items():
        name = label(scheme, region)
        both = {source: _with_both(g) for source, g in values[values.entity.isin(isos)].groupby("source", sort=True)}
        if "articles" in both and "reference" in both:
            both[MATCHED] = both["reference"][both["reference"].index.isin(both["articles"].index)]
        rows += [_rate_row(source, region, name, wide) for source, wide in both.items() if not wide.empty]
    return pd.DataFrame(rows, columns=RATE_COLUMNS)


def _with_both(g: pd.DataFrame) -> pd.DataFrame:
    """Countries (rows) with both a departed and a returned figure; columns (field, measure)."""
    wide = g.pivot(index="entity", columns="measure", values=["value", "value_low", "value_high", "ids"])
    if not set(COUNTS) <= set(wide.columns.get_level_values(1)):
        return wide.iloc[0:0]
    return wide[wide[("value", "departed")].notna() & wide[("value", "returned")].notna()]


def _rate_row(source: str, region: str, name: str, both: pd.DataFrame) -> dict:
    s = {(c, m): both[(c, m)].astype(float).sum() for c in ("value", "value_low", "value_high") for m in COUNTS}
    low, high = rate_interval(s[("value_low", "returned")], s[("value_high", "returned")],
                              s[("value_low", "departed")], s[("value_high", "departed")])
    ids = ";".join(dict.fromkeys(";".join(both[("ids", m)].str.cat(sep=";") for m in COUNTS).split(";")))
    return {"source": source, "region": region, "label": name,
            "rate": round(100 * s[("value", "returned")] / s[("value", "departed")], 4),
            "rate_low": low, "rate_high": high,
            "returned": s[("value", "returned")], "departed": s[("value", "departed")],
            "n_countries": len(both), "countries": ";".join(both.index), "ids": ids}


def stated_regions(claims: pd.DataFrame, reference: pd.DataFrame) -> pd.DataFrame:
    """Every figure stated for a region (not a country, group or the world), by an article or the reference."""
    measures = list(COUNTS) + ["return_share"]
    c = claims[claims.entity.map(is_region) & claims.measure.isin(measures)]
    r = reference[reference.entity.map(is_region) & reference.measure.isin(measures)]
    arts = pd.DataFrame({"region": c.entity, "measure": c.measure, "source": c.doc_id, "ids": c.claim_id,
                         "stated": c.value, "stated_low": c.value_low, "stated_high": c.value_high,
                         "basis": (c.qualifier + " " + c.number_text).str.strip(), "attribution": c.attribution,
                         "flags": c["flags"]})
    refs = pd.DataFrame({"region": r.entity, "measure": r.measure, "source": "reference", "ids": r.ref_id,
                         "stated": r.value, "stated_low": r.value_low, "stated_high": r.value_high,
                         "basis": (r.qualifier + " " + r.value.map("{:,.0f}".format)).str.strip(),
                         "attribution": "reference", "flags": ""})
    return pd.concat([arts, refs], ignore_index=True).sort_values(
        ["region", "measure", "source", "ids"], kind="stable", ignore_index=True)


def compare_stated(stated: pd.DataFrame, values: pd.DataFrame) -> pd.DataFrame:
    """Each stated region figure beside the sum of its member countries (gazetteer members), per source.

    `gap` is stated minus the reference members' sum; `consistent` says whether
    the stated interval can meet the members' interval, whose top is open when
    some members have no figure.
    """
    gaz = gazetteer.load()
    rows = []
    for s in stated.itertuples():
        isos = gaz.members[s.region]
        row = {**s._asdict(), "n_members": len(isos)}
        row.pop("Index")
        for source, prefix in (("reference", "ref"), ("articles", "art")):
            got = _member_figure(values[values.source == source], s.measure, isos)
            row.update({f"{prefix}_{k}": v for k, v in got.items()})
        row["gap"] = s.stated - row["ref_value"]
        row["gap_pct"] = round(100 * row["gap"] / row["ref_value"], 1) if row["ref_value"] else math.nan
        row["consistent"], row["verdict"] = _verdict(s, row)
        rows.append(row)
    return pd.DataFrame(rows).astype({"consistent": "boolean"})


def _verdict(s, row) -> tuple[object, str]:
    """(consistent, one-line reading) of a stated figure against the reference members."""
    missing = len(row["ref_missing"].split(";")) if row["ref_missing"] else 0
    if not row["ref_covered"]:
        return pd.NA, "no member has a figure in the reference"
    if s.measure == "return_share" and missing:
        return pd.NA, f"not checkable: {missing} of {row['n_members']} members lack departed or returned"
    if overlap(s.stated_low, s.stated_high, row["ref_low"], row["ref_high"], eps=0.0):
        if missing and s.stated > row["ref_value"]:
            return True, f"possible: {missing} members without a figure would have to make up the gap"
        return True, "agrees with the sum of its members"
    if s.stated_high < row["ref_low"]:
        return False, "stated figure is below the sum of its members' figures"
    return False, "stated figure exceeds the sum of all its members' figures"


def scheme_region_of(scheme: str, region_key: str) -> str | None:
    """The scheme's region with exactly the members of a gazetteer region (for placing stated figures)."""
    if scheme == "report":
        return region_key if region_key in REPORT_REGIONS else None
    wanted = set(gazetteer.load().members[region_key])
    return next((r for r, isos in members(scheme).items() if set(isos) == wanted), None)


def combined_stated(stated: pd.DataFrame, groups: dict[str, str] | None = None) -> pd.DataFrame:
    """One figure per region and measure from the articles (by `rates.RULE`), beside the reference's own.

    For charts: five articles repeating "5,000" are one mark, not five.
    """
    arts = stated[stated.source != "reference"]
    merged = combine(arts.rename(columns={"source": "doc_id", "ids": "claim_ids"}), ["region", "measure"],
                     ("stated", "stated_low", "stated_high"), groups)
    merged = merged[merged.value.notna()]
    arts = pd.DataFrame({"region": merged.region, "measure": merged.measure, "source": "articles",
                         "ids": merged.claim_ids, "stated": merged.value, "stated_low": merged.value_low,
                         "stated_high": merged.value_high,
                         "basis": merged.status + " (" + merged.n_independent.astype(str) + " independent)"})
    refs = stated[stated.source == "reference"][arts.columns]
    return pd.concat([arts, refs], ignore_index=True)


def on_scheme(stated: pd.DataFrame, scheme: str) -> pd.DataFrame:
    """Stated region figures whose region is one of the scheme's regions, relabelled to it.

    Under un_m49 only a region with exactly a UN region's members is placed
    (Central Asia is; 'Europe minus Russia' is not), so nothing is compared
    with a region it does not mean.
    """
    placed = stated.assign(region=stated.region.map(lambda k: scheme_region_of(scheme, k)))
    placed = placed[placed.region.notna()]
    return placed.assign(label=placed.region.map(lambda r: label(scheme, r))).reset_index(drop=True)


def stated_region_rates(article_rates: pd.DataFrame, reference_rates: pd.DataFrame, scheme: str,
                        groups: dict[str, str] | None = None) -> pd.DataFrame:
    """The return rate given for a region as a whole, placed on the scheme: the articles' and the reference's.

    The articles' rates for a region (stated, or from its stated counts) are
    combined by `rates.RULE`; the reference's stated share wins over the share
    of its stated counts.
    """
    arts = best_estimates(article_rates[article_rates.entity.map(is_region)], groups)
    arts = arts[arts.rate.notna()]
    ref = reference_rates[reference_rates.entity.map(is_region)]
    ref = ref.assign(_o=ref.kind.map({"reference stated": 0, "reference computed": 1}))
    ref = ref.sort_values(["entity", "_o"], kind="stable").drop_duplicates("entity")
    stated = pd.concat([
        pd.DataFrame({"region": arts.entity, "measure": "return_share", "source": "articles", "ids": arts.claim_ids,
                      "stated": arts.rate, "stated_low": arts.rate_low, "stated_high": arts.rate_high,
                      "basis": arts.status + " (" + arts.n_independent.astype(str) + " independent)"}),
        pd.DataFrame({"region": ref.entity, "measure": "return_share", "source": "reference", "ids": ref.ref_ids,
                      "stated": ref.rate, "stated_low": ref.rate_low, "stated_high": ref.rate_high,
                      "basis": ref.basis})], ignore_index=True)
    return on_scheme(stated, scheme)


def primary_region(scheme: str) -> dict[str, str]:
    """ISO3 -> one region label, for grouping countries on a chart.

    Report regions overlap, so a country goes to the first region listing it
    in `REPORT_REGIONS` (Tajikistan to the former Soviet Union, not Central Asia).
    """
    out: dict[str, str] = {}
    for region, isos in members(scheme).items():
        for iso3 in isos:
            out.setdefault(iso3, label(scheme, region))
    return out


def _member_figure(values: pd.DataFrame, measure: str, isos: tuple[str, ...]) -> dict:
    """Sum (or, for a share, rate) over the members that have a figure, with what is missing."""
    if measure == "return_share":
        mine = values[values.entity.isin(isos)]
        wide = mine.pivot(index="entity", columns="measure", values="value") if len(mine) else pd.DataFrame()
        with_both = sorted(wide.dropna().index) if set(COUNTS) <= set(wide.columns) else []
        sub = mine[mine.entity.isin(with_both)]
        if not with_both:
            return _figure(math.nan, math.nan, math.nan, [], list(isos), "")
        sums = sub.groupby("measure")[["value", "value_low", "value_high"]].sum()
        low, high = rate_interval(sums.value_low["returned"], sums.value_high["returned"],
                                  sums.value_low["departed"], sums.value_high["departed"])
        if len(with_both) < len(isos):
            low, high = 0.0, 100.0  # the members without figures could move the share anywhere
        return _figure(round(100 * sums.value["returned"] / sums.value["departed"], 4), low, high, with_both,
                       [i for i in isos if i not in with_both], ";".join(sub.ids))
    sub = values[(values.measure == measure) & values.entity.isin(isos)].sort_values("entity")
    covered = list(sub.entity)
    missing = [i for i in isos if i not in covered]
    if not covered:
        return _figure(math.nan, math.nan, math.nan, [], missing, "")
    high = math.inf if missing else sub.value_high.sum()
    return _figure(sub.value.sum(), sub.value_low.sum(), high, covered, missing, ";".join(sub.ids))


def _figure(value, low, high, covered, missing, ids) -> dict:
    return {"value": value, "low": low, "high": high, "covered": len(covered),
            "countries": ";".join(covered), "missing": ";".join(missing), "ids": ids}


def _sum_row(source, region, name, measure, g, isos) -> dict:
    sub = g[g.entity.isin(isos)].sort_values("entity")
    covered = list(sub.entity)
    missing = [i for i in isos if i not in covered]
    return {"source": source, "region": region, "label": name, "measure": measure,
            "value": sub.value.sum() if covered else math.nan,
            "value_low": sub.value_low.sum() if covered else math.nan,
            "value_high": sub.value_high.sum() if covered else math.nan,
            "complete": not missing, "n_members": len(isos), "n_with_value": len(covered),
            "with_value": ";".join(covered), "missing": ";".join(missing), "ids": ";".join(sub.ids)}


def summary(scheme: str, comparison: pd.DataFrame, sums: pd.DataFrame, member_rates: pd.DataFrame) -> dict:
    """Gaps between stated regional figures and their members, and per-region totals, for headline.json."""
    ref_sums = sums[sums.source == "reference"]
    ref_rates = member_rates[member_rates.source == "reference"].set_index("label")
    return {
        "region_scheme": scheme,
        "stated_vs_members": [
            {"region": c.region, "measure": c.measure, "source": c.source, "stated": c.stated,
             "reference_member_sum": c.ref_value, "members_with_figure": c.ref_covered, "n_members": c.n_members,
             "gap": c.gap, "consistent": c.consistent, "verdict": c.verdict} for c in comparison.itertuples()],
        "inconsistent_stated_figures": int((comparison.consistent == False).sum()),  # noqa: E712 (NA stays out)
        "regions": {
            label: {**{f"{m}_reference_sum": g[g.measure == m].value.iloc[0]
                       for m in COUNTS if (g.measure == m).any()},
                    "return_rate_reference": ref_rates.rate.get(label)}
            for label, g in ref_sums.groupby("label", sort=True)},
    }
