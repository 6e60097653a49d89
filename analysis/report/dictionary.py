"""The data dictionary: every column, measure, flag and region, rendered as Markdown.

docs/data-dictionary.md, docs/gazetteer-and-languages.md and the notebooks'
output folder carry the same text, generated here from the code's own
definitions, so the documentation cannot drift from what the tables contain.
This module also writes the README's generated blocks (below); a test checks
every block is current.
"""

from __future__ import annotations

import csv
from pathlib import Path

from analysis.core.codebook import FLAGS, MEASURES
from analysis.core.paths import DATA

CLAIM_COLUMNS = {
    "doc_id": "The article: its path inside the folder given, without extension (see the documents table).",
    "claim_id": "Stable id: `doc_id#offset-of-the-number` (plus `-2`, `-3` for the extra places of 'N each').",
    "entity": "Canonical key: ISO 3166-1 alpha-3 for countries, a gazetteer key for regions and groups, `WORLD` for global totals; empty if unresolved.",
    "entity_text": "The place or group as written ('Tunisias', 'the U.K.'); empty for an implied global total.",
    "entity_type": "country, region, group, world, or unresolved.",
    "measure": "What the number counts: a key of the codebook below.",
    "value": "The number as stated. Shares are in percent ('a quarter' = 25); 'none' = 0; a range gives its midpoint.",
    "unit": "people, percent or countries.",
    "qualifier": "The hedge as written before the number ('at least', 'about', 'as many as'...); empty if none.",
    "value_low": "Lower end of the interval the hedge implies (rules below).",
    "value_high": "Upper end of that interval; `inf` for 'at least' / 'more than'.",
    "attribution": "Who the article credits for the figure in the same sentence (Soufan Center report, FBI, NCTC, EU counterterrorism coordinator, American officials...); empty if none.",
    "start": "Offset of the quote's first character in the decoded article text.",
    "end": "Offset just past the quote's last character: `text[start:end] == quote`.",
    "quote": "The shortest span holding the number (with its hedge), what it counts and, in the same clause, where.",
    "number_text": "The number exactly as written ('2,926', 'seven', 'a quarter').",
    "number_start": "Offset of the number itself.",
    "number_end": "Offset just past the number.",
    "sentence": "The whole sentence the claim is in.",
    "flags": "`;`-separated flags (see the flag list); empty if none.",
    "corrected": "`corrected` or `rejected` if a reviewer's line in the corrections file changed the claim; empty if not.",
    "correction_note": "The reviewer's reason, from the corrections file; empty if not corrected.",
    "original_entity": "The extractor's entity before the correction; empty if not corrected.",
    "original_measure": "The extractor's measure before the correction; empty if not corrected.",
    "original_value": "The extractor's value before the correction; empty (NaN) if not corrected.",
}

DOCUMENT_COLUMNS = {
    "doc_id": "The file's path inside the folder given, without extension (`doc`, `sub/doc`); with several folders given, each id starts with its folder's name (`a/doc`). It depends on nothing else in the corpus.",
    "path": "Path relative to the project root; for files outside it, the folder's name and the path inside it (`a/doc.txt`), never the machine's absolute path.",
    "sha256": "SHA-256 of the file's bytes: identity and duplicate detection.",
    "n_bytes": "Size of the file in bytes.",
    "n_chars": "Length of the decoded text; all offsets index into this text.",
    "encoding": "utf-8, utf-8-sig (byte-order mark) or cp1252 (decoded as Windows-1252, with a warning).",
    "title": "Headline, from the text when it has one, else from the sidecar `sources.csv`, else empty.",
    "title_source": "text, sidecar, or empty.",
    "published": "Publication date (ISO), from a dateline in the text, else the sidecar, else empty.",
    "published_source": "text, sidecar, or empty.",
    "author": "Byline, from the text, else the sidecar, else empty.",
    "author_source": "text, sidecar, or empty.",
    "outlet": "Outlet, from the sidecar.",
    "kind": "news or blog, from the sidecar.",
    "url": "URL, from the sidecar.",
    "warnings": "`;`-separated reading warnings (e.g. decoded_as_cp1252, utf8_bom).",
    "duplicate_of": "doc_id of an earlier article with identical bytes; empty if none.",
    "n_claims": "Claims extracted.",
    "n_skipped": "Numbers found that are not claims (see the skipped table).",
    "n_flagged": "Claims carrying at least one flag.",
}

