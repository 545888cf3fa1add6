"""File > Restore from Backup…: choose one of the project's backups and go back to it.

A backup is taken each time the project is opened (Preferences say how many stay).
The list shows when each was taken and what it holds, so the researcher can tell
the copy from before a mistake. Restoring backs the current state up first, so the
restore itself can be undone from the same list.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.platform import backups as project_backups
from annotator.platform.backups import Backup
from annotator.ui.shared.i18n import tr

BACKUP = Qt.ItemDataRole.UserRole + 1


class RestoreDialog(QDialog):
    """The backups of one project file, newest first; Restore returns the chosen one."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(tr("Restore from Backup"))
        backups = project_backups.backups(path)
        intro = QLabel(self)
        intro.setWordWrap(True)
        intro.setText(tr(
            "Annotator keeps a copy of “{name}” each time it is opened. Restoring replaces "
            "the project with the copy you choose; its current state is backed up first, "
            "so you can come back to it from this list.").format(name=path.stem)
            if backups else tr("There are no backups of “{name}” yet: one is taken each "
                               "time the project is opened.").format(name=path.stem))
        self.list = QTreeWidget(self)
        self.list.setObjectName("backupList")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([tr("Taken"), tr("Transcripts"), tr("Codes"), tr("Codings"),
                                   tr("Themes"), tr("Size")])
        self.list.setAccessibleName(tr("Backups"))
        self.list.setAccessibleDescription(
            tr("The project's backups, newest first, with what each holds."))
        locale = QLocale()
        for backup in backups:
            contents = project_backups.contents(backup)
            counts = ([str(n) for n in (contents.sources, contents.codes, contents.codings,
                                         contents.themes)]
                      if contents is not None else ["?"] * 4)
            when = taken_at(backup)
            item = QTreeWidgetItem(self.list, [when, *counts,
                                               locale.formattedDataSize(backup.size)])
            item.setData(0, BACKUP, backup)
            for column in range(1, 6):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
        for column in range(6):
            self.list.resizeColumnToContents(column)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(tr("Restore"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.currentItemChanged.connect(lambda *_: self._update())
        self.list.itemActivated.connect(lambda *_: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        if backups:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self._update()
        self.resize(560, 340)

    def _update(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    def chosen(self) -> Backup | None:
        item = self.list.currentItem()
        backup = item.data(0, BACKUP) if item is not None else None
        return backup if isinstance(backup, Backup) else None


def taken_at(backup: Backup) -> str:
    """When a backup was taken, in local time, written the same in every language (the
    system's short formats can drop the year or hide the order of day and month)."""
    return backup.taken.astimezone().strftime("%Y-%m-%d %H:%M")


def confirm_restore(parent: QWidget, backup: Backup) -> bool:
    when = taken_at(backup)
    answer = QMessageBox.question(
        parent, tr("Restore from Backup"),
        tr("Go back to the backup of {when}? Everything done since then is replaced; the "
           "current state is backed up first, so you can return to it.").format(when=when),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes
