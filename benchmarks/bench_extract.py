"""Extraction benchmark: throughput, scaling, peak memory, --jobs speed-up and the quantulum3 peer.

    python benchmarks/bench_extract.py                  # N = 100, 1,000, 10,000 (about 7-10 minutes on 2 cores)
    python benchmarks/bench_extract.py --sizes 100 1000 --runs 3
    python benchmarks/bench_extract.py --sizes 1000 --corpus blind   # the varied blind articles, cycled

What it does, in order:

1. writes a synthetic corpus of max(N) articles grown from the seeds
   (`corpus.py`) to a temporary folder; smaller N use its first N files;
2. times quantulum3 and our per-article extraction on the same sample (the
   seeds plus synthetic articles, about --sample-kb) in this process, after a
   warm-up (`peer.py`);
3. for each N, in a fresh process per configuration (`measure.py`): the full
   pipeline as `python -m analysis extract` runs it (read files, extract,
   validate, stream CSV) with --jobs 1, median of several runs; the same once
   to Parquet, and once in memory (extract_paths + write_table), for peak memory;
4. at the largest N, --jobs 2: median time, speed-up over --jobs 1, and
   whether the outputs are byte-identical to --jobs 1's.

MB are 10^6 bytes of input; peak MB is the peak resident set size of the
process (ru_maxrss: interpreter, pandas and pyarrow included). Times are wall
clock: on a shared machine, compare medians and ratios, not single runs.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `benchmarks` and `analysis` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import article, seed_texts, write_blind_corpus, write_corpus  # noqa: E402
from benchmarks.peer import side_by_side  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description="Benchmark the extraction pipeline against quantulum3.")
    p.add_argument("--sizes", type=int, nargs="+", default=[100, 1_000, 10_000], help="corpus sizes N")
    p.add_argument("--runs", type=int, default=3, help="timed runs at the largest N (at least 5 below it)")
    p.add_argument("--jobs", type=int, default=2, help="worker processes for the speed-up measurement")
    p.add_argument("--sample-kb", type=float, default=150, help="size of the quantulum3 sample")
    p.add_argument("--json", type=Path, help="also write every measurement here")
    p.add_argument("--corpus", choices=("synthetic", "blind"), default="synthetic",
                   help="synthetic: grown from the seeds (default); blind: the blind articles of every language, cycled")
    args = p.parse_args(argv)
    sizes = sorted(args.sizes)

    print(f"machine: {os.cpu_count()} cores, {_ram_gb():.0f} GB RAM, Python {platform.python_version()}, "
          f"load average {_load()} at start", flush=True)
    with tempfile.TemporaryDirectory(prefix="bench_extract_") as tmp:
        corpus = Path(tmp) / "corpus"
        start = time.perf_counter()
        (write_blind_corpus if args.corpus == "blind" else write_corpus)(corpus, sizes[-1])
        print(f"corpus: {sizes[-1]:,} {args.corpus} articles written in {time.perf_counter() - start:.1f} s", flush=True)

        texts = _sample(args.sample_kb * 1e3)
        peer = side_by_side(texts, runs=3)
        q, o = peer["quantulum"], peer["ours"]
        print(f"side by side on {peer['sample_kb']:.0f} kB: quantulum3 {q['kb_s']:.1f} kB/s "
              f"({q['cpu_kb_s']:.1f} per CPU-second), ours per article {o['kb_s']:.0f} kB/s "
              f"({o['cpu_kb_s']:.0f}) = {peer['ratio']:.0f}x ({peer['cpu_ratio']:.0f}x in CPU time)", flush=True)

        rows = []
        for n in sizes:
            runs = args.runs if n == sizes[-1] else max(args.runs, 5)
            row = {"n": n, "csv": _measure(corpus, n, tmp, "csv", 1, runs)}
            row["parquet"] = _measure(corpus, n, tmp, "parquet", 1, 1)
            row["in_memory"] = _measure(corpus, n, tmp, "csv", 1, 1, in_memory=True)
            rows.append(row)
        top = rows[-1]
        top["jobs"] = _measure(corpus, sizes[-1], tmp, "csv", args.jobs, args.runs)
        top["identical"] = top["jobs"]["sha256"] == top["csv"]["sha256"]

    print(f"load average {_load()} at end (other processes share these cores: timings are noisy)\n")
    _print_table(rows, peer, args.jobs)
    if args.json:
        args.json.write_text(json.dumps({"peer": peer, "rows": rows}, indent=2) + "\n")


def _sample(n_bytes: float) -> list[str]:
    """The seeds, then synthetic articles, until the sample holds about n_bytes."""
    texts = list(seed_texts())
    i = 0
    while sum(len(t.encode("utf-8")) for t in texts) < n_bytes:
        texts.append(article(10**6 + i))  # indices beyond any corpus: text not used in the timed runs
        i += 1
    return texts


def _measure(corpus: Path, n: int, tmp: str, fmt: str, jobs: int, runs: int, in_memory: bool = False) -> dict:
    out = Path(tmp) / f"out_{n}_{fmt}_{jobs}_{int(in_memory)}"
    out.mkdir()
    cmd = [sys.executable, "-m", "benchmarks.measure", "--corpus", str(corpus), "--n", str(n), "--format", fmt,
           "--jobs", str(jobs), "--runs", str(runs), "--out", str(out)] + (["--in-memory"] if in_memory else [])
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"measurement failed: {' '.join(cmd)}\n{done.stderr}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    for f in out.iterdir():
        f.unlink()  # the 10,000-article outputs are 100+ MB each
    label = f"{'in-memory' if in_memory else 'streaming'} {fmt}, --jobs {jobs}"
    print(f"N={n:>6,} {label:<28} median {result['median_s']:7.2f} s of {runs}, peak {result['peak_mb']:.0f} MB",
          flush=True)
    return result


def _print_table(rows: list[dict], peer: dict, jobs: int) -> None:
    base = rows[0]["csv"]["median_s"] / rows[0]["n"]
    q_cpu = peer["quantulum"]["cpu_kb_s"] / 1e3
    head = ("N", "MB", "MB/s", "MB/s CPU", "articles/s", "ms/article", "vs first N", "peak MB csv",
            "peak MB parquet", "peak MB in-memory", "x quantulum3", f"--jobs {jobs} speed-up")
    lines = [head]
    for r in rows:
        csv = r["csv"]
        mb_s = csv["bytes"] / csv["median_s"] / 1e6
        per = csv["median_s"] / r["n"]
        speed = (f"{csv['median_s'] / r['jobs']['median_s']:.2f}x" + ("" if r["identical"] else " (OUTPUT DIFFERS)")
                 if "jobs" in r else "")
        lines.append((f"{r['n']:,}", f"{csv['bytes'] / 1e6:.1f}", f"{mb_s:.2f}",
                      f"{csv['bytes'] / csv['median_cpu_s'] / 1e6:.2f}", f"{r['n'] / csv['median_s']:.0f}",
                      f"{per * 1e3:.2f}", f"{per / base:.2f}", f"{csv['peak_mb']:.0f}", f"{r['parquet']['peak_mb']:.0f}",
                      f"{r['in_memory']['peak_mb']:.0f}", f"{csv['bytes'] / csv['median_cpu_s'] / 1e6 / q_cpu:.0f}", speed))
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    for i, line in enumerate(lines):
        print(" | ".join(cell.rjust(w) for cell, w in zip(line, widths)))
        if i == 0:
            print("-+-".join("-" * w for w in widths))
    print(f"\nMB/s: full pipeline (read, extract, validate, stream CSV), --jobs 1, median wall clock; MB/s CPU: "
          f"the same per CPU-second. x quantulum3 = MB/s CPU / quantulum3's {q_cpu * 1e3:.1f} kB per CPU-second "
          f"({peer['quantulum']['kb_s']:.1f} kB/s wall) on a {peer['sample_kb']:.0f} kB sample. Same text, same process: our per-article extraction is "
          f"{peer['ratio']:.0f}x quantulum3 ({peer['cpu_ratio']:.0f}x in CPU time).")
    top = rows[-1]
    print(f"--jobs {jobs} at N={top['n']:,}: {top['jobs']['median_s']:.1f} s vs {top['csv']['median_s']:.1f} s, "
          f"output {'byte-identical' if top['identical'] else 'DIFFERENT'} to --jobs 1.")


def _ram_gb() -> float:
    return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


if __name__ == "__main__":
    main()
