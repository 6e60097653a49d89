"""The notebooks' narrative: every sentence that states a figure, names a source or draws a conclusion.

Each function takes DataFrames the notebook already has and returns Markdown,
shown with `IPython.display.Markdown`, so the commentary under a table or a
chart describes the articles of this run, whatever they are. Hand-written
Markdown in the notebooks explains the method only.

Numbers are written as the tables hold them (counts, values, rates rounded to
one decimal); text that comes from an article (outlets, titles, the wording of
a figure) is escaped, so an article can never inject Markdown or HTML.
"""

from __future__ import annotations

import html
import math
import re

import pandas as pd

from analysis.estimate import regions
from analysis.findings.evidence import measure_name, name, plural

#: How many items a sentence lists before it says "and N more".
MAX_ITEMS = 6


# --------------------------------------------------------------------------- words

def md(value) -> str:
    """Text from an article as inert Markdown: HTML escaped, Markdown punctuation backslashed."""
    text = html.escape("" if value is None or (isinstance(value, float) and math.isnan(value)) else str(value),
                       quote=False)
    return re.sub(r"([\\`*_\[\]{}#|~])", r"\\\1", text)


def outlet(documents: pd.DataFrame, doc_id: str) -> str:
    """How an article is named: its outlet, else its title, else its doc_id (escaped)."""
    row = documents[documents.doc_id == doc_id]
    if row.empty:
        return md(doc_id)
    r = row.iloc[0]
    return md(next((str(r[c]) for c in ("outlet", "title") if isinstance(r.get(c), str) and r[c].strip()), doc_id))


def sources(documents: pd.DataFrame, doc_ids) -> str:
    """'Outlet A and Outlet B' for a list (or ';'-joined string) of doc_ids, the reference as 'the reference'."""
    if isinstance(doc_ids, str):
        doc_ids = [d for d in doc_ids.split(";") if d]
    names = list(dict.fromkeys("the reference" if d == "reference" else outlet(documents, d) for d in doc_ids))
    return listing(names)


def listing(items: list[str], limit: int = MAX_ITEMS) -> str:
    """'a', 'a and b', 'a, b and c', 'a, b, c and 4 more'."""
    items = list(items)
    if len(items) > limit:
        items = items[:limit] + [f"{len(items) - limit} more"]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def count(value) -> str:
    """A count or a value of people: '1,250', '7'; a fraction keeps one decimal."""
    if not math.isfinite(value):
        return "unbounded"
    return f"{value:,.0f}" if abs(value - round(value)) < 1e-9 else f"{value:,.1f}"


def pct(value) -> str:
    """A rate in percent, one decimal at most: '14.2', '50'."""
    return f"{value:.1f}".removesuffix(".0")


def interval(low, high) -> str:
    """'[45, 55] %' for a rate's range."""
    return f"[{pct(low)}, {pct(high)}] %"


def cap(text: str) -> str:
    """The first letter upper-case, for a name that opens a sentence ('the world' -> 'The world')."""
    return text[:1].upper() + text[1:]


def _true(value) -> bool:
    return value is True or (not isinstance(value, float) and str(value) == "True")


# --------------------------------------------------------------------------- 01 parse

def articles(documents: pd.DataFrame, claims: pd.DataFrame, skipped: pd.DataFrame) -> str:
    """What this run read: articles, outlets, claims, flagged and unclassified claims, numbers skipped."""
    if documents.empty:
        return "No article was read."
    names = listing([outlet(documents, d) for d in documents.doc_id])
    blogs = int((documents.kind == "blog").sum())
    blog_note = "" if not blogs else "; 1 of them a blog" if blogs == 1 else f"; {blogs} of them blogs"
    flagged = int((claims["flags"].fillna("") != "").sum())
    unclassified = int((claims.measure == "unclassified").sum())
    most = documents.sort_values("n_claims", ascending=False, kind="stable").iloc[0]
    n_skipped = len(skipped)
    skipped_note = ("Every number found is a claim. " if not n_skipped else
                    f"{plural(n_skipped, 'other number')} {'is not a claim' if n_skipped == 1 else 'are not claims'} "
                    "(listed below with the reason). ")
    text = (f"This run read {plural(len(documents), 'article')} ({names}{blog_note}) and kept "
            f"{plural(len(claims), 'claim')}: {flagged} flagged for a second look and {unclassified} unclassified. "
            + skipped_note)
    if len(documents) > 1:
        text += f"{outlet(documents, most.doc_id)} gives the most claims ({int(most.n_claims)})."
    empty = documents[documents.n_claims == 0]
    if len(empty):
        text += f" {listing([outlet(documents, d) for d in empty.doc_id])} gives no claim."
    return text.strip()


