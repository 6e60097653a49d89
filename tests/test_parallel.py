"""Parallel and streaming extraction give the same bytes as the plain in-memory run.

The corpus is small but exercises every corpus-level step: synthetic articles
(benchmarks/corpus.py), the seeds with their sources.csv sidecar, and a
byte-identical copy (duplicate detection). Chunks and row groups are made tiny
so that a few dozen articles cross many chunk and row-group boundaries.
No timings are asserted here: speed is measured by benchmarks/bench_extract.py.
"""

from __future__ import annotations

import shutil
import sys

import pandas as pd
import pyarrow.parquet as pq
import pytest
from conftest import ROOT, SEEDS

from analysis.batch import pipeline
from analysis.batch import sinks
from analysis.cli.main import main
from analysis.core.errors import InputError
from analysis.core.outputs import write_table
from analysis.batch.pipeline import extract_paths, extract_to_files

sys.path.insert(0, str(ROOT))  # benchmarks/ is a folder of the project, not an installed package
from benchmarks.corpus import write_corpus  # noqa: E402

NAMES = ("claims", "documents", "skipped")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    paths = write_corpus(folder / "synthetic", 30)
    shutil.copyfile(paths[3], folder / "synthetic" / "zz_copy_of_3.txt")
    shutil.copytree(SEEDS, folder / "seeds")
    return [folder / "synthetic", folder / "seeds"]


@pytest.fixture
def small_chunks(monkeypatch):
    monkeypatch.setattr(pipeline, "CHUNK_ROWS", 150)
    monkeypatch.setattr(sinks, "ROW_GROUP_ROWS", 256)


def _in_memory(paths, folder, ext, jobs=1):
    tables = extract_paths(paths, jobs=jobs)
    for name in NAMES:
        write_table(getattr(tables, name), folder / f"{name}.{ext}")
    return tables


def _streamed(paths, folder, ext, jobs=1):
    folder.mkdir()
    return extract_to_files(paths, *(folder / f"{name}.{ext}" for name in NAMES), jobs=jobs)


def _same_bytes(a, b, ext):
    return {name: (a / f"{name}.{ext}").read_bytes() == (b / f"{name}.{ext}").read_bytes() for name in NAMES}


def test_the_corpus_has_what_the_comparisons_need(corpus):
    tables = extract_paths(corpus)
    assert len(tables.documents) == 36 and len(tables.claims) > 300
    # two folder arguments: each id starts with its folder's name
    copy = "synthetic/zz_copy_of_3"
    assert tables.documents.set_index("doc_id").loc[copy, "duplicate_of"] == "synthetic/synthetic_00003"
    assert tables.claims[tables.claims.doc_id == copy]["flags"].str.contains("duplicate_document").all()
    assert (tables.documents.outlet != "").sum() == 5  # the seeds' sidecar was merged


@pytest.mark.parametrize("ext", ["csv", "parquet"])
def test_jobs_2_writes_the_same_bytes_as_jobs_1(corpus, tmp_path, ext, small_chunks):
    one = _streamed(corpus, tmp_path / "one", ext, jobs=1)
    two = _streamed(corpus, tmp_path / "two", ext, jobs=2)
    assert one == two
    assert all(_same_bytes(tmp_path / "one", tmp_path / "two", ext).values())


def test_jobs_2_in_memory_tables_equal_jobs_1(corpus):
    one, two = extract_paths(corpus, jobs=1), extract_paths(corpus, jobs=2)
    for name in NAMES:
        pd.testing.assert_frame_equal(getattr(one, name), getattr(two, name))


def test_streamed_csv_is_byte_identical_to_in_memory(corpus, tmp_path, small_chunks):
    _in_memory(corpus, tmp_path, "csv")
    written = _streamed(corpus, tmp_path / "streamed", "csv")
    assert all(_same_bytes(tmp_path, tmp_path / "streamed", "csv").values())
    assert written.documents == 36


def test_streamed_parquet_is_byte_identical_to_in_memory_below_one_row_group(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "CHUNK_ROWS", 150)  # many chunks, but every table fits one row group
    _in_memory(corpus, tmp_path, "parquet")
    _streamed(corpus, tmp_path / "streamed", "parquet")
    assert all(_same_bytes(tmp_path, tmp_path / "streamed", "parquet").values())


def test_streamed_parquet_over_many_row_groups_holds_the_same_table(corpus, tmp_path, small_chunks):
    tables = _in_memory(corpus, tmp_path, "parquet")
    _streamed(corpus, tmp_path / "streamed", "parquet")
    for name in NAMES:
        path = tmp_path / "streamed" / f"{name}.parquet"
        expected = getattr(tables, name)
        pd.testing.assert_frame_equal(pd.read_parquet(path), expected)
        assert pq.read_schema(path).equals(pq.read_schema(tmp_path / f"{name}.parquet"), check_metadata=True)
        assert pq.ParquetFile(path).metadata.num_row_groups == -(-len(expected) // sinks.ROW_GROUP_ROWS)


def test_cli_jobs_2_matches_jobs_1(corpus, tmp_path, capsys):
    for jobs in ("1", "2"):
        assert main(["extract", *map(str, corpus), "--output", str(tmp_path / f"claims{jobs}.csv"),
                     "--documents", str(tmp_path / f"documents{jobs}.csv"), "--jobs", jobs, "--verbose"]) == 0
    assert (tmp_path / "claims1.csv").read_bytes() == (tmp_path / "claims2.csv").read_bytes()
    assert (tmp_path / "documents1.csv").read_bytes() == (tmp_path / "documents2.csv").read_bytes()
    out = capsys.readouterr().out.splitlines()
    assert out[:36] == out[37:73]  # the same per-document summaries, in the same (doc_id) order
    assert "synthetic/zz_copy_of_3:" in out[35] and "duplicate of synthetic/synthetic_00003" in out[35]


def test_an_unreadable_file_in_a_worker_stops_the_run_and_writes_nothing(corpus, tmp_path):
    bad = tmp_path / "bad"
    shutil.copytree(corpus[0], bad)
    (bad / "synthetic_00007.txt").write_bytes(b"")
    target = tmp_path / "out" / "claims.csv"
    with pytest.raises(InputError, match="synthetic_00007.txt: file is empty"):
        extract_to_files([bad], target, jobs=2)
    assert not target.exists() and not list(target.parent.glob("*"))
