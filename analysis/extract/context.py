"""Rules that need more than one sentence: what a figure counts and whose it is, from the article around it.

Linking reads one sentence; these rules read the article: a bare figure that answers a question takes the
question's measure and the place the exchange is about; a share with no cue takes what the figures just before
count; "the 300" repeats an earlier figure; the same value elsewhere lends its place; a count larger than any
country's is a world total; a figure with no place and no global frame is kept unclassified. They run on the
drafts of `extract.document`, after the structure and the first plausibility pass.
"""

from __future__ import annotations

import re
from collections import Counter

from analysis.core.codebook import HEADLINE_GAP
from analysis.core.digits import specific
from analysis.extract import cues as cue_lexicon
from analysis.extract.gazetteer import WORLD, load
from analysis.extract.linking import PRIORITY, SHARE_TO_COUNT, WORLD_SCALE, Draft
from analysis.extract.sentences import PARAGRAPH_BREAK

#: The same for returns: no country or region is known to have taken back more than about 1,500 (Turkey 900,
#: Western Europe's third of 5,718), so "at least 5,600 have gone home", with no place, is the world's.
RETURN_WORLD_SCALE = 3_000

#: A speaker or question/answer label at the start of a paragraph ("Q:", "A:", "HALE:", "— ").
SPEAKER = re.compile(r"[ \t]*(?:[^\W\d_][\w.'\u2019\- ]{0,40}:|[\u2014\u2013-])[ \t]")


def apply(text: str, drafts: list[Draft], lex, sentences) -> None:
    """Rules that need more than one sentence, applied in document order."""
    for i, d in enumerate(drafts):
        if any(f.startswith("check_") for f in d.flags):
            continue  # failed a plausibility check: no rule may give it a measure back
        _restated_place(drafts, i)
        _restated_share(text, drafts, i, lex)
        before = text[max(0, d.number.span_start - 20):d.number.span_start]
        # A whole read as departures by default ("Of the approximate 300 U.S. fighters, 40 died") is also the
        # same figure as one named earlier with its own measure ("300 traveled or attempted to travel").
        if ((not d.strong or d.role == "base") and lex.rx["definite_before"].search(before)
                and d.entity is not None):
            _definite(drafts, i)
        if d.measure == "unclassified" and d.entity is None and d.paragraph_entity is not None:
            _answer(d, text, sentences, lex)  # "Q: Let's start with Britain. How many went? -- A: Around 850."
        elif not d.strong and d.measure in MOVEMENTS and d.number.unit == "count":
            _weak_answer(d, text, sentences, lex)  # "How many have come back? -- At least 900 citizens."
        if d.measure == "unclassified" and d.number.unit == "count" and d.entity is not None and not _victims(text, d, lex):
            _from_context(drafts, i, text, sentences, lex)
        elif d.measure == "unclassified" and d.number.unit == "percent":
            _share_from_context(drafts, i)
        if d.measure in ("countries_of_origin", "countries_of_return"):
            _countries_from_question(d, text, sentences, lex)
    for d in drafts:
        if d.entity is None and not d.entity_text and d.measure != "unclassified":
            if d.structure == "table_header":
                pass  # a totals row of the listed countries: its header's measure, and no entity (flagged)
            elif d.number.unit == "count" and d.strong and d.number.value > (
                    RETURN_WORLD_SCALE if d.measure == "returned" else WORLD_SCALE):
                d.entity = WORLD  # "the 40,000 who went": more than any country's, so a global total
                d.flags.add("world_by_magnitude")
            elif d.paragraph_entity is not None:
                d.entity, d.entity_text = d.paragraph_entity.entity, ""
                d.flags.add("entity_inherited")
            elif d.measure in NATIONAL and (country := _main_country(drafts, d)) is not None:
                # "Of those who have returned, 54 have been charged": prosecutions are a country's, so the
                # country the article's figures are mostly about, even paragraphs back.
                d.entity, d.entity_text = country, ""
                d.flags.add("entity_inherited")
            elif _same_figure(drafts, d):
                d.flags.add("entity_from_same_figure")
            elif _part_of_previous(text, drafts, d, lex):
                d.flags.add("entity_inherited")  # "40,000 went, and 5,600 of them have returned"
            elif _anaphora(text, sentences, drafts, d, lex):
                d.flags.add("entity_inherited")  # "Among them are 100 women", across a paragraph break
            elif d.number.unit == "percent" and _after_world_counts(drafts, d):
                d.entity = WORLD  # "40,000 left and 5,600 came back ... so 14 percent have returned"
                d.flags.add("entity_inherited")
            else:
                # No place in the sentence or the one before, and no global frame: the number keeps no entity
                # rather than becoming a world total, and is not read as a claim (kept, flagged). Measured on
                # the blind development part: keeping such readings as claims added 25 wrong rows and no right one.
                d.measure = "unclassified"
        if d.entity is None and d.entity_text:
            # A place-like name the gazetteer does not know: the reading cannot be compared or cited, so it is
            # kept flagged, not claimed (on the development parts such rows were never right).
            d.measure = "unclassified"
        if d.measure == "unclassified":
            d.flags.add("unclassified")
        if d.entity is None and not d.entity_text:
            d.flags.add("no_entity")


