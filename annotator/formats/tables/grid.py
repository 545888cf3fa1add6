"""Any table (titles and rows) as a file: CSV that Excel reads as UTF-8, or a one-sheet XLSX.

CSV is written as UTF-8 with a byte-order mark: without it Excel reads the file
in the machine's legacy code page and Chinese, Arabic or accented text turns to
mojibake. Cells that start with = + - @ are prefixed with an apostrophe in CSV,
since Excel would otherwise run them as formulas (a transcript line "- yes" or
"=)" must stay text; a hostile "=HYPERLINK(...)" must not become a link).

XLSX is one sheet, named for what it holds, streamed as SpreadsheetML: every
text cell is an inline string, so nothing is taken for a formula or a date;
numbers are numbers and booleans booleans. It is written by hand because it is a
flat table, and bench/xlsx_bench.py measures it about three times faster than
xlsxwriter in constant-memory mode and five to six times faster than openpyxl in
write-only mode on the 20,000-row excerpts table (medians 0.96 s, 3.09 s, 6.03 s);
tests/formats/tables/test_grid.py reads every kind of written file back with openpyxl.
"""

from __future__ import annotations

import csv
import math
import re
import zipfile
from collections.abc import Sequence
from html import escape
from pathlib import Path

EXCEL_CELL_LIMIT = 32_767
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Characters an XLSX (XML) cell cannot hold.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# What Excel refuses in a sheet name, and its length limit.
_NOT_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")
SHEET_NAME_LIMIT = 31


def write_grid_csv(titles: Sequence[str], rows: Sequence[Sequence[object]], path: Path) -> None:
    """Any table as CSV with a byte-order mark, so Excel reads Chinese as UTF-8."""
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(titles)
        for row in rows:
            writer.writerow([_csv_safe(v) for v in row])


def _csv_safe(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_grid_xlsx(titles: Sequence[str], rows: Sequence[Sequence[object]], path: Path,
                    sheet: str, wide_column: int | None = None) -> None:
    """Any table as a one-sheet workbook named `sheet`, its sheet XML streamed directly."""
    columns = "".join(
        f'<col min="{i + 1}" max="{i + 1}" width="{60 if i == wide_column else 18}" '
        'customWidth="1"/>' for i in range(len(titles)))
    letters = [_column_letter(i) for i in range(len(titles))]
    parts = [_SHEET_HEAD.format(columns=columns), '<row r="1">']
    parts.extend(_cell(f"{letters[i]}1", title, style=1) for i, title in enumerate(titles))
    parts.append("</row>")
    for number, row in enumerate(rows, start=2):
        parts.append(f'<row r="{number}">')
        for index, value in enumerate(row):
            style = 2 if index == wide_column else 0
            parts.append(_cell(f"{letters[index]}{number}", value, style))
        parts.append("</row>")
    parts.append("</sheetData></worksheet>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, xml in _PACKAGE.items():
            package.writestr(name, xml)
        package.writestr("xl/workbook.xml", _WORKBOOK.format(
            sheet=escape(sheet_name(sheet), quote=True)))
        package.writestr("xl/worksheets/sheet1.xml", "".join(parts))


def sheet_name(wanted: str) -> str:
    """A name Excel accepts for a sheet: without []:*?/\\, at most 31 characters."""
    name = _NOT_IN_SHEET_NAMES.sub(" ", wanted).strip().strip("'")[:SHEET_NAME_LIMIT]
    return name or "Sheet1"


def _cell(reference: str, value: object, style: int = 0) -> str:
    styled = f' s="{style}"' if style else ""
    if isinstance(value, bool):  # before int: True is an int to Python, not to Excel
        return f'<c r="{reference}"{styled} t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int) or (isinstance(value, float) and math.isfinite(value)):
        return f'<c r="{reference}"{styled}><v>{value!r}</v></c>'
    text = str(value)
    if _ILLEGAL.search(text):
        text = _ILLEGAL.sub("", text)
    # An inline string is always text: never a formula, a number or a date.
    return (f'<c r="{reference}"{styled} t="inlineStr"><is><t xml:space="preserve">'
            f"{escape(text[:EXCEL_CELL_LIMIT], quote=False)}</t></is></c>")


_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_SHEET_HEAD = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{_MAIN}">'
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
    'activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
    "<cols>{columns}</cols><sheetData>"
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets>'
    '<sheet name="{sheet}" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_PACKAGE = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>'
    ),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>"
    ),
    "xl/_rels/workbook.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{_REL}/styles" Target="styles.xml"/></Relationships>'
    ),
    # Style 0: plain; 1: bold (the header); 2: wrapped, top-aligned (the excerpt).
    "xl/styles.xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<styleSheet xmlns="{_MAIN}">'
        '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
        '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
        '</cellStyleXfs><cellXfs count="3">'
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
        '<alignment wrapText="1" vertical="top"/></xf></cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        "</styleSheet>"
    ),
}


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters
