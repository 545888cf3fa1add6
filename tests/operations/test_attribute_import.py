"""Attribute sheets: the real Sheffield facesheet, CSV dialects, one undo step, reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.cli.main import main
from annotator.formats.errors import UnreadableFile
from annotator.formats.tables.attribute_sheet import guess_type, read_sheet
from annotator.project import Project
from tests.helpers import table_dump

SHEFFIELD = "transcripts/sheffield-open-qual"
SHEET = f"{SHEFFIELD}/Interview Participant - Facesheet information.xlsx"


@pytest.fixture
def sheffield(tmp_path: Path, corpus_copy) -> tuple[Path, Path]:
    """A project with three Sheffield transcripts, and a copy of the facesheet."""
    path = tmp_path / "sheffield.annotator"
    with Project.create(path) as project:
        project.import_files([corpus_copy(f"{SHEFFIELD}/{n}.docx")
                              for n in ("Ana", "David", "Jessica", "Peter")])
    return path, corpus_copy(SHEET)


def test_real_facesheet_types(sheffield: tuple[Path, Path]) -> None:
    sheet = read_sheet(sheffield[1])
    types = {c.name: c.type for c in sheet.columns}
    assert types["InterviewDate"] == "date"
    assert types["InterviewFormat"] == "choice"
    assert types["AgeGroup"] == "choice"
    assert types["SurveyRespondentID"] == "text"
    assert types["TranscriptName"] == "text"
    assert len(sheet.rows) == 15
    ana = sheet.rows[[r[1] for r in sheet.rows].index("Ana")]
    assert ana[sheet.column("InterviewDate")] == "2023-05-12"
    assert ana[sheet.column("InterviewTime")] == "10:36"
    assert ana[sheet.column("InterviewLength_HH-MM-SS")] == "01:09:33"


def test_import_real_facesheet_matches_transcripts(sheffield: tuple[Path, Path]) -> None:
    path, sheet = sheffield
    with Project.open(path) as project:
        before = table_dump(project.store)
        report = project.import_attributes(sheet)
        assert report.name_column == "TranscriptName"
        assert report.transcript_column == "TranscriptName"
        assert sorted(report.matched) == [("Ana", "Ana"), ("David", "David"),
                                          ("Jessica", "Jessica"), ("Peter", "Peter")]
        assert len(report.cases_created) == 15
        assert "Michelle" in report.rows_without_transcript
        assert report.transcripts_without_row == []
        assert "TranscriptName" not in {a.name for a in project.attributes()}
        text = "\n".join(report.lines())
        assert "Ana → Ana" in text
        # one undo step takes it all back
        assert project.history.undo_label == "Import attributes"
        project.undo()
        assert table_dump(project.store) == before
        project.redo()
    with Project.open(path) as project:  # it survives reopening
        cases = {c.name: c for c in project.cases()}
        assert cases["Ana"].values["InterviewDate"] == "2023-05-12"
        assert cases["Ana"].values["AgeGroup"] == "41-50"
        assert cases["Jim"].values["AgeGroup"] == "na"
        attributes = {a.name: a for a in project.attributes()}
        assert attributes["InterviewFormat"].choices == ("In Person", "Online")
        ana = project.source_by_name("Ana")
        assert project.cases_of_source(ana.id) == [cases["Ana"].id]
        # importing the same sheet again changes no value and assigns nothing twice
        again = project.import_attributes(sheet)
        assert again.values_set == 0 and again.cases_created == []
        assert project.cases_of_source(ana.id) == [cases["Ana"].id]


def test_cli_import_attributes(sheffield: tuple[Path, Path],
                               capsys: pytest.CaptureFixture[str]) -> None:
    path, sheet = sheffield
    assert main(["import-attributes", str(path), str(sheet)]) == 0
    out = capsys.readouterr().out
    assert "15 new participants" in out and "David → David" in out
    assert main(["import-attributes", str(path), str(sheet), "--name-column", "Nope"]) == 1
    assert "has no column “Nope”" in capsys.readouterr().err


def test_csv_semicolons_bom_and_type_conflicts(tmp_path: Path) -> None:
    sheet = tmp_path / "people.csv"
    sheet.write_text("Participant;Age;Joined;Group;Note\n"
                     "P1;34;2024-01-05;A;likes =sums\n"
                     "P2;na;2024-02-01;B;\n"
                     "P3;51.5;;A;多语言\n"
                     "P4;40;2024-03-09;A;x\n", encoding="utf-8-sig")
    parsed = read_sheet(sheet)
    assert [(c.name, c.type) for c in parsed.columns] == [
        ("Participant", "text"), ("Age", "number"), ("Joined", "date"),
        ("Group", "choice"), ("Note", "text")]
    assert parsed.values(1) == ["34", None, "51.5", "40"]
    path = tmp_path / "p.annotator"
    with Project.create(path) as project:
        p1 = project.add_case("P1")
        project.add_attribute("Group", "choice", ["A"])  # an existing attribute keeps its type
        report = project.import_attributes(sheet)
        assert report.name_column == "Participant"
        assert report.transcript_column is None
        assert report.cases_updated == ["P1"] and len(report.cases_created) == 3
        assert any("“B” is not one of the choices" in s for s in report.skipped)
        cases = {c.name: c for c in project.cases()}
        assert cases["P1"].id == p1
        assert cases["P1"].values == {"Age": "34", "Joined": "2024-01-05", "Group": "A",
                                      "Note": "likes =sums"}
        assert "Age" not in cases["P2"].values and "Group" not in cases["P2"].values
        assert cases["P3"].values["Note"] == "多语言"


def test_guess_type_and_unreadable_files(tmp_path: Path) -> None:
    assert guess_type(["007", "008"]) == ("text", ())
    assert guess_type(["1", "2", None]) == ("number", ())
    assert guess_type(["x", "y", "x", "y"]) == ("choice", ("x", "y"))
    assert guess_type(["a", "b", "c"]) == ("text", ())
    bad = tmp_path / "sheet.xlsx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(UnreadableFile, match="cannot be read"):
        read_sheet(bad)
    with pytest.raises(UnreadableFile, match="not an attribute sheet"):
        read_sheet(tmp_path / "sheet.pdf")
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(UnreadableFile, match="has no rows"):
        read_sheet(empty)
