"""Read article files safely: size limit, binary detection, encoding detection.

Every character offset in the claims table refers to the text this module
returns, so decoding must be deterministic and never lossy without saying so.
The text is exactly the decoded bytes: line endings are not translated (a
"\\r\\n" file keeps its "\\r"), so offsets are into `data.decode(encoding)`, not
into what `Path.read_text()` returns (which turns "\\r\\n" into "\\n"). Use
`load(path).text` to get the text the offsets refer to.

Files are opened read-only ("rb"); nothing here writes.

Outcomes (the "What happens with bad input" table, docs/bad-input.md):

* refused with InputError (one line naming the file and the problem): a missing
  path, a folder, something that is not a regular file, an unreadable file, a
  file over MAX_BYTES or holding over MAX_NUMBERS figures, an empty or whitespace-only file, a known binary format
  (image, PDF, archive, Word document), UTF-16/UTF-32 text, NUL or other control
  bytes, bytes that are neither UTF-8 nor Windows-1252;
* read, with a warning recorded in `Decoded.warnings` (the documents table's
  `warnings` column): see WARNINGS.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from analysis.core.errors import InputError
from analysis.ingest.markup import looks_like_html

#: Largest article accepted, in bytes. News articles are 2-50 kB; 5 MB leaves
#: room for long reports while refusing dumps that are not articles.
MAX_BYTES = 5_000_000
#: An article this long in figures is a data dump (a million-line export, a log): refused before any number is
#: read, so that memory stays bounded; the longest table-heavy articles hold a few thousand.
MAX_NUMBERS = 20_000
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")

#: Warnings a readable file can carry (documents.warnings, joined with ";").
WARNINGS = {
    "utf8_bom": "The file starts with a UTF-8 byte-order mark; it is not part of the text (offsets start after it).",
    "decoded_as_cp1252": "Not valid UTF-8: read as Windows-1252 (a superset of Latin-1 with curly quotes and dashes).",
    "mixed_encoding": "Read as Windows-1252, but some bytes look like UTF-8: a few characters may be garbled (e.g. 'â€™').",
    "crlf": "Windows line endings (\\r\\n): kept in the text, so offsets count the \\r; lines split as usual.",
    "cr_line_endings": "Old Mac line endings (a lone \\r): kept in the text; lines split as usual.",
    "looks_like_html": "HTML tags in the text: markup is blanked before extraction, its numbers are skipped as html_markup.",
    "symlink_outside_folder": "The file is a symbolic link to a file outside the folder given: read, but check it is "
                              "the article you meant.",
}

_BOM = b"\xef\xbb\xbf"
#: Control bytes that never occur in text (everything below 0x20 except \t \n \v \f \r).
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13))
_CONTROL_RE = re.compile("[" + re.escape(_CONTROL.decode("ascii")) + "]")
#: Byte signatures of formats people save articles in by mistake -> what to say.
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document (convert it to plain text first)"),
    (b"PK\x03\x04", "a ZIP archive or an Office document such as .docx (save it as plain text first)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word/Office document (save it as plain text first)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"{\\rtf", "an RTF document (save it as plain text first)"),
    (b"\xff\xfe\x00\x00", "UTF-32 text (save it as UTF-8)"),
    (b"\x00\x00\xfe\xff", "UTF-32 text (save it as UTF-8)"),
    (b"\xff\xfe", "UTF-16 text (save it as UTF-8)"),
    (b"\xfe\xff", "UTF-16 text (save it as UTF-8)"),
)
#: A UTF-8 lead byte followed by a continuation byte: in a file that is otherwise
#: Windows-1252, the mark of text that was partly UTF-8.
_UTF8_PAIR = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")


@dataclass(frozen=True)
class Decoded:
    """A decoded article: its text plus how it was obtained."""

    text: str
    encoding: str
    sha256: str
    n_bytes: int
    warnings: tuple[str, ...] = field(default=())


def read_bytes(path: Path) -> bytes:
    """Read a file read-only, with a clear error for every way it can fail."""
    path = Path(path)
    if not path.exists():
        raise InputError(path, "no such file")
    if path.is_dir():
        raise InputError(path, "is a directory, not a file")
    if not path.is_file():  # a FIFO or a device: reading could block or never end
        raise InputError(path, "is not a regular file")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise InputError(path, _too_big(size))
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)  # never more than the limit, even if the file grows meanwhile
    except PermissionError:
        raise InputError(path, "permission denied (file is not readable)") from None
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:
        raise InputError(path, _too_big(len(data)))
    return data


def load(path: str | Path) -> Decoded:
    """Read and decode one article: the text every offset in the outputs refers to."""
    return decode(path, read_bytes(Path(path)))


def decode(path: str | Path, data: bytes) -> Decoded:
    """Decode article bytes to text, or raise InputError saying why it is not text.

    UTF-8 (with or without BOM) is tried first; text that is not valid UTF-8
    but has no control bytes is read as Windows-1252, the usual encoding of
    pasted news text, and a warning records it.
    """
    if len(data) > MAX_BYTES:
        raise InputError(path, _too_big(len(data)))
    if not data:
        raise InputError(path, "file is empty")
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise InputError(path, f"file is {what}, not plain text")
    if b"\x00" in data:
        raise InputError(path, "file contains NUL bytes: binary data, not text")
    digest = hashlib.sha256(data).hexdigest()
    warnings: list[str] = []
    if data.startswith(_BOM):
        body, encoding = data[len(_BOM):], "utf-8-sig"
        warnings.append("utf8_bom")
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(path, f"file starts with a UTF-8 byte-order mark but is not valid UTF-8 "
                                   f"(byte 0x{body[exc.start]:02x} at offset {exc.start + len(_BOM)})") from None
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as exc:
            bad = f"byte 0x{data[exc.start]:02x} at offset {exc.start}"
            try:
                text, encoding = data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError:
                raise InputError(path, f"file is neither valid UTF-8 ({bad}) nor Windows-1252 text") from None
            warnings.append("decoded_as_cp1252")
            if _UTF8_PAIR.search(data):
                warnings.append("mixed_encoding")
    control = _CONTROL_RE.search(text)
    if control:
        raise InputError(path, f"file is binary (control character 0x{ord(control.group()):02x} "
                               f"at character {control.start()}), not text")
    if not text.strip():
        raise InputError(path, "file contains only whitespace")
    figures = sum(1 for _ in _FIGURE.finditer(text))
    if figures > MAX_NUMBERS:
        raise InputError(path, f"file holds {figures:,} numbers, over the {MAX_NUMBERS:,}-number limit for one "
                               "article (a data file, not an article?)")
    warnings += _line_warnings(text)
    if looks_like_html(text):
        warnings.append("looks_like_html")
    return Decoded(text, encoding, digest, len(data), tuple(warnings))


def _line_warnings(text: str) -> list[str]:
    out = []
    if "\r\n" in text:
        out.append("crlf")
    if re.search(r"\r(?!\n)", text):
        out.append("cr_line_endings")
    return out


def _too_big(size: int) -> str:
    return f"file is {size:,} bytes, over the {MAX_BYTES:,}-byte limit for one article"
