"""Open a .docx package safely and hand back the parsed main document part.

Everything here is about not trusting the file: the zip's declared sizes are
checked before anything is inflated (a zip bomb is refused without being
unpacked), the main part is found through `_rels/.rels` as the Open Packaging
Conventions say (it is not always `word/document.xml`), part names are matched
case-insensitively (OPC names are; some writers upper-case folders), and XML is
parsed with entity resolution, DTD loading and network access switched off. A
part that declares a DOCTYPE is refused outright: Word never writes one, and it
is how entity tricks (billion laughs, external entities) are smuggled in.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from posixpath import normpath
from urllib.parse import unquote

from lxml import etree

from annotator.formats.errors import UnreadableFile
from annotator.messages import message

# The whole package may not claim to unpack to more than this.
MAX_TOTAL_UNCOMPRESSED = 200 * 1024 * 1024
# Members larger than this must not be squeezed more than MAX_RATIO times: real
# Word XML compresses 5-30x, a zip bomb thousands of times.
RATIO_CHECK_FROM = 1024 * 1024
MAX_RATIO = 100
MAX_MEMBERS = 10_000

RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_DOCUMENT_TYPES = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
)
W_NAMESPACES = (
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",
)

_DOCTYPE_IN_PROLOG = re.compile(rb"^(?:\s|<\?.*?\?>|<!--.*?-->)*<!DOCTYPE", re.DOTALL)

# The main part of other Office files: what the file is, if it holds one.
_OTHER_OFFICE_FILES = ("xl/workbook.xml", "ppt/presentation.xml", "content.xml")


def safe_parser() -> etree.XMLParser:
    """A parser that never fetches, never expands entities and never grows huge trees."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        remove_comments=True,
        remove_pis=True,
    )


def parse_part(xml: bytes, file_name: str) -> etree._Element:
    """Parse one XML part of the package, refusing DOCTYPEs and malformed XML."""
    if _declares_doctype(xml):
        raise UnreadableFile(file_name, message(
            "“{file}” contains XML with a document type declaration, which Word never writes "
            "and which can hide harmful content, so it was not opened.", file=file_name))
    try:
        root = etree.fromstring(xml, safe_parser())
    except etree.XMLSyntaxError as error:
        if "depth" in str(error).lower():
            raise UnreadableFile(file_name, message(
                "“{file}” is nested far more deeply than any real document, so it was not read.",
                file=file_name)) from error
        raise UnreadableFile(file_name, message(
            "“{file}” is damaged: part of it is not well-formed XML; "
            "open it in Word, save it again as .docx and try again.", file=file_name)) from error
    if root.getroottree().docinfo.doctype:
        # Belt and braces: the prolog scan above should already have caught it.
        raise UnreadableFile(file_name, message(
            "“{file}” contains XML with a document type declaration, so it was not opened.",
            file=file_name))
    return root


def main_document(data: bytes, file_name: str) -> etree._Element:
    """Return the root element (`w:document`) of the package's main part."""
    package = _open_zip(data, file_name)
    with package:
        members = _check_members(package, file_name)
        part_name = _main_part_name(package, members, file_name)
        info = members.get(part_name.lower())
        if info is None:
            raise UnreadableFile(file_name, message(
                "“{file}” is not a complete Word document: its main text part is missing; "
                "open it in Word, save it again as .docx and try again.", file=file_name))
        root = parse_part(_read(package, info, file_name), file_name)
    namespace = etree.QName(root).namespace
    if namespace not in W_NAMESPACES or etree.QName(root).localname != "document":
        raise UnreadableFile(file_name, message(
            "“{file}” is not a Word document (its main part holds no text).", file=file_name))
    return root


def _open_zip(data: bytes, file_name: str) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, EOFError) as error:
        raise UnreadableFile(file_name, message(
            "“{file}” is damaged or incomplete (it is not a readable zip package, as a .docx "
            "must be); if it was downloaded or copied, fetch it again.", file=file_name
        )) from error


