"""Which number to cite: one row per entity and measure that any source gives.

A researcher asks "which figure do I cite, from where, and why do others say
something else?". The answer is one row per (entity, measure): the figure
(interval and wording), the rule that chose it (RULE, stated once, here),
its best provenance, how many articles and independent sources give it and
in which languages, every other value seen with the finding that explains
it, a confidence and, where the figure is disputed, a caveat sentence.
"""

from __future__ import annotations

from collections import defaultdict

import pandas as pd

from analysis.findings.evidence import REFERENCE, Context, Statement, fmt, measure_name, name, plural
from analysis.findings.severity import rank

#: The rule that chooses the figure to cite, in one place (it is also copied into every row's `rule`).
RULE = ("Cite the reference row (figures attributed to the report in contemporary coverage) when there is one; "
        "otherwise the value given by the most independent sources (copies collapsed) among high- and "
        "medium-confidence claims, ties broken by more articles, then the stronger reading; low-confidence "
        "claims are used only when nothing else gives the figure; a figure that a finding explains as another "
        "figure (a swap, another agency's, the outlet's own arithmetic) is never cited.")
RULE_REFERENCE = "reference row"
RULE_MAJORITY = "most independent sources"
RULE_ONLY_LOW = "only low-confidence claims"
RULE_NONE = "nothing to cite: every figure seen is explained as another figure"
#: Findings kinds that explain why a value differs from the one cited.
EXPLAINING = ("likely_typo", "scale_error", "entity_swap", "measure_swap", "other_report", "derived_attributed",
              "definition_mismatch", "zero_from_missing", "value_conflict", "returned_exceeds_departed",
              "arithmetic")
COLUMNS = ["entity", "measure", "unit", "cite", "value", "value_low", "value_high", "rule", "source", "ref_id",
           "doc_id", "claim_id", "quote", "start", "end", "n_articles", "n_independent_sources", "languages",
           "other_values", "n_other_articles", "confidence", "caveat"]


def _explanations(findings: pd.DataFrame, keys: dict[str, tuple[str, str]]) -> dict[str, list[str]]:
    """claim_id -> kinds of the findings about it, most specific first (value_conflict last).

    A finding explains the claims of its own entity and measure only: the
    5,600 and 40,000 behind a derived 15 % share are evidence, not suspects.
    """
    out: dict[str, list[str]] = defaultdict(list)
    for f in findings.itertuples():
        if f.kind in EXPLAINING:
            for cid in filter(None, f.claim_ids.split(";")):
                if keys.get(cid) == (f.entity, f.measure):
                    out[cid].append(f.kind)
    return {c: sorted(set(ks), key=EXPLAINING.index) for c, ks in out.items()}


def choose(ctx: Context, stmts: list[Statement], explain=None) -> tuple[Statement | None, str]:
    """The statement to cite and the RULE branch that chose it (None when every figure is another's)."""
    refs = [s for s in stmts if s.source == REFERENCE]
    if refs:
        return refs[0], RULE_REFERENCE
    stmts = [s for s in stmts if not _explained(s, explain or {})]
    if not stmts:
        return None, RULE_NONE
    good = [s for s in stmts if rank(s.confidence) < 2]
    pool, rule = (good, RULE_MAJORITY) if good else (stmts, RULE_ONLY_LOW)
    by_value: dict[float, list[Statement]] = defaultdict(list)
    for s in pool:
        by_value[s.value].append(s)

    def strength(item):
        value, ss = item
        return (ctx.support({s.source for s in ss}), len({s.source for s in ss}),
                -min(rank(s.confidence) for s in ss), -value)
    value, ss = max(by_value.items(), key=strength)
    return _best(ctx, ss), rule


def _best(ctx: Context, stmts: list[Statement]) -> Statement:
    """The best article statement: the primary source (not a copy), credited, strongest reading, earliest doc."""
    return min(stmts, key=lambda s: (ctx.group(s.source) != s.source, not s.attribution, rank(s.confidence),
                                     s.source, s.claim_ids))


def _agrees(s: Statement, cited: Statement) -> bool:
    return s.high + 1e-9 >= cited.low and cited.high + 1e-9 >= s.low and (
        s.value == cited.value or cited.low != cited.high or s.low != s.high)


