"""Hostile input at the edges of the machine: huge files, a full disk, a killed parent, many inputs.

Each case is one in the README's "What happens with bad input" table (docs/bad-input.md); each test fails if the
behaviour it names regresses.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from analysis.batch.pipeline import extract_paths, plan
from analysis.core.errors import InputError
from analysis.extract.document import SKIPPED_CONTEXT
from analysis.ingest import reading
from conftest import ROOT, SEEDS

CLI = [sys.executable, "-m", "analysis"]
ARTICLE = ("Returnees\n\nSome 300 Belgian fighters have returned, and 500 left for Syria, officials said. "
           "About 40 Dutch fighters have come back.\n")


def _run(args, **kw):
    return subprocess.run(CLI + args, cwd=ROOT, capture_output=True, text=True, timeout=600, **kw)


def test_a_file_of_a_million_numbers_is_one_line_not_a_gigabyte(tmp_path):
    """A data dump is not an article: refused before any number is read, so memory stays flat."""
    (tmp_path / "dump.txt").write_text("Figures\n\n" + "".join(f"{i % 997}\n" for i in range(1_000_000)))
    with pytest.raises(InputError, match=r"holds 1,000,000 numbers, over the 20,000-number limit"):
        reading.load(tmp_path / "dump.txt")
    r = _run(["extract", str(tmp_path), "-o", str(tmp_path / "out" / "claims.csv")])
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "20,000-number limit" in r.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_a_skipped_number_carries_at_most_a_window_of_its_sentence(tmp_path):
    """A "sentence" of 5,000 characters (no full stop anywhere) is cut to a window around each skipped number."""
    text = "Figures\n\n" + " ".join(["in 2015 the committee met again"] * 160) + "\n"
    (tmp_path / "long.txt").write_text(text)
    t = extract_paths([tmp_path])
    assert len(t.skipped) >= 100
    assert t.skipped.sentence.str.len().max() <= SKIPPED_CONTEXT
    for r in t.skipped.itertuples():  # the window holds the number, and the offsets still index the text
        assert r.number_text in r.sentence and text[r.start:r.end] == r.number_text


#: Runs `extract` with writes limited to a few kilobytes (a full disk, as the program sees it: EFBIG on write),
#: once the language model (which unpacks itself to a temporary file) is loaded.
_FULL_DISK = """
import resource, signal, sys
from analysis.ingest.language import detect
from analysis.cli.main import main
detect("Some 300 Belgian fighters have returned home from Syria, officials said on Tuesday.")
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (4000, 4000))
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("ext", ["parquet", "csv"])
def test_a_full_disk_is_one_line_and_leaves_nothing_behind(tmp_path, ext):
    """No space for the output: one line, exit code 2, no temporary left, no earlier output replaced."""
    out = tmp_path / "out"
    out.mkdir()
    (out / f"claims.{ext}").write_bytes(b"earlier output")
    r = subprocess.run([sys.executable, "-c", _FULL_DISK, "extract", str(SEEDS), "-o", str(out / f"claims.{ext}")],
                       cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert r.returncode == 2, r.stderr
    assert r.stderr.count("\n") == 1 and "cannot be written" in r.stderr and "Traceback" not in r.stderr
    assert sorted(p.name for p in out.iterdir()) == [f"claims.{ext}"]
    assert (out / f"claims.{ext}").read_bytes() == b"earlier output"


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(c) for c in path.read_text().split()] if path.exists() else []


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ")[-1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


