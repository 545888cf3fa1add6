"""Search: hits, context, filters, widening, "Code all results" and its undo, the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.cli.main import main
from annotator.model.entities import Paragraph
from annotator.model.search import (
    Hit,
    SearchQuery,
    compile_query,
    context,
    find_in_source,
    sentence_span,
    widen,
)
from annotator.operations.errors import OperationError
from annotator.platform.demo import build_demo
from annotator.project import Project
from tests.helpers import table_dump, write_txt

TEXT = (
    "Interviewer: How did the waiting list work?\n"
    "P1: The waiting list was long. Then the clinic called us. STRASSE und Straße.\n"
    "More from P1 here: the waiting\n"
    "list again.\n"
    "P1: 我们的社区参与项目很好。社区很重要。\n"
    "Interviewer: Thank you 😀 waiting.\n"
    "P1: Waiting\n"
    "\n"
    "List on the next paragraph.\n"
)


@pytest.fixture
def project(tmp_path: Path):
    p = Project.create(tmp_path / "p.annotator")
    p.import_file(write_txt(tmp_path, "Ana.txt", TEXT))
    p.import_file(write_txt(tmp_path, "Bo.txt", "P2: nothing to see\nP2: here at all\n"))
    yield p
    p.close()


def texts(results) -> list[str]:
    return [results.texts[h.source_id][h.start:h.end] for h in results.hits]


def test_chinese_two_characters_inside_a_longer_word(project: Project) -> None:
    results = project.search("社区")
    assert texts(results) == ["社区", "社区"]
    hit = results.hits[0]
    assert TEXT[hit.start:hit.end] == "社区"  # code points, after an emoji-free prefix
    assert project.search("社区参与").hits[0].start == hit.start


def write_docx(folder: Path, name: str) -> Path:
    from docx import Document

    document = Document()
    run = document.add_paragraph().add_run("Interviewer: How did the Waiting")
    run.add_break()
    run.add_text("list work?")
    document.add_paragraph("P1: The waiting")
    document.add_paragraph("list was long.")
    path = folder / name
    document.save(str(path))
    return path


def test_phrase_across_a_line_break_within_a_paragraph_not_across_paragraphs(
        tmp_path: Path) -> None:
    with Project.create(tmp_path / "w.annotator") as project:
        source_id = project.import_file(write_docx(tmp_path, "Cy.docx"))
        text = project.source(source_id).text
        assert "Waiting\nlist" in text  # a soft line break inside one paragraph
        results = project.search("waiting   LIST")
        assert texts(results) == ["Waiting\nlist"]  # not "waiting" + next paragraph's "list"
        assert results.context(results.hits[0])[1] == "Waiting list"


def test_phrase_over_paragraphs_of_a_map() -> None:
    text = "a waiting\n list\nwaiting\nlist waiting \t\n list"
    paragraphs = [Paragraph(0, 0, 16), Paragraph(1, 17, 24), Paragraph(2, 25, 47)]
    hits = list(find_in_source(compile_query("Waiting List"), 1, text, paragraphs))
    assert [text[h.start:h.end] for h in hits] == ["waiting\n list", "waiting \t\n list"]
    assert [h.paragraph for h in hits] == [0, 2]


def test_case_insensitive_and_positions_are_code_points(project: Project) -> None:
    results = project.search("CLINIC")
    assert texts(results) == ["clinic"]
    after_emoji = project.search("waiting.")
    hit = after_emoji.hits[0]
    assert TEXT[hit.start:hit.end] == "waiting."
    assert "😀" in TEXT[:hit.start]
    # Casefolding would change lengths ("ß" -> "ss"); positions must stay exact.
    hit = project.search("straße").hits[0]
    assert TEXT[hit.start:hit.end] == "Straße"


def test_short_and_empty_queries(project: Project) -> None:
    assert len(project.search("  ")) == 0
    assert texts(project.search("us")) != []


def test_memos_are_searched_too(project: Project) -> None:
    source_id = project.sources()[0].id
    project.set_memo("source", source_id, "The Waiting List came up twice.", title="Lists")
    project.add_journal_entry("Day one", "I felt the waiting\nlist weighed on them.")
    results = project.search("waiting list")
    kinds = sorted((h.target_kind, h.field) for h in results.memo_hits)
    assert kinds == [("journal", "body"), ("source", "body")]
    before, match, after = results.memo_context(results.memo_hits[0])
    assert match.lower() == "waiting list"
    assert len(project.search(SearchQuery("waiting list", memos=False)).memo_hits) == 0


def test_speaker_filters(project: Project) -> None:
    everyone = project.search("waiting")
    assert {h.speaker for h in everyone.hits} == {"Interviewer", "P1"}
    no_interviewer = project.search(SearchQuery("waiting", exclude_speakers=frozenset(
        {"interviewer"})))
    assert {h.speaker for h in no_interviewer.hits} == {"P1"}
    only = project.search(SearchQuery("waiting", speakers=frozenset({"Interviewer"})))
    assert {h.speaker for h in only.hits} == {"Interviewer"}
    assert "Interviewer" in project.speakers()


def test_code_and_attribute_filters(project: Project) -> None:
    source_id = project.sources()[0].id
    code = project.add_code("Access")
    start = TEXT.index("The waiting list was long.")
    project.add_coding(source_id, code, start, start + len("The waiting list was long."))
    results = project.search(SearchQuery("waiting", code_id=code))
    assert [h.start for h in results.hits] == [TEXT.index("waiting list was")]
    case = project.add_case("Ana")
    attribute = project.add_attribute("Role", "text")
    project.set_case_value(case, attribute, "Nurse")
    project.assign_source_to_case(source_id, case)
    assert len(project.search(SearchQuery("here", attribute=("Role", "nurse"))).hits) == 1
    assert len(project.search("here").hits) == 2
    assert len(project.search(SearchQuery("here", attribute=("Role", "Doctor"))).hits) == 0


def test_context_is_within_the_paragraph_and_flattened() -> None:
    text = "First paragraph.\nThe waiting\nlist was very long indeed.\nNext one."
    start = text.index("waiting")
    before, match, after = context(text, start, start + len("waiting\nlist"), width=20,
                                   bounds=(17, text.index("\nNext")))
    assert match == "waiting list"
    assert before == "The "
    assert after.startswith(" was very long")
    assert "Next" not in after


def test_sentence_and_turn_widening() -> None:
    text = "P1: One thing. The clinic called us! And then?\nmore of P1.\nP2: Other."
    paragraphs = [Paragraph(0, 0, 46, speaker="P1"), Paragraph(1, 47, 58, speaker="P1"),
                  Paragraph(2, 59, 69, speaker="P2")]
    assert text[paragraphs[2].start:paragraphs[2].end] == "P2: Other."
    pattern = compile_query("clinic")
    hit = next(find_in_source(pattern, 1, text, paragraphs))
    s, e = widen(text, paragraphs, hit, "sentence")
    assert text[s:e] == "The clinic called us!"
    s, e = widen(text, paragraphs, hit, "turn")
    assert text[s:e] == "One thing. The clinic called us! And then?\nmore of P1."
    assert widen(text, paragraphs, hit, "none") == (hit.start, hit.end)
    first = Hit(1, 4, 7, 0, "P1")
    assert text[slice(*sentence_span(text, paragraphs[0], 4, 7))] == "One thing."
    with pytest.raises(ValueError):
        widen(text, paragraphs, first, "page")


def test_chinese_sentence_widening(project: Project) -> None:
    hit = project.search("社区").hits[1]
    source = project.source(hit.source_id)
    s, e = widen(source.text, project.paragraphs(hit.source_id), hit, "sentence")
    assert source.text[s:e] == "社区很重要。"


@pytest.mark.parametrize("how", ["none", "sentence", "turn"])
def test_code_all_results_is_one_step_and_undo_restores_every_table(
        project: Project, how: str) -> None:
    code = project.add_code("Waiting")
    before = table_dump(project.store)
    depth = project.history.depth
    results = project.search("waiting")
    ids = project.code_all_hits(results.hits, code, how)
    assert project.history.depth == depth + 1
    codings = project.codings(code_id=code)
    assert len(codings) == len(ids) > 0
    if how == "none":
        assert sorted((c.start, c.end) for c in codings) == sorted(
            (h.start, h.end) for h in results.hits)
    project.undo()
    assert table_dump(project.store) == before
    project.redo()
    assert len(project.codings(code_id=code)) == len(ids)


def test_code_all_results_refuses_a_missing_code_and_leaves_nothing(project: Project) -> None:
    before = table_dump(project.store)
    hits = project.search("waiting").hits
    with pytest.raises(OperationError):
        project.code_all_hits(hits, 999)
    with pytest.raises(OperationError):
        project.code_all_hits([], project.add_code("X"))
    project.undo()
    assert table_dump(project.store) == before


def test_demo_chinese_transcript_and_memos(tmp_path: Path) -> None:
    path = tmp_path / "demo.annotator"
    build_demo(path)
    with Project.open(path) as project:
        results = project.search("社区")
        names = {results.names[h.source_id] for h in results.hits}
        assert names == {"P5_chinese_community_centre"}
        assert any(results.texts[h.source_id][h.start:h.end + 2] == "社区参与"
                   for h in results.hits)
        assert project.search("heritage").memo_hits


def test_cli_search_text_and_json(tmp_path: Path, project: Project, capsysbinary) -> None:
    path = project.path
    project.close()
    assert main(["search", str(path), "社区"]) == 0
    out = capsysbinary.readouterr().out.decode("utf-8")
    assert "Ana (2)" in out and "[社区]" in out
    assert main(["search", str(path), "waiting list", "--json",
                 "--exclude-speaker", "Interviewer"]) == 0
    data = json.loads(capsysbinary.readouterr().out.decode("utf-8"))
    assert [h["text"] for h in data["hits"]] == ["waiting list"]  # a .txt line is a paragraph
    assert data["hits"][0]["source"] == "Ana" and data["hits"][0]["speaker"] == "P1"
    assert main(["search", str(path), "x", "--code", "Nope"]) == 1
    assert main(["search", str(path), "x", "--attribute", "Role"]) == 1


def test_search_sees_every_change_and_its_undo(project: Project, tmp_path: Path) -> None:
    assert project.search("zebra").hits == []
    folder = tmp_path / "more"
    folder.mkdir()
    project.import_file(write_txt(folder, "Zed.txt", "P9: a Zebra crossing\n"))
    assert texts(project.search("zebra")) == ["Zebra"]
    project.undo()
    assert project.search("zebra").hits == []
    project.redo()
    assert len(project.search("zebra").hits) == 1


def test_a_text_whose_lowercase_is_longer_keeps_its_positions(tmp_path: Path) -> None:
    text = "P1: İstanbul then the CLINIC.\n"
    with Project.create(tmp_path / "t.annotator") as project:
        project.import_file(write_txt(tmp_path, "Tr.txt", text))
        hit = project.search("clinic").hits[0]
        assert text[hit.start:hit.end] == "CLINIC"


QUERIES = ["waiting", "The", "waiting list", "us", "社区", "straße", "P1", "here", "zebra"]


@pytest.mark.parametrize("text", QUERIES)
def test_counts_given_up_front_are_the_hits_found_one_by_one(project: Project, text: str) -> None:
    for query in (SearchQuery(text), SearchQuery(text, exclude_speakers=frozenset({"P1"})),
                  SearchQuery(text, speakers=frozenset({"interviewer"}))):
        results = project.search(query)
        expected = []
        for source in project.sources():
            full = project.source(source.id)
            hits = find_in_source(compile_query(text), source.id, full.text,
                                  project.store.sources.paragraphs(source.id))
            expected += [h for h in hits if query.speaker_allowed(h.speaker)]
        counts = {i: len(group) for i, group in results.by_source().items()}
        assert len(results.hits) == len(expected)
        assert list(results.hits) == expected
        assert counts == {i: len(list(g)) for i, g in results.by_source().items()}


def test_hits_are_made_only_when_read(project: Project, monkeypatch) -> None:
    from annotator.operations import search as search_ops

    calls = []
    real = search_ops.find_in_source
    monkeypatch.setattr(search_ops, "find_in_source",
                        lambda *args: calls.append(args[1]) or real(*args))
    results = project.search("the")
    assert calls == [] and len(results.hits) == 6
    first, last = results.hits[0], results.hits[-1]
    assert calls == [first.source_id]
    assert results.hits[1:3] == list(results.hits)[1:3] and last == list(results.hits)[-1]
    assert results.hits == list(results.hits) and results.hits != []
    with pytest.raises(IndexError):
        results.hits[6]


def test_the_index_narrows_but_never_loses_a_hit(tmp_path: Path) -> None:
    with Project.create(tmp_path / "i.annotator") as project:
        project.import_file(write_txt(tmp_path, "Tr.txt", "P1: İstanbul was far.\n"))
        project.import_file(write_txt(tmp_path, "Ke.txt", "P1: a \u212Ait of 10 \u212A.\n"))
        project.import_file(write_txt(tmp_path, "Pl.txt", "P1: plain words.\n"))
        store = project.store
        assert store.search.candidates(["plain"]) == {project.sources()[2].id}
        assert store.search.candidates(["pl", "İstanbul"]) is None  # nothing the index can use
        # "İ" has no one-to-one lower(): that text is matched with IGNORECASE, which
        # SQLite's folding does not follow, so it is read whatever the index says.
        assert [h.source_id for h in project.search("istanbul").hits] == [project.sources()[0].id]
        assert len(project.search("kit").hits) == 1  # the Kelvin sign folds to "k" both ways
        assert len(project.search('"quoted" plain').hits) == 0


def test_only_whitespace_between_paragraphs() -> None:
    from annotator.model.search import only_whitespace_between

    text = "ab\ncd\n\nef \n"
    assert only_whitespace_between(text, [Paragraph(0, 0, 2), Paragraph(1, 3, 5),
                                          Paragraph(2, 7, 9)])
    assert only_whitespace_between(" \n", []) and not only_whitespace_between(text, [])
    assert not only_whitespace_between(text, [Paragraph(0, 0, 2), Paragraph(1, 7, 9)])
    assert not only_whitespace_between("abcd", [Paragraph(0, 0, 2), Paragraph(1, 2, 4)])
    assert not only_whitespace_between(text, [Paragraph(0, 3, 5), Paragraph(1, 0, 2)])


def test_code_all_keeps_codings_already_there_and_redo_is_exact(project: Project) -> None:
    source_id = project.sources()[0].id
    code = project.add_code("Waiting")
    results = project.search("waiting")
    first = results.hits[0]
    twin = project.add_coding(source_id, code, first.start, first.end)
    before = table_dump(project.store)
    ids = project.code_all_hits(results.hits, code)
    assert ids[0] == twin and len(set(ids)) == len(ids) == len(results.hits)
    after = table_dump(project.store)
    project.undo()
    assert table_dump(project.store) == before
    project.redo()
    assert table_dump(project.store) == after


def test_the_corpus_is_read_again_only_when_transcripts_change(project: Project,
                                                                tmp_path: Path) -> None:
    index = project.store.search
    corpus = index.corpus()
    source_id = project.sources()[0].id
    code = project.add_code("Kept")
    project.add_coding(source_id, code, 0, 5)
    project.set_memo("source", source_id, "A memo.")
    assert index.corpus() is corpus  # coding and memos leave the texts as they were
    project.rename_source(source_id, "Ana B")
    renamed = index.corpus()
    assert renamed is not corpus and renamed[0].name == "Ana B"
    project.undo()
    assert index.corpus()[0].name == "Ana"
    project.import_file(write_txt(tmp_path, "Cy.txt", "P3: waiting here\n"))
    assert len(project.search("waiting").by_source()) == 2
    project.undo()
    assert len(project.search("waiting").by_source()) == 1
