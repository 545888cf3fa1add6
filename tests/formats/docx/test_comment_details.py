"""Exported comments carry the coder's initials and Word's comment styles (read with lxml)."""

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


@pytest.fixture
def project(tmp_path: Path) -> Project:
    with Project.create(tmp_path / "p.annotator") as opened:
        yield opened


def transcript(tmp_path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("We talked about trust in the clinic.")
    document.add_paragraph("And about money, and about time.")
    path = tmp_path / "interview.docx"
    document.save(path)
    return path


@pytest.mark.parametrize("kind", ["docx", "txt"])
def test_initials_are_the_coders_and_paragraphs_use_comment_text(
        project: Project, tmp_path: Path, kind: str):
    if kind == "docx":
        path = transcript(tmp_path)
    else:
        path = tmp_path / "interview.txt"
        path.write_text("We talked about trust in the clinic.\nAnd about money.\n")
    source_id = project.import_file(path)
    text = project.source(source_id).text
    code = project.ensure_code_path("Trust", "#1f77b4")
    project.add_coding(source_id, code, text.index("trust"), text.index("trust") + 5,
                       memo="first line\nsecond line", coder="Jane van Smith")
    project.add_coding(source_id, code, text.index("money"), text.index("money") + 5,
                       coder="李华")
    data, skipped = export_transcript(project, source_id)
    assert skipped == []
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        comments = etree.fromstring(package.read("word/comments.xml"))
        styles = etree.fromstring(package.read("word/styles.xml"))
    ns = {"w": W}
    found = {c.get(f"{{{W}}}author"): c for c in comments.iter(f"{{{W}}}comment")}
    assert found["Jane van Smith"].get(f"{{{W}}}initials") == "JVS"
    assert found["李华"].get(f"{{{W}}}initials") == "李"
    assert "Annotator" not in {c.get(f"{{{W}}}initials") for c in found.values()}
    paragraphs = comments.xpath("//w:comment/w:p", namespaces=ns)
    assert len(paragraphs) == 4  # code path + two memo lines, code path
    assert all(p.xpath("w:pPr/w:pStyle/@w:val", namespaces=ns) == ["CommentText"]
               for p in paragraphs)
    references = comments.xpath("//w:r[w:annotationRef]/w:rPr/w:rStyle/@w:val", namespaces=ns)
    assert references == ["CommentReference"] * 2
    defined = set(styles.xpath("//w:style/@w:styleId", namespaces=ns))
    assert {"CommentText", "CommentReference"} <= defined
    # python-docx, which knows nothing of our reader, sees the same.
    read = docx.Document(io.BytesIO(data))
    assert sorted(c.initials for c in read.comments) == ["JVS", "李"]
