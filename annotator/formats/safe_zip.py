"""Read a zip package (.docx, .qdpx, .xlsx, .odt) that may have been made to do harm.

Every zip the app opens goes through SafeZip, under one set of limits:

- at most MAX_MEMBERS members (and a central directory of a size to match, so
  that a million entries are refused before zipfile parses them);
- a member may unpack to at most MAX_RATIO times its compressed size (once past
  RATIO_CHECK_FROM): real XML and text squeeze 3-30 times, a zip bomb thousands;
- all the members read from one package unpack to at most MAX_TOTAL_UNCOMPRESSED.

The declared sizes are checked first, so a bomb that admits what it is is
refused before a byte is inflated; but declared sizes can lie, so the limits are
enforced again while reading, counting the bytes as they come out of the
inflater and stopping as soon as one is passed. (zipfile itself stops at the
declared size and then fails on the checksum, so a member that claims less than
it holds is refused as damaged.) A member whose name would escape the package
(an absolute path, a drive, a `..` step) is never handed out: nothing here
writes to disk, but a caller that looks members up by name must not find one
outside the package.

Every refusal is an UnreadableFile with one sentence that names the file and,
by the kind of package, says what to do.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import PurePosixPath
from types import TracebackType
from typing import Literal

from annotator.formats.errors import UnreadableFile
from annotator.messages import message

MAX_TOTAL_UNCOMPRESSED = 200 * 1024 * 1024
MAX_MEMBERS = 10_000
MAX_RATIO = 100
RATIO_CHECK_FROM = 1024 * 1024
_CHUNK = 256 * 1024
# A central directory entry is 46 bytes and its name; a kilobyte each is generous.
_DIRECTORY_ENTRY_BYTES = 1024
_END_RECORD = b"PK\x05\x06"
_END_RECORD_SEARCH = 22 + 65535  # the record and the longest comment

Kind = Literal["docx", "qdpx", "xlsx", "odt"]


class SafeZip:
    """The members of one zip package, read under the limits above."""

    def __init__(self, data: bytes, file_name: str, kind: Kind) -> None:
        self.file_name = file_name
        self.kind = kind
        self._size = len(data)
        self._unpacked = 0
        entries, directory = _central_directory(data)
        if entries > MAX_MEMBERS or directory > MAX_MEMBERS * _DIRECTORY_ENTRY_BYTES:
            # Refused before zipfile spends seconds and memory on a million entries.
            raise UnreadableFile(file_name, _too_many(kind, file_name))
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, ValueError, EOFError, OSError) as error:
            raise UnreadableFile(file_name, _not_a_zip(kind, file_name)) from error
        if len(infos) > MAX_MEMBERS:
            raise UnreadableFile(file_name, _too_many(kind, file_name))
        for info in infos:
            # Only the ratio here: a .qdpx may carry large media that is never read.
            if info.file_size > self._ratio_ceiling(info):
                raise UnreadableFile(file_name, _bomb(file_name))
        self.members = [i for i in infos if not i.is_dir() and not escapes(i.filename)]

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self._zip.close()

    def read(self, info: zipfile.ZipInfo) -> bytes:
        """The whole member, refused as soon as it passes a limit."""
        return b"".join(self.chunks(info))

    def chunks(self, info: zipfile.ZipInfo) -> Iterator[bytes]:
        """The member's bytes as they are inflated, counted against the limits."""
        if escapes(info.filename):
            raise KeyError(info.filename)
        ceiling = self._ratio_ceiling(info)
        produced = 0
        try:
            with self._zip.open(info) as stream:
                while chunk := stream.read(_CHUNK):
                    produced += len(chunk)
                    self._unpacked += len(chunk)
                    if produced > ceiling or self._unpacked > MAX_TOTAL_UNCOMPRESSED:
                        raise UnreadableFile(self.file_name, _bomb(self.file_name))
                    yield chunk
        except RuntimeError as error:  # zipfile's word for an encrypted member
            raise UnreadableFile(self.file_name,
                                 _password(self.kind, self.file_name)) from error
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError,
                NotImplementedError) as error:
            raise UnreadableFile(self.file_name,
                                 _damaged(self.kind, self.file_name)) from error

    def _ratio_ceiling(self, info: zipfile.ZipInfo) -> int:
        """The most this member may unpack to; its compressed size cannot exceed the file."""
        packed = min(info.compress_size, self._size)
        return max(RATIO_CHECK_FROM, MAX_RATIO * packed)