#: Measures only a country's courts produce: a count of them with no place is the article's country's.
NATIONAL = ("charged", "convicted")


_APPOSED = re.compile(r"\s*(?:,|\u2013|\u2014|\(|\s-)\s*")


def _restated_share(text: str, drafts: list[Draft], i: int, lex) -> None:
    """A count that restates the share just before it ("about half have come back, that is 425 people", "soit
    425 personnes") counts what the share measures, for the share's place."""
    d, marker = drafts[i], lex.rx.get("restates_before")
    prev = drafts[i - 1] if i else None
    if (marker is None or prev is None or d.number.unit != "count" or prev.measure not in SHARE_TO_COUNT
            or prev.sentence_index != d.sentence_index):
        return
    between = text[prev.number.span_end:d.number.span_start]
    # "nahezu die Hälfte, 425 Menschen": a count set right after the share restates it too
    restates = marker.search(text, max(0, d.number.span_start - 16), d.number.span_start) or _APPOSED.fullmatch(between)
    if restates and not re.search(r"[.;:!?]", between):
        d.measure, d.strong = SHARE_TO_COUNT[prev.measure], True
        if prev.entity is not None:
            d.entity, d.entity_span, d.entity_text = prev.entity, prev.entity_span, prev.entity_text


def _main_country(drafts: list[Draft], d: Draft):
    """The country most of the figures before `d` are about (more than half of them); regions and the world do not
    count. An article that gives figures for several countries before its court counts names none clearly."""
    earlier = [p.entity for p in drafts if p.number.start < d.number.start and p.entity is not None
               and p.entity.entity_type == "country"]
    counts = Counter(e.key for e in earlier).most_common(2)
    if not counts or len(counts) == 2 and counts[0][1] == counts[1][1] or counts[0][1] * 2 <= len(earlier):
        return None  # no country, a tie, or none with most of the figures
    return next(e for e in earlier if e.key == counts[0][0])


def _part_of_previous(text: str, drafts: list[Draft], d: Draft, lex) -> bool:
    """"N of them" with no place of its own is a part of the group counted just before it, in its sentence or the
    one before: it takes that group's place, including a world total found by its size."""
    n = d.number
    opened = lex.rx["part_opener"].search(text, max(0, n.span_start - 40), n.span_start)
    if d.role != "part" or not (lex.rx["of_them"].match(text, n.span_end + 1)
                                or opened and not re.search(r"[.;:!?]", text[opened.end():n.span_start])):
        return False  # neither "5,600 of them" nor ", of whom 60 women"
    earlier = [p for p in drafts if p.number.start < n.start and p.number.unit == "count" and p.entity is not None
               and d.sentence_index - 1 <= p.sentence_index <= d.sentence_index]
    if not earlier:
        return False
    d.entity, d.entity_text = earlier[-1].entity, ""
    return True


