"""How good the findings are, against a person's table of planted misreadings.

A blind set (tests/blind/findings/) holds articles with misreadings planted
by annotators who never read this code, the gold claims (what each article
says, read correctly) and the findings a person expects. Three numbers:

- recall: the share of planted misreadings that some finding names, i.e. a
  finding resting on a claim of that document with that entity, measure and
  value (any kind, any severity: the reader is pointed at it);
- right diagnosis: the share of planted misreadings named by a finding of
  the expected kind;
- precision of high and medium findings: the share of them that are right,
  i.e. every claim they rest on matches a gold row (was read correctly: a
  finding about the extractor's misreading is not about the article) and
  they name a real disagreement (one of their claims is a planted
  misreading).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis.findings.diagnosis import same


@dataclass
class Scores:
    planted: int
    recalled: int
    right_kind: int
    flagged: int            # high + medium findings
    correct_flagged: int
    read_right_flagged: int  # high + medium findings whose every claim was read correctly
    missed: list[str]
    wrong_kind: list[str]
    false_flags: list[str]

    @property
    def recall(self) -> float:
        return self.recalled / self.planted if self.planted else 1.0

    @property
    def diagnosis(self) -> float:
        return self.right_kind / self.planted if self.planted else 1.0

    @property
    def precision(self) -> float:
        return self.correct_flagged / self.flagged if self.flagged else 1.0

    @property
    def precision_given_readings(self) -> float:
        """Precision of the findings engine alone: among high/medium findings on correctly read claims."""
        return self.correct_flagged / self.read_right_flagged if self.read_right_flagged else 1.0

    def summary(self) -> str:
        return (f"precision of high+medium {self.precision:.2f} ({self.correct_flagged}/{self.flagged}), "
                f"recall {self.recall:.2f} ({self.recalled}/{self.planted}), "
                f"right diagnosis {self.diagnosis:.2f} ({self.right_kind}/{self.planted}); "
                f"precision on correctly read claims {self.precision_given_readings:.2f} "
                f"({self.correct_flagged}/{self.read_right_flagged})")


def _key_match(row, doc_id, entity, measure, value) -> bool:
    return row.doc_id == doc_id and row.entity == entity and row.measure == measure and same(float(row.value), value)


def score(findings: pd.DataFrame, claims: pd.DataFrame, gold: pd.DataFrame, expected: pd.DataFrame) -> Scores:
    """Score `findings` (discrepancies.find) on `claims` against the blind set's gold and expected findings."""
    by_id = claims.set_index("claim_id")
    cited = [[by_id.loc[c] for c in filter(None, f.claim_ids.split(";"))] for f in findings.itertuples()]
    planted = [(e.doc_id, e.entity, e.measure, float(e.article_value)) for e in expected.itertuples()]
    missed, wrong, recalled, right = [], [], 0, 0
    for e, key in zip(expected.itertuples(), planted):
        kinds = {f.kind for f, cs in zip(findings.itertuples(), cited)
                 if any(_key_match(c, *key) for c in cs)}
        label = f"{e.doc_id} {e.kind} {e.entity} {e.measure} {e.article_value}"
        recalled += bool(kinds)
        right += e.kind in kinds
        if not kinds:
            missed.append(label)
        elif e.kind not in kinds:
            wrong.append(f"{label}: found as {', '.join(sorted(kinds))}")
    gold_keys = [(g.doc_id, g.entity, g.measure, float(g.value)) for g in gold.itertuples()]
    flagged, correct, read_ok, false_flags = 0, 0, 0, []
    for f, cs in zip(findings.itertuples(), cited):
        if f.severity not in ("high", "medium"):
            continue
        flagged += 1
        read_right = all(any(_key_match(c, *g) for g in gold_keys) for c in cs)
        real = any(_key_match(c, *p) for c in cs for p in planted)
        correct += read_right and real
        read_ok += read_right
        if not (read_right and real):
            why = "rests on a misread claim" if not read_right else "names no planted misreading"
            false_flags.append(f"[{f.severity}] {f.kind} {f.entity} {f.measure} {f.values} ({f.doc_ids}): {why}")
    return Scores(len(planted), recalled, right, flagged, correct, read_ok, missed, wrong, false_flags)


def score_folder(folder: str | Path, reference_dir: str | Path, approx_tolerance: float = 0.1) -> Scores:
    """Extract the articles of a blind folder, find the discrepancies, and score them."""
    from analysis.findings import discrepancies

    folder = Path(folder)
    a = discrepancies.analyse([folder], reference_dir, approx_tolerance)
    read = dict(dtype={"doc_id": str, "entity": str, "measure": str}, keep_default_na=False)
    gold = pd.read_csv(folder / "gold.csv", **read)
    expected = pd.read_csv(folder / "expected_findings.csv", **read)
    return score(a.findings, a.claims, gold, expected)


if __name__ == "__main__":
    import argparse

    p = argparse.ArgumentParser(prog="python -m analysis.findings.score",
                                description="Score the findings on a folder of articles with planted misreadings "
                                            "(gold.csv and expected_findings.csv beside them).")
    p.add_argument("folder")
    p.add_argument("reference", nargs="?", default="reference", help="reference folder (default reference)")
    p.add_argument("--summary-only", action="store_true", help="print the scores only, not the errors")
    args = p.parse_args()
    s = score_folder(args.folder, args.reference)
    print(s.summary())
    if not args.summary_only:
        for title, items in (("missed", s.missed), ("wrong kind", s.wrong_kind), ("false flags", s.false_flags)):
            print(f"\n{title} ({len(items)}):", *items, sep="\n  ")
