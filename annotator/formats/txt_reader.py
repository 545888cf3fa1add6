"""Read a plain-text transcript (.txt, .md, .text) into text and a paragraph map.

Encodings: a byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE; the mark
itself is dropped). Without one the file must be UTF-8, except that a file which
is not valid UTF-8 but decodes as Windows-1252 is read as such: older Windows
editors (Notepad before 2019, Word's "Plain text" default) wrote that, and it is
by far the likeliest legacy encoding of a transcript. UTF-16 without a mark is
recognised by its zero bytes. Anything else, or a file with zero bytes that is
not UTF-16 (a binary file), is refused with one sentence.

Lines: CRLF and lone CR become "\\n" and nothing else changes, so the stored text
is the file's text. Each line is one Paragraph, located "l/<line index>"; a file
that ends with a line break therefore ends with an empty paragraph, which keeps
the paragraphs covering the whole text.
"""

from __future__ import annotations

import codecs

from annotator.formats.errors import UnreadableFile
from annotator.messages import message
from annotator.model.entities import ImportedText, Paragraph
from annotator.model.speakers import attribute

# Longest marks first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def read_txt(data: bytes, file_name: str) -> ImportedText:
    """Decode, normalise line ends and map one paragraph per line."""
    text = decode(data, file_name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    paragraphs = []
    start = 0
    for index, (line, (speaker, timestamp)) in enumerate(zip(lines, attribute(lines), strict=True)):
        end = start + len(line)
        paragraphs.append(Paragraph(index, start, end, f"l/{index}", speaker, timestamp))
        start = end + 1
    return ImportedText(text, tuple(paragraphs), "txt")


def decode(data: bytes, file_name: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], encoding, file_name, marked=True)
    if b"\x00" in data:
        encoding = _utf16_without_bom(data)
        if encoding is None:
            raise UnreadableFile(file_name, message(
                "“{file}” is not a text file (it contains binary data); "
                "save it as UTF-8 text (or as .docx) and try again.", file=file_name))
        return _strict(data, encoding, file_name, marked=False)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as error:
        raise UnreadableFile(file_name, message(
            "“{file}” is in a text encoding that cannot be recognised; "
            "save it as UTF-8 text (or as .docx) and try again.", file=file_name)) from error


def _strict(data: bytes, encoding: str, file_name: str, marked: bool) -> str:
    """Decode as `encoding`, which the byte-order mark named (`marked`) or the bytes suggest."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        if marked:
            raise UnreadableFile(file_name, message(
                "“{file}” is marked as {encoding} text but contains bytes that are not; "
                "save it as UTF-8 text (or as .docx) and try again.",
                file=file_name, encoding=encoding.upper())) from error
        raise UnreadableFile(file_name, message(
            "“{file}” looks like {encoding} text but contains bytes that are not; "
            "save it as UTF-8 text (or as .docx) and try again.",
            file=file_name, encoding=encoding.upper())) from error


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 with Latin text in it has zeros in every other byte; binary files do not."""
    sample = data[:4096]
    if len(sample) < 2:
        return None
    pairs = len(sample) // 2
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    # Latin text puts a zero in the high byte of most characters; CJK rarely has
    # one, so ask for a clear majority on one side rather than none on the other.
    if odd_zeros > pairs * 0.2 and even_zeros * 4 < odd_zeros:
        return "utf-16-le"
    if even_zeros > pairs * 0.2 and odd_zeros * 4 < even_zeros:
        return "utf-16-be"
    return None
