"""Reviewer corrections: one line in a CSV fixes one misread claim, everywhere downstream.

A corrections file has the columns

    claim_id, quote, entity, measure, value, reject, note

`claim_id` and `quote` say which claim and which text the reviewer read: a
correction applies only if the claim still exists and its quote is still the
one the reviewer saw (whitespace runs aside), so it can never land on a claim
whose text or reading has changed. `entity`, `measure` and `value` are the
reviewer's reading (empty = keep the extractor's); `reject` = yes marks a
number that is not a claim at all. `note` says why, in the reviewer's words.

`apply` returns the claims table with every applied correction marked
(`corrected` = corrected / rejected, `correction_note`) and the extractor's
reading kept in `original_entity`, `original_measure`, `original_value`; a
rejected claim stays in the table as `unclassified` with the flag `rejected`
(numbers are never dropped). It also returns a report with one row per line of
the file: applied, stale_quote or unknown_claim.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis.core.codebook import MEASURES, measure_unit
from analysis.core.errors import InputError
from analysis.core.intervals import DEFAULT_TOLERANCE, interval
from analysis.core.paths import display, resolve
from analysis.batch.pipeline import Tables
from analysis.core.schema import CLAIMS, DOCUMENTS
from analysis.extract.gazetteer import load as load_gazetteer

#: The default file, at the project root: when it does not exist there are simply no corrections.
DEFAULT_FILE = "corrections.csv"
COLUMNS = ("claim_id", "quote", "entity", "measure", "value", "reject", "note")
REQUIRED = ("claim_id", "quote")
STATUSES = ("applied", "stale_quote", "unknown_claim")
REPORT_COLUMNS = ["line", "claim_id", "status", "change", "note", "expected_quote", "current_quote"]
#: Flags that only describe a reading the reviewer replaced, dropped when that part is corrected.
_ENTITY_FLAGS = {"unresolved_entity", "no_entity"}
_MEASURE_FLAGS = {"unclassified"}


class CorrectionsError(InputError):
    """A corrections file that cannot be used: the message names the file, the line and the column."""

    def _render_traceback_(self) -> list[str]:  # IPython's hook: show the one sentence, not a traceback
        return [f"CorrectionsError: {self}"]


@dataclass(frozen=True)
class Correction:
    """One line of a corrections file, checked."""

    line: int
    claim_id: str
    quote: str
    entity: str = ""
    measure: str = ""
    value: float | None = None
    reject: bool = False
    note: str = ""

    def change(self) -> str:
        """What the line asks for, in a few words, for the report."""
        if self.reject:
            return "reject"
        parts = [f"{name}={v}" for name, v in (("entity", self.entity), ("measure", self.measure)) if v]
        if self.value is not None:
            parts.append(f"value={self.value:g}")
        return ", ".join(parts)


# --------------------------------------------------------------------------- reading and checking

def resolve_file(path: str | Path) -> Path | None:
    """The corrections file to read, or None when the default file is absent (no corrections yet).

    A file the user named that does not exist is an error: a typo in the path
    must not silently publish the uncorrected table.
    """
    resolved = resolve(path)
    if resolved.is_file():
        return resolved
    if str(path) == DEFAULT_FILE:
        return None
    raise CorrectionsError(path, "corrections file not found (paths are read from the project root)")


def load(path: str | Path | None) -> list[Correction]:
    """Every correction in `path`, checked line by line; [] for None. Raises CorrectionsError on the first bad cell."""
    if path is None:
        return []
    path = Path(path)
    try:
        with open(path, newline="", encoding="utf-8-sig") as fh:
            return _parse(path, fh)
    except UnicodeDecodeError as exc:
        raise CorrectionsError(display(path), f"not UTF-8 text (byte {exc.start})") from None
    except csv.Error as exc:
        raise CorrectionsError(display(path), f"not a readable CSV ({exc})") from None


def _parse(path: Path, fh) -> list[Correction]:
    """Rows -> corrections; line numbers are the file's own (the header is line 1)."""
    reader = csv.reader(fh)
    header = [h.strip() for h in next(reader, [])]
    _check_header(path, header)
    out: list[Correction] = []
    seen: dict[str, int] = {}
    line = reader.line_num
    for row in reader:
        start, line = line + 1, reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            _fail(path, start, None, f"has {len(row)} cells, the header has {len(header)}")
        c = _correction(path, start, dict(zip(header, row)))
        if c.claim_id in seen:
            _fail(path, start, "claim_id", f"{c.claim_id!r} is already corrected on line {seen[c.claim_id]}")
        seen[c.claim_id] = start
        out.append(c)
    return out


