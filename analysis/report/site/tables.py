"""The tables one run wrote, loaded once for every page of the report.

The report is written from what the notebooks wrote (claims, documents,
skipped numbers, findings, citations, figures) and from the articles the run
read, never from anything computed here: a page can then never disagree with
the tables a reader downloads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pandas as pd

from analysis import reference as reference_table
from analysis.core.errors import InputError
from analysis.ingest.reading import load

#: Severities in the order the report shows them (as analysis/findings sorts them).
SEVERITIES = ("high", "medium", "check_reading", "low", "info")


@dataclass
class Run:
    """Everything a page may show: the run's tables, the article texts the offsets refer to, and the folders."""

    outputs: Path
    figures: Path
    notebooks: Path
    claims: pd.DataFrame
    documents: pd.DataFrame
    skipped: pd.DataFrame
    findings: pd.DataFrame
    citations: pd.DataFrame
    reference: pd.DataFrame
    texts: dict[str, str] = field(default_factory=dict)

    def outlet(self, doc_id: str) -> str:
        """How an article is named: its outlet, else its title, else its doc_id (never a blank)."""
        row = self.documents[self.documents.doc_id == doc_id]
        if row.empty:
            return doc_id
        r = row.iloc[0]
        return next((str(r[c]) for c in ("outlet", "title") if isinstance(r[c], str) and r[c].strip()), doc_id)

    @cached_property
    def quotes(self) -> dict[str, tuple[str, str]]:
        """claim_id -> (doc_id, quote): how a link to a claim is labelled."""
        return dict(zip(self.claims.claim_id, zip(self.claims.doc_id, self.claims.quote)))

    @cached_property
    def _by_claim(self) -> dict[str, list[tuple[int, pd.Series]]]:
        out: dict[str, list[tuple[int, pd.Series]]] = {}
        for i, r in self.findings.iterrows():
            for cid in ids(r["claim_ids"]):
                out.setdefault(cid, []).append((i, r))
        return out

    def findings_of(self, claim_id: str) -> list[tuple[int, pd.Series]]:
        """The findings (row number, row) that rest on a claim, for the links back from its provenance page."""
        return self._by_claim.get(claim_id, [])


def load_run(outputs: Path, figures: Path, notebooks: Path, seeds_dir: Path, reference_dir: Path) -> Run:
    """Read the tables of a finished run and the text of every article it read."""
    documents = pd.read_parquet(outputs / "documents.parquet")
    run = Run(outputs, figures, notebooks,
              claims=pd.read_parquet(outputs / "claims.parquet"),
              documents=documents,
              skipped=pd.read_parquet(outputs / "skipped_numbers.parquet"),
              findings=pd.read_csv(outputs / "discrepancies.csv", dtype=str, keep_default_na=False),
              citations=pd.read_csv(outputs / "citations.csv"),
              reference=reference_table.load(reference_dir))
    run.texts = texts(documents, seeds_dir)
    return run


def texts(documents: pd.DataFrame, seeds_dir: Path) -> dict[str, str]:
    """doc_id -> the decoded text its offsets refer to, found by content hash under the run's seeds_dir.

    documents.path is relative to the project root only for articles inside
    it (elsewhere it is the bare file name), so the file is matched by its
    sha256, which also proves the text is the one the claims were read from.
    """
    by_hash = {}
    for path in sorted(Path(seeds_dir).rglob("*.txt")):
        try:
            decoded = load(path)
        except InputError:  # an unreadable file was refused by the run too; it has no page text
            continue
        by_hash.setdefault(decoded.sha256, decoded.text)
    return {d: by_hash[h] for d, h in zip(documents.doc_id, documents.sha256) if h in by_hash}


def ids(cell) -> list[str]:
    """A ';'-joined id cell (claim_ids, ref_ids, doc_ids) as a list, empty for a blank."""
    return [x for x in str(cell).split(";") if x and x != "nan"] if isinstance(cell, str) else []
