"""A .docx package held in memory as its parts, for writing back changed parts.

Export rewrites only what it must (the main document, the comments part, the
relationships and content types that point at them, the custom properties);
every other part (styles, numbering, headers, images, people.xml...) is copied
byte for byte, so the researcher's document comes back as it went in.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections.abc import Iterable
from pathlib import Path

from lxml import etree

from annotator.formats.docx.package import main_document, parse_part
from annotator.formats.safe_zip import SafeZip

RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
COMMENTS_TYPES = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/comments",
)
STYLES_TYPES = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/styles",
)
COMMENTS_CONTENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
CUSTOM_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
CUSTOM_CONTENT = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
# The format id every writer uses for user-defined document properties.
USER_PROPERTIES = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"


def serialize(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


class Package:
    """The parts of a .docx by name (as stored), with the main document parsed."""

    def __init__(self, data: bytes, file_name: str) -> None:
        self.file_name = file_name
        self.document = main_document(data, file_name)  # vetted: sizes, DOCTYPE, XML
        with SafeZip(data, file_name, "docx") as package:
            self.parts: dict[str, bytes] = {i.filename: package.read(i) for i in package.members}
        self._lower = {name.lower(): name for name in self.parts}
        self.document_part = self._main_part_name()

    # -- reading -------------------------------------------------------------
    def part(self, name: str) -> bytes | None:
        stored = self._lower.get(name.lower())
        return None if stored is None else self.parts[stored]

    def xml(self, name: str) -> etree._Element | None:
        data = self.part(name)
        return None if data is None else parse_part(data, self.file_name)

    def rels_name(self, part: str) -> str:
        folder, base = posixpath.split(part)
        return posixpath.join(folder, "_rels", base + ".rels")

    def relationships(self, part: str) -> etree._Element:
        root = self.xml(self.rels_name(part))
        return root if root is not None else etree.Element(f"{{{RELS}}}Relationships")

    def target_of(self, part: str, types: Iterable[str]) -> str | None:
        """The part a relationship of one of `types` from `part` points at."""
        wanted = set(types)
        for rel in self.relationships(part):
            if rel.get("Type") in wanted and rel.get("TargetMode") != "External":
                return _resolve(part, rel.get("Target", ""))
        return None

    def _main_part_name(self) -> str:
        found = self.target_of(
            "",
            (
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
                "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
            ),
        )
        return found or "word/document.xml"

    # -- writing -------------------------------------------------------------
    def put(self, name: str, data: bytes) -> None:
        stored = self._lower.get(name.lower(), name)
        self._lower[name.lower()] = stored
        self.parts[stored] = data

    def add_relationship(self, part: str, rel_type: str, target: str) -> None:
        rels = self.relationships(part)
        taken = {rel.get("Id") for rel in rels}
        number = len(taken) + 1
        while f"rId{number}" in taken:
            number += 1
        etree.SubElement(
            rels, f"{{{RELS}}}Relationship",
            {"Id": f"rId{number}", "Type": rel_type, "Target": target},
        )
        self.put(self.rels_name(part), serialize(rels))

    def add_override(self, part: str, content_type: str) -> None:
        types = self.xml("[Content_Types].xml")
        if types is None:
            types = etree.Element(f"{{{CONTENT_TYPES}}}Types")
        name = "/" + part
        for override in types.iter(f"{{{CONTENT_TYPES}}}Override"):
            if override.get("PartName", "").lower() == name.lower():
                override.set("ContentType", content_type)
                break
        else:
            etree.SubElement(
                types, f"{{{CONTENT_TYPES}}}Override",
                {"PartName": name, "ContentType": content_type},
            )
        self.put("[Content_Types].xml", serialize(types))

    def set_custom_properties(self, values: dict[str, str]) -> None:
        """Set user-defined document properties (Word keeps them when it saves)."""
        name = self.target_of("", (CUSTOM_TYPE,))
        root = self.xml(name) if name else None
        if name is None or root is None:
            name = "docProps/custom.xml"
            root = etree.Element(f"{{{CUSTOM_NS}}}Properties", nsmap={None: CUSTOM_NS,
                                                                    "vt": VT_NS})
            self.add_relationship("", CUSTOM_TYPE, name)
            self.add_override(name, CUSTOM_CONTENT)
        properties = {p.get("name"): p for p in root.iter(f"{{{CUSTOM_NS}}}property")}
        pids = [int(p.get("pid", "1")) for p in properties.values() if p.get("pid", "").isdigit()]
        next_pid = max([1, *pids]) + 1
        for key, value in values.items():
            element = properties.get(key)
            if element is None:
                element = etree.SubElement(
                    root, f"{{{CUSTOM_NS}}}property",
                    {"fmtid": USER_PROPERTIES, "pid": str(next_pid), "name": key},
                )
                next_pid += 1
            for child in list(element):
                element.remove(child)
            etree.SubElement(element, f"{{{VT_NS}}}lpwstr").text = value
        self.put(name, serialize(root))

    def custom_properties(self) -> dict[str, str]:
        name = self.target_of("", (CUSTOM_TYPE,))
        root = self.xml(name) if name else None
        if root is None:
            return {}
        return {
            p.get("name", ""): "".join(p.itertext()) for p in root.iter(f"{{{CUSTOM_NS}}}property")
        }

    def to_bytes(self) -> bytes:
        self.put(self.document_part, serialize(self.document))
        return self.zipped()

    def zipped(self) -> bytes:
        """The parts as they stand, zipped (to_bytes first writes the main document)."""
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
            # [Content_Types].xml first: some readers expect it there.
            names = sorted(self.parts, key=lambda n: n != "[Content_Types].xml")
            for name in names:
                package.writestr(name, self.parts[name])
        return out.getvalue()


def _resolve(source_part: str, target: str) -> str:
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    return posixpath.normpath(posixpath.join(posixpath.dirname(source_part), target))


def save_document(document: object, path: Path) -> None:
    """Save a python-docx document to `path` in one write: python-docx zips straight into
    the file, and a disk that fills up mid-way leaves its ZipFile to fail again when it
    is collected; built in memory, a full disk is one clean OSError for the caller."""
    buffer = io.BytesIO()
    document.save(buffer)  # type: ignore[attr-defined]
    path.write_bytes(buffer.getvalue())
