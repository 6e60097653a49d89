"""The README's data dictionary is generated from the code; it must not drift."""

from conftest import ROOT

from analysis.report import dictionary


def test_readme_data_dictionary_is_current():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split(dictionary.README_START, 1)[1].split(dictionary.README_END, 1)[0]
    assert block.strip() == dictionary.readme_block().strip(), "run: python -m analysis.dictionary"


def test_readme_names_both_commands_and_ci_calls_the_test_one():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make all" in text and "make test" in text
    assert "make test" in (ROOT / ".ci" / "run").read_text()
