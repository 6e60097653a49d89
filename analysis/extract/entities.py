"""Whose figure it is: the place, group or world total a number in a sentence belongs to.

Works on the segments of one sentence (see `segments`), for `linking`: a place in the number's own segment
(nearest, and directly attached wins); "N each", "M and N, respectively" or a share shared by "Britain,
Denmark and Sweden" gives one claim per place; "of them" points back to the group just counted; otherwise the
nearest earlier segment's place, a place in the verb clause that follows, a global frame, or a pronoun's
antecedent. What is still open is settled by `context`, across sentences. `origins` first sets aside the
mentions that cannot be a figure's place at all (the war zone, destinations, outlets, a group's home country).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.core.codebook import MEASURES
from analysis.extract.gazetteer import THEATRE, WORLD, Mention, load
from analysis.extract.plausibility import MAX_COUNTRIES, MIN_COUNTRIES
from analysis.extract.numbers import NumberMention

JOINER = re.compile(r"^[\s,&]*$")


@dataclass(frozen=True)
class SegmentFacts:
    worldwide: bool  # the sentence counts countries or says "worldwide", "in total"...
    each: bool       # "each", "apiece", "respectively", "both"
    of_them: bool    # "of them", "of those", "of whom"...
    pronoun: bool    # "its", "the country"
    joiner: re.Pattern  # what may stand between two listed places: ", ", " and "
    conj: re.Pattern | None = None  # a conjunction that opens a new clause: " while ", " but "
    leading_with: re.Pattern | None = None  # "With 400 departures, Lebanon ...": a sentence opened by "with"
    own_world: bool = False  # the number's own segment says "worldwide", "in total"...


def origins(text: str, mentions: list[Mention], gaz, lex) -> list[Mention]:
    """The place mentions that may be a figure's place of origin: not the war zone, not a region named as a
    destination or a comparison set, not a country named beside the ethnic group that lives in it."""
    return _group_homes([m for m in mentions if not m.is_theatre and not _not_an_origin(text, m, gaz, lex)], gaz)


#: How far a group's home country may stand from the group's name to describe it: "Uighurs (China)",
#: "Uyghurs from China", "China's Uighurs", "уйгуры из Китая".
GROUP_HOME_GAP = 12


def _group_homes(places: list[Mention], gaz) -> list[Mention]:
    """Drop a country named right beside an ethnic group that lives in it ("1,200 Uighurs from China went;
    none has returned"): it says where the group is from; the figures are the group's (the report counts the
    Uighurs apart from China)."""
    groups = [m for m in places if m.entity.entity_type == "group"]
    if not groups:
        return places
    return [m for m in places if m.entity.entity_type != "country" or not _beside_its_group(m, groups, gaz)]


def _beside_its_group(country: Mention, groups: list[Mention], gaz) -> bool:
    return any(country.entity.key in gaz.members.get(g.entity.key, ())
               and (0 <= country.start - g.end <= GROUP_HOME_GAP or 0 <= g.start - country.end <= GROUP_HOME_GAP)
               for g in groups)


def _not_an_origin(text: str, m: Mention, gaz, lex) -> bool:
    """A place naming a news outlet's country, a region named as where fighters went, or as the set a country is
    compared with: not a place of origin.

    'sent few fighters to the Middle East' (a region that holds the war zone, like Syria itself) and 'one of
    the biggest returnee populations in Europe: of about 850 who left, 425 are back' (the figures are Britain's).
    """
    outlet = lex.rx.get("outlet_before")
    if outlet is not None and outlet.search(text, max(0, m.start - 30), m.start):
        return True  # "le quotidien libanais Al-Akhbar", "el diario chileno": the outlet's country, not the figure's
    if m.entity.entity_type != "region":
        return False
    before = lex.rx.get("destination_before")
    if (before is not None and THEATRE & set(gaz.members.get(m.entity.key, ()))
            and before.search(text, max(0, m.start - 16), m.start)):
        return True
    comparison = lex.rx.get("comparison_before")
    return comparison is not None and comparison.search(text, max(0, m.start - 70), m.start) is not None


def entities(text, segments, si, n, previous_entity, drafts, facts: SegmentFacts):
    """[(Mention-or-None, flags)]: one item, or one per place for 'N each'."""
    seg = segments[si]
    own = seg.entities
    if own or facts.each:
        listed = _listed(segments, si)
        if len({m.entity.key for m in listed}) > 1 and facts.each:
            return [(m, set()) for m in listed]
    if n.unit == "percent":
        shared = _coordinated(text, segments, si, facts.joiner, facts.conj)
        if len(shared) > 1:  # "the figure is fifty per cent in Britain, Denmark and Sweden": each has it
            return [(m, set()) for m in shared]
    if facts.of_them and own and all(any(c.measure == "returned" and n.end <= c.start < m.start for c in seg.cues)
                                     for m in own):
        # "A quarter of them are back in Europe", "Ein Viertel von ihnen ist wieder in Europa": "of them" points
        # back to the group just counted; a place after the figure is where they went.
        if drafts and drafts[-1].entity_span:
            prev = drafts[-1]
            return [(Mention(*prev.entity_span, prev.entity), set())]
        if previous_entity is not None:
            return [(previous_entity, {"entity_inherited"})]
    dashed = _dashed_place(text, segments, si, n)
    if dashed is not None:
        return [(dashed, set())]
    if own:
        best = min(own, key=lambda m: _distance(m, n))
        flags = {"ambiguous"} if len({m.entity.key for m in own}) > 1 and not _direct(text, best, n) else set()
        return [(best, flags)]
    if facts.of_them and drafts and drafts[-1].entity_span:
        prev = drafts[-1]  # "more than 100 of them": the group counted just before
        return [(Mention(*prev.entity_span, prev.entity), set())]
    for k in range(si - 1, -1, -1):
        prev = segments[k]
        if prev.entities and not _apposition(text, segments, k):
            joined = _joined(text, prev.entities, facts.joiner) if n.unit == "percent" else []
            if len(joined) > 1:  # "Denmark and Sweden look like us: about half are home again": each has it
                return [(m, set()) for m in joined]
            nearest = min(prev.entities, key=lambda m: _distance(m, n))
            return [(_region_of_examples(text, segments[:k + 1], nearest), set())]
    if si == 0 and len(segments) > 1 and segments[1].entities and facts.leading_with is not None \
            and facts.leading_with.match(text, seg.start):
        return [(segments[1].entities[0], set())]  # "With 400 departures, Lebanon has seen 90 return": its subject
    if facts.own_world:  # "Some 5,700 fighters home worldwide; Saudi returns among highest": the world's
        return [(Mention(n.start, n.start, WORLD), set())]
    later = _predicate_place(text, segments, si, facts.conj)
    if later is not None:
        return [(later, set())]
    if facts.worldwide:
        return [(Mention(n.start, n.start, WORLD), set())]
    if facts.pronoun and previous_entity is not None:
        return [(previous_entity, {"entity_inherited"})]
    return [(None, set())]


def countries_listed(d) -> None:
    """"Gone home, to 33 countries including Australia": a country named after a count of countries is one of
    them, so the count is the world's (a country has no countries of origin or return)."""
    if (MEASURES.get(d.measure, ("",))[0] == "countries" and d.entity is not None
            and d.entity.entity_type == "country" and d.entity_span and d.entity_span[0] > d.number.span_end
            and MIN_COUNTRIES <= d.number.value <= MAX_COUNTRIES):
        d.entity, d.entity_span, d.entity_text, d.entity_own = WORLD, None, "", False


