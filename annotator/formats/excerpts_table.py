"""Every coding as one row of a table: CSV (for any tool) or XLSX (for Excel).

CSV is written as UTF-8 with a byte-order mark: without it Excel reads the file
in the machine's legacy code page and Chinese, Arabic or accented text turns to
mojibake. Cells that start with = + - @ are prefixed with an apostrophe in CSV,
since Excel would otherwise run them as formulas (a transcript line "- yes" or
"=)" must stay text; a hostile "=HYPERLINK(...)" must not become a link).

XLSX is written with openpyxl in write-only (streaming) mode, which keeps 20,000
rows well under a second of work and flat in memory; every text cell is typed
as a string so that nothing is taken for a formula or a date.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

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


def cells(row: ExcerptRow, attribute_names: Sequence[str]) -> list[str | int]:
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
        raise ValueError(f"“{path.name}” should end in .csv or .xlsx.")


def write_csv(rows: Sequence[ExcerptRow], path: Path, attribute_names: Sequence[str] = ()
              ) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(header(attribute_names))
        for row in rows:
            writer.writerow([_csv_safe(v) for v in cells(row, attribute_names)])


def _csv_safe(value: str | int) -> str | int:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_xlsx(rows: Sequence[ExcerptRow], path: Path, attribute_names: Sequence[str] = ()
               ) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Excerpts")
    titles = header(attribute_names)
    sheet.freeze_panes = "A2"
    excerpt_column = titles.index("Excerpt")
    for index in range(len(titles)):
        letter = _column_letter(index)
        sheet.column_dimensions[letter].width = 60 if index == excerpt_column else 18
    bold = Font(bold=True)
    heading = []
    for title in titles:
        cell = WriteOnlyCell(sheet, title)
        cell.font = bold
        heading.append(cell)
    sheet.append(heading)
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in rows:
        values = cells(row, attribute_names)
        out: list[object] = []
        for index, value in enumerate(values):
            if isinstance(value, str):
                value = _ILLEGAL.sub("", value)[:EXCEL_CELL_LIMIT]
                if value.startswith("=") or index == excerpt_column:
                    cell = WriteOnlyCell(sheet, value)
                    cell.data_type = "s"  # text, never a formula
                    if index == excerpt_column:
                        cell.alignment = wrap
                    out.append(cell)
                    continue
            out.append(value)
        sheet.append(out)
    book.save(path)


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters
