"""Statements, readings, and how a finding cites them: the shared vocabulary of the discrepancy checks.

A *statement* is one figure from one source: an article claim (with its
claim_id, hence its character span) or a reference row (with its ref_id).
A *reading* is a distinct figure (entity, measure, value and hedge interval)
with every statement that gives it, so three articles repeating "3,417" make
one reading with three sources. `Context` carries the readings, the document
labels and the copy groups every check needs; `finding` turns the statements
behind a finding into its provenance columns. The text helpers write figures
the way a reader says them ("about 30 %", "25 % (a quarter)") so that every
explanation is generated, never typed.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

import pandas as pd

from analysis.core.intervals import overlap
from analysis.extract import gazetteer

REFERENCE = "reference"
COLUMNS = ["kind", "severity", "confidence", "entity", "measure", "other_entity", "other_measure", "values", "verdict",
           "doc_ids", "claim_ids", "ref_ids", "attributions", "score", "explanation"]
#: Tolerance when comparing interval ends computed in floating point.
EPS = 1e-9
#: Measures read aloud in explanations (others: the key with spaces).
MEASURE_NAMES = {"return_share": "return share", "women_children": "women and children",
                 "traveled_or_attempted": "travelled or attempted to travel",
                 "countries_of_origin": "countries of origin", "countries_of_return": "countries with returnees",
                 "killed_share": "share killed"}
#: Names as the 2017 coverage writes them, where the gazetteer's (pycountry's) differ.
DISPLAY_NAMES = {"WORLD": "the world", "RUS": "Russia", "TUR": "Turkey"}
_THE = ("United ", "European ", "Middle ", "Former ", "Western Balkans", "Maghreb", "Netherlands")


@dataclass
class Statement:
    source: str          # doc_id, or REFERENCE
    entity: str
    measure: str
    unit: str
    value: float
    low: float
    high: float
    qualifier: str = ""
    number_text: str = ""
    attribution: str = ""
    claim_ids: tuple[str, ...] = ()
    ref_ids: tuple[str, ...] = ()
    flags: str = ""
    note: str = ""
    sentence: str = ""
    derivation: str = ""  # derived statements only: how the value was computed
    confidence: str = "high"  # the claim's reading confidence; reference rows count as high
    language: str = ""

    def text(self) -> str:
        return fmt(self.value, self.qualifier, self.unit, self.number_text)


@dataclass
class Reading:
    """A distinct figure and every statement that gives it."""

    entity: str
    measure: str
    unit: str
    value: float
    low: float
    high: float
    statements: list[Statement] = field(default_factory=list)

    @property
    def sources(self) -> list[str]:
        return sorted({s.source for s in self.statements}, key=source_order)

    @property
    def has_reference(self) -> bool:
        return any(s.source == REFERENCE for s in self.statements)

    def overlaps(self, other) -> bool:
        return overlaps(self, other)

    def text(self) -> str:
        """Every way the sources word this figure, once per hedge: 'closer to 50 % (half) / about 50 %'."""
        by_hedge: dict[str, str] = {}
        for s in sorted(self.statements, key=lambda s: source_order(s.source)):
            t = fmt(s.value, s.qualifier.lower(), s.unit, s.number_text.lower())
            if s.qualifier.lower() not in by_hedge or "(" in t and "(" not in by_hedge[s.qualifier.lower()]:
                by_hedge[s.qualifier.lower()] = t
        return " / ".join(by_hedge.values())


def overlaps(a, b) -> bool:
    """Whether two figures' hedge intervals (.low, .high) meet: 'at least 5,600' and '5,600' do."""
    return overlap(a.low, a.high, b.low, b.high, EPS)


