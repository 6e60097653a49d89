"""`FoldedPattern` (a case-insensitive pattern run on lower-cased text, for speed) matches exactly what the
same pattern compiled with re.IGNORECASE matches: checked for every lexicon's big patterns on varied text."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.extract import lexicon, numbers
from analysis.extract.folding import FoldedPattern, lower_source

BLIND = Path(__file__).parent / "blind"


def _texts(lang: str) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(BLIND.glob(f"{lang}/dev*/*.txt"))]
    return texts + [t.upper() for t in texts[:2]] + ["İstanbul: 3,417 LEFT; about 400 RETURNED."]


def _spans(pattern: FoldedPattern, text: str, slow: bool) -> list[tuple]:
    rx, s = (pattern.slow, text) if slow else pattern._pick(text)
    return [(m.start(), m.end(), m.lastgroup) for m in rx.finditer(s)]


@pytest.mark.parametrize("lang", lexicon.available())
def test_same_matches_as_ignorecase(lang):
    lex = lexicon.get(lang)
    patterns = [lex.cue_re, lex.contexts.near, numbers.rules(lang).number_re]
    for text in _texts(lang):
        for p in patterns:
            assert _spans(p, text, slow=False) == _spans(p, text, slow=True)


def test_escapes_and_group_names_keep_their_case():
    assert lower_source(r"(?P<Big>\D\W\S)ABC[A-Z]") == r"(?P<Big>\D\W\S)abc[a-z]"


def test_text_whose_lower_case_is_longer_uses_the_ignorecase_pattern():
    p = FoldedPattern(r"istanbul")
    assert p._pick("İstanbul")[0] is p.slow
    text = "İSTANBUL and Istanbul"
    assert p.search(text).span() == p.slow.search(text).span()