SKIPPED_COLUMNS = {
    "doc_id": "The article.",
    "start": "Offset of the number.",
    "end": "Offset just past it.",
    "number_text": "The number as written.",
    "reason": "Why it is not a claim: year, date, age, duration, word_count, page_count, header, negative, percent_over_100, no_topic, ...",
    "sentence": "Its sentence; when the sentence is longer than 300 characters, the 300 around the number (a text without full stops would otherwise copy itself into every row).",
}


def _table(header: tuple[str, ...], rows) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c).replace("|", "\\|") for c in row) + " |" for row in rows]
    return "\n".join(lines)


def columns_markdown() -> str:
    parts = []
    for title, cols in (("Claims table", CLAIM_COLUMNS), ("Documents table", DOCUMENT_COLUMNS),
                        ("Skipped numbers", SKIPPED_COLUMNS)):
        parts.append(f"**{title}**\n\n" + _table(("column", "meaning"), ((f"`{k}`", v) for k, v in cols.items())))
    return "\n\n".join(parts)


def codebook_markdown() -> str:
    return _table(("measure", "unit", "definition"), ((f"`{k}`", u or "(any)", d) for k, (u, d) in MEASURES.items()))


def flags_markdown() -> str:
    return _table(("flag", "meaning"), ((f"`{k}`", v) for k, v in FLAGS.items()))


def gazetteer_markdown() -> str:
    with open(DATA / "regions.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return _table(("key", "type", "members", "definition"),
                  ((f"`{r['key']}`", r["entity_type"], r["members"] or "(all)", r["definition"]) for r in rows))


def markdown() -> str:
    """The full data dictionary (also written next to the tables by notebook 01)."""
    return "\n\n".join([
        "# Data dictionary", columns_markdown(), "## Codebook: measures", codebook_markdown(),
        "## Flags", flags_markdown(), "## Gazetteer: regions and groups", gazetteer_markdown()]) + "\n"


# --------------------------------------------------------------------------- generated blocks
#
# README.md and the reference pages under docs/ carry blocks generated here, each between a pair of
# markers `<!-- name:start -->` / `<!-- name:end -->`; `python -m analysis.report.dictionary` rewrites
# them and tests/test_readme.py checks each is current. The README's blocks describe the five seed articles
# read with the default parameters; every figure in them is computed from the seeds and the reference.


def markers(name: str) -> tuple[str, str]:
    return f"<!-- {name}:start -->", f"<!-- {name}:end -->"


def dictionary_block() -> str:
    """docs/data-dictionary.md: the columns of the three tables, the codebook and the flags."""
    return "\n\n".join([columns_markdown(), "## Codebook: measures", codebook_markdown(), "## Flags",
                        flags_markdown()])


def gazetteer_block() -> str:
    """docs/gazetteer-and-languages.md: the regions and groups of the gazetteer."""
    return gazetteer_markdown()


def sources_block() -> str:
    """docs/sources.md: the per-source `Variable | Source | Notes` tables, computed from the seeds and the reference."""
    from analysis.report.source_notes import markdown as source_markdown

    a = _seed_analysis()
    return source_markdown(a.claims, a.documents, a.reference)


def _seed_analysis():
    """The seeds analysed with the default parameters (cached: several blocks read it)."""
    global _ANALYSIS
    if _ANALYSIS is None:
        from analysis.core.paths import REFERENCE, SEEDS
        from analysis.findings.discrepancies import analyse

        _ANALYSIS = analyse([SEEDS], REFERENCE, 0.1)
    return _ANALYSIS


_ANALYSIS = None


