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
        # Rows naming no transcript of the project and no participant are left out
        # (issue 15, item 14: they made 11 participants with no transcript).
        assert len(report.cases_created) == 4
        assert "Michelle" in report.left_out and len(report.left_out) == 11
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
    assert "4 new participants" in out and "David → David" in out
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


@pytest.fixture
def five(tmp_path: Path, corpus_copy) -> tuple[Path, Path]:
    """The issue's study: five Sheffield transcripts, Ana's already participant "P1 Ana"."""
    path = tmp_path / "five.annotator"
    with Project.create(path) as project:
        ids = project.import_files([corpus_copy(f"{SHEFFIELD}/{n}.docx")
                                    for n in ("Ana", "David", "Jessica", "Kelly", "Peter")])
        project.assign_source_to_case(ids[0], project.add_case("P1 Ana"))
    return path, corpus_copy(SHEET)


def participants_of(project: Project) -> dict[str, list[str]]:
    cases = {c.id: c.name for c in project.cases()}
    return {s.name: sorted(cases[c] for c in project.cases_of_source(s.id))
            for s in project.sources()}


def test_the_issue_facesheet_makes_no_duplicate_participants(five: tuple[Path, Path]) -> None:
    # Before: 15 participants, 10 of them with no transcript, and a second "Ana"
    # linked to the transcript of "P1 Ana".
    path, sheet = five
    with Project.open(path) as project:
        plan = project.sheets.preview(sheet)
        assert [(r.name, r.case_name, r.by_transcript) for r in plan.matched] == [
            ("Ana", "P1 Ana", True)]
        assert sorted(r.name for r in plan.new) == ["David", "Jessica", "Kelly", "Peter"]
        assert len(plan.unmatched) == 10 and plan.conflicts == []
        assert project.cases() and len(project.cases()) == 1  # the preview changed nothing
        before = table_dump(project.store)
        report = project.sheets.apply(plan)
        assert project.history.undo_label == "Import attributes"
        project.undo()
        assert table_dump(project.store) == before
        project.redo()
        assert report.cases_updated == ["P1 Ana"] and len(report.cases_created) == 4
    with Project.open(path) as project:
        assert len(project.cases()) == 5
        assert participants_of(project) == {"Ana": ["P1 Ana"], "David": ["David"],
                                            "Jessica": ["Jessica"], "Kelly": ["Kelly"],
                                            "Peter": ["Peter"]}
        p1 = next(c for c in project.cases() if c.name == "P1 Ana")
        assert p1.values["InterviewDate"] == "2023-05-12"
        again = project.sheets.preview(sheet)  # a second import matches every one
        assert len(again.matched) == 5 and again.new == [] and again.conflicts == []


def test_names_match_without_case_or_spaces(tmp_path: Path) -> None:
    sheet = tmp_path / "people.csv"
    sheet.write_text("Participant,Age\n p1  ANA ,34\nBo,40\n", encoding="utf-8")
    with Project.create(tmp_path / "p.annotator") as project:
        p1 = project.add_case("P1 Ana")
        plan = project.sheets.preview(sheet)
        assert [(r.case_id, r.name) for r in plan.matched] == [(p1, "p1 ANA")]
        assert [r.name for r in plan.new] == ["Bo"]  # a sheet naming no transcript lists people
        project.sheets.apply(plan)
        assert {c.name: c.values.get("Age") for c in project.cases()} == {"P1 Ana": "34",
                                                                          "Bo": "40"}


@pytest.mark.parametrize(("choice", "expected"), [
    ("keep", ["P1 Ana"]), ("add", ["Ana", "P1 Ana"]), ("move", ["Ana"])])
def test_a_conflict_is_never_linked_twice_without_asking(
        five: tuple[Path, Path], choice: str, expected: list[str]) -> None:
    path, sheet = five
    with Project.open(path) as project:
        project.add_case("Ana")  # a participant called like the row, not Ana's transcript's
        plan = project.sheets.preview(sheet)
        [conflict] = plan.conflicts
        assert (conflict.row.number, conflict.row.case_name, conflict.linked) == (
            5, "Ana", ("P1 Ana",))
        assert any("already linked to “P1 Ana”" in line for line in plan.lines())
        report = project.sheets.apply(plan, {} if choice == "keep" else {5: choice})
        assert participants_of(project)["Ana"] == expected
        assert len(report.conflicts) == 1
        assert len(project.cases()) == 6


def test_unmatched_rows_are_added_only_when_asked(five: tuple[Path, Path]) -> None:
    path, sheet = five
    with Project.open(path) as project:
        report = project.sheets.apply(project.sheets.preview(sheet), add_unmatched=True)
        assert len(project.cases()) == 15 and report.left_out == []
        jim = next(c for c in project.cases() if c.name == "Jim")
        assert jim.values["AgeGroup"] == "na"  # "na" is one of a choice column's values
        assert participants_of(project)["Ana"] == ["P1 Ana"]


def test_cli_dry_run_prints_the_preview_and_changes_nothing(
        five: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    path, sheet = five
    with Project.open(path) as project:
        before = table_dump(project.store)
    assert main(["import-attributes", str(path), str(sheet), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "1 row matches a participant: Ana → P1 Ana (transcript Ana)." in out
    assert "4 new participants: " in out
    assert "10 rows match no transcript or participant and are left out" in out
    with Project.open(path) as project:
        assert table_dump(project.store) == before
    assert main(["import-attributes", str(path), str(sheet)]) == 0
    with Project.open(path) as project:
        assert len(project.cases()) == 5
