"""Read a REFI-QDA project (.qdpx, or a bare .qde) or codebook (.qdc) into a RefiProject.

Read tolerantly, as real exporters write: elements are matched by local name
whatever their namespace (codebooks come with several), GUIDs in any case or
braces, missing colours, `description` attributes instead of elements, text
files with byte-order marks and CRLF. Positions end up as code points into the
text with "\\n" line ends (see refi_positions.py for who counts how). Whatever
cannot be imported (PDF, picture and media sources, missing texts) is listed in
`RefiProject.skipped` with the reason, for the import report.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote

from lxml import etree

from annotator.formats.characters import xml_safe, xml_safe_text
from annotator.formats.docx.reader import read_docx
from annotator.formats.errors import UnreadableFile
from annotator.formats.reader import read_regular_file
from annotator.formats.refi.model import (
    RefiCase,
    RefiCode,
    RefiCoding,
    RefiEdge,
    RefiGraph,
    RefiNote,
    RefiProject,
    RefiSelection,
    RefiSet,
    RefiSource,
    RefiUser,
    RefiVariable,
    RefiVertex,
    normal_guid,
)
from annotator.formats.refi.package import Folder, Package, is_zip, parse_xml
from annotator.formats.refi.positions import PositionMap, counts_utf16
from annotator.formats.safe_zip import MAX_TOTAL_UNCOMPRESSED
from annotator.formats.txt_reader import decode, read_txt
from annotator.messages import joined, message, sentence
from annotator.model.entities import ImportedText
from annotator.model.limits import MAX_CODINGS, MAX_TRANSCRIPT_CHARS

Members = Package | Folder

_MEDIA = ("PDFSource", "PictureSource", "AudioSource", "VideoSource")
# A bare .qde/.qdc may be as large as a project document unpacked from a .qdpx
# (MAX_TOTAL_UNCOMPRESSED); a .qdpx may also carry media, which is never unpacked.
MAX_QDPX_BYTES = 1024 * 1024 * 1024


def _local(element: etree._Element) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _kids(element: etree._Element | None, name: str) -> Iterator[etree._Element]:
    if element is None:
        return
    for child in element:
        if _local(child) == name:
            yield child


def _kid(element: etree._Element | None, name: str) -> etree._Element | None:
    return next(_kids(element, name), None)


def _text(element: etree._Element | None, name: str) -> str:
    child = _kid(element, name)
    return (child.text or "") if child is not None else ""


def _guid(element: etree._Element, attribute: str = "guid") -> str:
    return normal_guid(element.get(attribute))


def _opt_guid(element: etree._Element, attribute: str) -> str | None:
    value = element.get(attribute)
    return normal_guid(value) if value else None


# Positions and board coordinates beyond this are nonsense from a damaged file; it also
# keeps them inside SQLite's 64-bit integers.
_LARGEST = 2**53


def _int(value: str | None, default: int | None = None) -> int | None:
    """A number attribute as an int; `default` when missing, not a number, infinite
    ("1e999", "inf"), NaN or out of any sensible range."""
    try:
        number = float(value) if value is not None else None
    except ValueError:
        return default
    if number is None or not math.isfinite(number) or abs(number) > _LARGEST:
        return default
    return int(number)


def _refs(element: etree._Element, name: str) -> list[str]:
    return [normal_guid(r.get("targetGUID") or r.get("guid")) for r in _kids(element, name)]


def read_exchange_file(path: Path) -> RefiProject:
    """Read a .qdpx, .qde or .qdc file; UnreadableFile with one sentence if it cannot be."""
    path = Path(path)
    # A bare project document is capped where it is found, before anything is read.
    bare = path.suffix.lower() in (".qde", ".qdc")
    data = read_regular_file(path, MAX_TOTAL_UNCOMPRESSED if bare else MAX_QDPX_BYTES,
                             exchange=True)
    # An unzipped export: the texts are in the sources/ folder beside the .qde.
    beside = Folder(path.parent) if path.suffix.lower() == ".qde" else None
    return read_exchange_bytes(data, path.name, beside)


def _check_size(size: int, zipped: bool, file_name: str) -> None:
    """Refuse, unread, a file larger than any real project."""
    limit = MAX_QDPX_BYTES if zipped else MAX_TOTAL_UNCOMPRESSED
    if size > limit:
        raise UnreadableFile(file_name, _too_large(file_name, size))


def _too_large(file_name: str, size: int) -> str:
    return message(
        "“{file}” is {size} MB, far larger than any REFI-QDA project, so it was not read.",
        file=file_name, size=f"{size / 1024 / 1024:,.0f}")


def read_exchange_bytes(data: bytes, file_name: str, beside: Folder | None = None
                        ) -> RefiProject:
    if not data:
        raise UnreadableFile(file_name, message("“{file}” is empty.", file=file_name))
    _check_size(len(data), is_zip(data), file_name)
    zipped = Package(data, file_name) if is_zip(data) else None
    root = parse_xml(zipped.project_document() if zipped else data, file_name)
    package: Members | None = zipped or beside
    codings = sum(1 for _ in root.iter("{*}Coding", "Coding"))
    if codings > MAX_CODINGS:
        raise UnreadableFile(file_name, message(
            "“{file}” holds {n} codings, more than a project can ({limit}); import its "
            "transcripts in parts, or export it again with fewer codings.",
            file=file_name, n=f"{codings:,}", limit=f"{MAX_CODINGS:,}"))
    kind = _local(root)
    if kind == "CodeBook":
        return _codebook(root, file_name)
    if kind != "Project":
        raise UnreadableFile(file_name, message(
            "“{file}” is not a REFI-QDA project or codebook; export it again as .qdpx or .qdc.",
            file=file_name))
    return _project(root, package, file_name)


def _codes(parent: etree._Element | None) -> list[RefiCode]:
    codes = []
    for element in _kids(parent, "Code"):
        description = _text(element, "Description") or element.get("description", "")
        codes.append(RefiCode(_guid(element), element.get("name", ""), element.get("color"),
                              description, _codes(element), _refs(element, "NoteRef")))
    return codes


def _sets(parent: etree._Element | None) -> list[RefiSet]:
    return [RefiSet(_guid(s), s.get("name", ""),
                    _text(s, "Description") or s.get("description", ""),
                    _refs(s, "MemberCode"), _refs(s, "MemberSource"), _refs(s, "MemberNote"))
            for s in _kids(parent, "Set")]


def _codebook(root: etree._Element, file_name: str) -> RefiProject:
    project = RefiProject(name=Path(file_name).stem, origin=root.get("origin", ""))
    project.codes = _codes(_kid(root, "Codes"))
    project.sets = _sets(_kid(root, "Sets"))
    return project


def _project(root: etree._Element, package: Members | None, file_name: str) -> RefiProject:
    project = RefiProject(name=root.get("name", ""), origin=root.get("origin", ""))
    users = _kids(_kid(root, "Users"), "User")
    project.users = [RefiUser(_guid(u), u.get("name", "")) for u in users]
    project.codes = _codes(_kid(_kid(root, "CodeBook"), "Codes"))
    project.variables = [RefiVariable(_guid(v), v.get("name", ""), v.get("typeOfVariable", "Text"),
                                      _text(v, "Description"))
                         for v in _kids(_kid(root, "Variables"), "Variable")]
    for case in _kids(_kid(root, "Cases"), "Case"):
        values = {}
        for value in _kids(case, "VariableValue"):
            ref = _kid(value, "VariableRef")
            content = next((c for c in value if _local(c).endswith("Value")), None)
            if ref is not None and content is not None:
                values[_guid(ref, "targetGUID")] = content.text or ""
        project.cases.append(RefiCase(_guid(case), case.get("name", ""),
                                      _text(case, "Description"), values,
                                      _refs(case, "SourceRef")))
    utf16 = counts_utf16(project.origin)
    if utf16:
        project.remarks.append(message(
            "{program} counts text positions in UTF-16 units (an emoji counts two) "
            "and CRLF line ends as two characters; they were converted to characters.",
            program=project.origin))
    media: list[str] = []
    for element in _kid(root, "Sources") if _kid(root, "Sources") is not None else []:
        kind = _local(element)
        if kind == "TextSource":
            source = _text_source(element, package, utf16, project)
            if source is not None:
                project.sources.append(source)
        elif kind in _MEDIA:
            media.append(_medium(kind, element.get("name", "")))
    if media:
        project.skipped.append(message("{sources}: only text sources are supported yet.",
                                       sources=joined(media)))
    for note in _kids(_kid(root, "Notes"), "Note"):
        text = _text(note, "PlainTextContent")
        path = note.get("plainTextPath")
        if not text and path and package is not None:
            data = package.find(path)
            text = xml_safe(decode(data, path).replace("\r\n", "\n")) if data else ""
        project.notes.append(RefiNote(_guid(note), note.get("name", ""), text,
                                      _text(note, "Description"),
                                      _opt_guid(note, "creatingUser"),
                                      note.get("creationDateTime", ""),
                                      note.get("modifiedDateTime", "")))
    links = list(_kids(_kid(root, "Links"), "Link"))
    if links:
        project.skipped.append(message("{n} links between items (Annotator links themes "
                                       "on its board only).", n=len(links)))
    project.sets = _sets(_kid(root, "Sets"))
    project.graphs = [_graph(g) for g in _kids(_kid(root, "Graphs"), "Graph")]
    project.project_note_guids = _refs(root, "NoteRef")
    return project


def _medium(kind: str, name: str) -> str:
    """A source that is not text, for the report: “Interview 3” (audio)."""
    match kind:
        case "PDFSource":
            return message("“{name}” (PDF)", name=name)
        case "PictureSource":
            return message("“{name}” (picture)", name=name)
        case "AudioSource":
            return message("“{name}” (audio)", name=name)
    return message("“{name}” (video)", name=name)


def _graph(element: etree._Element) -> RefiGraph:
    graph = RefiGraph(_guid(element), element.get("name", ""))
    for v in _kids(element, "Vertex"):
        graph.vertices.append(RefiVertex(
            _guid(v), _opt_guid(v, "representedGUID"), v.get("name", ""),
            _int(v.get("firstX"), 0) or 0, _int(v.get("firstY"), 0) or 0,
            _int(v.get("secondX")), _int(v.get("secondY")), v.get("shape"), v.get("color")))
    for e in _kids(element, "Edge"):
        graph.edges.append(RefiEdge(
            _guid(e), _guid(e, "sourceVertex"), _guid(e, "targetVertex"), e.get("name", ""),
            e.get("direction"), e.get("lineStyle"), e.get("color")))
    return graph


def _text_source(element: etree._Element, package: Members | None, utf16: bool,
                 project: RefiProject) -> RefiSource | None:
    inline = _kid(element, "PlainTextContent")
    path = element.get("plainTextPath", "")
    # QualCoder 1.2 writes no name: its text file's name is the next best thing.
    name = element.get("name") or _name_of(path) or "Transcript"
    if inline is not None:
        data: bytes | None = (inline.text or "").encode("utf-8")
    else:
        data = package.find(path) if package is not None and path else None
    if data is None:
        project.skipped.append(_missing_text(name, path, len(element.findall(".//{*}Coding"))))
        return None
    try:
        raw = decode(data, name)
        imported = xml_safe_text(read_txt(data, name))
    except UnreadableFile as error:
        project.skipped.append(sentence(error))
        return None
    if len(imported.text) > MAX_TRANSCRIPT_CHARS:
        project.skipped.append(message(
            "“{name}”: it holds {n} characters, more than a transcript can ({limit}), so it "
            "and its codings were left out.", name=name, n=f"{len(imported.text):,}",
            limit=f"{MAX_TRANSCRIPT_CHARS:,}"))
        return None
    rich_path = element.get("richTextPath", "")
    rich = package.find(rich_path) if package is not None and rich_path else None
    if rich is not None:
        imported, rich = _word_version(imported, rich, name)
    source = RefiSource(_guid(element), name, imported.text, imported, rich,
                        _opt_guid(element, "creatingUser"), element.get("creationDateTime", ""),
                        note_guids=_refs(element, "NoteRef"))
    positions = PositionMap(raw, utf16)
    outside = 0
    for sel in _kids(element, "PlainTextSelection"):
        span = positions.span(_int(sel.get("startPosition"), -1) or 0,
                              _int(sel.get("endPosition"), -1) or 0)
        if span is None:
            outside += 1
            continue
        source.selections.append(RefiSelection(
            _guid(sel), span[0], span[1], _text(sel, "Description"),
            _opt_guid(sel, "creatingUser"), sel.get("creationDateTime", ""),
            [_coding(c) for c in _kids(sel, "Coding")], _refs(sel, "NoteRef")))
    whole = [_coding(c) for c in _kids(element, "Coding")]
    if whole and imported.text:  # a code on the whole source
        source.selections.append(RefiSelection(source.guid, 0, len(imported.text), codings=whole))
    if outside:
        project.skipped.append(message("{n} selections in “{name}” that are empty or reach "
                                       "outside its text.", n=outside, name=name))
    return source


def _name_of(path: str) -> str:
    """A source's name from its plainTextPath: "internal://Ana.txt" gives "Ana"."""
    base = unquote(path.strip()).replace("\\", "/").rsplit("/", 1)[-1]
    return base.rsplit(".", 1)[0].strip() if "." in base else base.strip()


def _missing_text(name: str, path: str, codings: int) -> str:
    """The report's line for a text source whose text is not in the file."""
    if path and codings:
        return message("“{name}”: its text is not in the file ({path}), so its {n} codings "
                       "were left out too.", name=name, path=path, n=codings)
    if path:
        return message("“{name}”: its text is not in the file ({path}).", name=name, path=path)
    if codings:
        return message("“{name}”: its text is not in the file (no path), so its {n} codings "
                       "were left out too.", name=name, n=codings)
    return message("“{name}”: its text is not in the file (no path).", name=name)


def _coding(element: etree._Element) -> RefiCoding:
    ref = _kid(element, "CodeRef")
    return RefiCoding(_guid(element), _guid(ref, "targetGUID") if ref is not None else "",
                      _opt_guid(element, "creatingUser"), element.get("creationDateTime", ""))


def _word_version(plain: ImportedText, rich: bytes, name: str) -> tuple[ImportedText, bytes | None]:
    """Keep the Word original only if it reads to exactly the plain text the positions use."""
    try:
        word = xml_safe_text(read_docx(rich, name))
    except UnreadableFile:
        return plain, None
    return (word, rich) if word.text == plain.text else (plain, None)
