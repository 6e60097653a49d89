"""Extract the numeric claims of one article: a pure function of its text.

`extract_text` runs the steps in order (header, sentences, numbers, places,
cues, segments, linking, document-level rules) and returns plain rows, so the
same function serves a single file, a process pool or a Dask bag. Every number
found ends either as a claim row or as a skipped-number row with its reason:
nothing is dropped silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.extract import cues as cue_lexicon
from analysis.extract import context, plausibility, structure
from analysis.extract.entities import countries_listed, governments, origins
from analysis.ingest import header as header_mod
from analysis.ingest import markup, normalise
from analysis.core.codebook import MEASURES
from analysis.extract.cues import Cue
from analysis.extract.gazetteer import Mention, load, titled_capitals
from analysis.extract.lexicon import get as get_lexicon
from analysis.core.intervals import DEFAULT_TOLERANCE, interval
from analysis.extract.gazetteer import WORLD
from analysis.extract.linking import Draft, link_sentence, people_noun_end
from analysis.extract.numbers import NumberMention, find_numbers
from analysis.extract.segments import cut
from analysis.extract.sentences import PARAGRAPH_BREAK, split

#: A bullet or "Label: N" line: in a fact box above the headline it holds claims, unlike a dateline or byline.
_LIST_ITEM = re.compile(r"[ \t]*(?:[*\u2022\-\u2013][ \t]|[^\n:|]{2,60}:[ \t]*(?:[~\w]*\s)?\d)")

#: Characters of its sentence a skipped number carries (the number in the middle).
SKIPPED_CONTEXT = 300

#: A dateline that opens the first sentence: a place in capitals, maybe a date, and the agency in brackets.
_DATELINE = re.compile(r"[A-Z][A-Z .'\-]{2,40}(?:,[^\n()]{0,40})?\s*\([^()\n]{2,40}\)\s*[-\u2013\u2014]+\s")


@dataclass(frozen=True)
class Params:
    """Extraction parameters (all have defaults; see README)."""

    approx_tolerance: float = DEFAULT_TOLERANCE


def extract_text(doc_id: str, text: str, params: Params = Params(), lang: str = "en") -> tuple[list[dict], list[dict]]:
    """(claim rows, skipped-number rows) for one decoded article.

    HTML markup is blanked first (`markup.visible`, same length): numbers inside
    tags, comments or scripts become skipped rows with reason "html_markup",
    and no entity, cue or claim is read from markup. Quotes, sentences and
    number texts are cut from the original text, so quote == text[start:end].
    """
    original = text
    markup_spans = markup.spans(text)
    visible = markup.visible(text, markup_spans)
    text, omap, normalised = normalise.for_reading(visible)
    at = _identity if omap is None else omap.__getitem__
    seen = normalise.blank_emphasis(visible) if normalised else None
    lex = get_lexicon(lang)
    gaz = load(lex.code)
    head = header_mod.parse(text)
    numbers = find_numbers(text, lang=lex.code)
    authority = lex.rx["authority_after"]
    mentions = gaz.find(titled_capitals(text))
    found = [m for m in mentions if not authority.match(text, m.end)]
    authorities = governments(text, mentions, lex)  # "the country" in their sentence points to them
    country_back = lex.rx.get("pronoun")
    places = origins(text, found, gaz, lex)
    # "the region" may point back to a region named as a comparison set ("France, the largest contributor in
    # western Europe ... For the region as a whole, 5,718"), which is not a place of origin of its own sentence.
    regions = [m for m in found if m.entity.entity_type == "region" and not m.is_theatre]
    structured = structure.read(text, numbers, places, lex)
    drafts: list[Draft] = []
    skipped: list[dict] = []
    previous_entity: Mention | None = None
    previous_region: Mention | None = None  # "the region" points back to it, even across paragraphs
    region_back = lex.rx.get("region_pronoun")
    sentences = split(text, lex)
    ni = pi = ri = ai = 0
    for idx, sent in enumerate(sentences):
        heads, ai = _take(authorities, ai, sent.start, sent.end, key=lambda m: m.start)
        nums, ni = _take(numbers, ni, sent.start, sent.end, key=lambda n: n.start)
        ents, pi = _take(places, pi, sent.start, sent.end, key=lambda m: m.start)
        regs, ri = _take(regions, ri, sent.start, sent.end, key=lambda m: m.start)
        in_title = head.title_span is not None and head.title_span[0] <= sent.start < head.title_span[1]
        # A header line (dateline, byline, a fact box before the headline) holds claims only if it names a place
        # or stands in a table or list: "Turkey: 900" is a claim, "Published: 23:14 BST" is not.
        in_header = (sent.start < head.body_start and not in_title and not ents
                     and not _LIST_ITEM.match(text, sent.start) and not lex.cue_re.search(text, sent.start, sent.end))
        claimable = []
        for n in nums:
            reason = n.skip or ("header" if in_header and n.start not in structured else "")
            if reason == "decimal_count" and structured.get(n.start, _NO_READING).measure.endswith("_share"):
                reason = ""  # "25,5" under "Return rate, %": a decimal share, not a decimal count of people
            if reason == "none_not_a_count" and n.start in structured:
                reason = ""  # "none" in a table cell under "Returned": a stated zero
            if reason:
                skipped.append(_skip_row(doc_id, original, n, reason, sent, at))
            else:
                claimable.append(n)
        if claimable:
            back = previous_entity
            if not ents and previous_region is not None and region_back is not None and region_back.search(
                    text, sent.start, sent.end):
                back = previous_region  # "Central Asia is hard hit, Tajikistan most. From the region, 4,000 went."
            elif not ents and len({m.entity.key for m in heads}) == 1 and country_back.search(text, sent.start,
                                                                                              sent.end):
                back = heads[0]
            new = _sentence_drafts(text, sent, idx, claimable, ents, back, in_title, lex)
            for d in new:
                if (d.number.start in structured or _is_topic(text, d, lex)
                        or context.short_answer(text, sent, sentences, idx, lex)):
                    drafts.append(d)
                else:
                    skipped.append(_skip_row(doc_id, original, d.number, "no_topic", sent, at))
        if ents:
            previous_entity = ents[-1]
            listed = [d for d in drafts if d.sentence_index == idx and "region_of_listed" in d.flags]
            if listed:  # "900 went from Bosnia, Kosovo, ... and Montenegro. About 250 of them are back."
                previous_entity = Mention(*listed[-1].entity_span, listed[-1].entity)
        if regs:
            previous_region = regs[-1]
        if (idx + 1 < len(sentences) and PARAGRAPH_BREAK.search(text, sent.end, sentences[idx + 1].start)
                and not _dialogue(text, sent, sentences[idx + 1])):
            previous_entity = None  # a new paragraph: pronouns and bare figures no longer point back
    structure.apply(drafts, structured)
    # Checked before the document rules too, so that a share of territory or a population cannot lend its
    # measure to the next sentence's figures; and after them, for the readings those rules made.
    corrections = _corrections_column(text, lex)
    _check_plausibility(text, drafts, sentences, lex, corrections)
    before = [(d.measure, d.entity) for d in drafts]
    context.apply(text, drafts, lex, sentences)
    _check_plausibility(text, [d for d, b in zip(drafts, before) if (d.measure, d.entity) != b], sentences, lex,
                        corrections)
    rows = [_row(doc_id, text, d, sentences, params, lex, original, at, seen) for d in drafts]
    if markup_spans:
        skipped = sorted(skipped + _markup_numbers(doc_id, original, markup_spans, lex.code), key=lambda r: r["start"])
    return rows, skipped


_NO_READING = structure.Reading("", None, "")


def _dialogue(text: str, sent, nxt) -> bool:
    """An interview goes on across paragraphs: a question, or a turn that opens with a speaker label, keeps the
    place the exchange is about ("Q: Let's start with Britain. How many went?" / "A: Around 850.")."""
    return "?" in text[sent.start:sent.end] or bool(context.SPEAKER.match(text, nxt.start))


def _check_plausibility(text: str, drafts: list[Draft], sentences, lex, corrections: bool = False) -> None:
    """A reading that fails a check becomes unclassified with the check's flag (see `plausibility`)."""
    found: dict[int, plausibility.SentenceContexts] = {}
    for d in drafts:
        if d.structure == "table_header":
            continue  # a table's header says what its cells count
        n, sent = d.number, sentences[d.sentence_index]
        if d.sentence_index not in found:
            found[d.sentence_index] = plausibility.SentenceContexts(
                text, sent.start, sent.end, lex.contexts, lex.rx.get("revision_after"), lex.rx.get("old_follows"))
        countries_listed(d)
        etype = d.entity.entity_type if d.entity else ""
        flag = plausibility.check(text, n.span_start, n.span_end, sent.start, sent.end, d.measure, n.value, etype,
                                  found[d.sentence_index])
        if not flag and d.measure == "killed" and lex.killed_fighters is not None:
            # The sentence, not only the clause: "110 Australians are still fighting ..., and about 70 have been
            # killed". Attack victims were already caught by the attack context next to the number.
            if not lex.killed_fighters.search(text, sent.start, sent.end) and not (d.entity_own and d.role):
                flag = "check_killed_context"
        if flag:
            d.measure = "unclassified"
            d.flags.add(flag)
    if corrections:
        _corrected_figures(text, drafts, sentences, lex)
    _elliptic_checks(drafts)


