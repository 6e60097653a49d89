"""python -m analysis.report.handoff: write the hand-off files from a run's outputs."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analysis.core.errors import AnalysisError
from analysis.core.paths import FIGURES, OUTPUTS
from analysis.report.handoff import _shown, write_handoff


def main() -> None:
    parser = argparse.ArgumentParser(
        prog="python -m analysis.report.handoff",
        description="Write the hand-off files (coverage_tables.xlsx, wide/<measure>.csv, datapackage.json) from "
                    "the tables a run left in the outputs folder.")
    parser.add_argument("--outputs", type=Path, default=OUTPUTS, help="the run's outputs folder (default: outputs/)")
    parser.add_argument("--figures", type=Path, default=FIGURES, help="the run's figures folder (default: figures/)")
    args = parser.parse_args()
    try:
        for written in write_handoff(args.outputs, args.figures):
            print(_shown(written))
    except AnalysisError as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
