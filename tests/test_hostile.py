"""Hostile and unusual input (issue 15): each case has a defined outcome, listed in the bad-input table (docs/bad-input.md).

Outcomes are the table's: a refused input or output is one line on stderr
naming the file and the problem, exit code 2, and nothing written; a run
stopped by SIGTERM unwinds as Ctrl-C does (exit code 143, no temporaries, the
previous outputs intact).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pandas as pd
import pytest
from conftest import ROOT, SEEDS

from analysis.batch.pipeline import extract_paths
from analysis.cli import main as cli
from analysis.core.errors import InputError
from analysis.core.outputs import write_table
from analysis.reference.table import load as load_reference

PROSE = ("According to a new report released this week by the Soufan Center, at least 5,600 citizens or residents "
         "from 33 countries have returned home to their countries, and France saw 1,910 leave and 271 come back.\n")
HEADER = "file,outlet,kind,title,published,author,url,identified_by\n"


def run_cli(capsys, *args: str) -> tuple[int, str]:
    """`python -m analysis ...` in process: (exit code, stderr); argparse errors count too."""
    try:
        code = cli.main([str(a) for a in args])
    except SystemExit as exc:
        code = exc.code
    return code, capsys.readouterr().err


def one_line(err: str) -> str:
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.name.endswith((".tmp", ".old")))


def subprocess_env(**extra: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), **extra}


# ------------------------------------------------------------------ 1. line breaks in CSV cells

def test_cr_only_line_endings_read_back_identically_from_every_csv_writer(tmp_path, capsys):
    """A bare \\r inside `sentence` used to split the row: pandas read a doc_id "fighters had been killed"."""
    folder = tmp_path / "articles"
    folder.mkdir()
    text = ("Foreign fighters\r\rAt least 5600 fighters\rhad returned home and 1910\rleft France "
            "while 271 came back.\rNo more than 300 fighters had been killed.\r")  # no comma: nothing else quotes
    (folder / "cr.txt").write_bytes(text.encode())
    tables = extract_paths([folder])
    assert tables.claims.sentence.str.contains("\r").any()
    out = tmp_path / "out"
    code, _ = run_cli(capsys, "extract", folder, "-o", out / "claims.csv", "--skipped", out / "skipped.csv", "-q")
    assert code == 0
    write_table(tables.claims, out / "claims_in_memory.csv")
    for name in ("claims.csv", "claims_in_memory.csv"):
        back = pd.read_csv(out / name, keep_default_na=False)
        assert back.doc_id.tolist() == tables.claims.doc_id.tolist()
        assert back.sentence.tolist() == tables.claims.sentence.tolist()
        assert back.quote.tolist() == tables.claims.quote.tolist()
    assert (out / "claims.csv").read_bytes() == (out / "claims_in_memory.csv").read_bytes()
    assert pd.read_csv(out / "skipped.csv", keep_default_na=False).sentence.tolist() == tables.skipped.sentence.tolist()


def test_every_line_break_character_is_quoted(tmp_path):
    breaks = ["\r", "\n", "\r\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
    df = pd.DataFrame({"text": [f"a{b}b" for b in breaks] + ["plain"], "n": range(len(breaks) + 1),
                       "x": [0.5] * (len(breaks) + 1)})
    write_table(df, tmp_path / "t.csv")
    back = pd.read_csv(tmp_path / "t.csv", keep_default_na=False)
    pd.testing.assert_frame_equal(back, df)
    assert (tmp_path / "t.csv").read_bytes().endswith(b"plain,11,0.5\n")


# ------------------------------------------------------------------ 2. all outputs or none

def test_extract_that_cannot_write_its_claims_leaves_documents_and_skipped_untouched(tmp_path, capsys):
    out = tmp_path / "out"
    (out / "claims.csv").mkdir(parents=True)  # cannot be replaced by a file
    for name in ("documents.csv", "skipped.csv"):
        (out / name).write_text("old\n")
    code, err = run_cli(capsys, "extract", SEEDS, "-o", out / "claims.csv", "--documents",
                        out / "documents.csv", "--skipped", out / "skipped.csv", "-q")
    assert code == 2 and "claims.csv: cannot be replaced" in one_line(err)
    assert [(out / n).read_text() for n in ("documents.csv", "skipped.csv")] == ["old\n", "old\n"]
    assert leftovers(out) == []


def test_discrepancies_that_cannot_write_its_passages_leaves_the_findings_untouched(tmp_path, capsys):
    (tmp_path / "passages.csv").mkdir()
    (tmp_path / "findings.csv").write_text("old\n")
    code, err = run_cli(capsys, "discrepancies", SEEDS, "-o", tmp_path / "findings.csv",
                        "--passages", tmp_path / "passages.csv", "-q")
    assert code == 2 and "passages.csv: cannot be replaced" in one_line(err)
    assert (tmp_path / "findings.csv").read_text() == "old\n"
    assert leftovers(tmp_path) == []


# ------------------------------------------------------------------ 3. SIGTERM

def _terminate_when(proc: subprocess.Popen, ready, timeout: float = 120) -> tuple[int, str]:
    deadline = time.monotonic() + timeout
    while not ready():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the command never reached the point to interrupt"
        time.sleep(0.05)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    return proc.returncode, err


def test_sigterm_during_extract_exits_143_and_leaves_no_temporaries(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = (SEEDS / "000_373f1fd59b1e2740.txt").read_text(encoding="utf-8")
    for i in range(3000):
        (corpus / f"a{i:05d}.txt").write_text(f"{text}\nCopy {i}.\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "claims.csv").write_text("old\n")
    proc = subprocess.Popen([sys.executable, "-m", "analysis", "extract", str(corpus), "-o", str(out / "claims.csv"),
                             "--documents", str(out / "documents.csv"), "-q"],
                            cwd=ROOT, env=subprocess_env(), stderr=subprocess.PIPE, text=True)
    code, err = _terminate_when(proc, lambda: len(leftovers(out)) >= 2)
    assert code == 143 and one_line(err).startswith("terminated")
    assert leftovers(out) == [] and sorted(p.name for p in out.iterdir()) == ["claims.csv"]
    assert (out / "claims.csv").read_text() == "old\n"


def test_sigterm_during_run_puts_every_file_back(tmp_path):
    base = tmp_path / "run"
    (base / "outputs").mkdir(parents=True)
    (base / "outputs" / "claims.csv").write_text("old\n")
    proc = subprocess.Popen([sys.executable, "-m", "analysis", "run", "--output-dir", str(base), "-q"],
                            cwd=ROOT, env=subprocess_env(), stderr=subprocess.PIPE, text=True)
    code, err = _terminate_when(proc, lambda: (base / "outputs" / "claims.csv").read_text() != "old\n")
    assert code == 143 and "terminated" in err and "Traceback" not in err
    assert [p.relative_to(base).as_posix() for p in sorted(base.rglob("*")) if p.is_file()] == ["outputs/claims.csv"]
    assert (base / "outputs" / "claims.csv").read_text() == "old\n"


# ------------------------------------------------------------------ 4. protected folders

@pytest.mark.parametrize("command", [
    ["extract", "seeds", "-o", "reference/zz_hostile.csv"],
    ["extract", "seeds", "-o", "seeds/zz_hostile.csv"],
    ["extract", "seeds", "-o", "claims_hostile.csv", "--documents", "analysis/extract/data/zz_hostile.csv"],
    ["extract", "seeds", "-o", "claims_hostile.csv", "--skipped", "analysis/zz_hostile.parquet"],
    ["discrepancies", "seeds", "-o", "reference/zz_hostile.csv"],
    ["evaluate", "seeds", "--gold", "tests/fixtures", "-o", "analysis/zz_hostile.csv"],
    ["run", "--output-dir", "seeds/zz_hostile_run"],
])
def test_outputs_inside_seeds_reference_or_the_package_are_refused(capsys, monkeypatch, command):
    monkeypatch.chdir(ROOT)
    targets = [ROOT / a for a in command if "zz_hostile" in a or a == "claims_hostile.csv"]
    try:
        code, err = run_cli(capsys, *command)
        assert code == 2 and "refusing to write there" in one_line(err)
        assert not any(t.exists() for t in targets)
    finally:
        for t in targets:
            shutil.rmtree(t) if t.is_dir() else t.unlink(missing_ok=True)


# ------------------------------------------------------------------ 5. option values

@pytest.mark.parametrize("command", [
    ["extract", "seeds", "-o", ""],
    ["extract", "seeds", "-o", "c.csv", "--documents", " "],
    ["discrepancies", "seeds", "-o", ""],
    ["run", "--output-dir", ""],
])
def test_an_empty_output_path_is_one_line(tmp_path, capsys, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    code, err = run_cli(capsys, *[str(ROOT / a) if a == "seeds" else a for a in command])
    assert code == 2 and "an empty path" in one_line(err)
    assert list(tmp_path.iterdir()) == []


def test_an_absurd_number_of_jobs_is_one_line(tmp_path, capsys):
    code, err = run_cli(capsys, "extract", SEEDS, "-o", tmp_path / "c.csv", "--jobs", "100000000000")
    assert code == 2 and "at most 256 worker processes" in one_line(err)
    assert not (tmp_path / "c.csv").exists()


# ------------------------------------------------------------------ 6. reference values

def _reference_with(tmp_path: Path, name: str, edit) -> Path:
    folder = tmp_path / "ref"
    shutil.copytree(ROOT / "reference", folder)
    path = folder / name
    data = edit(path.read_bytes())
    path.write_bytes(data)
    return folder


COUNTRIES = "soufan2017_countries.csv"
AGGREGATES = "soufan2017_aggregates.csv"
RUSSIA = b"RUS,Russia,3417,"


@pytest.mark.parametrize("name, edit, problem", [
    (COUNTRIES, lambda b: b.replace(RUSSIA, b"RUS,Russia,-3417,"), "line 2, column 'departed': '-3417' is negative"),
    (COUNTRIES, lambda b: b.replace(RUSSIA, b'RUS,Russia,"3,417",'), "line 2, column 'departed': '3,417' is not a number"),
    (COUNTRIES, lambda b: b.replace(RUSSIA, b"RUS,Russia,about 3400,"), "column 'departed': 'about 3400' is not a number"),
    (COUNTRIES, lambda b: b.replace(RUSSIA, b"RUS,Russia,nan,"), "column 'departed': 'nan' is not a finite number"),
    (COUNTRIES, lambda b: b.replace(RUSSIA, b"RUS,Russia,inf,"), "column 'departed': 'inf' is not a finite number"),
    (AGGREGATES, lambda b: b.replace(b"WORLD,departed,40000,", b"WORLD,departed,4e4,"), "line 2, column 'value': '4e4'"),
    (COUNTRIES, lambda b: b.replace(b",departed_qualifier,", b",").replace(RUSSIA, b"RUS,Russia,3417"),
     "line 1: missing column(s) 'departed_qualifier'"),
    (COUNTRIES, lambda b: b.replace(b"Saudi Arabia", b"Saudi Arabi\xe4"), "line 3: not UTF-8 (byte 0xe4"),
    (COUNTRIES, lambda b: b"", "reference file is empty"),
    (AGGREGATES, lambda b: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "NUL byte at offset 8"),
])
def test_bad_reference_values_are_one_line_naming_file_line_and_column(tmp_path, name, edit, problem):
    folder = _reference_with(tmp_path, name, edit)
    with pytest.raises(InputError) as info:
        load_reference(folder)
    assert info.value.path == str(folder / name) and problem in info.value.problem


def test_a_negative_reference_value_stops_discrepancies_in_one_line(tmp_path, capsys):
    folder = _reference_with(tmp_path, COUNTRIES, lambda b: b.replace(RUSSIA, b"RUS,Russia,-3417,"))
    code, err = run_cli(capsys, "discrepancies", SEEDS, "--reference", folder, "-o", tmp_path / "f.csv")
    assert code == 2 and f"{folder / COUNTRIES}: line 2, column 'departed'" in one_line(err)
    assert not (tmp_path / "f.csv").exists()


# ------------------------------------------------------------------ 7. sidecars and folders

def _folder_with_sidecar(tmp_path: Path, sidecar: bytes | str, name: str = "a.txt") -> Path:
    folder = tmp_path / "articles"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(PROSE, encoding="utf-8")
    (folder / "sources.csv").write_bytes(sidecar.encode() if isinstance(sidecar, str) else sidecar)
    return folder


@pytest.mark.parametrize("cell", ['"October 27, 2017"', "27/10/2017", "27 Oct 2017", "27.10.2017"])
def test_sidecar_dates_in_common_formats_are_read_as_iso(tmp_path, cell):
    folder = _folder_with_sidecar(tmp_path, HEADER + f"a.txt,Outlet,news,,{cell},,,\n")
    doc = extract_paths([folder]).documents.iloc[0]
    assert (doc.published, doc.published_source) == ("2017-10-27", "sidecar")


@pytest.mark.parametrize("sidecar, problem", [
    (HEADER + "a.txt,O,news,,05/06/2017,,,\n", "line 2, column 'published': '05/06/2017' is ambiguous"),
    (HEADER + "a.txt,O,news,,sometime in 2017,,,\n", "line 2, column 'published': 'sometime in 2017' is not a"),
    (HEADER + "a.txt,O,news,,October 2017,,,\n", "'October 2017' is not a full date"),
    (HEADER + "a.txt,O,news,,,,,\na.txt,P,blog,,,,,\n", "line 3: 'a.txt' is listed twice (first on line 2)"),
    ("name,outlet\na.txt,O\n", "sidecar has unknown column(s) 'name'"),
    ("outlet,kind\nO,news\n", "sidecar has no 'file' column"),
    ("file;outlet;kind\na.txt;O;news\n", "sidecar looks semicolon- or tab-separated"),
    (HEADER + "a.txt,O,news\n", "line 2 has 3 fields, the header has 8"),
    ((HEADER + "a.txt,O,news,Title\x00hidden,,,,\n").encode(), "sidecar contains a NUL byte"),
])
def test_bad_sidecars_are_one_line(tmp_path, capsys, sidecar, problem):
    folder = _folder_with_sidecar(tmp_path, sidecar)
    with pytest.raises(InputError) as info:
        extract_paths([folder])
    assert info.value.path == str(folder / "sources.csv") and problem in info.value.problem
    code, err = run_cli(capsys, "extract", folder, "-o", tmp_path / "c.csv", "-q")
    assert code == 2 and problem in one_line(err) and not (tmp_path / "c.csv").exists()


def test_upper_case_extension_is_read(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "doc.TXT").write_text(PROSE, encoding="utf-8")
    tables = extract_paths([folder])
    assert tables.documents.doc_id.tolist() == ["doc"] and len(tables.claims) > 0


def test_a_fifo_inside_a_folder_is_an_error(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(PROSE, encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    with pytest.raises(InputError) as info:
        extract_paths([folder])
    assert info.value.path == str(folder / "pipe.txt") and "is not a regular file" in info.value.problem


def test_a_broken_symlink_inside_a_folder_is_an_error(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(PROSE, encoding="utf-8")
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    with pytest.raises(InputError) as info:
        extract_paths([folder])
    assert info.value.path == str(folder / "gone.txt") and "broken symbolic link" in info.value.problem


def test_dateutil_is_a_pinned_dependency():
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    pins = dict(line.split("==") for line in (ROOT / "constraints.txt").read_text().splitlines() if "==" in line)
    assert f"python-dateutil=={pins['python-dateutil']}" in deps


# ------------------------------------------------------------------ 8. spreadsheet formulas

def test_sidecar_formulas_are_defused_in_csv_but_kept_in_parquet(tmp_path, capsys):
    sidecar = HEADER + 'a.txt,+cmd|calc,=1+1,"=HYPERLINK(""http://x.example"",""open"")",,@SUM(A1),-2+3,by hand\n'
    folder = _folder_with_sidecar(tmp_path, sidecar)
    out = tmp_path / "out"
    code, _ = run_cli(capsys, "extract", folder, "-o", out / "c.csv", "--documents", out / "d.csv", "-q")
    assert code == 0
    doc = pd.read_csv(out / "d.csv", keep_default_na=False).iloc[0]
    assert (doc.outlet, doc.kind, doc.title, doc.author, doc.url) == (
        "'+cmd|calc", "'=1+1", "'=HYPERLINK(\"http://x.example\",\"open\")", "'@SUM(A1)", "'-2+3")
    raw = extract_paths([folder]).documents.iloc[0]
    write_table(extract_paths([folder]).documents, out / "d.parquet")
    assert pd.read_parquet(out / "d.parquet").iloc[0].outlet == raw.outlet == "+cmd|calc"


# ------------------------------------------------------------------ 9. file names on the console

def test_file_names_that_are_not_utf8_or_ascii_print_escaped(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in (b"caf\xe9.txt", "Zürich.txt".encode(), b"evil\x1b[2J.txt"):
        (folder / os.fsdecode(name)).write_text(PROSE, encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "analysis", "extract", str(folder), "-o", str(out / "c.csv"),
                           "--documents", str(out / "d.csv"), "--verbose"], cwd=ROOT, capture_output=True,
                          env=subprocess_env(PYTHONIOENCODING="ascii"))
    assert proc.returncode == 0, proc.stderr.decode("ascii", "replace")
    stdout = proc.stdout.decode("ascii")
    assert "caf\\xe9: " in stdout and "Z\\xfcrich: " in stdout and "evil\\x1b[2J: " in stdout
    assert b"\x1b" not in proc.stdout + proc.stderr
    assert sorted(pd.read_csv(out / "d.csv").doc_id) == ["Zürich", "caf\\xe9", "evil\x1b[2J"]


def test_escape_codes_in_an_error_are_shown_not_obeyed(tmp_path, capsys):
    bad = tmp_path / "\x1b]0;pwned\x07\nsecond line.txt"
    bad.write_text("")
    code, err = run_cli(capsys, "extract", bad, "-o", tmp_path / "c.csv")
    assert code == 2 and "\\x1b]0;pwned\\x07\\nsecond line.txt: file is empty" in one_line(err)
    assert "\x1b" not in err