def _row(ctx: Context, key, readings, explain) -> dict | None:
    entity, measure, unit = key
    stmts = [s for r in readings for s in r.statements]
    cited, rule = choose(ctx, stmts, explain)
    if cited is None:
        return _nothing(ctx, entity, measure, unit, stmts, explain)
    agree = [s for s in stmts if s.source != REFERENCE and _agrees(s, cited) and not _explained(s, explain)]
    others = [s for s in stmts if s.source != REFERENCE and s not in agree]
    article = _best(ctx, agree) if agree else (cited if cited.source != REFERENCE else None)
    docs = sorted({s.source for s in agree})
    other_text = _others(others, explain)
    related = _related(ctx, entity, measure, explain)
    confidence = _confidence(ctx, cited, rule, docs)
    return {"entity": entity, "measure": measure, "unit": unit, "cite": wording(cited), "value": cited.value,
            "value_low": cited.low, "value_high": cited.high, "rule": rule,
            "source": "reference" if cited.source == REFERENCE else "article",
            "ref_id": ";".join(cited.ref_ids), "doc_id": article.source if article else "",
            "claim_id": article.claim_ids[0] if article else "", "quote": _quote(ctx, article),
            "start": _span(ctx, article, "start"), "end": _span(ctx, article, "end"),
            "n_articles": len(docs), "n_independent_sources": ctx.support(docs),
            "languages": ";".join(sorted({s.language for s in agree if s.language})),
            "other_values": "; ".join(filter(None, [other_text, related])),
            "n_other_articles": len({s.source for s in others}), "confidence": confidence,
            "caveat": _caveat(ctx, entity, measure, cited, others, related, explain)}


def _nothing(ctx, entity, measure, unit, stmts, explain) -> dict:
    """A row for a key whose every figure is explained as another one (Fox's women-and-children list)."""
    docs = sorted({s.source for s in stmts})
    return {"entity": entity, "measure": measure, "unit": unit, "cite": "", "value": float("nan"),
            "value_low": float("nan"), "value_high": float("nan"), "rule": RULE_NONE, "source": "", "ref_id": "",
            "doc_id": "", "claim_id": "", "quote": "", "start": pd.NA, "end": pd.NA, "n_articles": 0,
            "n_independent_sources": 0, "languages": "", "other_values": _others(stmts, explain),
            "n_other_articles": len(docs), "confidence": "low",
            "caveat": f"Do not cite: every figure given for {name(entity)} ({measure_name(measure)}) in "
                      f"{plural(len(docs), 'article')} is explained as another figure ({_others(stmts, explain)})."}


def _explained(s: Statement, explain) -> bool:
    """A claim a diagnosis (not a bare conflict) explains is not support, even when its hedge overlaps."""
    kinds = set(explain.get(s.claim_ids[0], [])) if s.claim_ids else set()
    return bool(kinds & {"other_report", "derived_attributed", "measure_swap", "entity_swap"})


def wording(s: Statement) -> str:
    """'at least 5,600', 'about 30 %', '129'."""
    return fmt(s.value, s.qualifier.lower() if s.source != REFERENCE else s.qualifier, s.unit)


def _others(others: list[Statement], explain) -> str:
    """'2,962 (likely_typo; 2 articles)' for each other value seen."""
    by: dict[str, list[Statement]] = defaultdict(list)
    for s in sorted(others, key=lambda s: s.value):
        by[fmt(s.value, s.qualifier.lower(), s.unit)].append(s)
    parts = []
    for text, ss in by.items():
        kinds = sorted({k for s in ss for c in s.claim_ids for k in explain.get(c, [])[:1]}, key=EXPLAINING.index)
        parts.append(f"{text} ({', '.join(kinds) or 'unexplained'}; {plural(len({s.source for s in ss}), 'article')})")
    return "; ".join(parts)


def _related(ctx: Context, entity: str, measure: str, explain) -> str:
    """Figures derived from this one elsewhere (the outlets' 15 % share from 5,600 / 40,000)."""
    out = []
    for s in ctx.stmts:
        kinds = explain.get(s.claim_ids[0], []) if s.claim_ids else []
        if s.entity == entity and s.measure != measure and "derived_attributed" in kinds and measure in (
                "returned", "departed"):
            out.append(f"{fmt(s.value, s.qualifier.lower(), s.unit)} {measure_name(s.measure)} "
                       f"(derived_attributed: the outlets' own arithmetic)")
    return "; ".join(sorted(set(out)))


def _confidence(ctx: Context, cited: Statement, rule: str, docs: list[str]) -> str:
    if rule == RULE_REFERENCE:
        return ctx_ref_confidence(ctx, cited)
    if rule == RULE_ONLY_LOW:
        return "low"
    return "medium" if ctx.support(docs) >= 2 else "low"


def ctx_ref_confidence(ctx: Context, cited: Statement) -> str:
    """The reference row's own confidence (reference/README.md), carried in its note-free field."""
    return getattr(cited, "ref_confidence", "") or "high"


def _caveat(ctx, entity, measure, cited, others, related, explain) -> str:
    notes = f" Reference note: {cited.note}." if cited.note else ""
    if not others and not related:
        return notes.strip()
    n = len({s.source for s in others})
    kinds = sorted({k for s in others for c in s.claim_ids for k in explain.get(c, [])[:1]}, key=EXPLAINING.index)
    why = f", explained as {', '.join(k.replace('_', ' ') for k in kinds)}" if kinds else ""
    disputed = (f"Disputed: {plural(n, 'article')} {'gives' if n == 1 else 'give'} another figure for "
                f"{name(entity)} ({measure_name(measure)}){why}; cite {wording(cited)}"
                f"{' from the reference' if cited.source == REFERENCE else ''} and say which source gave it."
                if others else "")
    extra = (f" Figures computed from it by outlets are their own arithmetic, not the source's: {related}."
             if related else "")
    return (disputed + extra + notes).strip()