def flags(flag_counts: pd.DataFrame) -> str:
    """The flags this run's claims carry, most frequent first (from `overview.flag_counts`)."""
    if flag_counts.empty:
        return "No claim carries a flag: every reading rests on a plain statement."
    parts = [f"`{r.flag}` on {plural(int(r.n_claims), 'claim')} in {plural(int(r.n_documents), 'article')}"
             for r in flag_counts.itertuples()]
    return f"Flags in this run: {listing(parts, limit=len(parts))}."


# --------------------------------------------------------------------------- 02 rates

def return_rates(compared: pd.DataFrame, article_rates: pd.DataFrame, documents: pd.DataFrame) -> str:
    """What the country chart and the estimates show: agreement with the reference, ranges, zeros, sources."""
    is_country = compared.entity.map(regions.is_country).astype(bool)
    countries = compared[is_country]
    lines = []
    if countries.empty:
        lines.append("No article gives a return rate for a country, so the chart shows only the reference.")
    else:
        estimated = countries[countries.rate.notna()]
        with_ref = estimated[estimated.ref_rate.notna()]
        agree = with_ref[with_ref.overlaps_reference.map(_true)]
        lines.append(f"The articles give a return rate for {plural(len(countries), 'country', 'countries')}; "
                     f"{len(estimated)} get a best estimate, {len(with_ref)} of these have a reference rate and "
                     f"{len(agree)} of those {'overlaps' if len(agree) == 1 else 'overlap'} it.")
        for r in with_ref[~with_ref.overlaps_reference.map(_true)].itertuples():
            lines.append(f"{cap(name(r.entity))}: {pct(r.rate)} % from the articles, {md(r.ref_basis)} in the reference; "
                         "the two ranges do not meet.")
        single = estimated[estimated.n_independent == 1]
        copied = single[single.n_documents > 1]
        if len(single):
            lines.append(f"{len(single)} of the {len(estimated)} estimates rest on one independent source"
                         + (f", {len(copied)} of them repeated by copies: one source repeated, not confirmation."
                            if len(copied) else "."))
    hedged = article_rates[article_rates.entity.map(regions.is_country).astype(bool)
                           & (article_rates.rate_low != article_rates.rate_high)]
    if len(hedged):
        parts = [f"{outlet(documents, r.doc_id)}'s “{md(r.basis)}” for {name(r.entity)} "
                 f"({interval(r.rate_low, r.rate_high)})" for r in hedged.itertuples()]
        lines.append(f"Only hedged figures give a country's rate a range: {listing(parts)}.")
    zeros = compared[compared.status.fillna("").str.startswith("not estimated")]
    if len(zeros):
        lines.append(f"{cap(listing([name(e) for e in zeros.entity]))}: the rate rests on “none” only, which may be "
                     "a missing figure read as zero; no best estimate.")
    others = compared[~is_country & compared.rate.notna()]
    for r in others.itertuples():
        wide = r.rate_high - r.rate_low >= 50
        ref = (f", against the reference's {md(r.ref_basis)}" + ("" if _true(r.overlaps_reference) else
                                                              " (the ranges do not meet)")
               if isinstance(r.ref_basis, str) and r.ref_basis else "")
        if wide or ref:
            span = f" ({interval(r.rate_low, r.rate_high)}{'; an interval, not a figure' if wide else ''})" \
                if r.rate_low != r.rate_high else ""
            lines.append(f"Not on the chart: {name(r.entity)}, {pct(r.rate)} %{span}{ref}.")
    return "\n".join(f"- {line}" for line in lines)


# --------------------------------------------------------------------------- 03 regions

def _who(documents: pd.DataFrame, source: str) -> str:
    return "the reference" if source == "reference" else outlet(documents, source)


