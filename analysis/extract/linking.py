"""Decide, for each number in a sentence, what it counts and whose it is.

Works on the segments of one sentence (see `segments`). The rules, in order:

* **measure**: a strong cue in the number's own segment; in "M of N" the base
  N is `departed` (or `returned` for "of the N returnees") and M takes the
  other cue; otherwise a cue-only segment that follows (the predicate of "of
  which just 500 -- 10 percent -- have returned"); otherwise the nearest
  earlier segment of the same shape (list items share their head's measure).
  Shares take the return/killed cue of the sentence.
* **entity**: a place in the number's own segment; "N each" gives one claim
  per place; "N of them" takes the place of the count it refers to; otherwise
  the nearest earlier segment with a place; otherwise a global total when the
  sentence counts countries ("from 110 countries"); otherwise a pronoun
  ("its") points to the previous sentence. What is still open is settled at
  document level (`extract._apply_document_rules`).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from analysis.extract import roles
from analysis.extract.cue_choice import PRIORITY, best, cue_near, nearest_after, nearest_movement, strong_cues
from analysis.extract.cues import Cue
from analysis.extract.entities import JOINER, SegmentFacts, entities, listed_region, respectively
from analysis.extract.gazetteer import WORLD, Entity, Mention
from analysis.extract.lexicon import Lexicon
from analysis.extract.numbers import NumberMention
from analysis.extract.segments import Segment

SHARE_TO_COUNT = {"return_share": "returned", "killed_share": "killed"}

@dataclass
class Draft:
    """A claim being built: the number, its entity, its measure and why."""

    number: NumberMention
    sentence_index: int
    entity: Entity | None = None
    entity_text: str = ""
    entity_span: tuple[int, int] | None = None
    entity_own: bool = False  # the place is in the number's own segment
    measure: str = "unclassified"
    strong: bool = False
    role: str = ""  # "part" or "base" of an "M of N"
    cue_span: tuple[int, int] | None = None
    flags: set[str] = field(default_factory=set)
    attribution: str = ""
    part: int = 0  # >0 for the extra claims of "N each"
    paragraph_entity: Mention | None = None  # last place of the previous sentence, same paragraph
    structure: str = ""  # "table_header" or "list_heading" when a table or list gave the reading


#: A count above this with no place of its own is a global total: no country sent or took back more than about
#: 7,500 fighters (the largest national figure in the coverage), so "the 40,000 who went" is the world's.
WORLD_SCALE = 10_000


def link_sentence(text: str, segments: list[Segment], sentence_index: int,
                  previous_entity: Mention | None, lex: Lexicon) -> list[Draft]:
    """Drafts for every claimable number in one sentence's segments."""
    drafts: list[Draft] = []
    # Facts of the whole sentence or segment are looked up once, not once per number: a pasted table
    # with no full stops is one long "sentence" of many numbers, and per-number searches of it
    # were quadratic.
    start, end = segments[0].start, segments[-1].end
    rx = lex.rx
    # "from 110 countries", "to thirty-three countries": a count of countries frames the sentence as global.
    # A handful ("those three countries") is not the world; the report's frames are 33 and 110 countries.
    counted_countries = any(n.value >= 20 and rx["countries_after"].match(text, n.span_end)
                            for s in segments for n in s.numbers)
    worldwide = bool(counted_countries or rx["countries_number"].search(text, start, end)
                     or rx["world"].search(text, start, end))
    across = roles.across(text, segments, rx)
    for si, seg in enumerate(segments):
        if not seg.numbers:
            continue  # its cues and places serve the figures of other segments, read there
        role_of = {**roles.within(text, seg, rx), **across}
        facts = SegmentFacts(worldwide, bool(rx["each"].search(text, seg.start, seg.end)),
                              bool(rx["of_them"].search(text, seg.start, seg.end)),
                              bool(rx["pronoun"].search(text, seg.start, seg.end)),
                              rx.get("list_joiner", JOINER), rx.get("conj"), rx.get("leading_with"),
                              bool(rx["world"].search(text, seg.start, seg.end)))
        for n in seg.numbers:
            for part, (ent, flags) in enumerate(entities(text, segments, si, n, previous_entity, drafts, facts)):
                d = Draft(n, sentence_index, part=part, role=role_of.get(id(n), ""), paragraph_entity=previous_entity)
                d.flags |= flags
                if ent is not None:
                    d.entity, d.entity_span = ent.entity, (ent.start, ent.end)
                    d.entity_own = seg.start <= ent.start < seg.end
                    d.entity_text = text[ent.start:ent.end] if ent.end > ent.start else ""
                _measure(text, segments, si, d, drafts, rx)
                drafts.append(d)
    if "respectively" in rx and rx["respectively"].search(text, start, end):
        respectively(text, segments, drafts)
    listed_region(text, segments, drafts)
    _wholes_of_parts(drafts)
    return drafts


