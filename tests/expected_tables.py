"""Compare an extracted claims table with a hand-checked expected table.

Expected rows name a number by its text and occurrence ("the 2nd '50' in the
file"), which is how a person checks an article by eye; this module turns that
into a character offset and lines the two tables up, so a test can report
every missing, extra or wrong claim at once.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

KEY = ["doc_id", "number_start", "entity"]
COMPARED = ["measure", "value", "unit", "qualifier"]


def number_start(text: str, number_text: str, occurrence: int) -> int:
    """Offset of the occurrence-th whole-token `number_text` in `text` (1-based)."""
    pattern = r"(?<![\w.,])" + re.escape(number_text) + r"(?![\w]|[.,]\d)"
    hits = [m.start() for m in re.finditer(pattern, text, flags=re.IGNORECASE)]
    if len(hits) < occurrence:
        raise AssertionError(f"{number_text!r} occurs {len(hits)} times, expected occurrence {occurrence}")
    return hits[occurrence - 1]


def load_expected(csv_path: Path, text_dir: Path) -> pd.DataFrame:
    """The expected table with `number_start` resolved against the article texts."""
    exp = pd.read_csv(csv_path, dtype=str, keep_default_na=False)
    texts = {p.stem: p.read_text(encoding="utf-8") for p in text_dir.glob("*.txt")}
    exp["number_start"] = [number_start(texts[d], t, int(o))
                           for d, t, o in zip(exp.doc_id, exp.number_text, exp.occurrence)]
    exp["value"] = exp["value"].astype(float)
    exp["occurrence"] = exp["occurrence"].astype(int)
    return exp


def compare(extracted: pd.DataFrame, expected: pd.DataFrame) -> pd.DataFrame:
    """Every disagreement as a row: kind = missing | extra | wrong, with both sides.

    Attribution and flags are compared too when the expected table has them.
    """
    compared = COMPARED + [c for c in ("attribution", "flags") if c in expected.columns]
    got = extracted[KEY + compared + ["quote"]].copy()
    merged = expected[KEY + compared + ["number_text"]].merge(
        got, on=KEY, how="outer", suffixes=("_exp", "_got"), indicator=True)
    problems = []
    for _, r in merged.iterrows():
        if r["_merge"] == "left_only":
            problems.append({**_side(r, "exp"), "kind": "missing"})
        elif r["_merge"] == "right_only":
            problems.append({**_side(r, "got"), "kind": "extra"})
        else:
            diffs = [c for c in compared if not _same(r[f"{c}_exp"], r[f"{c}_got"])]
            if diffs:
                problems.append({**_side(r, "got"), "kind": "wrong: " + ", ".join(
                    f"{c} {r[f'{c}_exp']!r}->{r[f'{c}_got']!r}" for c in diffs)})
    return pd.DataFrame(problems, columns=["kind", *KEY, *COMPARED, "quote"])


def _side(r, side):
    out = {k: r[k] for k in KEY}
    out.update({c: r[f"{c}_{side}"] for c in COMPARED})
    out["quote"] = r.get("quote", "")
    return out


def _same(a, b) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        return abs(float(a) - float(b)) < 0.01
    return a == b
