"""The main window's File menu work: project dialogs, imports (also by dropping
files on the window) and exports. A mixin of MainWindow, kept apart so that the
window class holds layout and navigation only."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QFileDialog

from annotator.platform import backups as project_backups
from annotator.ui.dialogs.backups import RestoreDialog, confirm_restore, taken_at
from annotator.ui.dialogs.import_progress import IMPORTABLE, import_with_progress
from annotator.ui.dialogs.pseudonym import pseudonymise
from annotator.ui.shared.bridge import USER_ERRORS
from annotator.ui.shared.i18n import describe, tr
from annotator.ui.window import word_actions
from annotator.ui.window.exchange_actions import (
    EXCHANGE_SUFFIXES,
    export_codebook,
    export_qdpx,
    import_exchange_files,
    is_exchange_file,
)

PROJECT_SUFFIX = ".annotator"

if TYPE_CHECKING:
    from annotator.ui.window.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object


class FileActions(_Base):
    # -- file actions -------------------------------------------------------------
    def new_project_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, tr("New project"), "",
                                              tr("Annotator projects (*.annotator)"))
        if name:
            self.create_project(Path(name).with_suffix(PROJECT_SUFFIX))

    def open_project_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, tr("Open project"), "",
                                              tr("Annotator projects (*.annotator)"))
        if name:
            self.open_project(Path(name))

    def import_dialog(self) -> None:
        if self.bridge is None:
            self.show_error(tr("Open or create a project before importing transcripts."))
            return
        filters = ";;".join((
            tr("Transcripts and REFI-QDA projects (*.docx *.txt *.md *.qdpx *.qdc)"),
            tr("Transcripts (*.docx *.txt *.md)"),
            tr("REFI-QDA projects and codebooks (*.qdpx *.qdc)")))
        names, _ = QFileDialog.getOpenFileNames(self, tr("Import transcripts"), "", filters)
        self.import_files([Path(n) for n in names])

    def import_files(self, paths: list[Path]) -> list[int]:
        if self.bridge is None:
            self.show_error(tr("Open or create a project before importing transcripts."))
            return []
        exchange = [p for p in paths if is_exchange_file(p)]
        if exchange:
            import_exchange_files(self.bridge, exchange, self)
        ids = import_with_progress(self.bridge, [p for p in paths if p not in exchange], self)
        if ids:
            self.open_source(ids[0])
            self.statusBar().showMessage(
                tr("Imported 1 transcript.") if len(ids) == 1
                else tr("Imported {n} transcripts.").format(n=len(ids)), 5000)
        return ids

    def open_files(self, paths: list[Path]) -> None:
        """Files handed to the app by the system or dropped on the window: a project
        is opened (the last, if several), anything else imported into the open one."""
        projects = [p for p in paths if p.suffix.lower() == PROJECT_SUFFIX]
        if projects:
            path = projects[-1]
            current = self.project.path if self.project is not None else None
            if current is None or current.resolve() != path.resolve():
                self.open_project(path)
        others = [p for p in paths if p not in projects]
        if others:
            self.import_files(others)

    def restore_backup_dialog(self) -> None:
        """File > Restore from Backup…: close the project, put the backup in its place,
        open it again. The state replaced is backed up first (services.backups.restore)."""
        if self.project is None or self.project.read_only:
            return
        path = self.project.path
        dialog = RestoreDialog(path, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        backup = dialog.chosen()
        if backup is None or not confirm_restore(self, backup):
            return
        self.close_project()
        try:
            project_backups.restore(path, backup)
        except (OSError, *USER_ERRORS) as exc:
            self.open_project(path)  # as it was: a restore is all or nothing
            self.show_error(tr("The backup could not be restored ({reason}).").format(
                reason=describe(exc)), modal=True)
            return
        if self.open_project(path):
            self.statusBar().showMessage(tr(
                "Restored the backup of {when}; the state it replaced was backed up "
                "first.").format(when=taken_at(backup)), 10000)

    def export_qdpx(self) -> None:
        if self.bridge is not None:
            export_qdpx(self.bridge, self)

    def export_codebook(self) -> None:
        if self.bridge is not None:
            export_codebook(self.bridge, self)

    def pseudonymise(self) -> None:
        if self.bridge is not None:
            pseudonymise(self.bridge, self)

    def word_action(self, name: str) -> None:
        """Run one of ui/word_actions' menu actions on the open project."""
        if self.bridge is not None:
            getattr(word_actions, name)(self.bridge, self)

    def export_board(self) -> None:
        if self.board is not None:
            self.show_board()
            self.board.export()

    # -- drag and drop of files -----------------------------------------------------
    @staticmethod
    def _importable(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        return [Path(u.toLocalFile()) for u in urls
                if u.isLocalFile() and Path(u.toLocalFile()).suffix.lower()
                in (*IMPORTABLE, *EXCHANGE_SUFFIXES, PROJECT_SUFFIX)]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        if self._importable(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        paths = self._importable(event)
        if paths:
            event.acceptProposedAction()
            self.open_files(paths)
