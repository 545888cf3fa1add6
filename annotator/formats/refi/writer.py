"""Write a RefiProject as a REFI-QDA 1.5 project (.qdpx) or codebook (.qdc).

Written strictly: `project.qde` at the root of the zip, texts in lower-case
`sources/<guid>.txt` (UTF-8, no byte-order mark, "\\n" line ends, so that the
code-point positions the standard asks for are unambiguous), the original Word
file beside it as `sources/<guid>.docx`, each note's text both inline and as
`sources/<guid>.txt` (QualCoder reads only the file), elements in the order the XSD's
sequences demand (a validator rejects any other order).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from pathlib import Path

from lxml import etree

from annotator.formats.refi.model import (
    CODEBOOK_NS,
    PROJECT_NS,
    RefiCode,
    RefiProject,
    RefiSelection,
    RefiSource,
)
from annotator.formats.safe_write import write_bytes

_P = f"{{{PROJECT_NS}}}"


def _el(parent: etree._Element, tag: str, attrs: dict[str, str | None] | None = None,
        text: str | None = None, ns: str = _P) -> etree._Element:
    element = etree.SubElement(parent, ns + tag)
    for key, value in (attrs or {}).items():
        if value is not None and value != "":
            element.set(key, value)
    if text is not None:
        element.text = text
    return element


def _refs(parent: etree._Element, tag: str, guids: Iterable[str]) -> None:
    for guid in guids:
        _el(parent, tag, {"targetGUID": guid})


def _description(parent: etree._Element, text: str, ns: str = _P) -> None:
    if text:
        _el(parent, "Description", text=text, ns=ns)


def _code(parent: etree._Element, code: RefiCode, ns: str, notes: bool) -> None:
    element = _el(parent, "Code", {"guid": code.guid, "name": code.name, "isCodable": "true",
                                   "color": code.color}, ns=ns)
    _description(element, code.description, ns)
    if notes:  # the codebook schema has no NoteRef
        _refs(element, "NoteRef", code.note_guids)
    for child in code.children:
        _code(element, child, ns, notes)


def _selection(parent: etree._Element, selection: RefiSelection) -> None:
    element = _el(parent, "PlainTextSelection", {
        "guid": selection.guid, "startPosition": str(selection.start),
        "endPosition": str(selection.end), "creatingUser": selection.user_guid,
        "creationDateTime": selection.created,
    })
    _description(element, selection.description)
    for coding in selection.codings:
        coding_element = _el(element, "Coding", {
            "guid": coding.guid, "creatingUser": coding.user_guid,
            "creationDateTime": coding.created,
        })
        _el(coding_element, "CodeRef", {"targetGUID": coding.code_guid})
    _refs(element, "NoteRef", selection.note_guids)


def _source(parent: etree._Element, source: RefiSource) -> None:
    element = _el(parent, "TextSource", {
        "guid": source.guid, "name": source.name,
        "richTextPath": f"internal://{source.guid}.docx" if source.rich is not None else None,
        "plainTextPath": f"internal://{source.guid}.txt",
        "creatingUser": source.user_guid, "creationDateTime": source.created,
    })
    for selection in source.selections:
        _selection(element, selection)
    _refs(element, "NoteRef", source.note_guids)


def project_xml(project: RefiProject) -> bytes:
    """The `project.qde` document."""
    root = etree.Element(_P + "Project", nsmap={None: PROJECT_NS})
    root.set("name", project.name)
    root.set("origin", project.origin)
    if project.users:
        users = _el(root, "Users")
        for user in project.users:
            _el(users, "User", {"guid": user.guid, "name": user.name})
    if project.codes:
        codes = _el(_el(root, "CodeBook"), "Codes")
        for code in project.codes:
            _code(codes, code, _P, notes=True)
    if project.variables:
        variables = _el(root, "Variables")
        for variable in project.variables:
            element = _el(variables, "Variable", {"guid": variable.guid, "name": variable.name,
                                                  "typeOfVariable": variable.type})
            _description(element, variable.description)
    if project.cases:
        types = {v.guid: v.type for v in project.variables}
        cases = _el(root, "Cases")
        for case in project.cases:
            element = _el(cases, "Case", {"guid": case.guid, "name": case.name})
            _description(element, case.description)
            for variable_guid, value in case.values.items():
                value_element = _el(element, "VariableValue")
                _el(value_element, "VariableRef", {"targetGUID": variable_guid})
                kind = types.get(variable_guid, "Text")
                _el(value_element, f"{kind}Value", text=value)
            _refs(element, "SourceRef", case.source_guids)
    if project.sources:
        sources = _el(root, "Sources")
        for source in project.sources:
            _source(sources, source)
    if project.notes:
        notes = _el(root, "Notes")
        for note in project.notes:
            # QualCoder reads a note's text only from its file: give both.
            element = _el(notes, "Note", {
                "guid": note.guid, "name": note.name,
                "plainTextPath": f"internal://{note.guid}.txt", "creatingUser": note.user_guid,
                "creationDateTime": note.created, "modifyingUser": note.user_guid,
                "modifiedDateTime": note.modified or None,
            })
            _description(element, note.description)
            _el(element, "PlainTextContent", text=note.text)
    if project.sets:
        sets = _el(root, "Sets")
        for theme_set in project.sets:
            element = _el(sets, "Set", {"guid": theme_set.guid, "name": theme_set.name})
            _description(element, theme_set.description)
            _refs(element, "MemberCode", theme_set.code_guids)
            _refs(element, "MemberSource", theme_set.source_guids)
            _refs(element, "MemberNote", theme_set.note_guids)
    if project.graphs:
        graphs = _el(root, "Graphs")
        for graph in project.graphs:
            element = _el(graphs, "Graph", {"guid": graph.guid, "name": graph.name})
            for v in graph.vertices:
                _el(element, "Vertex", {
                    "guid": v.guid, "representedGUID": v.represented, "name": v.name,
                    "firstX": str(v.x1), "firstY": str(v.y1),
                    "secondX": None if v.x2 is None else str(v.x2),
                    "secondY": None if v.y2 is None else str(v.y2),
                    "shape": v.shape, "color": v.color,
                })
            for e in graph.edges:
                _el(element, "Edge", {
                    "guid": e.guid, "name": e.name, "sourceVertex": e.source,
                    "targetVertex": e.target, "color": e.color, "direction": e.direction,
                    "lineStyle": e.line_style,
                })
    _refs(root, "NoteRef", project.project_note_guids)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)


def write_qdpx(project: RefiProject, path: Path) -> None:
    """Write the .qdpx zip; written to a temporary name first so a failure leaves no half file."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as package:
        package.writestr("project.qde", project_xml(project))
        for source in project.sources:
            package.writestr(f"sources/{source.guid}.txt", source.text.encode("utf-8"))
            if source.rich is not None:
                package.writestr(f"sources/{source.guid}.docx", source.rich)
        for note in project.notes:
            package.writestr(f"sources/{note.guid}.txt", note.text.encode("utf-8"))
    _write_atomically(path, buffer.getvalue())


def codebook_xml(project: RefiProject) -> bytes:
    """The .qdc document: the code tree and the themes as Sets of codes."""
    ns = f"{{{CODEBOOK_NS}}}"
    root = etree.Element(ns + "CodeBook", nsmap={None: CODEBOOK_NS})
    root.set("origin", project.origin)
    codes = _el(root, "Codes", ns=ns)
    for code in project.codes:
        _code(codes, code, ns, notes=False)
    code_sets = [s for s in project.sets if s.code_guids or not s.source_guids]
    if code_sets:
        sets = _el(root, "Sets", ns=ns)
        for theme_set in code_sets:
            element = _el(sets, "Set", {"guid": theme_set.guid, "name": theme_set.name}, ns=ns)
            _description(element, theme_set.description, ns)
            for guid in theme_set.code_guids:  # the codebook schema says guid, not targetGUID
                _el(element, "MemberCode", {"guid": guid}, ns=ns)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)


def write_codebook(project: RefiProject, path: Path) -> None:
    _write_atomically(path, codebook_xml(project))


def _write_atomically(path: Path, data: bytes) -> None:
    # Owner-only from the first byte, and renamed into place only once complete.
    write_bytes(Path(path), data)
