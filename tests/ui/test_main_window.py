"""The foundation's main window, driven with the mouse and keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from annotator.project import Project
from annotator.ui.main_window import MainWindow
from tests.helpers import write_txt

TEXT = (
    "Interviewer: [00:01:02] How did it begin?\n"
    "P1: The clinic 😀 called us about the students.\n"
    "访谈者：社区参与很重要 𠀋 done\n"
)


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "study.annotator"
    with Project.create(path) as project:
        source = project.import_file(write_txt(tmp_path, "Ana.txt", TEXT))
        code = project.add_code("Contact", color="#81D4FA")
        start = TEXT.index("clinic")
        project.add_coding(source, code, start, start + len("clinic 😀 called"))
        other = project.add_code("社区", color="#FFD54F")
        start = TEXT.index("called")
        project.add_coding(source, other, start, TEXT.index("students"))
    return path


@pytest.fixture
def window(qtbot, project_path: Path) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_project(project_path)
    win.show()
    qtbot.waitExposed(win)
    return win


def background_at(win: MainWindow, codepoint: int) -> str:
    cursor = QTextCursor(win.transcript.document())
    cursor.setPosition(win.transcript.offsets.to_utf16(codepoint) + 1)
    return cursor.charFormat().background().color().name().upper()


def test_opens_project_and_paints_codings(window: MainWindow, shots: Path) -> None:
    assert window.windowTitle() == "study — Annotator"
    assert window.sources_list.count() == 1
    assert "Ana" in window.sources_list.item(0).text()
    assert window.transcript.toPlainText() == TEXT
    assert window.code_tree.topLevelItemCount() == 2
    only_contact = TEXT.index("clinic")
    overlap = TEXT.index("called")
    only_other = TEXT.index("about")
    assert background_at(window, only_contact) == "#81D4FA"
    assert background_at(window, only_other) == "#FFD54F"
    blended = background_at(window, overlap)
    assert blended not in {"#81D4FA", "#FFD54F", "#000000"}
    # Past the emoji, positions still line up: the character after "😀 " is coded.
    assert background_at(window, TEXT.index("😀") + 2) == blended
    window.grab().save(str(shots / "main_window.png"))


def test_mouse_drag_selects_code_points(window: MainWindow, qtbot) -> None:
    view = window.transcript
    text = view.toPlainText()
    start_u16 = window.transcript.offsets.to_utf16(TEXT.index("社区"))
    end_u16 = window.transcript.offsets.to_utf16(TEXT.index("done") + 4)

    def point(u16: int) -> QPoint:
        cursor = QTextCursor(view.document())
        cursor.setPosition(u16)
        return view.cursorRect(cursor).center()

    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=point(start_u16))
    qtbot.mouseMove(viewport, point(end_u16))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=point(end_u16))
    selected = view.selected_range()
    assert selected is not None
    start, end = selected
    assert text == TEXT
    assert TEXT[start:end] == "社区参与很重要 𠀋 done"


def test_ctrl_z_undoes_through_the_project_and_survives_reopening(
    window: MainWindow, qtbot, project_path: Path
) -> None:
    project = window.project
    assert project is not None
    code = project.add_code("Trust")
    assert window.code_tree.topLevelItemCount() == 3
    window.activateWindow()
    window.transcript.setFocus()
    qtbot.keyClick(window.transcript, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.code_tree.topLevelItemCount() == 2
    qtbot.keyClick(window.transcript, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.code_tree.topLevelItemCount() == 3
    window.close()
    with Project.open(project_path) as reopened:
        assert [c.name for c in reopened.codes()] == ["Contact", "社区", "Trust"]
        assert reopened.code(code).name == "Trust"


def test_bad_project_gets_a_sentence(qtbot, tmp_path: Path, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr("annotator.ui.main_window.QMessageBox.warning",
                        lambda _parent, _title, text: shown.append(text))
    win = MainWindow()
    qtbot.addWidget(win)
    fake = write_txt(tmp_path, "notes.annotator", "not a project")
    assert not win.open_project(fake)
    assert shown == ["“notes.annotator” is not an Annotator project."]
    assert win.project is None

