"""The first-character guard (analysis.extract.firstchars) speeds patterns up without changing one match."""

import re
from pathlib import Path

import pytest

from analysis.extract.firstchars import compile_guarded, first_chars
from analysis.extract.lexicon import available, get
from analysis.extract.numbers import rules

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("source, flags, expected", [
    (r"\bfoo|[Bb]ar|(?:baz|qux)", 0, {"f", "B", "b", "q"}),
    (r"(?:the )?report", 0, {"t", "r"}),           # an optional word: the next one can start the match
    (r"(?<!no )\d+ fighters", 0, {r"\d"}),          # a lookbehind is zero-width
    (r"(?!)|x", 0, {"x"}),                          # a branch that never matches adds nothing
    (r"x?", 0, None),                               # can match the empty string: no guard
    (r"[^a]bc", 0, None),                           # a negated class could start with anything
    (r"(?i:a)b", 0, None),                          # case switched on inside: the class would miss "A"
])
def test_first_chars(source, flags, expected):
    assert first_chars(source, flags) == expected


def test_ignorecase_guard_folds_like_the_pattern():
    rx = compile_guarded(r"\bnearly\s+$", re.IGNORECASE)
    assert rx.pattern.startswith("(?=[")
    assert rx.search("NEARLY ") and rx.search("Nearly ")


def _texts():
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "blind").glob("*/dev/*.txt"))]
    return texts


@pytest.mark.parametrize("lang", available())
def test_guarded_patterns_match_exactly_as_written(lang):
    """Every guarded pattern of the language finds the same spans and groups as its unguarded source."""
    lex, R = get(lang), rules(lang)
    pairs = [(lex.cue_re.fast, 0, True), (lex.attribution_re, 0, False), (R.number_re.fast, 0, True),
             (R.before_skip, re.IGNORECASE, False), (R.hedge_re, re.IGNORECASE, False)]
    for guarded, flags, lowered in pairs:
        source = guarded.pattern
        if source.startswith("(?=["):
            source = source[source.index("])(?:") + 5:-1]
        plain = re.compile(source, guarded.flags)
        for text in _texts():
            s = text.lower() if lowered else text
            assert ([(m.span(), m.lastgroup) for m in guarded.finditer(s)]
                    == [(m.span(), m.lastgroup) for m in plain.finditer(s)]), (lang, source[:60])


def test_the_big_alternations_are_guarded():
    """The patterns searched in every sentence get a guard in every language (else the speed-up is lost)."""
    for lang in available():
        lex = get(lang)
        assert lex.cue_re.fast.pattern.startswith("(?=["), lang
        assert lex.attribution_re.pattern.startswith("(?=["), lang
