"""The REFI-QDA exchange model into a project: the import half of the exchange.

Writes, and is meant to run inside one `Project.batch(...)`, so the whole import is
one transaction and one undo step and a failure half-way leaves the project as it
was. An import keeps the file's GUIDs, so a project that travels out and back
keeps its identity.
"""

from __future__ import annotations

import hashlib

from annotator.formats.refi.model import (
    BOARD_NAME,
    CHOICES_PREFIX,
    CHOICES_SEPARATOR,
    JOURNAL_MARK,
    SHAPE_STATUSES,
    SUBTHEME_EDGE,
    ImportReport,
    RefiCode,
    RefiCoding,
    RefiProject,
    RefiSelection,
    RefiVertex,
    derived_guid,
)
from annotator.messages import message, sentence
from annotator.model.palette import CODE_COLORS, THEME_COLORS, is_color, next_color
from annotator.operations.cases import normalise_value
from annotator.operations.codings import check_room
from annotator.operations.errors import OperationError
from annotator.operations.sources import unique_name
from annotator.operations.stamps import now_iso
from annotator.store.codings import NewCoding
from annotator.store.exchange import ExchangeQueries
from annotator.store.store import Store

_ATTRIBUTE_TYPES = {"Text": "text", "Integer": "number", "Float": "number", "Date": "date",
                    "DateTime": "text", "Boolean": "text"}


