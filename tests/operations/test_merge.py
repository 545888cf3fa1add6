"""Merging another coder's copy: matched by GUID, text and path, idempotent, one undo step."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.operations.errors import OperationError
from annotator.project import Project
from tests.helpers import table_dump, write_txt

TEXT_1 = "Interviewer: How was the first week?\nP1: Long. I missed my family a lot.\n"
TEXT_2 = "Interviewer: And the work?\nP2: The work itself was fine, the hours were not.\n"

_copy_numbers = itertools.count()


@pytest.fixture
def copies(tmp_path: Path) -> tuple[Path, Path]:
    """A shared start (two transcripts, a code tree, a participant), copied for Bea."""
    base = tmp_path / "ana.annotator"
    with Project.create(base) as project:
        project.set_coder("Ana")
        s1 = project.import_file(write_txt(tmp_path, "one.txt", TEXT_1))
        project.import_file(write_txt(tmp_path, "two.txt", TEXT_2))
        feelings = project.add_code("Feelings")
        project.add_code("Missing home", parent_id=feelings)
        project.add_code("Work")
        case = project.add_case("P1")
        project.assign_source_to_case(s1, case)
        project.add_attribute("Age")
    other = tmp_path / "bea.annotator"
    shutil.copy(base, other)
    return base, other


def code_by_path(project: Project, path: str) -> int:
    found = project.find_code(path)
    assert found is not None
    return found.id


def code_some(path: Path, coder: str, spans: list[tuple[str, str, int, int]]) -> None:
    with Project.open(path) as project:
        project.set_coder(coder)
        for source, code, start, end in spans:
            project.add_coding(project.source_by_name(source).id, code_by_path(project, code),
                               start, end)


def test_merge_brings_codings_with_their_coder_and_twice_adds_nothing(copies):
    base, other = copies
    code_some(base, "Ana", [("one", "Feelings/Missing home", 40, 70)])
    code_some(other, "Bea", [("one", "Feelings/Missing home", 45, 70),
                             ("two", "Work", 30, 60)])
    with Project.open(other) as project:
        project.add_code("Hours", parent_id=code_by_path(project, "Work"))
        project.add_journal_entry("Week 1", "Coded two transcripts.")
    with Project.open(base) as project:
        report = project.team.merge(other)
        assert report.counts["codings"] == 2 and report.counts["codes"] == 1
        assert report.counts["journal entries"] == 1
        assert report.coders == ["Bea"]
        coders = sorted((c.coder, c.start, c.end) for c in project.codings())
        assert coders == [("Ana", 40, 70), ("Bea", 30, 60), ("Bea", 45, 70)]
        assert project.find_code("Work/Hours") is not None
        assert report.lines()[0].startswith("Merged from “bea.annotator”")
        before = table_dump(project.store)
        again = project.team.merge(other)
        assert not again.added_anything and again.already == 2
        assert table_dump(project.store) == before


def test_renamed_code_stays_one_code_and_is_reported(copies):
    base, other = copies
    with Project.open(other) as project:
        project.set_coder("Bea")
        work = code_by_path(project, "Work")
        project.rename_code(work, "Employment")
        project.add_coding(project.source_by_name("two").id, work, 30, 60)
    with Project.open(base) as project:
        report = project.team.merge(other)
        assert [c.name for c in project.codes()].count("Work") == 1
        assert project.find_code("Employment") is None
        assert report.renamed_codes == [("Work", "Employment")]
        assert any("Employment" in line and "Work" in line for line in report.lines())
        (coding,) = project.codings()
        assert coding.code_id == code_by_path(project, "Work") and coding.coder == "Bea"


def test_edited_transcript_is_reported_not_merged_unless_asked(copies):
    base, other = copies
    code_some(other, "Bea", [("one", "Work", 0, 10)])
    with Project.open(other) as project, project.store.recorded():
        project.store.sources.replace_text(project.source_by_name("one").id,
                                           TEXT_1.replace("Long", "Short"), keep_original=True)
    with Project.open(base) as project:
        report = project.team.merge(other)
        assert report.edited == ["one"] and project.codings() == []
        assert "different text" in "\n".join(report.lines())
        assert len(project.sources()) == 2
        project.undo()
        report = project.team.merge(other, add_edited=True)
        names = sorted(s.name for s in project.sources())
        assert names == ["one", "one (2)", "two"]
        (coding,) = project.codings()
        assert coding.source_id == project.source_by_name("one (2)").id
        assert not project.team.merge(other, add_edited=True).added_anything


def test_transcript_matched_by_text_and_conflicting_values_reported(copies, tmp_path):
    base, other = copies
    with Project.open(other) as project:
        project.set_coder("Bea")
        project.rename_source(project.source_by_name("two").id, "Interview two")
        project.add_coding(project.source_by_name("Interview two").id,
                           code_by_path(project, "Work"), 5, 20)
        p1 = project.cases()[0].id
        project.set_case_value(p1, project.attributes()[0].id, "34")
    with Project.open(base) as project:
        project.set_case_value(project.cases()[0].id, project.attributes()[0].id, "43")
        report = project.team.merge(other)
        assert len(project.sources()) == 2
        (coding,) = project.codings()
        assert coding.source_id == project.source_by_name("two").id
        assert project.cases()[0].values == {"Age": "43"}
        assert any("“34”" in c and "“43”" in c for c in report.conflicts)
        project.undo()
        project.team.merge(other, take_theirs=True)
        assert project.cases()[0].values == {"Age": "34"}


def test_undo_takes_back_the_whole_merge(copies):
    base, other = copies
    code_some(other, "Bea", [("one", "Work", 0, 10), ("two", "Work", 3, 9)])
    with Project.open(other) as project:
        project.add_theme("Belonging")
        project.add_code("New idea")
    with Project.open(base) as project:
        before = table_dump(project.store)
        project.team.merge(other)
        assert table_dump(project.store) != before
        project.undo()
        assert table_dump(project.store) == before
        project.redo()
        assert len(project.codings()) == 2 and len(project.themes()) == 1


def test_refusals(copies):
    base, _ = copies
    with Project.open(base) as project, pytest.raises(OperationError):
        project.team.merge(base)


def test_qdpx_from_another_tool_merges_with_its_users_as_coders(copies, tmp_path):
    base, other = copies
    code_some(other, "Bea", [("one", "Work", 0, 10)])
    exported = tmp_path / "bea.qdpx"
    with Project.open(other) as project:
        project.export_qdpx(exported)
    with Project.open(base) as project:
        report = project.team.merge(exported)
        assert report.counts.get("codings") == 1 and report.coders == ["Bea"]
        assert [c.coder for c in project.codings()] == ["Bea"]
        assert len(project.sources()) == 2
        assert not project.team.merge(exported).added_anything


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(spans=st.lists(st.tuples(st.sampled_from(["one", "two"]),
                                st.sampled_from(["Feelings", "Feelings/Missing home", "Work"]),
                                st.integers(0, 40), st.integers(1, 30)), max_size=12),
       rename=st.booleans())
def test_any_copy_merged_twice_adds_nothing_the_second_time(copies, tmp_path, spans, rename):
    base, original = copies
    other = tmp_path / f"copy-{next(_copy_numbers)}.annotator"
    shutil.copy(original, other)
    with Project.open(other) as project:
        project.set_coder("Bea")
        if rename:
            project.rename_code(code_by_path(project, "Work"), "Labour")
        for source, code, start, length in spans:
            code = "Labour" if rename and code == "Work" else code
            project.add_coding(project.source_by_name(source).id,
                               code_by_path(project, code), start, start + length)
        theirs = len(project.codings())  # all Bea's: the shared start has none
    with Project.open(base) as project:
        before = len(project.codings())
        project.team.merge(other)
        assert len(project.codings()) - before == theirs
        dump = table_dump(project.store)
        assert not project.team.merge(other).added_anything
        assert table_dump(project.store) == dump
        assert [c.name for c in project.codes()].count("Work") == 1
        project.undo()
        assert len(project.codings()) == before


@pytest.mark.parametrize("name", ["refi-qda/qc1.3.2__demo.qdpx",
                                  "refi-qda/atlasti8.4-mac__refi-standard-project.qdpx"])
def test_other_tools_qdpx_merge_once(corpus_copy, tmp_path, name):
    exported = corpus_copy(name)
    with Project.create(tmp_path / "team.annotator") as project:
        first = project.team.merge(exported)
        assert first.added_anything
        dump = table_dump(project.store)
        again = project.team.merge(exported)
        assert not again.added_anything and again.already == first.counts.get("codings", 0)
        assert table_dump(project.store) == dump


def test_themes_links_memos_and_descriptions_merge_with_conflicts_reported(copies):
    base, other = copies
    with Project.open(other) as project:
        work = code_by_path(project, "Work")
        belonging = project.add_theme("Belonging")
        strain = project.add_theme("Strain")
        project.add_code_to_theme(strain, work)
        project.link_themes(belonging, strain, "tension")
        project.set_memo("code", work, "Paid work and unpaid care.")
        project.set_memo("source", project.source_by_name("one").id, "Bea's reading.")
        project.describe_code(work, "Anything about jobs.")
    with Project.open(base) as project:
        work = code_by_path(project, "Work")
        project.set_memo("code", work, "Paid work only.")
        report = project.team.merge(other)
        assert report.counts["themes"] == 2 and report.counts["theme links"] == 1
        assert project.code(work).description == "Anything about jobs."  # none here: taken
        assert project.memo_for("code", work).body == "Paid work only."
        assert any("memo" in line for line in report.conflicts)
        assert project.memo_for("source", project.source_by_name("one").id).body == \
            "Bea's reading."
        (link,) = project.theme_links()
        assert link.label == "tension"
        strain = next(t.id for t in project.themes() if t.name == "Strain")
        assert project.theme_codes(strain) == [work]
        project.undo()
        project.team.merge(other, take_theirs=True)
        assert project.memo_for("code", work).body == "Paid work and unpaid care."
        assert not project.team.merge(other, take_theirs=True).added_anything