def _anaphora(text: str, sentences, drafts: list[Draft], d: Draft, lex) -> bool:
    """A sentence that opens by pointing back ("Among those who have returned ...", "Unter ihnen ...") is about
    the place of the last claim before it, even in a new paragraph."""
    opener = lex.rx.get("anaphora_opener")
    sent = sentences[d.sentence_index]
    if opener is None or not opener.match(text, sent.start, sent.end):
        return False
    earlier = [p for p in drafts if p.sentence_index in (d.sentence_index - 1, d.sentence_index - 2)
               and p.entity is not None and p.measure != "unclassified"]
    if not earlier:
        return False
    d.entity, d.entity_text = earlier[-1].entity, ""
    return True


def _after_world_counts(drafts: list[Draft], d: Draft) -> bool:
    """A share with no place, in or just after a sentence whose counts are all world totals: a world share."""
    near = [p for p in drafts if p is not d and p.number.unit == "count" and p.measure != "unclassified"
            and d.sentence_index - 1 <= p.sentence_index <= d.sentence_index and p.number.start < d.number.start]
    return bool(near) and all(p.entity is WORLD for p in near)


def _in_headline(d: Draft) -> bool:
    """The headline, or the article's first sentence when the header parser took it for a label line."""
    return "headline" in d.flags or d.sentence_index == 0


def _restated_place(drafts: list[Draft], i: int) -> None:
    """"Saudi Arabia 760 ... Of the 425 returnees, around 100 are women": a specific figure with no place of its
    own that an earlier sentence gave, with its place, is that figure again; it and the figures of its sentence
    that borrowed the same place take the earlier one's place."""
    d = drafts[i]
    if d.entity_own or d.entity_text or d.number.unit != "count" or not specific(d.number.value):
        return
    earlier = [p for p in drafts[:i] if p.entity is not None and p.entity != d.entity
               and p.number.value == d.number.value and p.measure != "unclassified"
               and d.sentence_index - 3 <= p.sentence_index < d.sentence_index]
    if not earlier:
        return
    old, new = d.entity, earlier[-1].entity
    for q in drafts[i:]:
        if q.sentence_index == d.sentence_index and not q.entity_own and not q.entity_text and q.entity in (old, None):
            q.entity, q.entity_text = new, ""
            q.flags.add("entity_from_same_figure")


def _same_figure(drafts: list[Draft], d: Draft) -> bool:
    """A headline's "at least 5,600 recruits" is the body's "at least 5,600 ... from 33 countries": the same value
    and measure elsewhere in the article, with a place, lends its place (the first such claim). A headline may
    also round or mistype the body's figure: there the nearest body figure within HEADLINE_GAP lends it."""
    same = [p for p in drafts if p is not d and p.entity is not None and p.measure == d.measure]
    for p in same:
        if p.number.value == d.number.value:
            d.entity, d.entity_text = p.entity, ""
            return True
    if not _in_headline(d) or not d.number.value:
        return False
    near = [p for p in same if not _in_headline(p)
            and abs(p.number.value - d.number.value) <= HEADLINE_GAP * d.number.value]
    if near:
        d.entity, d.entity_text = min(near, key=lambda p: abs(p.number.value - d.number.value)).entity, ""
        return True
    return False


def _share_from_context(drafts: list[Draft], i: int) -> None:
    """"For Denmark and Sweden it is around half": a share with no cue shares what the figures just before count.

    The nearest earlier claim in this or the previous two sentences that counts returns (or deaths) makes the
    share a return (or killed) share; its place is taken too when the share names none.
    """
    d = drafts[i]
    for p in reversed(drafts[:i]):
        if p.sentence_index < d.sentence_index - 2:
            return
        base = SHARE_TO_COUNT.get(p.measure, p.measure)
        if base in ("returned", "killed"):
            d.measure = "return_share" if base == "returned" else "killed_share"
            d.strong = True
            d.flags.add("measure_from_context")
            if d.entity is None and not d.entity_text and p.entity is not None:
                d.entity = p.entity
                d.flags.add("entity_inherited")
            return


