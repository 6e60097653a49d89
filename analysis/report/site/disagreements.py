"""The index's section on where the sources disagree: findings by severity, each with the claims it rests on.

The findings table already carries a generated explanation and the ids of
the claims and reference rows behind each finding; this module only lays
them out, links every id to its highlighted span or reference row, and puts
the findings a reader must act on (high, medium, readings to check) first.
"""

from __future__ import annotations

import pandas as pd

from analysis.report.site.html import article_file, claim_anchor, esc, link, ref_anchor, text, what
from analysis.report.site.tables import Run, ids

#: Section heading for each severity, in the order shown.
HEADINGS = {"high": "High severity: a figure is wrong, or two sources cannot both be right",
            "medium": "Medium severity", "check_reading": "Resting on a low-confidence reading: check it first",
            "low": "Low severity"}


def section(run: Run) -> str:
    """Every finding: the ones to act on as cards, the passed checks (info) folded away."""
    f = run.findings
    out = ['<h2 id="disagreements">Where the sources disagree, and why</h2>', summary(f)]
    for severity, heading in HEADINGS.items():
        rows = f[f.severity == severity]
        if len(rows):
            out.append(f"<h3>{esc(heading)} ({len(rows):,})</h3>")
            out += [card(run, i, r) for i, r in rows.iterrows()]
    info = f[~f.severity.isin(list(HEADINGS))]
    if len(info):
        out.append(f"<details><summary>Checks that passed or only inform ({len(info):,}): corroboration and "
                   "agreeing figures</summary>")
        out += [card(run, i, r) for i, r in info.iterrows()]
        out.append("</details>")
    return "\n".join(out)


def summary(f: pd.DataFrame) -> str:
    """One generated sentence: how many findings of each severity this run produced."""
    if f.empty:
        return "<p>No finding: no two sources give figures for the same entity and measure.</p>"
    counts = f.severity.value_counts()
    parts = [f"{counts.get(s, 0):,} {s.replace('_', ' ')}" for s in (*HEADINGS, "info") if counts.get(s, 0)]
    return f"<p>{len(f):,} findings in this run: {', '.join(parts)}. The most serious come first.</p>"


def card(run: Run, i: int, r: pd.Series) -> str:
    """One finding: what, the values compared, the explanation, and links to every claim and reference row."""
    subject = what(r["entity"], r["measure"])
    if text(r["other_entity"]) or text(r["other_measure"]):
        subject += " against " + what(r["other_entity"] or r["entity"], r["other_measure"] or r["measure"])
    return (f'<div class="finding {esc(r["severity"])}" id="finding-{i}">'
            f'<div class="sev">{esc(r["severity"].replace("_", " "))} · {esc(r["kind"].replace("_", " "))}'
            f' · confidence {esc(r["confidence"])}</div>'
            f"<strong>{esc(subject)}</strong>: {esc(r['values'])}"
            f"<p>{explanation(run, r['explanation'])}</p>"
            f'<p class="muted">Rests on: {evidence(run, r)}</p></div>')


def explanation(run: Run, sentence: str) -> str:
    """The finding's sentence, escaped, with each "[doc_id]" turned into a link to that article's page."""
    out = esc(sentence)
    for doc_id in run.documents.doc_id:
        out = out.replace(f"[{esc(doc_id)}]", f"[{link(article_file(doc_id), doc_id)}]")
    return out


def evidence(run: Run, r: pd.Series) -> str:
    """Links to the claims (their highlighted span) and reference rows a finding rests on."""
    links = []
    for cid in ids(r["claim_ids"]):
        doc_id, quote = run.quotes.get(cid, (cid.split("#")[0], ""))
        label = f"{run.outlet(doc_id)}: “{quote}”" if quote else cid
        links.append(link(article_file(doc_id), label, claim_anchor(cid)))
    links += [link("reference.html", f"reference row {ref}", ref_anchor(ref)) for ref in ids(r["ref_ids"])]
    return "; ".join(links) or "the run's tables"