def _count(n: int, noun: str, nouns: str | None = None) -> str:
    return f"{n:,} {noun if n == 1 else nouns or noun + 's'}"


def _names(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _sidecar() -> dict[str, dict[str, str]]:
    from analysis.core.paths import SEEDS

    with open(SEEDS / "sources.csv", newline="", encoding="utf-8") as fh:
        return {Path(r["file"]).stem: r for r in csv.DictReader(fh)}


def _plain(explanation: str, doc_ids) -> str:
    """A finding's sentence without the bracketed doc_ids (the outlet is named before each)."""
    for doc_id in doc_ids:
        explanation = explanation.replace(f" [{doc_id}]", "").replace(f"[{doc_id}]", f"`{doc_id}`")
    return explanation.replace("|", "\\|")


def _subject(entity: str, measure: str) -> str:
    from analysis.findings.evidence import measure_name, name

    n = name(entity) if entity else ""
    n = n[4:] if n.startswith("the ") else n
    return f"{n[:1].upper()}{n[1:]} · {measure_name(measure)}" if n else measure_name(measure)


def story_block() -> str:
    """README: what the seed coverage got wrong, most serious first, and the figures to cite instead."""
    from analysis.findings import citations

    a = _seed_analysis()
    docs, claims, f = a.documents, a.claims, a.findings
    outlet = dict(zip(docs.doc_id, docs.outlet.where(docs.outlet != "", docs.doc_id)))
    groups: dict[str, list[str]] = {}
    for doc_id, root in a.groups.items():
        groups.setdefault(root, []).append(doc_id)
    copies = [f"{_names([outlet[d] for d in sorted(m) if d != root])} reuse{'s' if len(m) == 2 else ''} passages "
              f"of {outlet[root]}" for root, m in sorted(groups.items()) if len(m) > 1]
    flagged = int((claims["flags"] != "").sum())
    counts = f.severity.value_counts()
    severities = ", ".join(f"{counts[s]:,} {s.replace('_', ' ')}" for s in
                           ("high", "medium", "check_reading", "low", "info") if counts.get(s, 0))
    out = [f"The {_count(len(docs), 'article')} in `seeds/` give {_count(len(claims), 'numeric claim')} "
           f"({flagged:,} flagged for a second look). They are {_count(len(groups), 'independent source')}, not "
           f"{len(docs):,}" + (f": {'; '.join(copies)}." if copies else ".")
           + f" Compared with each other and with the reference figures, they give {_count(len(f), 'finding')} "
           f"({severities}).", "", "Findings of high and medium severity, most serious first:", ""]
    serious = f[f.severity.isin(["high", "medium", "check_reading"])]
    for r in serious.itertuples():
        doc_ids = [d for d in r.doc_ids.split(";") if d]
        out.append(f"- **{_subject(r.entity, r.measure)}** ({r.values}; {r.kind.replace('_', ' ')}): "
                   f"{_plain(r.explanation, doc_ids)}")
    if serious.empty:
        out.append("- No finding of high or medium severity.")
    cites = citations.from_analysis(a)
    disputed = cites[cites.caveat.fillna("").str.startswith("Disputed")]
    out += ["", f"**The figure to cite where the coverage disagrees** ({_count(len(disputed), 'entity and measure', 'entities and measures')}; "
            "all figures to cite are in `outputs/citations.csv` and on the report's index page):", "",
            "| Entity · measure | Cite | From | What the coverage said instead |", "|---|---|---|---|"]
    for r in disputed.itertuples():
        source = f"reference row `{r.ref_id}`" if r.ref_id else f"{outlet.get(r.doc_id, r.doc_id)}: “{r.quote}”"
        other = str(r.other_values).replace("_", " ").replace("|", "\\|")
        out.append(f"| {_subject(r.entity, r.measure)} | {r.cite} | {source} | {other} |")
    return "\n".join(out)


def articles_block() -> str:
    """README: each seed article, linked to its page (URL from seeds/sources.csv), its text and its report page."""
    a = _seed_analysis()
    side = _sidecar()
    out = ["| Outlet | Article | Published | Author | Kind | Claims | Text | Claims highlighted |",
           "|---|---|---|---|---|--:|---|---|"]
    for d in a.documents.itertuples():
        s = side.get(d.doc_id, {})
        title = (s.get("title") or d.title or "(no headline)").replace("|", "\\|")
        url = s.get("url") or d.url
        article = f"[{title}]({url})" if url else f"{title} (no URL in `seeds/sources.csv`)"
        out.append(f"| {d.outlet or d.doc_id} | {article} | {d.published or '(undated)'} | "
                   f"{(d.author or '').replace('|', '/') or '(none)'} | {d.kind} | {d.n_claims:,} | "
                   f"[`{d.path}`]({d.path}) | [report page](outputs/report/articles/{d.doc_id}.html) |")
    copies = sorted({u for cell in a.reference.sources for u in str(cell).split() if "caliphate" in u.lower()})
    out += ["", "The report itself: its publisher's page (the Soufan Center) is not recorded in this project "
            "(`reference/` and `docs/` hold no URL for it). The reference rows cite "
            + ("this copy of the report: " + ", ".join(f"<{u}>" for u in copies) if copies else "no copy of it")
            + "; `reference/README.md` says how the reference figures were rebuilt."]
    return "\n".join(out)


def comparability_block() -> str:
    """README: the figures that look comparable but count different things, one line per definition mismatch."""
    from analysis.findings.comparability import RULES

    f = _seed_analysis().findings
    rows = f[f.kind == "definition_mismatch"]
    if rows.empty:
        return "No pair of figures in the seeds counts different things under the same name."
    out = []
    for r in rows.itertuples():
        reason = next((rule.reason for rule in RULES if rule.reason in r.explanation), None)
        doc_ids = [d for d in r.doc_ids.split(";") if d]
        because = reason if reason else _plain(r.explanation, doc_ids)
        left, right = _subject(r.entity, r.measure), _subject(r.other_entity or r.entity, r.other_measure or r.measure)
        what = f"**{left}** is not **{right}**" if left != right else f"**{left}**, counted by different counters"
        out.append(f"- {what} ({r.values}): {because}.")
    return "\n".join(out)


#: Each generated file (relative to the project root): its blocks, by marker name, and what writes them.
BLOCKS = {
    "README.md": {"story": story_block, "articles": articles_block, "comparability": comparability_block},
    "docs/data-dictionary.md": {"dictionary": dictionary_block},
    "docs/gazetteer-and-languages.md": {"gazetteer": gazetteer_block},
    "docs/sources.md": {"sources": sources_block},
}


def block(text: str, name: str) -> str:
    """The text between a block's markers, stripped."""
    start, end = markers(name)
    return text.split(start, 1)[1].split(end, 1)[0].strip()


def _replace_block(text: str, name: str, body: str) -> str:
    start, end = markers(name)
    head, rest = text.split(start, 1)
    _, tail = rest.split(end, 1)
    return f"{head}{start}\n{body}\n{end}{tail}"


def update(root) -> list[str]:
    """Rewrite every generated block of README.md and docs/; the files that changed."""
    from analysis.core.outputs import write_text

    changed = []
    for rel, blocks in BLOCKS.items():
        path = Path(root) / rel
        text = path.read_text(encoding="utf-8")
        new = text
        for name, fn in blocks.items():
            new = _replace_block(new, name, fn())
        if new != text:
            write_text(new, path)
            changed.append(rel)
    return changed


if __name__ == "__main__":
    import argparse

    from analysis.core.paths import ROOT

    argparse.ArgumentParser(prog="python -m analysis.report.dictionary",
                            description="Rewrite the generated blocks of README.md and docs/ (what the coverage "
                                        "got wrong, the articles, the data dictionary, the gazetteer, the "
                                        "per-source tables) from the seeds, the reference and the code.").parse_args()
    changed = update(ROOT)
    print("updated: " + ", ".join(changed) if changed else "README.md and docs/ already up to date")
