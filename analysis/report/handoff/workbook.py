"""The spreadsheet: one sheet per main table and a README sheet, byte-stable."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

import pandas as pd

from analysis.core.outputs import atomic_path
from analysis.report.catalog import TABLES, Table
from analysis.report.handoff.tables import CONVENTIONS, SHEETS, WORKBOOK, field_types, read_text_table, typed

#: Every timestamp written into the workbook (document properties and zip entries): bytes must not depend on
#: the clock. 1980-01-01 is the earliest date a zip entry can hold.
FIXED_TIME = datetime(1980, 1, 1)
#: Excel's limits: longer text is cut (the CSV keeps it whole), more rows are left to the CSV.
MAX_CELL = 32_767
MAX_ROWS = 1_048_575


def write_workbook(outputs_dir: Path, figures_dir: Path) -> Path:
    """outputs/coverage_tables.xlsx: README sheet first, then one sheet per main table present."""
    from openpyxl import Workbook

    wb = Workbook()
    readme = wb.active
    readme.title = "README"
    frames = {s: read_text_table(outputs_dir / f"{t}.csv") for s, t in SHEETS.items()
              if (outputs_dir / f"{t}.csv").is_file()}
    notes = {s: _add_sheet(wb, s, SHEETS[s], df) for s, df in frames.items()}
    _fill_readme(readme, frames, notes, figures_dir)
    path = outputs_dir / WORKBOOK
    with atomic_path(path) as tmp:
        tmp.write_bytes(workbook_bytes(wb))
    return path


def _add_sheet(wb, sheet: str, table: str, df: pd.DataFrame) -> str:
    """One table as a sheet (typed cells, bold frozen header, filter); returns a note if rows were left out."""
    from openpyxl.styles import Font

    ws = wb.create_sheet(sheet)
    kinds = field_types(table, df)
    ws.append(list(df.columns))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    rows = df.head(MAX_ROWS)
    for row in zip(*(typed(rows[c], kinds[c]) for c in df.columns)):
        ws.append([excel_value(v) for v in row])
    _guard_formulas(ws)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    _widths(ws, df)
    return f"first {MAX_ROWS:,} of {len(df):,} rows; see {table}.csv" if len(df) > MAX_ROWS else ""


def excel_value(v):
    """A value a spreadsheet can hold: illegal control characters replaced, over-long text cut."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if not isinstance(v, str):
        return v
    v = ILLEGAL_CHARACTERS_RE.sub("\ufffd", v)
    return v if len(v) <= MAX_CELL else v[:MAX_CELL - 1] + "\u2026"


def _guard_formulas(ws) -> None:
    """Text starting with '=' is stored as text: openpyxl would otherwise write it as a formula to run."""
    for row in ws.iter_rows():
        for cell in row:
            if cell.data_type == "f":
                cell.data_type = "s"


def _widths(ws, df: pd.DataFrame) -> None:
    """Columns as wide as their header or typical content, capped so that long text wraps off-screen."""
    from openpyxl.utils import get_column_letter

    for i, name in enumerate(df.columns, 1):
        typical = int(df[name].head(200).str.len().quantile(0.9)) if len(df) else 0
        ws.column_dimensions[get_column_letter(i)].width = max(8, min(60, max(len(name), typical) + 2))


def _fill_readme(ws, frames: dict[str, pd.DataFrame], notes: dict[str, str], figures_dir: Path) -> None:
    """The README sheet: conventions, then each sheet and each of its columns with type and meaning."""
    from openpyxl.styles import Font

    ws.append(["Tables of numeric claims extracted from news coverage, with their provenance."])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    for line in CONVENTIONS:
        ws.append([line])
    ws.append([])
    ws.append(["sheet", "column", "type", "description"])
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    for sheet, df in frames.items():
        _describe_sheet(ws, sheet, SHEETS[sheet], df, notes[sheet])
    _codebook(ws)
    _list_figures(ws, figures_dir)
    for letter, width in zip("ABCD", (16, 24, 10, 110)):
        ws.column_dimensions[letter].width = width


def _describe_sheet(ws, sheet: str, table: str, df: pd.DataFrame, note: str) -> None:
    """One block of the README sheet: what a row of the sheet is, then each column's type and meaning."""
    from openpyxl.styles import Font

    spec: Table = TABLES[table]
    ws.append([sheet, "", "", f"{spec.title} ({table}.csv): {spec.row}" + (f" ({note})" if note else "")])
    ws[f"A{ws.max_row}"].font = Font(bold=True)
    for column, kind in field_types(table, df).items():
        ws.append([sheet, column, kind, excel_value(spec.columns.get(column, ""))])


def _codebook(ws) -> None:
    """The codes the columns use (measures, flags, confidence levels), as the data dictionary defines them."""
    from analysis.core.codebook import CONFIDENCE, FLAGS, MEASURES

    ws.append([])
    for key, (unit, definition) in MEASURES.items():
        ws.append(["measure", key, unit or "(any)", definition])
    for key, meaning in FLAGS.items():
        ws.append(["flag", key, "", meaning])
    for key, meaning in CONFIDENCE.items():
        ws.append(["confidence", key, "", meaning])


def _list_figures(ws, figures_dir: Path) -> None:
    """Each figure's editable SVG and the CSV of the numbers it plots, so the workbook leads to the charts."""
    svgs = sorted(figures_dir.glob("*.svg")) if figures_dir.is_dir() else []
    if not svgs:
        return
    ws.append([])
    ws.append(["figures", "", "", f"Charts in {figures_dir.name}/: SVG with editable text, PNG, and the CSV of "
               "exactly the numbers plotted (with the claim_ids or ref_ids behind each point)."])
    for svg in svgs:
        ws.append(["figures", svg.name, "svg", f"{svg.stem}.csv holds its numbers; {svg.stem}.png is the picture."])


def workbook_bytes(wb) -> bytes:
    """The workbook as xlsx bytes that depend only on its content.

    openpyxl stamps the save time into the document properties and every
    zip entry; both are set to FIXED_TIME (the writer is called directly
    because `save` would reset `modified`).
    """
    from openpyxl.writer.excel import ExcelWriter

    wb.properties.creator = "foreign-fighter-claims"
    wb.properties.created = wb.properties.modified = FIXED_TIME
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(wb, archive).write_data()
    return _fixed_zip(raw.getvalue())


def _fixed_zip(data: bytes) -> bytes:
    """The same zip entries, in the same order, with fixed timestamps and permissions."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            entry.compress_type, entry.external_attr = zipfile.ZIP_DEFLATED, 0o644 << 16
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()