def _corrections_column(text: str, lex) -> bool:
    """Whether the article is, or carries, a corrections notice (searched once per article: the text is long)."""
    marker = lex.rx.get("correction_marker")
    return marker is not None and "corrected_said" in lex.rx and marker.search(text) is not None


def _corrected_figures(text: str, drafts: list[Draft], sentences, lex) -> None:
    """In a corrections column, the figure 'the article said' (or 'gave as') is the wrong one being corrected:
    an old figure, like a superseded estimate, up to a revision marker ('; the correct figure is 2,926')."""
    said = lex.rx["corrected_said"]
    revision = lex.rx.get("revision_after")
    for d in drafts:
        sent = sentences[d.sentence_index]
        m = said.search(text, sent.start, d.number.start)
        if m is None or "check_superseded" in d.flags:
            continue
        if revision is not None and revision.search(text, m.end(), d.number.start):
            continue  # after "the correct figure is": the corrected figure
        d.measure = "unclassified"
        d.flags.add("check_superseded")


#: Checks that an elliptic list item carries over: "40 per million inhabitants, Denmark 27 and Sweden 30".
_CARRIED_CHECKS = ("check_rate", "check_population", "check_detained", "check_attack")


def _elliptic_checks(drafts: list[Draft]) -> None:
    """A figure with no cue of its own, after a figure of the same sentence that failed a context check, is an
    item of the same elliptic list ("Belgium has 40 fighters per million inhabitants, Denmark 27"): same flag."""
    last: dict[int, str] = {}
    for d in drafts:
        carried = last.get(d.sentence_index)
        if carried and d.cue_span is None and d.role == "" and d.number.unit == "count" and not d.structure:
            d.measure = "unclassified"
            d.flags.add(carried)
        flags = [f for f in _CARRIED_CHECKS if f in d.flags]
        if flags:
            last[d.sentence_index] = flags[0]
        elif d.cue_span is not None:
            last.pop(d.sentence_index, None)  # a figure with its own cue ends the list


