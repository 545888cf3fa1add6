"""Excerpts that cross a text box: a Word comment cannot span two stories (the body and a
text box's w:txbxContent), so the export splits such a coding at each story boundary into
comments of their own, the later ones "(continued)", and says so.

Checked with lxml alone, not with the exporter's own reader: every commentRangeStart comes
before its commentRangeEnd in document order within one story, and the text between them
is the part of the excerpt in that story.
"""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from annotator.exports.word import export_transcript
from annotator.project import Project
from tests.formats.docx.stories import comment_bodies, comment_ranges, expected_parts, story_of
from tests.formats.docx.test_annotate import marks_outside_fields

TEXT_BOX_FILES = ["docx2python__libreoffice_conversion.docx", "docx2python__nested_paragraphs.docx",
                  "mammoth__text-box.docx", "pandoc__text_in_shape_format.docx"]


@pytest.fixture
def project(tmp_path: Path) -> Project:
    with Project.create(tmp_path / "p.annotator") as opened:
        yield opened


def crossing_spans(text: str, paragraphs) -> list[tuple[int, int]]:
    """Spans from the body into each first box paragraph with text, and out of each box's
    last paragraph into the body after it; a few words either side."""
    spans = []
    for before, after in zip(paragraphs, paragraphs[1:], strict=False):
        if story_of(before.location) == story_of(after.location):
            continue
        start = max(before.start, before.end - 6)
        end = min(after.end, after.start + 6)
        if end > start:
            spans.append((start, end))
    return spans


@pytest.mark.parametrize("name", TEXT_BOX_FILES)
def test_excerpts_crossing_a_text_box_are_split_at_the_story_boundary(
        project: Project, name: str, corpus_copy) -> None:
    source_id = project.import_file(corpus_copy("tricky-docx/" + name))
    source = project.source(source_id)
    paragraphs = project.paragraphs(source_id)
    spans = crossing_spans(source.text, paragraphs)
    assert spans
    code = project.ensure_code_path("Place", "#1f77b4")
    for number, (start, end) in enumerate(spans):
        project.add_coding(source_id, code, start, end, memo=f"memo {number}", coder="Ana")
    data, notes = export_transcript(project, source_id)
    ranges, bodies = comment_ranges(data), comment_bodies(data)
    split = dropped = 0
    for coding in project.codings(source_id=source_id):
        parts = expected_parts(source.text, paragraphs, coding.start, coding.end)
        ids = sorted((i for i, body in bodies.items() if body.endswith(coding.memo)), key=int)
        assert len(ids) == len(parts), coding
        for number, part in zip(ids, parts, strict=True):
            if ranges[number] != part:  # widened only to keep its marks out of a field
                assert part in ranges[number]
                at = ranges[number].index(part)
                assert marks_outside_fields(data, number, at > 0,
                                            at + len(part) < len(ranges[number]))
        if not parts:
            dropped += 1
            continue
        assert "(continued)" not in bodies[ids[0]].split("\n")[0]
        assert all(bodies[i].split("\n")[0] == "Place (continued)" for i in ids[1:])
        split += len(parts) > 1
    if split:
        assert any("cross a text box" in note or "crosses a text box" in note for note in notes)
    if dropped:
        assert any("beside a text box" in note for note in notes)


def test_a_whole_document_excerpt_is_split_at_every_box(project: Project, corpus_copy) -> None:
    source_id = project.import_file(corpus_copy(
        "tricky-docx/docx2python__libreoffice_conversion.docx"))
    source = project.source(source_id)
    text = source.text
    paragraphs = project.paragraphs(source_id)
    box = [p for p in paragraphs if p.location.startswith("p/441/x/")]
    start, end = box[0].start - 40, box[-1].end + 60  # body, the box's table, the body again
    code = project.ensure_code_path("Form", "#ff7f0e")
    project.add_coding(source_id, code, start, end, memo="whole", coder="Ana")
    data, notes = export_transcript(project, source_id)
    ranges, bodies = comment_ranges(data), comment_bodies(data)
    ids = sorted((i for i, body in bodies.items() if body.endswith("whole")), key=int)
    parts = expected_parts(text, paragraphs, start, end)
    assert len(parts) == 3
    assert [ranges[i] for i in ids] == parts
    assert notes == ["1 excerpt crosses a text box: split into 3 comments."]


def test_an_excerpt_that_only_takes_the_break_before_a_box_is_clipped(
        project: Project, corpus_copy) -> None:
    source_id = project.import_file(corpus_copy("tricky-docx/docx2python__nested_paragraphs.docx"))
    paragraphs = project.paragraphs(source_id)
    body, box = paragraphs[0], paragraphs[1]
    code = project.ensure_code_path("Place", "#1f77b4")
    project.add_coding(source_id, code, body.end - 5, box.start, memo="clipped", coder="Ana")
    data, notes = export_transcript(project, source_id)
    ranges, bodies = comment_ranges(data), comment_bodies(data)
    ids = [i for i, text in bodies.items() if text.endswith("clipped")]
    text = project.source(source_id).text
    assert [ranges[i] for i in ids] == [text[body.end - 5:body.end]]
    assert notes == ["1 excerpt reaches a text box only by a paragraph break: its comment "
                     "stops at the box's edge."]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_libreoffice_reads_both_parts_in_their_boxes(project: Project, corpus_copy,
                                                      tmp_path: Path) -> None:
    """An excerpt from one text box into the next: LibreOffice shows two comments, one in
    each box, the second "(continued)"."""
    source_id = project.import_file(corpus_copy("tricky-docx/pandoc__text_in_shape_format.docx"))
    first, second = project.paragraphs(source_id)[1:3]
    code = project.ensure_code_path("Place", "#1f77b4")
    project.add_coding(source_id, code, first.start, second.start + 11, coder="Ana")
    data, _ = export_transcript(project, source_id)
    exported = tmp_path / "boxes.docx"
    exported.write_bytes(data)
    subprocess.run([shutil.which("soffice") or "soffice",
                    f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--convert-to", "odt", "--outdir", str(tmp_path / "odt"), str(exported)],
                   check=True, capture_output=True, timeout=300)
    with zipfile.ZipFile(tmp_path / "odt" / "boxes.odt") as package:
        content = etree.fromstring(package.read("content.xml"))
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    draw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
    text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    notes = list(content.iter(f"{{{office}}}annotation"))
    shapes = [next(a for a in n.iterancestors() if a.tag == f"{{{draw}}}custom-shape")
              for n in notes]
    assert len(notes) == 2 and shapes[0] is not shapes[1]
    bodies = ["".join(t for p in n.iter(f"{{{text}}}p") for t in p.itertext()) for n in notes]
    assert bodies == ["Place", "Place (continued)"]
