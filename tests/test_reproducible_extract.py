"""`python -m analysis extract`: inputs untouched, outputs whole or not at all, and the same bytes every time.

* Inputs are opened read-only and never modified: hashes, sizes, times and the
  folder listing are the same after a run, and every open of an input is "r"/"rb".
* A run that fails midway (an unreadable file, a bug, a full disk; injected here
  with monkeypatch) leaves the previous outputs byte for byte, leaves no
  temporary files, and the command line says what failed.
* Two runs give byte-identical CSV and Parquet files, even with a different
  hash seed (set and dict order) and a different working directory; no output
  holds an absolute path. Files outside the project are recorded by file name
  only (`paths.display`), so where a corpus sits on disk does not change a byte.
"""

from __future__ import annotations

import builtins
import errno
import hashlib
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from conftest import ROOT, SEEDS

import analysis.extract.document
from analysis.cli import main as cli
from analysis.ingest import reading
from analysis.core.outputs import write_table
from analysis.batch.pipeline import extract_paths

OUTPUTS = ("claims", "documents", "skipped")


def snapshot(folder: Path) -> dict[str, tuple]:
    """Every file under `folder`: (sha256, size, mtime_ns, mode)."""
    out = {}
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            st = p.stat()
            out[p.relative_to(folder).as_posix()] = (hashlib.sha256(p.read_bytes()).hexdigest(), st.st_size,
                                                     st.st_mtime_ns, st.st_mode)
    return out


def extract_args(inputs: str | Path, out: Path, fmt: str) -> list[str]:
    return ["extract", str(inputs), "--output", str(out / f"claims.{fmt}"), "--documents", str(out / f"documents.{fmt}"),
            "--skipped", str(out / f"skipped.{fmt}"), "--quiet"]


def output_bytes(out: Path, fmt: str) -> dict[str, bytes]:
    return {name: (out / f"{name}.{fmt}").read_bytes() for name in OUTPUTS}


# ------------------------------------------------------------------ inputs are never modified

def test_inputs_are_opened_read_only_and_left_unchanged(tmp_path, monkeypatch, capsys):
    before = snapshot(SEEDS)
    opened: list[tuple[str, str]] = []
    real_open, real_io_open, real_os_open = builtins.open, io.open, os.open

    def is_input(file) -> bool:
        try:
            return isinstance(file, (str, os.PathLike)) and SEEDS in Path(file).resolve().parents
        except (OSError, ValueError):
            return False

    def spy_open(file, mode="r", *args, **kwargs):
        if is_input(file):
            opened.append((Path(file).name, mode))
        return real_open(file, mode, *args, **kwargs)

    def spy_io_open(file, mode="r", *args, **kwargs):
        if is_input(file):
            opened.append((Path(file).name, mode))
        return real_io_open(file, mode, *args, **kwargs)

    def spy_os_open(path, flags, *args, **kwargs):
        if is_input(path):
            opened.append((Path(path).name, "os.O_RDONLY" if flags & (os.O_WRONLY | os.O_RDWR) == 0 else f"flags={flags}"))
        return real_os_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy_open)
    monkeypatch.setattr(io, "open", spy_io_open)
    monkeypatch.setattr(os, "open", spy_os_open)
    monkeypatch.setattr(reading, "open", spy_open, raising=False)
    assert cli.main(extract_args(SEEDS, tmp_path, "csv")) == 0
    monkeypatch.undo()

    txt = sorted(p.name for p in SEEDS.glob("*.txt"))
    assert sorted(name for name, _ in opened if name.endswith(".txt")) == txt  # each article read once
    assert {mode for _, mode in opened} <= {"r", "rb", "os.O_RDONLY"}, opened
    assert snapshot(SEEDS) == before  # same bytes, sizes, times and permissions; no file added
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.csv", "documents.csv", "skipped.csv"]


# ------------------------------------------------------------------ nothing half-written