def governments(text: str, mentions: list[Mention], lex) -> list[Mention]:
    """Countries named as a government or its services ("France's interior minister", "el Ministerio del Interior
    de España", "МВД Франции"): no figure's place, but "the country" in their sentence points to them ("France's
    interior minister said 271 of the country's 1,910 jihadists had come back"). The language's
    `authority_country` pattern is matched right after the name or right before it."""
    own = lex.rx.get("authority_country")
    if own is None:
        return []
    return [m for m in mentions if m.entity.entity_type == "country"
            and (own.match(text[m.end:m.end + 60]) or own.search(text[max(0, m.start - 60):m.start]))]


def respectively(text, segments, drafts) -> None:
    """"Kazakhstan and Turkmenistan sent 500 and 400, respectively": the k-th figure is the k-th place's, when the
    places listed before the first figure are as many as the figures. Two series for the same places ("for
    Germany, the UK and Belgium, 915, 850 and 500 departures, with returns of 300, 425 and 100 respectively")
    pair each series with the places in turn."""
    first = min((d.number.start for d in drafts), default=None)
    if first is None:
        return
    places: list[Mention] = []
    for seg in segments:
        for m in seg.entities:
            if m.end <= first and m.entity.key not in {p.entity.key for p in places}:
                places.append(m)
    counted = [d for d in drafts if d.number.unit == "count" and not d.part]
    # The places nearest the figures are the listed ones: "In Europe, France and Germany sent 1,910 and 915,
    # respectively" pairs France and Germany, the frame before them is left out.
    while len(places) > 2 and counted and len(counted) % len(places):
        places = places[1:]
    if len(places) < 2 or not counted or len(counted) % len(places):
        return
    if any(_LIST_GAP.fullmatch(text[a.end:b.start]) is None for a, b in zip(places, places[1:])):
        return  # "no figure for Spain, but for its neighbours: France (1,910 ...), Germany (915 and 300, respectively)"
    for i, d in enumerate(sorted(counted, key=lambda d: d.number.start)):
        m = places[i % len(places)]
        d.entity, d.entity_span, d.entity_own, d.entity_text = m.entity, (m.start, m.end), True, ""
        d.flags.discard("ambiguous")


