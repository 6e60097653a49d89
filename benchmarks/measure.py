"""One measurement in a fresh process: extraction time and peak memory for one corpus size.

Run by `bench_extract.py` once per configuration, so that the peak resident
set size (`resource.getrusage(...).ru_maxrss`, which includes the interpreter,
pandas and pyarrow) belongs to that configuration alone. Records wall-clock
and CPU time (`time.process_time`, this process only: with --jobs > 1 the
workers' CPU is not in it); on a shared machine CPU time is the steadier
measure of single-core speed. Prints one JSON line.

    python -m benchmarks.measure --corpus DIR --n 1000 --format csv --jobs 1 --runs 3 --out DIR
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import statistics
import time
from pathlib import Path

from analysis.core.outputs import write_table
from analysis.batch.pipeline import extract_paths, extract_to_files

#: Articles extracted once before timing: imports, regex compilation, gazetteer.
WARM_UP = 20


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--corpus", type=Path, required=True, help="folder of synthetic_*.txt articles")
    p.add_argument("--n", type=int, required=True, help="use the first N articles")
    p.add_argument("--format", choices=("csv", "parquet"), default="csv")
    p.add_argument("--jobs", type=int, default=1)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--out", type=Path, required=True, help="folder for the outputs")
    p.add_argument("--in-memory", action="store_true", help="extract_paths + write_table instead of streaming")
    args = p.parse_args(argv)

    files = sorted(args.corpus.glob("*.txt"))[:args.n]
    if len(files) < args.n:
        raise SystemExit(f"{args.corpus} holds {len(files)} articles, fewer than {args.n}")
    n_bytes = sum(f.stat().st_size for f in files)
    extract_paths(files[:WARM_UP])
    rss_warm = _peak_mb()
    outputs = [args.out / f"{name}.{args.format}" for name in ("claims", "documents", "skipped")]
    times, cpu = [], []
    for _ in range(args.runs):
        start, cpu_start = time.perf_counter(), time.process_time()
        if args.in_memory:
            tables = extract_paths(files, jobs=args.jobs)
            for table, path in zip((tables.claims, tables.documents, tables.skipped), outputs):
                write_table(table, path)
            del tables
        else:
            extract_to_files(files, *outputs, jobs=args.jobs)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - cpu_start)
    print(json.dumps({
        "n": args.n, "bytes": n_bytes, "format": args.format, "jobs": args.jobs, "in_memory": args.in_memory,
        "times": times, "median_s": statistics.median(times), "cpu_times": cpu, "median_cpu_s": statistics.median(cpu),
        "peak_mb": _peak_mb(), "warm_mb": rss_warm, "workers_peak_mb": _peak_mb(resource.RUSAGE_CHILDREN),
        "sha256": {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in outputs},
    }))


def _peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident set size so far, in MB (Linux reports kB): of this process, or of its largest finished child."""
    return resource.getrusage(who).ru_maxrss / 1024


if __name__ == "__main__":
    main()
