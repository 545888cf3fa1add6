"""A Word transcript's original follows the edits of its text (through formats/docx/edit.py)."""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree

from annotator.model.text_edits import TextEdit
from annotator.operations.errors import OperationError
from annotator.project import Project

pytest.importorskip("annotator.formats.docx.edit")

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _commented_texts(docx: bytes) -> dict[str, str]:
    """The text between each comment's range start and end, read with lxml alone."""
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        root = etree.fromstring(package.read("word/document.xml"))
    open_ids: list[str] = []
    texts: dict[str, list[str]] = {}
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag
        if event == "start" and tag == f"{W}commentRangeStart":
            open_ids.append(element.get(f"{W}id"))
            texts[open_ids[-1]] = []
        elif event == "start" and tag == f"{W}commentRangeEnd":
            open_ids.remove(element.get(f"{W}id"))
        elif event == "end" and tag == f"{W}t":
            for number in open_ids:
                texts[number].append(element.text or "")
        elif event == "end" and tag == f"{W}tab":
            for number in open_ids:
                texts[number].append("\t")
        elif event == "end" and tag == f"{W}p":
            for number in open_ids:
                texts[number].append("\n")
    return {number: "".join(parts) for number, parts in texts.items()}


def _edit_at(project: Project, source_id: int, find: Callable[[str], int], length: int,
             text: str) -> None:
    at = find(project.source(source_id).text)
    project.edit_text(source_id, TextEdit(at, at + length, text))


def test_the_annotated_export_of_an_edited_transcript_matches_it(corpus_copy, tmp_path: Path
                                                                 ) -> None:
    from annotator.exports.word import export_transcript
    from annotator.formats.docx.reader import read_docx

    path = corpus_copy("transcripts/sheffield-open-qual/Ana.docx")
    original = path.read_bytes()
    with Project.create(tmp_path / "p.annotator") as project:
        sid = project.import_file(path)
        text = project.source(sid).text
        code = project.add_code("Theme")
        rng = random.Random(7)
        for _ in range(25):
            start = rng.randrange(len(text) - 200)
            project.add_coding(sid, code, start, start + rng.randint(3, 150))
        _edit_at(project, sid, lambda t: t.index(" the ") + 1, 3, "THE")  # in a run
        _edit_at(project, sid, lambda t: t.index(". ", 400) + 1, 1, "\n")  # split
        _edit_at(project, sid, lambda t: t.index("\n", 2000), 1, " ")  # join
        _edit_at(project, sid, lambda t: t.index("interview"), 0, "new words, ")  # insert
        edited = project.original_bytes(sid)
        assert edited is not None and edited != original
        assert read_docx(edited, path.name).text == project.source(sid).text
        assert [p.location for p in read_docx(edited, path.name).paragraphs] == \
            [p.location for p in project.paragraphs(sid)]
        data, skipped = export_transcript(project, sid)
        assert skipped == []
        text = project.source(sid).text
        assert read_docx(data, path.name).text == text
        covered = sorted(text[c.start:c.end] for c in project.codings(sid))
        assert sorted(t.rstrip("\n") for t in _commented_texts(data).values()) == \
            sorted(t.rstrip("\n") for t in covered)
        for _ in range(4):
            project.undo()
        assert project.original_bytes(sid) == original
        assert project.store.edits.edit_log(sid) == []


def test_an_edit_in_a_field_result_is_refused_in_one_sentence(corpus_copy, tmp_path: Path
                                                               ) -> None:
    from annotator.formats.docx.edit import protected_spans

    path = corpus_copy("tricky-docx/pandoc__zotero_citations.docx")
    span = protected_spans(path.read_bytes(), path.name)[0]
    with Project.create(tmp_path / "p.annotator") as project:
        sid = project.import_file(path)
        project.edit_text(sid, TextEdit(0, 0, "Hi "))  # the spans move with the text
        before = project.source(sid).text
        depth = project.history.depth
        with pytest.raises(OperationError, match="field"):
            project.edit_text(sid, TextEdit(span.start + 4, span.start + 5, "x"))
        assert project.source(sid).text == before and project.history.depth == depth
        project.edit_text(sid, TextEdit(span.end + 3, span.end + 3, "!"))  # beside it: fine
        project.undo()
        project.undo()
        with pytest.raises(OperationError, match="field"):
            project.edit_text(sid, TextEdit(span.start + 1, span.start + 2, "x"))


def test_the_exchange_export_carries_the_edited_original(corpus_copy, tmp_path: Path) -> None:
    from annotator.operations.exchange.export import to_refi

    path = corpus_copy("transcripts/sheffield-open-qual/Ana.docx")
    with Project.create(tmp_path / "p.annotator") as project:
        sid = project.import_file(path)
        _edit_at(project, sid, lambda t: t.index(" the ") + 1, 3, "THE")
        rich = to_refi(project.store, "p").sources[0].rich
        assert rich == project.original_bytes(sid) != path.read_bytes()