def _markup_numbers(doc_id: str, text: str, spans: list[tuple[int, int]], lang: str) -> list[dict]:
    """Skipped rows for the numbers inside markup (width="300", a script): never claims, but listed."""
    out = []
    for start, end in spans:
        for n in find_numbers(text, start, end, lang):
            if n.end <= end:
                out.append({"doc_id": doc_id, "start": n.start, "end": n.end, "number_text": text[n.start:n.end],
                            "reason": "html_markup", "sentence": text[start:min(end, start + 200)]})
    return out


def _take(items, i, start, end, key):
    """Items with key in [start, end), advancing a shared cursor (inputs are sorted)."""
    while i < len(items) and key(items[i]) < start:
        i += 1
    j = i
    while j < len(items) and key(items[j]) < end:
        j += 1
    return items[i:j], j


def _sentence_drafts(text, sent, idx, nums, ents, previous_entity, in_title, lex) -> list[Draft]:
    segments = cut(text, sent.start, sent.end, nums, lex)
    cues = _directed_cues(text, cue_lexicon.find_cues(text, sent.start, sent.end, lex), ents, lex)
    for seg in segments:
        seg.numbers = [n for n in nums if seg.start <= n.start < seg.end]
        seg.entities = [m for m in ents if seg.start <= m.start < seg.end]
        seg.cues = [c for c in cues if seg.start <= c.start < seg.end]
    drafts = link_sentence(text, segments, idx, previous_entity, lex)
    attributions = cue_lexicon.find_attributions(text, sent.start, sent.end, lex) if drafts else []
    for d in drafts:
        if attributions:
            d.attribution = min(attributions, key=lambda a: abs(a[0] - d.number.start))[2]
        if d.entity is None:
            _unresolved(text, segments, d, lex)
        if in_title:
            d.flags.add("headline")
        if d.number.form == "none":
            d.flags.add("zero_from_none")
        if d.number.form == "range":
            d.flags.add("range")
        if "dot_thousands" in d.number.notes:
            d.flags.add("ambiguous")
    return drafts