def region_checks(comparison: pd.DataFrame, documents: pd.DataFrame) -> str:
    """The regional figures against the sum of their member countries: which do not add up, and how many
    checks pass, are only lower bounds or cannot be made."""
    if comparison.empty:
        return "No source gives a figure for a region with a member list, so there is nothing to add up."
    verdict = comparison.verdict.fillna("")
    lines = []
    for r in comparison[comparison.consistent.map(lambda v: v is False or str(v) == "False")].itertuples():
        lines.append(f"**{cap(name(r.region))}** ({measure_name(r.measure)}): {_who(documents, r.source)} gives "
                     f"“{md(r.basis)}”; the reference's figures for {int(r.ref_covered)} of its "
                     f"{int(r.n_members)} members add up to {count(r.ref_value)} (gap {count(r.gap)}): {md(r.verdict)}.")
    agree = int(verdict.str.startswith("agrees").sum())
    possible = int(verdict.str.startswith("possible").sum())
    unchecked = int(verdict.str.startswith("not checkable").sum())
    lines.append(f"Of {plural(len(comparison), 'regional figure')}, {agree} agree with the sum of their members, "
                 f"{possible} can only be checked as lower bounds (members without a figure could make up the gap) "
                 f"and {unchecked} cannot be checked (shares whose members lack figures); "
                 f"{len(lines)} do not add up.")
    return "\n".join(f"- {line}" for line in lines)


def region_rates(member_rates: pd.DataFrame) -> str:
    """Rates by region: which rest on one country, whether articles and reference use the same countries, and
    which ranges run to 100 % because of open-ended counts (drawn as arrows)."""
    if member_rates.empty:
        return "No region has a member country with both a departed and a returned figure, so no rate is drawn."
    lines = []
    for label, g in member_rates.groupby("label", sort=False):
        art, ref = g[g.source == "articles"], g[g.source == "reference"]
        if art.empty or ref.empty:
            continue
        a, r = art.iloc[0], ref.iloc[0]
        same = set(a.countries.split(";")) == set(r.countries.split(";"))
        matched = g[g.source == regions.MATCHED]
        like = ("" if same or matched.empty else
                f"; over the same countries the reference gives {pct(matched.rate.iloc[0])} %"
                + ("" if int(matched.n_countries.iloc[0]) == int(a.n_countries) else
                   f" (it has both figures for {plural(int(matched.n_countries.iloc[0]), 'country', 'countries')}"
                   " of them)"))
        lines.append(f"{md(label)}: {pct(a.rate)} % from the articles' {plural(int(a.n_countries), 'country', 'countries')}"
                     f", {pct(r.rate)} % from the reference's {int(r.n_countries)}"
                     + (" (the same countries)." if same else
                        f" (not the same countries: articles {listing([name(c) for c in a.countries.split(';')])}"
                        f"; reference {listing([name(c) for c in r.countries.split(';')])}){like}."))
    own = member_rates[member_rates.source != regions.MATCHED]
    one = own[own.n_countries == 1]
    if len(one):
        lines.append(f"{plural(len(one), 'rate')} rest on a single country and speak for it, not for the region: "
                     + listing([f"{md(r.label)} ({'articles' if r.source == 'articles' else 'reference'}, "
                                f"{name(r.countries)})" for r in one.itertuples()]) + ".")
    open_ended = own[(own.rate_high >= 100) & (own.rate_low < own.rate_high)]
    if len(open_ended):
        lines.append("Open-ended counts leave these ranges open up to 100 % (arrows on the chart): "
                     + listing([f"{md(r.label)} ({r.source}, {interval(r.rate_low, r.rate_high)})"
                                for r in open_ended.itertuples()]) + ".")
    return "\n".join(f"- {line}" for line in lines)


# --------------------------------------------------------------------------- 04 discrepancies

