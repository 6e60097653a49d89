"""Shared fixtures: project paths and the extracted seed tables (built once per session)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEEDS = ROOT / "seeds"
#: The outlets of the five seed articles: text generated for other articles must name none of them.
SEED_OUTLETS = ("Fox News", "American Thinker", "Fighting for Trump", "Sciclonic", "New York Times")
sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.fixture(scope="session")
def seed_tables():
    from analysis.batch.pipeline import extract_paths

    return extract_paths([SEEDS])


@pytest.fixture(scope="session")
def seed_texts():
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


def one_row(df, **where):
    """The single row of `df` whose columns equal `where`; fails, listing the match count, otherwise."""
    rows = df
    for column, value in where.items():
        rows = rows[rows[column] == value]
    assert len(rows) == 1, f"{len(rows)} rows match {where}"
    return rows.iloc[0]