def _quote(ctx: Context, s: Statement | None) -> str:
    return ctx_claims(ctx).get(s.claim_ids[0], {}).get("quote", "") if s is not None and s.claim_ids else ""


def _span(ctx: Context, s: Statement | None, which: str):
    if s is None or not s.claim_ids:
        return pd.NA
    return ctx_claims(ctx).get(s.claim_ids[0], {}).get(which, pd.NA)


def ctx_claims(ctx: Context) -> dict:
    return getattr(ctx, "_claims", {})


def build(claims: pd.DataFrame, documents: pd.DataFrame, reference: pd.DataFrame, findings: pd.DataFrame,
          groups: dict[str, str] | None = None) -> pd.DataFrame:
    """`citations`, with quotes and spans looked up from the claims table (the entry point to use)."""
    ctx = Context.build(claims, documents, reference, groups)
    ctx._claims = {c.claim_id: {"quote": c.quote, "start": int(c.start), "end": int(c.end)}
                   for c in claims.itertuples()}
    confidence = dict(zip(reference.ref_id, reference.confidence)) if "confidence" in reference else {}
    for s in ctx.stmts:
        if s.source == REFERENCE:
            s.ref_confidence = confidence.get(s.ref_ids[0], "high")
    explain = _explanations(findings, {c.claim_id: (c.entity, c.measure) for c in claims.itertuples()})
    rows = [_row(ctx, key, [r for r in readings], explain) for key, readings in ctx.by_key.items()]
    df = pd.DataFrame([r for r in rows if r], columns=COLUMNS)
    return df.astype({"start": "Int64", "end": "Int64"}).sort_values(["entity", "measure"], kind="stable") \
        .reset_index(drop=True)


def from_analysis(a) -> pd.DataFrame:
    """The citations table of a `discrepancies.Analysis`."""
    return build(a.claims, a.documents, a.reference, a.findings, a.groups)


def summary(table: pd.DataFrame) -> str:
    """A few generated sentences on the table, for the notebook's narrative."""
    n = len(table)
    by_rule = table.rule.value_counts()
    disputed = table[table.caveat.str.startswith("Disputed")]
    return (f"{plural(n, 'entity and measure', 'entities and measures')}: {by_rule.get(RULE_REFERENCE, 0)} cited "
            f"from the reference, {by_rule.get(RULE_MAJORITY, 0)} from the figure most independent sources give, "
            f"{by_rule.get(RULE_ONLY_LOW, 0)} only from low-confidence claims; {len(disputed)} disputed "
            f"({', '.join(f'{name(e)} {measure_name(m)}' for e, m in zip(disputed.entity, disputed.measure))}).")


def plot(table: pd.DataFrame):
    """(figure, data): for each figure the articles give, articles agreeing with the cited figure and articles
    giving another value, split by independent sources; rows with no article left out."""
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter

    shown = table[(table.n_articles > 0) | (table.n_other_articles > 0)].copy()
    shown["row"] = [f"{name(e)} · {measure_name(m)}" for e, m in zip(shown.entity, shown.measure)]
    shown["copies"] = shown.n_articles - shown.n_independent_sources
    data = shown[["row", "entity", "measure", "cite", "rule", "n_articles", "n_independent_sources", "copies",
                  "n_other_articles", "ref_id", "doc_id", "claim_id", "confidence"]].reset_index(drop=True)
    fig, ax = plt.subplots(figsize=(9, 0.32 * max(len(data), 4) + 1.8))
    y = range(len(data))
    ax.barh(y, data.n_independent_sources, color="#0173b2", label="independent sources giving the cited figure")
    ax.barh(y, data.copies, left=data.n_independent_sources, color="#0173b2", alpha=0.35, hatch="//",
            label="copies of them (not counted as sources)")
    ax.barh(y, -data.n_other_articles, color="#de8f05", label="articles giving another value")
    ax.set_yticks(list(y), [f"{r}: {c or 'nothing to cite'}" for r, c in zip(data.row, data.cite)], fontsize=7.5)
    ax.invert_yaxis()
    ax.axvline(0, color="#333333", linewidth=0.8)
    ax.set_xlabel("articles (left: another value; right: the cited figure)")
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{abs(v):g}"))  # counts of articles on both sides
    ax.set_title("Which figure to cite, and how many sources give it")
    ax.legend(loc="lower right", fontsize=7.5, frameon=False)
    fig.text(0.01, 0.005, "Sources: the articles' claims and the reference (figures attributed to the report in "
             "contemporary coverage). " + RULE, ha="left", va="bottom", fontsize=6.5, color="#444444", wrap=True)
    fig.tight_layout(rect=(0, 0.06, 1, 1))
    return fig, data


#: The table's name in the issue and the notebook.
citations = build
