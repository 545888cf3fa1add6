"""Every coding as one row of a table: CSV (for any tool) or XLSX (for Excel).

The columns: transcript, participant, the participant's attributes, then speaker,
code, themes, the excerpt itself, memo, coder, when, and the offsets. The files
are written by grid.py (text stays text in both formats; the sheet is "Excerpts").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from annotator.formats.tables.grid import write_grid_csv, write_grid_xlsx
from annotator.messages import message

FIXED_COLUMNS = ("Transcript", "Participant")
TAIL_COLUMNS = ("Speaker", "Code", "Themes", "Excerpt", "Memo", "Coder", "Coded at", "Start",
                "End")

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


def write_xlsx(rows: Sequence[ExcerptRow], path: Path, attribute_names: Sequence[str] = ()
               ) -> None:
    titles = header(attribute_names)
    write_grid_xlsx(titles, [cells(r, attribute_names) for r in rows], path, sheet="Excerpts",
                    wide_column=titles.index("Excerpt"))
