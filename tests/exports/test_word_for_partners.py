"""What a partner reads in the Word exports holds no hex colours and no character offsets.

The annotated transcript, the theme report and the codebook of the demo project are read
back with zipfile and lxml alone: every visible text of the body, the comments, headers
and footers, and the document properties.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from annotator.exports.word import codebook_entries, export_transcript, project_report
from annotator.formats.docx.report import write_report
from annotator.formats.tables.codebook import write_codebook_file
from annotator.project import Project

HEX_COLOUR = re.compile(r"#?\b[0-9A-Fa-f]{6}\b")
OFFSETS = re.compile(r"\b\d+\s*[-–]\s*\d+\b")  # "723-746"; not times ("00:06")
READ = ("word/document.xml", "word/comments.xml", "docProps/core.xml", "docProps/app.xml")
DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}Z?)?\b")


def visible_texts(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        names = [n for n in package.namelist()
                 if n in READ or re.fullmatch(r"word/(header|footer)\d*\.xml", n)]
        texts = []
        for name in names:
            root = etree.fromstring(package.read(name))
            texts.append(" ".join(e.text for e in root.iter() if e.text))
    return texts


def offenders(data: bytes) -> list[str]:
    found = []
    for text in visible_texts(data):
        text = DATE.sub(" ", text)  # dates are fine, and look like "2024-05"
        found += HEX_COLOUR.findall(text) + OFFSETS.findall(text)
    return found


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from annotator.platform.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.annotator"
    build_demo(path)
    return path


def test_annotated_transcripts_show_no_colours_or_offsets(demo: Path):
    with Project.open(demo) as project:
        for source in project.sources():
            data, _ = export_transcript(project, source.id)
            assert offenders(data) == [], source.name


def test_report_and_codebook_show_no_colours_or_offsets(demo: Path, tmp_path: Path):
    with Project.open(demo) as project:
        write_report(project_report(project), tmp_path / "report.docx")
        entries = codebook_entries(project)
        write_codebook_file(entries, tmp_path / "codebook.docx", "Codebook")
    assert entries and all(HEX_COLOUR.fullmatch(e.color) for e in entries)
    assert offenders((tmp_path / "report.docx").read_bytes()) == []
    assert offenders((tmp_path / "codebook.docx").read_bytes()) == []
