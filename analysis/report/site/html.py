"""Shared pieces of every report page: the page shell, escaping, safe ids, links and number formatting.

Every page of the report is static HTML with no script at all and the same
Content-Security-Policy as the notebook pages (read from the nbconvert
template, so there is one policy to change). Every string that comes from an
article, a sidecar or a table goes through `esc` before it reaches a page, so
article markup is shown as text and never parsed.
"""

from __future__ import annotations

import html
import math
import re
from pathlib import Path
from urllib.parse import quote

import pandas as pd

from analysis.findings.evidence import measure_name, title_name

TEMPLATE = Path(__file__).resolve().parent.parent / "templates" / "report" / "index.html.j2"
#: The policy meta tag of the notebook template, copied verbatim so both kinds of page forbid the same things.
CSP = re.search(r'<meta http-equiv="Content-Security-Policy"[^>]*>', TEMPLATE.read_text(encoding="utf-8")).group()
#: Inline only: the policy allows inline styles and nothing else (no stylesheet file, no font, no script).
CSS = """
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1d1d1f;margin:0;
 background:#fff;overflow-wrap:break-word}
main{max-width:1160px;margin:0 auto;padding:0 24px 48px}
nav.top{background:#1f3a5f;color:#fff;padding:8px 24px;font-size:14px}
nav.top a{color:#fff;margin-right:18px}
h1{font-size:28px;line-height:1.25;margin:24px 0 8px}h2{font-size:22px;margin:36px 0 8px;border-bottom:1px solid #ddd}
h3{font-size:17px;margin:20px 0 4px}
a{color:#1a5fb4}
p.lead{font-size:18px;max-width:60em}
.muted{color:#666;font-size:14px}
.box{overflow-x:auto;max-width:100%}
table.t{border-collapse:collapse;width:100%;table-layout:auto;font-size:14px;margin:8px 0}
table.t th,table.t td{border-bottom:1px solid #e3e3e3;padding:5px 8px;text-align:left;vertical-align:top;
 overflow-wrap:break-word}
table.t th{background:#f4f6f8;font-weight:600}
table.t td.n{text-align:right;white-space:nowrap}
.finding{border-left:4px solid #999;padding:6px 12px;margin:12px 0;background:#fafafa}
.finding.high{border-color:#b00020}.finding.medium{border-color:#e08a00}.finding.check_reading{border-color:#6a3d9a}
.sev{font-size:12px;text-transform:uppercase;letter-spacing:.05em;font-weight:700;color:#555}
figure{margin:24px 0;max-width:100%}figure img{max-width:min(100%,980px);height:auto;border:1px solid #eee}
figcaption{font-size:14px;color:#333;max-width:60em}
details summary{cursor:pointer;font-weight:600}
a.url{overflow-wrap:anywhere}
"""


def esc(value) -> str:
    """Text for a page: escaped (quotes too), and empty for a missing value (never 'nan')."""
    return html.escape(text(value), quote=True)


def text(value) -> str:
    """A table cell as text: '' for a missing value (NaN, None, pd.NA), the value otherwise."""
    return "" if missing(value) else str(value)


def missing(value) -> bool:
    """True for every way pandas spells a missing cell."""
    try:
        return value is None or bool(pd.isna(value))
    except (TypeError, ValueError):  # a list or an array is not a missing scalar
        return False


def number(value) -> str:
    """A number for reading: counts with thousands separators, rates to one decimal, '' when missing, ∞ unbounded."""
    if missing(value) or value == "":
        return ""
    v = float(value)
    if math.isinf(v):
        return "∞" if v > 0 else "−∞"
    if abs(v - round(v)) < 1e-9:
        return f"{v:,.0f}"
    return f"{v:,.1f}" if abs(v) >= 1 else f"{v:.2f}"


def safe_id(value: str) -> str:
    """An id usable as a file name and a URL fragment: letters, digits and '_' kept, '#' as '-', others escaped.

    The mapping is one-to-one ('-' itself becomes '.2d'), so two claims or
    documents never share an anchor or a page.
    """
    return re.sub(r"[^A-Za-z0-9_]", lambda m: "-" if m.group() == "#" else f".{ord(m.group()):x}", value)


def claim_anchor(claim_id: str) -> str:
    """The fragment of a claim on its article's provenance page."""
    return f"claim-{safe_id(claim_id)}"


def ref_anchor(ref_id: str) -> str:
    """The fragment of a reference row on reference.html."""
    return f"ref-{safe_id(ref_id)}"


def article_file(doc_id: str) -> str:
    """Where an article's provenance page lives, relative to the report folder."""
    return f"articles/{safe_id(doc_id)}.html"


def href(path: str, fragment: str = "") -> str:
    """A relative link, percent-encoded, ready for an attribute."""
    return esc(quote(path) + (f"#{quote(fragment)}" if fragment else ""))


def link(path: str, label: str, fragment: str = "") -> str:
    """<a> to a page of the report; `label` is escaped here."""
    return f'<a href="{href(path, fragment)}">{esc(label)}</a>'


def external(url: str, label: str | None = None) -> str:
    """A link to the web for http(s) URLs only; anything else (javascript:, data:) is shown as text."""
    url = text(url)
    if not re.match(r"https?://", url, re.I):
        return esc(label or url)
    return f'<a class="url" href="{esc(url)}" rel="noopener noreferrer">{esc(label or url)}</a>'


def what(entity: str, measure: str) -> str:
    """'France · departed': the entity and measure as a reader names them."""
    n = title_name(text(entity)) if text(entity) else ""
    return f"{n} · {measure_name(text(measure))}" if n else measure_name(text(measure))


def table(headers: list[str], rows: list[list[str]], numeric: set[int] = frozenset()) -> str:
    """A readable table in its own scrolling box; cells are HTML already escaped by the caller."""
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f'<td class="n">{c}</td>' if i in numeric else f"<td>{c}</td>"
                                    for i, c in enumerate(r)) + "</tr>\n" for r in rows)
    return f'<div class="box"><table class="t"><thead><tr>{head}</tr></thead><tbody>\n{body}</tbody></table></div>'


def page(title: str, body: str, depth: int = 0, extra_css: str = "") -> str:
    """A complete page: CSP, inline style, a navigation bar back to the index, the body. `depth` is the folder
    depth below the report folder, for the relative links."""
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n{CSP}\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{esc(title)}</title>\n'
            f"<style>{CSS}{extra_css}</style>\n</head>\n<body>\n{nav(depth)}\n<main>\n{body}\n</main>\n</body>\n</html>\n")


def nav(depth: int = 0) -> str:
    """The bar on top of every page, notebook pages included: back to the index and its sections."""
    up = "../" * depth
    return (f'<nav class="top"><a href="{up}index.html">Report</a><a href="{up}index.html#cite">Figures to cite</a>'
           f'<a href="{up}index.html#disagreements">Disagreements</a><a href="{up}index.html#charts">Charts</a>'
           f'<a href="{up}index.html#pages">Notebooks and articles</a></nav>')
