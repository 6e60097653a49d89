"""The package reads as the pipeline: imports go one way, from later stages to earlier ones, and no module is long."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from conftest import ROOT

PACKAGE = ROOT / "analysis"
#: Stages in pipeline order; a module may import its own stage and earlier ones only.
ORDER = ["core", "ingest", "extract", "batch", "reference", "sources", "review", "estimate", "findings", "evaluate",
         "report", "cli"]
MODULES = sorted(p for p in PACKAGE.rglob("*.py") if p.parent != PACKAGE)


def _stages_imported(path: Path) -> set[str]:
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("analysis."):
            out.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            out |= {a.name.split(".")[1] for a in node.names if a.name.startswith("analysis.")}
    return out


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_go_from_later_stages_to_earlier_ones(path):
    stage = path.relative_to(PACKAGE).parts[0]
    later = {s for s in _stages_imported(path) if s in ORDER and ORDER.index(s) > ORDER.index(stage)}
    assert not later, f"{path.relative_to(ROOT)} ({stage}) imports the later stage(s) {sorted(later)}"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_over_400_lines(path):
    assert len(path.read_text(encoding="utf-8").splitlines()) <= 400


LANGS = sorted(p.stem for p in (PACKAGE / "extract" / "data" / "lang").glob("*.json"))


@pytest.mark.parametrize("code", LANGS)
def test_one_people_noun_list_per_language(code):
    """Every pattern that asks 'does people-noun follow?' reads `people_nouns`: a noun added there is seen by all."""
    import json
    import re

    from analysis.extract import lexicon

    raw = json.loads((PACKAGE / "extract" / "data" / "lang" / f"{code}.json").read_text(encoding="utf-8"))
    patterns = {"people_after_small": raw["people_after_small"], "year_people": raw["year_people"],
                "people_after": raw["linking"]["people_after"]}
    using = {k for k, p in patterns.items() if "{people}" in p}
    # German's small-number rule asks for any capitalised noun, so it needs no list.
    assert using >= set(patterns) - ({"people_after_small"} if code == "de" else set())
    lex = lexicon.get(code)
    for noun in raw["people_nouns"]:
        word = noun.rstrip("*") + ("en" if noun.endswith("*") else "")
        for key in using:
            p = lex.data["linking"][key] if key == "people_after" else lex.data[key]
            assert re.match(p, " " + word, re.IGNORECASE), (key, noun)
    assert not set(raw["people_nouns"]) & set(raw["claim_nouns"])
