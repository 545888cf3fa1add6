"""Importing files from the UI: one undoable step, with a cancellable progress dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.shared.i18n import tr


def import_with_progress(bridge: ProjectBridge, paths: list[Path], parent: QWidget | None,
                         refused: list[tuple[Path, str]] | None = None) -> list[int]:
    """Import `paths`; returns the new source ids ([] if cancelled or refused). With
    `refused`, the files that cannot be read go there and the others are imported."""
    if not paths:
        return []
    dialog: QProgressDialog | None = None
    if len(paths) > 1:
        dialog = QProgressDialog(tr("Importing transcripts…"), tr("Cancel"), 0, len(paths),
                                 parent)
        dialog.setWindowTitle(tr("Import"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)

    def progress(done: int, total: int, name: str) -> bool:
        if dialog is None:
            return True
        dialog.setValue(done)
        if name:
            dialog.setLabelText(tr("Reading “{name}” ({done} of {total})…").format(
                name=name, done=done + 1, total=total))
        QApplication.processEvents()
        return not dialog.wasCanceled()

    label = (tr("Import {n} files").format(n=len(paths)) if len(paths) > 1
             else tr("Import “{name}”").format(name=paths[0].name))
    try:
        ids = bridge.run(label, lambda: bridge.project.import_files(paths, progress, refused))
    finally:
        if dialog is not None:
            dialog.close()
    return ids or []
