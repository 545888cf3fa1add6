"""Ctrl+K creates a code that does not exist yet: "Create code “…”" in the box, Enter, and
the code (with any missing parents) is made and applied in one undo step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.project import Project
from annotator.ui.window.main_window import MainWindow
from tests.helpers import write_txt
from tests.ui.drive import drag_select, stored

TEXT = ("Interviewer: Did they keep their word?\n"
        "P1: They promised a minibus and it never came.\n")
OFFSCREEN_POPUP = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def span(phrase: str) -> tuple[int, int]:
    start = TEXT.index(phrase)
    return start, start + len(phrase)


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "study.annotator"
    with Project.create(path) as project:
        project.import_file(write_txt(tmp_path, "Ana.txt", TEXT))
        project.add_code("Trust")
        project.add_code("Transport")
        project.history.clear()
    return path


@pytest.fixture
def window(qtbot, project_path: Path) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_project(project_path)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


def open_box(qtbot, window: MainWindow, phrase: str):
    panel = window.current_panel()
    assert panel is not None
    drag_select(qtbot, panel.view, *span(phrase))
    qtbot.keyClick(panel.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    box = panel.quick_code
    qtbot.waitUntil(box.isVisible)
    return panel, box


@OFFSCREEN_POPUP
def test_a_new_path_is_created_with_its_parents_and_applied_in_one_step(
        qtbot, window: MainWindow, project_path: Path, shots: Path) -> None:
    panel, box = open_box(qtbot, window, "promised a minibus")
    qtbot.keyClicks(box.line_edit, "trust/Broken promises")
    # Nothing matches: the offer is the only entry, and current.
    assert box.visible_paths() == []
    assert box.create_offer() == "Create code “Trust/Broken promises”"
    assert box.list.currentItem().text() == box.create_offer()
    box.grab().save(str(shots / "quick_code_create.png"))
    depth = window.bridge.undo_stack.count()
    qtbot.keyClick(box.line_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert window.bridge.undo_stack.count() == depth + 1
    window.close()
    start, end = span("promised a minibus")
    assert stored(project_path) == [("Ana", "Trust/Broken promises", start, end,
                                     "promised a minibus")]
    with Project.open(project_path) as project:
        # "trust" went under the existing "Trust", not beside it.
        assert sorted(project.code_paths().values()) == ["Transport", "Trust",
                                                         "Trust/Broken promises"]


@OFFSCREEN_POPUP
def test_one_undo_takes_back_the_code_and_its_coding(qtbot, window: MainWindow,
                                                     project_path: Path) -> None:
    panel, box = open_box(qtbot, window, "never came")
    qtbot.keyClicks(box.line_edit, "Promises/Unkept")
    qtbot.keyClick(box.line_edit, Qt.Key.Key_Return)
    project = window.project
    assert project is not None
    qtbot.waitUntil(lambda: project.find_code("Promises/Unkept") is not None)
    assert len(project.codings()) == 1
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert project.find_code("Promises") is None and project.codings() == []
    window.close()
    assert stored(project_path) == []
    with Project.open(project_path) as reopened:
        assert sorted(reopened.code_paths().values()) == ["Transport", "Trust"]


@OFFSCREEN_POPUP
def test_the_offer_comes_last_after_the_matches(qtbot, window: MainWindow) -> None:
    _panel, box = open_box(qtbot, window, "minibus")
    qtbot.keyClicks(box.line_edit, "Tr")
    assert box.visible_paths() == ["Trust", "Transport"]
    assert box.create_offer() == "Create code “Tr”"
    assert box.list.item(box.list.count() - 1).text() == box.create_offer()
    assert box.list.currentRow() == 0  # Enter still applies the best match
    box.line_edit.clear()
    qtbot.keyClicks(box.line_edit, "trust")  # an existing code: nothing to create
    assert box.create_offer() is None
    qtbot.keyClick(box.line_edit, Qt.Key.Key_Escape)


@OFFSCREEN_POPUP
def test_a_bad_name_is_refused_in_one_sentence_and_changes_nothing(
        qtbot, window: MainWindow, project_path: Path) -> None:
    _panel, box = open_box(qtbot, window, "minibus")
    qtbot.keyClicks(box.line_edit, "Trust//Late")
    assert box.create_offer() == "Create code “Trust//Late”"
    depth = window.bridge.undo_stack.count()
    qtbot.keyClick(box.line_edit, Qt.Key.Key_Return)
    # The box stays open and says why, as New Code does.
    assert box.isVisible() and box.problem.isVisible()
    assert box.problem.text() == ("“Trust//Late” is not a code path; write it like "
                                  "“Parent/Child”.")
    assert window.statusBar().currentMessage() == box.problem.text()
    assert window.bridge.undo_stack.count() == depth
    qtbot.keyClick(box.line_edit, Qt.Key.Key_Backspace)
    assert not box.problem.isVisible()
    qtbot.keyClick(box.line_edit, Qt.Key.Key_Escape)
    window.close()
    assert stored(project_path) == []