def _definite(drafts: list[Draft], i: int) -> None:
    """"Of the approximate 300 U.S. fighters": the same figure, named earlier, counts the same thing."""
    d = drafts[i]
    for p in reversed(drafts[:i]):
        if p.strong and p.entity == d.entity and p.number.value == d.number.value and p.measure != "unclassified":
            d.measure, d.strong = p.measure, True
            d.flags.add("measure_from_earlier")
            return


def _from_context(drafts: list[Draft], i: int, text: str, sentences, lex) -> None:
    """A place and a count with no cue ("Russia alone accounted for 3,417").

    The previous sentence's measure carries over; failing that, the count is
    read as departures, the report's headline measure, and flagged.
    """
    d = drafts[i]
    previous = []
    for p in reversed(drafts[:i]):
        if p.sentence_index == d.sentence_index and "measure_from_context" in p.flags:
            # "Uzbekistan is put at 1,500, Tajikistan at 1,300": one list, one measure
            d.measure = SHARE_TO_COUNT.get(p.measure, p.measure) if d.number.unit == "count" else p.measure
            d.flags.add("measure_from_context")
            return
        if (p.sentence_index == d.sentence_index - 1 and p.measure != "unclassified" and not p.role
                and not _exceeds_its_whole(d, p, drafts)):
            previous.append(p)
        if p.sentence_index < d.sentence_index - 1:
            break
    restated = next((p for p in reversed(drafts[:i]) if p.number.value == d.number.value and p.strong
                     and (p.entity.key == d.entity.key if p.entity else d.entity is WORLD)
                     and p.measure in MOVEMENTS and d.number.unit == p.number.unit == "count"
                     and d.number.value >= 10), None)
    if restated:  # "5,600 have gone home ... The report says 'at least' 5,600": the same figure, restated
        d.measure = restated.measure
        d.flags.add("measure_from_context")
        return
    if previous:
        p = previous[-1]  # the sentence's first figure: its main clause, not a figure in an aside after it
        d.measure = SHARE_TO_COUNT.get(p.measure, p.measure)
        d.flags.add("measure_from_context")
        return
    asked = question_measure(text, sentences, d.sentence_index, lex) or _topic_before(text, sentences, d, drafts, lex)
    if asked:  # "How many have come home? -- At least 5,600, spread across 33 countries."
        d.measure = asked
        d.flags.add("measure_from_context")
        return
    d.measure = "departed"
    d.flags |= {"ambiguous", "measure_assumed"}


def _exceeds_its_whole(d: Draft, p: Draft, drafts: list[Draft]) -> bool:
    """"5,000 went from Central Asia and only 500 have returned. Uzbekistan is put at 1,500": a member's figure
    larger than its region's (or the world's) count cannot be part of that count, so it does not take its measure.
    A share ("only 500 have returned - a tenth") stands for the count it is a share of."""
    if p.number.unit == "percent":
        counted = SHARE_TO_COUNT.get(p.measure, p.measure)
        p = next((q for q in drafts if q.sentence_index == p.sentence_index and q.entity == p.entity
                  and q.measure == counted and q.number.unit == "count"), None)
    if (p is None or p.number.unit != "count" or p.measure.startswith("countries") or d.entity is None
            or p.entity is None or d.entity == p.entity):
        return False  # a count of countries is no whole of people
    whole = p.entity.key == "WORLD" or d.entity.key in load("en").members.get(p.entity.key, ())
    return whole and d.number.value > p.number.value


def _countries_from_question(d: Draft, text: str, sentences, lex) -> None:
    """"How many have come back? -- At least 5,600, in 33 countries": with no verb of its own sentence to say
    whether the countries are those left or returned to, a count of countries answers the question."""
    sent = sentences[d.sentence_index]
    cues = [c for c in cue_lexicon.find_cues(text, sent.start, sent.end, lex) if c.measure not in ("countries",)]
    if any(c.strong and c.measure in ("departed", "returned") for c in cues):
        return
    asked = question_measure(text, sentences, d.sentence_index, lex)
    if asked in ("departed", "returned"):
        d.measure = "countries_of_return" if asked == "returned" else "countries_of_origin"
    elif not cues and not asked and not _movement_before(text, sentences, d.sentence_index, lex):
        # "The table below shows a selection of 12 countries": no one is said to have gone or come back,
        # here or in the sentence before ("40,000 travelled. They came from 110 countries" is a claim).
        d.measure = "unclassified"


