"""The reference figures attributed to the report in contemporary coverage, as one long table with a `ref_id` on every row."""

from analysis.reference.table import load  # noqa: F401  the stage's one entry point
