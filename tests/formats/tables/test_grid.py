"""Every .xlsx the app writes (excerpts, matrix, codebook, any grid) is read back by openpyxl,
which shares no code with the writer: sheets named for what they hold, text kept as text,
numbers as numbers, booleans as booleans."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook

from annotator.formats.tables.codebook import CodebookEntry, write_codebook_file
from annotator.formats.tables.excerpts import ExcerptRow, write_table
from annotator.formats.tables.grid import sheet_name, write_grid_xlsx
from annotator.formats.tables.matrix import write_matrix
from annotator.model.matrix import Matrix


def read_back(path: Path) -> tuple[str, list[list[object]], list[list[str]]]:
    """(sheet title, values, openpyxl's data types) of the only sheet, read by openpyxl."""
    workbook = load_workbook(path)
    assert len(workbook.worksheets) == 1
    sheet = workbook.worksheets[0]
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    types = [[c.data_type for c in row] for row in sheet.iter_rows()]
    return sheet.title, values, types


def excerpts(path: Path) -> None:
    row = ExcerptRow("访谈五", "李女士", "受访者", "社区/信任", "Trust", "=HYPERLINK(\"x\")",
                     "- yes\x07\nsecond line", "me", "2024-01-01T00:00:00+00:00", 3, 20,
                     {"Age": "42"})
    write_table([row], path, ["Age"])


def matrix(path: Path) -> None:
    write_matrix(Matrix("code-case", (1, 2), ("Trust", "Trust/=odd"), (7, None),
                        ("P1", "No participant"), {(0, 0): 3, (1, 1): 1}), path)


def codebook(path: Path) -> None:
    write_codebook_file([CodebookEntry("Trust", "Trust", 0, "#FF0000", "+ a description", 2, 1,
                                       "an example", "Interview 1")], path, "Codebook")


WRITERS: dict[str, tuple[Callable[[Path], None], str]] = {
    "excerpts": (excerpts, "Excerpts"),
    "matrix": (matrix, "Matrix"),
    "codebook": (codebook, "Codebook"),
}


@pytest.mark.parametrize("kind", WRITERS)
def test_every_written_workbook_reads_back_in_openpyxl(kind: str, tmp_path: Path) -> None:
    write, title = WRITERS[kind]
    path = tmp_path / f"{kind}.xlsx"
    write(path)
    sheet, values, types = read_back(path)
    assert sheet == title
    assert all(t == "s" for t in types[0])  # the header is text
    for row_values, row_types in zip(values[1:], types[1:], strict=True):
        for value, data_type in zip(row_values, row_types, strict=True):
            if isinstance(value, str):
                assert data_type == "s", value  # never a formula, whatever it starts with
            else:
                assert data_type in ("n", "b") and value is not None


def test_excerpt_cells_keep_their_kinds(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    excerpts(path)
    _, values, _ = read_back(path)
    assert values[1][values[0].index("Excerpt")] == "=HYPERLINK(\"x\")"
    assert values[1][values[0].index("Memo")] == "- yes\nsecond line"  # no control chars
    assert values[1][-2:] == [3, 20]


def test_matrix_counts_are_numbers(tmp_path: Path) -> None:
    path = tmp_path / "m.xlsx"
    matrix(path)
    _, values, _ = read_back(path)
    assert values == [["Code \\ Participant", "P1", "No participant"],
                      ["Trust", 3, 0], ["Trust/=odd", 0, 1]]


def test_booleans_are_booleans_and_floats_are_numbers(tmp_path: Path) -> None:
    path = tmp_path / "g.xlsx"
    write_grid_xlsx(["Name", "Consented", "Score", "Count", "Odd"],
                    [["a", True, 2.5, 7, float("nan")], ["b", False, -1e-3, 0, None]],
                    path, sheet="Participants")
    sheet, values, types = read_back(path)
    assert sheet == "Participants"
    assert values[1] == ["a", True, 2.5, 7, "nan"]
    assert values[2] == ["b", False, -1e-3, 0, "None"]
    assert types[1][1] == "b" and types[2][1] == "b"
    assert b"<v>True</v>" not in zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")


def test_sheet_names_are_ones_excel_accepts(tmp_path: Path) -> None:
    cleaned = sheet_name("Code/Case [matrix]: *all*?")
    assert cleaned.startswith("Code Case") and not set(cleaned) & set("[]:*?/\\")
    assert sheet_name("x" * 40) == "x" * 31
    assert sheet_name("///") == "Sheet1"
    path = tmp_path / "n.xlsx"
    write_grid_xlsx(["A"], [["1"]], path, sheet='Tom & "Jerry" <3')
    assert read_back(path)[0] == 'Tom & "Jerry" <3'