def _wholes_of_parts(drafts: list[Draft]) -> None:
    """"The former Soviet Union supplied more than 8,700 of the more than 40,000 foreigners": a whole of
    departures that holds a place's departures is larger than the place. Above any country's or region's scale
    it is the world's total; the place is the part's."""
    for part, whole in zip(drafts, drafts[1:]):
        if (part.role == "part" and whole.role == "base" and part.measure == whole.measure == "departed"
                and whole.entity is not None and whole.entity == part.entity and whole.entity != WORLD
                and whole.number.value > WORLD_SCALE):
            whole.entity, whole.entity_span, whole.entity_text, whole.entity_own = WORLD, None, "", False
            whole.flags.add("world_by_magnitude")


# ---------------------------------------------------------------- measures

#: Cue measures for women and children, which a figure naming other people ("248 men") does not take.
_WOMEN_CHILDREN = ("women", "children", "women_children")


def _measure(text, segments, si, d: Draft, earlier: list[Draft], rx) -> None:
    seg, n = segments[si], d.number
    if n.unit == "percent":
        _share(text, segments, si, d)
        return
    after = rx["countries_after"].match(text, n.span_end)
    if after:
        # "returned to 33 countries": countries people came back to; otherwise the clause decides.
        back_to = "countries_to" in rx and rx["countries_to"].search(text, max(0, n.span_start - 24), n.span_start)
        measure = "countries_of_return" if back_to else _countries_measure(segments, si)
        d.measure, d.strong, d.cue_span = measure, True, (n.span_end, after.end())
        return
    if any(_victim_cue(text, c, n) for c in seg.cues):
        return  # "killed 22 people": victims of an attack, no measure in the codebook fits
    cues = [c for c in seg.cues if c.measure != "countries"]
    noun = rx["people_after"].match(text, n.span_end)
    if noun and noun.end() - n.span_end < 60 and not any(
            c.measure in _WOMEN_CHILDREN and c.start < noun.end() and c.end > n.span_end for c in cues):
        # "248 men were accompanied by 60 women": a figure that says whom it counts is not the women or children
        # counted beside it.
        cues = [c for c in cues if c.measure not in _WOMEN_CHILDREN]
    if d.role == "base":
        returnees = rx["returnees_after"].match(text, n.span_end)
        d.measure, d.strong = ("returned" if returnees else "departed"), True
        d.cue_span = cue_near(cues, n, d.measure)
        return
    if d.role == "part":
        # "400 of the 3,417 Russians who had joined returned": a departure after the part describes the whole;
        # one before it is the part's own verb ("в ряды ИГ вступили свыше 40 тыс. иностранцев из 110 стран").
        cues = [c for c in cues if c.measure != "departed" or c.end <= n.start]
        if not cues and _predicate(text, segments, si, d, rx):
            return  # "5,600 of them, from 33 countries, have now returned home": the clause's verb follows
    pick = best(cues)
    if pick is not None and (not pick.strong or _relative_only(text, seg, pick, rx)) and _predicate(text, segments, si,
                                                                                                 d, rx):
        # "5,600 people from 33 countries, including Australia, have returned" (a weak cue) and "5,600 people who
        # went to join ISIS ... have now gone home" (a relative clause): the verb that follows wins.
        return
    if pick is not None and not pick.strong and _heading_clause(segments, si, d):
        return  # "most returnees went to Saudi Arabia -- 760 people": the clause before names what is counted
    if pick is not None:
        _apply(d, pick, strong_cues(segments))
    elif not _inherit(segments, si, earlier, d):
        if d.role == "part":
            # "Russia alone accounted for 3,417 of them, and 400 Russians have since come back": a later clause
            # with a figure of its own has its own verb; "of them" counts what the group before it counts.
            of_them = rx["of_them"].match(text, d.number.span_end + 1) is not None
            pick = nearest_after(segments, si, _not_a_departure, own_figures=of_them)
            if pick is not None:
                _apply(d, pick, strong_cues(segments))
        elif not _list_tail(text, segments, si, d, rx):
            _sentence_predicate(segments, d)


