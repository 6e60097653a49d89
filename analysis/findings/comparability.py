"""Which figures look comparable but count different things: a small table of rules.

A definition mismatch is not found by comparing numbers: it is a fact about
what each number counts. So the rules are data, kept in one table that a
reader can check, and `analysis.findings.discrepancies` applies them to whatever
claims it is given. Each rule names two sides (entity, measure and, where the
counter matters, who counts) and the relation the definitions imply:

- ">=": the left side counts a superset of the right side, so left >= right
  is expected; only left < right would be a contradiction.
- "": the definitions imply no order; the pair is shown side by side with
  the reason, never called a contradiction.

`entity` "*" means "the same entity on both sides". `counters` restricts a
side to figures credited to those counters (see COUNTERS); "*" means any.
`differ_only` rules fire only when the two sides' values differ.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

#: Who produced a figure, from the claim's `attribution` (unknown attributions map to themselves).
#: The reference table is the report's figures as coverage quotes them.
COUNTERS: dict[str, str] = {
    "Soufan Center report": "the report",
    "reference": "the report",
    "FBI": "U.S. government",
    "NCTC": "U.S. government",
    "U.S. government": "U.S. government",
    "American officials": "U.S. government",
    "EU counterterrorism coordinator": "EU",
    "INTERPOL": "INTERPOL",
}


def counter(attribution: str) -> str:
    """The counter behind an attribution; '' when the article credits nobody."""
    return COUNTERS.get(attribution, attribution)


@dataclass(frozen=True)
class Rule:
    name: str
    left_entity: str
    right_entity: str
    #: (left measure, right measure) pairs the rule compares.
    measures: tuple[tuple[str, str], ...]
    relation: str  # ">=" or ""
    reason: str
    left_counters: tuple[str, ...] = ("*",)
    right_counters: tuple[str, ...] = ("*",)
    differ_only: bool = False


RULES: tuple[Rule, ...] = (
    Rule("travelled_or_attempted_vs_departed", "*", "*", (("traveled_or_attempted", "departed"),), ">=",
         "'travelled or attempted to travel' also counts people stopped before they arrived and people who "
         "joined other armed groups (the FBI names the YPG, the Peshmerga and the Free Syrian Army), while "
         "'departed' counts those who reached IS"),
    Rule("travelled_or_attempted_vs_attempted", "*", "*", (("traveled_or_attempted", "attempted"),), ">=",
         "'travelled or attempted to travel' counts everyone who tried, whether or not they arrived, so it "
         "is at least the number who only attempted"),
    Rule("attempted_vs_departed", "*", "*", (("attempted", "departed"),), "",
         "'attempted to travel' counts people who tried to leave, most of whom never arrived, while 'departed' "
         "counts those who reached the conflict zone: the report's more than 250 Americans attempted and 129 "
         "reached it"),
    Rule("europeans_vs_eu", "EUROPE", "EU", (("departed", "departed"), ("returned", "returned")), ">=",
         "'Europeans' covers the whole continent, including non-EU states such as the Western Balkans, "
         "Norway and Switzerland, while EU figures (Radicalisation Awareness Network estimates quoted in the "
         "report) count residents of the 28 member states"),
    Rule("world_totals_by_counter", "WORLD", "WORLD",
         (("countries_of_origin", "countries_of_origin"), ("departed", "departed"), ("returned", "returned")), "",
         "each counter keeps its own list: the report counts the countries and nationals that joined IS, "
         "while officials' estimates cover all foreign fighters in Syria and Iraq from their own sources",
         left_counters=("the report",), right_counters=("U.S. government", "EU"), differ_only=True),
)


def rules_table() -> pd.DataFrame:
    """RULES as a table a reader can check: which two sides each compares, the order expected, and why."""
    return pd.DataFrame([{"rule": r.name, "left": f"{r.left_entity} " + "/".join(m for m, _ in r.measures),
                          "right": f"{r.right_entity} " + "/".join(m for _, m in r.measures),
                          "expected": {">=": "left >= right", "": "no order"}[r.relation], "reason": r.reason}
                         for r in RULES])


@dataclass(frozen=True)
class OtherFigure:
    """A figure coverage attributes to someone other than the report: citing it as the report's is an error."""

    entity: str
    measure: str
    value: float
    qualifier: str
    counter: str
    what: str


#: Figures of other agencies that the 2017 coverage mixes with the report's (coverage_notes.md, reference notes).
#: Articles' own claims credited to another counter are used too (`other_report.agency_figures`).
OTHER_FIGURES: tuple[OtherFigure, ...] = (
    OtherFigure("USA", "traveled_or_attempted", 300, "about", "FBI",
                "the FBI's count of Americans who travelled or attempted to travel, to any armed group"),
    OtherFigure("FORMER_SOVIET_UNION", "departed", 9000, "about", "Vladimir Putin",
                "President Putin's estimate for the former Soviet Union"),
    OtherFigure("RUS", "departed", 4000, "about", "Vladimir Putin",
                "President Putin's estimate for Russia alone (4,000 of his 9,000; coverage notes: cultureru, "
                "ANNA News)"),
    OtherFigure("TUN", "departed", 6000, "about", "Tunisian government",
                "the Tunisian government's earlier estimate, since revised down to fewer than 3,000"),
)


def other_figures_table() -> pd.DataFrame:
    """OTHER_FIGURES as a table a reader can check."""
    return pd.DataFrame([vars(f) for f in OTHER_FIGURES])
