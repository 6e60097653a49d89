"""The peer: quantulum3, the quantity extractor a Python user would try first, timed side by side.

quantulum3 finds numbers and units but links none of them to a country or a
measure, so it does less than our pipeline; it is the baseline for "what a
user would otherwise reach for". Both run on the same texts in the same
process after a warm-up, and each is timed as the median of several passes.
quantulum3 is slow (tens of kB/s), so it runs on a sample, not the corpus.
"""

from __future__ import annotations

import statistics
import time
import warnings

from analysis.batch.pipeline import extract_document


def quantulum_parse():
    """quantulum3's parser, without its warning that the optional classifier is absent.

    The benchmark uses quantulum3 as pip installs it by default (no scikit-learn
    classifier), the configuration the issue's 27 kB/s figure refers to.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        from quantulum3 import parser
    return parser.parse


def rate_kb_s(fn, texts: list[str], runs: int) -> dict:
    """Median throughput of fn over all texts, in kB/s of UTF-8 input, after one warm-up pass.

    Both wall-clock and CPU time (this process) are measured; the work is
    single-threaded, so on an idle machine they agree, and on a shared one
    the CPU figure is the steadier.
    """
    n_bytes = sum(len(t.encode("utf-8")) for t in texts)
    for t in texts[:2]:
        fn(t)
    wall, cpu = [], []
    for _ in range(runs):
        start, cpu_start = time.perf_counter(), time.process_time()
        for t in texts:
            fn(t)
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - cpu_start)
    return {"kb_s": n_bytes / statistics.median(wall) / 1e3, "cpu_kb_s": n_bytes / statistics.median(cpu) / 1e3,
            "wall_s": wall, "cpu_s": cpu}


def ours(text: str) -> None:
    """The full per-article pipeline (decode, header, claims, document row), in memory."""
    extract_document("sample.txt", text.encode("utf-8"))


def side_by_side(texts: list[str], runs: int) -> dict:
    """Throughput of quantulum3 and of our per-article extraction on the same texts."""
    parse = quantulum_parse()
    peer = rate_kb_s(parse, texts, runs)
    us = rate_kb_s(ours, texts, runs * 5)  # ours is fast: more passes for a stable median
    return {"sample_kb": sum(len(t.encode("utf-8")) for t in texts) / 1e3, "quantulum": peer, "ours": us,
            "ratio": us["kb_s"] / peer["kb_s"], "cpu_ratio": us["cpu_kb_s"] / peer["cpu_kb_s"]}
