"""Driving widgets the way a person does: shared by the window tests."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QWidget

from annotator.project import Project
from annotator.ui.transcript.view import TranscriptView
from annotator.ui.window.main_window import MainWindow


def point(view: TranscriptView, codepoint: int) -> QPoint:
    """The viewport point of the gap before a code point (where a word starts)."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.offsets.to_utf16(codepoint))
    return view.cursorRect(cursor).center()


def drag_select(qtbot, view: TranscriptView, start: int, end: int,
                modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press at `start`, move, release at `end`: what a hand does (with Alt held, say)."""
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, modifiers, point(view, start))
    qtbot.mouseMove(viewport, point(view, (start + end) // 2))
    qtbot.mouseMove(viewport, point(view, end))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifiers, point(view, end))


def send_drop(target: QWidget, mime: QMimeData, at: QPoint) -> bool:
    """Deliver a drag's enter, move and drop events; True if the drop was accepted.

    A real QDrag runs a nested event loop that blocks on the offscreen platform,
    so the events are made here, carrying the payload the drag source produced.
    """
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(at, actions, mime, buttons, mods)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(target, QDragMoveEvent(at, actions, mime, buttons, mods))
    drop = QDropEvent(QPointF(at), actions, mime, buttons, mods)
    QApplication.sendEvent(target, drop)
    return drop.isAccepted()


def stored(path: Path) -> list[tuple[str, str, int, int, str]]:
    """(transcript, code path, start, end, excerpt) of every coding, from the reopened file."""
    with Project.open(path) as project:
        sources = {s.id: project.source(s.id) for s in project.sources()}
        return sorted((sources[c.source_id].name, project.code_path(c.code_id), c.start, c.end,
                       sources[c.source_id].text[c.start:c.end]) for c in project.codings())


def answer_refused_files(shown: list[str], tries: int = 500) -> None:
    """Once the dialog listing the files an import refused is up, read its sentences into
    `shown` and press OK, as a person would (given up after `tries` looks, 10 ms apart)."""
    from PySide6.QtCore import QTimer

    def answer(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "refusedFilesDialog":
            if left:
                QTimer.singleShot(10, lambda: answer(left - 1))
            return
        shown.extend(dialog.sentences())  # type: ignore[attr-defined]
        dialog.accept()  # type: ignore[attr-defined]

    QTimer.singleShot(0, lambda: answer(tries))


def active_window(qtbot, path: Path) -> MainWindow:
    """The project in a shown 1400x900 main window that is active: the window's
    shortcuts (Ctrl+E, Ctrl+H, Ctrl+Z) only reach an active window."""
    win = MainWindow(remember=False)
    qtbot.addWidget(win)
    assert win.open_project(path)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    return win
