"""Edit a coded Word transcript through the project, then export it annotated (issue 16).

Real corpus files (tables, hyperlinks, tracked changes, Chinese, fields, text boxes)
are imported, coded, edited through `Project.edit_text`, and exported with
`export_transcript`. The export is then read on its own: its visible text must be
the edited text, every coding's comment must be anchored on exactly its excerpt (the
comment ranges read back by docx/ranges.py, which reads the document with the
importer), and every paragraph that no edit and no coding touched must be the
original's `w:p`, as lxml serialises it.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from lxml import etree

from annotator.exports.word import export_transcript
from annotator.formats.docx.edit import protected_spans
from annotator.formats.docx.edit_protect import FIELD, TEXT_BOX
from annotator.formats.docx.package import main_document
from annotator.formats.docx.ranges import read_comments
from annotator.formats.docx.reader import locate_all, read_docx
from annotator.model.text_edits import TextEdit
from annotator.operations.errors import OperationError
from annotator.project import Project
from tests.formats.docx.test_edit_corpus import Tracked

FILES = [
    "tricky-docx/pandoc__tables.docx", "tricky-docx/docx2python__hyperlink.docx",
    "tricky-docx/pandoc__track_changes_insertion.docx",
    "tricky-docx/pandoc__track_changes_deletion.docx", "tricky-docx/pandoc__i18n_blocks.docx",
    "tricky-docx/pandoc__instrText_hyperlink.docx", "tricky-docx/pandoc__zotero_citations.docx",
    "tricky-docx/mammoth__text-box.docx", "tricky-docx/pandoc__drop_cap.docx",
    "tricky-docx/docx2python__merged_links.docx", "tricky-docx/pandoc__unicode.docx",
    "tricky-docx/python-docx__tbl-cell-access.docx",
    "transcripts/sheffield-open-qual/Sam.docx", "transcripts/qualcoder-examples/ID1.docx",
]


@pytest.fixture
def project(tmp_path: Path) -> Project:
    with Project.create(tmp_path / "p.annotator") as opened:
        yield opened


def code_some(project: Project, source_id: int, original: bytes, rng: random.Random) -> None:
    """Codings at random, but none reaching into a text box (the exporter clips those at
    the box's edge, and says so: tests/formats/docx/test_text_box_comments.py)."""
    text = project.source(source_id).text
    boxes = [s for s in protected_spans(original) if s.reason == TEXT_BOX]
    codes = [project.ensure_code_path("Trust", "#1f77b4"),
             project.ensure_code_path("社区", "#2ca02c")]
    for number in range(12):
        start = rng.randrange(0, max(1, len(text) - 2))
        end = min(len(text), start + rng.randint(1, 60))
        if any(start <= box.end and end >= box.start for box in boxes):
            continue
        try:
            project.add_coding(source_id, codes[number % 2], start, end, memo=f"memo {number}")
        except OperationError:
            continue  # an empty or whitespace-only span


def edit_some(project: Project, source_id: int, tracked: Tracked, rng: random.Random,
              count: int) -> int:
    """Random edits through the facade; those the original cannot follow are refused
    there (and skipped here). Returns how many were made."""
    made = 0
    for _ in range(count * 4):
        text = tracked.text
        start = rng.randrange(0, len(text) + 1)
        kind = rng.choice(["type", "delete", "replace", "split", "join"])
        if kind == "type":
            edit = TextEdit(start, start, rng.choice(["x", "新 ", "😀", " and "]))
        elif kind == "delete":
            edit = TextEdit(start, min(len(text), start + rng.randint(1, 10)), "")
        elif kind == "replace":
            edit = TextEdit(start, min(len(text), start + rng.randint(1, 10)), "Word")
        elif kind == "split":
            edit = TextEdit(start, start, "\n")
        else:
            at = text.find("\n", start)
            edit = TextEdit(at, at + 1, "") if at >= 0 else TextEdit(start, start, "y")
        if edit.start == edit.end and not edit.text:
            continue
        try:
            project.edit_text(source_id, edit)
        except OperationError:
            continue
        tracked.apply(edit)
        assert project.source(source_id).text == tracked.text
        made += 1
        if made == count:
            break
    return made


def check_export(project: Project, source_id: int, original: bytes, tracked: Tracked) -> None:
    source = project.source(source_id)
    data, skipped = export_transcript(project, source_id)
    assert skipped == []
    exported = read_docx(data, "out.docx")
    assert exported.text == source.text == tracked.text
    back = read_comments(data, "out.docx")
    by_memo = {c.text.split("\n", 1)[1]: c for c in back.comments if "\n" in c.text}
    codings = project.codings(source_id=source_id)
    fields = [s for s in protected_spans(project.original_bytes(source_id) or b"")
              if s.reason == FIELD]
    for coding in codings:
        comment = by_memo[coding.memo]
        assert comment.start is not None and comment.end is not None
        if back.anchored(comment) != source.text[coding.start:coding.end]:
            # Widened only to keep its marks out of a field that Word recalculates.
            assert comment.start <= coding.start and comment.end >= coding.end, coding
            for lo, hi in ((comment.start, coding.start), (coding.end, comment.end)):
                assert lo == hi or any(f.start <= lo and hi <= f.end for f in fields), coding
    # Paragraphs no edit and no coding touched: the original's w:p, as they were.
    before, after = main_document(original, "in.docx"), main_document(data, "out.docx")
    was = read_docx(original, "in.docx").paragraphs
    for now, paragraph in enumerate(exported.paragraphs):
        origin = tracked.origin[now]
        if origin is None or any(c.start <= paragraph.end and c.end >= paragraph.start
                                 for c in codings):
            continue
        assert [etree.tostring(p) for p in locate_all(after, paragraph.location)] == \
            [etree.tostring(p) for p in locate_all(before, was[origin].location)], paragraph


@pytest.mark.parametrize("name", FILES)
def test_edited_transcripts_export_with_every_comment_on_its_excerpt(
        project: Project, corpus_copy, name: str):
    path = corpus_copy(name)
    original = path.read_bytes()
    source_id = project.import_file(path)
    rng = random.Random(name)
    code_some(project, source_id, original, rng)
    tracked = Tracked(original)
    made = edit_some(project, source_id, tracked, rng, 15)
    assert made > 5
    check_export(project, source_id, original, tracked)
    # Undo takes the edits out of the original too.
    for _ in range(made):
        project.undo()
    data, _ = export_transcript(project, source_id)
    assert read_docx(data, "out.docx").text == read_docx(original, "x").text


def test_a_refused_edit_changes_nothing(project: Project, corpus_copy):
    path = corpus_copy("tricky-docx/pandoc__zotero_citations.docx")
    source_id = project.import_file(path)
    text = project.source(source_id).text
    start = text.index("(")  # a citation: a field Word recalculates
    with pytest.raises(OperationError, match="result of a field"):
        project.edit_text(source_id, TextEdit(start + 1, start + 2, ""))
    assert project.source(source_id).text == text
    assert project.original_bytes(source_id) == path.read_bytes()


@pytest.mark.parametrize("name", [
    "pandoc__drop_cap.docx", "mammoth__text-box.docx", "pandoc__textbox_image.docx",
    "docx2python__nested_paragraphs.docx", "pandoc__paragraph_insertion_deletion.docx",
    "pandoc__tables.docx"])
def test_splits_and_joins_next_to_merged_paragraphs_and_text_boxes(
        project: Project, corpus_copy, name: str):
    """Where a drop cap or a deleted paragraph mark merges w:p, or a paragraph anchors a
    text box, a split or a join changes the w:p numbering in ways a rule of thumb
    misses: the export must still find every paragraph."""
    path = corpus_copy("tricky-docx/" + name)
    original = path.read_bytes()
    source_id = project.import_file(path)
    rng = random.Random(1)
    code_some(project, source_id, original, rng)
    tracked = Tracked(original)
    for _ in range(40):
        text = tracked.text
        start = rng.randrange(len(text) + 1)
        at = text.find("\n", start)
        edit = TextEdit(start, start, "\n") if rng.random() < .5 or at < 0 else \
            TextEdit(at, at + 1, "")
        try:
            project.edit_text(source_id, edit)
        except OperationError:
            continue
        tracked.apply(edit)
    check_export(project, source_id, original, tracked)


def test_an_original_that_cannot_follow_is_exported_clean_and_says_why(
        project: Project, corpus_copy, monkeypatch: pytest.MonkeyPatch) -> None:
    """Should the logged edits fail to apply (a shape the checks let through), the
    export is a clean document with a note naming the reason, never a file whose text
    differs from the project's."""
    from annotator.formats.docx import edit

    source_id = project.import_file(corpus_copy("transcripts/sheffield-open-qual/Sam.docx"))
    text = project.source(source_id).text
    project.add_coding(source_id, project.add_code("Trust"), 10, 40)
    project.edit_text(source_id, TextEdit(12, 12, "really "))

    def refuse(*_args: object, **_kwargs: object) -> bytes:
        raise edit.EditRefused("The Word document cannot take this edit.")

    monkeypatch.setattr(edit, "apply_edits", refuse)
    data, notes = export_transcript(project, source_id)
    assert notes and "clean document" in notes[0] and "cannot take this edit" in notes[0]
    exported = read_docx(data, "x.docx").text
    assert exported == text[:12] + "really " + text[12:]
    read = read_comments(data, "x.docx")
    assert [read.anchored(c) for c in read.comments] == [
        project.source(source_id).text[10:47]]
