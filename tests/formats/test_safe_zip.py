"""The one safe-archive reader: every zip the app opens is refused in one sentence when it
would unpack too far, holds too many members, lies about its sizes or names a member
outside itself; and the three readers (.docx, .qdpx, .xlsx) all go through it."""

from __future__ import annotations

import io
import re
import struct
import zipfile
from pathlib import Path

import pytest

from annotator.formats import safe_zip
from annotator.formats.errors import UnreadableFile
from annotator.formats.reader import read_bytes
from annotator.formats.refi.reader import read_exchange_bytes, read_exchange_file
from annotator.formats.safe_zip import SafeZip, escapes
from annotator.formats.tables.attribute_sheet import read_sheet
from tests.helpers import allocates_at_most

RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOCUMENT = (f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>Hi</w:t></w:r></w:p></w:body>'
            "</w:document>")
QDE = '<Project xmlns="urn:QDA-XML:project:1.0" name="p"/>'


def zipped(members: dict[str, bytes | str], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as package:
        for name, content in members.items():
            package.writestr(name, content)
    return out.getvalue()


def one_sentence(error: pytest.ExceptionInfo[UnreadableFile], name: str) -> str:
    sentence = str(error.value)
    assert sentence.startswith(f"“{name}” ") and sentence.endswith(".")
    assert "\n" not in sentence
    assert not re.search(r"\.\s+[A-Z]", sentence.removeprefix(f"“{name}”"))
    return sentence


def test_one_set_of_limits_for_every_package() -> None:
    from annotator.formats.docx import package as docx_package

    assert docx_package.MAX_TOTAL_UNCOMPRESSED is safe_zip.MAX_TOTAL_UNCOMPRESSED
    assert docx_package.MAX_RATIO is safe_zip.MAX_RATIO
    # No reader opens a zip of its own: every ZipFile for reading is safe_zip's.
    root = Path(safe_zip.__file__).parent
    for module in root.rglob("*.py"):
        if module.name == "safe_zip.py":
            continue
        for line in module.read_text(encoding="utf-8").splitlines():
            if "ZipFile(" in line:
                assert '"w"' in line, f"{module.name} opens a zip outside safe_zip: {line}"


def bomb_of(kind: str) -> tuple[str, bytes]:
    zeros = b"\0" * (30 * 1024 * 1024)
    if kind == "docx":
        return "bomb.docx", zipped({"_rels/.rels": RELS, "word/document.xml": zeros})
    if kind == "qdpx":
        return "bomb.qdpx", zipped({"project.qde": QDE, "sources/a.txt": zeros})
    return "bomb.xlsx", zipped({"[Content_Types].xml": "<Types/>",
                                "xl/worksheets/sheet1.xml": zeros})


def read_as(kind: str, name: str, data: bytes, tmp_path: Path) -> None:
    if kind == "docx":
        read_bytes(data, name)
    elif kind == "qdpx":
        read_exchange_bytes(data, name)
    else:
        path = tmp_path / name
        path.write_bytes(data)
        read_sheet(path)


@pytest.mark.parametrize("kind", ["docx", "qdpx", "xlsx"])
def test_a_bomb_by_ratio_is_refused_before_inflating(kind: str, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    name, data = bomb_of(kind)
    assert len(data) < 100_000  # tens of kilobytes that claim thirty megabytes

    def no_inflating(*args: object, **kwargs: object) -> None:
        raise AssertionError("a member was opened before the sizes were checked")

    monkeypatch.setattr(zipfile.ZipFile, "open", no_inflating)
    with pytest.raises(UnreadableFile) as refused:
        read_as(kind, name, data, tmp_path)
    assert "zip bomb" in one_sentence(refused, name)


@pytest.mark.parametrize("kind", ["docx", "qdpx", "xlsx"])
def test_too_many_members_are_refused(kind: str, tmp_path: Path) -> None:
    members: dict[str, bytes | str] = {f"m/{n}.xml": "" for n in range(safe_zip.MAX_MEMBERS + 1)}
    data = zipped(members, zipfile.ZIP_STORED)
    name = f"crowded.{kind}"
    with pytest.raises(UnreadableFile) as refused:
        read_as(kind, name, data, tmp_path)
    assert "far more" in one_sentence(refused, name)


@pytest.mark.parametrize("field", ["entries", "directory bytes"])
def test_a_crowded_central_directory_is_refused_before_it_is_parsed(
        field: str, monkeypatch: pytest.MonkeyPatch) -> None:
    data = bytearray(zipped({"_rels/.rels": RELS, "word/document.xml": DOCUMENT}))
    end = data.rindex(b"PK\x05\x06")
    if field == "entries":
        struct.pack_into("<HH", data, end + 8, 60_000, 60_000)
    else:  # few entries claimed, but a directory as large as a million of them
        struct.pack_into("<I", data, end + 12, 80_000_000)

    def no_parsing(*args: object, **kwargs: object) -> None:
        raise AssertionError("zipfile parsed the directory before it was vetted")

    monkeypatch.setattr(safe_zip.zipfile, "ZipFile", no_parsing)
    with pytest.raises(UnreadableFile) as refused:
        read_bytes(bytes(data), "crowded.docx")
    assert "far more parts" in one_sentence(refused, "crowded.docx")


def forge(data: bytes, member: str, *, file_size: int | None = None,
          compress_size: int | None = None) -> bytes:
    """Rewrite the central directory's sizes of `member`; the data stays as it was."""
    forged = bytearray(data)
    entry = forged.rindex(b"PK\x01\x02", 0, forged.rindex(member.encode()) + 1)
    if compress_size is not None:
        struct.pack_into("<I", forged, entry + 20, compress_size)
    if file_size is not None:
        struct.pack_into("<I", forged, entry + 24, file_size)
    return bytes(forged)


def test_a_member_that_claims_less_than_it_holds_gives_no_more_than_it_claims() -> None:
    honest = zipped({"_rels/.rels": RELS, "word/document.xml": b"\0" * (40 * 1024 * 1024)})
    liar = forge(honest, "word/document.xml", file_size=200_000)  # passes the declared check
    with SafeZip(liar, "liar.docx", "docx") as package:
        [_, document] = package.members
        produced = 0
        with pytest.raises(UnreadableFile) as refused:
            for chunk in package.chunks(document):
                produced += len(chunk)
    assert produced <= 200_000
    assert "damaged or incomplete" in one_sentence(refused, "liar.docx")
    with pytest.raises(UnreadableFile) as refused:
        read_bytes(liar, "liar.docx")
    one_sentence(refused, "liar.docx")


def test_a_member_that_claims_more_than_the_file_holds_is_a_bomb() -> None:
    honest = zipped({"_rels/.rels": RELS, "word/document.xml": DOCUMENT})
    liar = forge(honest, "word/document.xml", file_size=3_000_000_000,
                 compress_size=3_000_000_000)
    with pytest.raises(UnreadableFile) as refused:
        read_bytes(liar, "liar.docx")
    assert "zip bomb" in one_sentence(refused, "liar.docx")


def test_the_total_is_counted_as_the_bytes_come_out(monkeypatch: pytest.MonkeyPatch) -> None:
    # Members each within the ratio, together past the total: only counting sees it.
    data = zipped({f"sources/{n}.txt": bytes(range(256)) * 4096 for n in range(4)})
    monkeypatch.setattr(safe_zip, "MAX_TOTAL_UNCOMPRESSED", 5 * 1024 * 1024 // 2)
    with SafeZip(data, "many.qdpx", "qdpx") as package:
        package.read(package.members[0])
        package.read(package.members[1])
        with pytest.raises(UnreadableFile) as refused:
            package.read(package.members[2])
    assert "zip bomb" in one_sentence(refused, "many.qdpx")


@pytest.mark.parametrize("name", ["../outside.txt", "/etc/passwd", "C:/Windows/x.txt",
                                  "sources/../../up.txt", "..\\..\\evil.txt"])
def test_a_member_named_outside_the_package_is_never_found(name: str) -> None:
    assert escapes(name)
    data = zipped({"project.qde": QDE, name: "escaped", "sources/in.txt": "inside"})
    with SafeZip(data, "hostile.qdpx", "qdpx") as package:
        assert sorted(i.filename for i in package.members) == ["project.qde", "sources/in.txt"]
        escaping = next(i for i in package._zip.infolist() if i.filename == name)
        with pytest.raises(KeyError):
            package.read(escaping)
    assert not escapes("word/document.xml") and not escapes("a..b/c.xml")


def test_a_bare_project_document_has_a_size_cap(tmp_path: Path) -> None:
    huge = tmp_path / "huge.qde"
    with huge.open("wb") as stream:
        stream.write(b"<Project")
        stream.truncate(safe_zip.MAX_TOTAL_UNCOMPRESSED + 1)  # sparse: nothing on disk
    with allocates_at_most(64), pytest.raises(UnreadableFile) as refused:
        read_exchange_file(huge)
    assert "far larger than any REFI-QDA project" in one_sentence(refused, "huge.qde")


@pytest.fixture(scope="module")
def huge_sheet() -> bytes:
    """An .xlsx of about half a megabyte whose one sheet unpacks to 192 MB (issue 14.15)."""
    row = b"<row>" + b'<c s="1"/>' * 1000 + b"</row>"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        with package.open("xl/worksheets/sheet1.xml", "w") as sheet:
            sheet.write(b'<worksheet xmlns="http://schemas.openxmlformats.org/'
                        b'spreadsheetml/2006/main"><sheetData>')
            for _ in range(192 * 1024 * 1024 // len(row)):
                sheet.write(row)
            sheet.write(b"</sheetData></worksheet>")
    return out.getvalue()


def test_a_half_megabyte_xlsx_that_unpacks_to_192_mb_is_refused_fast(
        huge_sheet: bytes, tmp_path: Path) -> None:
    assert len(huge_sheet) < 600 * 1024
    path = tmp_path / "facesheet.xlsx"
    path.write_bytes(huge_sheet)
    with allocates_at_most(64), pytest.raises(UnreadableFile) as refused:
        read_sheet(path)
    assert "zip bomb" in one_sentence(refused, "facesheet.xlsx")
    # The same sheet claiming a plausible size stops at that size.
    liar = tmp_path / "liar.xlsx"
    liar.write_bytes(forge(huge_sheet, "xl/worksheets/sheet1.xml", file_size=900_000))
    with allocates_at_most(64), pytest.raises(UnreadableFile) as refused:
        read_sheet(liar)
    assert "damaged or incomplete" in one_sentence(refused, "liar.xlsx")


def test_a_real_sheet_still_reads(corpus_copy) -> None:
    sheet = read_sheet(corpus_copy(
        "transcripts/sheffield-open-qual/Interview Participant - Facesheet information.xlsx"))
    assert sheet.rows and sheet.columns


def test_a_sheet_claiming_every_column_reads_only_its_cells(tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.append(["Participant", "Age"])
    workbook.active.append(["P1", 34])
    path = tmp_path / "wide.xlsx"
    workbook.save(path)
    parts = {}
    with zipfile.ZipFile(path) as package:
        for info in package.infolist():
            parts[info.filename] = package.read(info)
    sheet = parts["xl/worksheets/sheet1.xml"]
    parts["xl/worksheets/sheet1.xml"] = re.sub(rb'<dimension ref="[^"]*"/>',
                                               b'<dimension ref="A1:XFD1048576"/>', sheet)
    path.write_bytes(zipped(parts))
    with allocates_at_most(64):
        result = read_sheet(path)
    assert [c.name for c in result.columns] == ["Participant", "Age"]
    assert result.rows == (("P1", "34"),)