def _directed_cues(text: str, cues: list[Cue], ents: list[Mention], lex) -> list[Cue]:
    """'travelled to the UK': travel towards a home country is a return, not a departure. So is leaving the
    conflict zone: '5,600 have left the group's territory and gone home'."""
    starts = {m.start for m in ents}
    leave_zone = lex.rx.get("leave_zone")
    out = []
    for c in cues:
        target = cue_lexicon.travel_target(text, c, lex)
        left_zone = (c.measure == "departed" and c.strong and leave_zone is not None
                     and leave_zone.match(text, c.start) is not None)
        out.append(Cue(c.start, c.end, "returned", True) if target in starts or left_zone else c)
    return out


def _unresolved(text, segments, d: Draft, lex) -> None:
    """A place-like name the gazetteer does not know: keep it, flagged, rather than guess."""
    own = next(i for i, s in enumerate(segments) if s.start <= d.number.start < s.end)
    credit = _DATELINE.match(text, segments[0].start)
    for i in range(own, -1, -1):
        seg = segments[i]
        if credit and seg.start < credit.end():
            return  # "NEW YORK, Oct 24 (Global Wire Service) - ": the agency that filed the story is no place
        part = text[seg.start:seg.end]
        m = lex.rx["name_only"].match(part) if i != own else None
        m = m or lex.rx["from_name"].search(part)
        if m and m.group("name").split()[0] not in lex.not_places:
            d.entity_text = m.group("name")
            d.entity_span = (seg.start + m.start("name"), seg.start + m.end("name"))
            d.entity_own = i == own
            d.flags.add("unresolved_entity")
            return


def _is_topic(text: str, d: Draft, lex) -> bool:
    """A number is a claim if something ties it to the topic: a measure, a place, people or a share."""
    return (d.measure != "unclassified" or d.entity is not None or bool(d.entity_text)
            or d.number.unit == "percent" or people_noun_end(text, d.number, lex) > d.number.span_end)


def _identity(i: int) -> int:
    return i