def _central_directory(data: bytes) -> tuple[int, int]:
    """(entries, bytes) the end record declares for the central directory; (0, 0) if unsure.

    zipfile parses exactly the declared bytes, so bounding them bounds its work.
    """
    end = data.rfind(_END_RECORD, max(0, len(data) - _END_RECORD_SEARCH))
    if end < 0 or len(data) < end + 22:
        return 0, 0  # zipfile will say what is wrong
    entries, size = struct.unpack_from("<HI", data, end + 10)
    if entries == 0xFFFF or size == 0xFFFFFFFF:
        return 0, 0  # ZIP64: the real counts are elsewhere; the members are counted below
    return entries, size


def escapes(name: str) -> bool:
    """Whether a member name points outside the package (absolute, a drive, or `..`)."""
    name = name.replace("\\", "/")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return True
    return ".." in PurePosixPath(name).parts


def _bomb(file_name: str) -> str:
    return message("“{file}” would unpack to an implausibly large size (it looks like a zip "
                   "bomb), so it was not opened.", file=file_name)


def _not_a_zip(kind: Kind, file_name: str) -> str:
    if kind == "odt":
        return message("“{file}” is damaged or incomplete (it is not a readable zip package, "
                       "as an .odt must be); open it in LibreOffice, save it again and try "
                       "again.", file=file_name)
    if kind == "docx":
        return message("“{file}” is damaged or incomplete (it is not a readable zip package, "
                       "as a .docx must be); if it was downloaded or copied, fetch it again.",
                       file=file_name)
    if kind == "qdpx":
        return message("“{file}” is damaged or incomplete (it is not a readable zip package, "
                       "as a .qdpx must be); export it again or fetch it again.", file=file_name)
    return message("“{file}” cannot be read as a table: it is damaged or incomplete (not a "
                   "readable zip package, as an .xlsx must be); open it in Excel, save it "
                   "again and try again.", file=file_name)


def _too_many(kind: Kind, file_name: str) -> str:
    if kind == "odt":
        return message("“{file}” holds far more parts than any text document does.",
                       file=file_name)
    if kind == "docx":
        return message("“{file}” holds far more parts than any Word document does.",
                       file=file_name)
    if kind == "qdpx":
        return message("“{file}” holds far more files than any project does.", file=file_name)
    return message("“{file}” holds far more parts than any spreadsheet does.", file=file_name)


def _damaged(kind: Kind, file_name: str) -> str:
    if kind == "odt":
        return message("“{file}” is damaged or incomplete (part of it cannot be unpacked); "
                       "open it in LibreOffice, save it again and try again.", file=file_name)
    if kind == "docx":
        return message("“{file}” is damaged or incomplete (part of it cannot be unpacked); "
                       "open it in Word, save it again as .docx and try again.", file=file_name)
    if kind == "qdpx":
        return message("“{file}” is damaged or incomplete (part of it cannot be unpacked); "
                       "export it again or fetch it again.", file=file_name)
    return message("“{file}” is damaged or incomplete (part of it cannot be unpacked); "
                   "open it in Excel, save it again as .xlsx and try again.", file=file_name)


def _password(kind: Kind, file_name: str) -> str:
    if kind == "odt":
        return message("“{file}” is password-protected; remove the password in LibreOffice "
                       "(File > Properties) and try again.", file=file_name)
    if kind == "docx":
        return message("“{file}” is password-protected; remove the password in Word and try "
                       "again.", file=file_name)
    if kind == "qdpx":
        return message("“{file}” is password-protected.", file=file_name)
    return message("“{file}” is password-protected; remove the password in Excel and try "
                   "again.", file=file_name)
