"""zero_from_missing: "none returned" where the reference has no figure at all.

A table cell left blank in the report reads as "none" in a hurried summary
(Uzbekistan, the Uyghurs). A zero from a word such as "none", or a table's "0", for a
key the reference leaves empty, is possibly missing data read as zero: low severity,
since the article may be right.
"""

from __future__ import annotations

from analysis.findings.evidence import REFERENCE, Context, finding, measure_name, name, notes, verb
from analysis.findings.severity import capped, weakest


def zeros_from_missing(ctx: Context) -> list[dict]:
    rows = []
    for (entity, measure, _), rs in ctx.by_key.items():
        if any(r.has_reference for r in rs):
            continue
        for r in rs:
            zeros = [s for s in r.statements if "zero_from_none" in s.flags or _zero_count(s)]
            if zeros:
                rows.append(_row(ctx, entity, measure, r, zeros))
    return rows


def _zero_count(s) -> bool:
    """A zero written as a digit ("0" in a table's Returned column): the same blank cell, printed as a figure."""
    return s.source != REFERENCE and s.unit != "percent" and s.value == 0 and s.number_text.strip() == "0"


def _row(ctx, entity, measure, r, zeros) -> dict:
    known = [s for s in ctx.stmts if s.source == REFERENCE and s.entity == entity]
    missing = (f"the reference gives {name(entity)} a figure for "
               f"{', '.join(sorted({measure_name(s.measure) for s in known}))} but none for "
               f"{measure_name(measure)}{notes(known)}" if known
               else f"the reference has no figure at all for {name(entity)}")
    quoted = " / ".join(f"'{t}'" for t in sorted({s.number_text for s in zeros}))
    explanation = (f"{ctx.who(zeros)} {verb(zeros, 'says', 'say')} {quoted} for {name(entity)} "
                   f"({measure_name(measure)}), but {missing}, so the zero may be a missing figure read as none.")
    confidence = weakest(zeros)
    return finding("zero_from_missing", capped("low", confidence), entity, measure,
                   f"{r.text()} vs no reference figure", "possibly missing data", zeros, explanation,
                   confidence=confidence)
