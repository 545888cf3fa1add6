"""An analysis matrix as a table file: CSV (UTF-8 with BOM) or XLSX, by the suffix.

The first column names the code (its full path); the other columns are the
participants or the codes; cells are counts. The grid writers are the ones the
excerpts table uses, so formula-looking names stay text in both formats.
"""

from __future__ import annotations

from pathlib import Path

from annotator.formats.tables.grid import write_grid_csv, write_grid_xlsx
from annotator.messages import message
from annotator.model.matrix import Matrix

CORNER = {"code-case": "Code \\ Participant", "cooccurrence": "Code \\ Code"}


def matrix_grid(matrix: Matrix) -> tuple[list[str], list[list[object]]]:
    """(titles, rows) of the table: one row per code, one count per column."""
    titles = [CORNER.get(matrix.kind, "Code"), *matrix.column_labels]
    rows: list[list[object]] = [
        [label, *(matrix.count(r, c) for c in range(len(matrix.column_ids)))]
        for r, label in enumerate(matrix.row_labels)
    ]
    return titles, rows


def write_matrix(matrix: Matrix, path: Path) -> None:
    """Write `matrix` as .csv or .xlsx; ValueError names any other suffix."""
    titles, rows = matrix_grid(matrix)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        write_grid_csv(titles, rows, path)
    elif suffix == ".xlsx":
        write_grid_xlsx(titles, rows, path, sheet="Matrix", wide_column=0)
    else:
        raise ValueError(message("“{file}” should end in .csv or .xlsx.", file=path.name))
