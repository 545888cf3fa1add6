"""The codebook as a document to share: Word, CSV or Excel.

Each code with its path, colour, description, counts and one example excerpt, in
tree order. (The REFI-QDA .qdc codebook is written by refi_export.py.)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from annotator.formats.docx.parts import save_document
from annotator.formats.tables.grid import write_grid_csv, write_grid_xlsx
from annotator.messages import message

TITLES = ["Code", "Name", "Level", "Colour", "Description", "Codings", "Transcripts",
          "Example", "Example from"]


@dataclass(frozen=True, slots=True)
class CodebookEntry:
    path: str
    name: str
    depth: int
    color: str
    description: str
    codings: int
    sources: int
    example: str
    example_source: str


def write_codebook_file(entries: Sequence[CodebookEntry], path: Path, title: str) -> None:
    """By suffix: .docx, .csv or .xlsx; anything else is a ValueError with a sentence."""
    suffix = path.suffix.lower()
    rows = [[e.path, e.name, e.depth + 1, e.color, e.description, e.codings, e.sources,
             e.example, e.example_source] for e in entries]
    if suffix == ".csv":
        write_grid_csv(TITLES, rows, path)
    elif suffix == ".xlsx":
        write_grid_xlsx(TITLES, rows, path, sheet="Codebook",
                        wide_column=TITLES.index("Example"))
    elif suffix == ".docx":
        _write_docx(entries, path, title)
    else:
        raise ValueError(message("A codebook can be written as .docx, .csv, .xlsx or .qdc, "
                                 "not “{suffix}”.", suffix=path.suffix or path.name))


def _write_docx(entries: Sequence[CodebookEntry], path: Path, title: str) -> None:
    document = docx.Document()
    # East Asian text falls back to a CJK font instead of boxes.
    fonts = document.styles["Normal"].element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), "Noto Sans CJK SC")
    document.add_heading(title, level=0)
    document.add_paragraph(f"{len(entries)} codes.")
    for entry in entries:
        heading = document.add_heading(level=min(entry.depth + 1, 4))
        swatch = heading.add_run("■ ")
        swatch.font.color.rgb = RGBColor.from_string(entry.color.lstrip("#").upper())
        heading.add_run(entry.name)
        facts = document.add_paragraph()
        # The colour shows as the swatch: its hex value means nothing to a partner.
        facts.add_run(f"{entry.path} · {entry.codings} coding"
                      f"{'s' if entry.codings != 1 else ''} in {entry.sources} transcript"
                      f"{'s' if entry.sources != 1 else ''}").font.size = Pt(9)
        if entry.description:
            document.add_paragraph(entry.description)
        if entry.example:
            quote = document.add_paragraph(style="Quote")
            quote.add_run(f"“{entry.example}”")
            quote.add_run(f" ({entry.example_source})")
    save_document(document, path)
