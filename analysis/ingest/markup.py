"""HTML pasted into a text file: find the markup and blank it out, keeping every offset.

Scraped articles often arrive with their tags. Tags, attributes, comments and
the bodies of <script> and <style> are not article text: a `width="300"` must
never become a claim and an `alt="Germany"` never an entity. `visible()`
returns a string of the same length where every markup character is a space,
so offsets into it are offsets into the original text and quotes can still be
cut from the original. Block-level tags (<p>, <br>, <li>, <h1>...) start with a
line break instead of a space, so that paragraphs and list items stay apart.
Character references (&amp;, &#8217;) are left as they are: they carry no digits
the number finder reads (it never starts a number after "#" or a letter).
"""

from __future__ import annotations

import re

#: Where markup may start: a comment, a tag (opening or closing), a doctype, a processing instruction.
_OPEN = re.compile(r"<(?:!--|/?[A-Za-z]|![A-Za-z]|\?)")
#: A tag, a doctype or a processing instruction, matched where `_OPEN` found one. Attribute values
#: may hold ">" only when quoted; their length is capped so that text full of unclosed '<a x="'
#: cannot make the scan quadratic.
_TAG = re.compile(
    r"</?[A-Za-z][A-Za-z0-9:-]*(?:\s+(?:[^<>\"']|\"[^\"]{0,2000}\"|'[^']{0,2000}')*)?/?>"
    r"|<![A-Za-z][^<>]*>"
    r"|<\?[^<>]*\?>"
)
_BLOCK = frozenset("""address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6
header hr li main nav ol p pre section table tbody td tfoot th thead title tr ul""".split())
_NAME = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)")
#: Tag names that say "this is HTML" when seen in a text file (a bare "<b>" could be anything).
_HTML_NAMES = _BLOCK | frozenset("a abbr b body em head html i img link meta script small span strong style sup sub".split())
#: Elements whose content is code, not text: blanked whole, up to their closing tag.
_RAW = ("script", "style")


def spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every piece of markup in `text`, in order, not overlapping.

    One pass, linear in the length of the text: a closing "-->" or "</script>"
    that is not found once is not searched for again (there is none further on),
    so a text full of unclosed "<!--" costs no more than one without.
    """
    out: list[tuple[int, int]] = []
    missing: set[str] = set()  # closers with no occurrence after some point, hence after any later point
    pos = 0
    while (m := _OPEN.search(text, pos)) is not None:
        start = m.start()
        if m.group() == "<!--":
            end = -1 if "-->" in missing else text.find("-->", start + 4)
            if end < 0:  # an unclosed comment is not markup: read on
                missing.add("-->")
                pos = start + 1
                continue
            out.append((start, end + 3))
            pos = end + 3
            continue
        tag = _TAG.match(text, start)
        if tag is None:
            pos = start + 1
            continue
        name = _NAME.match(text, start)
        raw = name.group(1).lower() if name and not tag.group().startswith("</") else ""
        if raw in _RAW and raw not in missing:
            close = re.compile(rf"</{raw}\s*>", re.IGNORECASE).search(text, tag.end())
            if close is not None:  # a script or style element is code, not text: blank all of it
                out.append((start, close.end()))
                pos = close.end()
                continue
            missing.add(raw)
        out.append(tag.span())  # an unclosed <script> is blanked as a tag; what follows is read
        pos = tag.end()
    return out


def visible(text: str, markup: list[tuple[int, int]] | None = None) -> str:
    """`text` with every markup character replaced by a space (block tags open with a newline).

    Same length as `text`; line breaks inside markup are kept so line numbers do not move.
    """
    markup = spans(text) if markup is None else markup
    if not markup:
        return text
    parts, pos = [], 0
    for start, end in markup:
        parts.append(text[pos:start])
        blank = re.sub(r"[^\n]", " ", text[start:end])
        name = _NAME.match(text, start)
        if name and name.group(1).lower() in _BLOCK and not blank.startswith("\n"):
            blank = "\n" + blank[1:]
        parts.append(blank)
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def looks_like_html(text: str) -> bool:
    """True when the text holds at least one tag with a known HTML name, or a doctype."""
    for start, end in spans(text):
        name = _NAME.match(text, start)
        if (name and name.group(1).lower() in _HTML_NAMES) or text.startswith(("<!", "<!--"), start):
            return True
    return False
