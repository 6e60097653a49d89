"""The HTML report in a real browser: article text is inert, figures load, no console errors.

The notebook sequence runs on the seeds plus an article full of markup
(`tests/fixtures/hostile/`: a <script> tag, an <img onerror=...> and a
javascript: link), then every page of the HTML report is opened in Debian's
headless Chromium through Playwright. The browser is required: if
/usr/bin/chromium is missing the test fails (CI installs it in .ci/run).
Screenshots are saved under the run's outputs/html/screenshots/.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import FIXTURES, SEEDS

from analysis.cli.main import main

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("report")
    articles = base / "articles"
    shutil.copytree(SEEDS, articles)
    shutil.copy(FIXTURES / "hostile" / "h01_markup_in_article.txt", articles)
    assert main(["run", "--param", f"seeds_dir={articles}", "--output-dir", str(base / "run")]) == 0
    return base / "run" / "outputs" / "html"


@pytest.fixture(scope="module")
def browser():
    assert CHROMIUM.exists(), "Debian's chromium is required for this test: apt-get install -y chromium"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=FLAGS)
        yield b
        b.close()


def _open(browser, page_path: Path):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(page_path.as_uri(), wait_until="load")
    return page, errors


def test_every_page_is_inert_loads_its_figures_and_logs_no_error(report, browser):
    pages = sorted(report.glob("*.html"))
    assert [p.stem for p in pages] == ["01-parse-articles", "02-compute-return-rates", "03-compare-regions",
                                      "04-document-discrepancies", "05-choose-figures-to-cite"]
    shots = report / "screenshots"
    shots.mkdir(exist_ok=True)
    for path in pages:
        page, errors = _open(browser, path)
        assert page.evaluate("window.__xss") is None, f"{path.name}: article markup ran as code"
        assert page.evaluate("document.querySelectorAll('script').length") == 0
        widths = page.evaluate("Array.from(document.images).map(i => i.complete ? i.naturalWidth : 0)")
        if path.stem != "01-parse-articles":
            assert widths and min(widths) > 0, f"{path.name}: a figure did not load ({widths})"
            alts = page.evaluate("Array.from(document.images).map(i => i.alt)")
            assert all(len(a) > 20 and "No description" not in a for a in alts), f"{path.name}: alt text {alts}"
        assert errors == [], f"{path.name}: console errors {errors}"
        page.screenshot(path=str(shots / f"{path.stem}.png"), full_page=False)
        page.close()
        assert (shots / f"{path.stem}.png").stat().st_size > 10_000


def test_the_hostile_article_is_shown_as_text(report, browser):
    page, errors = _open(browser, report / "01-parse-articles.html")
    text = page.inner_text("body")
    assert "h01_markup_in_article" in text
    assert "onerror" in text, "the quote with the <img> tag should be visible, escaped, as text"
    assert page.evaluate("document.querySelectorAll('img[onerror], a[href^=\"javascript:\"]').length") == 0
    assert errors == []
    page.close()
