"""Bad input: every file that cannot be imported is refused with one clear sentence."""

from __future__ import annotations

import io
import re
import shutil
import struct
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from annotator.formats.docx import package as docx_package
from annotator.formats.docx.package import safe_parser
from annotator.formats.errors import UnreadableFile
from annotator.formats.reader import read_file
from tests.helpers import allocates_at_most

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
BODY = "<w:body><w:p><w:r><w:t>Hello there</w:t></w:r></w:p></w:body>"
DOCUMENT = f'<w:document xmlns:w="{W}">{BODY}</w:document>'
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

BILLION_LAUGHS = f"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"""

XXE = f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- a comment first, to hide the declaration from a lazy check -->
<!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<w:document xmlns:w="{W}">
<w:body><w:p><w:r><w:t>x &secret; y</w:t></w:r></w:p></w:body></w:document>"""


def docx(members: dict[str, bytes | str], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as zf:
        for name, content in members.items():
            zf.writestr(name, content)
    return out.getvalue()


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def refusal(path: Path) -> str:
    """Import `path`, expecting a refusal; return its sentence after checking it is one."""
    with pytest.raises(UnreadableFile) as caught:
        read_file(path)
    sentence = str(caught.value)
    assert sentence.startswith(f"\u201c{path.name}\u201d ")
    assert sentence.endswith(".") and "\n" not in sentence
    # One sentence: no full stop followed by a new capitalised sentence inside it.
    assert not re.search(r"\.\s+[A-Z]", sentence.removeprefix(f"\u201c{path.name}\u201d"))
    return sentence


def test_renamed_doc_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "interview.docx", OLE2 + bytes(4096))
    assert refusal(path) == (
        "\u201cinterview.docx\u201d is an old-format Word document (.doc) or another old "
        "Office file, not a .docx; open it in Word, save it as .docx and try again."
    )


def test_encrypted_document_is_refused(tmp_path: Path) -> None:
    directory = (
        "EncryptedPackage".encode("utf-16-le") + bytes(64) + "EncryptionInfo".encode("utf-16-le")
    )
    path = write(tmp_path, "secret.docx", OLE2 + bytes(504) + directory + bytes(2048))
    assert "protected with a password" in refusal(path)


@pytest.mark.parametrize("keep", [0.5, 0.98])
def test_truncated_docx_is_refused(keep: float, tmp_path: Path, corpus: Path) -> None:
    whole = (corpus / "transcripts/sheffield-open-qual/Ana.docx").read_bytes()
    path = write(tmp_path, "Ana.docx", whole[: int(len(whole) * keep)])
    assert "damaged or incomplete" in refusal(path)


def test_corrupted_member_is_refused(tmp_path: Path) -> None:
    data = bytearray(docx({"_rels/.rels": RELS, "word/document.xml": DOCUMENT * 20}))
    start = data.index(b"word/document.xml") + len("word/document.xml")
    for offset in range(start + 10, start + 60):
        data[offset] ^= 0x5A  # scramble the deflated bytes; the central directory is intact
    assert "damaged" in refusal(write(tmp_path, "scrambled.docx", bytes(data)))


def test_zip_bomb_is_refused_without_inflating(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bomb = docx({"_rels/.rels": RELS, "word/document.xml": b"\0" * (50 * 1024 * 1024)})
    assert len(bomb) < 200_000  # a few kilobytes that claim fifty megabytes

    def no_inflating(*args: object, **kwargs: object) -> None:
        raise AssertionError("a member was opened before the sizes were checked")

    monkeypatch.setattr(zipfile.ZipFile, "open", no_inflating)
    assert "zip bomb" in refusal(write(tmp_path, "bomb.docx", bomb))


def test_zip_that_claims_a_huge_size_is_refused(tmp_path: Path) -> None:
    data = bytearray(docx({"_rels/.rels": RELS, "word/document.xml": DOCUMENT}, zipfile.ZIP_STORED))
    # Forge the central directory: the document now claims to unpack to ~4 GB.
    entry = data.rindex(b"PK\x01\x02")  # the last central directory entry: the document
    struct.pack_into("<I", data, entry + 24, 0xF0000000)
    assert "zip bomb" in refusal(write(tmp_path, "liar.docx", bytes(data)))


def test_billion_laughs_is_refused_quickly(tmp_path: Path) -> None:
    path = write(
        tmp_path, "laughs.docx", docx({"_rels/.rels": RELS, "word/document.xml": BILLION_LAUGHS})
    )
    with allocates_at_most(64):
        sentence = refusal(path)
    assert "document type declaration" in sentence
    assert "lol" not in sentence


@pytest.mark.parametrize("part", ["word/document.xml", "_rels/.rels"])
def test_external_entities_are_refused_and_never_read(part: str, tmp_path: Path) -> None:
    members = {"_rels/.rels": RELS, "word/document.xml": DOCUMENT}
    members[part] = (
        XXE if part == "word/document.xml" else XXE.replace("w:document", "Relationships")
    )
    path = write(tmp_path, "xxe.docx", docx(members))
    sentence = refusal(path)
    assert "document type declaration" in sentence
    assert "root:" not in sentence


def test_a_utf16_document_cannot_hide_its_doctype(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "wide.docx",
        docx(
            {
                "_rels/.rels": RELS,
                "word/document.xml": XXE.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode(
                    "utf-16"
                ),
            }
        ),
    )
    assert "document type declaration" in refusal(path)


def test_the_parser_itself_never_resolves_entities() -> None:
    # Even without the DOCTYPE check in front of it, the parser must not read files.
    root = etree.fromstring(XXE.encode(), safe_parser())
    assert b"root:" not in etree.tostring(root)
    with pytest.raises(etree.XMLSyntaxError):
        etree.fromstring(BILLION_LAUGHS.encode(), safe_parser())  # libxml2 caps amplification


@pytest.mark.parametrize("name", ["empty.docx", "empty.txt"])
def test_empty_files_are_refused(name: str, tmp_path: Path) -> None:
    assert refusal(write(tmp_path, name, b"")) == f"\u201c{name}\u201d is empty."


def test_whitespace_only_text_is_refused(tmp_path: Path) -> None:
    assert "contains no text" in refusal(write(tmp_path, "blank.txt", b"\n  \n\t\n"))


def test_package_without_its_main_part_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "hollow.docx", docx({"_rels/.rels": RELS, "word/styles.xml": "<x/>"}))
    assert "main text part is missing" in refusal(path)


@pytest.mark.parametrize(
    ("members", "expected"),
    [
        ({"readme.txt": "hello"}, "is a zip file but not a Word document"),
        (
            {"xl/workbook.xml": "<workbook/>", "[Content_Types].xml": "<Types/>"},
            "is an Excel workbook",
        ),
        (
            {"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"},
            "OpenDocument",
        ),
        (
            {
                "_rels/.rels": RELS.replace(
                    'officeDocument"', 'officeDocument" TargetMode="External"'
                )
            },
            "not a Word document",
        ),
        (
            {"_rels/.rels": RELS, "word/document.xml": "<html><body>hi</body></html>"},
            "not a Word document",
        ),
        ({"_rels/.rels": RELS, "word/document.xml": DOCUMENT[:-20]}, "not well-formed XML"),
        (
            {"_rels/.rels": RELS, "word/document.xml": DOCUMENT.replace("w:body", "w:bodies")},
            "has no body",
        ),
    ],
    ids=["plain-zip", "xlsx", "odt", "external-target", "not-wordml", "malformed", "no-body"],
)
def test_zips_that_are_not_word_documents(
    members: dict[str, str], expected: str, tmp_path: Path
) -> None:
    assert expected in refusal(write(tmp_path, "renamed.docx", docx(members)))


def test_missing_file_and_folder_are_refused(tmp_path: Path) -> None:
    assert "could not be found" in refusal(tmp_path / "gone.docx")
    folder = tmp_path / "folder.docx"
    folder.mkdir()
    assert "is a folder, not a file" in refusal(folder)


def test_other_kinds_are_read_by_their_content(tmp_path: Path, corpus: Path) -> None:
    # Issue 18: PDF, OpenDocument and RTF are read (tests/formats/test_pdf.py etc.);
    # a broken one is refused as damaged, and the content decides, not the name.
    pdf = write(tmp_path, "paper.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    assert "is damaged or is not a PDF that can be read" in refusal(pdf)
    odt = tmp_path / "ID2.odt"
    shutil.copyfile(corpus / "transcripts/qualcoder-examples/ID2.odt", odt)
    assert read_file(odt)[0].kind == "odt"
    rtf = write(tmp_path, "notes.docx", b"{\\rtf1\\ansi hello}")
    assert (read_file(rtf)[0].kind, read_file(rtf)[0].text) == ("rtf", "hello")
    unknown = write(tmp_path, "data.xyz", b"some text")
    assert "is not a kind of file Annotator can import" in refusal(unknown)


def test_text_named_docx_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "notes.docx", b"Interviewer: this is plain text")
    assert "is not a Word document, although its name ends in .docx" in refusal(path)


def test_a_docx_named_txt_is_still_read_as_word(tmp_path: Path) -> None:
    path = write(tmp_path, "odd.txt", docx({"_rels/.rels": RELS, "word/document.xml": DOCUMENT}))
    imported, _ = read_file(path)
    assert (imported.kind, imported.text) == ("docx", "Hello there")


def test_limits_are_what_the_module_says() -> None:
    assert docx_package.MAX_TOTAL_UNCOMPRESSED == 200 * 1024 * 1024
    assert docx_package.MAX_RATIO == 100


def test_a_bad_file_leaves_the_project_unchanged(tmp_path: Path) -> None:
    from annotator.project import Project

    good = tmp_path / "good.txt"
    good.write_text("Interviewer: hello\nP1: hi\n", encoding="utf-8")
    bomb = write(
        tmp_path,
        "bomb.docx",
        docx({"_rels/.rels": RELS, "word/document.xml": b"\0" * (20 * 1024 * 1024)}),
    )
    project = Project.create(tmp_path / "p.annotator")
    try:
        project.import_files([good])
        before = [(s.name, s.length) for s in project.sources()]
        with pytest.raises(UnreadableFile):
            project.import_files([good, bomb])
        assert [(s.name, s.length) for s in project.sources()] == before
    finally:
        project.close()


def test_absurdly_deep_nesting_is_refused(tmp_path: Path) -> None:
    body = "<w:tbl><w:tr><w:tc>" * 200 + "<w:p/>" + "</w:tc></w:tr></w:tbl>" * 200
    document = DOCUMENT.replace(BODY, f"<w:body>{body}</w:body>")
    path = write(tmp_path, "deep.docx", docx({"_rels/.rels": RELS, "word/document.xml": document}))
    assert "nested far more deeply than any real document" in refusal(path)
