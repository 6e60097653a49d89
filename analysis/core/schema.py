"""Table schemas (pandera): the contract every table must meet before it is written.

A claims table that breaks a rule (a quote that is not its span, a measure
outside the codebook, an interval that does not hold its value) is a bug, and
validation stops the run rather than publishing it.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

from analysis.core.codebook import CONFIDENCE, ENTITY_TYPES, FLAGS, MEASURES, UNITS

_FLAG_SET = set(FLAGS)

#: What the `corrected` column may say: "" (as extracted), or what a reviewer did.
CORRECTION_STATUSES = ("", "corrected", "rejected")
#: The correction columns of an uncorrected claim. The extractor does not produce them, so the batch
#: stage fills them in when it builds the table; they come last so the extractor's column order stays put.
CORRECTION_DEFAULTS = {"corrected": "", "correction_note": "", "original_entity": "", "original_measure": "",
                       "original_value": float("nan")}

CLAIMS = pa.DataFrameSchema(
    {
        "doc_id": pa.Column(str),
        "claim_id": pa.Column(str, unique=True),
        "entity": pa.Column(str),
        "entity_text": pa.Column(str),
        "entity_type": pa.Column(str, pa.Check.isin(list(ENTITY_TYPES) + [""])),
        "measure": pa.Column(str, pa.Check.isin(list(MEASURES))),
        "value": pa.Column(float, pa.Check.ge(0)),
        "unit": pa.Column(str, pa.Check.isin(UNITS)),
        "qualifier": pa.Column(str),
        "value_low": pa.Column(float),
        "value_high": pa.Column(float),
        "attribution": pa.Column(str),
        "start": pa.Column(int, pa.Check.ge(0)),
        "end": pa.Column(int),
        "quote": pa.Column(str, pa.Check.str_length(min_value=1)),
        "number_text": pa.Column(str),
        "number_start": pa.Column(int),
        "number_end": pa.Column(int),
        "sentence": pa.Column(str),
        "flags": pa.Column(str, pa.Check(lambda s: s.map(lambda f: set(filter(None, f.split(";"))) <= _FLAG_SET),
                                         element_wise=False, error="unknown flag")),
        "confidence": pa.Column(str, pa.Check.isin(list(CONFIDENCE))),
        "language": pa.Column(str),
        # Reviewer corrections (analysis.review.corrections): empty / NaN on a row no reviewer touched.
        "corrected": pa.Column(str, pa.Check.isin(list(CORRECTION_STATUSES))),
        "correction_note": pa.Column(str),
        "original_entity": pa.Column(str),
        "original_measure": pa.Column(str, pa.Check.isin(list(MEASURES) + [""])),
        "original_value": pa.Column(float, nullable=True),
    },
    checks=[
        pa.Check(lambda df: df["value_low"] <= df["value"], error="value_low <= value"),
        pa.Check(lambda df: df["value"] <= df["value_high"], error="value <= value_high"),
        pa.Check(lambda df: (df["start"] <= df["number_start"]) & (df["number_end"] <= df["end"]),
                 error="the quote holds the number"),
        pa.Check(lambda df: (df["entity"] != "") | df["flags"].str.contains("unresolved_entity|no_entity"),
                 error="an empty entity is flagged"),
    ],
    strict=True,
    ordered=True,
)

DOCUMENTS = pa.DataFrameSchema(
    {
        "doc_id": pa.Column(str, unique=True),
        "path": pa.Column(str),
        "sha256": pa.Column(str, pa.Check.str_matches(r"^[0-9a-f]{64}$")),
        "n_bytes": pa.Column(int, pa.Check.gt(0)),
        "n_chars": pa.Column(int, pa.Check.gt(0)),
        "encoding": pa.Column(str, pa.Check.isin(["utf-8", "utf-8-sig", "cp1252"])),
        "title": pa.Column(str), "title_source": pa.Column(str),
        "published": pa.Column(str, pa.Check.str_matches(r"^(\d{4}-\d{2}-\d{2})?$")), "published_source": pa.Column(str),
        "author": pa.Column(str), "author_source": pa.Column(str),
        "outlet": pa.Column(str), "kind": pa.Column(str), "url": pa.Column(str),
        "warnings": pa.Column(str),
        "language": pa.Column(str), "language_source": pa.Column(str, pa.Check.isin(["detected", "sidecar", ""])),
        "duplicate_of": pa.Column(str),
        "n_claims": pa.Column(int, pa.Check.ge(0)),
        "n_skipped": pa.Column(int, pa.Check.ge(0)),
        "n_flagged": pa.Column(int, pa.Check.ge(0)),
    },
    strict=True,
    ordered=True,
)

SKIPPED = pa.DataFrameSchema(
    {
        "doc_id": pa.Column(str),
        "start": pa.Column(int),
        "end": pa.Column(int),
        "number_text": pa.Column(str),
        "reason": pa.Column(str),
        "sentence": pa.Column(str),
    },
    strict=True,
    ordered=True,
)


def check_quotes(claims: pd.DataFrame, texts: dict[str, str]) -> None:
    """Assert text[start:end] == quote for every row (needs the texts, so not in the schema)."""
    bad = [cid for cid, d, s, e, q in zip(claims.claim_id, claims.doc_id, claims.start, claims.end, claims.quote)
           if texts[d][s:e] != q]
    if bad:
        raise AssertionError(f"quote does not match its span for {len(bad)} claims, e.g. {bad[:3]}")