def test_workers_exit_when_the_parent_is_killed(tmp_path):
    """SIGKILL of `extract --jobs 2` (no handler can run): its workers notice and exit, never block forever."""
    src = tmp_path / "in"
    src.mkdir()
    for i in range(3000):
        (src / f"a{i:04d}.txt").write_text(ARTICLE * 40)
    proc = subprocess.Popen(CLI + ["extract", str(src), "--jobs", "2", "-o", str(tmp_path / "claims.csv")],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline, workers = time.time() + 60, []
    while time.time() < deadline and len(workers) < 2:
        time.sleep(0.2)
        workers = [c for c in _children(proc.pid) if _alive(c)]
    assert len(workers) >= 2, "the workers never started"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.time() + 15
    while time.time() < deadline and any(_alive(w) for w in workers):
        time.sleep(0.2)
    assert not any(_alive(w) for w in workers)


def test_doc_ids_do_not_depend_on_what_else_is_in_the_corpus(tmp_path):
    """An id is the file's path inside its input folder: adding a file with the same name elsewhere in the
    folder does not rename the first one, and two input folders are told apart by their names."""
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "doc.txt").write_text(ARTICLE)
    before = [t[0] for t in plan([tmp_path]).tasks]
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "doc.txt").write_text(ARTICLE)
    after = [t[0] for t in plan([tmp_path]).tasks]
    assert before == ["a/doc"] and after == ["a/doc", "b/doc"]
    assert [t[0] for t in plan([tmp_path / "a"]).tasks] == ["doc"]
    assert [t[0] for t in plan([tmp_path / "a", tmp_path / "b"]).tasks] == ["a/doc", "b/doc"]


def test_paths_outside_the_project_are_told_apart(tmp_path):
    """The documents table's `path` never collapses two files to one name, and never holds a machine path."""
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "doc.txt").write_text(ARTICLE)
    docs = extract_paths([tmp_path / "a", tmp_path / "b"]).documents
    assert docs.path.tolist() == ["a/doc.txt", "b/doc.txt"]
    assert not any(str(tmp_path) in p for p in docs.path)


def test_a_symbolic_link_out_of_the_input_folder_is_read_with_a_warning(tmp_path):
    outside = tmp_path / "elsewhere.txt"
    outside.write_text(ARTICLE)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "mine.txt").write_text(ARTICLE)
    (tmp_path / "in" / "linked.txt").symlink_to(outside)
    docs = extract_paths([tmp_path / "in"]).documents.set_index("doc_id")
    assert "symlink_outside_folder" in docs.loc["linked", "warnings"].split(";")
    assert "symlink_outside_folder" not in docs.loc["mine", "warnings"].split(";")


def test_a_quote_never_crosses_a_sentence_boundary():
    text = "Figures\n\nOfficials put the share at about\n\n12 percent of those who went. 300 Belgians returned.\n"
    claims = extract_paths_text(text)
    for r in claims.itertuples():
        assert r.quote in r.sentence


def extract_paths_text(text: str) -> pd.DataFrame:
    from analysis.extract.document import extract_text

    rows, _ = extract_text("x", text)
    return pd.DataFrame(rows)


def test_findings_grow_with_the_disagreements_not_with_the_articles(tmp_path):
    """Twice as many tiny articles repeating the same few disagreeing figures: the same findings, once each
    (measured on 10,000 such articles: 56 findings, 8 s, 270 MB)."""
    import random

    from analysis.findings import discrepancies

    rng = random.Random(3)
    counts = {}
    for n in (300, 600):
        folder = tmp_path / f"c{n}"
        folder.mkdir()
        for i in range(n):
            place, value = rng.choice(["Belgium", "France", "Tunisia"]), rng.choice([100, 300, 500])
            (folder / f"t{i:04d}.txt").write_text(f"Report\n\nSome {value} fighters from {place} have returned "
                                                  "home, officials said.\n")
        counts[n] = len(discrepancies.analyse([folder], ROOT / "reference", 0.1).findings)
    # the same findings for twice the articles (19 when measured: the conflicts, corroborations and checks of
    # three places and three values), far fewer than the articles
    assert 0 < counts[600] == counts[300] < 300 / 10


def test_many_files_print_one_summary_and_per_document_lines_only_when_asked(tmp_path):
    """A terminal run over many files shows one summary line (and a progress bar on a terminal); `--verbose`
    adds one line per document; `--quiet` prints nothing."""
    src = tmp_path / "in"
    src.mkdir()
    for i in range(40):
        (src / f"a{i:02d}.txt").write_text(ARTICLE)
    lines = {}
    for flag in ([], ["--verbose"], ["--quiet"]):
        r = _run(["extract", str(src), "-o", str(tmp_path / "claims.csv"), *flag])
        assert r.returncode == 0, r.stderr
        lines[tuple(flag)] = r.stdout.splitlines()
    assert len(lines[()]) == 1 and lines[()][0].startswith("40 documents, ")
    assert len(lines[("--verbose",)]) == 41 and lines[("--verbose",)][0].startswith("a00: ")
    assert lines[("--quiet",)] == []