@pytest.fixture()
def corpus(tmp_path):
    """Four articles (copies of seeds) and a first, successful run's outputs in out/."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for p in sorted(SEEDS.glob("*.txt"))[:4]:
        shutil.copy(p, folder / p.name)
    return folder


def third_article(folder: Path) -> Path:
    return sorted(folder.glob("*.txt"))[2]


def assert_previous_outputs_intact(out: Path, fmt: str, previous: dict[str, bytes]) -> None:
    assert output_bytes(out, fmt) == previous
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{n}.{fmt}" for n in OUTPUTS)  # no temporary files


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_unreadable_file_midway_keeps_previous_outputs(corpus, tmp_path, monkeypatch, capsys, fmt):
    out = tmp_path / "out"
    assert cli.main(extract_args(corpus, out, fmt)) == 0
    previous = output_bytes(out, fmt)
    bad = third_article(corpus)
    real_open = open

    def failing_open(file, *args, **kwargs):  # the disk fails on the third article
        if Path(file) == bad:
            raise OSError(errno.EIO, "Input/output error", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(reading, "open", failing_open, raising=False)
    capsys.readouterr()
    assert cli.main(extract_args(corpus, out, fmt)) == 2
    assert capsys.readouterr().err == f"error: {bad}: cannot be read (Input/output error)\n"
    assert_previous_outputs_intact(out, fmt, previous)


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_exception_in_extraction_midway_keeps_previous_outputs(corpus, tmp_path, monkeypatch, fmt):
    out = tmp_path / "out"
    assert cli.main(extract_args(corpus, out, fmt)) == 0
    previous = output_bytes(out, fmt)
    marker = third_article(corpus).read_text(encoding="utf-8")[:200]
    real_find = analysis.extract.document.find_numbers

    def buggy_find_numbers(text, *args, **kwargs):  # a bug that shows on the third article only
        if text.startswith(marker):
            raise RuntimeError("injected failure")
        return real_find(text, *args, **kwargs)

    monkeypatch.setattr(analysis.extract.document, "find_numbers", buggy_find_numbers)
    with pytest.raises(RuntimeError, match="injected failure"):  # a bug is not hidden: its traceback is shown
        cli.main(extract_args(corpus, out, fmt))
    assert_previous_outputs_intact(out, fmt, previous)


def test_full_disk_while_writing_keeps_previous_outputs(corpus, tmp_path, monkeypatch, capsys):
    out = tmp_path / "out"
    assert cli.main(extract_args(corpus, out, "csv")) == 0
    previous = output_bytes(out, "csv")
    real_to_csv = pd.DataFrame.to_csv
    calls = []

    def to_csv_then_disk_full(self, *args, **kwargs):
        calls.append(1)
        if len(calls) > 2:  # some rows are already in a temporary file when the disk fills up
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_to_csv(self, *args, **kwargs)

    monkeypatch.setattr(pd.DataFrame, "to_csv", to_csv_then_disk_full)
    capsys.readouterr()
    assert cli.main(extract_args(corpus, out, "csv")) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1
    assert err.endswith(".csv: cannot be written (No space left on device); no output of this command was changed\n")
    assert_previous_outputs_intact(out, "csv", previous)


def test_output_that_cannot_be_written_is_one_line(tmp_path, capsys):
    blocker = tmp_path / "not_a_folder"
    blocker.write_text("a file where a folder should be")
    code = cli.main(["extract", str(SEEDS), "--output", str(blocker / "claims.csv"), "-q"])
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {blocker / 'claims.csv'}: cannot write here (") and err.count("\n") == 1


# ------------------------------------------------------------------ reproducible bytes

@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_two_runs_give_identical_bytes_and_no_absolute_paths(tmp_path, fmt):
    """Run 1 from the project root with a relative path; run 2 from elsewhere with an absolute one,
    under another hash seed. Same bytes; no absolute path anywhere in them."""
    before = snapshot(SEEDS)
    runs = []
    for i, (cwd, inputs) in enumerate([(ROOT, "seeds"), (tmp_path, str(SEEDS))]):
        out = tmp_path / f"run{i}"
        env = {**os.environ, "PYTHONHASHSEED": str(i + 1)}
        proc = subprocess.run([sys.executable, "-m", "analysis", *extract_args(inputs, out, fmt)], cwd=cwd, env=env,
                              capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
        runs.append(output_bytes(out, fmt))
    assert runs[0] == runs[1]
    for data in runs[0].values():
        for absolute in {str(ROOT), str(tmp_path), str(Path.home()), "/tmp/", "/root/", "/home/"}:
            assert absolute.encode() not in data
    docs = (pd.read_csv if fmt == "csv" else pd.read_parquet)(tmp_path / "run0" / f"documents.{fmt}")
    assert list(docs.path) == [f"seeds/{p.name}" for p in sorted(SEEDS.glob("*.txt"))]
    assert snapshot(SEEDS) == before


def test_files_outside_the_project_are_recorded_by_folder_and_name_only(tmp_path):
    """Where the corpus sits on disk changes no byte of the outputs: no absolute path leaks, only the folder
    argument's name and the path inside it."""
    written = []
    for where in ("first/place", "second"):
        folder = tmp_path / where / "articles"
        shutil.copytree(SEEDS, folder)
        tables = extract_paths([folder])
        assert list(tables.documents.path) == sorted(f"articles/{p.name}" for p in SEEDS.glob("*.txt"))
        out = tmp_path / f"out_{where.replace('/', '_')}"
        for name in OUTPUTS:
            write_table(getattr(tables, name), out / f"{name}.csv")
        written.append({name: (out / f"{name}.csv").read_bytes() for name in OUTPUTS})
        assert all(str(tmp_path).encode() not in data for data in written[-1].values())
    assert written[0] == written[1]


# ------------------------------------------------------------------ outputs never replace inputs

def test_an_output_may_not_replace_an_input_or_another_output(tmp_path):
    """`documents.refuse_overwriting_inputs`: the guard `extract` runs before it writes anything."""
    from analysis.ingest.documents import collect, refuse_overwriting_inputs
    from analysis.core.errors import OutputError

    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    files = collect([folder])
    refuse_overwriting_inputs(files, [tmp_path / "claims.csv", tmp_path / "documents.csv", None])
    with pytest.raises(OutputError, match="is an input of this run .* refusing to overwrite it"):
        refuse_overwriting_inputs(files, [folder / "sources.csv"])
    with pytest.raises(OutputError, match="is an input of this run"):
        refuse_overwriting_inputs(files, [tmp_path / "x" / ".." / "articles" / files[0].name])
    with pytest.raises(OutputError, match="given twice as an output"):
        refuse_overwriting_inputs(files, [tmp_path / "t.csv", tmp_path / "t.csv"])


def test_extract_refuses_to_write_over_its_own_sidecar(tmp_path, capsys):
    """`extract seeds --output seeds/sources.csv` would replace the user's metadata: exit 2, the file untouched."""
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    before = snapshot(folder)
    code = cli.main(["extract", str(folder), "--output", str(folder / "sources.csv"), "-q"])
    assert code == 2
    err = capsys.readouterr().err
    assert "sources.csv: is an input of this run" in err and "Traceback" not in err
    assert snapshot(folder) == before
    code = cli.main(["extract", str(folder), "--output", str(tmp_path / "t.csv"), "--documents", str(tmp_path / "t.csv"), "-q"])
    assert code == 2
    assert "given twice as an output" in capsys.readouterr().err
    assert not (tmp_path / "t.csv").exists()
