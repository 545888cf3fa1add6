"""Every run property the annotated export writes keeps the order of Word's schema (CT_RPr).

Read back with lxml alone: the order below is written out from the standard, not taken
from the exporter, so that the test cannot agree with a wrong exporter.
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
from tests.conftest import corpus_names

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
# CT_ParaRPr's revision marks, then EG_RPrBase (ECMA-376 Part 1, 17.3.2.28), then the
# Word 2010+ extensions (MS-DOCX 2.3: appended to EG_RPrBase), then the revision.
SCHEMA = (
    "ins", "del", "moveFrom", "moveTo",
    "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike",
    "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden",
    "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect",
    "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout",
    "specVanish", "oMath",
)
DOCX_NAMES = corpus_names(("transcripts", "transcripts-more", "tricky-docx"), (".docx",))


def schema_rank(child: etree._Element) -> int:
    name = etree.QName(child)
    if name.namespace == W and name.localname == "rPrChange":
        return len(SCHEMA) + 1
    if name.namespace == W and name.localname in SCHEMA:
        return SCHEMA.index(name.localname)
    return len(SCHEMA)


def main_part(data: bytes) -> etree._Element:
    """The document's body part, found as Word finds it: from the package relationships."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        relationships = etree.fromstring(package.read("_rels/.rels"))
        target = next(r.get("Target") for r in relationships
                      if r.get("Type", "").endswith("/officeDocument"))
        return etree.fromstring(package.read(target.lstrip("/")))


def misordered(data: bytes) -> list[list[str]]:
    """The child names of every w:rPr of the body that is out of schema order."""
    root = main_part(data)
    found = []
    for properties in root.iter(f"{{{W}}}rPr", "{*}rPr"):
        children = [c for c in properties if isinstance(c.tag, str)]
        ranks = [schema_rank(c) for c in children]
        if ranks != sorted(ranks):
            found.append([etree.QName(c).localname for c in children])
    return found


def shaded_runs(data: bytes) -> int:
    root = main_part(data)
    return len(root.findall(f".//{{{W}}}r/{{{W}}}rPr/{{{W}}}shd"))


@pytest.fixture
def project(tmp_path: Path) -> Project:
    with Project.create(tmp_path / "p.annotator") as opened:
        yield opened


def code_everything(project: Project, source_id: int) -> None:
    text = project.source(source_id).text
    code = project.ensure_code_path("Everything", "#1f77b4")
    other = project.ensure_code_path("Half", "#ff7f0e")
    project.add_coding(source_id, code, 0, len(text))
    if len(text) > 2:
        project.add_coding(source_id, other, len(text) // 3, 2 * len(text) // 3)


@pytest.mark.parametrize("name", DOCX_NAMES)
def test_every_exported_run_property_is_in_schema_order(project: Project, name: str,
                                                        corpus_copy):
    path = corpus_copy(name)
    original = path.read_bytes()
    try:
        source_id = project.import_file(path)
    except Exception:  # noqa: BLE001 - files the reader refuses are tested elsewhere
        pytest.skip("not importable")
    if not project.source(source_id).text.strip():
        pytest.skip("no text to code")
    code_everything(project, source_id)
    data, _ = export_transcript(project, source_id)
    already = misordered(original)
    assert [names for names in misordered(data) if names not in already] == []


def word_2010_document(tmp_path: Path) -> Path:
    """Runs carrying w14:textOutline and w14:ligatures and no w:lang, as Word 2010+ writes."""
    document = docx.Document()
    document.add_paragraph("Outlined words here.")
    document.add_paragraph("Ligature words there.")
    path = tmp_path / "w14.docx"
    document.save(path)
    with zipfile.ZipFile(path) as package:
        parts = {n: package.read(n) for n in package.namelist()}
    root = etree.fromstring(parts["word/document.xml"])
    extensions = (
        f'<w:rPr xmlns:w="{W}" xmlns:w14="{W14}"><w:b/><w:sz w:val="24"/>'
        '<w14:textOutline w14:w="9525"><w14:noFill/></w14:textOutline></w:rPr>',
        f'<w:rPr xmlns:w="{W}" xmlns:w14="{W14}"><w:i/><w:vertAlign w:val="baseline"/>'
        '<w14:ligatures w14:val="standard"/></w:rPr>',
    )
    for run, xml in zip(root.iter(f"{{{W}}}r"), extensions, strict=True):
        old = run.find(f"{{{W}}}rPr")
        if old is not None:
            run.remove(old)
        run.insert(0, etree.fromstring(xml))
    parts["word/document.xml"] = etree.tostring(root, xml_declaration=True,
                                                encoding="UTF-8", standalone=True)
    with zipfile.ZipFile(path, "w") as package:
        for name, value in parts.items():
            package.writestr(name, value)
    return path


def test_shading_goes_before_word_2010_properties(project: Project, tmp_path: Path):
    source_id = project.import_file(word_2010_document(tmp_path))
    code_everything(project, source_id)
    data, skipped = export_transcript(project, source_id)
    assert skipped == []
    assert shaded_runs(data) >= 2
    assert misordered(data) == []
    docx.Document(io.BytesIO(data))
