"""The agreement table (codes x transcripts) as .csv, .xlsx or a Word table (.docx)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from annotator.formats.docx.parts import save_document
from annotator.formats.tables.grid import write_grid_csv, write_grid_xlsx
from annotator.messages import message

SUFFIXES = (".csv", ".xlsx", ".docx")


def write_agreement_table(titles: Sequence[str], rows: Sequence[Sequence[object]], path: Path,
                          heading: str, notes: Sequence[str] = ()) -> None:
    """By suffix; anything else is a ValueError with a sentence."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        write_grid_csv(titles, rows, path)
    elif suffix == ".xlsx":
        write_grid_xlsx(titles, rows, path, sheet="Agreement", wide_column=0)
    elif suffix == ".docx":
        _write_docx(titles, rows, path, heading, notes)
    else:
        raise ValueError(message("An agreement table can be written as .csv, .xlsx or .docx, "
                                 "not “{suffix}”.", suffix=path.suffix or path.name))


def _write_docx(titles: Sequence[str], rows: Sequence[Sequence[object]], path: Path,
                heading: str, notes: Sequence[str]) -> None:
    import docx  # not on the way to the app
    from docx.oxml.ns import qn
    from docx.shared import Pt

    document = docx.Document()
    fonts = document.styles["Normal"].element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), "Noto Sans CJK SC")
    document.add_heading(heading, level=1)
    for note in notes:
        document.add_paragraph(note)
    table = document.add_table(rows=1, cols=len(titles))
    table.style = "Table Grid"
    for cell, title in zip(table.rows[0].cells, titles, strict=True):
        cell.text = str(title)
        for run in cell.paragraphs[0].runs:
            run.font.bold = True
    for row in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = "" if value is None else str(value)
            for run in cell.paragraphs[0].runs:
                run.font.size = Pt(9)
    save_document(document, path)