def statements(claims: pd.DataFrame, reference: pd.DataFrame) -> list[Statement]:
    """Every usable figure from the articles and the reference, one Statement each.

    Unclassified numbers and claims without an entity are left out: they
    cannot be compared with anything.
    """
    out = []
    usable = claims[(claims.measure != "unclassified") & (claims.entity != "")]
    for c in usable.itertuples():
        out.append(Statement(c.doc_id, c.entity, c.measure, c.unit, float(c.value), float(c.value_low),
                             float(c.value_high), c.qualifier, c.number_text, c.attribution, (c.claim_id,),
                             flags=c.flags, sentence=c.sentence,
                             confidence=getattr(c, "confidence", "") or "high",
                             language=getattr(c, "language", "") or ""))
    for r in reference.itertuples():
        out.append(Statement(REFERENCE, r.entity, r.measure, r.unit, float(r.value), float(r.value_low),
                             float(r.value_high), r.qualifier, "", REFERENCE, ref_ids=(r.ref_id,), note=r.note))
    return out


def readings(stmts: list[Statement]) -> dict[tuple[str, str, str], list[Reading]]:
    """(entity, measure, unit) -> its distinct readings, sorted by value."""
    by_key: dict[tuple, Reading] = {}
    for s in stmts:
        k = (s.entity, s.measure, s.unit, s.value, s.low, s.high)
        by_key.setdefault(k, Reading(*k)).statements.append(s)
    out: dict[tuple[str, str, str], list[Reading]] = defaultdict(list)
    for r in by_key.values():
        out[(r.entity, r.measure, r.unit)].append(r)
    return {k: sorted(v, key=lambda r: (r.value, r.low, r.high)) for k, v in sorted(out.items())}


@dataclass
class Context:
    """What every check needs: the statements and readings, document labels, and who copies whom."""

    stmts: list[Statement]
    by_key: dict[tuple[str, str, str], list[Reading]]
    labels: dict[str, str]
    groups: dict[str, str]

    @classmethod
    def build(cls, claims, documents, reference, groups=None) -> Context:
        stmts = statements(claims, reference)
        labels = {d: f"{o} [{d}]" if o else d for d, o in zip(documents.doc_id, documents.outlet)}
        return cls(stmts, readings(stmts), labels, groups or {})

    def group(self, source: str) -> str:
        return REFERENCE if source == REFERENCE else self.groups.get(source, source)

    def support(self, sources) -> int:
        """Independent sources among `sources`: copies collapse into one, the reference counts as one."""
        return len({self.group(s) for s in sources})

    def label(self, source: str) -> str:
        return "the reference" if source == REFERENCE else self.labels.get(source, source)

    def per_source(self) -> list[tuple[str, str, dict[str, list[Statement]]]]:
        """(source, entity, measure -> statements), articles first, in a fixed order."""
        out: dict[tuple[str, str], dict[str, list[Statement]]] = defaultdict(lambda: defaultdict(list))
        for s in self.stmts:
            out[(s.source, s.entity)][s.measure].append(s)
        return [(src, ent, out[(src, ent)]) for src, ent in sorted(out, key=lambda k: (source_order(k[0]), k[1]))]

    def who(self, stmts) -> str:
        """Sources with what each credits: 'Fox News [000] and d02 (crediting the Soufan Center report)'."""
        parts = []
        for source in sorted({s.source for s in stmts}, key=source_order):
            credited = sorted({s.attribution for s in stmts if s.source == source and s.attribution} - {REFERENCE})
            parts.append(self.label(source) + (f" (crediting {' and '.join(map(the, credited))})" if credited else ""))
        return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def finding(kind, severity, entity, measure, values, verdict, parts, explanation, other_entity="",
            other_measure="", score=None, confidence=None) -> dict:
    """A findings row; provenance (doc_ids, claim_ids, ref_ids, attributions) collected from `parts`.

    `confidence` is the weakest reading the finding rests on; by default the
    weakest of all its statements (right for checks within one source, where
    every count matters). The severity is capped by it (`severity.capped`).
    """
    from analysis.findings.severity import capped, rank, CONFIDENCE_ORDER

    stmts = [s for p in parts for s in (p.statements if hasattr(p, "statements") else [p])]
    if confidence is None:
        confidence = CONFIDENCE_ORDER[max((rank(s.confidence) for s in stmts), default=0)]
    severity = capped(severity, confidence, kind)
    docs = sorted({s.source for s in stmts if s.source != REFERENCE})
    attributions = sorted({f"{s.source}: {s.attribution or 'unattributed'}" for s in stmts if s.source != REFERENCE})
    if any(s.source == REFERENCE for s in stmts):
        attributions.append("reference: figures attributed to the report in contemporary coverage")
    return {"kind": kind, "severity": severity, "confidence": confidence, "entity": entity, "measure": measure,
            "other_entity": other_entity, "other_measure": other_measure, "values": values, "verdict": verdict,
            "doc_ids": ";".join(docs), "claim_ids": ";".join(sorted({c for s in stmts for c in s.claim_ids})),
            "ref_ids": ";".join(sorted({r for s in stmts for r in s.ref_ids})),
            "attributions": "; ".join(attributions), "score": score,
            "explanation": explanation[:1].upper() + explanation[1:]}


