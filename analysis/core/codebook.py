"""The codebook: every measure a claim may carry, and the units and flags.

One place defines the vocabulary so that the extractor, the schema, the
data dictionary (docs/data-dictionary.md) and the tests cannot drift apart.
"""

from __future__ import annotations

#: measure key -> (unit it is normally expressed in, definition)
MEASURES: dict[str, tuple[str, str]] = {
    "departed": ("people", "People who travelled to the conflict zone or joined IS (left, went, joined, fighters from X)."),
    "returned": ("people", "People who came back to their country of origin (returned, back, came home)."),
    "return_share": ("percent", "Returned as a percent of those who departed, as the article states it."),
    "killed": ("people", "People reported dead or killed in the conflict zone."),
    "killed_share": ("percent", "Killed as a percent of those who departed."),
    "women_children": ("people", "Women and children who travelled to, or were born in, IS territory."),
    "women_returned": ("people", "Women among the returnees."),
    "children_returned": ("people", "Children among the returnees."),
    "women_departed": ("people", "Women among those who travelled (stated apart from children)."),
    "children_departed": ("people", "Children among those who travelled or were born there (stated apart from women)."),
    "traveled_or_attempted": ("people", "People who travelled or attempted to travel (e.g. the FBI's count, any armed group)."),
    "attempted": ("people", "People who attempted to travel but did not reach the conflict zone."),
    "charged": ("people", "People charged with terrorism offences."),
    "convicted": ("people", "People convicted of terrorism offences."),
    "countries_of_origin": ("countries", "Number of countries the fighters came from."),
    "countries_of_return": ("countries", "Number of countries that have returnees."),
    "names_collected": ("people", "Names of members collected by an agency (e.g. INTERPOL's list)."),
    "unclassified": ("", "A number the extractor found near the topic but could not interpret. Kept and flagged, never dropped."),
}

UNITS = ("people", "percent", "countries")

ENTITY_TYPES = ("country", "region", "group", "world", "unresolved")

#: flag -> meaning. Flags are joined with ";" in the `flags` column, sorted.
#: How far a headline's figure may be from its own body's and still restate it ("5,700 have returned" over
#: "at least 5,600"): the extractor gives it the body's place, the findings call the gap a slip.
HEADLINE_GAP = 0.10

FLAGS: dict[str, str] = {
    "headline": "The claim is in the headline (first line) of the article.",
    "normalised_text": ("The quote holds characters read other than as written (zero-width or bidirectional "
                        "controls, HTML entities, look-alike letters of another script): check the source."),
    "ambiguous": "The measure rests on a weak cue; read the sentence before citing it.",
    "zero_from_none": "The value 0 comes from a word such as 'none'; it may be missing data read as zero.",
    "unresolved_entity": "A place or group name that is not in the gazetteer; entity is empty.",
    "no_entity": "No entity could be linked to the number.",
    "unclassified": "The measure could not be determined.",
    "entity_inherited": "The entity was taken from the previous sentence of the same paragraph.",
    "region_of_listed": "The figure is for a list of countries that names every member of a region: read as the "
                        "region's.",
    "entity_from_same_figure": "No place near the number: the same value and measure elsewhere in the article "
                               "(the body under a headline) lends its place.",
    "world_by_magnitude": "No place named, but the count is larger than any country's (over 10,000): read as a "
                          "global total.",
    "measure_from_earlier": "'the N ...' repeats a figure given earlier in the article; its measure is reused.",
    "measure_from_context": "No cue in the sentence: the measure of the previous sentence's figures carries over.",
    "measure_assumed": "No cue in the sentence or the one before: the count is read as departures.",
    "duplicate_document": "The article's bytes are identical to an earlier one (see documents.duplicate_of).",
    "range": "The article gives a range ('20 to 30 percent'); value is its midpoint.",
    "check_unit": "Failed plausibility: a count of countries over 250, or one given for a country or region (its "
                  "size, not the fighters' origins); kept as unclassified.",
    "check_magnitude": "Failed plausibility: more people than any country (20,000) or the world total (100,000) "
                       "could have sent; kept as unclassified.",
    "check_population": "Failed plausibility: the number's clause is about a population; kept as unclassified.",
    "check_rate": "Failed plausibility: a rate per inhabitants, not a count; kept as unclassified.",
    "check_detained": "Failed plausibility: people detained, arrested, deported or watch-listed (no codebook "
                      "measure); kept as unclassified.",
    "check_attack": "Failed plausibility: victims or perpetrators of an attack, not foreign fighters; kept as "
                    "unclassified.",
    "check_money": "Failed plausibility: an amount of money; kept as unclassified.",
    "check_sentence": "Failed plausibility: a prison sentence; kept as unclassified.",
    "check_superseded": "Failed plausibility: a figure the article says was earlier or corrected; kept as "
                        "unclassified.",
    "check_war_dead": "Failed plausibility: the dead of the war as a whole; kept as unclassified.",
    "check_column": "A table cell under a header that names no codebook measure ('Pop. (m)', 'Rank'), in a table "
                    "whose other columns do; kept as unclassified.",
    "check_territory": "Failed plausibility: a share of land or territory, not of fighters; kept as unclassified.",
    "check_still_fighting": "Failed plausibility: people still fighting or still in the conflict zone (no codebook "
                            "measure); kept as unclassified.",
    "check_poll": "Failed plausibility: a poll or vote result; kept as unclassified.",
    "check_scale": "Failed plausibility: a level on a scale (a threat level, a four-point scale); kept as "
                   "unclassified.",
    "check_killed_context": "Failed plausibility: 'killed' with nothing in the clause about fighters (attack victims); "
                            "kept as unclassified.",
    "corrected": "A reviewer corrected the reading (corrections file); the extractor's reading is in the "
                 "original_* columns and the reason in correction_note.",
    "rejected": "A reviewer rejected the reading (corrections file): not a claim, kept as unclassified; the "
                "extractor's reading is in the original_* columns.",
}


#: confidence -> what it means. Every claim gets one, from the evidence that linked it (`extract.document`).
CONFIDENCE: dict[str, str] = {
    "high": "A strong cue for the measure in the number's own clause (or a table header above it), and the place "
            "named in that clause or a global frame: cite after reading the quote.",
    "medium": "One link is indirect: the measure or place comes from another clause of the sentence, the previous "
              "sentence, or an earlier mention of the same figure; only a weak cue ('fighters') names the measure.",
    "low": "A guess or a failed check: the measure was assumed, the place was not found, the reading is ambiguous or "
           "implausible. Check the reading before using it; findings from it are listed apart.",
}


def measure_unit(measure: str) -> str:
    """Default unit of a measure ('' for unclassified)."""
    return MEASURES[measure][0]