def _check_members(package: zipfile.ZipFile, file_name: str) -> dict[str, zipfile.ZipInfo]:
    """Vet every member's declared sizes before a single byte is inflated."""
    infos = package.infolist()
    if len(infos) > MAX_MEMBERS:
        raise UnreadableFile(file_name, message(
            "“{file}” holds far more parts than any Word document does.", file=file_name))
    total = 0
    for info in infos:
        total += info.file_size
        squeezed = info.file_size / max(info.compress_size, 1)
        if total > MAX_TOTAL_UNCOMPRESSED or (
            info.file_size > RATIO_CHECK_FROM and squeezed > MAX_RATIO
        ):
            raise UnreadableFile(file_name, message(
                "“{file}” would unpack to an implausibly large size (it looks like a zip bomb), "
                "so it was not opened.", file=file_name))
    return {info.filename.lower(): info for info in infos}


def _read(package: zipfile.ZipFile, info: zipfile.ZipInfo, file_name: str) -> bytes:
    # zipfile stops inflating at the declared size and checks the CRC, so the
    # size vetted in _check_members is also the most this can allocate.
    try:
        return package.read(info)
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        OSError,
        ValueError,
        NotImplementedError,
    ) as error:
        raise UnreadableFile(file_name, message(
            "“{file}” is damaged or incomplete (part of it cannot be unpacked); "
            "open it in Word, save it again as .docx and try again.", file=file_name
        )) from error
    except RuntimeError as error:  # zipfile's word for "encrypted member"
        raise UnreadableFile(file_name, message(
            "“{file}” is password-protected; remove the password in Word and try again.",
            file=file_name)) from error


def _main_part_name(
    package: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], file_name: str
) -> str:
    rels = members.get("_rels/.rels")
    if rels is None:
        _refuse_other_kinds(members, file_name)
        if "word/document.xml" in members:
            return "word/document.xml"
        raise UnreadableFile(file_name, _not_word(file_name))
    root = parse_part(_read(package, rels, file_name), file_name)
    for rel in root.iter(f"{{{RELS_NS}}}Relationship"):
        if rel.get("Type") in OFFICE_DOCUMENT_TYPES and rel.get("TargetMode") != "External":
            return _resolve_target(rel.get("Target", ""))
    _refuse_other_kinds(members, file_name)
    raise UnreadableFile(file_name, _not_word(file_name))


def _not_word(file_name: str) -> str:
    return message("“{file}” is a zip file but not a Word document.", file=file_name)


def _resolve_target(target: str) -> str:
    """Turn a package-relative or absolute relationship target into a member name."""
    # The package root is the source of _rels/.rels, so relative and absolute
    # targets both resolve from the root.
    return normpath(unquote(target).lstrip("/")).lstrip("/")


def _refuse_other_kinds(members: dict[str, zipfile.ZipInfo], file_name: str) -> None:
    found = next((member for member in _OTHER_OFFICE_FILES if member in members), None)
    if found == "xl/workbook.xml":
        raise UnreadableFile(file_name, message(
            "“{file}” is an Excel workbook, not a Word document; "
            "only Word files can be imported.", file=file_name))
    if found == "ppt/presentation.xml":
        raise UnreadableFile(file_name, message(
            "“{file}” is a PowerPoint presentation, not a Word document; "
            "only Word files can be imported.", file=file_name))
    if found == "content.xml":
        raise UnreadableFile(file_name, message(
            "“{file}” is an OpenDocument file, not a Word document; "
            "only Word files can be imported.", file=file_name))


def _declares_doctype(xml: bytes) -> bool:
    head = xml[:65536]
    if b"DOCTYPE" not in head and b"\x00" not in head[:4]:
        return False  # the common case, decided by one fast search
    if b"\x00" in head[:4]:
        # UTF-16 XML (allowed, if unusual): look at it as text.
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            encoding = "utf-16"
        else:
            encoding = "utf-16-be" if head.startswith(b"\x00") else "utf-16-le"
        head = head.decode(encoding, errors="ignore").encode("utf-8")
    head = head.removeprefix(b"\xef\xbb\xbf")
    return _DOCTYPE_IN_PROLOG.match(head) is not None
