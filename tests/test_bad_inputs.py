"""The catalogue of bad inputs: each case has a defined outcome, and a test that fails if it changes.

Two kinds of outcome:

* **refused**: a one-line error naming the file and the problem; `InputError` in
  Python, exit code 2 and one line on stderr (no traceback) from the command line;
* **read, with a warning**: the file is extracted, and the documents table's
  `warnings` column records what was odd about it (see `analysis.ingest.reading.WARNINGS`).

Numbers that must not become claims (dates, page counts, negative numbers,
shares over 100, numbers inside HTML markup) appear in the skipped table with a
reason; unknown places stay as claims with an empty entity, flagged.
The "What happens with bad input" table (docs/bad-input.md) lists the same cases.
"""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT, SEEDS

from analysis.cli import main as cli
from analysis.ingest import reading
from analysis.ingest.documents import collect
from analysis.core.errors import InputError
from analysis.extract.document import extract_text
from analysis.batch.pipeline import extract_document, extract_paths
from analysis.ingest.reading import MAX_BYTES, decode, read_bytes

ARTICLE = (
    "Seven of 129 American ISIS fighters return home\n\n"
    "According to a new report released this week by the Soufan Center, at least 5,600 citizens or residents "
    "from 33 countries have returned home. France: 1,910 went, 271 back.\n"
)