class _Importer:
    """One import into one store; every write goes through the repositories."""

    def __init__(self, store: Store, refi: RefiProject, report: ImportReport) -> None:
        self.store = store
        self.refi = refi
        self.report = report
        queries = ExchangeQueries(store.database.conn)
        self.ids = {table: queries.ids_by_guid(table)
                    for table in ("sources", "codes", "codings", "memos", "themes", "cases")}
        self.users = {u.guid: u.name for u in refi.users}
        self.note_targets: dict[str, tuple[str, int | None]] = {}
        self.now = now_iso()

    def user(self, *guids: str | None) -> str:
        return next((self.users[g] for g in guids if g and g in self.users), "")

    def target(self, note_guids: list[str], kind: str, target_id: int | None) -> None:
        for guid in note_guids:
            self.note_targets.setdefault(guid, (kind, target_id))

    # codes
    def codes(self, nodes: list[RefiCode], parent_id: int | None) -> None:
        for node in nodes:
            code_id = self.ids["codes"].get(node.guid)
            if code_id is None:
                used = [c.color for c in self.store.codes.children(parent_id)]
                color = node.color.upper() if node.color and is_color(node.color) else \
                    next_color(used, CODE_COLORS)
                name = node.name.strip() or "(unnamed)"
                code_id = self.store.codes.add(guid=node.guid, name=name, parent_id=parent_id,
                                               color=color, description=node.description)
                self.ids["codes"][node.guid] = code_id
                self.report.add("codes")
            else:
                self.report.add("codes already in the project")
            self.target(node.note_guids, "code", code_id)
            self.codes(node.children, code_id)

    # sources and codings
    def sources(self) -> None:
        taken = self.store.sources.names()
        uncoded = 0
        for source in self.refi.sources:
            if source.guid in self.ids["sources"]:
                self.report.skipped.append(message(
                    "“{name}”, already in this project (same GUID), with its codings.",
                    name=source.name))
                continue
            imported = source.imported
            assert imported is not None
            name = unique_name(source.name, taken)
            taken.add(name)
            original = source.rich if imported.kind == "docx" else None
            source_id = self.store.sources.add(
                guid=source.guid, name=name, kind=imported.kind, text=imported.text,
                file_name=source.name, original=original,
                sha256=hashlib.sha256(original).hexdigest() if original is not None else "",
                imported_at=self.now, paragraphs=imported.paragraphs)
            self.ids["sources"][source.guid] = source_id
            self.report.add("transcripts")
            self.target(source.note_guids, "source", source_id)
            twins: set[tuple[int, int, int]] = set()
            pending: list[tuple[NewCoding, list[str]]] = []
            for selection in source.selections:
                if not selection.codings:
                    uncoded += 1
                for coding in selection.codings:
                    self.coding(source_id, selection, coding, twins, pending)
            self.add_codings(pending)
        if uncoded:
            self.report.skipped.append(message(
                "{n} selections without a code (Annotator keeps excerpts as codings).",
                n=uncoded))

    def coding(self, source_id: int, selection: RefiSelection, coding: RefiCoding,
               twins: set[tuple[int, int, int]],
               pending: list[tuple[NewCoding, list[str]]]) -> None:
        """Check one coding and keep it for `add_codings` (with its notes' GUIDs)."""
        code_id = self.ids["codes"].get(coding.code_guid)
        if code_id is None:
            self.report.add("codings skipped (code missing from the file)")
            return
        key = (code_id, selection.start, selection.end)
        if key in twins:  # the same code on the same excerpt twice is one coding
            return
        twins.add(key)
        # One coding per selection is the common case: the selection's GUID is
        # then the coding's, which is also what our own export writes.
        guid = selection.guid if len(selection.codings) == 1 else coding.guid
        if guid in self.ids["codings"]:
            guid = coding.guid if coding.guid not in self.ids["codings"] else \
                derived_guid("coding", guid, str(source_id), str(len(self.ids["codings"])))
        self.ids["codings"][guid] = 0  # taken; its id once added
        self.report.add("codings")
        pending.append(((guid, source_id, code_id, selection.start, selection.end,
                         coding.created or selection.created or self.now,
                         self.user(coding.user_guid, selection.user_guid),
                         selection.description), selection.note_guids))

    def add_codings(self, pending: list[tuple[NewCoding, list[str]]]) -> None:
        """A transcript's codings in bulk (CodingRepository.add_many): one by one,
        20,000 took seconds."""
        ids = self.store.codings.add_many([row for row, _notes in pending])
        for (row, note_guids), coding_id in zip(pending, ids, strict=True):
            self.ids["codings"][row[0]] = coding_id
            self.target(note_guids, "coding", coding_id)

    # cases and attributes
    def cases(self) -> None:
        attributes = {a.name: a for a in self.store.cases.attributes()}
        by_guid = {}
        for variable in self.refi.variables:
            if variable.name not in attributes:
                kind = _ATTRIBUTE_TYPES.get(variable.type, "text")
                choices: tuple[str, ...] = ()
                if variable.description.startswith(CHOICES_PREFIX):
                    kind = "choice"
                    choices = tuple(variable.description[len(CHOICES_PREFIX):]
                                    .split(CHOICES_SEPARATOR))
                self.store.cases.add_attribute(name=variable.name, type=kind, choices=choices)
                attributes = {a.name: a for a in self.store.cases.attributes()}
                self.report.add("attributes")
            by_guid[variable.guid] = attributes[variable.name]
        for case in self.refi.cases:
            name = case.name.strip() or "Participant"
            existing = self.store.cases.by_name(name)
            if existing is not None:
                case_id = existing.id
                self.report.add("participants already in the project")
            else:
                guid = case.guid if case.guid not in self.ids["cases"] else derived_guid(
                    "case", case.guid, name)
                case_id = self.store.cases.add(guid=guid, name=name,
                                               description=case.description)
                # A file that gives two participants one GUID: the second gets its own.
                self.ids["cases"][guid] = case_id
                self.report.add("participants")
            for variable_guid, value in case.values.items():
                attribute = by_guid.get(variable_guid)
                if attribute is None or not value.strip():
                    continue
                try:
                    value = normalise_value(attribute.type, value, attribute.choices,
                                            attribute.name)
                except OperationError as error:
                    self.report.skipped.append(message("a value of “{name}”: {error}",
                                                      name=case.name, error=sentence(error)))
                    continue
                self.store.cases.set_value(case_id, attribute.id, value)
            for source_guid in case.source_guids:
                source_id = self.ids["sources"].get(source_guid)
                if source_id is not None:
                    self.store.cases.assign_source(source_id, case_id)

    # themes and the board
    def themes(self) -> None:
        vertices: dict[str, RefiVertex] = {}
        vertex_theme: dict[str, int] = {}
        graphs = sorted(self.refi.graphs, key=lambda g: g.name != BOARD_NAME)
        for graph in graphs:
            for vertex in graph.vertices:
                if vertex.represented:
                    vertices.setdefault(vertex.represented, vertex)
        source_sets = 0
        laid_out = 0
        for theme_set in self.refi.sets:
            if theme_set.source_guids and not theme_set.code_guids:
                source_sets += 1
                continue
            theme_id = self.ids["themes"].get(theme_set.guid)
            if theme_id is not None:
                self.report.add("themes already in the project")
            else:
                vertex = vertices.get(theme_set.guid)
                if vertex is None:
                    laid_out += 1
                x, y, width, height, status, color = self.placement(vertex, laid_out - 1)
                theme_id = self.store.themes.add(
                    guid=theme_set.guid, name=theme_set.name.strip() or "Theme", parent_id=None,
                    definition=theme_set.description, status=status, color=color, x=x, y=y,
                    width=width, height=height)
                self.ids["themes"][theme_set.guid] = theme_id
                self.report.add("themes")
                for code_guid in theme_set.code_guids:
                    code_id = self.ids["codes"].get(code_guid)
                    if code_id is not None:
                        self.store.themes.add_code(theme_id, code_id)
            self.target(theme_set.note_guids, "theme", theme_id)
            vertex = vertices.get(theme_set.guid)
            if vertex is not None:
                vertex_theme[vertex.guid] = theme_id
        if source_sets:
            self.report.skipped.append(message(
                "{n} sets of documents (only sets of codes become themes).", n=source_sets))
        self.edges(vertex_theme)

    def placement(self, vertex: RefiVertex | None,
                  n: int) -> tuple[float, float, float, float, str, str]:
        """Where a theme goes on the board: its vertex, or the n-th free grid slot."""
        color = next_color([t.color for t in self.store.themes.all()], THEME_COLORS)
        if vertex is None:
            return 300.0 * (n % 4), 240.0 * (n // 4), 260.0, 180.0, "candidate", color
        x2 = vertex.x2 if vertex.x2 is not None and vertex.x2 > vertex.x1 else vertex.x1 + 260
        y2 = vertex.y2 if vertex.y2 is not None and vertex.y2 > vertex.y1 else vertex.y1 + 180
        if vertex.color and is_color(vertex.color):
            color = vertex.color.upper()
        return (float(vertex.x1), float(vertex.y1), float(x2 - vertex.x1), float(y2 - vertex.y1),
                SHAPE_STATUSES.get(vertex.shape or "", "candidate"), color)

    def edges(self, vertex_theme: dict[str, int]) -> None:
        other = 0
        for graph in self.refi.graphs:
            for edge in graph.edges:
                a, b = vertex_theme.get(edge.source), vertex_theme.get(edge.target)
                if a is None or b is None or a == b:
                    other += 1
                elif edge.name == SUBTHEME_EDGE and edge.line_style == "dotted":
                    self.store.themes.update(a, parent_id=b)
                else:
                    self.store.themes.add_link(a, b, edge.name)
                    self.report.add("theme links")
        if other:
            self.report.skipped.append(message(
                "{n} graph edges that do not join two themes.", n=other))

    # notes -> memos and journal
    def notes(self) -> None:
        for guid in self.refi.project_note_guids:
            self.note_targets.setdefault(guid, ("project", None))
        for note in self.refi.notes:
            if note.guid in self.ids["memos"]:
                self.report.add("memos already in the project")
                continue
            kind, target_id = self.note_targets.get(note.guid, ("journal", None))
            if note.description == JOURNAL_MARK:
                kind, target_id = "journal", None
            if kind != "journal" and self.store.memos.for_target(kind, target_id) is not None:
                # An item has one memo; a second note on it is kept in the journal.
                kind, target_id = "journal", None
            created = note.created or self.now
            memo_id = self.store.memos.add(
                guid=note.guid, target_kind=kind, target_id=target_id, title=note.name,
                body=note.text, author=self.user(note.user_guid), created=created)
            if note.modified and note.modified != created:
                self.store.memos.update(memo_id, title=note.name, body=note.text,
                                        updated=note.modified)
            self.ids["memos"][note.guid] = memo_id
            self.report.add("journal entries" if kind == "journal" else "memos")


def import_refi(store: Store, refi: RefiProject, file_name: str) -> ImportReport:
    """Add everything in `refi` to the store; run it inside one Project.batch(...)."""
    report = ImportReport(file_name, skipped=list(refi.skipped), remarks=list(refi.remarks))
    # Past the limit before anything is written: the whole file is refused.
    check_room(store, sum(len(sel.codings) for source in refi.sources
                          for sel in source.selections))
    importer = _Importer(store, refi, report)
    importer.codes(refi.codes, None)
    importer.sources()
    importer.cases()
    importer.themes()
    importer.notes()
    return report
