"""File menu actions that move a project in and out: REFI-QDA, the codebook, the board.

Each asks for a file with the platform dialog, does its work through the
Project facade and tells the researcher the outcome in one sentence, or shows
the import report, which says what came in and what was skipped and why.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from annotator.exports.targets import export_file
from annotator.formats.reader import EXCHANGE_SUFFIXES
from annotator.ui.shared.bridge import USER_ERRORS, ProjectBridge
from annotator.ui.shared.i18n import describe, tr
from annotator.ui.shared.plain import plain_message


def is_exchange_file(path: Path) -> bool:
    return path.suffix.lower() in EXCHANGE_SUFFIXES


def import_exchange_files(bridge: ProjectBridge, paths: list[Path], parent: QWidget) -> bool:
    """Import REFI-QDA files one undo step each; shows each import's report."""
    imported = False
    for path in paths:
        report = bridge.run(tr("Import “{name}”").format(name=path.name),
                            lambda p=path: bridge.project.import_exchange(p))
        if report is None:
            continue  # refused: the bridge has told the user why
        imported = True
        show_report(parent, tr("Imported “{name}”").format(name=path.name),
                    "\n".join(describe(line) for line in report.lines()))
    return imported


def show_report(parent: QWidget, title: str, text: str) -> None:
    """The import report; a seam that tests replace (a message box waits for a click)."""
    plain_message(parent, QMessageBox.Icon.Information, title, text)


def _save_name(parent: QWidget, title: str, suggested: str, filters: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return Path(name) if name else None


def export_qdpx(bridge: ProjectBridge, parent: QWidget, out: Path | None = None) -> bool:
    out = out or _save_name(parent, tr("Export REFI-QDA project"),
                            f"{bridge.project.name}.qdpx", tr("REFI-QDA projects (*.qdpx)"))
    if out is None:
        return False
    out = out.with_suffix(".qdpx")
    try:
        with export_file(bridge.project, out) as partial:
            refi = bridge.project.export_qdpx(partial)
    except (OSError, ValueError, *USER_ERRORS) as exc:
        bridge.error.emit(tr("The project could not be exported ({error}).").format(
            error=describe(exc)))
        return False
    codings = sum(len(s.selections) for s in refi.sources)
    parent.window().statusBar().showMessage(  # type: ignore[attr-defined]
        tr("Exported {sources} transcripts and {codings} codings to {file}.").format(
            sources=len(refi.sources), codings=codings, file=out.name), 8000)
    return True


def export_codebook(bridge: ProjectBridge, parent: QWidget, out: Path | None = None) -> bool:
    suggested = tr("{project} codebook.qdc", "a file name").format(project=bridge.project.name)
    out = out or _save_name(parent, tr("Export codebook"), suggested,
                            tr("REFI-QDA codebooks (*.qdc)"))
    if out is None:
        return False
    out = out.with_suffix(".qdc")
    try:
        with export_file(bridge.project, out) as partial:
            bridge.project.export_codebook(partial)
    except (OSError, ValueError, *USER_ERRORS) as exc:
        bridge.error.emit(tr("The codebook could not be exported ({error}).").format(
            error=describe(exc)))
        return False
    parent.window().statusBar().showMessage(  # type: ignore[attr-defined]
        tr("Exported the codebook to {file}.").format(file=out.name), 8000)
    return True
