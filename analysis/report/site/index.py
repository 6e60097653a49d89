"""index.html: the report opens on its findings, every sentence that states a figure computed from this run.

Order, as a reader needs it: what was read (generated), the figures to cite
(the citations table: rule, source linked to its provenance, the other
values and why they differ), where the sources disagree, the charts, then
the notebook and article pages, and a method note that explains the method
only (it states no figure, so it stays true on any articles).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.findings.citations import RULE
from analysis.report.site import charts, disagreements
from analysis.report.site.html import (article_file, claim_anchor, esc, link, number, page, ref_anchor, table, text,
                                       what)
from analysis.report.site.notebooks import title as notebook_title
from analysis.report.site.tables import Run


def write_pages(run: Run, report: Path) -> dict[str, str]:
    """index.html."""
    import nbformat

    titles = {p.stem: notebook_title(nbformat.read(p, as_version=4), p.stem)
              for p in sorted(run.notebooks.glob("[0-9][0-9]-*.ipynb"))}
    body = "\n".join([lead(run), cite_section(run), disagreements.section(run), charts.section(run, report),
                      pages_section(run, titles), METHOD])
    return {"index.html": page("Report: figures to cite and where the sources disagree", body)}


def count(n: int, noun: str, nouns: str | None = None) -> str:
    """'1 article', '1,204 claims'."""
    return f"{n:,} {noun if n == 1 else nouns or noun + 's'}"


def lead(run: Run) -> str:
    """The opening paragraph: what this run read and what it concluded, all counted from its tables."""
    docs, claims, cites, f = run.documents, run.claims, run.citations, run.findings
    outlets = {run.outlet(d) for d in docs.doc_id}
    flagged = int((claims["flags"].fillna("") != "").sum())
    cited = cites[cites["cite"].notna()]
    disputed = int(cites["caveat"].fillna("").str.startswith("Disputed").sum())
    by_source = cited["source"].value_counts()
    serious = f[f.severity.isin(["high", "medium"])]
    return (f"<h1>Figures to cite and where the sources disagree</h1>\n<p class=\"lead\">This run read "
            f"{count(len(docs), 'article')} from {count(len(outlets), 'source')} and kept "
            f"{count(len(claims), 'numeric claim')}, each tied to the characters it was read from "
            f"({number(flagged)} flagged for a second look, {count(len(run.skipped), 'number')} not read as "
            f"claims). For {count(len(cites), 'entity and measure', 'entities and measures')} it names the figure "
            f"to cite: {number(by_source.get('reference', 0))} from the reference figures, "
            f"{number(by_source.get('article', 0))} from the articles; {number(disputed)} are disputed and "
            f"{number(len(cites) - len(cited))} should not be cited. "
            f"{count(len(serious), 'finding')} of high or medium severity say where the sources disagree.</p>")


def cite_section(run: Run) -> str:
    """The citations table, one row per entity and measure, each row anchored as cite-<n>.

    Rows that an article of this run gives, disputes or explains come first; rows only the reference gives
    (no article mentions them) are folded away, still one click from the top.
    """
    c = run.citations
    told = (c["n_articles"].fillna(0) > 0) | (c["n_other_articles"].fillna(0) > 0) | c["source"].ne("reference")
    headers = ["Entity · measure", "Cite", "Rule", "Source", "Other values, and why they differ", "Confidence"]
    main = table(headers, [cite_row(run, i, r) for i, r in c[told].iterrows()])
    rest = c[~told]
    folded = (f"<details><summary>{count(len(rest), 'figure')} only the reference figures give (no article of "
              f"this run mentions them)</summary>\n"
              + table(headers, [cite_row(run, i, r) for i, r in rest.iterrows()]) + "</details>") if len(rest) else ""
    given = count(int(told.sum()), "entity and measure", "entities and measures")
    return (f'<h2 id="cite">Figures to cite</h2>\n<p>{given} that the articles give, dispute or explain; a link in the Source column opens the cited '
            f'figure where it was read.</p>\n<p class="muted">Rule: {esc(RULE)}</p>\n{main}\n{folded}')


def cite_row(run: Run, i: int, r: pd.Series) -> list[str]:
    """One citation: the wording to use, the rule, a link to its provenance, the other values and the caveat."""
    caveat = f'<span class="muted">{esc(r["caveat"])}</span>' if text(r["caveat"]) else ""
    caveat = f"<br>{caveat}" if caveat and text(r["other_values"]) else caveat
    return [f'<span id="cite-{i}">{esc(what(r["entity"], r["measure"]))}</span>',
            f"<strong>{esc(r['cite'])}</strong>" if text(r["cite"]) else "do not cite",
            esc(r["rule"]), provenance(run, r),
            esc(text(r["other_values"]).replace("_", " ")) + caveat, esc(r["confidence"])]


def provenance(run: Run, r: pd.Series) -> str:
    """Where the cited figure comes from: the reference row, or the article's claim (its highlighted span)."""
    if text(r["ref_id"]):
        return link("reference.html", f"reference row {r['ref_id']}", ref_anchor(r["ref_id"]))
    if text(r["claim_id"]):
        sources = (f'<br><span class="muted">{count(int(r["n_articles"]), "article")}, '
                   f'{count(int(r["n_independent_sources"]), "independent source")}</span>')
        return link(article_file(r["doc_id"]), f"{run.outlet(r['doc_id'])}: “{text(r['quote'])}”",
                    claim_anchor(r["claim_id"])) + sources
    return ""


def pages_section(run: Run, titles: dict[str, str]) -> str:
    """Links to every notebook page, every article's provenance page and the reference rows."""
    nbs = "".join(f"<li>{link(f'notebooks/{stem}.html', t)} <span class=\"muted\">({esc(stem)})</span></li>"
                  for stem, t in titles.items())
    rows = [[link(article_file(d.doc_id), run.outlet(d.doc_id)), esc(d.title), esc(d.published), esc(d.kind),
             number(d.n_claims), number(d.n_flagged)] for d in run.documents.itertuples()]
    return (f'<h2 id="pages">Notebooks and articles</h2>\n<h3>The notebooks, code hidden</h3>\n<ul>{nbs}</ul>\n'
            "<h3>The articles, each claim highlighted on its characters</h3>\n"
            + table(["Article", "Title", "Published", "Kind", "Claims", "Flagged"], rows, numeric={4, 5})
            + f"\n<p>{link('reference.html', 'The reference figures')}, row by row, with their sources.</p>")


METHOD = """<h2 id="method">Method</h2>
<p>Each article is read as plain text. Every number is either kept as a claim, with the place it is about, what it
counts, its hedge ("about", "more than") and the interval that hedge allows, or kept in a separate table with the
reason it is not a claim (a year or a date, for example). Each claim keeps its exact characters in the article, which the
article pages highlight. Claims are compared with each other and with reference figures attributed to the report in
contemporary coverage, which are a yardstick, not ground truth. Copies of one article are detected and counted as
one source. Each disagreement is reported once, with a one-sentence explanation computed from the claims it rests
on; a finding is never more severe than the confidence of the weakest reading behind it. The figure to cite follows
the rule stated above the table. The tables, figures and their CSVs, and the executed notebooks hold every number
on these pages.</p>"""
