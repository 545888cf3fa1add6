"""Similar passages through the Project facade: the index in the file, queries, coding
results in one undo step, "not relevant" remembered, the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.cli.main import main
from annotator.operations.errors import OperationError
from annotator.operations.similar import SimilarRequest
from annotator.platform.demo import build_demo
from annotator.project import Project
from tests.file_system import run_unprivileged
from tests.helpers import table_dump, write_txt

TEXT_A = (
    "Interviewer: How did you find the housing office?\n"
    "P1: The council kept us on the waiting list for housing for two years.\n"
    "Interviewer: And the school?\n"
    "P1: The school was kind to the children, the teachers knew them.\n"
    "P1: We waited and waited for the council to find us a flat.\n"
)
TEXT_B = (
    "Interviewer: Tell me about moving here.\n"
    "P2: Nobody at the council answered about housing, the waiting list never moved.\n"
    "P2: My neighbour brought soup when I was ill.\n"
    "P2: 我们等了很久的住房，社区的人帮了我们。\n"
)


@pytest.fixture
def project(tmp_path: Path):
    with Project.create(tmp_path / "p.annotator") as opened:
        opened.import_files([write_txt(tmp_path, "A.txt", TEXT_A),
                             write_txt(tmp_path, "B.txt", TEXT_B)])
        yield opened


def _code_housing(project: Project) -> int:
    a = project.source_by_name("A")
    code = project.add_code("Housing waits")
    start = a.text.index("The council kept")
    project.add_coding(a.id, code, start, a.text.index("\n", start))
    return code


def test_a_code_finds_uncoded_passages_like_its_excerpts_first(project: Project) -> None:
    code = _code_housing(project)
    found = project.similar_passages(SimilarRequest(code_id=code))
    texts = [r.text for r in found.results]
    assert "Nobody at the council answered about housing, the waiting list never moved." \
        in texts[:2]
    assert "My neighbour brought soup when I was ill." not in texts
    assert [r.coded for r in found.results] == sorted(r.coded for r in found.results)
    coded = [r for r in found.results if r.coded]
    assert [r.text for r in coded] == [
        "The council kept us on the waiting list for housing for two years."]
    first = found.results[0]
    assert first.source_name in ("A", "B") and first.passage.speaker is not None
    assert first.before and first.score > 0


def test_results_are_deterministic_and_survive_reopening(project: Project, tmp_path: Path
                                                         ) -> None:
    code = _code_housing(project)
    first = project.similar_passages(SimilarRequest(code_id=code))
    assert project.similar_pending() == []
    path = project.path
    project.close()
    with Project.open(path) as reopened:
        assert reopened.similar_pending() == []
        again = reopened.similar_passages(SimilarRequest(code_id=code))
    assert [(r.span, r.score, r.coded) for r in again.results] == \
        [(r.span, r.score, r.coded) for r in first.results]


def test_the_index_follows_imports_edits_and_removals(project: Project, tmp_path: Path) -> None:
    project.build_similar_index()
    assert project.similar_pending() == []
    new = project.import_file(write_txt(tmp_path, "C.txt", "P3: The council housing list.\n"))
    assert project.similar_pending() == [new]
    selection = SimilarRequest(span=(new, 4, 29))
    assert project.similar_passages(selection).results[0].source_name in ("A", "B")
    a = project.source_by_name("A").id
    project.pseudonymise({"council": "authority"})
    assert set(project.similar_pending()) == {a, project.source_by_name("B").id, new}
    found = project.similar_passages(SimilarRequest(span=(new, 4, 31)))
    assert any("authority" in r.text for r in found.results)
    project.remove_source(a)
    assert all(r.source_name != "A" for r in project.similar_passages(selection).results)
    project.undo()
    assert a in project.similar_pending()
    assert any(r.source_name == "A" for r in project.similar_passages(selection).results)


def test_coding_several_results_is_one_undo_step(project: Project) -> None:
    code = _code_housing(project)
    before = table_dump(project.store)
    found = [r for r in project.similar_passages(SimilarRequest(code_id=code)).results
             if not r.coded][:2]
    ids = project.code_similar([r.span for r in found], code)
    assert len(ids) == 2
    assert {(c.source_id, c.start, c.end) for c in project.codings(code_id=code)} >= \
        {r.span for r in found}
    again = project.similar_passages(SimilarRequest(code_id=code))
    assert {r.span for r in again.results if r.coded} >= {r.span for r in found}
    project.undo()
    assert table_dump(project.store) == before
    with pytest.raises(OperationError):
        project.code_similar([], code)


def test_not_relevant_is_remembered_for_that_code_only_and_undoable(project: Project) -> None:
    code = _code_housing(project)
    other = project.add_code("Council")
    first = project.similar_passages(SimilarRequest(code_id=code)).results[0]
    project.dismiss_similar(code, [first.span])
    assert first.span not in {r.span for r in
                              project.similar_passages(SimilarRequest(code_id=code)).results}
    project.add_coding(first.passage.source_id, other, first.passage.start, first.passage.end)
    assert first.span in {r.span for r in
                          project.similar_passages(SimilarRequest(code_id=other)).results}
    path = project.path
    project.close()
    with Project.open(path) as reopened:
        assert first.span not in {r.span for r in reopened.similar_passages(
            SimilarRequest(code_id=code)).results}
        reopened.dismiss_similar(code, [first.span])  # twice is harmless
        reopened.undo()


def test_excerpt_theme_and_selection_queries(project: Project) -> None:
    code = _code_housing(project)
    coding = project.codings(code_id=code)[0]
    by_excerpt = project.similar_passages(SimilarRequest(coding_id=coding.id))
    assert by_excerpt.code_id == code
    assert all(r.span != (coding.source_id, coding.start, coding.end)
               for r in by_excerpt.results)
    theme = project.theme_from_codes("Waiting", [code])
    by_theme = project.similar_passages(SimilarRequest(theme_id=theme))
    assert by_theme.results and by_theme.code_id == code
    b = project.source_by_name("B")
    start = b.text.index("我们")
    chinese = project.similar_passages(SimilarRequest(span=(b.id, start, start + 6)))
    assert chinese.results == [] or all(r.passage.start != start for r in chinese.results)
    with pytest.raises(OperationError):
        project.similar_passages(SimilarRequest())
    with pytest.raises(OperationError):
        project.similar_passages(SimilarRequest(code_id=9999))


def test_chinese_passages_find_each_other(tmp_path: Path) -> None:
    text = ("P1: 社区参与项目让我们认识了邻居。\n"
            "P1: 今天天气很好。\n"
            "P2: 我觉得社区参与很重要，邻居们互相帮助。\n")
    with Project.create(tmp_path / "zh.annotator") as project:
        source = project.import_file(write_txt(tmp_path, "zh.txt", text))
        first = text.index("社区参与项目")
        found = project.similar_passages(SimilarRequest(span=(source, first, first + 13)))
        assert found.results[0].text == "我觉得社区参与很重要，邻居们互相帮助。"


def test_building_the_index_reports_progress_and_can_stop(project: Project) -> None:
    seen: list[tuple[int, int]] = []
    assert project.build_similar_index(lambda done, total: seen.append((done, total)) or
                                       done < 1) == 1
    assert seen == [(0, 2), (1, 2)]
    assert len(project.similar_pending()) == 1
    job = project.similar_index_job(project.similar_pending()[0])
    assert job is not None and project.save_similar_index(job, job.run())
    assert project.similar_pending() == []


def test_a_job_for_a_transcript_changed_meanwhile_is_not_saved(project: Project) -> None:
    source = project.similar_pending()[0]
    job = project.similar_index_job(source)
    assert job is not None
    project.pseudonymise({"council": "authority"})
    assert not project.save_similar_index(job, job.run())
    assert source in project.similar_pending()


READ_ONLY_SIMILAR = """
import sys
from annotator.operations.similar import SimilarRequest
from annotator.project import Project
with Project.open(sys.argv[1]) as read_only:
    assert read_only.read_only
    for _ in range(2):
        assert read_only.similar_passages(SimilarRequest(code_id=int(sys.argv[2]))).results
