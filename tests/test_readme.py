"""README.md and docs/: generated blocks current, links that resolve, no number typed by hand.

The README is the appendix of a story: every figure it states is in a block
generated from the seeds, the reference and the code (`analysis.report.dictionary`),
and the reference material lives in docs/, whose generated blocks are checked
here too.
"""

from __future__ import annotations

import ast
import csv
import importlib
import json
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from conftest import ROOT, SEEDS

from analysis.report import dictionary

README = ROOT / "README.md"
DOCS = sorted((ROOT / "docs").glob("*.md"))
PAGES = [README, *DOCS]
GENERATED = [(rel, name) for rel, blocks in dictionary.BLOCKS.items() for name in blocks]

#: Numbers the README states outside its generated blocks, code and links, each with where it comes from.
#: Anything else with a digit in the README's prose must be generated (a block) or be a method description in code.
HAND_NUMBERS = {"2017": "the report's publication date (reference/README.md: 'The Soufan Center, October 2017')"}


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("rel,name", GENERATED, ids=[f"{r}:{n}" for r, n in GENERATED])
def test_generated_block_is_current(rel, name):
    text = read(ROOT / rel)
    start, end = dictionary.markers(name)
    assert text.count(start) == 1 and text.count(end) == 1, f"{rel}: markers of block {name!r} missing"
    assert dictionary.block(text, name) == dictionary.BLOCKS[rel][name]().strip(), \
        "run: python -m analysis.report.dictionary"


def test_data_dictionary_page_is_the_generated_dictionary():
    """The columns, codebook and flags the tables use, as the code defines them (formerly in the README)."""
    text = read(ROOT / "docs" / "data-dictionary.md")
    assert dictionary.block(text, "dictionary") == dictionary.dictionary_block().strip()
    assert dictionary.block(read(ROOT / "docs" / "gazetteer-and-languages.md"), "gazetteer") == \
        dictionary.gazetteer_markdown().strip()
    for table in (dictionary.columns_markdown(), dictionary.codebook_markdown(), dictionary.flags_markdown()):
        assert table in text


def test_readme_names_both_commands_and_ci_calls_the_test_one():
    text = read(README)
    assert "make all" in text and "make test" in text
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_readme_says_how_to_choose_the_interpreter_and_the_makefile_supports_it():
    text, makefile = read(README), read(ROOT / "Makefile")
    assert "make clean" in text and "PY=" in text
    assert re.search(r"^clean:", makefile, re.M) and re.search(r"^PY \?=", makefile, re.M)
    assert "$(PY) -m venv" in makefile


def test_readme_points_to_the_report_and_each_notebook_in_run_order():
    text = read(README)
    assert "outputs/report/index.html" in text and (ROOT / "outputs" / "report" / "index.html").is_file()
    notebooks = sorted(p.name for p in (ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))
    positions = [text.find(f"](notebooks/{name})") for name in notebooks]
    assert notebooks and -1 not in positions and positions == sorted(positions)


def test_readme_links_every_docs_page():
    text = read(README)
    for page in DOCS:
        assert f"](docs/{page.name})" in text, f"README does not link docs/{page.name}"


