"""Checks shared by the tests of issue 18's formats: import, code at exact offsets, export.

The annotated export is read back here with lxml alone, independently of the
exporter and of formats/docx: the text of document.xml is rebuilt paragraph by
paragraph ("\\n" between paragraphs, w:tab as "\\t", w:br as "\\n"), and each
comment's anchor is the text between its commentRangeStart and commentRangeEnd.
"""

from __future__ import annotations

import io
import random
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from annotator.exports.word import export_transcript
from annotator.project import Project

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WORD = re.compile(r"\w[\w'’-]*")


@dataclass
class Exported:
    text: str  # the document's text, rebuilt from the XML
    anchors: dict[str, str]  # comment text (code path and memo) -> anchored text
    bold: list[str]  # per paragraph with bold runs, their text joined


def read_export(data: bytes) -> Exported:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        document = etree.fromstring(package.read("word/document.xml"))
        comments = etree.fromstring(package.read("word/comments.xml"))
    comment_text = {
        c.get(f"{{{W}}}id"): "\n".join("".join(p.itertext()) for p in c.iter(f"{{{W}}}p"))
        for c in comments.iter(f"{{{W}}}comment")
    }
    pieces: list[str] = []
    starts: dict[str, int] = {}
    ends: dict[str, int] = {}
    bold: list[str] = []
    length = 0
    body = document.find(f"{{{W}}}body")
    assert body is not None
    for number, paragraph in enumerate(body.iter(f"{{{W}}}p")):
        if number:
            pieces.append("\n")
            length += 1
        bold_here: list[str] = []
        for element in paragraph.iter():
            tag = element.tag
            if tag == f"{{{W}}}t":
                pieces.append(element.text or "")
                length += len(element.text or "")
                run = element.getparent()
                if run is not None and run.find(f"{{{W}}}rPr/{{{W}}}b") is not None:
                    bold_here.append(element.text or "")
            elif tag == f"{{{W}}}tab":
                pieces.append("\t")
                length += 1
            elif tag == f"{{{W}}}br":
                pieces.append("\n")
                length += 1
            elif tag == f"{{{W}}}commentRangeStart":
                starts[element.get(f"{{{W}}}id")] = length
            elif tag == f"{{{W}}}commentRangeEnd":
                ends[element.get(f"{{{W}}}id")] = length
        if bold_here:
            bold.append("".join(bold_here))
    text = "".join(pieces)
    anchors = {comment_text[i]: text[starts[i]:ends[i]] for i in starts}
    return Exported(text, anchors, bold)


def import_one(project: Project, path: Path) -> int:
    return project.import_file(path)


def spoken_words(text: str) -> list[str]:
    return WORD.findall(text)


def coded_spans(project: Project, source_id: int, seed: int = 18) -> list[tuple[int, int]]:
    """Spans worth coding: the first and last spoken words, a whole turn, a span across a
    turn boundary, and some random ones."""
    text = project.source(source_id).text
    paragraphs = [p for p in project.paragraphs(source_id) if p.end > p.start]
    words = [m.span() for m in WORD.finditer(text)]
    spans = [words[0], words[-1], (paragraphs[0].start, paragraphs[0].end)]
    if len(paragraphs) > 1:
        spans.append((paragraphs[0].end - 3, paragraphs[1].start + 4))
    rng = random.Random(seed)
    for _ in range(6):
        start = rng.randrange(0, len(text) - 1)
        spans.append((start, rng.randrange(start + 1, min(len(text), start + 120) + 1)))
    return spans


def check_codings_exported(project: Project, source_id: int) -> Exported:
    """Code the source at `coded_spans`, export it, and check every comment's anchor."""
    code = project.ensure_code_path("Issue 18/Exact", "#1f77b4")
    for number, (start, end) in enumerate(coded_spans(project, source_id)):
        project.add_coding(source_id, code, start, end, memo=f"coding {number}")
    text = project.source(source_id).text
    data, skipped = export_transcript(project, source_id)
    assert skipped == []
    exported = read_export(data)
    assert exported.text == text
    codings = project.codings(source_id=source_id)
    assert len(exported.anchors) == len(codings)
    for coding in codings:
        assert exported.anchors[f"Issue 18/Exact\n{coding.memo}"] == text[coding.start:coding.end]
    return exported


def speakers_in_order(project: Project, source_id: int) -> list[str]:
    seen: list[str] = []
    for paragraph in project.paragraphs(source_id):
        if paragraph.speaker and paragraph.speaker not in seen:
            seen.append(paragraph.speaker)
    return seen
