"""The report site (outputs/report/): index on the findings, notebook pages, one provenance page per article.

Two set-ups keep the file fast:

* `tiny`: the whole notebook sequence (`python -m analysis run`) on three
  articles written here, with outlets of their own and one article full of
  markup (<script>alert(1)</script>, a literal &amp;). Its index must name
  none of the seed outlets: every sentence there is generated from the run;
* `seeds`: the committed tables, figures and notebooks copied to a temporary
  folder and the site built from them with the seed articles (claims there nest
  and cross), twice, for byte identity.

Links are followed on disk, claims are matched to their highlighted text with
the standard library's HTML parser, and Chromium checks that no page is wider
than a 1280-pixel window.
"""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pandas as pd
import pytest
from conftest import ROOT, SEEDS, SEED_OUTLETS

from analysis.report import run as runner
from analysis.report import site
from analysis.report.site.articles import Span, render
from analysis.report.site.html import CSP, article_file, claim_anchor

ARTICLES = {
    "harbour.txt": "French returnees strain the courts\n\nSome 1,700 French citizens travelled to Syria and Iraq, "
                   "and 302 have returned, the justice ministry said.\n",
    "valley.txt": "Tunisia counts its fighters\n\nSome 2,962 Tunisians travelled to fight for the group, and 800 "
                  "have come back, officials said.\n",
    "wire.txt": "Markup &amp; numbers\n\n<script>alert(1)</script>Officials said 915 fighters from Germany had "
                "travelled, and Smith &amp; Jones counted about 300 who have returned.\n",
}
SIDECAR = ("file,outlet,kind,title,published,author,url,identified_by\n"
           "harbour.txt,Harbour Ledger,news,French returnees strain the courts,2020-01-02,,,test\n"
           "valley.txt,Valley Courier,news,,,,,test\n"
           "wire.txt,Test Wire,news,,,,javascript:alert(2),test\n")
CHROMIUM = Path("/usr/bin/chromium")
#: The policy of the notebook template (nbconvert rewrites the tag's attribute order, not its content).
POLICY = re.search(r'content="([^"]*)"', CSP).group(1)