def listed_region(text, segments, drafts) -> None:
    """"Rund 900 Männer, Frauen und Kinder aus Bosnien-Herzegowina, dem Kosovo, Albanien, Mazedonien, Serbien und
    Montenegro": a figure for a list that names every member of a region is the region's. A list of only some
    members is a sum with no key of its own, and is left as it is."""
    countries = [m for s in segments for m in s.entities if m.entity.entity_type == "country"]
    if len(countries) < 3 or any(_LIST_GAP.fullmatch(text[a.end:b.start]) is None
                                 for a, b in zip(countries, countries[1:])):
        return
    keys, gaz = {m.entity.key for m in countries}, load("en")
    whole = [r for r, ms in gaz.members.items() if len(ms) >= 3 and set(ms) <= keys]
    counted = [d for d in drafts if d.number.unit == "count" and d.entity is not None and d.entity.key in keys]
    if len(whole) != 1 or not counted or len(counted) >= len(keys):
        return  # as many figures as places are each place's own
    region = gaz.entity(whole[0])
    span = (countries[0].start, countries[-1].end)
    for d in counted:
        d.entity, d.entity_span, d.entity_text, d.entity_own = region, span, "", True
        d.flags.add("region_of_listed")


#: What may stand between two places of one list, in any language: commas and at most two short lower-case words
#: (a conjunction, an article: ", dem Kosovo", " and the ").
_LIST_GAP = re.compile(r"[\s,]*(?:[^\W\d_A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d_]{0,3}[\s,]+){0,2}")


def _dashed_place(text, segments, si, n) -> Mention | None:
    """"1500 — из Узбекистана и 400 — из Туркменистана": a figure followed by a dash and a place, with at most a
    preposition between, is that place's (a list written "figure — place"), even when another place is nearer
    before it."""
    for m in segments[si].entities:
        if m.start > n.span_end and _DASH_TO_PLACE.fullmatch(text, n.span_end, m.start):
            return m
    return None


#: A dash and at most a short word (a preposition: "из", "de", "from") between a figure and its place.
_DASH_TO_PLACE = re.compile(r"\s*(?:\u2014|\u2013|--|-)\s*(?:[^\W\d_]{1,4}\s+)?")


def _region_of_examples(text, segments, m: Mention) -> Mention:
    """"Uit de Westelijke Balkan — Bosnië, Kosovo, Albanië — gaat het om zowat 900 mensen": members listed right
    after their region, in an aside, are its examples; the figure is the region's. One member in the aside is
    its subject ("el norte de África —Túnez, con 2.926, figura entre los principales emisores")."""
    places = [p for s in segments for p in s.entities if p.end <= m.end]
    regions = [p for p in places if p.entity.entity_type == "region"]
    if not regions or m.entity.entity_type != "country":
        return m
    region = regions[-1]
    listed = [p for p in places if p.start > region.end]
    gaps = [text[a.end:b.start] for a, b in zip([region] + listed, listed)]
    if (len(listed) >= 2 and _members_of(region, listed) and _EXAMPLES_OPEN.fullmatch(gaps[0])
            and all(_LIST_GAP.fullmatch(g) for g in gaps[1:]) and _EXAMPLES_CLOSE.match(text, listed[-1].end)):
        return region
    return m


#: An aside after a region, opened and closed by dashes or brackets ("Western Balkans (Bosnia, Kosovo...)").
_EXAMPLES_OPEN = re.compile(r"\s*(?:\u2014|\u2013|--|\s-|\()\s*")
_EXAMPLES_CLOSE = re.compile(r"\s*(?:\u2014|\u2013|--|-\s|\))")


def _apposition(text, segments, k) -> bool:
    """Segment k is an aside about the place just before it: "Australia, often grouped with Southeast Asia in
    regional forums, has seen 165 go". Its own places describe the subject; they are not the figure's place."""
    seg, before = segments[k], segments[k - 1] if k else None
    if before is None or seg.numbers or seg.opener.strip() != "," or not before.entities:
        return False
    if text[before.entities[-1].end:before.end].strip():
        return False  # the segment before does not end with its place
    lead = seg.entities[0] if seg.entities else None
    if (lead and len(text[seg.start:lead.start].split()) <= 1 and len(text[lead.end:seg.end].split()) >= 3
            and (_members_of(before.entities[-1], [lead]) or 1 <= len(_without_places(text, before).split()) <= 2)):
        # "In Western Europe, France was the largest source", "After Tunisia, Morocco sent the most": a member, or
        # any place after a short frame, opening a clause of its own is its subject ("Russia included" is still an
        # aside).
        return False
    rest = _without_places(text, seg)
    # "In Southeast Asia, Indonesia, ... sent 600": a bare place after a region is the subject, not an aside; but
    # "the former Soviet republics, Russia included, account for 8,700" names a member of the region in passing.
    words = rest.split()
    marked = any(len(w.strip(".,;:'\u2019()")) >= 4 for w in words)  # "included", "comprise", not an article
    return len(words) >= 3 or (marked and _members_of(before.entities[-1], seg.entities))


