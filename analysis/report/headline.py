"""Headline numbers: the figures a story would quote, in one JSON file that tests assert.

Each notebook records its own section in `<output_dir>/headline.json`, so a
notebook run alone updates its part and leaves the others. Values are plain
JSON: floats rounded, an open upper end (`inf`) written as null.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pandas as pd

from analysis.core.outputs import write_json

FILE = "headline.json"


def record(output_dir: str | Path, section: str, values: dict, settings: dict | None = None) -> Path:
    """Set `section` of output_dir/headline.json to `values` (and the `settings` that produced them), atomically."""
    path = Path(output_dir) / FILE
    data = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    data[section] = plain({**values, **({"settings": settings} if settings else {})})
    return write_json(data, path)


def plain(value):
    """`value` with numpy and pandas scalars made JSON types; NaN and inf become None, floats keep 4 decimals."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()
    if isinstance(value, float):
        return None if not math.isfinite(value) else round(value, 4)
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if pd.isna(value):  # pandas NA / NaT
        return None
    return str(value)
