"""REFI-QDA export: the demo as .qdpx and .qdc, valid against the standard's XSDs, stable GUIDs."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree

from annotator.cli.main import main
from annotator.formats.refi.writer import codebook_xml, project_xml
from annotator.operations.exchange import to_refi
from annotator.platform.demo import build_demo
from annotator.project import Project


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("refi") / "Demo.annotator"
    build_demo(path)
    return path


def _schema(corpus: Path, name: str) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(corpus / "refi-qda" / "schema" / name)))


def test_exported_project_validates_against_the_xsd(demo: Path, corpus: Path, tmp_path: Path):
    out = tmp_path / "demo.qdpx"
    assert main(["export", "qdpx", str(demo), "--out", str(out)]) == 0
    with zipfile.ZipFile(out) as package:
        names = package.namelist()
        qde = package.read("project.qde")
    schema = _schema(corpus, "Project.xsd")
    document = etree.fromstring(qde)
    assert schema.validate(document), schema.error_log
    with Project.open(demo) as project:
        for source in project.sources():
            # Lower-case sources/, plain text, and the original Word file as rich text.
            assert f"sources/{source.guid}.txt" in names
            assert f"sources/{source.guid}.docx" in names
        assert len(document.findall(".//{*}PlainTextSelection")) == len(project.codings())
        assert len(document.findall(".//{*}Set")) == len(project.themes())
        assert len(document.findall(".//{*}Note")) == len(project.memos())
    assert document.find("{*}Graphs/{*}Graph/{*}Vertex") is not None


def test_text_in_the_package_is_the_transcript_text(demo: Path, tmp_path: Path):
    out = tmp_path / "demo.qdpx"
    main(["export", "qdpx", str(demo), "--out", str(out)])
    with Project.open(demo) as project, zipfile.ZipFile(out) as package:
        for summary in project.sources():
            text = package.read(f"sources/{summary.guid}.txt").decode("utf-8")
            assert text == project.source(summary.id).text


def test_codebook_validates_against_the_xsd(demo: Path, corpus: Path, tmp_path: Path):
    out = tmp_path / "demo.qdc"
    assert main(["export", "codebook", str(demo), "--out", str(out)]) == 0
    schema = _schema(corpus, "Codebook.xsd")
    assert schema.validate(etree.parse(str(out))), schema.error_log


def test_two_exports_carry_the_same_guids(demo: Path):
    with Project.open(demo) as project:
        first = project_xml(to_refi(project.store, "Demo"))
        second = project_xml(to_refi(project.store, "Demo"))
        codebook = codebook_xml(to_refi(project.store, "Demo"))
    assert first == second
    guids = set(etree.fromstring(first).xpath("//@guid"))
    assert guids >= set(etree.fromstring(codebook).xpath("//@guid"))