def _members_of(region: Mention, places: list[Mention]) -> bool:
    """Every place is a member of `region` (a region of the gazetteer)."""
    members = load("en").members.get(region.entity.key, ())
    return bool(members) and all(m.entity.key in members for m in places)


def _predicate_place(text, segments, si, conj) -> Mention | None:
    """A place in the verb clause that follows: "85 femmes et 118 enfants sont revenus en France",
    "Von 296 Kämpfern sollen 90 nach Österreich zurückgekehrt sein". Only a number-free later segment with a
    strong cue counts, and only up to the next figure or a conjunction opening a clause of its own ("50 have
    come home, while several hundred more were stopped in Turkey")."""
    for nxt in segments[si + 1:]:
        if nxt.numbers or (conj is not None and (conj.fullmatch(nxt.opener) or conj.match(text, nxt.start))):
            return None
        if nxt.entities and any(c.strong and c.measure in ("returned", "departed") for c in nxt.cues):
            return nxt.entities[0]
    return None


def _coordinated(text, segments, si, joiner, conj=None) -> list[Mention]:
    """Places that a share applies to together: the number's own segment and the place-only segments next to
    it, when every two neighbours in one segment are joined by a list joiner (',' 'and' '&'). [] otherwise.
    A place after a contrasting conjunction is not one of them ("about half return, while France ...")."""
    group = list(segments[si].entities)
    for k in range(si - 1, -1, -1):  # place-only segments before, joined by ',' or 'and' (never ';')
        prev = segments[k]
        if prev.numbers or not prev.entities or not joiner.match(segments[k + 1].opener):
            break
        group = prev.entities + group
    for nxt in segments[si + 1:]:
        if nxt.numbers or not _bare_places(text, nxt) or not joiner.match(nxt.opener):
            break
        contrast = conj.match(text, nxt.start) if conj is not None else None
        if contrast and not joiner.match(contrast.group()):
            break
        group = group + nxt.entities
    for a, b in zip(group, group[1:]):
        same_segment = any(s.start <= a.start and b.end <= s.end for s in segments)
        if same_segment and not joiner.match(text[a.end:b.start]):
            return []
    unique = {m.entity.key: m for m in reversed(group)}
    return sorted(unique.values(), key=lambda m: m.start)


def _joined(text, places: list[Mention], joiner) -> list[Mention]:
    """The places if they are one list ("Denmark and Sweden", "Belgium, France and Germany"), else []."""
    if any(not joiner.match(text[a.end:b.start]) for a, b in zip(places, places[1:])):
        return []
    return list({m.entity.key: m for m in places}.values())


def _bare_places(text, seg) -> bool:
    """A segment that is a list of places ("Denmark and Sweden", "in Britain"), not a clause about one. A share is
    shared with the places listed after it only then: "a third have returned, and the proportion is higher for
    Denmark" contrasts Denmark with the figure before it."""
    return bool(seg.entities) and len(re.findall(r"[^\W\d_]{4,}", _without_places(text, seg))) <= 1


def _without_places(text, seg) -> str:
    """The segment's text with its place names taken out: what it says besides naming them."""
    parts, at = [], seg.start
    for m in seg.entities:
        parts.append(text[at:m.start])
        at = m.end
    return " ".join(parts + [text[at:seg.end]])


def _listed(segments, si) -> list[Mention]:
    """Places of the number's segment plus a list of place-only segments before it."""
    out = list(segments[si].entities)
    for prev in reversed(segments[:si]):
        if prev.numbers or (not prev.entities and out):
            break
        # An aside between the places and the figure ("Libya and Egypt, the report says, sent 600 each") is
        # stepped over until the list is reached.
        out = prev.entities + out
    seen, unique = set(), []
    for m in out:
        if m.entity.key not in seen:
            seen.add(m.entity.key)
            unique.append(m)
    return unique


def _distance(m: Mention, n: NumberMention) -> int:
    return n.span_start - m.end if m.end <= n.span_start else m.start - n.span_end


def _direct(text: str, m: Mention, n: NumberMention) -> bool:
    """'Tunisia's 2,926' or '1,500 from Uzbekistan': a direct link that settles ambiguity."""
    between = text[m.end:n.span_start] if m.end <= n.span_start else text[n.span_end:m.start]
    return len(between.strip()) <= 3 or between.strip().startswith(("from", "of", "'s", "\u2019s"))


# ---------------------------------------------------------------- measures