def _not_a_departure(c: Cue) -> bool:
    """A part's own verb: a departure after the part describes its whole, and a countries cue counts countries."""
    return c.measure not in ("departed", "countries")


def _heading_clause(segments, si, d: Draft) -> bool:
    """Apply the strong cue of the number-free segment just before, when the number's own cue is weak; asides
    and places with no cue at all are stepped over ("Из них вернулись, по данным полиции, около 40 человек")."""
    for prev in reversed(segments[:si]):
        if prev.numbers:
            return False
        strong = [c for c in prev.cues if c.strong and c.measure not in ("countries", "women", "children")
                  and not (d.role == "part" and c.measure == "departed")]
        if strong:
            _apply(d, best(strong), strong_cues(segments), own=False)
            return True
        if prev.cues:
            return False
        # a place-only segment between is stepped over: "Больше всего вернувшихся — в Турции: 900 человек"
    return False


def _relative_only(text, seg, pick, rx) -> bool:
    """The chosen cue sits in a relative clause ("who went to"), so it describes the people, not the figure."""
    if pick.measure != "departed":
        return False
    m = _relative(text, seg, pick, rx)
    # "Uzbekistan, which sent 1,500, has seen none return": the figure is inside the relative clause, its verb's.
    return m is not None and not any(n.start >= m.start() for n in seg.numbers)


def _predicate(text, segments, si, d: Draft, rx) -> bool:
    """Apply the strong cue of a number-free segment that follows (the clause's verb), if there is one. A count of
    countries does not end the search: "3,000 volunteers, from 20 countries, have already returned"."""
    for nxt in segments[si + 1:]:
        if nxt.numbers and not all(rx["countries_after"].match(text, m.span_end) for m in nxt.numbers):
            return False
        strong = [c for c in nxt.cues if c.strong and c.measure not in ("countries", "women", "children")
                  and not (d.role == "part" and c.measure == "departed")
                  and not (c.measure == "departed" and _relative(text, nxt, c, rx) is not None)]
        if strong:
            _apply(d, best(strong), strong_cues(segments), own=False)
            return True
    return False


def _relative(text, seg, c: Cue, rx):
    """The relative pronoun before the cue, if the cue is the verb of a relative clause (", которые уехали в
    Сирию,"): a departure there describes the people counted, not what the figure says of them."""
    relative = rx.get("relative_before")
    return relative.search(text, max(seg.start, c.start - 30), c.start) if relative is not None else None


def _list_tail(text, segments, si, d: Draft, rx) -> bool:
    """"Turkey's 900, Tunisia's 800 and Saudi Arabia's 760 returnees": items with no cue take the cue of the
    next figure that has one, the list's last item. Bare figures list too (a figure alone in its segment, or
    before "respectively"): "have seen 400, 760 and 250 of their citizens return, respectively"."""
    marker = rx.get("respectively")
    seg = segments[si]
    bare = (not text[seg.start:d.number.span_start].strip(" ,") and not text[d.number.span_end:seg.end].strip(" ,")
            or marker is not None and marker.search(text, segments[0].start, segments[-1].end) is not None)
    for nxt in segments[si + 1:]:
        if not nxt.numbers or nxt.subordinate:
            continue  # ", of whom 147 have returned" details the figure before it; it is not the list's last item
        # Only a cue after that figure ("760 returnees") is the list's: a verb before it ("Spain 200, and about
        # 30 have come back") is the next clause's own predicate.
        if not nxt.entities and not (bare and not _words_before(text, nxt)):
            return False  # "a figure of 1,623, and 198 returnees": a second figure of the same place, not a list
        first = nxt.numbers[0].start
        strong = [c for c in nxt.cues if c.strong and c.measure not in ("countries",) and c.start > first]
        if strong:
            _apply(d, best(strong), strong_cues(segments), own=False)
            return True
    return False


def _words_before(text, seg) -> str:
    """What the segment says before its first figure, a short opening word left out: the conjunction of a list
    ("and 250", "et 250", "и 250" are bare; "a figure of 1,623" is not)."""
    words = text[seg.start:seg.numbers[0].span_start].split()
    return " ".join(words[1:] if words and len(words[0]) <= 3 else words)


def _sentence_predicate(segments, d: Draft) -> None:
    """"Only Turkey (900), Tunisia (800) and Saudi Arabia (760) have seen more of their nationals set off": list
    items with no cue of their own share the verb that follows the last figure of the sentence."""
    last = max((k for k, s in enumerate(segments) if s.numbers), default=-1)
    for s in segments[last + 1:]:  # the nearest clause's verb, not a stronger one further on
        strong = [c for c in s.cues if c.strong and c.measure not in ("countries",)]
        if strong:
            _apply(d, best(strong), strong_cues(segments), own=False)
            return


