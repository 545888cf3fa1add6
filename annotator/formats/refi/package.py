"""Open a .qdpx package (or a bare .qde/.qdc) without trusting it.

Every member's declared size is vetted before anything is inflated (zip bombs
are refused unopened); the project document is whichever single `*.qde` the zip
holds, at any case (ATLAS.ti writes `Project.qde`, the spec both spellings);
members are found case-insensitively and by several path spellings
(`internal://x.txt`, bare `x.txt`, `Sources/` or `sources/`); XML is parsed with
entities, DTDs and network off, and a DOCTYPE is refused outright because no
REFI-QDA writer emits one and it is how entity attacks get in.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from posixpath import basename
from urllib.parse import unquote

from lxml import etree

from annotator.formats.docx.package import safe_parser
from annotator.formats.errors import UnreadableFile
from annotator.messages import message

MAX_TOTAL_UNCOMPRESSED = 1024 * 1024 * 1024
RATIO_CHECK_FROM = 1024 * 1024
MAX_RATIO = 200  # XML and text squeeze 3-30x; bombs thousands of times
MAX_MEMBERS = 100_000

_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")


def is_zip(data: bytes) -> bool:
    return data.startswith(_ZIP_MAGICS)


def parse_xml(xml: bytes, file_name: str) -> etree._Element:
    """Parse a project or codebook document; refuses DOCTYPEs and malformed XML."""
    if _DOCTYPE.search(xml[:65536].replace(b"\x00", b"")):
        raise UnreadableFile(file_name, message(
            "“{file}” contains XML with a document type declaration, which no REFI-QDA "
            "program writes and which can hide harmful content, so it was not opened.",
            file=file_name))
    try:
        root = etree.fromstring(xml, safe_parser())
    except etree.XMLSyntaxError as error:
        raise UnreadableFile(file_name, message(
            "“{file}” is damaged: its project description is not well-formed XML; "
            "export it again from the program that made it.", file=file_name)) from error
    if root is None or root.getroottree().docinfo.doctype:
        raise UnreadableFile(file_name, message(
            "“{file}” contains XML that cannot be read safely.", file=file_name))
    return root


class Package:
    """The members of a .qdpx zip, looked up forgivingly."""

    def __init__(self, data: bytes, file_name: str) -> None:
        self.file_name = file_name
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, ValueError, EOFError) as error:
            raise UnreadableFile(file_name, message(
                "“{file}” is damaged or incomplete (it is not a readable zip package, as a "
                ".qdpx must be); export it again or fetch it again.", file=file_name
            )) from error
        infos = [i for i in self._zip.infolist() if not i.is_dir()]
        self._vet(infos)
        self._by_path = {i.filename.replace("\\", "/").lower(): i for i in infos}
        self._by_base: dict[str, list[zipfile.ZipInfo]] = {}
        for info in infos:
            self._by_base.setdefault(basename(info.filename.replace("\\", "/")).lower(),
                                     []).append(info)

    def _vet(self, infos: list[zipfile.ZipInfo]) -> None:
        if len(infos) > MAX_MEMBERS:
            raise UnreadableFile(self.file_name, message(
                "“{file}” holds far more files than any project does.", file=self.file_name))
        total = 0
        for info in infos:
            total += info.file_size
            squeezed = info.file_size / max(info.compress_size, 1)
            if total > MAX_TOTAL_UNCOMPRESSED or (
                    info.file_size > RATIO_CHECK_FROM and squeezed > MAX_RATIO):
                raise UnreadableFile(self.file_name, message(
                    "“{file}” would unpack to an implausibly large size (it looks like "
                    "a zip bomb), so it was not opened.", file=self.file_name))

    def project_document(self) -> bytes:
        qdes = [i for name, i in self._by_path.items() if name.endswith(".qde")]
        if not qdes:
            raise UnreadableFile(self.file_name, message(
                "“{file}” is not a REFI-QDA project: it holds no project.qde; "
                "export it again as a REFI-QDA project (.qdpx).", file=self.file_name))
        if len(qdes) > 1:
            names = ", ".join(sorted(i.filename for i in qdes))
            raise UnreadableFile(self.file_name, message(
                "“{file}” holds more than one project document ({names}), so it is "
                "unclear which one to import.", file=self.file_name, names=names))
        return self._read(qdes[0])

    def find(self, path: str) -> bytes | None:
        """The bytes of the member that a plainTextPath/richTextPath names, or None."""
        path = unquote(path.strip())
        if path.lower().startswith(("relative:", "absolute:", "file:", "http:", "https:")):
            return None  # outside the package by definition
        name = path.split("://", 1)[1] if path.lower().startswith("internal://") else path
        name = name.replace("\\", "/").lstrip("/").lower()
        for candidate in (name, f"sources/{name}"):
            if candidate in self._by_path:
                return self._read(self._by_path[candidate])
        matches = self._by_base.get(basename(name), [])
        return self._read(matches[0]) if len(matches) == 1 else None

    def _read(self, info: zipfile.ZipInfo) -> bytes:
        try:
            return self._zip.read(info)
        except RuntimeError as error:  # zipfile's word for an encrypted member
            raise UnreadableFile(self.file_name, message(
                "“{file}” is password-protected.", file=self.file_name)) from error
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError,
                NotImplementedError) as error:
            raise UnreadableFile(self.file_name, message(
                "“{file}” is damaged or incomplete (part of it cannot be unpacked); "
                "export it again or fetch it again.", file=self.file_name)) from error
