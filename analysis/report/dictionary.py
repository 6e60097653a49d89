"""The data dictionary: every column, measure, flag and region, rendered as Markdown.

The README and the notebooks' output folder carry the same text, generated
here from the code's own definitions, so the documentation cannot drift from
what the tables contain (a test checks the README).
"""

from __future__ import annotations

import csv

from analysis.core.codebook import FLAGS, MEASURES
from analysis.core.paths import DATA

CLAIM_COLUMNS = {
    "doc_id": "The article: its file name without extension.",
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
    "doc_id": "File name without extension (folder-prefixed if two files share a name).",
    "path": "Path relative to the project root (for files outside it: as given).",
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
    "sentence": "Its sentence.",
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


README_START = "<!-- dictionary:start -->"
README_END = "<!-- dictionary:end -->"


def readme_block() -> str:
    """The README's data-dictionary section (between the two markers)."""
    return "\n\n".join([columns_markdown(), "### Codebook: measures", codebook_markdown(), "### Flags",
                        flags_markdown(), "### Gazetteer: regions and groups", gazetteer_markdown()])


SOURCES_START = "<!-- sources:start -->"
SOURCES_END = "<!-- sources:end -->"


def sources_block() -> str:
    """The README's per-source `Variable | Source | Notes` tables, computed from the seeds and the reference."""
    from analysis.batch.pipeline import extract_paths
    from analysis.core.paths import REFERENCE, SEEDS
    from analysis.reference.table import load
    from analysis.report.source_notes import markdown as source_markdown

    tables = extract_paths([SEEDS])
    return source_markdown(tables.claims, tables.documents, load(REFERENCE))


def _replace_block(text: str, start: str, end: str, body: str) -> str:
    head, rest = text.split(start, 1)
    _, tail = rest.split(end, 1)
    return f"{head}{start}\n{body}\n{end}{tail}"


def update_readme(path) -> bool:
    """Rewrite the generated blocks between their markers; True if the file changed."""
    from analysis.core.outputs import write_text

    text = path.read_text(encoding="utf-8")
    new = _replace_block(text, README_START, README_END, readme_block())
    new = _replace_block(new, SOURCES_START, SOURCES_END, sources_block())
    if new != text:
        write_text(new, path)
    return new != text


if __name__ == "__main__":
    import argparse

    from analysis.core.paths import ROOT

    argparse.ArgumentParser(prog="python -m analysis.report.dictionary",
                            description="Rewrite the generated blocks of README.md (data dictionary, sources) from "
                                        "the seeds and the codebook.").parse_args()
    print("README.md updated" if update_readme(ROOT / "README.md") else "README.md already up to date")
