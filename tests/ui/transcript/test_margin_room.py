"""The coding margin reserves its width from the start, so that coding never moves the
text under the mouse, and a code's name uses the room it has rather than "Analy…"
(issue 15 item 12)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QTextCursor

from annotator.project import Project
from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.transcript.panel import TranscriptPanel
from tests.helpers import write_txt
from tests.ui.drive import drag_select

TEXT = (
    "Interviewer: How do you share your data?\n"
    "Ana: We talked about the concept of data gathering, and whether anyone outside the "
    "team would ever read our transcripts, which is something we had never considered "
    "before this project started, to be honest with you.\n"
    "受访者：我们把访谈记录分享给社区合作伙伴，他们会提出自己的意见，然后我们一起讨论研究结果。\n"
)
NAMES = ["Analysis of open data practices", "Trust", "Data sharing", "Worry",
         "开放数据的分析方法"]


@pytest.fixture
def panel(qtbot, tmp_path: Path):
    path = tmp_path / "study.annotator"
    with Project.create(path) as project:
        project.import_file(write_txt(tmp_path, "Ana.txt", TEXT))
        for name in NAMES:
            project.add_code(name)
    bridge = ProjectBridge(Project.open(path))
    widget = TranscriptPanel(bridge)
    qtbot.addWidget(widget)
    widget.resize(900, 420)
    widget.show_source(bridge.project.sources()[0].id)
    widget.set_number_codes(lambda: [bridge.project.find_code(n).id for n in NAMES])
    widget.show()
    qtbot.waitExposed(widget)
    widget.view.setFocus()
    yield widget
    widget.detach()
    bridge.close()


def at(phrase: str, length: int | None = None) -> tuple[int, int]:
    start = TEXT.index(phrase)
    return start, start + (len(phrase) if length is None else length)


def glyph_rect(panel: TranscriptPanel, codepoint: int) -> QRect:
    """Where a character of the text is drawn, in the panel's coordinates."""
    view = panel.view
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.offsets.to_utf16(codepoint))
    rect = view.cursorRect(cursor)
    return rect.translated(view.viewport().mapTo(panel, rect.topLeft()) - rect.topLeft())


def code_by_mouse(qtbot, panel: TranscriptPanel, span: tuple[int, int], number: int) -> None:
    drag_select(qtbot, panel.view, *span)
    qtbot.keyClick(panel.view, Qt.Key(Qt.Key.Key_0.value + number))


def test_coding_never_moves_the_text(qtbot, panel: TranscriptPanel) -> None:
    margin = panel.margin
    width = margin.width()
    assert width >= 150, "reserved before the first coding"
    probe = TEXT.index("whether")
    where = glyph_rect(panel, probe)
    code_by_mouse(qtbot, panel, at("the concept of data gathering"), 1)
    qtbot.waitUntil(lambda: len(margin.stripes()) == 1)
    assert margin.width() == width and glyph_rect(panel, probe) == where
    # The reserved columns take two more codings of that paragraph, the text still.
    code_by_mouse(qtbot, panel, at("whether anyone outside the team"), 2)
    code_by_mouse(qtbot, panel, at("read our transcripts"), 3)
    qtbot.waitUntil(lambda: len(margin.stripes()) == 3)
    assert margin.width() == width and glyph_rect(panel, probe) == where
    # A fourth column widens the margin, room allowing, but never while a mouse button
    # is down (a drag in progress, say): only once it is released.
    viewport = panel.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))
    bridge = panel.bridge
    source, code = bridge.project.sources()[0].id, bridge.project.find_code("Worry")
    assert code is not None
    bridge.run("", lambda: bridge.project.add_coding(source, code.id, *at("never considered")))
    qtbot.waitUntil(lambda: len(margin.stripes()) == 4)
    assert margin.drawn_columns == 4
    assert margin.width() == width and glyph_rect(panel, probe) == where
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: margin.width() > width)
    assert margin.width() <= 0.3 * panel.width() + 2


def test_names_use_the_room_they_have(qtbot, panel: TranscriptPanel, shots: Path) -> None:
    margin = panel.margin
    code_by_mouse(qtbot, panel, at("the concept of data gathering"), 1)
    code_by_mouse(qtbot, panel, at("社区合作伙伴"), 5)
    qtbot.waitUntil(lambda: len(margin.labels) == 2)
    shown = {" ".join(lines) for lines in margin.labels.values()}
    assert shown == {"Analysis of open data practices", "开放数据的分析方法"}
    assert not any("…" in name for name in shown)
    panel.grab().save(str(shots / "margin_full_names.png"))
    # Three more in the same paragraph: four narrow columns, each name begun.
    code_by_mouse(qtbot, panel, at("whether anyone outside the team"), 2)
    code_by_mouse(qtbot, panel, at("read our transcripts"), 3)
    code_by_mouse(qtbot, panel, at("never considered"), 4)
    qtbot.waitUntil(lambda: len(margin.labels) == 5)
    panel.grab().save(str(shots / "margin_four_columns.png"))
    texts = [" ".join(lines) for lines in margin.labels.values()]
    assert "Trust" in texts and all(text for text in texts)
