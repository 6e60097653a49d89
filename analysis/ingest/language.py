"""The language of an article, detected offline, so that each article is read with its own lexicon.

py3langid (a maintained fork of langid.py) ships its model inside the package, needs no network and
classifies an article in well under a millisecond. It is restricted to the languages in which coverage
of the report is known to exist, which removes most confusions between close languages on short texts
(Dutch and Afrikaans, Spanish and Galician). A sidecar `language` column overrides the detection.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Languages the report's coverage was found in (shared/coverage_notes.md), plus close neighbours that
#: a detector would otherwise have no choice but to map onto one of them.
CANDIDATES = ("en", "fr", "de", "es", "nl", "ru", "it", "pt", "ar", "tr", "bs", "hr", "sr", "bg", "uk", "pl",
              "sv", "da", "no", "fi", "ro", "el", "cs", "hu", "fa", "ur", "id")
#: Characters read: a headline and a paragraph or two decide the language as well as the whole text, at a
#: fraction of the cost on long articles (every blind article of six languages is detected right from 400).
SAMPLE = 500
_ISO_639_1 = re.compile(r"^[a-z]{2}$")
#: Digits, punctuation and markup say nothing about the language and dilute short texts.
_NOISE = re.compile(r"[\d\W_]+", re.UNICODE)


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(CANDIDATES))
    return ident


def detect(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability) for a text; ("", 0.0) when it holds no letters."""
    letters = _NOISE.sub(" ", text[:SAMPLE]).strip()
    if not letters:
        return "", 0.0
    code, prob = _identifier().classify(letters)
    return code, round(float(prob), 3)


def valid_code(code: str) -> bool:
    """A sidecar override must be a two-letter ISO 639-1 code in lower case."""
    return bool(_ISO_639_1.match(code))