def png_bytes() -> bytes:
    """A real 1x1 red PNG image."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
            + chunk(b"IEND", b""))


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def run_cli(capsys, *args: str) -> tuple[int, str]:
    """`python -m analysis ...` in process: (exit code, stderr)."""
    code = cli.main(list(args))
    return code, capsys.readouterr().err


def assert_refused(capsys, tmp_path: Path, path: Path, problem: str) -> None:
    """Python raises InputError naming the file; the command line exits 2 with that one line."""
    with pytest.raises(InputError) as info:
        extract_paths([path])
    assert info.value.path == str(path) and problem in info.value.problem
    code, err = run_cli(capsys, "extract", str(path), "--output", str(tmp_path / "out" / "claims.csv"), "-q")
    assert code == 2
    assert err.splitlines() == [f"error: {path}: {info.value.problem}"]
    assert not (tmp_path / "out" / "claims.csv").exists()


def claims_of(path: Path):
    return extract_paths([path]).claims


# ------------------------------------------------------------------ refused

@pytest.mark.parametrize("name, data, problem", [
    ("empty.txt", b"", "file is empty"),
    ("blank.txt", b"  \n\t\r\n  \n", "file contains only whitespace"),
    ("bom_blank.txt", b"\xef\xbb\xbf \n", "file contains only whitespace"),
    ("nbsp_blank.txt", "\u00a0\u2003\n\u3000".encode("utf-8"), "file contains only whitespace"),
    ("image.txt", png_bytes(), "file is a PNG image, not plain text"),
    ("nul.txt", ARTICLE.encode("utf-8")[:80] + b"\x00\x00" + ARTICLE.encode("utf-8")[80:], "file contains NUL bytes"),
    ("control.txt", ARTICLE.encode("utf-8") + b"\x1b[31m", "file is binary (control character 0x1b"),
    ("invalid.txt", ARTICLE.encode("utf-8") + b" caf\x81 ", "neither valid UTF-8 (byte 0x81 at offset"),
    ("utf16.txt", ARTICLE.encode("utf-16"), "file is UTF-16 text (save it as UTF-8), not plain text"),
    ("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "file is a PDF document"),
    ("article.txt", b"PK\x03\x04\x14\x00\x06\x00", "an Office document such as .docx"),
    ("bad_bom.txt", b"\xef\xbb\xbfFrance \xff\xfe", "starts with a UTF-8 byte-order mark but is not valid UTF-8"),
])
def test_unusable_file_is_refused_in_one_line(capsys, tmp_path, name, data, problem):
    path = write(tmp_path / "in", name, data)
    assert_refused(capsys, tmp_path, path, problem)


def test_file_over_the_size_limit(capsys, tmp_path):
    path = tmp_path / "in" / "huge.txt"
    path.parent.mkdir()
    with open(path, "wb") as fh:  # sparse: no 5 MB written to disk
        fh.truncate(MAX_BYTES + 1)
    assert_refused(capsys, tmp_path, path, f"file is {MAX_BYTES + 1:,} bytes, over the {MAX_BYTES:,}-byte limit")
    with pytest.raises(InputError, match="over the 5,000,000-byte limit"):  # the pure function checks it too
        decode("x.txt", b"a" * (MAX_BYTES + 1))


def test_file_at_the_size_limit_is_read(tmp_path):
    data = (ARTICLE.encode("utf-8") + b" " * MAX_BYTES)[:MAX_BYTES]
    path = write(tmp_path, "big.txt", data)
    assert len(read_bytes(path)) == MAX_BYTES


def test_missing_path(capsys, tmp_path):
    missing = tmp_path / "no_such_folder"
    with pytest.raises(InputError, match="no such file or folder"):
        collect([missing])
    code, err = run_cli(capsys, "extract", str(missing), "--output", str(tmp_path / "claims.csv"))
    assert (code, err) == (2, f"error: {missing}: no such file or folder\n")


def test_folder_without_txt_files(capsys, tmp_path):
    folder = tmp_path / "articles"
    write(folder, "notes.md", ARTICLE)
    write(folder, ".hidden/copy.txt", ARTICLE)  # hidden folders are not searched
    write(folder, "._mac_resource_fork.txt", b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X")  # nor hidden files
    with pytest.raises(InputError, match="folder contains no .txt files"):
        collect([folder])
    code, err = run_cli(capsys, "extract", str(folder), "--output", str(tmp_path / "claims.csv"))
    assert (code, err) == (2, f"error: {folder}: folder contains no .txt files\n")


def test_hidden_files_in_a_folder_are_left_out_but_a_named_one_is_read(tmp_path):
    folder = tmp_path / "articles"
    a = write(folder, "a.txt", ARTICLE)
    write(folder, "._a.txt", b"\x00\x05\x16\x07binary")
    write(folder, ".ipynb_checkpoints/a-checkpoint.txt", ARTICLE)
    hidden = write(folder, ".draft.txt", ARTICLE)
    assert collect([folder]) == [a]
    assert collect([hidden]) == [hidden]


def test_unreadable_file(capsys, tmp_path, monkeypatch):
    path = write(tmp_path / "in", "locked.txt", ARTICLE)
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            # Running as root: chmod 000 does not stop root from reading, so simulate the
            # refusal the operating system would give a normal user at the same call.
            real_open = open

            def refuse(file, *args, **kwargs):
                if Path(file) == path:
                    raise PermissionError(13, "Permission denied", str(file))
                return real_open(file, *args, **kwargs)

            monkeypatch.setattr(reading, "open", refuse, raising=False)
        assert_refused(capsys, tmp_path, path, "permission denied (file is not readable)")
    finally:
        path.chmod(0o644)


def test_not_a_regular_file(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="is not a regular file"):  # reading a FIFO would block forever
        read_bytes(fifo)
    with pytest.raises(InputError, match="is a directory, not a file"):
        read_bytes(tmp_path)


def test_command_line_error_is_one_line_without_traceback(tmp_path):
    """The real command, in a subprocess: exit code 2, one line on stderr, no output file."""
    bad = write(tmp_path / "in", "image.txt", png_bytes())
    out = tmp_path / "claims.csv"
    proc = subprocess.run([sys.executable, "-m", "analysis", "extract", str(bad), "--output", str(out)],
                          cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 2
    assert proc.stderr == f"error: {bad}: file is a PNG image, not plain text\n"
    assert "Traceback" not in proc.stdout + proc.stderr and not out.exists()


# ------------------------------------------------------------------ read, with a warning

def test_cp1252_with_curly_quotes(tmp_path):
    text = ("\u201cGermany\u2019s 960 fighters\u201d \u2013 and some 1,910 left France \u2026 caf\u00e9 "
            "officials said.\n")
    path = write(tmp_path, "cp1252.txt", text.encode("cp1252"))
    tables = extract_paths([path])
    doc = tables.documents.iloc[0]
    assert (doc.encoding, doc.warnings, doc.n_chars) == ("cp1252", "decoded_as_cp1252", len(text))
    decoded = reading.load(path)
    assert decoded.text == text
    c = tables.claims.set_index("number_text")
    assert (c.loc["960", "entity"], c.loc["960", "value"]) == ("DEU", 960.0)
    assert (c.loc["1,910", "entity"], c.loc["1,910", "measure"], c.loc["1,910", "qualifier"]) == ("FRA", "departed", "some")
    for row in tables.claims.itertuples():  # offsets are into the decoded text
        assert text[row.start:row.end] == row.quote and text[row.number_start:row.number_end] == row.number_text


def test_latin1_text(tmp_path):
    text = "Le rapport: 1.910 combattants fran\u00e7ais sont partis de France, selon le minist\u00e8re.\n"
    decoded = decode("latin1.txt", text.encode("latin-1"))
    assert (decoded.text, decoded.encoding, decoded.warnings) == (text, "cp1252", ("decoded_as_cp1252",))


def test_partly_utf8_partly_cp1252_is_read_with_a_warning():
    data = "Germany\u2019s 960 fighters".encode("utf-8") + " and caf\u00e9".encode("cp1252")
    decoded = decode("mixed.txt", data)
    assert decoded.encoding == "cp1252"
    assert decoded.warnings == ("decoded_as_cp1252", "mixed_encoding")
    assert decoded.text == data.decode("cp1252")  # "Germanyâ€™s 960 fighters and café": offsets still exact


def test_utf8_bom(tmp_path):
    plain = write(tmp_path / "plain", "a.txt", ARTICLE)
    bom = write(tmp_path / "bom", "a.txt", b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    with_bom, without = extract_paths([bom]), extract_paths([plain])
    doc = with_bom.documents.iloc[0]
    assert (doc.encoding, doc.warnings, doc.n_bytes, doc.n_chars) == ("utf-8-sig", "utf8_bom", len(ARTICLE) + 3, len(ARTICLE))
    assert reading.load(bom).text == ARTICLE  # the BOM is not text: offsets start after it
    cols = ["entity", "measure", "value", "qualifier", "start", "end", "quote", "flags"]
    assert with_bom.claims[cols].equals(without.claims[cols])
    assert len(without.claims) >= 4


ALL_ARTICLES = sorted([*(SEEDS).glob("*.txt"), *FIXTURES.glob("*/*.txt")])


@pytest.mark.parametrize("newline, warning", [("\r\n", "crlf"), ("\r", "cr_line_endings")])
def test_windows_and_old_mac_line_endings_give_the_same_claims(tmp_path, newline, warning):
    """Every seed and fixture article, re-saved with other line endings: the same claims, exact spans.

    The text keeps its "\\r" (offsets count it); only sentence, header and paragraph
    detection treat "\\r\\n" and "\\r" as line breaks. Before the fix, paragraph breaks
    were looked for as "\\n\\n" only, and four articles gave different claims with CRLF.
    """
    cols = ["doc_id", "entity", "entity_text", "measure", "value", "qualifier", "attribution", "flags"]
    for src in ALL_ARTICLES:
        lf = src.read_bytes().decode("utf-8")
        other = lf.replace("\n", newline)
        path = write(tmp_path / src.parent.name, src.name, other)
        doc = extract_document(str(path), path.read_bytes())
        lf_warnings = extract_document(str(src), src.read_bytes()).document["warnings"]  # e.g. looks_like_html
        assert doc.document["warnings"] == ";".join(filter(None, [warning, lf_warnings]))
        expected, _ = extract_text(src.stem, lf)
        assert [[r[c] for c in cols] for r in doc.claims] == [[r[c] for c in cols] for r in expected], src.name
        for r, e in zip(doc.claims, expected):
            assert other[r["start"]:r["end"]] == r["quote"] and r["quote"].replace(newline, "\n") == e["quote"]


def test_duplicate_article_is_flagged_not_dropped(tmp_path):
    write(tmp_path, "a_original.txt", ARTICLE)
    write(tmp_path, "b_copy.txt", ARTICLE)
    tables = extract_paths([tmp_path])
    docs = tables.documents.set_index("doc_id")
    assert docs.duplicate_of.to_dict() == {"a_original": "", "b_copy": "a_original"}
    assert docs.loc["a_original", "sha256"] == docs.loc["b_copy", "sha256"]
    c = tables.claims
    original, copy = c[c.doc_id == "a_original"], c[c.doc_id == "b_copy"]
    assert len(original) == len(copy) >= 4
    assert copy["flags"].str.contains("duplicate_document").all()
    assert not original["flags"].str.contains("duplicate_document").any()


HTML = """<!DOCTYPE html>
<html><head><title>France counts its returnees</title>
<meta name="description" content="Germany sent 960 fighters">
<style>p { width: 300px; }</style>
<script>var fighters = 5000; document.title = "Tunisia 2,926";</script></head>
<body><article>
<p class="lead" data-count="700">According to the <b>new</b> report on foreign fighters published this week, 1,910 fighters left France and 271 have returned.</p>
<img src="chart.png" width="300" height="200" alt="Belgium: 470 fighters">
<ul><li>Belgium: 470 went</li><li>Austria: 300 went</li></ul>
<!-- editor's note: 40 more from Spain -->
<a href="javascript:alert(1)" title="Russia 3,417">link</a>
</article></body></html>
"""


def test_html_pasted_as_text(tmp_path):
    path = write(tmp_path, "page.txt", HTML)
    tables = extract_paths([path])
    doc = tables.documents.iloc[0]
    assert doc.warnings == "looks_like_html"
    assert doc.title == "France counts its returnees"  # the headline, not "<!DOCTYPE html>"
    c = tables.claims
    got = sorted(zip(c.entity, c.measure, c.value))
    assert got == [("AUT", "departed", 300.0), ("BEL", "departed", 470.0),
                   ("FRA", "departed", 1910.0), ("FRA", "returned", 271.0)]
    # Nothing from inside a tag, a comment, a style or a script: not as a claim, not as an entity.
    assert not {"DEU", "TUN", "RUS", "ESP"} & set(c.entity)
    for row in c.itertuples():
        assert HTML[row.start:row.end] == row.quote and "<" not in row.number_text and "<" not in row.entity_text
    s = tables.skipped
    markup = sorted(s[s.reason == "html_markup"].number_text)
    # meta content, script, data- attribute, img width/height/alt, comment, href, title ("300px" is no number)
    assert markup == sorted(["960", "5000", "2,926", "700", "300", "200", "470", "40", "1", "3,417"])


def test_text_with_angle_brackets_is_not_html():
    decoded = decode("maths.txt", b"Fewer than 5 < 10 people, and 300 > 200 fighters left France.\n")
    assert "looks_like_html" not in decoded.warnings
    claims, _ = extract_text("maths", decoded.text)
    assert {r["number_text"] for r in claims} >= {"300"}


# ------------------------------------------------------------------ numbers in other conventions

#: A headline and a first paragraph of prose, so that the sentence under test is in the body
#: (numbers in the header block of short lines before the first prose line are skipped as "header").
LEAD = ("Report on returnees\n\nThe report, published this week by an independent research centre in Washington, "
        "looks at what happened to foreign fighters.\n\n")

@pytest.mark.parametrize("sentence, number_text, value, low, high, flags", [
    ("Germany sent 5.600 fighters to Syria.", "5.600", 5600.0, 5600.0, 5600.0, {"ambiguous"}),
    ("Germany sent 5 600 fighters to Syria.", "5 600", 5600.0, 5600.0, 5600.0, set()),
    ("Germany sent 5\u00a0600 fighters to Syria.", "5\u00a0600", 5600.0, 5600.0, 5600.0, set()),
    ("Some 1.5 million people left Germany.", "1.5 million", 1_500_000.0, 1_350_000.0, 1_650_000.0, set()),
    ("Between 20 to 30 percent of the Germans returned.", "20 to 30", 25.0, 20.0, 30.0, {"range"}),
    ("Of the Germans who left, 20-30% have returned.", "20-30", 25.0, 20.0, 30.0, {"range"}),
    ("Of the Germans who left, between 20 and 30 per cent have returned.", "20 and 30", 25.0, 20.0, 30.0, {"range"}),
])
def test_number_conventions(sentence, number_text, value, low, high, flags):
    text = LEAD + sentence + "\n"
    claims, _ = extract_text("doc", text)
    [row] = [r for r in claims if r["number_text"].endswith(number_text.split()[-1]) and r["value"] == value]
    assert (row["value"], row["value_low"], row["value_high"]) == (value, low, high)
    assert row["entity"] == "DEU" and flags <= set(row["flags"].split(";"))
    assert text[row["start"]:row["end"]] == row["quote"]


@pytest.mark.parametrize("sentence, number_text, reason", [
    ("Officials say 150% of the French fighters returned.", "150", "percent_over_100"),
    ("Between 90 and 120 percent of the French fighters returned.", "90 and 120", "percent_over_100"),
    ("The French count changed by -300 fighters.", "300", "negative"),
    ("The French count changed by \u2212300 fighters.", "300", "negative"),
    ("The French report, 1,382 words long, was dated 2017.", "1,382", "word_count"),
    ("The French report, 1,382 words long, was dated 2017.", "2017", "year"),
    ("France said on 12 March that fighters had returned.", "12", "date"),
    ("France published it on October 27, 2017 with the fighters' names.", "27", "date"),
    ("The French report runs to 40 pages on fighters.", "40", "page_count"),
    ("France said a 23-year-old fighter returned.", "23", "age"),
    ("France said " + "9" * 400 + " fighters left.", "9" * 400, "too_large"),
    ("Two hundred percent of the French fighters returned.", "Two hundred", "percent_over_100"),
])
def test_numbers_that_are_not_claims_are_skipped_with_a_reason(sentence, number_text, reason):
    text = LEAD + sentence + "\n"
    claims, skipped = extract_text("doc", text)
    assert number_text not in {r["number_text"] for r in claims}
    assert (number_text, reason) in {(s["number_text"], s["reason"]) for s in skipped}


def test_skipped_numbers_reach_the_skipped_table(tmp_path):
    path = write(tmp_path, "a.txt", LEAD + "The French report, 1,382 words, was dated 2017; officials say 150% "
                                           "of the 1,910 French fighters returned, a change of -300.\n")
    tables = extract_paths([path])
    assert sorted(zip(tables.skipped.number_text, tables.skipped.reason)) == [
        ("1,382", "word_count"), ("150", "percent_over_100"), ("2017", "year"), ("300", "negative")]
    assert list(tables.claims.number_text) == ["1,910"]


# ------------------------------------------------------------------ unknown places

@pytest.mark.parametrize("text, name, values", [
    ("Ruritania \u2013 300 left \u2013 20 returned", "Ruritania", [(300.0, "unclassified"), (20.0, "unclassified")]),
    ("Report on returnees\n\nAccording to the report published this week, officials said that 300 fighters from "
     "Freedonia have returned.", "Freedonia", [(300.0, "unclassified")]),
])
def test_unknown_place_is_kept_flagged_not_dropped(text, name, values):
    """A name the gazetteer does not know is kept as the row's entity_text, flagged; the number is not claimed
    (it cannot be compared or cited without a key), but it is never dropped."""
    claims, _ = extract_text("doc", text)
    assert [(r["value"], r["measure"]) for r in claims] == values
    for r in claims:
        assert (r["entity"], r["entity_text"], r["entity_type"]) == ("", name, "unresolved")
        assert "unresolved_entity" in r["flags"].split(";")


# ------------------------------------------------------------------ a table pasted as one line

def test_table_pasted_as_one_line_is_cut_into_sentences_and_fully_read():
    """1,500 figures on one line with no full stop: before the sentence cap (sentences.MAX_SENTENCE)
    and the linking fixes, the per-sentence steps were cubic in the figures of a sentence and this
    took hours; now every figure is read, with its place, and no sentence exceeds the cap."""
    from analysis.extract.sentences import MAX_SENTENCE, split

    places = [("France", "FRA"), ("Germany", "DEU"), ("Belgium", "BEL"), ("Tunisia", "TUN"), ("Morocco", "MAR")]
    items = [(places[i % len(places)], 100 + i) for i in range(1500)]
    text = LEAD + "Fighters who left, by country: " + "; ".join(f"{name} {n:,}" for (name, _), n in items) + "\n"
    assert max(s.end - s.start for s in split(text)) <= MAX_SENTENCE
    claims, skipped = extract_text("table", text)
    assert [(r["entity"], r["value"], r["measure"]) for r in claims] == [(key, float(n), "departed") for (_, key), n in items]
    assert skipped == []
    assert all(text[r["start"]:r["end"]] == r["quote"] for r in claims)
