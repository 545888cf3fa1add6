"""The main window: transcripts and codes on the left, the open transcript in the centre.

This is the foundation's window; the full coding workspace grows from it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from annotator.formats.errors import UnreadableFile
from annotator.operations.changes import Changes
from annotator.operations.errors import OperationError
from annotator.project import Project
from annotator.store.errors import ProjectFileError
from annotator.ui.transcript_view import TranscriptView

USER_ERRORS = (ProjectFileError, OperationError, UnreadableFile, FileExistsError)
SOURCE_ID = Qt.ItemDataRole.UserRole


def _swatch(color: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project: Project | None = None
        self._source_id: int | None = None
        self.transcript = TranscriptView(self)
        self.setCentralWidget(self.transcript)
        self.sources_list = QListWidget(self)
        self.sources_list.setObjectName("documentsList")
        self.sources_list.itemActivated.connect(self._open_item)
        self.sources_list.currentItemChanged.connect(lambda item, _old: self._open_item(item))
        self.code_tree = QTreeWidget(self)
        self.code_tree.setObjectName("codeTree")
        self.code_tree.setHeaderLabels(["Code", "Codings"])
        header = self.code_tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for title, widget, name in (("Transcripts", self.sources_list, "documentsDock"),
                                    ("Codes", self.code_tree, "codesDock")):
            dock = QDockWidget(title, self)
            dock.setObjectName(name)
            dock.setWidget(widget)
            self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        self._build_menus()
        self.resize(1200, 800)
        self._restore_layout()
        self._update_title()

    # -- menus -------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self._action(file_menu, "&New Project…", self.new_project, QKeySequence.StandardKey.New)
        self._action(file_menu, "&Open Project…", self.choose_project,
                     QKeySequence.StandardKey.Open)
        self.import_action = self._action(file_menu, "&Import Transcripts…",
                                          self.choose_imports, "Ctrl+I")
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit)
        edit_menu = self.menuBar().addMenu("&Edit")
        self.undo_action = self._action(edit_menu, "&Undo", self.undo,
                                        QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(edit_menu, "&Redo", self.redo, "Ctrl+Shift+Z")
        self._refresh_undo_actions()

    def _action(self, menu: object, text: str, slot: object,
                shortcut: QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)  # type: ignore[attr-defined]
        return action

    # -- project -----------------------------------------------------------
    def open_project(self, path: Path) -> bool:
        try:
            project = Project.open(path)
        except USER_ERRORS as exc:
            self.show_error(str(exc))
            return False
        self._set_project(project)
        return True

    def _set_project(self, project: Project) -> None:
        if self.project is not None:
            self.project.close()
        self.project = project
        project.subscribe(self._on_changes)
        self._source_id = None
        self._refresh_all()
        if self.sources_list.count():
            self.sources_list.setCurrentRow(0)

    def new_project(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, "New project", "",
                                              "Annotator projects (*.annotator)")
        if not name:
            return
        path = Path(name).with_suffix(".annotator")
        try:
            self._set_project(Project.create(path))
        except USER_ERRORS as exc:
            self.show_error(str(exc))

    def choose_project(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Open project", "",
                                              "Annotator projects (*.annotator)")
        if name:
            self.open_project(Path(name))

    def choose_imports(self) -> None:
        if self.project is None:
            self.show_error("Open or create a project before importing transcripts.")
            return
        names, _ = QFileDialog.getOpenFileNames(self, "Import transcripts", "",
                                                "Transcripts (*.docx *.txt)")
        self.import_files([Path(n) for n in names])

    def import_files(self, paths: list[Path]) -> None:
        if self.project is None or not paths:
            return
        try:
            self.project.import_files(paths)
        except USER_ERRORS as exc:
            self.show_error(str(exc))

    def undo(self) -> None:
        if self.project is not None:
            self._guard(self.project.undo)

    def redo(self) -> None:
        if self.project is not None:
            self._guard(self.project.redo)

    def _guard(self, action: object) -> None:
        try:
            action()  # type: ignore[operator]
        except USER_ERRORS as exc:
            self.show_error(str(exc))

    def show_error(self, sentence: str) -> None:
        self.statusBar().showMessage(sentence, 10000)
        QMessageBox.warning(self, "Annotator", sentence)

    # -- views -------------------------------------------------------------
    def _on_changes(self, changes: Changes) -> None:
        self._refresh_all()
        if changes.label:
            verb = "Undid" if changes.undone else "Done:"
            self.statusBar().showMessage(f"{verb} {changes.label}", 4000)

    def _refresh_all(self) -> None:
        self._refresh_sources()
        self._refresh_codes()
        self._show_current()
        self._refresh_undo_actions()
        self._update_title()

    def _refresh_sources(self) -> None:
        self.sources_list.blockSignals(True)
        self.sources_list.clear()
        if self.project is not None:
            for summary in self.project.sources():
                item = QListWidgetItem(
                    f"{summary.name}\n{summary.words:,} words · {summary.codings} codings")
                item.setData(SOURCE_ID, summary.id)
                self.sources_list.addItem(item)
                if summary.id == self._source_id:
                    self.sources_list.setCurrentItem(item)
        self.sources_list.blockSignals(False)

    def _refresh_codes(self) -> None:
        self.code_tree.clear()
        if self.project is None:
            return
        usage = self.project.code_usage()
        items: dict[int, QTreeWidgetItem] = {}
        for code in self.project.codes():
            parent = items.get(code.parent_id) if code.parent_id is not None else None
            item = QTreeWidgetItem([code.name, str(usage.get(code.id, (0, 0))[0])])
            item.setIcon(0, _swatch(code.color))
            item.setToolTip(0, code.description)
            if parent is None:
                self.code_tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            items[code.id] = item
        self.code_tree.expandAll()

    def _open_item(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self._source_id = int(item.data(SOURCE_ID))
        self._show_current()

    def _show_current(self) -> None:
        project = self.project
        if project is None or self._source_id is None:
            self.transcript.clear()
            return
        try:
            source = project.source(self._source_id)
        except OperationError:
            self._source_id = None
            self.transcript.clear()
            return
        self.transcript.show_source(source.text, project.paragraphs(source.id),
                                    project.codings(source.id), project.codes())

    def _refresh_undo_actions(self) -> None:
        history = self.project.history if self.project is not None else None
        undo = history.undo_label if history else None
        redo = history.redo_label if history else None
        self.undo_action.setEnabled(undo is not None)
        self.undo_action.setText(f"&Undo {undo}" if undo else "&Undo")
        self.redo_action.setEnabled(redo is not None)
        self.redo_action.setText(f"&Redo {redo}" if redo else "&Redo")

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.project.name} — Annotator" if self.project else "Annotator")

    # -- layout memory -----------------------------------------------------
    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        state = settings.value("window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: object) -> None:  # noqa: N802 (Qt override)
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        if self.project is not None:
            self.project.close()
            self.project = None
        super().closeEvent(event)  # type: ignore[arg-type]
