"""The code tree as a Qt item model: a thin adapter over the project's codes.

The model keeps a plain mirror of the domain tree (parent and ordered children
per code id) and brings it up to date from the bridge's signals with the
smallest set of row insertions, moves and removals, so that views keep their
expansion, selection and scroll position through every edit, undo and redo.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from annotator.model import code_tree
from annotator.model.entities import Code
from annotator.project.counts import CodingCounts
from annotator.ui.codes.columns import (
    CODE_ID_ROLE,
    CODINGS,
    COLOR_ROLE,
    COLUMNS,
    NAME,
    TRANSCRIPTS,
    count_data,
    header_data,
    paint_swatch,
)
from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.shared.i18n import tr
from annotator.ui.shared.mime import CODE_IDS, code_ids_from, code_ids_mime
from annotator.ui.shared.plain import plain_tip
from annotator.ui.shared.theme import is_dark

# A second format beside CODE_IDS naming the model a drag came from: the tree
# only takes drops of its own codes, never ids from another window's project.
_ORIGIN = "application/x-annotator-code-tree-origin"

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root, as a default argument


class CodeTreeModel(QAbstractItemModel):
    """Codes as a tree with three columns: name (with a colour swatch), codings, transcripts.

    Editing column 0 renames the code, and dropping codes moves them; both go
    through `bridge.run`, so each is one step on the undo stack. The model
    listens to `bridge.codes_changed` and `bridge.codings_changed` and emits
    the standard row signals (rowsInserted/Moved/Removed, dataChanged); counts
    follow codings at once, for the codes a change touched (project/counts.py).
    """

    def __init__(self, bridge: ProjectBridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._origin = uuid.uuid4().hex.encode("ascii")
        self._codes: dict[int, Code] = {}
        self._parent: dict[int, int | None] = {}
        self._children: dict[int | None, list[int]] = {}
        self._swatches: dict[tuple[str, bool], QIcon] = {}
        self._counts = CodingCounts.of(bridge.project)
        self._usage = self._counts.usage_map()
        codes = bridge.project.codes()
        self._codes = {code.id: code for code in codes}
        self._children = tree_shape(codes)
        self._parent = {cid: parent for parent, kids in self._children.items() for cid in kids}
        # Bound methods of this QObject: Qt drops the connections when the model goes.
        bridge.codes_changed.connect(self._on_codes_changed)
        bridge.codings_changed.connect(self._on_codings_changed)
        self._with_memo = self._memo_targets()
        bridge.memos_changed.connect(self._on_memos_changed)

    def _memo_targets(self) -> set[int]:
        return {m.target_id for m in self._bridge.project.memos("code")
                if m.target_id is not None and m.body.strip()}

    def _on_memos_changed(self, _ids: object) -> None:
        """Codes with a memo are named in italics; repaint those whose mark changed."""
        old, self._with_memo = self._with_memo, self._memo_targets()
        for code_id in old ^ self._with_memo:
            index = self.index_of(code_id)
            if index.isValid():
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.FontRole])

    # -- lookups for views and tests ------------------------------------------
    def code(self, code_id: int) -> Code | None:
        return self._codes.get(code_id)

    def code_id(self, index: AnyIndex) -> int | None:
        """The code an index of this model stands for; None for the invisible root."""
        return index.internalId() if index.isValid() else None

    def index_of(self, code_id: int | None, column: int = NAME) -> QModelIndex:
        if code_id is None or code_id not in self._parent:
            return QModelIndex()
        row = self._children[self._parent[code_id]].index(code_id)
        return self.createIndex(row, column, code_id)

    def children_ids(self, parent_id: int | None) -> list[int]:
        return list(self._children.get(parent_id, []))

    def descendants(self, code_id: int) -> list[int]:
        """The codes below `code_id` (not itself), in the tree's order."""
        return code_tree.descendants(self._children, code_id)

    def usage(self, code_id: int) -> tuple[int, int]:
        """(codings, transcripts) of this code alone, not counting its sub-codes."""
        return self._usage.get(code_id, (0, 0))

    def tree(self, parent_id: int | None = None) -> list[tuple[int, list]]:
        """The mirrored tree as nested (id, children) pairs, for comparison in tests."""
        return [(cid, self.tree(cid)) for cid in self._children.get(parent_id, [])]

    def tree_ids(self, parent_id: int | None = None) -> list[int]:
        """Every code below `parent_id` in depth-first order (the tree's order)."""
        return code_tree.preorder(self._children, parent_id)

    def top_most(self, code_ids: Iterable[int]) -> list[int]:
        """The given codes without those whose ancestor is also given (they move along)."""
        chosen = [cid for cid in dict.fromkeys(code_ids) if cid in self._codes]
        inside = {d for cid in chosen for d in self.descendants(cid)}
        return [cid for cid in chosen if cid not in inside]

    # -- QAbstractItemModel ---------------------------------------------------
    def index(self, row: int, column: int, parent: AnyIndex = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._children[self.code_id(parent)][row])

    def parent(self, child: AnyIndex | None = None) -> QModelIndex | QObject:  # type: ignore[override]
        if child is None:  # QObject.parent(), which this override hides
            return QObject.parent(self)
        if not child.isValid():
            return QModelIndex()
        return self.index_of(self._parent.get(child.internalId()))

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        if parent.column() > 0:
            return 0
        return len(self._children.get(self.code_id(parent), []))

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return header_data(section, orientation, role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                 | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled)
        if index.column() == NAME:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        code = self._codes.get(index.internalId())
        if code is None:
            return None
        column = index.column()
        if role == CODE_ID_ROLE:
            return code.id
        if role == COLOR_ROLE:
            return code.color
        if column == NAME:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return code.name
            if role == Qt.ItemDataRole.DecorationRole:
                return self.swatch(code.color)
            if role == Qt.ItemDataRole.ToolTipRole:
                memo = tr("(has a memo)") if code.id in self._with_memo else ""
                return plain_tip(" ".join(p for p in (code.description.strip(), memo) if p)) \
                    or None
            if role == Qt.ItemDataRole.FontRole and code.id in self._with_memo:
                font = QApplication.font()
                font.setItalic(True)
                return font
            return None
        return count_data(self.usage(code.id)[column - 1], column, role)

    def setData(self, index: AnyIndex, value: object,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != NAME:
            return False
        code = self._codes.get(index.internalId())
        name = " ".join(str(value).split())
        if code is None:
            return False
        if name == code.name:
            return True  # nothing to record: an unchanged name is no undo step
        project = self._bridge.project
        # dataChanged comes from _on_codes_changed, like for every other change.
        return self._run(tr("Rename code"), lambda: project.rename_code(code.id, name))

    # -- drag and drop ----------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [CODE_IDS]

    def supportedDragActions(self) -> Qt.DropAction:
        # Copy for other widgets (the transcript applies the codes); Move for the tree.
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        wanted = {i.internalId() for i in indexes if i.isValid()}
        ordered = [cid for cid in self.tree_ids() if cid in wanted]
        data = code_ids_mime(ordered)
        data.setData(_ORIGIN, self._origin)
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: AnyIndex) -> bool:
        if bytes(data.data(_ORIGIN).data()) != self._origin:
            return False
        ids = code_ids_from(data)
        target = self.code_id(parent)
        if not ids or any(cid not in self._codes for cid in ids):
            return False
        return target is None or all(
            target != cid and target not in self.descendants(cid) for cid in ids)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: AnyIndex) -> bool:
        """Move the dragged codes: onto a code (row -1) under it at the end, between
        rows to that place, onto the empty area (invalid parent) to the top level."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        return self.move_codes(code_ids_from(data), self.code_id(parent),
                               row if row >= 0 else None)

    def move_codes(self, code_ids: Iterable[int], parent_id: int | None,
                   row: int | None = None) -> bool:
        """Move codes under `parent_id` before its current child number `row`
        (None: at the end) as one undo step; False if nothing would change."""
        ids = self.top_most(code_ids)
        siblings = self._children.get(parent_id, [])
        rest = [cid for cid in siblings if cid not in ids]
        # Qt's row counts the dragged codes too; the operation's index does not.
        at = len(rest) if row is None else len([c for c in siblings[:row] if c not in ids])
        if not ids or rest[:at] + ids + rest[at:] == siblings:
            return False
        project = self._bridge.project
        return self._run("", lambda: project.composite.move_codes(ids, parent_id, at))

    # -- keeping up with the project --------------------------------------------
    def _on_codes_changed(self, _ids: frozenset[int]) -> None:
        # The code table is small (hundreds of rows), so read it whole and diff:
        # a move touches the sort of every sibling and a delete cascades to
        # sub-codes, which the changed ids alone would not describe.
        codes = self._bridge.project.codes()
        fresh = {code.id: code for code in codes}
        changed = [cid for cid, code in fresh.items()
                   if cid in self._codes and self._codes[cid] != code]
        self._codes.update(fresh)  # rows must have data before they are inserted
        wanted = tree_shape(codes)
        self._place_children(None, wanted)
        self._remove_leftovers(wanted)
        for cid in [cid for cid in self._codes if cid not in fresh]:
            del self._codes[cid]
        for cid in changed:
            self.dataChanged.emit(self.index_of(cid, NAME), self.index_of(cid, TRANSCRIPTS))

    def _on_codings_changed(self, ids: frozenset[int]) -> None:
        # The project's CodingCounts follow each change by its ids: only the codes
        # whose codings moved are repainted, and nothing counts every coding.
        _sources, codes = self._counts.follow(ids)
        for cid in codes:
            usage = self._counts.usage(cid)
            if usage != self._usage.get(cid, (0, 0)):
                self._usage[cid] = usage
                if cid in self._parent:
                    self.dataChanged.emit(self.index_of(cid, CODINGS),
                                          self.index_of(cid, TRANSCRIPTS))

    def _place_children(self, parent_id: int | None,
                        wanted: dict[int | None, list[int]]) -> None:
        """Make the mirror's children of `parent_id` start with the wanted ones, in
        order, parents before children; codes that are no longer wanted here are
        left at the end of some list for _remove_leftovers."""
        for row, cid in enumerate(wanted.get(parent_id, [])):
            siblings = self._children[parent_id]
            if row < len(siblings) and siblings[row] == cid:
                pass
            elif cid in self._parent:
                self._move_row(cid, parent_id, row)
            else:
                self.beginInsertRows(self.index_of(parent_id), row, row)
                siblings.insert(row, cid)
                self._parent[cid] = parent_id
                self._children[cid] = []
                self.endInsertRows()
            self._place_children(cid, wanted)

    def _move_row(self, cid: int, parent_id: int | None, row: int) -> None:
        # The rows before `row` are already in place and `cid` is not among
        # them, so within one parent it always comes from further down.
        old_parent = self._parent[cid]
        old_row = self._children[old_parent].index(cid)
        moved = self.beginMoveRows(self.index_of(old_parent), old_row, old_row,
                                   self.index_of(parent_id), row)
        assert moved, "the code tree planned an impossible move"
        self._children[old_parent].pop(old_row)
        self._children[parent_id].insert(row, cid)
        self._parent[cid] = parent_id
        self.endMoveRows()

    def _remove_leftovers(self, wanted: dict[int | None, list[int]]) -> None:
        for parent_id in [None, *wanted]:
            siblings = self._children.get(parent_id, [])
            keep = len(wanted.get(parent_id, []))
            if len(siblings) <= keep:
                continue
            self.beginRemoveRows(self.index_of(parent_id), keep, len(siblings) - 1)
            gone = siblings[keep:]
            del siblings[keep:]
            for cid in gone + [d for g in gone for d in self.descendants(g)]:
                self._parent.pop(cid, None)
                self._children.pop(cid, None)
            self.endRemoveRows()

    # -- helpers --------------------------------------------------------------
    def _run(self, label: str, action: Callable[[], object]) -> bool:
        """One undoable step through the bridge; False if the project refused it."""

        def step() -> bool:
            action()
            return True

        return self._bridge.run(label, step) is True

    def swatch(self, color: str) -> QIcon:
        """The code's colour swatch, cached per theme (shared with dialogs)."""
        dark = is_dark()
        icon = self._swatches.get((color, dark))
        if icon is None:
            icon = self._swatches[(color, dark)] = paint_swatch(color, dark)
        return icon


def tree_shape(codes: list[Code]) -> dict[int | None, list[int]]:
    """parent id (None: top level) -> child ids in sibling order, with an entry, empty
    for a leaf, for every code: the shape the model mirrors."""
    shape: dict[int | None, list[int]] = {None: [], **{code.id: [] for code in codes}}
    shape.update(code_tree.children_of(codes))
    return shape
