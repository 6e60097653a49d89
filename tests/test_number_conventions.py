"""Numbers written in other conventions are read as one number or skipped with a reason (issue: hostile input).

Hand-checked expectations: never two claims from one number, never a silent drop.
"""

from __future__ import annotations

import pytest

from analysis.extract.numbers import find_numbers


@pytest.mark.parametrize("text, value, skip", [
    ("About 2,5 million people", 2_500_000, ""),          # decimal comma with a scale word, in English text
    ("2,5 fighters", 2.5, "decimal_count"),                 # a decimal comma count is no count of people
    ("3\u2009417 fighters", 3417, ""),                      # thin space
    ("3\u202f417 fighters", 3417, ""),                      # narrow no-break space
    ("3'417 fighters", 3417, ""),                           # Swiss apostrophe
    ("3\u2019417 fighters", 3417, ""),
    ("some 5k fighters", 5000, ""),
    ("about 1e308 people", 0, "scientific_notation"),       # one number, skipped, not 1 and 308
    ("10^6 fighters", 0, "scientific_notation"),            # not 10 and 6
    ("half a million people", 500_000, ""),
    ("a quarter of a million people", 250_000, ""),
    ("call 613 555 0187 today", None, "phone_number"),
])
def test_one_number_per_written_number(text, value, skip):
    found = find_numbers(text)
    if skip == "phone_number":
        assert found and all(n.skip == "phone_number" for n in found)
        return
    assert len(found) == 1, [(text[n.start:n.end], n.value) for n in found]
    n = found[0]
    assert n.skip == skip and (value is None or n.value == pytest.approx(value)), (n.value, n.skip)