class Page(HTMLParser):
    """What a test needs from a page: ids, links, image sources, table cells, and the text of each claim."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.ids, self.links, self.images, self.cells, self.claims, self.policies = set(), [], [], [], {}, []
        self._open: list[tuple[str, str | None]] = []
        self._cell: list[str] | None = None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.ids |= {a["id"]} if "id" in a else set()
        self.links += [a["href"]] if tag == "a" and "href" in a else []
        self.images += [a["src"]] if tag == "img" else []
        self.policies += [a["content"]] if tag == "meta" and a.get("http-equiv") == "Content-Security-Policy" else []
        self._cell = [] if tag == "td" else self._cell
        self._open.append((tag, a.get("data-claim")))

    def handle_endtag(self, tag):
        while self._open:
            t, _ = self._open.pop()
            if t == tag:
                break
        if tag == "td" and self._cell is not None:
            self.cells.append("".join(self._cell).strip())
            self._cell = None

    def handle_data(self, data):
        for claim in {c for _, c in self._open if c}:
            self.claims[claim] = self.claims.get(claim, "") + data
        if self._cell is not None:
            self._cell.append(data)


def _pages(report: Path) -> dict[Path, str]:
    return {p: p.read_text(encoding="utf-8") for p in sorted(report.rglob("*.html"))}


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("tiny")
    (base / "articles").mkdir()
    for name, text in ARTICLES.items():
        (base / "articles" / name).write_text(text, encoding="utf-8")
    (base / "articles" / "sources.csv").write_text(SIDECAR, encoding="utf-8")
    runner.run([f"seeds_dir={base / 'articles'}"], base / "run", progress=False, log=lambda *a, **k: None)
    return base / "run"


@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("seeds")
    for folder in ("outputs", "figures", "notebooks"):
        shutil.copytree(ROOT / folder, base / folder, ignore=shutil.ignore_patterns("report", "html"))
    site.write(base / "outputs", base / "figures", base / "notebooks", SEEDS, ROOT / "reference")
    return base


@pytest.mark.parametrize("which", ["tiny", "seeds"])
def test_every_link_resolves_to_a_page_and_an_anchor(which, request):
    report = request.getfixturevalue(which) / "outputs" / "report"
    pages = _pages(report)
    parsed = {p: Page(t) for p, t in pages.items()}
    assert report / "index.html" in pages and len(pages) >= 8
    for path, page in parsed.items():
        for href in page.links:
            url = urlsplit(href)
            if url.scheme in ("http", "https"):
                continue
            assert not url.scheme, f"{path.name}: link {href!r}"
            target = (path.parent / unquote(url.path)).resolve() if url.path else path
            assert target.is_file(), f"{path.relative_to(report)}: {href} leads nowhere"
            if url.fragment and target.suffix == ".html":
                # as a browser does: the fragment as written, else percent-decoded (nbconvert's heading ids are encoded)
                found = {url.fragment, unquote(url.fragment)} & parsed[target].ids
                assert found, f"{path.name}: no #{url.fragment} in {target.name}"
        assert all(src.startswith("data:image/png;base64,") for src in page.images), path.name
    assert len(parsed[report / "index.html"].images) == len(list((report.parent.parent / "figures").glob("*.png")))


@pytest.mark.parametrize("which", ["tiny", "seeds"])
def test_every_citation_and_every_serious_finding_is_on_the_index(which, request):
    out = request.getfixturevalue(which) / "outputs"
    index = (out / "report" / "index.html").read_text(encoding="utf-8")
    ids = Page(index).ids
    citations = pd.read_csv(out / "citations.csv")
    for i, row in citations.iterrows():
        assert f"cite-{i}" in ids
        assert not isinstance(row["cite"], str) or row["cite"] in index
    findings = pd.read_csv(out / "discrepancies.csv", dtype=str, keep_default_na=False)
    serious = findings[findings.severity.isin(["high", "medium"])]
    assert len(serious), "the article set should produce at least one high or medium finding"
    for i, row in serious.iterrows():
        assert f"finding-{i}" in ids
        for claim_id in filter(None, row["claim_ids"].split(";")):
            assert f'{article_file(claim_id.split("#")[0])}#{claim_anchor(claim_id)}' in index
    first_low = index.find('class="finding low"')
    assert first_low == -1 or all(index.find(f'id="finding-{i}"') < first_low for i in serious.index)


@pytest.mark.parametrize("which", ["tiny", "seeds"])
def test_every_claim_is_highlighted_on_its_exact_text(which, request):
    out = request.getfixturevalue(which) / "outputs"
    claims = pd.read_parquet(out / "claims.parquet")
    assert len(claims)
    for doc_id, group in claims.groupby("doc_id"):
        page = Page((out / "report" / article_file(doc_id)).read_text(encoding="utf-8"))
        for c in group.itertuples():
            assert claim_anchor(c.claim_id) in page.ids, c.claim_id
            assert page.claims.get(c.claim_id) == c.quote, c.claim_id


@pytest.mark.parametrize("which", ["tiny", "seeds"])
def test_pages_have_no_script_the_policy_and_no_nan(which, request):
    for path, text in _pages(request.getfixturevalue(which) / "outputs" / "report").items():
        assert "<script" not in text.lower(), path.name
        page = Page(text)
        assert page.policies == [POLICY], path.name
        bad = [c for c in page.cells if c.lower() in ("nan", "inf", "-inf", "<na>", "nat")]
        assert bad == [], f"{path.name}: cells {bad[:5]}"


def test_article_text_is_escaped(tiny):
    text = (tiny / "outputs" / "report" / "articles" / "wire.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(" in text and "&lt;/script&gt;Officials" in text
    assert "Smith &amp;amp; Jones" in text
    assert 'href="javascript:' not in text and "javascript:alert(2)" in text


def test_the_narrative_names_no_seed_outlet_and_states_the_run_counts(tiny):
    report = tiny / "outputs" / "report"
    for path in [report / "index.html", *sorted((report / "articles").glob("*.html"))]:
        text = path.read_text(encoding="utf-8")
        assert [o for o in SEED_OUTLETS if o in text] == [], path.name
    lead = re.search(r'<p class="lead">(.*?)</p>', (report / "index.html").read_text(encoding="utf-8"), re.S).group(1)
    claims = pd.read_parquet(tiny / "outputs" / "claims.parquet")
    assert f"read 3 articles from 3 sources and kept {len(claims)} numeric claim" in lead
    assert all(o in (report / "index.html").read_text(encoding="utf-8")
               for o in ("Harbour Ledger", "Valley Courier", "Test Wire"))


def test_a_second_build_gives_the_same_bytes_and_removes_stale_pages(seeds):
    report = seeds / "outputs" / "report"
    stale = report / "articles" / "gone.html"
    stale.write_text("old", encoding="utf-8")
    first = {p: t for p, t in _pages(report).items() if p != stale}
    site.write(seeds / "outputs", seeds / "figures", seeds / "notebooks", SEEDS, ROOT / "reference")
    assert not stale.exists()
    assert _pages(report) == first


def test_crossing_spans_are_split_and_reopened():
    spans = [Span(0, 5, 0, '<m id="a">', "<m>", "</m>"), Span(3, 8, 0, '<m id="b">', "<m>", "</m>")]
    assert render("abcdefghij", 0, 10, spans) == '<m id="a">abc<m id="b">de</m></m><m>fgh</m>ij'
    assert render("a<b&c", 0, 5, []) == "a&lt;b&amp;c"


def test_no_page_is_wider_than_a_1280_pixel_window(tiny, seeds):
    assert CHROMIUM.exists(), "Debian's chromium is required for this test: apt-get install -y chromium"
    from playwright.sync_api import sync_playwright

    pages = [*_pages(seeds / "outputs" / "report"), tiny / "outputs" / "report" / "articles" / "wire.html"]
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox"])
        tab = browser.new_page(viewport={"width": 1280, "height": 900})
        for path in pages:
            tab.goto(path.as_uri(), wait_until="load")
            assert tab.evaluate("document.documentElement.scrollWidth") <= 1280, path.name
            # Nor does any table scroll inside its box: every column is on screen.
            assert tab.evaluate("""[...document.querySelectorAll('*')].filter(e => e.scrollWidth > e.clientWidth + 2
                && getComputedStyle(e).overflowX !== 'visible').length""") == 0, path.name
            assert tab.evaluate("document.querySelectorAll('script').length") == 0
        browser.close()
