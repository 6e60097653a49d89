"""Lineages: articles joined by a rare wrong figure they share, in any language, even with no text in common.

A keying error such as Tunisia's 2,962 (for the report's 2,926) or Saudi Arabia's 3,224 (for 3,244) is not
something two newsrooms get wrong independently: articles that print the same one copied it from a common
source, often through translation, which text-reuse detection cannot see. So each such figure links its
articles into one lineage, and a lineage counts once as a source when figures are corroborated
(`reuse.source_groups`).

A figure is a rare variant when it is precise (`digits.specific`: "about 5,000" is a rounding many outlets
reach alone), differs from every reference figure for its entity and measure and falls
outside the range their hedges allow, and is printed by two or more articles. Claims of low confidence are
left out: a misreading by the extractor is not a shared error.
"""

from __future__ import annotations

import pandas as pd

from analysis.core.digits import specific
from analysis.sources import reuse

COLUMNS = ["entity", "measure", "value", "n_articles", "doc_ids", "languages", "claim_ids"]


def rare_variants(claims: pd.DataFrame, reference: pd.DataFrame) -> pd.DataFrame:
    """One row per rare variant shared by two or more articles (COLUMNS), sorted by entity, measure, value."""
    ref = {k: g for k, g in reference.groupby(["entity", "measure"])}
    usable = claims[(claims.confidence != "low") & (claims.measure != "unclassified") & (claims.entity != "")]
    rows = []
    for (entity, measure, value), g in usable.groupby(["entity", "measure", "value"], sort=True):
        docs = sorted(set(g.doc_id))
        refs = ref.get((entity, measure))
        if len(docs) < 2 or refs is None or not specific(value) or value != int(value):
            continue
        if ((refs.value == value) | ((refs.value_low <= value) & (value <= refs.value_high))).any():
            continue
        rows.append({"entity": entity, "measure": measure, "value": float(value), "n_articles": len(docs),
                     "doc_ids": ";".join(docs), "languages": ";".join(sorted(set(g.language))),
                     "claim_ids": ";".join(sorted(g.claim_id))})
    return pd.DataFrame(rows, columns=COLUMNS)


def links(variants: pd.DataFrame) -> list[list[str]]:
    """The article sets each rare variant joins (for `reuse.source_groups`)."""
    return [ids.split(";") for ids in variants.doc_ids]


def independent_sources(documents: pd.DataFrame, claims: pd.DataFrame, texts: dict[str, str],
                        reference: pd.DataFrame, pairs: pd.DataFrame | None = None) -> dict[str, str]:
    """doc_id -> independent source: articles that copy each other's text, or that print the same rare wrong
    figure, count once. Every notebook and command groups sources with this one function."""
    return reuse.source_groups(documents, texts, pairs=pairs, lineages=links(rare_variants(claims, reference)))
