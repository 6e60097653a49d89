"""The cue lexicon: words that say what a number counts, and who said it.

Each cue is a regular expression with a measure and a strength. A strong cue
("returned", "left", "killed") settles the measure; a weak one ("fighters",
"contingent") only suggests `departed` and yields to any strong cue nearby.
Attribution patterns map the phrases articles use to credit a figure to a
canonical source label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    measure: str   # a codebook measure, or "women" / "children" / "countries" / "victims"
    strong: bool


#: (pattern, measure, strong). Order matters only for overlapping matches:
#: earlier patterns win, so multi-word cues come first.
_CUES: list[tuple[str, str, bool]] = [
    (r"travell?ed,? or (?:attempted|tried) to travel|tried or managed to travel|attempted or succeeded", "traveled_or_attempted", True),
    (r"(?:attempted|tried) to (?:travel|leave|join|reach|make|get|go)|were stopped|been stopped|prevented from (?:travelling|traveling|leaving)|would-be fighters", "attempted", True),
    (r"women and (?:children|minors)|women and their children", "women_children", True),
    (r"collected the names|names of|names on", "names_collected", True),
    (r"killed|died|dead|deaths?|perished|lost their lives|were slain", "killed", True),
    (r"charged|indicted|prosecuted", "charged", True),
    (r"convicted|sentenced|jailed", "convicted", True),
    (r"return(?:ed|ing|s)?|returnees?|came (?:back|home)|come (?:back|home)|coming (?:back|home)|(?:gone|went|go|gotten|got) (?:back|home)|"
     r"crossed back|(?:taken|took|take|taking|welcomed|brought) back|back (?:home|on home soil|in|on)|home soil|repatriated|made it (?:back|home)|headed home|are back|were back|is back|back\b", "returned", True),
    (r"women|wives|girls", "women", True),
    (r"children|minors|kids|teenagers", "children", True),
    (r"(?:countries|nations|states)\b", "countries", True),
    (r"left|leaving|leave|departed|departures?|in the ranks of|abroad|went|gone|travell?ed|travell?ing|traveled|joined|join(?:ing)?|flocked|sent|supplied|contributed|"
     r"poured into|headed (?:to|for)|made (?:the|their) way|emigrated|recruited|signed up|enlisted", "departed", True),
    (r"foreign fighters|fighters|jihadists|militants|recruits|volunteers|contingent|contributors?|nationals|citizens|residents|"
     r"members|individuals|people|men", "departed", False),
]
#: One word boundary around all the groups, not one per group: the same matches
#: (a group whose end is not a boundary still yields to the next), at about
#: 60% of the time, since the engine no longer tests \b once per group at every position.
CUE_RE = re.compile(r"\b(?:" + "|".join(f"(?P<c{i}>{p})" for i, (p, _, _) in enumerate(_CUES)) + r")\b", re.IGNORECASE)
_TRAVEL_TO = re.compile(r"^\s+(?:back\s+)?to\s+(?:the\s+)?", re.IGNORECASE)


def find_cues(text: str, start: int, end: int) -> list[Cue]:
    """All cues in text[start:end], in order."""
    out = []
    for m in CUE_RE.finditer(text, start, end):
        i = int(m.lastgroup[1:])
        _, measure, strong = _CUES[i]
        out.append(Cue(m.start(), m.end(), measure, strong))
    return out


def travel_target(text: str, cue: Cue) -> int:
    """Offset where the destination of a travel verb starts ('travelled to the UK'), or -1."""
    if cue.measure != "departed" or not cue.strong:
        return -1
    m = _TRAVEL_TO.match(text[cue.end:cue.end + 20])
    return cue.end + m.end() if m else -1


#: (pattern, canonical attribution). Searched in the sentence; the nearest match to the number wins.
_ATTRIBUTIONS: list[tuple[str, str]] = [
    (r"Gilles de Kerchove|European Union's top counterterrorism official|EU(?:'s)? (?:counterterrorism )?(?:official|coordinator)|E\.U\. officials?", "EU counterterrorism coordinator"),
    (r"National Counterterrorism Center|NCTC", "NCTC"),
    (r"FBI|Federal Bureau of Investigation", "FBI"),
    (r"INTERPOL|Interpol", "INTERPOL"),
    (r"Radicali[sz]ation Awareness Network", "Radicalisation Awareness Network"),
    (r"(?:United Nations|U\.N\.|UN) report", "United Nations report"),
    (r"(?:American|U\.S\.|US) officials|officials in Washington", "American officials"),
    (r"(?:the )?(?:U\.S\.|US|American) government", "U.S. government"),
    (r"(?:European|EU|E\.U\.) officials", "European officials"),
    (r"Soufan|the report|this report|[Tt]he study|[Ii]n (?:the|his|its) report|Barrett|the agency said|[Tt]he report's", "Soufan Center report"),
    (r"(?:government|official) (?:figures|statistics|estimates?)", "government figures"),
    (r"\bofficials (?:say|said)|said officials", "officials"),
]
ATTRIBUTION_RE = re.compile("|".join(f"(?P<a{i}>{p})" for i, (p, _) in enumerate(_ATTRIBUTIONS)))


def find_attributions(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, label) of every attribution phrase in text[start:end]."""
    return [(m.start(), m.end(), _ATTRIBUTIONS[int(m.lastgroup[1:])][1]) for m in ATTRIBUTION_RE.finditer(text, start, end)]
