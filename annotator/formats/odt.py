"""Read an OpenDocument text (.odt, .ott, .fodt) into paragraphs, as the Word reader reads a .docx.

The package is opened through the one safe zip reader (safe_zip.py) and its
content.xml through the hardened parser (safe_xml.py); a flat .fodt is that same
XML on its own. The body is read in reading order, with the Word reader's
decisions (formats/docx/text.py), so that a transcript reads the same whichever
program saved it:

- paragraphs and headings (text:p, text:h) are paragraphs; lists are read item
  by item, without their numbers or bullets (nor a heading's cached number);
  sections and indexes are transparent; ruby annotations are left out, as in Word;
- tables cell by cell, row by row, each cell paragraph its own paragraph (nested
  tables included); a covered (merged-away) cell has nothing to read;
- text boxes (draw:text-box) come after the paragraph they are anchored in;
- footnotes and endnotes (text:note, its citation included), comments
  (office:annotation) and hidden text or paragraphs are left out;
- tracked changes are accepted: insertions stand in the text already, the text of
  deletions lives in text:tracked-changes, which is not read;
- text:s is its count of spaces, text:tab a tab, text:line-break a line break
  inside the paragraph; fields show their current value.
"""

from __future__ import annotations

from lxml import etree

from annotator.formats.errors import UnreadableFile
from annotator.formats.paragraphs import imported_text
from annotator.formats.safe_xml import declares_doctype, has_doctype, safe_parser
from annotator.formats.safe_zip import SafeZip
from annotator.messages import message
from annotator.model.entities import ImportedText

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"

_P, _H = f"{{{TEXT}}}p", f"{{{TEXT}}}h"
_S, _TAB, _BREAK = f"{{{TEXT}}}s", f"{{{TEXT}}}tab", f"{{{TEXT}}}line-break"
_TEXT_BOX = f"{{{DRAW}}}text-box"
_TABLE = f"{{{TABLE}}}table"
_HIDDEN_PARAGRAPH = f"{{{TEXT}}}hidden-paragraph"
_IS_HIDDEN = f"{{{TEXT}}}is-hidden"
_COUNT = f"{{{TEXT}}}c"
# Never read: notes, comments, deleted text, hidden text, declarations, and what
# is drawn rather than written.
_SKIPPED = frozenset({
    f"{{{TEXT}}}note", f"{{{OFFICE}}}annotation", f"{{{OFFICE}}}annotation-end",
    f"{{{TEXT}}}tracked-changes", f"{{{TEXT}}}hidden-text", f"{{{TABLE}}}covered-table-cell",
    f"{{{TEXT}}}sequence-decls", f"{{{TEXT}}}variable-decls", f"{{{TEXT}}}user-field-decls",
    f"{{{OFFICE}}}forms", f"{{{TEXT}}}soft-page-break", f"{{{TEXT}}}bookmark",
    f"{{{TEXT}}}number", f"{{{TEXT}}}ruby-text",
})
_ODT_MIMETYPES = (b"application/vnd.oasis.opendocument.text",)


def is_opendocument_text(data: bytes) -> bool:
    """Whether a zip is an OpenDocument text: its first member is "mimetype", stored."""
    return data[30:38] == b"mimetype" and data[38:38 + 60].startswith(_ODT_MIMETYPES)


def read_odt(data: bytes, file_name: str) -> ImportedText:
    """Import an .odt package, or a flat .fodt when `data` is XML."""
    if data.lstrip()[:5] == b"<?xml" or data.lstrip()[:1] == b"<":
        content = data
    else:
        with SafeZip(data, file_name, "odt") as package:
            member = next((i for i in package.members if i.filename == "content.xml"), None)
            if member is None:
                raise UnreadableFile(file_name, message(
                    "“{file}” is not an OpenDocument text (it has no content); open it in "
                    "LibreOffice, save it as .odt and try again.", file=file_name))
            content = package.read(member)
    root = _parse(content, file_name)
    body = root.find(f"{{{OFFICE}}}body/{{{OFFICE}}}text")
    if body is None:
        raise UnreadableFile(file_name, message(
            "“{file}” is an OpenDocument file but not a text document; open it in "
            "LibreOffice, copy the text into a new text document and import that.",
            file=file_name))
    texts: list[str] = []
    _read_container(body, texts)
    return imported_text(texts, "odt", "o")


def _parse(content: bytes, file_name: str) -> etree._Element:
    if declares_doctype(content):
        raise UnreadableFile(file_name, _damaged(file_name))
    try:
        root = etree.fromstring(content, safe_parser())
    except etree.XMLSyntaxError as error:
        raise UnreadableFile(file_name, _damaged(file_name)) from error
    if has_doctype(root):
        raise UnreadableFile(file_name, _damaged(file_name))
    return root


def _damaged(file_name: str) -> str:
    return message("“{file}” is damaged (its text cannot be read); open it in LibreOffice, "
                   "save it again and try again.", file=file_name)


def _read_container(container: etree._Element, texts: list[str]) -> None:
    """The paragraphs of a body, cell, list item, section or text box, in order."""
    for child in container:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIPPED:
            continue
        if tag in (_P, _H):
            boxes: list[etree._Element] = []
            texts.append(_paragraph_text(child, boxes))
            for box in boxes:
                _read_container(box, texts)
        elif tag == _HIDDEN_PARAGRAPH or child.get(_IS_HIDDEN) == "true":
            continue
        elif tag == _TABLE:
            for cell in _cells(child):
                _read_container(cell, texts)
        else:  # lists, list items, sections, indexes and their bodies, other wrappers
            _read_container(child, texts)


def _cells(table: etree._Element) -> list[etree._Element]:
    cells = []
    for row in table.iter(f"{{{TABLE}}}table-row"):
        if _owning_table(row) is not table:
            continue  # a row of a nested table: read inside its cell
        cells.extend(c for c in row if c.tag == f"{{{TABLE}}}table-cell")
    return cells


def _owning_table(row: etree._Element) -> etree._Element | None:
    parent = row.getparent()
    while parent is not None and parent.tag != _TABLE:
        parent = parent.getparent()
    return parent


def _paragraph_text(paragraph: etree._Element, boxes: list[etree._Element]) -> str:
    parts: list[str] = []
    _inline(paragraph, parts, boxes)
    return "".join(parts)


def _inline(element: etree._Element, parts: list[str], boxes: list[etree._Element]) -> None:
    if element.text:
        parts.append(element.text)
    for child in element:
        tag = child.tag
        if isinstance(tag, str) and tag not in _SKIPPED:
            if tag == _S:
                parts.append(" " * _count(child))
            elif tag == _TAB:
                parts.append("\t")
            elif tag == _BREAK:
                parts.append("\n")
            elif tag == _TEXT_BOX:
                boxes.append(child)
            elif tag.startswith(f"{{{DRAW}}}"):
                _boxes_in(child, boxes)
            else:
                _inline(child, parts, boxes)
        if child.tail:
            parts.append(child.tail)


def _boxes_in(drawing: etree._Element, boxes: list[etree._Element]) -> None:
    """The text boxes of a frame or shape; boxes inside them are found when they are read."""
    for child in drawing:
        if child.tag == _TEXT_BOX:
            boxes.append(child)
        elif isinstance(child.tag, str) and child.tag.startswith(f"{{{DRAW}}}"):
            _boxes_in(child, boxes)


def _count(element: etree._Element) -> int:
    try:
        return min(max(int(element.get(_COUNT, "1")), 1), 1000)
    except ValueError:
        return 1