print("indexed in memory")
"""


def test_a_read_only_project_is_indexed_in_memory(project: Project) -> None:
    code = _code_housing(project)
    path = project.path
    project.close()
    before = path.read_bytes()
    # Real permissions, in a subprocess without root's override of file modes.
    path.chmod(0o444)
    path.parent.chmod(0o555)
    try:
        done = run_unprivileged(READ_ONLY_SIMILAR, str(path), str(code))
    finally:
        path.parent.chmod(0o755)
    assert (done.returncode, done.stdout.strip()) == (0, "indexed in memory"), done.stderr
    assert path.read_bytes() == before


def test_demo_query_is_fast_enough_and_cli_prints_json(tmp_path: Path, capsys) -> None:
    path = tmp_path / "demo.annotator"
    build_demo(path)
    assert main(["similar", str(path), "--code", "Trust and showing up", "--limit", "5",
                 "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 5
    assert set(rows[0]) >= {"source", "start", "end", "text", "score", "coded"}
    assert rows[0]["score"] >= rows[1]["score"] or rows[0]["coded"] is False
    with Project.open(path) as project:
        source = project.source_by_name(rows[0]["source"])
        assert source.text[rows[0]["start"]:rows[0]["end"]] == rows[0]["text"]
    assert main(["similar", str(path), "--source", rows[0]["source"], "--start",
                 str(rows[0]["start"]), "--end", str(rows[0]["end"])]) == 0
    out = capsys.readouterr().out
    assert out.strip() and rows[0]["text"][:20] not in out.splitlines()[0]
    assert main(["similar", str(path), "--code", "No such code"]) != 0
    assert "No such code" in capsys.readouterr().err


def test_the_command_line_says_one_sentence_for_a_bad_request(tmp_path: Path, capsys) -> None:
    path = tmp_path / "p.annotator"
    with Project.create(path) as project:
        project.import_file(write_txt(tmp_path, "A.txt", TEXT_A))
    for args, sentence in (
            ([], "Give --code PATH, or --source NAME with --start and --end."),
            (["--source", "A"], "Give --start and --end with --source"),
            (["--source", "A", "--start", "5", "--end", "5"], "is not inside “A”"),
            (["--source", "Nobody", "--start", "0", "--end", "5"], "no transcript called"),
            (["--code", "X", "--limit", "0"], "--limit must be 1 or more.")):
        assert main(["similar", str(path), *args]) == 1
        assert sentence in capsys.readouterr().err
    assert main(["similar", str(path), "--source", "A", "--start", "0", "--end", "10"]) == 0
