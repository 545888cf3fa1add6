"""Open a .docx package safely and hand back the parsed main document part.

Everything here is about not trusting the file: the zip is read through
safe_zip.py (its sizes checked before and while inflating, so a zip bomb is
refused), the main part is found through `_rels/.rels` as the Open Packaging
Conventions say (it is not always `word/document.xml`), part names are matched
case-insensitively (OPC names are; some writers upper-case folders), and XML is
parsed by safe_xml.py with entity resolution, DTD loading and network access
switched off. A part that declares a DOCTYPE is refused outright: Word never writes one, and it
is how entity tricks (billion laughs, external entities) are smuggled in.
"""

from __future__ import annotations

import zipfile
from posixpath import normpath
from urllib.parse import unquote

from lxml import etree

from annotator.formats.errors import UnreadableFile
from annotator.formats.safe_xml import declares_doctype, has_doctype, safe_parser
from annotator.formats.safe_zip import MAX_RATIO, MAX_TOTAL_UNCOMPRESSED, SafeZip
from annotator.messages import message

# The limits every package is read under (safe_zip.py), named here for the tests.
__all__ = ["MAX_RATIO", "MAX_TOTAL_UNCOMPRESSED", "main_document", "parse_part", "safe_parser"]

RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_DOCUMENT_TYPES = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
)
W_NAMESPACES = (
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",
)


# The main part of other Office files: what the file is, if it holds one.
_OTHER_OFFICE_FILES = ("xl/workbook.xml", "ppt/presentation.xml", "content.xml")


def parse_part(xml: bytes, file_name: str) -> etree._Element:
    """Parse one XML part of the package, refusing DOCTYPEs and malformed XML."""
    if declares_doctype(xml):
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
    if has_doctype(root):
        # Belt and braces: the prolog scan above should already have caught it.
        raise UnreadableFile(file_name, message(
            "“{file}” contains XML with a document type declaration, so it was not opened.",
            file=file_name))
    return root


def main_document(data: bytes, file_name: str) -> etree._Element:
    """Return the root element (`w:document`) of the package's main part."""
    with SafeZip(data, file_name, "docx") as package:
        members = {info.filename.lower(): info for info in package.members}
        part_name = _main_part_name(package, members, file_name)
        info = members.get(part_name.lower())
        if info is None:
            raise UnreadableFile(file_name, message(
                "“{file}” is not a complete Word document: its main text part is missing; "
                "open it in Word, save it again as .docx and try again.", file=file_name))
        root = parse_part(package.read(info), file_name)
    namespace = etree.QName(root).namespace
    if namespace not in W_NAMESPACES or etree.QName(root).localname != "document":
        raise UnreadableFile(file_name, message(
            "“{file}” is not a Word document (its main part holds no text).", file=file_name))
    return root


def _main_part_name(
    package: SafeZip, members: dict[str, zipfile.ZipInfo], file_name: str
) -> str:
    rels = members.get("_rels/.rels")
    if rels is None:
        _refuse_other_kinds(members, file_name)
        if "word/document.xml" in members:
            return "word/document.xml"
        raise UnreadableFile(file_name, _not_word(file_name))
    root = parse_part(package.read(rels), file_name)
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
