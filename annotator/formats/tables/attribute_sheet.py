"""Attribute sheets: a table of participants, one row each, read from CSV or XLSX.

The first non-empty row holds the column titles. Every cell becomes a string
(numbers without a needless ".0", dates as YYYY-MM-DD, times as HH:MM or
HH:MM:SS) or None when empty, and every column gets a guessed attribute type:

- number: every filled cell is a number;
- date: every filled cell is a date (an Excel date, or YYYY-MM-DD text);
- choice: few distinct values that repeat (at most 12, and at most half as many
  as the filled cells), e.g. "Online / In Person", "21-30 / 31-40";
- text: anything else (names, identifiers, free answers).

Placeholders for "no answer" ("na", "n/a", "-", ...) do not stop a column from
being a number or a date; in such a column they become empty cells.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from annotator.formats.errors import UnreadableFile
from annotator.formats.safe_xml import PROLOG_BYTES, declares_doctype
from annotator.formats.safe_zip import SafeZip
from annotator.messages import message

MISSING = frozenset({"na", "n/a", "n.a.", "-", "--", "none", "null", "missing", "?"})
MAX_CHOICES = 12
MAX_BYTES = 50 * 1024 * 1024
# Far beyond any study's participants, and the width of any facesheet.
MAX_ROWS = 100_000
MAX_COLUMNS = 1_000


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    type: str = "text"
    choices: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Sheet:
    """Column titles with guessed types, and rows of cells (str or None) in column order."""

    file_name: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[str | None, ...], ...]

    def column(self, name: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.name == name)

    def values(self, index: int) -> list[str | None]:
        return [row[index] for row in self.rows]


def read_sheet(path: Path | str) -> Sheet:
    """Read a .csv or .xlsx attribute sheet; raises UnreadableFile with a sentence."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".txt", ".tsv", ".xlsx", ".xlsm"):
        raise UnreadableFile(path.name, message(
            "“{file}” is not an attribute sheet; "
            "use a .csv or .xlsx file with one row per participant.", file=path.name))
    try:
        if path.stat().st_size > MAX_BYTES:
            raise UnreadableFile(path.name, message(
                "“{file}” is too large for an attribute sheet.", file=path.name))
        raw = _read_xlsx(path) if suffix in (".xlsx", ".xlsm") else _read_csv(path)
    except UnreadableFile:
        raise
    except (OSError, UnicodeDecodeError, csv.Error, zipfile.BadZipFile, KeyError,
            ValueError) as exc:
        raise UnreadableFile(path.name, message(
            "“{file}” cannot be read as a table; ({error}).", file=path.name,
            error=type(exc).__name__)) from exc
    return make_sheet(path.name, raw)


def make_sheet(file_name: str, raw: Sequence[Sequence[object]]) -> Sheet:
    """Titles from the first non-empty row, cells as strings, a type per column."""
    rows = [[_text(v) for v in row] for row in raw]
    rows = [r for r in rows if any(v is not None for v in r)]
    if not rows:
        raise UnreadableFile(file_name, message(
            "“{file}” has no rows; the first row should name the columns.", file=file_name))
    titles, body = rows[0], rows[1:]
    width = max(len(r) for r in rows)
    while width and all((r[width - 1] if len(r) >= width else None) is None for r in rows):
        width -= 1
    names: list[str] = []
    for i in range(width):
        name = (titles[i] if i < len(titles) else None) or f"Column {i + 1}"
        base, n = name, 2
        while name in names:
            name, n = f"{base} ({n})", n + 1
        names.append(name)
    cells = [tuple((r[i] if i < len(r) else None) for i in range(width)) for r in body]
    columns: list[Column] = []
    for i, name in enumerate(names):
        kind, choices = guess_type([row[i] for row in cells])
        columns.append(Column(name, kind, choices))
        if kind in ("number", "date"):
            cells = [row[:i] + (_typed(row[i], kind),) + row[i + 1:] for row in cells]
    return Sheet(file_name, tuple(columns), tuple(cells))


def guess_type(values: Sequence[str | None]) -> tuple[str, tuple[str, ...]]:
    """(type, choices) for one column's cells."""
    filled = [v for v in values if v is not None]
    real = [v for v in filled if v.strip().lower() not in MISSING]
    if real and all(_number(v) is not None for v in real):
        return "number", ()
    if real and all(_date(v) is not None for v in real):
        return "date", ()
    distinct = sorted(set(filled), key=str.casefold)
    if filled and len(distinct) <= MAX_CHOICES and len(distinct) * 2 <= len(filled):
        return "choice", tuple(distinct)
    return "text", ()


def _typed(value: str | None, kind: str) -> str | None:
    if value is None or value.strip().lower() in MISSING:
        return None
    return value


def _number(value: str) -> float | None:
    text = value.strip().replace("\u2212", "-")
    if text.startswith("0") and len(text) > 1 and text[1].isdigit():
        return None  # "007" is an identifier, not seven
    try:
        return float(text)
    except ValueError:
        return None


def _date(value: str) -> date | None:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        return None


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes" if not value.second else "seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="minutes" if not value.second else "seconds")
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    text = str(value).strip()
    return text or None


def _read_csv(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "utf-16") if not data.startswith(
            (b"\xff\xfe", b"\xfe\xff")) else ("utf-16",):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        text = data.decode("cp1252", errors="replace")
    sample = text[:8192]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(
            sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    return list(csv.reader(io.StringIO(text, newline=""), dialect))


def _read_xlsx(path: Path) -> list[tuple[object, ...]]:
    from openpyxl import load_workbook

    data = path.read_bytes()
    vet_xlsx(data, path.name)
    workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        # The sheet's own claim of its size would pad every row to it (an .xlsx can
        # claim 16,384 columns); read only the cells that are there.
        sheet.reset_dimensions()
        rows: list[tuple[object, ...]] = []
        for row in sheet.iter_rows(values_only=True):
            width = len(row)
            while width and row[width - 1] is None:
                width -= 1
            if width > MAX_COLUMNS or (width and len(rows) >= MAX_ROWS):
                raise UnreadableFile(path.name, message(
                    "“{file}” is far larger than an attribute sheet (at most {rows} rows of "
                    "{columns} columns), so it was not read.", file=path.name,
                    rows=f"{MAX_ROWS:,}", columns=MAX_COLUMNS))
            if width:  # empty rows are dropped by make_sheet anyway
                rows.append(tuple(row[:width]))
        return rows
    finally:
        workbook.close()


def vet_xlsx(data: bytes, file_name: str) -> None:
    """Unpack every part under safe_zip's limits and refuse XML with a DOCTYPE.

    openpyxl then opens the same bytes: every part it may read has been inflated
    once already under the limits, so a bomb never reaches it. openpyxl parses the
    sheets with the standard library's parser, through defusedxml's because it is
    installed, and the workbook parts with lxml, entities off; refusing a DOCTYPE
    here gives the researcher one sentence instead of a parser's error.
    """
    with SafeZip(data, file_name, "xlsx") as package:
        for info in package.members:
            head = b""
            for chunk in package.chunks(info):
                if len(head) < PROLOG_BYTES:
                    head += chunk[:PROLOG_BYTES]
            if info.filename.lower().endswith((".xml", ".rels", ".vml")) and \
                    declares_doctype(head):
                raise UnreadableFile(file_name, message(
                    "“{file}” contains XML with a document type declaration, which Excel never "
                    "writes and which can hide harmful content, so it was not opened.",
                    file=file_name))
