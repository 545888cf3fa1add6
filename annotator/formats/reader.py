"""Read any importable file: decide what it is from its bytes, then from its name.

The content decides first, because names lie (a .doc renamed to .docx, a .docx
saved as .txt): a zip is a Word package, an OLE2 compound file is an old Word
document or an encrypted one, and a few other well-known signatures (PDF, RTF)
are refused by name. Otherwise the extension picks the plain-text reader. Every
refusal is an UnreadableFile whose message is one sentence for the researcher.
"""

from __future__ import annotations

from pathlib import Path

from annotator.formats.docx_reader import read_docx
from annotator.formats.errors import UnreadableFile
from annotator.formats.txt_reader import read_txt
from annotator.model.entities import ImportedText

TEXT_EXTENSIONS = frozenset({".txt", ".md", ".text"})
WORD_EXTENSIONS = frozenset({".docx", ".docm", ".dotx", ".dotm"})

_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Directory entries of an OLE2 file name their streams in UTF-16 LE.
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")

_NOT_YET = {
    ".pdf": "PDF files",
    ".odt": "OpenDocument text files (.odt)",
    ".rtf": "RTF files",
    ".doc": "old Word documents (.doc)",
    ".pages": "Apple Pages files",
    ".vtt": "subtitle files (.vtt)",
    ".srt": "subtitle files (.srt)",
    ".csv": "spreadsheet files (.csv)",
    ".xlsx": "Excel workbooks",
    ".ods": "OpenDocument spreadsheets",
}
# Zip-based formats that are not Word: say so by name rather than "no Word document".
_OTHER_ZIPS = frozenset({".odt", ".ods", ".xlsx", ".pages"})
_SAVE_AS_DOCX = "save or copy it into a Word .docx file and import that"


def read_file(path: Path) -> tuple[ImportedText, bytes]:
    """The imported text of the file at `path` and its original bytes."""
    path = Path(path)
    data = _bytes_of(path)
    return read_bytes(data, path.name), data


def read_bytes(data: bytes, file_name: str) -> ImportedText:
    """Import bytes that came from a file called `file_name`."""
    if not data:
        raise UnreadableFile(file_name, "is empty")
    suffix = Path(file_name).suffix.lower()
    if data.startswith(_OLE2_MAGIC):
        raise _ole2_refusal(data, file_name)
    if data.startswith(_ZIP_MAGICS):
        if suffix in _OTHER_ZIPS:
            raise UnreadableFile(
                file_name,
                f"cannot be imported: {_NOT_YET[suffix]} are not supported yet",
                _SAVE_AS_DOCX,
            )
        return _with_text(read_docx(data, file_name), file_name)
    if data.startswith(b"%PDF-"):
        raise UnreadableFile(
            file_name, "is a PDF file, and PDF files are not supported yet", _SAVE_AS_DOCX
        )
    if data.startswith(b"{\\rtf"):
        raise UnreadableFile(
            file_name, "is an RTF file, and RTF files are not supported yet", _SAVE_AS_DOCX
        )
    if suffix in WORD_EXTENSIONS:
        raise UnreadableFile(
            file_name,
            "is not a Word document, although its name ends in " + suffix,
            "open it in Word, save it as .docx and try again",
        )
    if suffix in TEXT_EXTENSIONS:
        return _with_text(read_txt(data, file_name), file_name)
    if suffix in _NOT_YET:
        raise UnreadableFile(
            file_name,
            f"cannot be imported: {_NOT_YET[suffix]} are not supported yet",
            _SAVE_AS_DOCX,
        )
    raise UnreadableFile(
        file_name,
        "is not a kind of file Annotator can import (Word .docx or plain text .txt)",
    )


# Ten times the longest interview anyone transcribes; past this a file is a
# mistake (a log, a database dump), and reading it would stall the app.
MAX_FILE_BYTES = 100 * 1024 * 1024


def _bytes_of(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES and not path.is_dir():
            raise UnreadableFile(
                path.name,
                f"is {size / 1024 / 1024:,.0f} MB, too large to be a transcript",
                f"split it into files under {MAX_FILE_BYTES // 1024 // 1024} MB",
            )
        return path.read_bytes()
    except FileNotFoundError as error:
        raise UnreadableFile(
            path.name, "could not be found (it may have been moved or deleted)"
        ) from error
    except IsADirectoryError as error:
        raise UnreadableFile(path.name, "is a folder, not a file") from error
    except PermissionError as error:
        raise UnreadableFile(path.name, "cannot be opened: permission was refused") from error
    except OSError as error:
        if path.is_dir():
            raise UnreadableFile(path.name, "is a folder, not a file") from error
        raise UnreadableFile(path.name, f"cannot be read ({error.strerror or error})") from error


def _ole2_refusal(data: bytes, file_name: str) -> UnreadableFile:
    if _ENCRYPTED_STREAM in data:
        return UnreadableFile(
            file_name,
            "is protected with a password (it is encrypted)",
            "remove the password in Word (File > Info > Protect Document) and try again",
        )
    return UnreadableFile(
        file_name,
        "is an old-format Word document (.doc) or another old Office file, not a .docx",
        "open it in Word, save it as .docx and try again",
    )


def _with_text(imported: ImportedText, file_name: str) -> ImportedText:
    if not imported.text.strip():
        raise UnreadableFile(file_name, "contains no text to import")
    return imported
