"""Read any importable file: decide what it is from its bytes, then from its name.

The content decides first, because names lie (a .doc renamed to .docx, a .docx
saved as .txt): a zip is a Word package or an OpenDocument text, an OLE2 compound
file an old Word document (converted by LibreOffice) or an encrypted one, and a
PDF or RTF signature picks that reader. Otherwise the extension picks the reader
of subtitles (.vtt, .srt, .sbv) or plain text; a .txt that is really WebVTT (a
renamed Teams or Zoom transcript) is read as subtitles. Every refusal is an
UnreadableFile whose message is one sentence for the researcher.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from annotator.formats.characters import xml_safe_text
from annotator.formats.docx.reader import read_docx
from annotator.formats.errors import UnreadableFile
from annotator.formats.legacy_doc import read_doc
from annotator.formats.odt import is_opendocument_text, read_odt
from annotator.formats.pdf import read_pdf
from annotator.formats.rtf import read_rtf
from annotator.formats.subtitles import SUBTITLE_FORMATS, read_subtitles
from annotator.formats.txt_reader import read_txt
from annotator.messages import message
from annotator.model.entities import ImportedText
from annotator.model.limits import MAX_TRANSCRIPT_CHARS

TEXT_EXTENSIONS = frozenset({".txt", ".md", ".text"})
WORD_EXTENSIONS = frozenset({".docx", ".docm", ".dotx", ".dotm"})
# Issue 18's formats: subtitles, OpenDocument, RTF, PDF and old Word (through LibreOffice).
MORE_EXTENSIONS = frozenset({*SUBTITLE_FORMATS, ".odt", ".ott", ".fodt", ".rtf", ".pdf", ".doc",
                             ".dot"})
# The one list of what can be imported: the window's import dialog, its drag and
# drop and the command line all take it from here.
TRANSCRIPT_SUFFIXES = tuple(sorted(WORD_EXTENSIONS | TEXT_EXTENSIONS | MORE_EXTENSIONS))
# REFI-QDA exchange files: a project (.qdpx, or a bare .qde) or a codebook (.qdc).
EXCHANGE_SUFFIXES = (".qdpx", ".qde", ".qdc")

# A SubRip file saved as .txt: "1", then a timing line.
_SRT_START = re.compile(rb"(?:\xef\xbb\xbf)?\s*1[ \t]*\r?\n\d\d:\d\d:\d\d,\d{3}[ \t]*-->")
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Directory entries of an OLE2 file name their streams in UTF-16 LE.
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")

# What is not supported yet, named by the file's extension (see _not_yet).
_NOT_YET = frozenset({".pages", ".csv", ".xlsx", ".ods"})
# Zip-based formats that are not Word: say so by name rather than "no Word document".
_OTHER_ZIPS = frozenset({".ods", ".xlsx", ".pages"})


def read_file(path: Path) -> tuple[ImportedText, bytes]:
    """The imported text of the file at `path` and its original bytes."""
    path = Path(path)
    data = _bytes_of(path)
    return read_bytes(data, path.name), data


def read_bytes(data: bytes, file_name: str) -> ImportedText:
    """Import bytes that came from a file called `file_name`."""
    if not data:
        raise UnreadableFile(file_name, message("“{file}” is empty.", file=file_name))
    suffix = Path(file_name).suffix.lower()
    if data.startswith(_OLE2_MAGIC):
        if _ENCRYPTED_STREAM in data:
            raise _encrypted(file_name)
        return _with_text(read_doc(data, file_name, read_docx), file_name)
    if data.startswith(_ZIP_MAGICS):
        if is_opendocument_text(data) or suffix in (".odt", ".ott"):
            return _with_text(read_odt(data, file_name), file_name)
        if suffix in _OTHER_ZIPS:
            raise UnreadableFile(file_name, _not_yet(suffix, file_name))
        return _with_text(read_docx(data, file_name), file_name)
    if b"%PDF-" in data[:1024]:  # readers allow a little junk before the header
        return _with_text(read_pdf(data, file_name), file_name)
    if data.startswith(b"{\\rtf"):
        return _with_text(read_rtf(data, file_name), file_name)
    if suffix == ".fodt":
        return _with_text(read_odt(data, file_name), file_name)
    if suffix in SUBTITLE_FORMATS:
        return _with_text(read_subtitles(data, file_name, SUBTITLE_FORMATS[suffix]), file_name)
    if suffix in TEXT_EXTENSIONS and data.lstrip(b"\xef\xbb\xbf").startswith(b"WEBVTT"):
        # Teams and Zoom transcripts are often saved or renamed as .txt.
        return _with_text(read_subtitles(data, file_name, "vtt"), file_name)
    if suffix in TEXT_EXTENSIONS and _SRT_START.match(data):
        return _with_text(read_subtitles(data, file_name, "srt"), file_name)
    if suffix in WORD_EXTENSIONS:
        raise UnreadableFile(file_name, message(
            "“{file}” is not a Word document, although its name ends in {suffix}; "
            "open it in Word, save it as .docx and try again.", file=file_name, suffix=suffix))
    if suffix in TEXT_EXTENSIONS:
        return _with_text(read_txt(data, file_name), file_name)
    if suffix in _NOT_YET:
        raise UnreadableFile(file_name, _not_yet(suffix, file_name))
    raise UnreadableFile(file_name, message(
        "“{file}” is not a kind of file Annotator can import (Word .docx or .doc, plain text "
        ".txt, subtitles .vtt, .srt or .sbv, OpenDocument .odt, RTF or PDF).", file=file_name))


def _not_yet(suffix: str, file_name: str) -> str:
    """The refusal of a kind of file that is not supported yet, by its extension."""
    match suffix:
        case ".pages":
            return message("“{file}” cannot be imported: Apple Pages files are not supported "
                           "yet; save or copy it into a Word .docx file and import that.",
                           file=file_name)
        case ".csv":
            return message("“{file}” cannot be imported: spreadsheet files (.csv) are not "
                           "supported yet; save or copy it into a Word .docx file and "
                           "import that.", file=file_name)
        case ".xlsx":
            return message("“{file}” cannot be imported: Excel workbooks are not supported "
                           "yet; save or copy it into a Word .docx file and import that.",
                           file=file_name)
        case ".ods":
            return message("“{file}” cannot be imported: OpenDocument spreadsheets are not "
                           "supported yet; save or copy it into a Word .docx file and "
                           "import that.", file=file_name)
    raise AssertionError(f"no refusal for {suffix}")


# Ten times the longest interview anyone transcribes; past this a file is a
# mistake (a log, a database dump), and reading it would stall the app.
MAX_FILE_BYTES = 100 * 1024 * 1024


def _bytes_of(path: Path) -> bytes:
    return read_regular_file(path, MAX_FILE_BYTES)


def _too_large(name: str, size: int, limit: int, exchange: bool) -> str:
    if exchange:
        return message("“{file}” is {size} MB, far larger than any REFI-QDA project, so it "
                       "was not read.", file=name, size=f"{size / 1024 / 1024:,.0f}")
    return message("“{file}” is {size} MB, too large to be a transcript; "
                   "split it into files under {limit} MB.",
                   file=name, size=f"{size / 1024 / 1024:,.0f}", limit=limit // 1024 // 1024)


READ_PIECE = 1 << 20


def read_regular_file(path: Path, limit: int, exchange: bool = False) -> bytes:
    """The bytes of the ordinary file at `path`, at most `limit` of them; every file the
    app imports is read here.

    Only a regular file is read: a FIFO would block forever and a device (a link to
    /dev/zero) never ends, so both are refused before reading. The limit is kept while
    reading, not only by the size the file claims, since a file can grow as it is read.
    `exchange`: the file is a REFI-QDA project, which its refusal names.
    """
    name = path.name
    try:
        # O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever
        # before the check below could see what it is.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
                     | getattr(os, "O_BINARY", 0))
    except FileNotFoundError as error:
        raise UnreadableFile(name, message(
            "“{file}” could not be found (it may have been moved or deleted).", file=name
        )) from error
    except IsADirectoryError as error:
        raise UnreadableFile(name, _folder(name)) from error
    except PermissionError as error:
        if path.is_dir():
            raise UnreadableFile(name, _folder(name)) from error
        raise UnreadableFile(name, message(
            "“{file}” cannot be opened: permission was refused.", file=name)) from error
    except OSError as error:
        if path.is_dir():
            raise UnreadableFile(name, _folder(name)) from error
        raise _unreadable(name, error) from error
    status = os.fstat(fd)
    if stat.S_ISDIR(status.st_mode):
        os.close(fd)
        raise UnreadableFile(name, _folder(name))
    with os.fdopen(fd, "rb") as stream:
        if not stat.S_ISREG(status.st_mode):
            raise UnreadableFile(name, message(
                "“{file}” is not an ordinary file (it is a device, a pipe or a socket), "
                "so it was not read.", file=name))
        if status.st_size > limit:
            raise UnreadableFile(name, _too_large(name, status.st_size, limit, exchange))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        # In pieces: one read(limit + 1) would allocate the whole limit up front, for a
        # small file too.
        pieces: list[bytes] = []
        size = 0
        try:
            while piece := stream.read(min(READ_PIECE, limit + 1 - size)):
                pieces.append(piece)
                size += len(piece)
                if size > limit:
                    raise UnreadableFile(name, _too_large(name, size, limit, exchange))
        except OSError as error:
            raise _unreadable(name, error) from error
    return b"".join(pieces)


def _unreadable(name: str, error: OSError) -> UnreadableFile:
    return UnreadableFile(name, message("“{file}” cannot be read ({reason}).", file=name,
                                        reason=error.strerror or str(error)))


def _folder(name: str) -> str:
    return message("“{file}” is a folder, not a file.", file=name)


def _encrypted(file_name: str) -> UnreadableFile:
    return UnreadableFile(file_name, message(
        "“{file}” is protected with a password (it is encrypted); remove the password "
        "in Word (File > Info > Protect Document) and try again.", file=file_name))


def _with_text(imported: ImportedText, file_name: str) -> ImportedText:
    """Every reader's text passes here: refused when empty, made XML-safe otherwise."""
    imported = xml_safe_text(imported)
    if not imported.text.strip():
        raise UnreadableFile(file_name, message("“{file}” contains no text to import.",
                                                file=file_name))
    check_length(imported.text, file_name)
    return imported


def check_length(text: str, file_name: str) -> None:
    """Refuse a text longer than any transcript (model/limits.py)."""
    if len(text) > MAX_TRANSCRIPT_CHARS:
        raise UnreadableFile(file_name, message(
            "“{file}” holds {n} characters, more than a transcript can ({limit}, some sixty "
            "hours of talk); split it into several files and import those.",
            file=file_name, n=f"{len(text):,}", limit=f"{MAX_TRANSCRIPT_CHARS:,}"))

