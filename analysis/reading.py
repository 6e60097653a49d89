"""Read article files safely: size limit, binary detection, encoding detection.

Every character offset in the claims table refers to the text this module
returns, so decoding must be deterministic and never lossy without saying so.
Files are opened read-only; nothing here writes.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError

#: Largest article accepted, in bytes. News articles are 2-50 kB; 5 MB leaves
#: room for long reports while refusing dumps that are not articles.
MAX_BYTES = 5_000_000

_BOM = b"\xef\xbb\xbf"
#: Control bytes that never occur in text (everything below 0x20 except \t \n \r \f).
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


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
    if not path.exists():
        raise InputError(path, "no such file")
    if path.is_dir():
        raise InputError(path, "is a directory, not a file")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise InputError(path, f"file is {size:,} bytes, over the {MAX_BYTES:,}-byte limit for one article")
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except PermissionError:
        raise InputError(path, "permission denied (file is not readable)") from None
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from None


def decode(path: str | Path, data: bytes) -> Decoded:
    """Decode article bytes to text, or raise InputError saying why it is not text.

    UTF-8 (with or without BOM) is tried first; text that is not valid UTF-8
    but has no control bytes is read as Windows-1252, the usual encoding of
    pasted news text, and a warning records it.
    """
    digest = hashlib.sha256(data).hexdigest()
    if len(data) > MAX_BYTES:
        raise InputError(path, f"file is {len(data):,} bytes, over the {MAX_BYTES:,}-byte limit for one article")
    if not data.strip():
        raise InputError(path, "file is empty" if not data else "file contains only whitespace")
    if b"\x00" in data:
        raise InputError(path, "file contains NUL bytes: binary data, not text")
    if data.startswith(_BOM):
        try:
            return _utf8(path, data[len(_BOM):], "utf-8-sig", digest, len(data), ("utf8_bom",))
        except UnicodeDecodeError:
            raise InputError(path, "file starts with a UTF-8 byte-order mark but is not valid UTF-8") from None
    try:
        return _utf8(path, data, "utf-8", digest, len(data), ())
    except UnicodeDecodeError:
        pass
    if any(b in _CONTROL for b in data[:4096]):
        raise InputError(path, "file is binary (control bytes), not text")
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError(path, "file is neither valid UTF-8 nor Windows-1252 text") from None
    return Decoded(text, "cp1252", digest, len(data), ("decoded_as_cp1252",))


def _utf8(path, data: bytes, name: str, digest: str, n: int, warnings: tuple) -> Decoded:
    text = data.decode("utf-8")
    if any(ch in text for ch in _CONTROL.decode("ascii")):
        raise InputError(path, "file is binary (control bytes), not text")
    return Decoded(text, name, digest, n, warnings)
