"""The main window's File menu work: project dialogs, imports (also by dropping
files on the window) and exports. A part the window owns, kept apart so that the
window class holds layout and navigation only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QFileDialog

from annotator.formats.reader import TRANSCRIPT_SUFFIXES
from annotator.platform import backups as project_backups
from annotator.project import Project
from annotator.ui.dialogs.backups import RestoreDialog, confirm_restore, taken_at
from annotator.ui.dialogs.import_progress import import_with_progress
from annotator.ui.dialogs.pseudonym import pseudonymise
from annotator.ui.dialogs.refused_files import show_refused
from annotator.ui.shared.bridge import USER_ERRORS
from annotator.ui.shared.i18n import describe, tr
from annotator.ui.shared.preferences import load_preferences
from annotator.ui.window import team_actions, word_actions
from annotator.ui.window.exchange_actions import (
    EXCHANGE_SUFFIXES,
    export_codebook,
    export_qdpx,
    import_exchange_files,
    is_exchange_file,
)
from annotator.ui.window.protocols import WindowApi

PROJECT_SUFFIX = ".annotator"


class FileActions:
    """Project dialogs, imports and exports for `window`, which shows their outcome."""

    def __init__(self, window: WindowApi) -> None:
        self._window = window

    def new_project_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self._window.window(), tr("New project"), "",
                                              tr("Annotator projects (*.annotator)"))
        if name:
            self._window.create_project(Path(name).with_suffix(PROJECT_SUFFIX))

    def open_project_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self._window.window(), tr("Open project"), "",
                                              tr("Annotator projects (*.annotator)"))
        if name:
            self._window.open_project(Path(name))

    def import_dialog(self) -> None:
        if self._window.bridge is None:
            self._window.show_error(tr("Open or create a project before importing transcripts."))
            return
        transcripts = " ".join(f"*{suffix}" for suffix in TRANSCRIPT_SUFFIXES)
        exchange = " ".join(f"*{suffix}" for suffix in EXCHANGE_SUFFIXES)
        filters = ";;".join((
            tr("Transcripts and REFI-QDA projects ({patterns})").format(
                patterns=f"{transcripts} {exchange}"),
            tr("Transcripts ({patterns})").format(patterns=transcripts),
            tr("REFI-QDA projects and codebooks ({patterns})").format(patterns=exchange)))
        names, _ = QFileDialog.getOpenFileNames(self._window.window(), tr("Import transcripts"),
                                                "", filters)
        self.import_files([Path(n) for n in names])

    def import_files(self, paths: list[Path]) -> list[int]:
        if self._window.bridge is None:
            self._window.show_error(tr("Open or create a project before importing transcripts."))
            return []
        exchange = [p for p in paths if is_exchange_file(p)]
        if exchange:
            import_exchange_files(self._window.bridge, exchange, self._window.window())
        refused: list[tuple[Path, str]] = []
        ids = import_with_progress(self._window.bridge, [p for p in paths if p not in exchange],
                                   self._window.window(), refused)
        show_refused(refused, len(ids), self._window.window())
        if ids:
            self._window.open_source(ids[0])
            self._window.statusBar().showMessage(
                tr("Imported 1 transcript.") if len(ids) == 1
                else tr("Imported {n} transcripts.").format(n=len(ids)), 5000)
        return ids

    def open_files(self, paths: list[Path]) -> None:
        """Files handed to the app by the system or dropped on the window: a project
        is opened (the last, if several), anything else imported into the open one."""
        projects = [p for p in paths if p.suffix.lower() == PROJECT_SUFFIX]
        if projects:
            path = projects[-1]
            current = self._window.project.path if self._window.project is not None else None
            if current is None or current.resolve() != path.resolve():
                self._window.open_project(path)
        others = [p for p in paths if p not in projects]
        if others:
            self.import_files(others)

    def take_backup(self, project: Project) -> None:
        """The backup taken as a project opens; a failure is told, the project opens."""
        try:
            # How many backups to keep is a preference of this machine's user.
            project.take_backup(keep=load_preferences().backups)
        except (OSError, *USER_ERRORS) as exc:
            self._window.show_error(tr("No backup could be taken this time ({reason}); your "
                                       "project itself is unaffected.").format(reason=exc))

    def restore_backup_dialog(self) -> None:
        """File > Restore from Backup…: close the project, put the backup in its place,
        open it again. The state replaced is backed up first (platform.backups.restore)."""
        if self._window.project is None or self._window.project.read_only:
            return
        path = self._window.project.path
        dialog = RestoreDialog(path, self._window.window())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        backup = dialog.chosen()
        if backup is None or not confirm_restore(self._window.window(), backup):
            return
        self._window.close_project()
        try:
            project_backups.restore(path, backup)
        except (OSError, *USER_ERRORS) as exc:
            self._window.open_project(path)  # as it was: a restore is all or nothing
            self._window.show_error(tr("The backup could not be restored ({reason}).").format(
                reason=describe(exc)), modal=True)
            return
        if self._window.open_project(path):
            self._window.statusBar().showMessage(tr(
                "Restored the backup of {when}; the state it replaced was backed up "
                "first.").format(when=taken_at(backup)), 10000)

    def export_qdpx(self) -> None:
        if self._window.bridge is not None:
            export_qdpx(self._window.bridge, self._window.window())

    def export_codebook(self) -> None:
        if self._window.bridge is not None:
            export_codebook(self._window.bridge, self._window.window())

    def pseudonymise(self) -> None:
        if self._window.bridge is not None:
            pseudonymise(self._window.bridge, self._window.window())

    def word_action(self, name: str) -> None:
        """Run one of ui/window/word_actions' menu actions on the open project."""
        if self._window.bridge is not None:
            getattr(word_actions, name)(self._window.bridge, self._window.window())

    def team_action(self, name: str) -> None:
        """Run one of ui/window/team_actions' menu actions on the open project."""
        if self._window.bridge is not None:
            getattr(team_actions, name)(self._window.bridge, self._window.window())

    def export_board(self) -> None:
        if self._window.board is not None:
            self._window.show_board()
            self._window.board.export()

    # -- drag and drop of files (the window's drag and drop events) -----------------
    @staticmethod
    def _importable(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        # Every local file: one that cannot be imported is then told why, not ignored.
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        return [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]

    def drag_enter(self, event: QDragEnterEvent) -> None:
        if self._importable(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def drop(self, event: QDropEvent) -> None:
        paths = self._importable(event)
        if paths:
            event.acceptProposedAction()
            self.open_files(paths)