def test_readme_links_every_article_url_of_the_sidecar():
    text = read(README)
    with open(SEEDS / "sources.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows
    for row in rows:
        if row["url"]:
            assert f"]({row['url']})" in text, row["file"]
        else:
            assert "no URL in `seeds/sources.csv`" in text


def test_readme_invents_no_link():
    """Every web address in the README comes from the sidecar or the reference figures."""
    known = read(SEEDS / "sources.csv") + "".join(read(p) for p in sorted((ROOT / "reference").glob("*")))
    for url in re.findall(r"https?://[^\s)>\]|]+", read(README)):
        assert url in known, f"{url} is in neither seeds/sources.csv nor reference/"


def test_story_counts_match_the_committed_run():
    """The README's opening figures are the default run's (outputs/discrepancies_headline.json)."""
    head = json.loads(read(ROOT / "outputs" / "discrepancies_headline.json"))
    story = dictionary.block(read(README), "story")
    assert f"The {head['documents']:,} articles in `seeds/` give {head['claims']:,} numeric claims" in story
    assert f"They are {head['independent_sources']:,} independent sources" in story
    severities = ", ".join(f"{n:,} {s.replace('_', ' ')}" for s, n in
                           sorted(head["findings_by_severity"].items(),
                                  key=lambda kv: ["high", "medium", "check_reading", "low", "info"].index(kv[0])) if n)
    assert f"they give {head['findings']:,} findings ({severities})" in story


def _prose(text: str) -> str:
    """The README without generated blocks, comments, code, link targets and web addresses."""
    for rel, name in GENERATED:
        if rel == "README.md":
            start, end = dictionary.markers(name)
            text = re.sub(re.escape(start) + ".*?" + re.escape(end), "", text, flags=re.S)
    text = re.sub(r"```.*?```", "", text, flags=re.S)
    text = re.sub(r"`[^`\n]*`", "", text)
    text = re.sub(r"\]\([^)]*\)", "]", text)
    return re.sub(r"<https?://[^>]*>|https?://\S+", "", text)


def test_readme_states_no_number_by_hand():
    # A digit inside a name (UN M49, quantulum3) is part of the name, not a figure.
    found = set(re.findall(r"(?<![A-Za-z\d])\d(?:[\d,.]*\d)?", _prose(read(README))))
    assert found <= set(HAND_NUMBERS), f"numbers typed by hand in README.md: {sorted(found - set(HAND_NUMBERS))}"
    reference_readme = read(ROOT / "reference" / "README.md")
    assert all(n in reference_readme for n in HAND_NUMBERS)


def _tokens(path: Path):
    """The page parsed as CommonMark with tables (markdown-it-py, what Jupyter's tooling renders with)."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table").parse(read(path))


def _slug(heading: str) -> str:
    """GitHub's anchor for a heading's text."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def _anchors(path: Path) -> set[str]:
    tokens, slugs, seen = _tokens(path), set(), {}
    for i, t in enumerate(tokens):
        if t.type == "heading_open":
            text = "".join(c.content for c in tokens[i + 1].children if c.type in ("text", "code_inline"))
            slug = _slug(text)
            n = seen.get(slug, 0)
            seen[slug] = n + 1
            slugs.add(slug if n == 0 else f"{slug}-{n}")
    return slugs


def _links(path: Path) -> list[str]:
    return [c.attrs["href"] for t in _tokens(path) if t.type == "inline" for c in t.children
            if c.type == "link_open"]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_relative_link_resolves(page):
    links = _links(page)
    assert links or page.name in ("accuracy.md", "coverage_notes.md"), f"{page.name} has no link"
    for link in links:
        parts = urlsplit(link)
        if parts.scheme or link.startswith("//"):
            continue
        target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
        assert target.exists(), f"{page.relative_to(ROOT)}: {link} -> {target} does not exist"
        assert ROOT in target.parents, f"{page.relative_to(ROOT)}: {link} leaves the project"
        if parts.fragment and target.suffix == ".md":
            assert parts.fragment in _anchors(target), \
                f"{page.relative_to(ROOT)}: no heading #{parts.fragment} in {target.relative_to(ROOT)}"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_rendered_page_leaves_no_link_unparsed(page):
    """Rendered, no '[text](target)' is left as literal text outside code: every link the page writes is a link."""
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark").enable("table").render(read(page))
    assert "](" not in re.sub(r"<code>.*?</code>|<pre>.*?</pre>", "", html, flags=re.S), page.name


def test_docs_code_imports_exist():
    """Every `from analysis... import name` in a docs page's Python block names something that exists."""
    checked = 0
    for page in PAGES:
        for code in re.findall(r"```python\n(.*?)```", read(page), flags=re.S):
            for node in ast.walk(ast.parse(code)):
                if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("analysis"):
                    module = importlib.import_module(node.module)
                    for alias in node.names:
                        assert hasattr(module, alias.name), f"{page.name}: {node.module} has no {alias.name}"
                        checked += 1
    assert checked
