"""The reference figures: what contemporary coverage attributes to the report.

`reference/` holds two CSVs rebuilt from news coverage that cites the report
(see reference/README.md). They are a yardstick, not ground truth. This module
turns both into one tidy table shaped like the claims table, so a source's
value and the reference's can be compared row by row. Every row keeps a
`ref_id` ("file:row") and its source URLs. An empty cell means "no figure
found", never zero, so no row is made for it.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.core.codebook import MEASURES
from analysis.core.errors import InputError
from analysis.core.intervals import DEFAULT_TOLERANCE, interval

COUNTRIES = "soufan2017_countries.csv"
AGGREGATES = "soufan2017_aggregates.csv"
COLUMNS = ["ref_id", "entity", "measure", "value", "unit", "qualifier", "value_low", "value_high",
           "confidence", "note", "sources"]


def load(reference_dir: str | Path, approx_tolerance: float = DEFAULT_TOLERANCE) -> pd.DataFrame:
    """Long-form reference table: one row per (entity, measure) figure."""
    folder = Path(reference_dir)
    for name in (COUNTRIES, AGGREGATES):
        if not (folder / name).is_file():
            raise InputError(folder / name, "reference file not found")
    countries = pd.read_csv(folder / COUNTRIES, dtype=str, keep_default_na=False)
    aggregates = pd.read_csv(folder / AGGREGATES, dtype=str, keep_default_na=False)
    rows = []
    for i, r in countries.iterrows():
        for measure in ("departed", "returned"):
            if r[measure].strip():
                rows.append(_row(f"{COUNTRIES}:{i + 2}", r["iso3"], measure, r[measure], r[f"{measure}_qualifier"],
                                 r, approx_tolerance))
    for i, r in aggregates.iterrows():
        rows.append(_row(f"{AGGREGATES}:{i + 2}", r["entity"], r["measure"], r["value"], r["qualifier"], r,
                         approx_tolerance))
    return pd.DataFrame(rows, columns=COLUMNS).sort_values(["entity", "measure", "ref_id"], kind="stable",
                                                          ignore_index=True)


def _row(ref_id, entity, measure, value, qualifier, r, tolerance) -> dict:
    if measure not in MEASURES:
        raise InputError(ref_id, f"unknown measure {measure!r} in the reference")
    unit = MEASURES[measure][0]
    v = float(value)
    low, high = interval(v, qualifier, unit, tolerance)
    return {"ref_id": ref_id, "entity": entity, "measure": measure, "value": v, "unit": unit,
            "qualifier": qualifier.strip().lower(), "value_low": low, "value_high": high,
            "confidence": r.get("confidence", ""), "note": r.get("note", ""), "sources": r.get("sources", "")}
