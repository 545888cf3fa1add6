"""OpenDocument text import (issue 18): the corpus .odt files, a generated transcript with
every kind of block, LibreOffice's own text as the reference, and hostile packages."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from annotator.formats.errors import UnreadableFile
from annotator.formats.odt import OFFICE, TEXT
from annotator.formats.reader import read_bytes, read_file
from annotator.project import Project
from tests.formats.exported import check_codings_exported, speakers_in_order
from tests.formats.libreoffice import libreoffice_text

MORE = "transcripts-more"
NOTE = f"{MORE}/odfdo__note.odt"
TRACKED = f"{MORE}/odfdo__tracked_changes.odt"

EXPECTED_TEXT = {
    NOTE: "Un paragraphe d'apparence banale.",
    TRACKED: "Bonjour  los bonitos amigos  ça va ?",
}

NS = (f'xmlns:office="{OFFICE}" xmlns:text="{TEXT}" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/"')

TRANSCRIPT_BODY = (
    '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion>'
    '  <office:change-info><dc:creator>A</dc:creator><dc:date>2024-01-01T00:00:00</dc'
    ':date>'
    '  </office:change-info><text:p>really </text:p></text:deletion></text:changed-re'
    'gion>'
    '</text:tracked-changes>'
    '<text:h text:outline-level="1">Interview 7</text:h>'
    '<text:p>Interviewer: How did you<text:s text:c="2"/>come to the project?<text:no'
    'te text:note-class="footnote"><text:note-citation>1</text:note-citation><text:no'
    'te-body><text:p>A footnote.</text:p></text:note-body></text:note></text:p>'
    '<text:p>P7: I <text:change text:change-id="c1"/>wanted<office:annotation><dc:cre'
    'ator>B</dc:creator><text:p>A comment.</text:p></office:annotation> to help.<text'
    ':tab/>Then<text:line-break/>it grew.</text:p>'
    '<text:list><text:list-item><text:p>Interviewer: And now?</text:p></text:list-ite'
    'm>'
    '<text:list-item><text:p>P7: Now it is my work.<text:hidden-text text:is-hidden="'
    'true" text:string-value="secret"/></text:p></text:list-item></text:list>'
    '<table:table><table:table-column table:number-columns-repeated="2"/>'
    '<table:table-row><table:table-cell><text:p>Cell A1</text:p></table:table-cell>'
    '<table:table-cell table:number-columns-spanned="1"><text:p>Cell B1</text:p></tab'
    'le:table-cell></table:table-row>'
    '<table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>Merg'
    'ed</text:p></table:table-cell><table:covered-table-cell/></table:table-row>'
    '</table:table>'
    '<text:p>Interviewer: Thank you.<draw:frame draw:name="f" svg:width="2cm"><draw:t'
    'ext-box><text:p>Boxed note</text:p></draw:text-box></draw:frame></text:p>'
    '<text:p>P7: Thank you.</text:p>'
)

TRANSCRIPT_TEXT = [
    "Interview 7",
    "Interviewer: How did you  come to the project?",
    "P7: I wanted to help.\tThen\nit grew.",
    "Interviewer: And now?",
    "P7: Now it is my work.",
    "Cell A1", "Cell B1", "Merged",
    "Interviewer: Thank you.", "Boxed note",
    "P7: Thank you.",
]


def odt(body: str, extra: dict[str, bytes] | None = None, content: bytes = b"") -> bytes:
    content = content or (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS} '
               f'office:version="1.2"><office:body><office:text>{body}</office:text>'
               f'</office:body></office:document-content>').encode()
    manifest = (b'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
                b'"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                b'<manifest:file-entry manifest:full-path="/" manifest:media-type='
                b'"application/vnd.oasis.opendocument.text"/><manifest:file-entry '
                b'manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                b'</manifest:manifest>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text",
                         compress_type=zipfile.ZIP_STORED)
        package.writestr("content.xml", content)
        package.writestr("META-INF/manifest.xml", manifest)
        for name, data in (extra or {}).items():
            package.writestr(name, data)
    return out.getvalue()


@pytest.fixture
def project(tmp_path: Path):
    with Project.create(tmp_path / "p.annotator") as opened:
        yield opened


def test_every_corpus_odt_is_covered(corpus: Path) -> None:
    assert {f"{MORE}/{p.name}" for p in (corpus / MORE).glob("*.odt")} == set(EXPECTED_TEXT)


@pytest.mark.parametrize("name", sorted(EXPECTED_TEXT))
def test_corpus_odt_text_and_exact_export(name: str, corpus_copy, project: Project) -> None:
    path = corpus_copy(name)
    source_id = project.import_file(path)
    source = project.source(source_id)
    assert (source.kind, source.text) == ("odt", EXPECTED_TEXT[name])
    assert project.original_bytes(source_id) == path.read_bytes()
    assert speakers_in_order(project, source_id) == []  # not transcripts
    check_codings_exported(project, source_id)


@pytest.mark.parametrize("name", sorted(EXPECTED_TEXT))
def test_corpus_odt_against_libreoffice(name: str, corpus_copy, tmp_path: Path) -> None:
    """LibreOffice's text, less what the reader leaves out on purpose, as the Word reader
    does: note citations ("1", "i": the notes themselves are left out, and LibreOffice
    leaves out their bodies too) and tracked deletions (changes are accepted; LibreOffice
    writes the deleted text into its plain text)."""
    path = corpus_copy(name)
    expected = libreoffice_text(path, tmp_path).rstrip("\n")
    with zipfile.ZipFile(path) as package:
        root = etree.fromstring(package.read("content.xml"))
    left_out = [*(c.text for c in root.iter(f"{{{TEXT}}}note-citation")),
                *("".join(p.itertext()) for d in root.iter(f"{{{TEXT}}}deletion")
                  for p in d.iter(f"{{{TEXT}}}p"))]
    for piece in left_out:
        assert piece and piece in expected
        expected = expected.replace(piece, "", 1)
    assert read_file(path)[0].text == expected


def test_generated_transcript_blocks_in_reading_order(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "interview 7.odt"
    path.write_bytes(odt(TRANSCRIPT_BODY))
    imported, original = read_file(path)
    assert imported.text.split("\n") == [
        line for para in TRANSCRIPT_TEXT for line in para.split("\n")]
    assert [p.speaker for p in imported.paragraphs] == [
        None, "Interviewer", "P7", "Interviewer", "P7", "P7", "P7", "P7", "Interviewer",
        "Interviewer", "P7"]
    source_id = project.import_file(path)
    assert speakers_in_order(project, source_id) == ["Interviewer", "P7"]
    exported = check_codings_exported(project, source_id)
    assert exported.bold[:2] == ["Interviewer:", "P7:"]


def test_generated_transcript_against_libreoffice(tmp_path: Path) -> None:
    """Intended differences: the footnote citation "1" and the tracked deletion "really "
    that LibreOffice writes out are left out, and so are its list bullets ("•"), which the
    Word reader does not read either; LibreOffice writes a table cell per line as we do;
    its plain text leaves out text boxes, which we read (after their anchor paragraph)
    as the Word reader does."""
    path = tmp_path / "interview 7.odt"
    path.write_bytes(odt(TRANSCRIPT_BODY))
    theirs = libreoffice_text(path, tmp_path)
    theirs = theirs.replace("project?1", "project?").replace("I really wanted", "I wanted")
    ours = read_file(path)[0].text
    ours = ours.replace("Boxed note", "")  # LibreOffice's plain text leaves text boxes out
    assert [word for word in theirs.split() if word != "•"] == ours.split()


def test_flat_fodt_is_read(tmp_path: Path) -> None:
    flat = (f'<?xml version="1.0"?><office:document {NS} office:mimetype='
            f'"application/vnd.oasis.opendocument.text"><office:body><office:text>'
            f'<text:p>A: one</text:p><text:p>B: two</text:p><text:p>A: three</text:p>'
            f'</office:text></office:body></office:document>').encode()
    imported = read_bytes(flat, "flat.fodt")
    assert (imported.kind, imported.text) == ("odt", "A: one\nB: two\nA: three")


def test_hostile_packages_are_refused(tmp_path: Path) -> None:
    bomb = odt("<text:p>x</text:p>", {"Pictures/huge.xml": b"\0" * (30 * 1024 * 1024)})
    with pytest.raises(UnreadableFile, match="zip bomb"):  # refused before anything unpacks
        read_bytes(bomb, "bomb.odt")
    content_bomb = io.BytesIO()
    with zipfile.ZipFile(content_bomb, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        package.writestr("content.xml", b"<a>" + b" " * (300 * 1024 * 1024) + b"</a>")
    with pytest.raises(UnreadableFile, match="zip bomb"):
        read_bytes(content_bomb.getvalue(), "bomb.odt")
    entity = odt("", content=b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>')
    with pytest.raises(UnreadableFile, match="is damaged"):
        read_bytes(entity, "entity.odt")
    with pytest.raises(UnreadableFile, match="is damaged"):
        read_bytes(b"PK\x03\x04" + b"\0" * 100, "broken.odt")
    spreadsheet = odt("", content=(
        f'<office:document-content {NS}><office:body><office:spreadsheet/></office:body>'
        f'</office:document-content>').encode())
    with pytest.raises(UnreadableFile, match="not a text document"):
        read_bytes(spreadsheet, "sheet.odt")