def _apply(d: Draft, cue: Cue, context: list[Cue], own: bool = True) -> None:
    measure = cue.measure
    if measure in ("women", "children"):
        measure = f"{measure}_{nearest_movement(context, d.number.start)}"
    d.measure, d.strong = measure, cue.strong
    d.cue_span = (cue.start, cue.end) if own else None


def _inherit(segments, si, earlier: list[Draft], d: Draft) -> bool:
    """Take the measure of a trailing predicate or of an earlier segment of the same shape."""
    for nxt in segments[si + 1:]:
        if any(n.unit != "percent" for n in nxt.numbers):
            break  # a share in apposition ("500 -- 10 percent -- have returned") does not end the search
        # The part of "M of N" is not what N counts: "400 of the 3,417 Russians, who had joined IS, returned".
        pick = best([c for c in nxt.cues if d.role != "part" or c.measure != "departed"])
        if pick is not None:
            _apply(d, pick, strong_cues(segments), own=False)
            return True
    shape = segments[si].subordinate
    previous = [s for s in reversed(segments[:si]) if s.numbers]
    donors = _donors(segments, si, earlier, d.sentence_index)
    for prev in [s for s in previous if s.subordinate == shape] + [s for s in previous if s.subordinate != shape]:
        e = donors.get(prev.start)
        if e is not None:
            d.measure, d.strong = SHARE_TO_COUNT.get(e.measure, e.measure), e.strong
            return True
    head = best([c for s in segments[:si] if not s.numbers for c in s.cues
                  if d.role != "part" or c.measure != "departed"])
    if head is not None:
        _apply(d, head, strong_cues(segments), own=False)
        return True
    return False


_INHERITABLE = PRIORITY + ("women_returned", "children_returned", "women_departed", "children_departed")


def _donors(segments, si, earlier: list[Draft], sentence_index: int) -> dict[int, Draft]:
    """{segment start: the last draft in that segment whose measure a later number may take}.

    One pass over the drafts, instead of one per earlier segment: that nested scan was cubic
    in the number of figures in a sentence.
    """
    starts = [s.start for s in segments[:si]]
    out: dict[int, Draft] = {}
    for e in earlier:
        if e.sentence_index != sentence_index or e.role == "base":
            continue
        if SHARE_TO_COUNT.get(e.measure, e.measure) not in _INHERITABLE:
            continue
        k = bisect_right(starts, e.number.start) - 1
        if k >= 0 and e.number.start < segments[k].end:
            out[segments[k].start] = e  # later drafts overwrite: the last one wins, as in a reversed scan
    return out


def _share(text, segments, si, d: Draft) -> None:
    """A percent is a share of something: of those who returned, or who were killed."""
    order = [segments[si]] + segments[si + 1:] + list(reversed(segments[:si]))
    for seg in order:
        for c in seg.cues:
            if c.measure in ("returned", "killed") and not _victim_cue(text, c, d.number):
                d.measure = "return_share" if c.measure == "returned" else "killed_share"
                d.strong = True
                if seg is segments[si]:
                    d.cue_span = (c.start, c.end)
                return


def _countries_measure(segments, si: int) -> str:
    """'from 33 countries' counts origins, unless its clause is about returns.

    The clause is the number's own segment and the number-free segments after it (its predicate); when they
    hold no cue for leaving or returning, the whole sentence decides.
    """
    found: set[str] = set()
    for k, seg in enumerate(segments[si:]):
        if k and seg.numbers:
            break
        found |= {c.measure for c in seg.cues if c.strong}
    if "returned" in found:  # "from 33 countries who went to Syria are back home": the return is the news
        return "countries_of_return"
    if "departed" in found:
        return "countries_of_origin"
    return "countries_of_return" if any(c.measure == "returned" for c in strong_cues(segments)) else "countries_of_origin"


def _victim_cue(text: str, c: Cue, n: NumberMention) -> bool:
    """'killed 22 people': the number is the victims of an attack, not fighters killed."""
    return c.measure == "killed" and c.end <= n.span_start and not text[c.end:n.span_start].strip()


def people_noun_end(text: str, n: NumberMention, lex: Lexicon) -> int:
    """End of the people noun right after the number ('129 fighters'), or the number's end."""
    m = lex.rx["people_after"].match(text, n.span_end)
    return m.end() if m and m.end() - n.span_end < 60 else n.span_end
