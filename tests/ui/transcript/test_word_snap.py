"""Mouse selections snap to whole words on release (issue 15 item 3), with real presses,
moves and releases on the viewport; Alt, a double-click's drag, the keyboard and the
preference keep the characters exactly; Chinese is never widened to a space."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QMouseEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from annotator.project import Project
from annotator.ui.dialogs.preferences import PreferencesDialog
from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.shared.preferences import Preferences, load_preferences, save_preferences
from annotator.ui.transcript.panel import TranscriptPanel
from annotator.ui.transcript.view import TranscriptView
from annotator.ui.transcript.word_snap import snap_span
from tests.helpers import write_txt
from tests.ui.drive import drag_select, point

TEXT = (
    "Ana: Um, so yeah, the concept of data gathering is not, you know, new 😀 to me.\n"
    "受访者：社区参与很重要，我们每周都去社区中心帮忙。 We met in the 社区中心 hall.\n"
)
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "study.annotator"
    with Project.create(path) as project:
        project.import_file(write_txt(tmp_path, "Ana.txt", TEXT))
        project.add_code("Data", color="#81D4FA")
    return path


@pytest.fixture
def panel(qtbot, project_path: Path):
    bridge = ProjectBridge(Project.open(project_path))
    widget = TranscriptPanel(bridge)
    qtbot.addWidget(widget)
    widget.resize(760, 320)
    widget.show_source(bridge.project.sources()[0].id)
    widget.set_number_codes(lambda: [c.id for c in bridge.project.codes()])
    widget.show()
    qtbot.waitExposed(widget)
    widget.view.setFocus()
    yield widget
    widget.detach()
    bridge.close()


def at(phrase: str, offset: int = 0) -> int:
    return TEXT.index(phrase) + offset


def mouse(view: TranscriptView, kind: QEvent.Type, at: QPoint,
          buttons: Qt.MouseButton = Qt.MouseButton.LeftButton) -> None:
    """One mouse event on the viewport, as the window system delivers it."""
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else (
        Qt.MouseButton.LeftButton)
    viewport = view.viewport()
    event = QMouseEvent(kind, at.toPointF(), viewport.mapToGlobal(at).toPointF(), button,
                        buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, event)


def double_click_drag(view: TranscriptView, start: int, end: int) -> None:
    """Press, release, press again at the same point (a double-click), keep the button
    down and drag to `end`, release: the events a hand makes."""
    here, left, none = point(view, start) + QPoint(1, 0), Qt.MouseButton.LeftButton, (
        Qt.MouseButton.NoButton)
    mouse(view, QEvent.Type.MouseButtonPress, here)
    mouse(view, QEvent.Type.MouseButtonRelease, here, none)
    mouse(view, QEvent.Type.MouseButtonPress, here)
    mouse(view, QEvent.Type.MouseButtonDblClick, here)
    mouse(view, QEvent.Type.MouseMove, point(view, (start + end) // 2), left)
    mouse(view, QEvent.Type.MouseMove, point(view, end), left)
    mouse(view, QEvent.Type.MouseButtonRelease, point(view, end), none)


def stored(path: Path) -> list[tuple[int, int, str]]:
    with Project.open(path) as project:
        return [(c.start, c.end, TEXT[c.start:c.end]) for c in project.codings()]


def test_a_drag_that_cuts_words_is_widened_and_coded_as_shown(
        qtbot, panel: TranscriptPanel, project_path: Path) -> None:
    view = panel.view
    drag_select(qtbot, view, at("concept", 3), at("gathering", 6))
    assert view.selected_text() == "concept of data gathering"
    assert view.textCursor().position() == view.offsets.to_utf16(at("gathering", 9))
    qtbot.keyClick(view, Qt.Key.Key_1)
    # Backwards, from inside "know" to inside "yeah": the caret stays at the start.
    drag_select(qtbot, view, at("know", 2), at("yeah", 1))
    assert view.selected_text() == "yeah, the concept of data gathering is not, you know"
    assert view.textCursor().position() < view.textCursor().anchor()
    # Spaces at either end are dropped; an emoji is no word to widen to.
    drag_select(qtbot, view, at(" new"), at("to me", 1))
    assert view.selected_text() == "new 😀 to"
    panel.bridge.close()
    assert stored(project_path) == [(at("concept"), at("gathering", 9),
                                     "concept of data gathering")]


def test_alt_drag_keeps_part_of_a_word(qtbot, panel: TranscriptPanel,
                                       project_path: Path) -> None:
    view = panel.view
    drag_select(qtbot, view, at("concept"), at("gathering", 6), ALT)
    assert view.selected_text() == "concept of data gather"
    qtbot.keyClick(view, Qt.Key.Key_1)
    # A press inside the selection would drag its text: click elsewhere first.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point(view, at("new")))
    drag_select(qtbot, view, at("gathering", 2), at("gathering", 6), ALT)
    assert view.selected_text() == "ther"
    panel.bridge.close()
    assert stored(project_path) == [(at("concept"), at("gathering", 6),
                                     "concept of data gather")]


def test_double_click_selects_the_word_and_its_drag_selects_exactly(
        qtbot, panel: TranscriptPanel) -> None:
    view = panel.view
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                      pos=point(view, at("gathering", 3)))
    assert view.selected_text() == "gathering"
    double_click_drag(view, at("gathering", 2), at("gathering", 6))
    assert view.selected_text() == "ther"
    double_click_drag(view, at("concept", 3), at("data", 2))
    assert view.selected_text() == "cept of da"


def test_keyboard_selection_is_exact(qtbot, panel: TranscriptPanel) -> None:
    view = panel.view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=point(view, at("concept", 3)))
    for _ in range(5):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.selected_text() == "cept "


def test_chinese_is_not_widened_to_the_next_space(qtbot, panel: TranscriptPanel) -> None:
    view = panel.view
    drag_select(qtbot, view, at("参与"), at("我们每周", 2))
    assert view.selected_text() == "参与很重要，我们"
    drag_select(qtbot, view, at("中心 hall", 1), at("hall", 2))
    assert view.selected_text() == "心 hall"


def test_the_preference_turns_snapping_off(qtbot, panel: TranscriptPanel) -> None:
    assert load_preferences().snap_words, "on by default"
    save_preferences(Preferences(snap_words=False))
    view = panel.view
    drag_select(qtbot, view, at("concept", 3), at("gathering", 6))
    assert view.selected_text() == "cept of data gather"
    save_preferences(Preferences(snap_words=True))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point(view, at("new")))
    drag_select(qtbot, view, at("concept", 3), at("gathering", 6))
    assert view.selected_text() == "concept of data gathering"


def test_shift_click_extends_to_whole_words(qtbot, panel: TranscriptPanel) -> None:
    view = panel.view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=point(view, at("concept", 3)))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ShiftModifier, point(view, at("data", 2)))
    assert view.selected_text() == "concept of data"


@pytest.mark.parametrize(("start", "end", "bounds", "snapped"), [
    (4, 10, (3, 12), (3, 12)),  # both ends inside words
    (3, 12, (3, 12), (3, 12)),  # already whole
    (1, 14, (1, 14), (3, 12)),  # spaces at both ends dropped
])
def test_the_pure_rule(start: int, end: int, bounds: tuple[int, int],
                       snapped: tuple[int, int]) -> None:
    text = "   word word   "
    assert snap_span(start, end, *bounds, lambda i: text[i] == " ") == snapped


def test_only_spaces_are_left_alone() -> None:
    assert snap_span(3, 5, 3, 5, lambda _i: True) == (3, 5)


def test_screenshots(qtbot, panel: TranscriptPanel, shots: Path) -> None:
    view = panel.view
    drag_select(qtbot, view, at("concept", 3), at("gathering", 6))
    panel.grab().save(str(shots / "word_snap_english.png"))
    drag_select(qtbot, view, at("社区参与"), at("中心帮忙", 1))
    assert view.selected_text() == "社区参与很重要，我们每周都去社区中"
    cursor = view.textCursor()
    assert cursor.hasSelection()
    panel.grab().save(str(shots / "word_snap_chinese.png"))
    assert QTextCursor(cursor).selectionStart() < cursor.selectionEnd()


def test_the_preferences_dialog_has_the_switch(qtbot) -> None:
    dialog = PreferencesDialog(Preferences())
    qtbot.addWidget(dialog)
    box = dialog.snap_words
    assert box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    assert dialog.preferences().snap_words is False
    save_preferences(dialog.preferences())
    assert load_preferences().snap_words is False
