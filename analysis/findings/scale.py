"""scale_error: a figure ten or a hundred times off, a zero dropped or added.

"About 560 returned" for the report's 5,600, "70" for its seven: the digits
are right and the order of magnitude is not. A ratio within 2 % of 10 or 100
between a deviating figure and the accepted one is that error; any other
ratio is a different number.
"""

from __future__ import annotations

from analysis.findings.clusters import Cluster
from analysis.findings.diagnosis import Diagnosis
from analysis.findings.evidence import Context, num_text

FACTORS = (10, 100)
#: Relative tolerance on the ratio (560 x 10 = 5,600 exactly; "about 560" may be 5,500 / 10).
TOLERANCE = 0.02


def factor(x: float, y: float) -> int:
    """10 or 100 when max/min is within TOLERANCE of it, else 0."""
    lo, hi = sorted((abs(x), abs(y)))
    if lo == 0:
        return 0
    return next((f for f in FACTORS if abs(hi / lo - f) <= TOLERANCE * f), 0)


def diagnose(ctx: Context, dev: Cluster, acc: Cluster) -> Diagnosis | None:
    for r in dev.readings:
        f = factor(r.value, acc.value)
        if f and dev.unit != "percent":
            way = "too small" if r.value < acc.value else "too large"
            return Diagnosis("scale_error", "high", f"{num_text(r.value)} is {f} times {way} against "
                             f"{num_text(acc.value)}: a zero dropped or added, not another count",
                             correct_value=acc.value, verdict=f"off by a factor of {f}")
    return None
