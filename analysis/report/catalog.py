"""What each output table is: its title, what one row means, its columns, keys and links.

The hand-off files (the workbook's README sheet, datapackage.json) describe
every table a run writes. The claims, documents and skipped-numbers columns
come from the data dictionary (`analysis.report.dictionary`), so the two
cannot drift; the later tables' columns are described here, next to their
keys, because no other module states what a row of them means. A test checks
that every column of every CSV in outputs/ has a description.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from analysis.report import dictionary

#: Columns the data dictionary does not (yet) describe, for its three tables.
_CLAIM_EXTRA = {
    "confidence": "How sure the reading is: high, medium or low (see the codebook's confidence levels); "
                  "findings resting on a low-confidence claim are listed apart.",
    "language": "Language of the article the claim comes from (ISO 639-1 code).",
}
_DOCUMENT_EXTRA = {
    "language": "Language of the article (ISO 639-1 code).",
    "language_source": "detected (from the text) or sidecar (given in sources.csv); empty if unknown.",
}

_IDS = "`;`-separated"
_CLAIM_IDS = f"{_IDS} claim_ids (see the claims table) the row rests on; empty if none."
_REF_IDS = f"{_IDS} reference rows (`file:line` of the reference CSVs) the row rests on; empty if none."
_INTERVAL = ("Lower end of the interval the hedges allow.", "Upper end of that interval; `inf` when open-ended.")


@dataclass(frozen=True)
class Table:
    """One output table: how to name it, what a row is, its columns, primary key and foreign keys."""

    title: str
    row: str
    columns: dict[str, str]
    primary_key: tuple[str, ...] = ()
    #: column -> (table, column) it refers to.
    foreign_keys: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: column -> Table Schema type, where the cells cannot tell (a column that is often empty).
    types: dict[str, str] = field(default_factory=dict)


TABLES: dict[str, Table] = {
    "documents": Table(
        "Documents", "One row per article read: identity of the file, title, date, outlet and counts.",
        {**dictionary.DOCUMENT_COLUMNS, **_DOCUMENT_EXTRA}, ("doc_id",)),
    "claims": Table(
        "Claims", "One row per numeric claim, tied to the exact characters it came from (text[start:end] == quote).",
        {**dictionary.CLAIM_COLUMNS, **_CLAIM_EXTRA}, ("claim_id",), {"doc_id": ("documents", "doc_id")}),
    "skipped_numbers": Table(
        "Skipped numbers", "One row per number found in an article that is not a claim (a year, an age...), "
        "kept so that nothing is silently dropped.",
        dictionary.SKIPPED_COLUMNS, ("doc_id", "start"), {"doc_id": ("documents", "doc_id")}),
    "corrections_report": Table(
        "Corrections report", "One row per line of the reviewers' corrections file, with whether it was applied.", {
            "line": "Line of the corrections file (header = line 1).",
            "claim_id": "The claim the line corrects.",
            "status": "applied, stale_quote (the claim's quote changed since the line was written) or unknown_claim.",
            "change": "What the line changes (entity, measure, value, or reject).",
            "note": "The reviewer's reason.",
            "expected_quote": "The quote the reviewer saw.",
            "current_quote": "The claim's quote in this run; empty if the claim no longer exists.",
        }, ("line",), types={"line": "integer"}),
    "return_rates": Table(
        "Return rates", "One row per return rate: a share an article states, one computed from an article's own "
        "returned and departed counts, or the same from the reference.", {
            "entity": "Country, region or WORLD (as in the claims table).",
            "kind": "stated, computed (returned / departed from the same article), reference stated or "
                    "reference computed.",
            "doc_id": "The article; empty for reference rates.",
            "claim_ids": _CLAIM_IDS,
            "ref_ids": _REF_IDS,
            "rate": "Return rate in percent (returned as a share of departed).",
            "rate_low": _INTERVAL[0], "rate_high": _INTERVAL[1],
            "returned": "Returned count used (computed rates); empty for stated shares.",
            "departed": "Departed count used (computed rates); empty for stated shares.",
            "basis": "The figures as the source words them ('just 500 of around 5,000', 'a quarter').",
            "attribution": "Who the source credits for the figure; `reference` for reference rows.",
            "flags": "`;`-separated flags of the claims behind the rate.",
        }),
    "return_rate_estimates": Table(
        "Return-rate estimates", "One row per entity: the best estimate from the articles (copies counted once), "
        "beside the reference's rate.", {
            "entity": "Country, region or WORLD.",
            "region": "The region the country is grouped under in the chart; empty for regions.",
            "rate": "Best estimate of the return rate in percent, from the articles only.",
            "rate_low": _INTERVAL[0], "rate_high": _INTERVAL[1],
            "status": "How the estimate was reached: single source, N independent sources agree, conflict, "
                      "or why it was not estimated.",
            "n_rates": "Rates (stated or computed) behind the estimate.",
            "n_documents": "Articles behind the estimate.",
            "n_independent": "Independent sources once copies are collapsed.",
            "doc_ids": f"{_IDS} articles behind the estimate.",
            "claim_ids": _CLAIM_IDS,
            "flags": "`;`-separated flags of the claims behind it.",
            "ref_rate": "The reference's return rate in percent; empty if none.",
            "ref_low": "Lower end of the reference rate's interval.",
            "ref_high": "Upper end of the reference rate's interval.",
            "ref_ids": _REF_IDS,
            "ref_basis": "The reference's figures in words ('about 30 %', '271 of 1,910').",
            "overlaps_reference": "True if the estimate's interval meets the reference's; empty if no reference.",
        }, ("entity",)),
    "region_sums": Table(
        "Region sums", "One row per source, region and measure: the sum of the member countries' figures.", {
            "source": "articles, reference, or reference_same_countries (the reference summed over the members "
                      "the articles give, for a like-with-like comparison; n_with_value and missing then count "
                      "those members only).",
            "region": "Region key (gazetteer or UN M49 sub-region).",
            "label": "Region name.",
            "measure": "departed or returned.",
            "value": "Sum of the members' figures.",
            "value_low": _INTERVAL[0], "value_high": _INTERVAL[1],
            "complete": "True if every member country has a figure (else the sum is a lower bound).",
            "n_members": "Member countries of the region.",
            "n_with_value": "Members with a figure.",
            "with_value": f"{_IDS} ISO codes of members with a figure.",
            "missing": f"{_IDS} ISO codes of members without one (unknown, not zero).",
            "ids": f"{_IDS} claim_ids or ref_ids summed.",
            "scheme": "Region scheme: report (the report's groupings, which overlap) or un_m49.",
        }, ("source", "region", "measure")),
    "region_rates": Table(
        "Region rates", "One row per source and region: returned / departed over the member countries that "
        "have both figures.", {
            "source": "articles, reference, or reference_same_countries (the reference's rate over the countries "
                      "the articles' rate uses, where it has both figures).",
            "region": "Region key.",
            "label": "Region name.",
            "rate": "Return rate in percent.",
            "rate_low": _INTERVAL[0], "rate_high": _INTERVAL[1],
            "returned": "Returned, summed over the countries used.",
            "departed": "Departed, summed over the countries used.",
            "n_countries": "Countries used.",
            "countries": f"{_IDS} ISO codes of the countries used.",
            "ids": f"{_IDS} claim_ids or ref_ids used.",
            "scheme": "Region scheme: report or un_m49.",
        }, ("source", "region")),
    "region_comparison": Table(
        "Region comparison", "One row per stated regional figure (per source), beside the sum of its member "
        "countries in the reference and in the articles.", {
            "region": "Region key.",
            "measure": "What the figure counts (codebook).",
            "source": "doc_id of the article, or `reference`.",
            "ids": "The claim_id or ref_id of the stated figure.",
            "stated": "The figure stated for the region.",
            "stated_low": "Lower end of its interval.", "stated_high": "Upper end; `inf` when open-ended.",
            "basis": "The figure as worded.",
            "attribution": "Who the source credits for it.",
            "flags": "`;`-separated flags of the claim.",
            "n_members": "Member countries of the region (gazetteer).",
            **{f"{p}_{k}": f"{who}: {text}" for p, who in (("ref", "Reference"), ("art", "Articles"))
               for k, text in (("value", "sum of the members' figures."),
                               ("low", "lower end of that sum."), ("high", "upper end (`inf` if open)."),
                               ("covered", "members with a figure."),
                               ("countries", "`;`-separated ISO codes of members with a figure."),
                               ("missing", "`;`-separated ISO codes of members without one."),
                               ("ids", "`;`-separated ids summed."))},
            "gap": "Stated figure minus the reference members' sum.",
            "gap_pct": "The gap in percent of the reference members' sum.",
            "consistent": "True if the stated interval can meet the members' interval; empty if not checkable.",
            "verdict": "One line: how the stated figure compares with its members.",
        }, ("region", "measure", "source", "ids")),
    "discrepancies": Table(
        "Findings (discrepancies)", "One row per disagreement or check between sources, with the claims and "
        "reference rows it rests on and a one-sentence explanation, most severe first.", {
            "kind": "What was found: likely_typo, scale_error, entity_swap, measure_swap, derived_attributed, "
                    "other_report, value_conflict, returned_exceeds_departed, arithmetic, definition_mismatch, "
                    "zero_from_missing, corroboration.",
            "severity": "high, medium, low, info or check_reading (rests on a low-confidence reading).",
            "confidence": "Confidence of the weakest claim the finding rests on.",
            "entity": "The entity the finding is about.",
            "measure": "The measure it is about.",
            "other_entity": "For a swap: the entity the figure belongs to; else empty.",
            "other_measure": "For a swap: the measure the figure belongs to; else empty.",
            "values": "The figures compared, as worded ('25 % (a quarter) vs about 30 %').",
            "verdict": "Short reading of the finding ('conflict', 'probable measure swap'...).",
            "doc_ids": f"{_IDS} articles involved.",
            "claim_ids": _CLAIM_IDS,
            "ref_ids": _REF_IDS,
            "attributions": "Who each source credits for its figure.",
            "score": "Strength of a corroboration or similarity, where the kind has one; else empty.",
            "explanation": "One sentence, generated from the tables, explaining the finding.",
        }, types={"score": "number"}),
    "discrepancies_copy_pairs": Table(
        "Copy pairs", "One row per pair of articles that share text: how much, and which follows which.", {
            "doc_a": "First article of the pair.",
            "doc_b": "Second article.",
            "relation": "copy (long shared passages), follows (some), or common_phrase (stock phrases only).",
            "direction": "b follows a, a follows b (by publication date), unknown, or none.",
            "published_a": "Publication date of doc_a; empty if unknown.",
            "published_b": "Publication date of doc_b; empty if unknown.",
            "n_passages": "Shared passages found.",
            "n_substantial": "Passages long enough to count as reuse.",
            "shared_chars_a": "Characters of doc_a inside shared passages.",
            "shared_chars_b": "Characters of doc_b inside shared passages.",
            "coverage_a": "Share of doc_a covered (0 to 1).",
            "coverage_b": "Share of doc_b covered (0 to 1).",
            "explanation": "One sentence describing the pair.",
        }, ("doc_a", "doc_b"), {"doc_a": ("documents", "doc_id"), "doc_b": ("documents", "doc_id")}),
    "discrepancies_shared_passages": Table(
        "Shared passages", "One row per passage two articles share, with its span in each.", {
            "doc_a": "First article.", "start_a": "Offset of the passage in doc_a.",
            "end_a": "Offset just past it in doc_a.",
            "doc_b": "Second article.", "start_b": "Offset of the passage in doc_b.",
            "end_b": "Offset just past it in doc_b.",
            "score": "Similarity of the two passages (0 to 100, rapidfuzz).",
            "n_sentences": "Sentences in the passage.",
            "text_a": "The passage as doc_a has it.", "text_b": "The passage as doc_b has it.",
        }, ("doc_a", "start_a", "doc_b", "start_b"),
        {"doc_a": ("documents", "doc_id"), "doc_b": ("documents", "doc_id")}),
    "citations": Table(
        "Figures to cite", "One row per entity and measure any source gives: the figure to cite, the rule that "
        "chose it, its provenance, and the other values seen.", {
            "entity": "Country, region or WORLD.",
            "measure": "What the figure counts (codebook).",
            "unit": "people, percent or countries.",
            "cite": "The figure to cite, worded ('at least 5,600'); empty when nothing can be cited.",
            "value": "Its number.",
            "value_low": _INTERVAL[0], "value_high": _INTERVAL[1],
            "rule": "The branch of the citation rule that chose it (reference row, most independent sources...).",
            "source": "reference or article; empty when nothing is cited.",
            "ref_id": "Reference row cited (`file:line`); empty if an article is cited.",
            "doc_id": "Article cited; empty if the reference is cited.",
            "claim_id": "Claim cited; empty if the reference is cited.",
            "quote": "The cited claim's quote.",
            "start": "Offset of the quote in the article.",
            "end": "Offset just past it.",
            "n_articles": "Articles giving this figure.",
            "n_independent_sources": "Independent sources giving it, copies collapsed.",
            "languages": f"{_IDS} languages of those articles.",
            "other_values": "Other values seen, each with the finding that explains it and how many articles.",
            "n_other_articles": "Articles giving another value.",
            "confidence": "high, medium or low.",
            "caveat": "A sentence to cite with the figure, where it is disputed or the reference has a note.",
        }, ("entity", "measure")),
}

#: The wide CSVs (outputs/wide/<measure>.csv): their fixed columns; each source adds a value and a qualifier column.
WIDE_COLUMNS = {
    "entity": "Country (ISO 3166-1 alpha-3), region key or WORLD: one row each.",
    "name": "The entity's name.",
}
WIDE_SOURCE = "{source}: the figure as the source states it (the number, without its hedge); empty if it gives none."
WIDE_QUALIFIER = "{source}: the hedge written before that figure ('at least', 'about'...); empty if none."
WIDE_SOURCES = Table(
    "Wide-table sources", "One row per column pair of the wide CSVs: which document (or the reference) it is.", {
        "column": "Column name in the wide CSVs.",
        "doc_id": "The article (see the documents table); empty for the reference.",
        "outlet": "Its outlet, from the sidecar.",
        "title": "Its title.",
        "published": "Its publication date.",
        "kind": "news or blog.",
        "url": "Its URL.",
    }, ("column",))


def describe(table: str, column: str) -> str:
    """The description of one column of one table; empty if none is known."""
    spec = TABLES.get(table)
    return spec.columns.get(column, "") if spec else ""
