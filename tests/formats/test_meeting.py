"""Meeting-tool transcripts saved as .docx or .txt (issue 18): Teams, Otter, Google Meet.

No real file of these layouts has an open licence (see the corpus SOURCES.md), so
each is written here as the tool writes it.
"""

from __future__ import annotations

from pathlib import Path

import docx

from annotator.formats.reader import read_bytes, read_file
from annotator.project import Project
from tests.formats.exported import check_codings_exported, speakers_in_order

TEAMS_DOCX = [
    "Interview 4 - Transcript", "5 March 2024, 15:02", "",
    "Ana Ruiz   0:03", "Hello, can you hear me?",
    "Jonas Weber   0:07", "Yes. I can hear you.",
    "Ana Ruiz   1:02:15", "Great, thanks.",
    "Jonas Weber   1:02:20", "Bye.",
]

TEAMS_OLD = [
    "0:0:0.0 --> 0:0:4.620", "Ana Ruiz", "Hello, can you hear me?", "",
    "0:0:5.10 --> 0:0:8.0", "Jonas Weber", "Yes.", "",
    "0:0:9.0 --> 0:0:10.0", "Ana Ruiz", "Good.",
]

OTTER_TXT = (
    "Speaker 1  0:03\nSo we start with your background.\n\n"
    "Speaker 2  0:10\nOkay. I trained as a nurse.\n\n"
    "SPEAKER 1  0:15\nGood.\n"
)

MEET = [
    "Interview - Transcript", "Attendees", "Ana Ruiz, Jonas Weber", "Transcript",
    "00:00:00", "", "Ana Ruiz: Hello.", "Jonas Weber: Hi there.", "00:05:00", "",
    "Ana Ruiz: Let us go on.",
]


def _docx(tmp_path: Path, lines: list[str], name: str) -> Path:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    path = tmp_path / name
    document.save(path)
    return path


def _speakers(imported) -> list[str | None]:
    return [p.speaker for p in imported.paragraphs]


def test_teams_docx(tmp_path: Path) -> None:
    path = _docx(tmp_path, TEAMS_DOCX, "teams.docx")
    imported, _ = read_file(path)
    assert _speakers(imported)[3:] == ["Ana Ruiz", "Ana Ruiz", "Jonas Weber", "Jonas Weber",
                                       "Ana Ruiz", "Ana Ruiz", "Jonas Weber", "Jonas Weber"]
    assert [p.timestamp for p in imported.paragraphs][3::2] == ["0:03", "0:07", "1:02:15",
                                                                 "1:02:20"]
    with Project.create(tmp_path / "p.annotator") as project:
        source_id = project.import_file(path)
        assert speakers_in_order(project, source_id) == ["Ana Ruiz", "Jonas Weber"]
        check_codings_exported(project, source_id)


def test_teams_older_cue_layout_in_docx(tmp_path: Path) -> None:
    imported, _ = read_file(_docx(tmp_path, TEAMS_OLD, "teams-2021.docx"))
    assert _speakers(imported) == [None, "Ana Ruiz", "Ana Ruiz", None, None, "Jonas Weber",
                                   "Jonas Weber", None, None, "Ana Ruiz", "Ana Ruiz"]
    assert imported.paragraphs[4].timestamp == "0:0:5.10"


def test_otter_txt_names_normalised(tmp_path: Path) -> None:
    path = tmp_path / "otter.txt"
    path.write_text(OTTER_TXT, encoding="utf-8")
    with Project.create(tmp_path / "p.annotator") as project:
        source_id = project.import_file(path)
        # "SPEAKER 1" is "Speaker 1", as first written.
        assert speakers_in_order(project, source_id) == ["Speaker 1", "Speaker 2"]
        assert project.paragraphs(source_id)[6].speaker == "Speaker 1"
        exported = check_codings_exported(project, source_id)
        assert exported.bold == ["Speaker 1", "Speaker 2", "SPEAKER 1"]


def test_google_meet(tmp_path: Path) -> None:
    imported = read_bytes("\n".join(MEET).encode(), "meet.txt")
    assert _speakers(imported) == [None, None, None, None, None, None, "Ana Ruiz",
                                   "Jonas Weber", None, None, "Ana Ruiz"]
    assert imported.paragraphs[8].timestamp == "00:05:00"  # a time mark, no one's turn