def _check_header(path: Path, header: list[str]) -> None:
    """Only the known columns, each once, with claim_id and quote among them."""
    if not any(header):
        _fail(path, 1, None, f"has no header; expected the columns {', '.join(COLUMNS)}")
    for name in header:
        if name not in COLUMNS:
            _fail(path, 1, name or "(empty)", f"unknown column; the columns are {', '.join(COLUMNS)}")
        if header.count(name) > 1:
            _fail(path, 1, name, "column given twice")
    for name in REQUIRED:
        if name not in header:
            _fail(path, 1, name, "required column missing")


def _correction(path: Path, line: int, cells: dict[str, str]) -> Correction:
    """One row's cells -> a Correction; each bad cell stops with its line and column."""
    get = {name: (cells.get(name) or "").strip() for name in COLUMNS}
    for name in REQUIRED:
        if not get[name]:
            _fail(path, line, name, "is empty; every correction names its claim and the quote it expects")
    measure, entity = get["measure"], get["entity"]
    if measure and measure not in MEASURES:
        _fail(path, line, "measure", f"{measure!r} is not a codebook measure (one of {', '.join(MEASURES)})")
    if entity and load_gazetteer().entity(entity) is None:
        _fail(path, line, "entity", f"{entity!r} is not a gazetteer key (ISO alpha-3 such as FRA, or a region "
                                    "key such as EU; see the data dictionary)")
    value = _value(path, line, get["value"])
    reject = get["reject"].lower()
    if reject not in ("", "yes"):
        _fail(path, line, "reject", f"must be yes or empty (got {get['reject']!r})")
    if reject and (entity or measure or value is not None):
        _fail(path, line, "reject", "a rejected claim takes no new entity, measure or value")
    if not (reject or entity or measure or value is not None):
        _fail(path, line, "entity", "the line changes nothing: give an entity, measure or value, or reject = yes")
    return Correction(line, get["claim_id"], get["quote"], entity, measure, value, bool(reject), get["note"])


def _value(path: Path, line: int, text: str) -> float | None:
    """A value cell as a number ('5,600' allowed); None when empty."""
    if not text:
        return None
    try:
        value = float(text.replace(",", ""))
    except ValueError:
        _fail(path, line, "value", f"{text!r} is not a number")
    if not math.isfinite(value) or value < 0:
        _fail(path, line, "value", f"{text!r} is not a finite number of at least 0")
    return value


def _fail(path: Path, line: int, column: str | None, problem: str):
    where = f"line {line}" + (f", column {column}" if column else "")
    raise CorrectionsError(display(path), f"{where}: {problem}")


# --------------------------------------------------------------------------- applying