def _movement_before(text: str, sentences, index: int, lex) -> bool:
    if index == 0:
        return False
    prev = sentences[index - 1]
    return any(c.strong and c.measure in ("departed", "returned")
               for c in cue_lexicon.find_cues(text, prev.start, prev.end, lex))


def short_answer(text: str, sent, sentences, idx: int, lex) -> bool:
    """A short reply to a question ("A: 800.", "TREMBLAY: Around 60.") is about what the question asked."""
    short = len(text[sent.start:sent.end].split()) <= 12 or bool(SPEAKER.match(text, sent.start))
    return short and bool(question_measure(text, sentences, idx, lex))


def _answer(d: Draft, text: str, sentences, lex) -> None:
    """A bare figure answering a question takes the question's measure and the place the dialogue is about."""
    asked = question_measure(text, sentences, d.sentence_index, lex)
    if not asked:
        return
    d.measure = SHARE_OF.get(asked, asked) if d.number.unit == "percent" else asked
    if d.number.unit == "percent" and d.measure == asked:
        d.measure = "unclassified"  # a share of charges or attempts: no codebook measure
        return
    d.entity, d.entity_text, d.strong = d.paragraph_entity.entity, "", True
    d.flags |= {"measure_from_context", "entity_inherited"}


SHARE_OF = {"returned": "return_share", "killed": "killed_share"}
#: Measures a weak cue (a people noun: "citizens", "fighters") gives by default, which a question may overrule.
MOVEMENTS = ("departed", "returned")


def _weak_answer(d: Draft, text: str, sentences, lex) -> None:
    """A short answer whose only cue is a people noun ("— Сколько вернулось? — Не менее 900 граждан.") counts
    what the question asked, not the noun's default departure."""
    sent = sentences[d.sentence_index]
    if not short_answer(text, sent, sentences, d.sentence_index, lex):
        return
    asked = question_measure(text, sentences, d.sentence_index, lex)
    if asked and asked != d.measure:
        d.measure = asked
        d.flags.add("measure_from_context")


def _topic_before(text: str, sentences, d: Draft, drafts: list[Draft], lex) -> str:
    """The one measure the sentence just before talks about, when it gives no figure of its own: "Most returnees
    went to neighbouring countries. Turkey has the most, with 900" counts returnees. Not across a paragraph."""
    index = d.sentence_index
    if index == 0 or any(p.sentence_index == index - 1 for p in drafts):
        return ""
    prev = sentences[index - 1]
    if PARAGRAPH_BREAK.search(text, prev.end, sentences[index].start) or re.search(r"\d", text[prev.start:prev.end]):
        return ""
    strong = {c.measure for c in cue_lexicon.find_cues(text, prev.start, prev.end, lex)
              if c.strong and c.measure in ("returned", "departed", "killed")}
    return min(strong, key=PRIORITY.index) if strong else ""  # "returnees went home": the return, as in linking


def question_measure(text: str, sentences, index: int, lex) -> str:
    """The measure a question just before asks about ('' if neither of the two sentences before is a question)."""
    for k, prev in enumerate(sentences[max(0, index - 6):index][::-1]):
        if "?" not in text[prev.start:prev.end]:
            if k >= 1:
                return ""  # the answer may run over two sentences ("A: Roughly half. About 425."), no more
            continue
        strong = [c for c in cue_lexicon.find_cues(text, prev.start, prev.end, lex)
                  if c.strong and c.measure in ("returned", "departed", "killed", "charged", "convicted", "attempted")]
        if strong:
            return min(strong, key=lambda c: PRIORITY.index(c.measure)).measure
        # "Q: How many for Tunisia?" asks again what the question before it asked: look further back
    return ""


def _victims(text: str, d: Draft, lex) -> bool:
    """"killed 22 people": the victims of an attack, not fighters."""
    return bool(lex.rx["victim_before"].search(text[max(0, d.number.span_start - 12):d.number.span_start]))
