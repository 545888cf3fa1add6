"""A project as the REFI-QDA exchange model: the export half of the exchange.

Reads only. GUIDs come from the store (sources, codes, codings, memos, themes,
cases) or are derived from stable keys (users, variables, board vertices), so two
exports of one project carry the same GUIDs.
"""

from __future__ import annotations

from collections import defaultdict

from annotator.formats.refi.model import (
    BOARD_NAME,
    CHOICES_PREFIX,
    CHOICES_SEPARATOR,
    JOURNAL_MARK,
    STATUS_SHAPES,
    SUBTHEME_EDGE,
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
    derived_guid,
)
from annotator.model.entities import Memo
from annotator.operations.word_original import edited_original
from annotator.store.store import Store

ORIGIN = "Annotator"
_VARIABLE_TYPES = {"text": "Text", "number": "Float", "date": "Date", "choice": "Text"}


class _Users:
    """User GUIDs derived from names, so the same coder has the same GUID in every export."""

    def __init__(self) -> None:
        self.by_name: dict[str, str] = {}

    def guid(self, name: str) -> str | None:
        if not name:
            return None
        if name not in self.by_name:
            self.by_name[name] = derived_guid("user", name)
        return self.by_name[name]


def to_refi(store: Store, name: str) -> RefiProject:
    """The whole project as the exchange model, ready for refi_export."""
    users = _Users()
    project = RefiProject(name=name, origin=ORIGIN)
    memos = store.memos.list()
    notes_of: dict[tuple[str, int | None], list[str]] = defaultdict(list)
    for memo in memos:
        project.notes.append(_note(memo, users))
        if memo.target_kind == "project":
            project.project_note_guids.append(memo.guid)
        elif memo.target_kind != "journal":
            notes_of[(memo.target_kind, memo.target_id)].append(memo.guid)

    code_guid: dict[int, str] = {}
    nodes: dict[int, RefiCode] = {}
    for code in store.codes.all():  # parents come before their children
        node = RefiCode(code.guid, code.name, code.color.upper() or None, code.description,
                        note_guids=notes_of[("code", code.id)])
        code_guid[code.id] = code.guid
        nodes[code.id] = node
        if code.parent_id is None:
            project.codes.append(node)
        else:
            nodes[code.parent_id].children.append(node)

    source_guid: dict[int, str] = {}
    for summary in store.sources.summaries():
        source = store.sources.get(summary.id)
        assert source is not None
        source_guid[source.id] = source.guid
        rich = edited_original(store, source.id) if source.kind == "docx" else None
        refi_source = RefiSource(source.guid, source.name, source.text, rich=rich,
                                 created=source.imported_at,
                                 note_guids=notes_of[("source", source.id)])
        for coding in store.codings.list(source_id=source.id):
            user = users.guid(coding.coder)
            refi_source.selections.append(RefiSelection(
                coding.guid, coding.start, coding.end, coding.memo, user, coding.created_at,
                [RefiCoding(derived_guid("coding", coding.guid), code_guid[coding.code_id],
                            user, coding.created_at)],
                notes_of[("coding", coding.id)],
            ))
        project.sources.append(refi_source)

    attributes = store.cases.attributes()
    variable_guid = {a.name: derived_guid("attribute", a.name) for a in attributes}
    for attribute in attributes:
        description = (CHOICES_PREFIX + CHOICES_SEPARATOR.join(attribute.choices)
                       if attribute.type == "choice" else "")
        project.variables.append(RefiVariable(variable_guid[attribute.name], attribute.name,
                                              _VARIABLE_TYPES[attribute.type], description))
    sources_of_case: dict[int, list[str]] = defaultdict(list)
    for source_id, case_id in store.cases.source_case_pairs():
        sources_of_case[case_id].append(source_guid[source_id])
    for case in store.cases.all():
        project.cases.append(RefiCase(
            case.guid, case.name, case.description,
            {variable_guid[k]: v for k, v in case.values.items()}, sources_of_case[case.id]))

    _themes(store, project, code_guid)
    project.users = [RefiUser(guid, name) for name, guid in users.by_name.items()]
    return project


def _note(memo: Memo, users: _Users) -> RefiNote:
    return RefiNote(memo.guid, memo.title, memo.body,
                    JOURNAL_MARK if memo.target_kind == "journal" else "",
                    users.guid(memo.author), memo.created, memo.updated)


def _themes(store: Store, project: RefiProject, code_guid: dict[int, str]) -> None:
    themes = store.themes.all()
    if not themes:
        return
    theme_guid = {t.id: t.guid for t in themes}
    codes_of: dict[int, list[str]] = defaultdict(list)
    for theme_id, code_id in store.themes.memberships():
        codes_of[theme_id].append(code_guid[code_id])
    theme_notes = {m.target_id: m.guid for m in store.memos.list("theme")}
    board = RefiGraph(derived_guid("board"), BOARD_NAME)
    vertex = {t.id: derived_guid("vertex", t.guid) for t in themes}
    for theme in themes:
        note = theme_notes.get(theme.id)
        project.sets.append(RefiSet(theme.guid, theme.name, theme.definition,
                                    codes_of[theme.id], note_guids=[note] if note else []))
        x, y = round(theme.x), round(theme.y)
        board.vertices.append(RefiVertex(
            vertex[theme.id], theme.guid, theme.name, x, y, x + round(theme.width),
            y + round(theme.height), STATUS_SHAPES.get(theme.status), theme.color.upper()))
        if theme.parent_id is not None:
            board.edges.append(RefiEdge(
                derived_guid("subtheme", theme.guid), vertex[theme.id], vertex[theme.parent_id],
                SUBTHEME_EDGE, "OneWay", "dotted"))
    seen: dict[tuple[int, int], int] = defaultdict(int)
    for link in store.themes.links():
        # Numbered per pair, not by row id, so the GUID survives a round trip.
        seen[(link.from_theme, link.to_theme)] += 1
        board.edges.append(RefiEdge(
            derived_guid("link", theme_guid[link.from_theme], theme_guid[link.to_theme],
                         str(seen[(link.from_theme, link.to_theme)])),
            vertex[link.from_theme], vertex[link.to_theme], link.label, "OneWay", "solid"))
    project.graphs.append(board)
