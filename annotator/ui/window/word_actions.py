"""File menu actions for Word: annotated transcripts, the theme report, the excerpts
table, and a partner's comments coming back (member checking)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from annotator.exports.targets import check_export, export_file
from annotator.ui.shared.bridge import USER_ERRORS, ProjectBridge
from annotator.ui.shared.i18n import describe, tr
from annotator.ui.window.exchange_actions import show_report

# The Word and Excel writers are imported when first used, not at start-up: loading
# python-docx is a noticeable part of a cold start.
FAILURES = (OSError, ValueError, *USER_ERRORS)


def _status(parent: QWidget, text: str) -> None:
    parent.window().statusBar().showMessage(text, 8000)  # type: ignore[attr-defined]


def ask_folder(parent: QWidget) -> Path | None:
    """Where annotated transcripts go; a seam that tests replace."""
    name = QFileDialog.getExistingDirectory(parent, tr("Export annotated transcripts into"))
    return Path(name) if name else None


def ask_save(parent: QWidget, title: str, suggested: str, filters: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return Path(name) if name else None


def ask_open(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, tr("Import a partner's comments"), "",
                                          tr("Word documents (*.docx)"))
    return Path(name) if name else None


def _progress_dialog(count: int, parent: QWidget) -> QProgressDialog:
    """The export's progress, stopped only by a click on Cancel or by Escape.

    QProgressDialog's own Cancel button is an auto-default button that takes the focus,
    so Enter, Return or Space, typed while the export ran, stopped it. This button never
    takes the focus and is never the default. Escape stops at once, without asking: each
    file is written whole or not at all, and the status bar then names the transcripts
    that were not written, so stopping loses nothing that a second export cannot redo.
    """
    dialog = QProgressDialog(tr("Writing annotated transcripts…"), tr("Cancel"), 0, count,
                             parent)
    # Its own button, reconfigured rather than replaced: setCancelButton() adds a second
    # Escape shortcut, and two make Escape ambiguous, so it did nothing.
    for cancel in dialog.findChildren(QPushButton):
        cancel.setAutoDefault(False)
        cancel.setDefault(False)
        cancel.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    dialog.setWindowTitle(tr("Export"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    return dialog


def export_annotated(bridge: ProjectBridge, parent: QWidget) -> list[Path]:
    folder = ask_folder(parent)
    if folder is None:
        return []
    wanted = [source.name for source in bridge.project.sources()]
    dialog = _progress_dialog(len(wanted), parent)
    cancelled = False

    def progress(done: int, total: int, name: str) -> bool:
        nonlocal cancelled
        dialog.setValue(done)
        if name:
            dialog.setLabelText(tr("Writing “{name}” ({done} of {total})…").format(
                name=name, done=done + 1, total=total))
        QApplication.processEvents()
        cancelled = cancelled or (bool(name) and dialog.wasCanceled())
        return not cancelled

    try:
        from annotator.exports.word import cancelled_summary, export_transcripts

        written = export_transcripts(bridge.project, folder, progress=progress, say=describe)
    except FAILURES as exc:
        bridge.error.emit(tr("The transcripts could not be exported ({error}).").format(
            error=describe(exc)))
        return []
    finally:
        dialog.close()
        dialog.deleteLater()
    if cancelled:
        _status(parent, describe(cancelled_summary(written, wanted)))
    elif len(written) == 1:
        _status(parent, tr("Wrote 1 annotated transcript into {folder}.").format(folder=folder))
    else:
        _status(parent, tr("Wrote {n} annotated transcripts into {folder}.").format(
            n=len(written), folder=folder))
    notes = [f"{t.name}: {describe(note)}" for t in written for note in t.skipped]
    if notes:
        show_report(parent, tr("Annotated transcripts"), "\n".join(notes))
    return [transcript.path for transcript in written]


def export_report(bridge: ProjectBridge, parent: QWidget) -> Path | None:
    out = ask_save(parent, tr("Export theme report"),
                   tr("{project} themes.docx", "a file name").format(project=bridge.project.name),
                   tr("Word documents (*.docx)"))
    if out is None:
        return None
    out = out.with_suffix(".docx")
    try:
        from annotator.exports.word import project_report
        from annotator.formats.docx.report import write_report

        check_export(bridge.project, out)
        report = project_report(bridge.project)
        with export_file(bridge.project, out) as partial:
            write_report(report, partial, say=describe)
    except FAILURES as exc:
        bridge.error.emit(tr("The theme report could not be written ({error}).").format(
            error=describe(exc)))
        return None
    _status(parent, tr("Wrote the theme report to {file}.").format(file=out.name))
    return out


def ask_coders(parent: QWidget, names: list[str]) -> list[str] | None:
    """Whose excerpts to export, asked only when two or more have coded: [] for every
    coder's, None when cancelled; a seam that tests replace."""
    if len(names) < 2:
        return []
    items = [tr("All coders"), *names]
    chosen, ok = QInputDialog.getItem(parent, tr("Export excerpts"), tr("C&oder:"), items, 0,
                                      False)
    if not ok:
        return None
    return [] if items.index(chosen) == 0 else [chosen]


def export_excerpts(bridge: ProjectBridge, parent: QWidget) -> Path | None:
    coders = ask_coders(parent, sorted(bridge.project.team.coders(), key=str.casefold))
    if coders is None:
        return None
    out = ask_save(parent, tr("Export excerpts"),
                   tr("{project} excerpts.xlsx", "a file name").format(
                       project=bridge.project.name),
                   ";;".join((tr("Excel workbooks (*.xlsx)"), tr("CSV, UTF-8 (*.csv)"))))
    if out is None:
        return None
    if out.suffix.lower() not in (".xlsx", ".csv"):
        out = out.with_suffix(".xlsx")
    try:
        from annotator.exports.word import excerpt_rows
        from annotator.formats.tables.excerpts import write_table

        check_export(bridge.project, out)
        rows, attributes = excerpt_rows(bridge.project, coders or None)
        with export_file(bridge.project, out) as partial:
            write_table(rows, partial, attributes)
    except FAILURES as exc:
        bridge.error.emit(tr("The excerpts could not be written ({error}).").format(
            error=describe(exc)))
        return None
    _status(parent, tr("Wrote {n} excerpts to {file}.").format(n=len(rows), file=out.name))
    return out


def import_partner_comments(bridge: ProjectBridge, parent: QWidget) -> bool:
    path = ask_open(parent)
    if path is None:
        return False
    from annotator.exports.word import import_comments

    report = bridge.run(tr("Import comments"), lambda: import_comments(bridge.project, path))
    if report is None:
        return False
    show_report(parent, tr("Comments from “{name}”").format(name=path.name),
                "\n".join(describe(line) for line in report.lines()))
    return True
