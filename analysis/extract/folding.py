"""Case-insensitive patterns run as case-sensitive ones on the lower-cased text: the same matches, twice as fast.

Python's `re` cannot reject an IGNORECASE alternative by its first letter, so the extractor's big alternations
(number words, cues, not-claim contexts) try every branch at every word start; compiled without the flag they
skip most branches at once. `FoldedPattern` compiles the pattern's source lower-cased (escapes such as `\\D`
and group names kept) and runs it on `text.lower()`, which for the scripts the lexicons cover has the same
length as the text, so every offset is an offset in the original. A text whose lower-case form has another
length ("İ" becomes two characters) is matched with the IGNORECASE pattern instead. Matched group *texts*
come back lower-cased; callers read positions, group names and case-folded words only.
"""

from __future__ import annotations

import re

from analysis.extract.firstchars import compile_guarded

_TOKEN = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)|.", re.DOTALL)

_cache: list = [None, None]  # [text, its lower-case form or None]: one document at a time


def lower_source(source: str) -> str:
    """The pattern source with every literal lower-cased; escapes and group names left as written."""
    return "".join(t if t.startswith("\\") or t.startswith("(?P") else t.lower() for t in _TOKEN.findall(source))


def lowered(text: str) -> str | None:
    """text.lower() if it keeps every offset, else None. Cached for the last text seen (the document)."""
    if _cache[0] is not text:
        low = text.lower()
        _cache[0], _cache[1] = text, (low if len(low) == len(text) else None)
    return _cache[1]


class FoldedPattern:
    """A pattern compiled with re.IGNORECASE whose finditer/search/match run on the lower-cased text."""

    def __init__(self, source: str, guard: bool = True):
        if "(?-i" in source:  # lower-casing would turn its [A-Z] into [a-z]: the fast pattern would match more
            raise ValueError(f"a case-sensitive group (?-i:...) cannot be folded: {source[:80]!r}")
        self.pattern = source
        self.slow = re.compile(source, re.IGNORECASE)
        # guard=False where the source opens with its own lookahead (a second one only costs a test).
        self.fast = compile_guarded(lower_source(source)) if guard else re.compile(lower_source(source))

    def _pick(self, text: str) -> tuple[re.Pattern, str]:
        low = lowered(text)
        return (self.slow, text) if low is None else (self.fast, low)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        rx, s = self._pick(text)
        return rx.finditer(s, pos, len(s) if endpos is None else endpos)

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        rx, s = self._pick(text)
        return rx.search(s, pos, len(s) if endpos is None else endpos)

    def match(self, text: str, pos: int = 0, endpos: int | None = None):
        rx, s = self._pick(text)
        return rx.match(s, pos, len(s) if endpos is None else endpos)
