"""Comment marks never sit inside a field's result, which Word rewrites on update.

Read back with lxml alone: every w:commentRangeStart / w:commentRangeEnd of the export
must be outside any w:fldSimple and at field depth 0 (counting w:fldChar begin / end).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from annotator.exports.word import export_transcript
from annotator.project import Project

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
BODY = (
    f'<w:p xmlns:w="{W}"><w:r><w:t xml:space="preserve">Seen on page </w:t></w:r>'
    '<w:fldSimple w:instr=" PAGE "><w:r><w:t>12</w:t></w:r></w:fldSimple>'
    '<w:r><w:t xml:space="preserve"> dated </w:t></w:r>'
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
    '<w:r><w:instrText xml:space="preserve"> DATE \\@ "d MMMM yyyy" </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    '<w:r><w:t>3 May 2024</w:t></w:r>'
    '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    '<w:r><w:t xml:space="preserve"> and </w:t></w:r>'
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
    '<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.org" </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    '<w:r><w:t>a link kept</w:t></w:r>'
    '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    '<w:r><w:t xml:space="preserve"> to the end.</w:t></w:r></w:p>'
)


def fields_document(tmp_path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("placeholder")
    document.element.body.replace(document.paragraphs[0]._p, etree.fromstring(BODY))
    path = tmp_path / "fields.docx"
    document.save(path)
    return path


def mark_depths(data: bytes) -> list[tuple[str, int, bool]]:
    """Each comment mark: its kind, the complex-field depth there, inside a w:fldSimple."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        root = etree.fromstring(package.read("word/document.xml"))
    depth, found = 0, []
    for element in root.iter():
        name = etree.QName(element).localname
        if name == "fldChar":
            kind = element.get(f"{{{W}}}fldCharType")
            depth += {"begin": 1, "end": -1}.get(kind or "", 0)
        elif name in ("commentRangeStart", "commentRangeEnd"):
            inside = any(etree.QName(a).localname == "fldSimple" for a in element.iterancestors())
            found.append((name, depth, inside))
    return found


@pytest.fixture
def project(tmp_path: Path) -> Project:
    with Project.create(tmp_path / "p.annotator") as opened:
        yield opened


def test_comment_marks_snap_outside_recalculated_fields(project: Project, tmp_path: Path):
    source_id = project.import_file(fields_document(tmp_path))
    text = project.source(source_id).text
    assert text == "Seen on page 12 dated 3 May 2024 and a link kept to the end."
    code = project.ensure_code_path("Dates", "#1f77b4")
    spans = [("12", 2), ("May", 3), ("page 1", 6), ("2024 and", 8), ("link", 4)]
    for word, length in spans:
        at = text.index(word)
        # One coder each: the same coder's overlapping codings of a code would be joined.
        project.add_coding(source_id, code, at, at + length, memo=word, coder=f"Coder {word}")
    data, skipped = export_transcript(project, source_id)
    assert skipped == []
    marks = mark_depths(data)
    assert len(marks) == 2 * len(spans)
    outside = [mark for mark in marks if mark[1:] == (0, False)]
    # All but the two marks of the coding inside the hyperlink, whose text Word keeps.
    assert len(outside) == len(marks) - 2, marks
    assert not any(inside for *_, inside in marks)
    # The hyperlink's text is kept by Word: a coding inside it stays exactly on its words.
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        root = etree.fromstring(package.read("word/document.xml"))
    ns = {"w": W}
    link = root.xpath("//w:r[w:t='link']", namespaces=ns)
    assert link and link[0].getprevious().tag == f"{{{W}}}commentRangeStart"
