"""Score an extraction against a hand-made gold table: precision, recall, F1 and the errors, by class.

A gold table has one row per distinct (doc_id, entity, measure, value); `qualifier` is optional
(`tests/annotation_guide.md` says how annotators fill it). The claims table is reduced to the same
keys. Rows whose measure is `unclassified` are numbers the extractor kept but did not read as
claims, so they are not predictions. Values match after rounding to one decimal, so a third
written 33.3 in the gold matches 33.33 in the claims.

Each error gets a class, so that a person can see what to fix: a spurious row and a missed row of
the same document and value are one misreading (`wrong_measure`, `wrong_entity`, or both); a
spurious and a missed row of the same document, entity and measure are a `wrong_value`; what is
left is `not_a_claim` (spurious) or `missed`.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis.core.codebook import MEASURES
from analysis.core.errors import InputError
from analysis.core.hedges import canonical as canonical_hedge

KEY = ["doc_id", "entity", "measure", "value"]
GOLD_REQUIRED = ("doc_id", "entity", "measure", "value")


@dataclass
class Score:
    """Counts and the three rates for one slice (overall, a measure, a language...)."""

    tp: int
    n_pred: int
    n_gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "predicted": self.n_pred, "gold": self.n_gold, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


def read_gold(paths: list[str | Path]) -> pd.DataFrame:
    """Gold rows from CSV files, or from every `gold*.csv` under a folder; bad rows stop with one line."""
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files += sorted(p.rglob("gold*.csv"))
        elif p.is_file():
            files.append(p)
        else:
            raise InputError(p, "no such gold file or folder")
    if not files:
        raise InputError(Path(paths[0]), "no gold*.csv file found")
    rows = []
    for f in files:
        rows += _read_gold_file(f)
    gold = pd.DataFrame(rows, columns=KEY + ["qualifier", "gold_file", "gold_line"])
    return gold.drop_duplicates(KEY).reset_index(drop=True)


def _read_gold_file(path: Path) -> list[dict]:
    try:
        with open(path, newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in GOLD_REQUIRED if c not in (reader.fieldnames or [])]
            if missing:
                raise InputError(path, f"gold table lacks the column(s) {', '.join(missing)}")
            out = []
            for line, r in enumerate(reader, start=2):
                out.append(_gold_row(path, line, r))
            return out
    except UnicodeDecodeError:
        raise InputError(path, "gold table is not UTF-8 text") from None


def _gold_row(path: Path, line: int, r: dict) -> dict:
    if r.get(None):  # csv puts the fields beyond the header under None: an unquoted comma in a note
        raise InputError(path, f"line {line}: more fields than the header has (quote a note that holds a comma)")
    measure = (r["measure"] or "").strip()
    if measure not in MEASURES:
        raise InputError(path, f"line {line}: measure {measure!r} is not in the codebook")
    try:
        value = float((r["value"] or "").strip())
    except ValueError:
        raise InputError(path, f"line {line}: value {r['value']!r} is not a number") from None
    doc_id = (r["doc_id"] or "").strip()
    if not doc_id:
        raise InputError(path, f"line {line}: empty doc_id")
    return {"doc_id": doc_id, "entity": (r["entity"] or "").strip(), "measure": measure, "value": round(value, 1),
            "qualifier": (r.get("qualifier") or "").strip().lower(), "gold_file": path.as_posix(), "gold_line": line}


def predictions(claims: pd.DataFrame) -> pd.DataFrame:
    """Distinct (doc_id, entity, measure, value) readings of a claims table, unclassified rows left out."""
    c = claims[claims["measure"] != "unclassified"].copy()
    c["value"] = c["value"].round(1)
    c["qualifier_canonical"] = [canonical_hedge(q) for q in c["qualifier"]]
    cols = KEY + ["qualifier_canonical", "confidence", "claim_id", "quote"]
    cols = [k for k in cols if k in c.columns]
    # The first claim of a key speaks for it; the most confident one, when claims disagree on confidence.
    if "confidence" in c.columns:
        c["_rank"] = c["confidence"].map({"high": 0, "medium": 1, "low": 2}).fillna(3)
        c = c.sort_values(["_rank", "number_start"], kind="stable")
    return c[cols].drop_duplicates(KEY).reset_index(drop=True)


def compare(pred: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """One row per key in either table: `status` tp / fp / fn and, for errors, `error_class`."""
    merged = pred.merge(gold, on=KEY, how="outer", indicator=True)
    merged["status"] = merged["_merge"].map({"both": "tp", "left_only": "fp", "right_only": "fn"}).astype(str)
    merged = merged.drop(columns="_merge")
    merged["error_class"] = ""
    _classify(merged)
    return merged.sort_values(KEY, kind="stable").reset_index(drop=True)


def _classify(rows: pd.DataFrame) -> None:
    """Pair spurious and missed rows of one document into misreadings; the rest are extra or missed."""
    fp = rows.index[rows["status"] == "fp"]
    fn = list(rows.index[rows["status"] == "fn"])
    used: set[int] = set()
    for tests, label in ((("value", "entity"), "wrong_measure"), (("value", "measure"), "wrong_entity"),
                         (("entity", "measure"), "wrong_value"), (("value",), "wrong_entity_and_measure")):
        for i in fp:
            if rows.at[i, "error_class"]:
                continue
            for j in fn:
                if j in used or rows.at[j, "doc_id"] != rows.at[i, "doc_id"]:
                    continue
                if all(rows.at[i, k] == rows.at[j, k] for k in tests):
                    rows.at[i, "error_class"] = rows.at[j, "error_class"] = label
                    used.add(j)
                    break
    rows.loc[(rows["status"] == "fp") & (rows["error_class"] == ""), "error_class"] = "not_a_claim"
    rows.loc[(rows["status"] == "fn") & (rows["error_class"] == ""), "error_class"] = "missed"


def summarise(rows: pd.DataFrame, languages: dict[str, str] | None = None) -> dict:
    """Overall, per measure, per entity type, per confidence and per language; qualifier agreement; error classes."""
    languages = languages or {}
    rows = rows.assign(entity_type=rows["entity"].map(_entity_type),
                       language=rows["doc_id"].map(lambda d: languages.get(d, "")))
    out = {"overall": _score(rows).as_dict()}
    for col in ("measure", "entity_type", "language"):
        out[f"by_{col}"] = {k: _score(g).as_dict() for k, g in rows.groupby(col, sort=True) if k != ""}
    if "confidence" in rows.columns:
        predicted = rows[rows["status"] != "fn"]
        out["precision_by_confidence"] = {
            k: {"predicted": len(g), "tp": int((g["status"] == "tp").sum()),
                "precision": round(float((g["status"] == "tp").mean()), 4)}
            for k, g in predicted.groupby("confidence", sort=True)}
    tp = rows[(rows["status"] == "tp")]
    if "qualifier" in tp.columns and len(tp):
        same = (tp["qualifier"].fillna("") == tp["qualifier_canonical"].fillna("")).sum()
        out["qualifier_agreement"] = round(float(same / len(tp)), 4)
    out["errors"] = {k: int(v) for k, v in rows.loc[rows["status"] != "tp", "error_class"].value_counts()
                     .sort_index().items()}
    return out


def _score(rows: pd.DataFrame) -> Score:
    tp = int((rows["status"] == "tp").sum())
    return Score(tp, tp + int((rows["status"] == "fp").sum()), tp + int((rows["status"] == "fn").sum()))


def _entity_type(key) -> str:
    if not isinstance(key, str) or not key:
        return "none"
    if key == "WORLD":
        return "world"
    return "country" if len(key) == 3 and key.isupper() else "region_or_group"
