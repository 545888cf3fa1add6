"""Renaming and removing transcripts from the transcripts list: its right-click menu,
F2 to rename in place, Delete to remove after a question that says what goes.

Both are one undoable step through the bridge; a refused name (taken, empty) is one
sentence on the bridge's error, and the list shows the name as it is.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QStandardItem
from PySide6.QtWidgets import (
    QGridLayout,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QSpacerItem,
    QTreeView,
    QWidget,
)

from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.shared.i18n import describe, tr
from annotator.ui.shared.icons import icon


def confirm_removal(parent: QWidget | None, name: str, what_goes: str) -> bool:
    """Ask before a transcript goes: its name, and what goes with it."""
    box = QMessageBox(QMessageBox.Icon.Question, tr("Remove transcript"),
                      tr("Remove the transcript “{name}” from the project?").format(name=name),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("removeTranscriptBox")
    box.setTextFormat(Qt.TextFormat.PlainText)  # names are never markup
    box.setInformativeText(what_goes + "\n" + tr("Edit > Undo brings it all back."))
    remove = box.addButton(tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
    remove.setObjectName("remove")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    # Wide enough for the list of codes to read in two lines rather than four.
    layout = box.layout()
    if isinstance(layout, QGridLayout):
        layout.addItem(QSpacerItem(460, 0, QSizePolicy.Policy.Minimum),
                       layout.rowCount(), 0, 1, layout.columnCount())
    box.exec()
    chosen = box.clickedButton() is remove
    box.deleteLater()
    return chosen


class TranscriptActions(QObject):
    """Open, Rename… (F2) and Remove… (Delete) on the transcript under `view`'s cursor.

    `source_at(index)` is the transcript an index of the list stands for (None for a
    participant's row); `open_source(id)` opens one.
    """

    def __init__(self, bridge: ProjectBridge, view: QTreeView,
                 source_at: Callable[[QModelIndex], int | None],
                 open_source: Callable[[int], None]) -> None:
        super().__init__(view)
        self._bridge = bridge
        self._view = view
        self._source_at = source_at
        self._open_source = open_source
        self.rename = self._action(tr("Rename…"), "rename", QKeySequence(Qt.Key.Key_F2),
                                   self.rename_current)
        self.remove = self._action(tr("Remove…"), "delete",
                                   QKeySequence(QKeySequence.StandardKey.Delete),
                                   self.remove_current)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._menu)

    def _action(self, text: str, icon_name: str, key: QKeySequence,
                slot: Callable[[], None]) -> QAction:
        action = QAction(icon(icon_name), text, self._view)
        action.setShortcut(key)
        # Only while the list has the focus: Delete in a transcript or the code tree
        # means something else.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self._view.addAction(action)
        return action

    def current(self) -> int | None:
        return self._source_at(self._view.currentIndex())

    def _menu(self, pos: QPoint) -> None:
        index = self._view.indexAt(pos)
        source_id = self._source_at(index)
        if source_id is None:
            return
        self._view.setCurrentIndex(index.siblingAtColumn(0))
        writable = not self._bridge.project.read_only
        self.rename.setEnabled(writable)
        self.remove.setEnabled(writable)
        menu = QMenu(self._view)
        menu.setObjectName("transcriptMenu")
        menu.addAction(tr("Open"), lambda: self._open_source(source_id))
        menu.addSeparator()
        menu.addAction(self.rename)
        menu.addAction(self.remove)
        menu.exec(self._view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def rename_current(self) -> None:
        index = self._view.currentIndex().siblingAtColumn(0)
        if self._source_at(index) is not None and not self._bridge.project.read_only:
            # After the menu has closed and given the focus back: an editor opened
            # before would lose it then, and close.
            QTimer.singleShot(0, lambda: self._edit(QPersistentModelIndex(index)))

    def _edit(self, index: QPersistentModelIndex) -> None:
        if index.isValid():
            self._view.setFocus()
            self._view.setCurrentIndex(QModelIndex(index))
            self._view.edit(QModelIndex(index))

    def renamed(self, item: QStandardItem, source_id: int) -> None:
        """The name typed in place: rename, once the editor has closed."""
        name = item.text()
        QTimer.singleShot(0, lambda: self._rename(source_id, name))

    def _rename(self, source_id: int, name: str) -> None:
        project = self._bridge.project
        if project.closed or name == project.source(source_id).name:
            return
        done = self._bridge.run(tr("Rename transcript"),
                                lambda: project.rename_source(source_id, name))
        if done is None and not project.closed:
            self._bridge.sources_changed.emit()  # refused: the list shows the name it has

    def remove_current(self) -> None:
        source_id = self.current()
        if source_id is None:
            return
        project = self._bridge.project
        contents = self._bridge.run(tr("Remove transcript"),
                                    lambda: project.source_contents(source_id))
        if contents is None or not confirm_removal(self._view.window(), contents.name,
                                                   describe(contents.sentence())):
            return
        self._bridge.run(tr("Remove transcript"), lambda: project.remove_source(source_id))
