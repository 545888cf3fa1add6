"""XLSX writer benchmark: the 20,000-row excerpts table written three ways (no Qt).

The rows are made up, seeded (42): 20,000 excerpts of 20-400 characters of words,
a memo on every fifth, three participant attributes, as `annotator export excerpts`
writes them. Each writer makes the same sheet: a bold header row, frozen; column
widths; the excerpt column wrapped; text always text (never a formula); numbers as
numbers; booleans as booleans. Timed (median of --runs):

- (a) the hand-written SpreadsheetML writer (formats/tables/grid.py);
- (b) openpyxl in write-only mode;
- (c) xlsxwriter in constant-memory mode.

Each file is read back with openpyxl (not timed) to check it holds the rows.

    uv run --with xlsxwriter python bench/xlsx_bench.py [--runs 3] [--rows 20000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from annotator.formats.tables.excerpts import ExcerptRow, cells, header  # noqa: E402

ATTRIBUTES = ["Age", "Group", "Consented"]
WORDS = ["the", "we", "they", "community", "trust", "because", "访谈", "really", "think",
         "said", "people", "family", "work", "school", "money", "time", "never", "always",
         "=sum", "-yes", "@home", "support", "help", "doctor", "city", "village", "friends",
         "felt", "hard", "easy", "together", "alone", "remember", "before", "after"]


def rows(count: int) -> list[ExcerptRow]:
    rng = random.Random(42)

    def words(low: int, high: int) -> str:
        text = ""
        target = rng.randint(low, high)
        while len(text) < target:
            text += rng.choice(WORDS) + " "
        return text[:target].strip()

    made = []
    for i in range(count):
        start = rng.randrange(0, 50_000)
        made.append(ExcerptRow(
            f"Interview {i % 20 + 1:02d}", f"P{i % 20 + 1}", rng.choice(["Interviewer", "P"]),
            f"Theme {i % 6}/Code {i % 24:02d}", f"Theme {i % 6}", words(20, 400),
            words(10, 80) if i % 5 == 0 else "", "me", "2024-05-01T10:00:00+00:00",
            start, start + rng.randint(20, 400),
            {"Age": str(20 + i % 50), "Group": "A" if i % 2 else "B", "Consented": "yes"}))
    return made


def grid(data: Sequence[ExcerptRow]) -> tuple[list[str], list[list[object]]]:
    titles = header(ATTRIBUTES)
    body = [cells(r, ATTRIBUTES) for r in data]
    for row in body[::7]:
        row[titles.index("Consented")] = True  # a boolean, as a matrix or codebook may hold
    return titles, body


def hand_written() -> Callable[[list[str], list[list[object]], Path], None] | None:
    try:
        from annotator.formats.tables.grid import write_grid_xlsx as legacy
    except ImportError:
        return None

    def write(titles: list[str], body: list[list[object]], path: Path) -> None:
        legacy(titles, body, path, sheet="Excerpts", wide_column=titles.index("Excerpt"))

    return write


def with_openpyxl(titles: list[str], body: list[list[object]], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Excerpts")
    wide = titles.index("Excerpt")
    for i in range(len(titles)):
        sheet.column_dimensions[get_column_letter(i + 1)].width = 60 if i == wide else 18
    sheet.freeze_panes = "A2"
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")

    def cell(value: object, index: int) -> WriteOnlyCell:
        made = WriteOnlyCell(sheet, value)
        if isinstance(value, str):
            made.data_type = "s"  # never a formula
        if index == wide:
            made.alignment = wrap
        return made

    header_cells = []
    for title in titles:
        made = WriteOnlyCell(sheet, title)
        made.font = bold
        header_cells.append(made)
    sheet.append(header_cells)
    for row in body:
        sheet.append([cell(v, i) for i, v in enumerate(row)])
    workbook.save(path)


def with_xlsxwriter(titles: list[str], body: list[list[object]], path: Path) -> None:
    import xlsxwriter

    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True,
                                               "strings_to_formulas": False,
                                               "strings_to_numbers": False,
                                               "strings_to_urls": False})
    sheet = workbook.add_worksheet("Excerpts")
    wide = titles.index("Excerpt")
    bold = workbook.add_format({"bold": True})
    wrap = workbook.add_format({"text_wrap": True, "valign": "top"})
    sheet.set_column(0, len(titles) - 1, 18)
    sheet.set_column(wide, wide, 60, wrap)
    sheet.freeze_panes(1, 0)
    sheet.write_row(0, 0, titles, bold)
    for number, row in enumerate(body, start=1):
        sheet.write_row(number, 0, row)
    workbook.close()


def check(path: Path, expected: int) -> str:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True)
    sheet = workbook.worksheets[0]
    try:
        values = list(sheet.iter_rows(values_only=True))
    except ValueError as error:
        return f"UNREADABLE by openpyxl: {error}"
    booleans = sum(1 for row in values for v in row if v is True)
    formulas = sum(1 for row in values for v in row if isinstance(v, str) and v.startswith("="))
    workbook.close()
    ok = len(values) == expected + 1
    return (f"{'ok' if ok else 'ROWS DIFFER'}: sheet {sheet.title!r}, {len(values) - 1} rows, "
            f"{booleans} booleans, {formulas} '=' texts, {path.stat().st_size / 1e6:.1f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rows", type=int, default=20_000)
    args = parser.parse_args()
    titles, body = grid(rows(args.rows))
    writers: dict[str, Callable[[list[str], list[list[object]], Path], None]] = {}
    legacy = hand_written()
    if legacy is not None:
        writers["(a) hand-written SpreadsheetML"] = legacy
    writers["(b) openpyxl write-only"] = with_openpyxl
    try:
        import xlsxwriter  # noqa: F401

        writers["(c) xlsxwriter constant_memory"] = with_xlsxwriter
    except ImportError:
        print("xlsxwriter is not installed: run with `uv run --with xlsxwriter`")
    with tempfile.TemporaryDirectory() as tmp:
        for label, write in writers.items():
            path = Path(tmp) / f"{label[1]}.xlsx"
            times = []
            for _ in range(args.runs):
                started = time.perf_counter()
                write(titles, body, path)
                times.append(time.perf_counter() - started)
            print(f"{label:<34} median {statistics.median(times):5.2f} s "
                  f"(min {min(times):.2f})  {check(path, len(body))}")


if __name__ == "__main__":
    main()
