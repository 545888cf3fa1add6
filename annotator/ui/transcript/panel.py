"""The transcript pane: the text with its coding margin, and coding by mouse and keys.

`TranscriptPanel` puts a `CodingMargin` beside a `TranscriptView`, shows one
source of the bridge's project, keeps the painting in step with the project's
changes (incrementally: one changed coding repaints only its old and new spans),
and turns the researcher's gestures into coding actions (coding_actions.py):
a code dropped from the code tree, the right-click menu (transcript_menu.py), the
quick-code box (Ctrl+K), and keys 1-9.

Signals:
- `coding_selected(object)`: the coding id under the caret or clicked in the
  margin, or None; for the inspector;
- `codes_applied(list)`: code ids just applied to the selection.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QMenu, QVBoxLayout, QWidget

from annotator.model import code_tree
from annotator.model.entities import Coding
from annotator.operations.errors import OperationError
from annotator.operations.similar import SimilarRequest
from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.shared.i18n import tr
from annotator.ui.shared.icons import icon
from annotator.ui.transcript.coder_filter import CoderFilter
from annotator.ui.transcript.coding_actions import CodingActions
from annotator.ui.transcript.editing import EditMode
from annotator.ui.transcript.follow_edits import EditFollower
from annotator.ui.transcript.margin import CodingMargin
from annotator.ui.transcript.menu import build_context_menu
from annotator.ui.transcript.quick_code import QuickCodeBox
from annotator.ui.transcript.view import TranscriptView

BULK_CHANGE = 200
"""Above this many changed codings, re-read the source's codings in one query
instead of one query per coding (an undone import, a merge of big codes)."""


class TranscriptPanel(QWidget):
    """One transcript with its coding margin. Signals: `coding_selected`, `codes_applied`."""

    coding_selected = Signal(object)
    codes_applied = Signal(list)

    def __init__(self, bridge: ProjectBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transcriptPanel")
        self.bridge = bridge
        self._source_id: int | None = None
        self._shown_text = ""
        self._number_codes: Callable[[], list[int]] | None = None
        self._current: int | None = None
        self._quiet = False  # see _caret_silenced
        self.view = TranscriptView(self)
        self.margin = CodingMargin(self.view, self)
        # Above the text, shown when the transcript has codings by several coders.
        self.coder_filter = CoderFilter(self)
        self.coder_filter.changed.connect(self._coders_chosen)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.coder_filter)
        layout = QHBoxLayout()
        column.addLayout(layout, 1)
        layout.setSpacing(0)
        layout.addWidget(self.margin)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.view)
        # Edits of the text, from edit mode, find and replace, undo or the command line.
        self.follower = EditFollower(self.view, self.margin, lambda: self._source_id,
                                     lambda: self._shown_text,
                                     lambda text: setattr(self, "_shown_text", text),
                                     bridge.project.paragraphs, self)
        self.edit_mode = EditMode(self.view, self.follower, bridge, lambda: self._source_id,
                                  lambda: self._shown_text)
        bridge.changed.connect(self.follower.changed)

        self.coding_actions = CodingActions(bridge, self.view, lambda: self._source_id, self)
        self.coding_actions.codes_applied.connect(self.codes_applied)
        self.quick_code = QuickCodeBox(self)
        self.quick_code.code_chosen.connect(lambda code_id: self.coding_actions.apply([code_id]))
        self.quick_code.create_requested.connect(self.coding_actions.new_code)
        bridge.error.connect(self.quick_code.refuse)  # a refused new name is said in the box
        self.quick_code_action = QAction(tr("Code with…"), self)
        self.quick_code_action.setObjectName("quickCodeAction")
        self.quick_code_action.setIcon(icon("quick_code"))
        self.quick_code_action.setStatusTip(
            tr("Type part of a code's name to code the selection with it"))
        self.quick_code_action.setShortcut(QKeySequence("Ctrl+K"))
        # Only while the transcript (or its margin) has focus: other panes may
        # give Ctrl+K their own meaning.
        self.quick_code_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.quick_code_action.triggered.connect(self.open_quick_code)
        self.addAction(self.quick_code_action)

        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._show_context_menu)
        self.view.codes_dropped.connect(self.coding_actions.apply)
        self.view.number_pressed.connect(self._apply_number)
        self.view.cursorPositionChanged.connect(self._caret_moved)
        self.margin.coding_clicked.connect(self._stripe_clicked)
        bridge.codings_changed.connect(self._codings_changed)
        bridge.codes_changed.connect(self._codes_changed)
        bridge.sources_changed.connect(self._sources_changed)
        self._attached = True

    # -- public API ----------------------------------------------------------
    @property
    def source_id(self) -> int | None:
        """The shown source's id, or None."""
        return self._source_id

    def show_source(self, source_id: int) -> None:
        """Show a source with its labels styled and every coding painted."""
        project = self.bridge.project
        source = project.source(source_id)
        self._source_id = source_id
        self._shown_text = source.text
        # setPlainText moves the caret while the layer still holds the old codings.
        with self._caret_silenced():
            self.view.show_source(source.text, project.paragraphs(source_id),
                                  self.coder_filter.load(project.codings(source_id=source_id)),
                                  project.codes())
            self.margin.compare(self.coder_filter.compared())
        self.margin.reset_width()
        self.margin.set_selected(None)
        self._set_current(None)

    def clear(self) -> None:
        """Show no source."""
        self._source_id = None
        self.coder_filter.load([])
        with self._caret_silenced():
            self.view.clear()
        self.margin.reset_width()
        self._set_current(None)

    def select_range(self, start: int, end: int) -> None:
        """Select [start, end) (code points) and scroll it to the middle of the view."""
        self.view.select_range(start, end)

    def selected_range(self) -> tuple[int, int] | None:
        """The selection in code points, or None."""
        return self.view.selected_range()

    def set_number_codes(self, provider: Callable[[], list[int]]) -> None:
        """Keys 1-9 apply provider()[n - 1] (asked at each key press)."""
        self._number_codes = provider

    def context_menu_at(self, pos: QPoint) -> QMenu:
        """The right-click menu for a point of the view's viewport (not shown yet)."""
        return build_context_menu(self, pos)

    def open_quick_code(self) -> None:
        """Open the quick-code box under the selection (or the caret)."""
        layer = self.view.layer
        order = code_tree.preorder(code_tree.children_of(layer.codes.values()))
        paths = [(cid, layer.path(cid)) for cid in order]
        rect = self.view.cursorRect()
        where = self.view.viewport().mapToGlobal(rect.bottomLeft() + QPoint(0, 4))
        self.quick_code.open_at(paths, where)

    def ask_code_name(self) -> str | None:
        """Ask for a new code's name; None if cancelled. Tests replace this method."""
        name, ok = QInputDialog.getText(self, tr("New code"), tr(
            "Name of the new code (Parent/Child to place it under a parent):"))
        return name if ok and name.strip() else None

    def new_code_from_dialog(self) -> None:
        """"New code…": ask a name, create the code and apply it in one step."""
        if self.view.selected_range() is None:
            return
        name = self.ask_code_name()
        if name:
            self.coding_actions.new_code(name)

    def find_similar(self) -> None:
        """Ask for passages like the selection (the window shows them)."""
        selected = self.view.selected_range()
        if selected is not None and self._source_id is not None:
            self.bridge.similar_requested.emit(
                SimilarRequest(span=(self._source_id, *selected)))

    # -- gestures --------------------------------------------------------------
    def _show_context_menu(self, pos: QPoint) -> None:
        menu = self.context_menu_at(pos)
        self.exec_menu(menu, self.view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def exec_menu(self, menu: QMenu, where: QPoint) -> None:
        """Run a menu modally at a global point. Tests replace this (exec blocks)."""
        menu.exec(where)

    def _apply_number(self, number: int) -> None:
        if self._number_codes is None:
            return
        codes = self._number_codes()
        if 0 < number <= len(codes):
            self.coding_actions.apply([codes[number - 1]])

    @contextmanager
    def _caret_silenced(self) -> Iterator[None]:
        """Caret moves inside say nothing: the caller sets the current coding itself."""
        self._quiet = True
        try:
            yield
        finally:
            self._quiet = False

    def _caret_moved(self) -> None:
        if self._quiet:
            return
        position = self.view.caret_position()
        here = [] if position is None else self.view.layer.codings_at(position)
        self._set_current(here[0].id if here else None)

    def _stripe_clicked(self, coding_id: int) -> None:
        coding = self.view.layer.codings.get(coding_id)
        if coding is None:
            return
        # Select without re-centring: the stripe was clicked because it is on screen.
        # The click, not the caret, says which of the overlapping codings is meant.
        with self._caret_silenced():
            self.view.select_range(coding.start, coding.end, centre=False)
        self._set_current(coding_id)

    def _set_current(self, coding_id: int | None) -> None:
        if coding_id != self._current:
            self._current = coding_id
            self.margin.set_selected(coding_id)
            self.coding_selected.emit(coding_id)

    # -- keeping up with the project ------------------------------------------
    def _codings_changed(self, ids: frozenset[int]) -> None:
        if self._source_id is None:
            return
        layer = self.view.layer
        project = self.bridge.project
        changed: list[Coding] = []
        removed: list[int] = []
        if len(ids) > BULK_CHANGE:
            current = project.codings(source_id=self._source_id)
            changed = current
            removed = list(set(layer.codings) - {c.id for c in current})
        else:
            for coding_id in ids:
                try:
                    coding = project.coding(coding_id)
                except OperationError:
                    removed.append(coding_id)
                    continue
                if coding.source_id == self._source_id:
                    changed.append(coding)
        changed, removed = self.coder_filter.follow(changed, removed,
                                                    whole=len(ids) > BULK_CHANGE)
        dirty = layer.update_codings(changed, removed)
        if self._current is not None and self._current not in layer.codings:
            self._caret_moved()
        self.margin.update_ranges(dirty)

    def _coders_chosen(self) -> None:
        """Show the codings of the coders chosen above the text (and only theirs)."""
        if self._source_id is None:
            return
        layer, shown = self.view.layer, self.coder_filter
        every = self.bridge.project.codings(source_id=self._source_id)
        layer.update_codings([c for c in every if shown.shows(c)],
                             [c.id for c in every if not shown.shows(c)])
        self.margin.compare(shown.compared())
        self.margin.update()
        if self._current is not None and self._current not in layer.codings:
            self._caret_moved()

    def _codes_changed(self, ids: frozenset[int]) -> None:
        if self._source_id is None:
            return
        self.view.layer.update_codes(self.bridge.project.codes(), ids)
        self.margin.update()

    def _sources_changed(self) -> None:
        if self._source_id is None or self.follower.followed:
            return  # (the text edits of this change are shown already)
        try:
            source = self.bridge.project.source(self._source_id)
        except OperationError:
            self.clear()
            return
        if source.text != self._shown_text:
            # The words themselves changed (pseudonymised, or that undone): show them
            # again, keeping the reader's place.
            bar = self.view.verticalScrollBar()
            where = bar.value()
            self.show_source(self._source_id)
            bar.setValue(where)

    def detach(self) -> None:
        """Stop listening to the project (the pane is closing); safe to call twice."""
        if self._attached:
            self._attached = False
            self.bridge.codings_changed.disconnect(self._codings_changed)
            self.bridge.codes_changed.disconnect(self._codes_changed)
            self.bridge.sources_changed.disconnect(self._sources_changed)
            self.bridge.changed.disconnect(self.follower.changed)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        self.margin.fit_pane(event.size().width())
        super().resizeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.detach()
        super().closeEvent(event)