def _row(doc_id: str, text: str, d: Draft, sentences, params: Params, lex, source: str | None = None,
         at=_identity, seen: str | None = None) -> dict:
    """The claims-table row of a draft. `text` is what was read (markup blanked, `normalise`d); the quote,
    number and sentence are cut from `source`, the text as decoded, at the offsets `at` maps them to.
    `seen`, the text before normalisation, tells whether the quote was read other than as written."""
    source = text if source is None else source
    n = d.number
    measure = d.measure if d.measure in MEASURES else "unclassified"
    unit = "percent" if n.unit == "percent" else ("countries" if measure.startswith("countries_") else "people")
    low, high = interval(n.value, n.qualifier, unit, params.approx_tolerance, n.low, n.high)
    sent = sentences[d.sentence_index]  # a draft's number lies in its sentence (a search per row was quadratic)
    start, end = _quote_span(text, d, lex)
    start, end = max(start, min(sent.start, n.span_start)), min(end, max(sent.end, n.span_end))  # within its sentence
    entity = d.entity
    if seen is not None and seen[at(start):at(end)] != text[start:end]:
        d.flags.add("normalised_text")
    start, end, n_start, n_end = at(start), at(end), at(n.start), at(n.end)
    return {
        "doc_id": doc_id,
        "claim_id": f"{doc_id}#{n_start}" + (f"-{d.part + 1}" if d.part else ""),
        "entity": entity.key if entity else "",
        "entity_text": d.entity_text if entity is not WORLD or d.entity_text else "",
        "entity_type": entity.entity_type if entity else ("unresolved" if d.entity_text else ""),
        "measure": measure,
        "value": float(n.value),
        "unit": unit,
        "qualifier": n.qualifier,
        "value_low": low,
        "value_high": high,
        "attribution": d.attribution,
        "start": start,
        "end": end,
        "quote": source[start:end],
        "number_text": source[n_start:n_end],
        "number_start": n_start,
        "number_end": n_end,
        "sentence": source[at(sent.start):at(sent.end)],
        "flags": ";".join(sorted(d.flags)),
        "confidence": _confidence(d, measure),
        "language": lex.code,
    }


#: Flags that mean the reading rests on a guess or a failed check, and those that mean one link is indirect.
_LOW_FLAGS = frozenset({"ambiguous", "measure_assumed", "unresolved_entity",
                        "no_entity", "unclassified", "implausible"})
_MEDIUM_FLAGS = frozenset({"normalised_text", "entity_inherited", "measure_from_context", "measure_from_earlier", "entity_from_same_figure",
                           "world_by_magnitude"})


def _confidence(d: Draft, measure: str) -> str:
    """high / medium / low from the evidence that linked the claim (see codebook.CONFIDENCE)."""
    if measure == "unclassified" or d.flags & _LOW_FLAGS:
        return "low"
    if d.structure:
        return "high" if d.structure == "table_header" and d.entity is not None else "medium"
    if d.flags & _MEDIUM_FLAGS or not d.strong:
        return "medium"
    own_measure = d.cue_span is not None or d.role in ("part", "base") or d.number.unit == "percent"
    own_entity = d.entity_own or (d.entity is WORLD and not d.entity_text)
    return "high" if own_measure and own_entity else "medium"


def _quote_span(text: str, d: Draft, lex) -> tuple[int, int]:
    """The shortest span holding the number (with hedge), what it counts and, in its own clause, where."""
    n = d.number
    start, end = n.span_start, people_noun_end(text, n, lex)
    for span in (d.cue_span, d.entity_span if d.entity_own else None):
        if span and span[1] > span[0] and abs(span[0] - n.start) < 120:
            start, end = min(start, span[0]), max(end, span[1])
    return start, end


def _skip_row(doc_id: str, text: str, n: NumberMention, reason: str, sent, at=_identity) -> dict:
    """A number that is not a claim, with its sentence: at most SKIPPED_CONTEXT characters around it, so a text
    without full stops cannot make every skipped row carry the whole text."""
    start, end = at(n.start), at(n.end)
    lo, hi = at(sent.start), at(sent.end)
    if hi - lo > SKIPPED_CONTEXT:
        half = (SKIPPED_CONTEXT - (end - start)) // 2
        lo, hi = max(lo, start - half), min(hi, end + half)
    return {"doc_id": doc_id, "start": start, "end": end, "number_text": text[start:end],
            "reason": reason, "sentence": text[lo:hi]}

