"""Edit mode as a person uses it, in the real main window: Ctrl+E, typing into a coded
transcript, Backspace, Enter, paste, Ctrl+Z and redo; then the file is closed and
reopened, and the text and the codings are there."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from annotator.model.text_edits import TextEdit
from annotator.operations.changes import Changes
from annotator.project import Project
from annotator.ui.transcript.panel import TranscriptPanel
from annotator.ui.window.main_window import MainWindow
from tests.helpers import write_txt
from tests.ui.drive import active_window

ENGLISH = (
    "Interviewer: How did it begin?\n"
    "Ana: The clinic called us about the students.\n"
    "Interviewer: And then?\n"
    "Ana: We said yes, and it grew from there.\n"
)
CHINESE = ("访谈者：你们是怎么开始合作的？\n"
           "受访者：疫情的时候 😀 𠀋 医学院联系了我们，社区参与很重要。\n")


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "study.annotator"
    with Project.create(path) as project:
        ana = project.import_file(write_txt(tmp_path, "Ana.txt", ENGLISH))
        li = project.import_file(write_txt(tmp_path, "李女士.txt", CHINESE))
        contact = project.add_code("Contact", color="#81D4FA")
        growth = project.add_code("Growth", color="#FFD54F")
        text = project.source(ana).text
        clinic = text.index("clinic called us")
        project.add_coding(ana, contact, clinic, clinic + len("clinic called us"))
        grew = text.index("it grew")
        project.add_coding(ana, growth, grew, grew + len("it grew"), memo="growth memo")
        chinese = project.source(li).text
        place = chinese.index("社区参与")
        project.add_coding(li, contact, place, place + 4)
        project.history.clear()
    return path


@pytest.fixture
def window(qtbot, project_path: Path) -> MainWindow:
    return active_window(qtbot, project_path)


def open_panel(window: MainWindow, name: str) -> TranscriptPanel:
    assert window.project is not None
    panel = window.open_source(window.project.source_by_name(name).id)
    assert panel is not None
    panel.view.setFocus()
    return panel


def put_caret(panel: TranscriptPanel, codepoint: int) -> None:
    cursor = QTextCursor(panel.view.document())
    cursor.setPosition(panel.view.offsets.to_utf16(codepoint))
    panel.view.setTextCursor(cursor)


def doc_text(panel: TranscriptPanel) -> str:
    return panel.view.toPlainText()


def spans(panel: TranscriptPanel, text: str) -> dict[str, str]:
    """code name -> the excerpt as the pane has it."""
    layer = panel.view.layer
    return {layer.codes[c.code_id].name: text[c.start:c.end] for c in layer.codings.values()}


def toggle(qtbot, window: MainWindow, panel: TranscriptPanel, on: bool) -> None:
    qtbot.keyClick(panel.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.edit_mode.enabled is on)
    assert window.actions_by_name["edit_text"].isChecked() is on


def test_typing_deleting_splitting_pasting_undo_redo_and_reopen(qtbot, window: MainWindow,
                                                                  project_path: Path) -> None:
    panel = open_panel(window, "Ana")
    view = panel.view
    assert view.isReadOnly()
    toggle(qtbot, window, panel, True)
    assert not view.isReadOnly() and panel.edit_mode.banner.isVisible()

    text = doc_text(panel)
    put_caret(panel, text.index("called"))  # inside the "Contact" excerpt
    qtbot.keyClicks(view, "really ")
    expected = text.replace("clinic called", "clinic really called")
    assert doc_text(panel) == expected
    assert spans(panel, expected)["Contact"] == "clinic really called us"

    qtbot.keyClick(view, Qt.Key.Key_Backspace)  # the space typed last
    expected = expected.replace("really called", "reallycalled")
    assert doc_text(panel) == expected
    # One burst of typing and deleting? No: deleting is a step of its own.
    assert window.bridge.undo_stack.count() == 2

    put_caret(panel, expected.index("We said"))
    qtbot.keyClick(view, Qt.Key.Key_Return)  # split the paragraph
    expected = expected.replace("Ana: We said", "Ana: \nWe said")
    assert doc_text(panel) == expected

    QGuiApplication.clipboard().setText("truly ")
    put_caret(panel, expected.index("it grew"))
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    expected = expected.replace("it grew", "truly it grew")
    assert doc_text(panel) == expected
    assert spans(panel, expected)["Growth"] == "it grew"  # typed at its start: stays outside

    # Undo the paste, redo it, through the window's shortcuts.
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    undone = expected.replace("truly it grew", "it grew")
    qtbot.waitUntil(lambda: doc_text(panel) == undone)
    qtbot.keyClick(view, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: doc_text(panel) == expected)
    assert spans(panel, expected) == {"Contact": "clinic reallycalled us", "Growth": "it grew"}
    assert panel.view.layer.offsets.codepoint_length == len(expected)

    toggle(qtbot, window, panel, False)
    assert view.isReadOnly()
    window.close_project()
    with Project.open(project_path) as project:
        source = project.source_by_name("Ana")
        assert project.source(source.id).text == expected
        found = {project.code_path(c.code_id): (expected[c.start:c.end], c.memo)
                 for c in project.codings(source_id=source.id)}
        paragraphs = project.paragraphs(source.id)
    assert found == {"Contact": ("clinic reallycalled us", ""),
                     "Growth": ("it grew", "growth memo")}
    assert [expected[p.start:p.end] for p in paragraphs] == expected.split("\n")


def test_a_burst_of_typing_is_one_undo_step_and_undo_restores_the_coding(
        qtbot, window: MainWindow) -> None:
    panel = open_panel(window, "Ana")
    view = panel.view
    toggle(qtbot, window, panel, True)
    text = doc_text(panel)
    coded = "clinic called us"
    start = text.index(coded)
    # Select the whole excerpt and type over it: the coding takes the new words.
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    cursor.setPosition(start + len(coded), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert "Contact" not in spans(panel, doc_text(panel))
    assert "Contact" in window.statusBar().currentMessage()
    assert "Contact" in panel.edit_mode.banner.text()
    qtbot.keyClicks(view, "hospital rang")
    typed = text.replace(coded, "hospital rang")
    assert doc_text(panel) == typed
    assert window.bridge.undo_stack.count() == 2  # the deletion, then one burst of typing
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: doc_text(panel) == text.replace(coded, ""))
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: doc_text(panel) == text)
    assert spans(panel, text)["Contact"] == coded


def test_digits_type_in_edit_mode_and_code_outside_it(qtbot, window: MainWindow) -> None:
    panel = open_panel(window, "Ana")
    view = panel.view
    applied: list[int] = []
    panel.set_number_codes(lambda: applied.append(1) or [])
    toggle(qtbot, window, panel, True)
    text = doc_text(panel)
    cursor = QTextCursor(view.document())
    cursor.setPosition(0)
    cursor.setPosition(len("Interviewer"), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert doc_text(panel) == "1" + text[len("Interviewer"):]
    assert not applied


def test_chinese_and_astral_text_edit_in_code_points(qtbot, window: MainWindow) -> None:
    panel = open_panel(window, "李女士")
    view = panel.view
    toggle(qtbot, window, panel, True)
    text = doc_text(panel)
    put_caret(panel, text.index("医学院"))  # after 😀 and 𠀋, each two UTF-16 units
    # Chinese is typed through an input method: a preedit (pinyin) first, then the commit.
    preedit = QInputMethodEvent("de", [])
    QApplication.sendEvent(view, preedit)
    assert doc_text(panel) == text  # the preedit is shown, not written into the text
    commit = QInputMethodEvent()
    commit.setCommitString("的")
    QApplication.sendEvent(view, commit)
    expected = text.replace("医学院", "的医学院")
    assert doc_text(panel) == expected
    qtbot.keyClick(view, Qt.Key.Key_Backspace)
    qtbot.keyClick(view, Qt.Key.Key_Backspace)  # the space after 𠀋
    qtbot.keyClick(view, Qt.Key.Key_Backspace)  # 𠀋 itself, one code point
    expected = text.replace(" 𠀋 医学院", " 医学院")
    assert doc_text(panel) == expected
    assert spans(panel, expected)["Contact"] == "社区参与"
    assert window.project.source(panel.source_id).text == expected


def test_keys_qt_would_handle_itself_go_through_the_project(qtbot, window: MainWindow) -> None:
    """Tab, Shift+Tab, Ctrl+Delete, Shift+Enter and cut: the document never changes
    behind the project's back."""
    panel = open_panel(window, "Ana")
    view = panel.view
    toggle(qtbot, window, panel, True)
    project = window.project
    text = doc_text(panel)
    put_caret(panel, text.index("How did"))
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClick(view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert doc_text(panel) == project.source(panel.source_id).text
    assert doc_text(panel).startswith("Interviewer: \t\n")
    cursor = QTextCursor(view.document())
    start = doc_text(panel).index("The clinic")
    cursor.setPosition(start)
    cursor.setPosition(start + len("The clinic "), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    qtbot.keyClick(view, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "The clinic "
    assert doc_text(panel) == project.source(panel.source_id).text
    assert "Ana: called us" in doc_text(panel)


def test_edits_that_do_not_fit_the_shown_text_make_it_shown_again(qtbot,
                                                                  window: MainWindow) -> None:
    panel = open_panel(window, "Ana")
    text = doc_text(panel)
    far = len(text) + 5
    panel.follower.changed(Changes(text_edits=((panel.source_id, TextEdit(far, far, "x")),)))
    assert doc_text(panel) == text and not panel.follower.followed
    window.bridge.sources_changed.emit()
    assert doc_text(panel) == window.project.source(panel.source_id).text
    assert panel.view.layer.offsets.codepoint_length == len(text)
