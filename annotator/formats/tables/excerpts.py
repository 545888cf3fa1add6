"""Every coding as one row of a table: CSV (for any tool) or XLSX (for Excel).

CSV is written as UTF-8 with a byte-order mark: without it Excel reads the file
in the machine's legacy code page and Chinese, Arabic or accented text turns to
mojibake. Cells that start with = + - @ are prefixed with an apostrophe in CSV,
since Excel would otherwise run them as formulas (a transcript line "- yes" or
"=)" must stay text; a hostile "=HYPERLINK(...)" must not become a link).

XLSX is one sheet streamed as SpreadsheetML (see write_xlsx for why not openpyxl's
writer); every text cell is an inline string, so nothing is taken for a formula
or a date. openpyxl reads the files back in the tests.
"""

from __future__ import annotations

import csv
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from annotator.messages import message

FIXED_COLUMNS = ("Transcript", "Participant")
TAIL_COLUMNS = ("Speaker", "Code", "Themes", "Excerpt", "Memo", "Coder", "Coded at", "Start",
                "End")
EXCEL_CELL_LIMIT = 32_767
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Characters an XLSX (XML) cell cannot hold.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass(frozen=True, slots=True)
class ExcerptRow:
    transcript: str
    participant: str
    speaker: str
    code: str
    themes: str
    excerpt: str
    memo: str
    coder: str
    coded_at: str
    start: int
    end: int
    attributes: dict[str, str] = field(default_factory=dict)


def header(attribute_names: Sequence[str]) -> list[str]:
    return [*FIXED_COLUMNS, *attribute_names, *TAIL_COLUMNS]


def cells(row: ExcerptRow, attribute_names: Sequence[str]) -> list[object]:
    return [row.transcript, row.participant, *(row.attributes.get(a, "") for a in attribute_names),
            row.speaker, row.code, row.themes, row.excerpt, row.memo, row.coder, row.coded_at,
            row.start, row.end]


def write_table(rows: Sequence[ExcerptRow], path: Path, attribute_names: Sequence[str] = ()
                ) -> None:
    """Write `rows` as CSV or XLSX, by the file's suffix."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        write_csv(rows, path, attribute_names)
    elif suffix == ".xlsx":
        write_xlsx(rows, path, attribute_names)
    else:
        raise ValueError(message("“{file}” should end in .csv or .xlsx.", file=path.name))


def write_csv(rows: Sequence[ExcerptRow], path: Path, attribute_names: Sequence[str] = ()
              ) -> None:
    write_grid_csv(header(attribute_names), [cells(r, attribute_names) for r in rows], path)


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


def write_xlsx(rows: Sequence[ExcerptRow], path: Path, attribute_names: Sequence[str] = ()
               ) -> None:
    titles = header(attribute_names)
    write_grid_xlsx(titles, [cells(r, attribute_names) for r in rows], path,
                    wide_column=titles.index("Excerpt"))


def write_grid_xlsx(titles: Sequence[str], rows: Sequence[Sequence[object]], path: Path,
                    wide_column: int | None = None) -> None:
    """Any table as a one-sheet workbook, its sheet XML streamed directly.

    openpyxl (even write-only) spends ~12 µs a cell, over 3 s for 20,000 rows; the
    sheet is one flat table of inline strings and numbers, so it is written here as
    SpreadsheetML text (about 10x faster), and openpyxl reads it back in the tests.
    """
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
        package.writestr("xl/worksheets/sheet1.xml", "".join(parts))


def _cell(reference: str, value: object, style: int = 0) -> str:
    styled = f' s="{style}"' if style else ""
    if isinstance(value, int):
        return f'<c r="{reference}"{styled}><v>{value}</v></c>'
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
    "xl/workbook.xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets>'
        '<sheet name="Excerpts" sheetId="1" r:id="rId1"/></sheets></workbook>'
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
