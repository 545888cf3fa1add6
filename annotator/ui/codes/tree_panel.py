"""The code tree panel: a filter box over a tree of codes the researcher can edit.

Drag a code onto another to make it a sub-code, between two codes to reorder,
onto the empty space below to make it a top-level code. Hold Alt (Option on a
Mac) while dropping onto a code to merge the dragged codes into it: Alt is the
one modifier that no platform's drag-and-drop claims for itself (Ctrl copies,
Shift moves). Dragging codes out of the tree (onto a transcript selection, the
theme board) carries their ids as `mime.CODE_IDS`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotator.model import code_tree
from annotator.operations.similar import SimilarRequest
from annotator.ui.codes import questions
from annotator.ui.codes.columns import CODE_ID_ROLE, NAME
from annotator.ui.codes.sentences import delete_question, merge_question
from annotator.ui.codes.tree_model import CodeTreeModel
from annotator.ui.codes.tree_view import CodeTreeView
from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.shared.i18n import tr
from annotator.ui.shared.icons import icon


class CodeTreePanel(QWidget):
    """The Codes panel: filter box, buttons and the code tree. Emits:

    - `codes_selected(list)`: the selected code ids, whenever the selection changes;
    - `code_activated(int)`: a code was double-clicked or Enter was pressed on it.

    Every change goes through `bridge.run`, one undo step each. Questions to the
    user sit behind `_confirm`, `_pick_color`, `_ask_description` and
    `_pick_merge_target` so that tests can answer them.
    """

    codes_selected = Signal(list)
    code_activated = Signal(int)

    def __init__(self, bridge: ProjectBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codeTreePanel")
        self._bridge = bridge
        self._expanded_before_filter: set[int] | None = None
        self.model = CodeTreeModel(bridge, self)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self.model)
        self._proxy.setRecursiveFilteringEnabled(True)  # keeps ancestors of matches
        self._proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._proxy.setFilterKeyColumn(NAME)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("codeFilter")
        self.filter_edit.setPlaceholderText(tr("Filter codes"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(tr("Filter codes"))
        self.filter_edit.setAccessibleDescription(
            tr("Type part of a code's name to show only the codes that contain it."))
        self.tree = CodeTreeView(self)
        self.tree.setModel(self._proxy)
        self.tree.setAccessibleName(tr("Code tree"))
        self.tree.setAccessibleDescription(
            tr("The project's codes with how many excerpts and transcripts use each; "
               "drag codes onto selected text to code it, F2 renames, Delete removes."))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        # Fixed widths wide enough for six digits: sized to their contents, the count
        # columns would measure every row again after each coding.
        metrics = self.tree.fontMetrics()
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            label = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            header.resizeSection(column, 24 + max(metrics.horizontalAdvance(label),
                                                  metrics.horizontalAdvance("000,000")))

        self.new_code_action = self._action(tr("New code"), lambda: self.new_code(),
                                            tr("Add a top-level code"))
        self.new_subcode_action = self._action(tr("New sub-code"), self._new_subcode,
                                               tr("Add a code under the selected one"))
        self.new_subcode_action.setShortcut(QKeySequence("Ctrl+Alt+N"))
        self.new_subcode_action.setShortcutContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.new_subcode_action)
        # F2 and Del are handled by the tree's own keys; the tab shows them in menus.
        self.rename_action = self._action(tr("Rename") + "\tF2", self._rename,
                                          tr("Rename the code"))
        self.color_action = self._action(tr("Colour…"), self._recolor, tr("Change the colour"))
        self.describe_action = self._action(tr("Description…"), self._describe,
                                            tr("Say what the code means and when to use it"))
        self.similar_action = self._action(
            tr("Find Similar Passages"), self._find_similar,
            tr("Find passages like this code's excerpts in every transcript"))
        self.merge_action = self._action(tr("Merge into…"), self._merge_into,
                                         tr("Fold the selected codes into another code"))
        self.delete_action = self._action(tr("Delete…") + "\tDel", self._delete,
                                          tr("Delete the code, its sub-codes and codings"))
        for action, name in ((self.new_code_action, "new_code"),
                             (self.new_subcode_action, "new_subcode"),
                             (self.rename_action, "rename"), (self.color_action, "colour"),
                             (self.describe_action, "memo"), (self.merge_action, "merge"),
                             (self.delete_action, "delete")):
            action.setIcon(icon(name))

        new_button = QToolButton(self)
        new_button.setDefaultAction(self.new_code_action)
        new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        new_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        new_menu = QMenu(new_button)
        new_menu.addActions([self.new_code_action, self.new_subcode_action])
        new_button.setMenu(new_menu)
        new_button.setAccessibleName(tr("New code"))
        new_button.setAccessibleDescription(
            tr("Adds a code; its arrow also offers a sub-code of the selected one."))
        more_button = QToolButton(self)
        more_button.setObjectName("moreCodeActions")
        more_button.setText("⋯")
        more_button.setToolTip(tr("More actions on the selected codes"))
        more_button.setAccessibleName(tr("More actions on the selected codes"))
        more_button.setAccessibleDescription(
            tr("Rename, recolour, describe, merge or delete the selected codes."))
        more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        more_button.setMenu(self._menu(more_button))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.filter_edit, 1)
        row.addWidget(new_button)
        row.addWidget(more_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.tree)

        self.filter_edit.textChanged.connect(self._filter)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.doubleClicked.connect(self._activate)
        self.tree.return_pressed.connect(self._activate)
        self.tree.delete_pressed.connect(self._delete)
        self.tree.merge_dropped.connect(self.merge)
        self._proxy.rowsInserted.connect(self._rows_inserted)
        self.tree.expandAll()
        self._update_actions()

    # -- public API -----------------------------------------------------------
    def selected_code_ids(self) -> list[int]:
        """The selected codes in the tree's order."""
        chosen = {int(index.data(CODE_ID_ROLE))
                  for index in self.tree.selectionModel().selectedRows(NAME)}
        return [cid for cid in self.model.tree_ids() if cid in chosen]

    def select_code(self, code_id: int) -> None:
        """Select one code and show it, clearing a filter that hides it."""
        index = self._proxy_index(code_id)
        if not index.isValid() and self.model.code(code_id) is not None:
            self.filter_edit.clear()
            index = self._proxy_index(code_id)
        if not index.isValid():
            return
        flags = (self.tree.selectionModel().SelectionFlag.ClearAndSelect
                 | self.tree.selectionModel().SelectionFlag.Rows)
        self.tree.selectionModel().setCurrentIndex(index, flags)
        self.tree.scrollTo(index)

    def visible_code_ids(self, limit: int = 9) -> list[int]:
        """The first codes as the tree shows them, top to bottom (for keys 1-9)."""
        ids: list[int] = []
        index = self._proxy.index(0, NAME)
        while index.isValid() and len(ids) < limit:
            ids.append(int(index.data(CODE_ID_ROLE)))
            index = self.tree.indexBelow(index)
        return ids

    def new_code(self, parent_id: int | None = None) -> int | None:
        """Add "New code" (or "New code 2"...) and start renaming it in place."""
        taken = {c.name for cid in self.model.children_ids(parent_id)
                 if (c := self.model.code(cid)) is not None}
        # The first name is in the interface's language; the user renames it anyway.
        name, number = tr("New code"), 1
        while name in taken:
            number += 1
            name = tr("New code {n}").format(n=number)
        project = self._bridge.project
        code_id = self._bridge.run(tr("New code “{name}”").format(name=name),
                                   lambda: project.add_code(name, parent_id))
        if code_id is None:
            return None
        self.filter_edit.clear()  # a filter would hide the code being named
        self.select_code(code_id)
        self.tree.setFocus()
        self._rename()
        return code_id

    def merge(self, code_ids: list[int], target_id: int) -> bool:
        """Merge codes into `target_id` after the user confirms; True if merged."""
        ids = [cid for cid in self.model.top_most(code_ids) if cid != target_id]
        target = self.model.code(target_id)
        if not ids or target is None:
            return False
        codings, transcripts = self._reach(ids)
        subcodes = sum(len(self.model.children_ids(cid)) for cid in ids)
        text = merge_question(len(ids) == 1, self._names(ids, quoted=True), target.name,
                              codings, transcripts, subcodes)
        if not self._confirm(text, tr("Merge")):
            return False
        project = self._bridge.project
        merged = self._bridge.run(
            "", lambda: project.composite.merge_codes_into(ids, target_id)) is not None
        self.select_code(target_id)
        return merged

    # -- questions to the user (tests replace these) ---------------------------
    def _confirm(self, text: str, action: str) -> bool:
        return questions.confirm(self, text, action)

    def _pick_color(self, current: str) -> str | None:
        return questions.pick_color(self, current)

    def _ask_description(self, current: str) -> str | None:
        return questions.ask_description(self, current)

    def _pick_merge_target(self, code_ids: list[int]) -> int | None:
        banned = set(code_ids) | {d for cid in code_ids for d in self.model.descendants(cid)}
        choices = [(cid, self.model.swatch(code.color), self._path(cid))
                   for cid in self.model.tree_ids()
                   if (code := self.model.code(cid)) is not None and cid not in banned]
        prompt = tr("Merge {name} into:").format(name=self._names(code_ids, quoted=True))
        return questions.pick_code(self, prompt, choices)

    # -- actions --------------------------------------------------------------
    def _new_subcode(self) -> None:
        ids = self.selected_code_ids()
        if len(ids) == 1:
            self.new_code(ids[0])

    def _rename(self) -> None:
        index = self.tree.currentIndex().siblingAtColumn(NAME)
        if index.isValid() and self.tree.state() != QAbstractItemView.State.EditingState:
            self.tree.edit(index)

    def _recolor(self) -> None:
        ids = self.selected_code_ids()
        first = self.model.code(ids[0]) if ids else None
        color = self._pick_color(first.color) if first else None
        if color is None:
            return
        project = self._bridge.project
        self._bridge.run("", lambda: project.composite.recolor_codes(ids, color))

    def _describe(self) -> None:
        ids = self.selected_code_ids()
        code = self.model.code(ids[0]) if len(ids) == 1 else None
        text = self._ask_description(code.description) if code else None
        if code is None or text is None or text.strip() == code.description:
            return
        project = self._bridge.project
        self._bridge.run(tr("Describe code"), lambda: project.describe_code(code.id, text))

    def _merge_into(self) -> None:
        ids = self.model.top_most(self.selected_code_ids())
        target = self._pick_merge_target(ids) if ids else None
        if target is not None:
            self.merge(ids, target)

    def _delete(self) -> None:
        ids = self.model.top_most(self.selected_code_ids())
        if not ids:
            return
        subcodes = sum(len(self.model.descendants(cid)) for cid in ids)
        codings, transcripts = self._reach(
            [*ids, *(d for cid in ids for d in self.model.descendants(cid))])
        text = delete_question(len(ids) == 1, self._names(ids, quoted=True), subcodes,
                               codings, transcripts)
        if not self._confirm(text, tr("Delete")):
            return
        project = self._bridge.project
        self._bridge.run("", lambda: project.composite.delete_codes(ids))

    # -- plumbing -------------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], object], tip: str) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _menu(self, parent: QWidget) -> QMenu:
        menu = QMenu(parent)
        menu.addActions([self.new_code_action, self.new_subcode_action])
        menu.addSeparator()
        menu.addActions([self.rename_action, self.color_action, self.describe_action])
        menu.addSeparator()
        menu.addAction(self.similar_action)
        menu.addSeparator()
        menu.addActions([self.merge_action, self.delete_action])
        return menu

    def _find_similar(self) -> None:
        ids = self.selected_code_ids()
        if len(ids) == 1:
            self._bridge.similar_requested.emit(SimilarRequest(code_id=ids[0]))

    def _context_menu(self, pos: QPoint) -> None:
        if not self.tree.indexAt(pos).isValid():
            self.tree.clearSelection()  # a click on empty space: only "New code" applies
        self._popup(self._menu(self), self.tree.viewport().mapToGlobal(pos))

    def _popup(self, menu: QMenu, global_pos: QPoint) -> None:
        menu.exec(global_pos)
        menu.deleteLater()

    def _update_actions(self) -> None:
        count = len(self.selected_code_ids())
        for action in (self.new_subcode_action, self.rename_action, self.describe_action,
                       self.similar_action):
            action.setEnabled(count == 1)
        for action in (self.color_action, self.merge_action, self.delete_action):
            action.setEnabled(count > 0)

    def _selection_changed(self) -> None:
        self._update_actions()
        self.codes_selected.emit(self.selected_code_ids())

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.code_activated.emit(int(index.data(CODE_ID_ROLE)))

    def _rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        # New sub-codes, and sub-codes an undo brings back, show up unfolded.
        if parent.isValid():
            self.tree.expand(parent)

    def _filter(self, text: str) -> None:
        if text and self._expanded_before_filter is None:
            self._expanded_before_filter = {
                cid for cid in self.model.tree_ids()
                if self.tree.isExpanded(self._proxy_index(cid))}
        self._proxy.setFilterFixedString(text)
        if text:
            self.tree.expandAll()
        elif self._expanded_before_filter is not None:
            for cid in self.model.tree_ids():
                self.tree.setExpanded(self._proxy_index(cid),
                                      cid in self._expanded_before_filter)
            self._expanded_before_filter = None

    def _proxy_index(self, code_id: int) -> QModelIndex:
        return self._proxy.mapFromSource(self.model.index_of(code_id))

    def _reach(self, code_ids: list[int]) -> tuple[int, int]:
        """(codings, distinct transcripts) of these codes together."""
        project = self._bridge.project
        codings = [c for cid in code_ids for c in project.codings(code_id=cid)]
        return len(codings), len({c.source_id for c in codings})

    def _path(self, code_id: int) -> str:
        return code_tree.path(code_id, self.model.code)

    def _names(self, code_ids: list[int], quoted: bool = False) -> str:
        """“Name” for one code (quoted), "3 codes" for several."""
        if len(code_ids) != 1:
            return tr("{n} codes").format(n=len(code_ids))
        code = self.model.code(code_ids[0])
        name = code.name if code else "?"
        return f"“{name}”" if quoted else name