def reuse(pairs: pd.DataFrame, documents: pd.DataFrame, groups: dict[str, str],
          lineages: pd.DataFrame | None = None) -> str:
    """Who copies whom: each pair that shares substantial text, each rare wrong figure that joins articles
    (`sources.lineage`), and the independent sources that remain."""
    lines = []
    for r in pairs[pairs.relation.isin(["copy", "follows"])].itertuples():
        a, b = outlet(documents, r.doc_a), outlet(documents, r.doc_b)
        how = "reuse long passages of each other" if r.relation == "copy" else "share a substantial passage"
        if r.direction == "b follows a":
            order = f"{b} is dated later, so it follows {a}"
        elif r.direction == "a follows b":
            order = f"{a} is dated later, so it follows {b}"
        else:
            order = "the dates cannot tell which came first"
        lines.append(f"{a} and {b} {how} ({plural(int(r.n_passages), 'shared passage')}); {order}.")
    stock = int((pairs.relation == "common_phrase").sum()) if len(pairs) else 0
    if stock:
        lines.append(f"{plural(stock, 'pair')} of articles share only short stock phrases, which is no evidence "
                     "of copying.")
    for r in (lineages if lineages is not None else pd.DataFrame()).itertuples():
        lines.append(f"{sources(documents, r.doc_ids)} print the same precise figure, {count(r.value)} for "
                     f"{name(r.entity)} ({measure_name(r.measure)}), which the reference contradicts: a shared "
                     "error, so they count as one lineage even without shared text.")
    members: dict[str, list[str]] = {}
    for doc in documents.doc_id:
        members.setdefault(groups.get(doc, doc), []).append(doc)
    joined = {head: docs for head, docs in members.items() if len(docs) > 1}
    text = (f"{plural(len(documents), 'article')} make {plural(len(members), 'independent source')}"
            + (": " + "; ".join(f"{sources(documents, docs)} count as one, under {outlet(documents, head)}"
                                for head, docs in joined.items()) if joined else ": no article copies another")
            + ".")
    lines.append(text)
    return "\n".join(f"- {line}" for line in lines)


def against_reference(comparison: pd.DataFrame, documents: pd.DataFrame) -> str:
    """How many article figures equal the reference's, and each one that does not, with the difference."""
    if comparison.empty:
        return "No article figure has a counterpart in the reference, so the chart is empty."
    agrees = comparison[comparison.agrees.map(_true)]
    lines = [f"{plural(len(comparison), 'article figure')} have a reference counterpart; {len(agrees)} agree with "
             "it within the ranges their hedges allow."]
    for r in comparison[~comparison.agrees.map(_true)].itertuples():
        unit = " %" if r.unit == "percent" else ""
        mine = " ".join(filter(None, (md(r.qualifier) if isinstance(r.qualifier, str) else "", count(r.value))))
        theirs = " ".join(filter(None, (md(r.reference_qualifier) if isinstance(r.reference_qualifier, str) else "",
                                        count(r.reference_value))))
        lines.append(f"{outlet(documents, r.doc_id)} gives {mine}{unit} for {name(r.entity)} "
                     f"({measure_name(r.measure)}) where the reference has {theirs}{unit} "
                     f"({r.relative_difference_pct:+.0f} %).")
    return "\n".join(f"- {line}" for line in lines)


def misplaced(findings: pd.DataFrame, claims: pd.DataFrame, documents: pd.DataFrame) -> str:
    """Figures that equal another measure's or place's figure, per article: how many of its figures under
    that heading do, so a whole list under the wrong heading shows as such."""
    swaps = findings[findings.kind.isin(["measure_swap", "entity_swap"])]
    if swaps.empty:
        return "No figure equals a better-supported figure under another measure or place."
    lines = []
    for (doc_ids, measure, kind), g in swaps.groupby(["doc_ids", "measure", "kind"], sort=True):
        docs = [d for d in doc_ids.split(";") if d]
        given = claims[claims.doc_id.isin(docs) & (claims.measure == measure)]
        other = "measure" if kind == "measure_swap" else "place"
        lines.append(f"{sources(documents, docs)}: {len(g)} of its {plural(len(given), measure_name(measure) + ' figure')} "
                     f"{'equals' if len(g) == 1 else 'equal'} another {other}'s figure ({'; '.join(md(v) for v in g['values'])})"
                     + (": most probably a list under the wrong heading." if len(g) > 1 else "."))
    return "\n".join(f"- {line}" for line in lines)


# --------------------------------------------------------------------------- 05 citations

def citation_chart(table: pd.DataFrame) -> str:
    """What the citations chart holds: rows an article gives, rows some article disputes, reference-only rows."""
    n_articles = table.n_articles.fillna(0)
    n_other = table.n_other_articles.fillna(0)
    shown = table[(n_articles > 0) | (n_other > 0)]
    disputed = shown[shown.n_other_articles.fillna(0) > 0]
    only_ref = table[(n_articles == 0) & (n_other == 0)]
    return (f"The chart has {plural(len(shown), 'row')}: the entities and measures at least one article gives; "
            f"in {len(disputed)} of them some article gives another value. "
            f"{plural(len(only_ref), 'figure')} to cite come from the reference alone (no article of this run "
            "gives them) and are not drawn.")
