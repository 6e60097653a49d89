"""The Dask recipe of docs/scale-out.md, run on a local Dask cluster, matches the single-process run byte for byte.

The cluster is `distributed.LocalCluster` with two worker processes (tasks
and results are pickled between processes, as on a real cluster); the same
graph also runs on dask's plain multiprocessing scheduler. The recipe does
not change with the scheduler: `dask.compute` uses the connected client.
"""

from __future__ import annotations

import sys

import dask
import dask.bag as db
import pytest
from conftest import ROOT

from analysis.batch.pipeline import Params, extract_task, extract_to_files, finish, plan, write_results

sys.path.insert(0, str(ROOT))  # benchmarks/ is a folder of the project, not an installed package
from benchmarks.corpus import write_corpus  # noqa: E402

NAMES = ("claims", "documents", "skipped")


def in_order(parts, window: int = 4):
    """Compute the bag's partitions a window at a time and yield their results in plan order.

    The client then holds at most `window` partitions of results, whatever
    the size of the corpus.
    """
    for i in range(0, len(parts), window):
        for part in dask.compute(*parts[i:i + window]):
            yield from part


def run_with_dask(paths, outputs, params=Params()):
    """The docs/scale-out.md recipe: plan here, extract on the workers, finish and write here."""
    p = plan(paths)
    bag = db.from_sequence(p.tasks, partition_size=5).map(extract_task, params=params)
    return write_results(finish(in_order(bag.to_delayed()), p), *outputs)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder, 24)
    return folder


@pytest.fixture(scope="module")
def local_cluster():
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        yield client


@pytest.mark.parametrize("ext", ["csv", "parquet"])
def test_local_cluster_output_is_identical_to_the_single_process_run(tmp_path, corpus, local_cluster, ext):
    single = [tmp_path / f"single_{name}.{ext}" for name in NAMES]
    distributed = [tmp_path / f"dask_{name}.{ext}" for name in NAMES]
    expected = extract_to_files([corpus], *single)
    got = run_with_dask([corpus], distributed)
    assert got == expected and expected.documents == 24 and expected.claims > 24
    assert len(local_cluster.scheduler_info()["workers"]) == 2
    for a, b in zip(single, distributed):
        assert a.read_bytes() == b.read_bytes(), b.name


def test_multiprocessing_scheduler_gives_the_same_bytes(tmp_path, corpus):
    single = [tmp_path / f"single_{name}.csv" for name in NAMES]
    distributed = [tmp_path / f"dask_{name}.csv" for name in NAMES]
    extract_to_files([corpus], *single)
    with dask.config.set(scheduler="processes", num_workers=2):
        run_with_dask([corpus], distributed)
    for a, b in zip(single, distributed):
        assert a.read_bytes() == b.read_bytes(), b.name
