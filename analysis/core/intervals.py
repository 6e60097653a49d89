"""One rule set turns a hedge into the interval of values it allows.

The rules (documented in docs/data-dictionary.md) with tolerance t = `approx_tolerance`:

| hedge                                   | interval            |
|-----------------------------------------|---------------------|
| none, "only", "just"                    | [v, v]              |
| about, around, some, roughly, closer to | [v(1-t), v(1+t)]    |
| at least, more than, over, upwards of   | [v, inf)            |
| nearly, almost, just under              | [v(1-t), v]         |
| as many as, up to, fewer than, at most  | [0, v]              |
| just over, a little over                | [v, v(1+t)]         |

A stated range ("20 to 30 percent") keeps its own ends. Shares are capped at 100.
"""

from __future__ import annotations

import math

from analysis.core.hedges import rule as hedge_rule

DEFAULT_TOLERANCE = 0.10


def interval(value: float, qualifier: str, unit: str, tolerance: float = DEFAULT_TOLERANCE,
             low: float | None = None, high: float | None = None) -> tuple[float, float]:
    """(value_low, value_high) implied by `qualifier` on `value`.

    Hedges in any language are read through `core.hedges`; unknown ones as approximate, the cautious choice.
    """
    if not 0 <= tolerance < 1:
        raise ValueError(f"approx_tolerance must be in [0, 1), got {tolerance!r}")
    r = hedge_rule(qualifier)
    if low is not None and high is not None:
        lo, hi = low, high
        if r == "approx":
            lo, hi = low * (1 - tolerance), high * (1 + tolerance)
    elif r == "exact":
        lo, hi = value, value
    elif r == "at_least":
        lo, hi = value, math.inf
    elif r == "nearly":
        lo, hi = value * (1 - tolerance), value
    elif r == "at_most":
        lo, hi = 0.0, value
    elif r == "just_over":
        lo, hi = value, value * (1 + tolerance)
    else:
        lo, hi = value * (1 - tolerance), value * (1 + tolerance)
    if unit == "percent":
        hi = min(hi, 100.0)
        lo = min(lo, hi)
    # Round away float noise (89.99999999 -> 90), but never past the value itself:
    # rounding 0.0000001 to six places would give an interval [0, 0] that misses it.
    lo = min(round(lo, 6), value)
    hi = max(round(hi, 6), value) if math.isfinite(hi) else hi
    return (lo, hi)


def overlap(a_low: float, a_high: float, b_low: float, b_high: float, eps: float = 1e-9) -> bool:
    """Whether two intervals meet: 'at least 5,600' [5600, inf) and '5,600' [5600, 5600] do. The one test used by
    findings and regions (eps absorbs float noise at the ends)."""
    return a_high + eps >= b_low and b_high + eps >= a_low

