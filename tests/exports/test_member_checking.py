"""Member checking: a partner comments on an exported transcript in Word; the comments come home."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from annotator.cli.main import main
from annotator.exports.word import export_transcript, import_comments
from annotator.formats.docx.ranges import read_comments
from annotator.operations.errors import OperationError
from annotator.project import Project


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    from annotator.platform.demo import build_demo

    path = tmp_path / "demo.annotator"
    build_demo(path)
    return path


def runs_spelling(paragraph, text: str):
    """The consecutive runs of a python-docx paragraph whose text is exactly `text`."""
    runs = [r for r in paragraph.iter_inner_content() for r in getattr(r, "runs", [r])]
    for first in range(len(runs)):
        joined = ""
        for last in range(first, len(runs)):
            joined += runs[last].text
            if joined == text:
                return runs[first:last + 1]
            if not text.startswith(joined):
                break
    raise AssertionError(f"no runs spell {text!r}")


def partner_comments(data: bytes, project: Project, source_id: int, coding_ids: list[int],
                     uncoded: str, edit: bool) -> bytes:
    """What a partner does in Word: comment on two excerpts and on uncoded words, edit a word."""
    document = docx.Document(io.BytesIO(data))
    text = project.source(source_id).text
    for number, coding_id in enumerate(coding_ids):
        coding = project.coding(coding_id)
        excerpt = text[coding.start:coding.end]
        paragraph = next(p for p in document.paragraphs if excerpt in p.text)
        document.add_comment(runs_spelling(paragraph, excerpt), f"Yes, that is right {number}.",
                             author="Amina Yusuf", initials="AY")
    title = document.paragraphs[0]  # the title: uncoded
    assert title.text == uncoded
    document.add_comment(title.runs, "We said this at the meeting too.",
                         author="Amina Yusuf", initials="AY")
    if edit:
        # Changed words before and inside a commented paragraph must not throw positions off.
        for paragraph in document.paragraphs[1:]:
            for run in paragraph.runs:
                if " the " in run.text:
                    run.text = run.text.replace(" the ", " thé ", 1)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.parametrize("edit", [False, True])
def test_round_trip_puts_memos_on_the_right_excerpts(demo: Path, tmp_path: Path, edit: bool):
    with Project.open(demo) as project:
        source_id = project.sources()[0].id
        codings = project.codings(source_id=source_id)
        chosen = [c.id for c in codings[:2]]
        before = {c.id: c.memo for c in codings}
        data, _ = export_transcript(project, source_id)
        title = project.source(source_id).text.split("\n")[0]
        returned = partner_comments(data, project, source_id, chosen, title, edit)
        changed = read_comments(returned, "x.docx").text != project.source(source_id).text
        assert changed == edit
        path = tmp_path / "from partner (renamed).docx"
        path.write_bytes(returned)
        report = import_comments(project, path)
        assert report.matched_by == "document property"
        assert report.own == len(codings)
        assert report.unplaced == []
        for number, coding_id in enumerate(chosen):
            memo = project.coding(coding_id).memo
            assert memo.startswith(before[coding_id])
            assert "[Amina Yusuf, " in memo and f"Yes, that is right {number}." in memo
        untouched = [c for c in codings if c.id not in chosen]
        assert all(project.coding(c.id).memo == c.memo for c in untouched)
        assert len(report.on_text) == 1
        source_memo = project.memo_for("source", source_id)
        assert source_memo is not None
        assert f"on “{title}”: We said this at the meeting too." in source_memo.body
        # Importing the same file again changes nothing.
        memos = {c.id: project.coding(c.id).memo for c in codings}
        import_comments(project, path)
        assert {c.id: project.coding(c.id).memo for c in codings} == memos
        # One undo step takes the whole import back.
        project.undo()
        project.undo()
        assert all(project.coding(c).memo == before[c] for c in chosen)


def test_comment_on_uncoded_text_becomes_a_source_memo(demo: Path, tmp_path: Path):
    with Project.open(demo) as project:
        source_id = project.sources()[0].id
        source = project.source(source_id)
        data, _ = export_transcript(project, source_id)
        document = docx.Document(io.BytesIO(data))
        # The first paragraph (the title) carries no coding.
        title = document.paragraphs[0]
        document.add_comment(title.runs, "Nice title.", author="Sam Lee", initials="SL")
        out = tmp_path / f"{source.name} - annotated.docx"
        document.save(out)
        report = import_comments(project, out)
        assert len(report.on_text) == 1 and report.on_codings == []
        memo = project.memo_for("source", source_id)
        assert memo is not None
        assert "[Sam Lee, " in memo.body and f"on “{title.text}”: Nice title." in memo.body


def test_unknown_file_is_refused_with_a_sentence(demo: Path, tmp_path: Path, capsys):
    other = docx.Document()
    other.add_paragraph("Something else entirely.")
    path = tmp_path / "other.docx"
    other.save(path)
    with Project.open(demo) as project, pytest.raises(OperationError, match="does not match"):
        import_comments(project, path)
    assert main(["import-comments", str(demo), str(path)]) == 1
    assert "does not match any transcript" in capsys.readouterr().err


def test_cli_import_comments(demo: Path, tmp_path: Path, capsys):
    with Project.open(demo) as project:
        source_id = project.sources()[0].id
        coding = project.codings(source_id=source_id)[0]
        data, _ = export_transcript(project, source_id)
        title = project.source(source_id).text.split("\n")[0]
        returned = partner_comments(data, project, source_id, [coding.id], title, False)
    path = tmp_path / "back.docx"
    path.write_bytes(returned)
    assert main(["import-comments", str(demo), str(path)]) == 0
    out = capsys.readouterr().out
    assert "1 comment(s) on excerpts" in out


def test_the_transcripts_own_old_comments_are_not_partner_memos(tmp_path: Path):
    """A transcriber's comments in the original come back in the returned file: not memos."""
    original = docx.Document()
    first = original.add_paragraph("We talked about trust in the clinic.")
    second = original.add_paragraph("And about money, and about time.")
    for number, paragraph in enumerate((first, second)):
        original.add_comment(paragraph.runs, f"Checked against the tape {number}.",
                             author="David", initials="D")
    path = tmp_path / "David.docx"
    original.save(path)
    with Project.create(tmp_path / "p.annotator") as project:
        source_id = project.import_file(path)
        text = project.source(source_id).text
        code = project.ensure_code_path("Trust", "#1f77b4")
        at = text.index("trust")
        coding_id = project.add_coding(source_id, code, at, at + 5, coder="Jane Smith")
        data, _ = export_transcript(project, source_id)
        returned = docx.Document(io.BytesIO(data))
        # Read independently: the old comments and ours are all in the exported file.
        assert sorted(c.author for c in returned.comments) == ["David", "David", "Jane Smith"]
        returned.add_comment(returned.paragraphs[1].runs, "Not only money.",
                             author="Amina Yusuf", initials="AY")
        back = tmp_path / "David - annotated.docx"
        returned.save(back)
        report = import_comments(project, back)
        assert (report.own, report.original, len(report.placed)) == (1, 2, 1)
        assert report.placed[0].comment.author == "Amina Yusuf"
        memo = project.memo_for("source", source_id)
        assert memo is not None and "Not only money." in memo.body
        assert "tape" not in memo.body and "tape" not in project.coding(coding_id).memo
        assert any("already in the original document" in line for line in report.lines())