def apply(claims: pd.DataFrame, corrections: list[Correction],
          tolerance: float = DEFAULT_TOLERANCE) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(claims with the applicable corrections made, report with one row per correction).

    `tolerance` must be the one the claims were extracted with: a corrected value
    gets the interval its hedge allows under the same rule.
    """
    out = claims.copy()
    position = {cid: i for i, cid in enumerate(out.claim_id)}
    rows = []
    for c in corrections:
        i = position.get(c.claim_id)
        current = "" if i is None else out.at[out.index[i], "quote"]
        status = _status(c, i, current)
        if status == "applied":
            _apply_one(out, out.index[i], c, tolerance)
        rows.append({"line": c.line, "claim_id": c.claim_id, "status": status, "change": c.change(),
                     "note": c.note, "expected_quote": c.quote, "current_quote": current})
    return CLAIMS.validate(out), pd.DataFrame(rows, columns=REPORT_COLUMNS)


def apply_to_tables(tables: Tables, corrections: list[Correction],
                    tolerance: float = DEFAULT_TOLERANCE) -> tuple[Tables, pd.DataFrame]:
    """`apply` to the claims of `tables`, with each document's n_flagged recounted (a corrected claim is flagged)."""
    claims, report = apply(tables.claims, corrections, tolerance)
    flagged = claims[claims["flags"] != ""].groupby("doc_id").size()
    documents = tables.documents.assign(n_flagged=tables.documents.doc_id.map(flagged).fillna(0).astype(int))
    return Tables(DOCUMENTS.validate(documents), claims, tables.skipped), report


def _status(c: Correction, position: int | None, current: str) -> str:
    """applied, or why not: the claim is gone, or its quote is not the one the reviewer read."""
    if position is None:
        return "unknown_claim"
    return "applied" if " ".join(current.split()) == " ".join(c.quote.split()) else "stale_quote"


def _apply_one(claims: pd.DataFrame, at, c: Correction, tolerance: float) -> None:
    """Change one row in place, keeping the extractor's reading in the original_* columns."""
    row = claims.loc[at]
    flags = set(filter(None, row["flags"].split(";")))
    claims.loc[at, ["original_entity", "original_measure", "original_value"]] = [row["entity"], row["measure"], row["value"]]
    claims.at[at, "correction_note"] = c.note
    if c.reject:
        claims.at[at, "measure"] = "unclassified"
        claims.at[at, "corrected"] = "rejected"
        flags.add("rejected")
    else:
        claims.at[at, "corrected"] = "corrected"
        flags.add("corrected")
        if c.entity:
            claims.loc[at, ["entity", "entity_type"]] = [c.entity, load_gazetteer().entity(c.entity).entity_type]
            flags -= _ENTITY_FLAGS
        if c.measure:
            claims.at[at, "measure"] = c.measure
            claims.at[at, "unit"] = measure_unit(c.measure) or row["unit"]
            flags -= _MEASURE_FLAGS if c.measure != "unclassified" else set()
        if c.value is not None or claims.at[at, "unit"] != row["unit"]:
            _reinterval(claims, at, c.value, flags, tolerance)
    claims.at[at, "flags"] = ";".join(sorted(flags))


def _reinterval(claims: pd.DataFrame, at, value: float | None, flags: set[str], tolerance: float) -> None:
    """A new value (or unit) gets the interval its hedge allows; a stated range no longer applies to it."""
    if value is not None:
        claims.at[at, "value"] = value
        flags.discard("range")
    v = claims.at[at, "value"]
    low, high = interval(v, claims.at[at, "qualifier"], claims.at[at, "unit"], tolerance)
    claims.loc[at, ["value_low", "value_high"]] = [low, high]


def not_applied(report: pd.DataFrame) -> str:
    """A warning for every correction that was not applied, one line each ('' when all applied)."""
    why = {"stale_quote": "its claim's quote is no longer the one the correction expects",
           "unknown_claim": "no claim has this claim_id any more"}
    lines = [f"WARNING: correction on line {r.line} ({r.claim_id}) was not applied: {why[r.status]}."
             for r in report.itertuples() if r.status != "applied"]
    return "\n".join(lines)


def status_line(report: pd.DataFrame) -> str:
    """What notebook 01 prints: a warning per correction not applied, or that all were (or there were none)."""
    if report.empty:
        return "No corrections: the claims are as extracted."
    return not_applied(report) or f"{len(report)} corrections, all applied."


def summary(report: pd.DataFrame) -> dict[str, int]:
    """Corrections by status, for headline.json."""
    return {s: int((report.status == s).sum()) for s in STATUSES}
