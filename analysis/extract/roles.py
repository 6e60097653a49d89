"""Roles of numbers in "M of N": which figure is a part ("400 of the 3,417", "5,600 of them"), which the whole.

A part is not what its whole counts ("400 of the 3,417 Russians who went have returned"), so linking reads a
part's measure without the whole's departure verb. {id(number): "part" | "base"} for a sentence's segments.
"""

from __future__ import annotations

from analysis.extract.segments import Segment


def across(text: str, segments: list[Segment], rx) -> dict[int, str]:
    """"Nine hundred fighters, out of a total of around fifteen hundred, are back": an "M of N" cut by a comma
    (the lexicon's `of_across`: only "out of a total of" forms; ", of whom 300" is the other way round); and
    "Among those 170, 87 have returned", the whole first (`base_before`), then its part; words may follow the
    whole ("Of the 1,623 Moroccans listed, 198 have returned"), but no verb of its own ("who left")."""
    roles: dict[int, str] = {}
    base = rx.get("base_before")
    for left, right in zip(segments, segments[1:]):
        if left.numbers and right.numbers:
            a, b = left.numbers[-1], right.numbers[0]
            if "of_across" in rx and rx["of_across"].match(text[a.span_end:b.span_start]):
                roles[id(a)], roles[id(b)] = "part", "base"
            elif (base is not None and len(left.numbers) == 1 and not any(c.strong and c.start >= a.span_end
                                                                           for c in left.cues)
                  and base.search(text, max(left.start, a.span_start - 20), a.span_start)):
                roles[id(a)], roles[id(b)] = "base", "part"  # "Parmi ces 170, 87 sont revenus"
            elif rx["part_opener"].match(text, right.start) and not any(c.strong for c in left.cues):
                # "Dutch travellers at an estimated 280, of whom around 50 are back": the whole before its part
                # (a whole with a verb of its own, "5,600 have returned, of whom 300 are women", keeps it).
                roles[id(a)], roles[id(b)] = "base", "part"
    return roles


def within(text: str, seg: Segment, rx) -> dict[int, str]:
    """Role of numbers in 'M of N' patterns: {id(number): 'part' | 'base'}."""
    roles: dict[int, str] = {}
    nums = seg.numbers
    for a, b in zip(nums, nums[1:]):
        # A quoted part keeps its role: "«casi la mitad» de los 620".
        if rx["of_between"].match(text[a.span_end:b.span_start].lstrip("\"\u201d\u00bb\u201c")):
            roles[id(a)] = "part"
            roles[id(b)] = "base"
    if nums and id(nums[0]) not in roles and rx["part_opener"].match(text, seg.start):
        roles[id(nums[0])] = "part"  # ", of which just 500"
    for n in nums:
        if id(n) not in roles and rx["of_them"].match(text, n.span_end + 1) and text[n.span_end:n.span_end + 1] == " ":
            roles[id(n)] = "part"  # "at least 5,600 of them": a part of the group just counted
    base = rx.get("base_before")
    if (base is not None and len(nums) >= 2 and id(nums[0]) not in roles
            and base.search(text, max(seg.start, nums[0].span_start - 20), nums[0].span_start)):
        roles[id(nums[0])] = "base"  # "Among the 300 French returnees are 40 women": the 40 are a part of the 300
        roles[id(nums[1])] = "part"
    return roles
