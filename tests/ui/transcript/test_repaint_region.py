"""Coding repaints the paragraphs it changed, not the whole transcript, and what is on
screen afterwards is what a fresh paint of the pane shows (no stale colour left).

Qt's plain-text layout takes a format change for one twice its length, so a new
excerpt spilled into the next paragraph and repainted the whole viewport; the view
now repaints the paragraphs itself (view._repaint_ranges)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from annotator.project import Project
from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.transcript.panel import TranscriptPanel
from tests.helpers import write_txt
from tests.ui.drive import drag_select, point

PARAGRAPHS = [f"P{i}: " + " ".join(f"we spoke about the clinic and the students {i}"
                                    for _ in range(4)) for i in range(10)]
TEXT = "\n".join(PARAGRAPHS) + "\n"


class Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.rects: list[QRect] = []

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.rects.append(QRect(event.rect()))
        return False


@pytest.fixture
def panel(qtbot, tmp_path: Path):
    path = tmp_path / "study.annotator"
    with Project.create(path) as project:
        project.import_file(write_txt(tmp_path, "Ana.txt", TEXT))
        project.add_code("Trust", color="#E53935")
    bridge = ProjectBridge(Project.open(path))
    widget = TranscriptPanel(bridge)
    qtbot.addWidget(widget)
    widget.resize(700, 700)
    widget.show_source(bridge.project.sources()[0].id)
    widget.set_number_codes(lambda: [c.id for c in bridge.project.codes()])
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.view.setFocus()
    yield widget
    bridge.close()


def settle() -> None:
    for _ in range(10):
        QApplication.processEvents()


def on_screen(panel: TranscriptPanel) -> QImage:
    """The text as the screen holds it now (the window's backing store)."""
    viewport = panel.view.viewport()
    shot = panel.screen().grabWindow(panel.winId()).toImage()
    return shot.copy(QRect(viewport.mapTo(panel, QPoint(0, 0)), viewport.size())).convertToFormat(
        QImage.Format.Format_RGB32)


def painted_fresh(panel: TranscriptPanel) -> QImage:
    return panel.view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def paragraph_rect(panel: TranscriptPanel, number: int) -> QRect:
    view = panel.view
    block = view.document().findBlockByNumber(number)
    return view.blockBoundingGeometry(block).translated(view.contentOffset()).toAlignedRect()


def span_of(number: int, share: float) -> tuple[int, int]:
    """The first `share` of paragraph `number` (after its label), in code points."""
    start = sum(len(p) + 1 for p in PARAGRAPHS[:number]) + len(f"P{number}: ")
    end = start + int((len(PARAGRAPHS[number]) - len(f"P{number}: ")) * share)
    return start, TEXT.rindex(" ", start, end)


@pytest.mark.parametrize(("first", "last"), [(3, 3), (2, 4)])
def test_coding_repaints_only_its_paragraphs_and_leaves_the_screen_right(
        qtbot, panel: TranscriptPanel, first: int, last: int) -> None:
    view = panel.view
    start, end = span_of(first, 0.7)[0], span_of(last, 0.7)[1]
    paints = Paints()
    view.viewport().installEventFilter(paints)
    drag_select(qtbot, view, start, end)
    settle()
    paints.rects.clear()
    qtbot.keyClick(view, Qt.Key.Key_1)
    settle()
    assert [(c.start, c.end) for c in panel.bridge.project.codings()] == [(start, end)]
    band = paragraph_rect(panel, first).united(paragraph_rect(panel, last))
    assert paints.rects, "the new excerpt was not painted"
    for rect in paints.rects:
        assert band.adjusted(0, -3, 0, 3).contains(rect.adjusted(0, 0, -1, -1)), (rect, band)
    # Clear the selection (the excerpt shows its colour), then undo the coding: the
    # colour must go from the screen as well as from the document.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=point(view, sum(len(p) + 1 for p in PARAGRAPHS[:8]) + 3))
    settle()
    coloured = on_screen(panel)
    assert coloured == painted_fresh(panel)
    panel.bridge.undo_stack.undo()
    settle()
    assert panel.bridge.project.codings() == []
    assert on_screen(panel) == painted_fresh(panel)
    assert on_screen(panel) != coloured
