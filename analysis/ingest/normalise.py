"""The text as the extractor reads it: invisible characters, HTML entities and look-alike letters undone.

Copy-pasted and scraped articles carry characters that change how a number or a name reads without changing
how it looks: a zero-width space inside "3,4\u200b17", "3&nbsp;417" or "3&#44;417" from an HTML source, a
right-to-left override, a Cyrillic "а" inside "Russiа", Arabic thousands separators ("٣٬٤١٧"), full-width
digits, footnote marks in superscript ("248²", "Frauen¹"), markdown underscores around a figure ("_400_"). Read as they stand, they split one number into two
claims or send a name to no place. `for_reading` returns the normalised text and, when anything was removed
or expanded, a map from each of its offsets to the offset in the original, so that every span the claims
table reports is still a span of the file the user gave (`quote == original[start:end]`).
"""

from __future__ import annotations

import html
import html.entities
import re

#: Characters that render as nothing: zero-width spaces and joiners, soft hyphen, word joiner, BOM, and the
#: bidirectional controls (embeddings, overrides, isolates, marks), which change only the display order.
_INVISIBLE = "\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
_SPECIAL = re.compile(
    rf"[{_INVISIBLE}]+"
    r"|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
    r"|[\u066b\u066c\uff10-\uff19\u00b9\u00b2\u00b3\u2070\u2074-\u2079]")
#: Markdown emphasis around a figure: "_400_" is 400 (blanked to spaces: same length, not counted as a change).
_EMPHASIS = re.compile(r"(?<![^\W_])_+(?=\d)|(?<=\d)_+(?![^\W_])")
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]+")
#: Superscript digits are footnote marks ("Frauen¹", "248²"): read as a space, so that neither the word nor the
#: figure runs on into them.
_SAME_LENGTH = {"\u066c": ",", "\u066b": ".", **{chr(0xFF10 + i): str(i) for i in range(10)},
                **{c: " " for c in "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"}}

#: Cyrillic letters that look like Latin ones, and back. A word written mostly in one script has its
#: look-alikes from the other folded into it ("Russiа" with a Cyrillic а is "Russia").
_CYR_TO_LAT = dict(zip("АВЕКМНОРСТХаеорсхуіјѕ", "ABEKMHOPCTXaeopcxyijs"))
_LAT_TO_CYR = {lat: cyr for cyr, lat in _CYR_TO_LAT.items() if lat not in "ijs"}
_MIXED = re.compile(r"\b(?=[^\W\d_]*[A-Za-z])(?=[^\W\d_]*[\u0400-\u04ff])[^\W\d_]+")
#: A word in two scripts has a Latin letter next to a Cyrillic one: a cheap test before `_MIXED`.
_SCRIPT_SEAM = re.compile(r"[A-Za-z][\u0400-\u04ff]|[\u0400-\u04ff][A-Za-z]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def for_reading(text: str) -> tuple[str, list[int] | None, int]:
    """(normalised text, offset map or None when no offset moved, number of words or characters changed).

    The map has one entry per character of the normalised text plus one for its end: `m[i]` is where the
    character i came from in `text`.
    """
    changed = 0
    text, folded = _fold_mixed_scripts(blank_emphasis(text))
    changed += folded
    if not _SPECIAL.search(text):
        return text, None, changed
    pieces: list[str] = []
    offsets: list[int] = []
    pos = 0
    for m in _SPECIAL.finditer(text):
        pieces.append(text[pos:m.start()])
        offsets.extend(range(pos, m.start()))
        new = _replacement(m.group())
        changed += new != m.group()
        pieces.append(new)
        offsets.extend([m.start()] * len(new) if len(new) != len(m.group()) else range(m.start(), m.end()))
        pos = m.end()
    pieces.append(text[pos:])
    offsets.extend(range(pos, len(text) + 1))
    out = "".join(pieces)
    return out, (None if len(out) == len(text) else offsets), changed


def blank_emphasis(text: str) -> str:
    """Markdown underscores next to a figure as spaces ("_400_" reads as " 400 ")."""
    return _EMPHASIS.sub(lambda m: " " * len(m.group()), text) if "_" in text else text


def _replacement(s: str) -> str:
    if s[0] == "&":
        # Only a whole known entity: "&notanentity;" stays (html.unescape would read its "&not" as "¬").
        # "&#8203;" (a zero-width space) comes back as nothing.
        known = s[1] == "#" or s[1:] in html.entities.html5
        return _INVISIBLE_RE.sub("", html.unescape(s)) if known else s
    if s in _SAME_LENGTH:
        return _SAME_LENGTH[s]
    return ""  # invisible characters


def _fold_mixed_scripts(text: str) -> tuple[str, int]:
    """Fold look-alike letters of a word written in two scripts into its main script (same length)."""
    if not (_CYRILLIC.search(text) and _SCRIPT_SEAM.search(text)):
        return text, 0
    count = 0

    def fold(m: re.Match) -> str:
        nonlocal count
        word = m.group()
        cyrillic = sum("\u0400" <= ch <= "\u04ff" for ch in word)
        table = _CYR_TO_LAT if cyrillic * 2 < len(word) else _LAT_TO_CYR
        new = "".join(table.get(ch, ch) for ch in word)
        count += new != word
        return new

    return _MIXED.sub(fold, text), count
