"""Open a .qdpx package (or a bare .qde/.qdc) without trusting it.

The zip is read through safe_zip.py (sizes checked before and while inflating,
so zip bombs are refused, and no member outside the package is ever found); the
project document is whichever single `*.qde` the zip holds, at any case
(ATLAS.ti writes `Project.qde`, the spec both spellings); members are found
case-insensitively and by several path spellings (`internal://x.txt`, bare
`x.txt`, `Sources/` or `sources/`), in the zip or, for a bare `.qde`, in the
folder beside it (an unzipped export); XML is parsed by safe_xml.py with entities,
DTDs and network off, and a DOCTYPE is refused outright because no REFI-QDA
writer emits one and it is how entity attacks get in.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from posixpath import basename
from urllib.parse import unquote

from lxml import etree

from annotator.formats.errors import UnreadableFile
from annotator.formats.reader import read_regular_file
from annotator.formats.safe_xml import declares_doctype, has_doctype, safe_parser
from annotator.formats.safe_zip import MAX_TOTAL_UNCOMPRESSED, SafeZip
from annotator.messages import message

_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")


def is_zip(data: bytes) -> bool:
    return data.startswith(_ZIP_MAGICS)


def parse_xml(xml: bytes, file_name: str) -> etree._Element:
    """Parse a project or codebook document; refuses DOCTYPEs and malformed XML."""
    if declares_doctype(xml):
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
    if root is None or has_doctype(root):
        raise UnreadableFile(file_name, message(
            "“{file}” contains XML that cannot be read safely.", file=file_name))
    return root


class Package:
    """The members of a .qdpx zip, looked up forgivingly."""

    def __init__(self, data: bytes, file_name: str) -> None:
        self.file_name = file_name
        self._zip = SafeZip(data, file_name, "qdpx")
        infos = self._zip.members
        self._by_path = {i.filename.replace("\\", "/").lower(): i for i in infos}
        self._by_base: dict[str, list[zipfile.ZipInfo]] = {}
        for info in infos:
            self._by_base.setdefault(basename(info.filename.replace("\\", "/")).lower(),
                                     []).append(info)

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
        return self._zip.read(qdes[0])

    def find(self, path: str) -> bytes | None:
        """The bytes of the member that a plainTextPath/richTextPath names, or None."""
        name = _member_name(path)
        if name is None:
            return None
        for candidate in (name, f"sources/{name}"):
            if candidate in self._by_path:
                return self._zip.read(self._by_path[candidate])
        matches = self._by_base.get(basename(name), [])
        return self._zip.read(matches[0]) if len(matches) == 1 else None


class Folder:
    """The files beside a bare project document: an unzipped .qdpx (`project.qde` with its
    `sources/` folder), looked up as forgivingly as a zip's members and never outside it."""

    def __init__(self, folder: Path) -> None:
        self._by_path: dict[str, Path] = {}
        self._by_base: dict[str, list[Path]] = {}
        self._read = 0
        places = [folder, *(d for d in _entries(folder) if d.name.lower() == "sources"
                            and d.is_dir() and not d.is_symlink())]
        for place in places:
            for entry in _entries(place):
                if entry.is_file() and not entry.is_symlink():
                    relative = entry.relative_to(folder).as_posix().lower()
                    self._by_path[relative] = entry
                    self._by_base.setdefault(entry.name.lower(), []).append(entry)

    def find(self, path: str) -> bytes | None:
        """The bytes of the file that a plainTextPath/richTextPath names, or None."""
        name = _member_name(path)
        if name is None:
            return None
        found = next((self._by_path[c] for c in (name, f"sources/{name}") if c in self._by_path),
                     None)
        if found is None:
            matches = self._by_base.get(basename(name), [])
            found = matches[0] if len(matches) == 1 else None
        if found is None:
            return None
        try:
            data = read_regular_file(found, MAX_TOTAL_UNCOMPRESSED - self._read)
        except UnreadableFile:
            return None
        self._read += len(data)
        return data


def _entries(folder: Path) -> list[Path]:
    try:
        return sorted(folder.iterdir())
    except OSError:
        return []


def _member_name(path: str) -> str | None:
    """A plainTextPath as a member's lower-case path, or None if it points outside."""
    path = unquote(path.strip())
    if path.lower().startswith(("relative:", "absolute:", "file:", "http:", "https:")):
        return None  # outside the package by definition
    name = path.split("://", 1)[1] if path.lower().startswith("internal://") else path
    return name.replace("\\", "/").lstrip("/").lower()
