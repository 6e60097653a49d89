"""Hedges in every language: each surface form's canonical English hedge and the interval rule it implies.

The forms live in the language files (`analysis/extract/data/lang/*.json`, key `hedges`): this module
merges them, so that intervals, evaluation and findings read a French "près de" as the English
"nearly" without knowing any language.
"""

from __future__ import annotations

import json
from functools import lru_cache

from analysis.core.paths import DATA

RULES = ("exact", "approx", "at_least", "nearly", "at_most", "just_over")


@lru_cache(maxsize=1)
def table() -> dict[str, tuple[str, str]]:
    """{surface (lower case): (canonical English hedge, rule)}; the first language file that has a form wins."""
    out: dict[str, tuple[str, str]] = {}
    for path in sorted((DATA / "lang").glob("*.json"), key=lambda p: (p.stem != "en", p.stem)):
        with open(path, encoding="utf-8") as fh:
            for surface, (canonical, rule) in json.load(fh)["hedges"].items():
                if rule not in RULES:
                    raise ValueError(f"{path.name}: hedge {surface!r} has unknown rule {rule!r}")
                out.setdefault(surface.lower(), (canonical, rule))
    return out


def canonical(qualifier: str) -> str:
    """The canonical English hedge of a qualifier written in any language ('' for none)."""
    q = (qualifier or "").strip().lower()
    if q in ("", "range"):
        return q
    return table().get(q, (q, ""))[0]


def rule(qualifier: str) -> str:
    """The interval rule of a qualifier; an unknown hedge is read as approximate, the cautious choice."""
    q = (qualifier or "").strip().lower()
    if not q:
        return "exact"
    return table().get(q, ("", "approx"))[1]