def source_order(source: str) -> tuple[int, str]:
    """Articles by doc_id, the reference last."""
    return (1, "") if source == REFERENCE else (0, source)


# --------------------------------------------------------------------------- words

def fmt(value: float, qualifier: str = "", unit: str = "people", number_text: str = "") -> str:
    """A figure as a reader would say it: 'about 30 %', '25 % (a quarter)', 'at least 5,600', '0 (none)'."""
    num = num_text(value) + (" %" if unit == "percent" else "")
    words = number_text if any(ch.isalpha() for ch in number_text) and (unit == "percent" or value == 0) else ""
    return " ".join(filter(None, (qualifier, num))) + (f" ({words})" if words else "")


def num_text(v: float) -> str:
    """1,250 / 33.3 / 'unbounded'."""
    if not math.isfinite(v):
        return "unbounded"
    return f"{v:,.0f}" if abs(v - round(v)) < 1e-6 else f"{v:.3g}" if v < 100 else f"{v:,.1f}"


def measure_name(measure: str) -> str:
    return MEASURE_NAMES.get(measure, measure.replace("_", " "))


def name(entity: str) -> str:
    """'Russia', 'the United Kingdom', 'Central Asia', 'the world'."""
    if entity in DISPLAY_NAMES:
        return DISPLAY_NAMES[entity]
    e = gazetteer.load().entity(entity)
    n = e.name if e else entity
    return f"the {n}" if n.startswith(_THE) else n


def title_name(entity: str) -> str:
    """'World', 'United Kingdom', 'Central Asia': the name without its article, capitalised (labels, columns)."""
    n = name(entity).removeprefix("the ")
    return n[:1].upper() + n[1:]


def possessive(entity: str) -> str:
    return f"{name(entity)}'s"


def the(attribution: str) -> str:
    """'the FBI', 'the Soufan Center report', but 'American officials' and 'INTERPOL' as they are."""
    first = attribution.split()[0]
    bare = first[0].islower() or first.endswith("s") or first in ("American", "INTERPOL", "Interpol")
    return attribution if bare else f"the {attribution}"


def credit(s: Statement) -> str:
    return f" (crediting {the(s.attribution)})" if s.attribution and s.source != REFERENCE else ""


def notes(stmts) -> str:
    found = sorted({s.note for s in stmts if s.note})
    return f" (reference note: {'; '.join(found)})" if found else ""


def plural(n: int, noun: str, nouns: str | None = None) -> str:
    """'1 claim', '3 claims', '2 entities' (give the plural when adding an s is wrong)."""
    return f"{n} {noun if n == 1 else nouns or noun + 's'}"


def verb(stmts, singular: str, plural_form: str) -> str:
    return singular if len({s.source for s in stmts}) == 1 else plural_form
