"""The files an import left out, each with the sentence the command line gives for it:
a dialog the researcher reads at leisure, not a status message that goes in seconds."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from annotator.ui.shared.i18n import describe, tr
from annotator.ui.shared.plain import plain_tip


class RefusedFilesDialog(QDialog):
    """Lists `refused` (path, sentence) files; says how many others were imported."""

    def __init__(self, refused: list[tuple[Path, str]], imported: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refusedFilesDialog")
        n = len(refused)
        self.setWindowTitle(tr("Files not imported"))
        heading = (tr("1 file could not be imported:") if n == 1
                   else tr("{n} files could not be imported:").format(n=n))
        if imported:
            heading = (tr("Imported 1 transcript. ") if imported == 1 else
                       tr("Imported {n} transcripts. ").format(n=imported)) + heading
        self.heading = QLabel(heading, self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.files = QListWidget(self)
        self.files.setObjectName("refusedFiles")
        self.files.setWordWrap(True)
        self.files.setAlternatingRowColors(True)
        self.files.setSpacing(3)
        self.files.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.files.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.files.setAccessibleName(tr("Files not imported"))
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for path, sentence in refused:
            item = QListWidgetItem(warning, describe(sentence), self.files)
            item.setToolTip(plain_tip(str(path)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.files)
        layout.addWidget(buttons)
        self.resize(620, min(560, 150 + 60 * n))

    def sentences(self) -> list[str]:
        return [self.files.item(i).text() for i in range(self.files.count())]


def show_refused(refused: list[tuple[Path, str]], imported: int,
                 parent: QWidget | None) -> None:
    """Show the files an import left out, modally, until the researcher closes it."""
    if not refused:
        return
    dialog = RefusedFilesDialog(refused, imported, parent)
    dialog.exec()
    dialog.deleteLater()
