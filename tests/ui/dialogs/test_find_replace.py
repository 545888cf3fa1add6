"""Edit > Find and Replace… in the real main window, driven with keys: the preview lists
every hit in context with the codes it touches as the words are typed, Enter does not
close it, Replace replaces the selected hit, Replace All every hit as one undo step;
the open transcript follows, and the reopened file has the new text with its codings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from annotator.project import Project
from annotator.ui.dialogs.find_replace import AFTER, BEFORE, CODES, HIT, SOURCE, FindReplaceDialog
from annotator.ui.window.main_window import MainWindow
from tests.helpers import write_txt
from tests.ui.drive import active_window

ANA = ("Interviewer: How did the clinic begin?\n"
       "Ana: The clinic called us. The Clinic nurse came, then the clinician.\n")
BEN = "Interviewer: And the clinic?\nBen: The clinic was far away.\n"
LI = "访谈者：社区怎么样？\n受访者：社区参与很重要，社区医生也来了。\n"


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "study.annotator"
    with Project.create(path) as project:
        ana = project.import_file(write_txt(tmp_path, "Ana.txt", ANA))
        project.import_file(write_txt(tmp_path, "Ben.txt", BEN))
        li = project.import_file(write_txt(tmp_path, "李女士.txt", LI))
        contact = project.add_code("Contact", color="#81D4FA")
        text = project.source(ana).text
        start = text.index("The clinic called")
        project.add_coding(ana, contact, start, start + len("The clinic called us"),
                           memo="first contact")
        chinese = project.source(li).text
        place = chinese.index("社区参与")
        project.add_coding(li, project.add_code("社区", color="#FFD54F"), place, place + 4)
        project.history.clear()
    return path


@pytest.fixture
def window(qtbot, project_path: Path) -> MainWindow:
    return active_window(qtbot, project_path)


def open_dialog(qtbot, window: MainWindow, name: str) -> FindReplaceDialog:
    panel = window.open_source(window.project.source_by_name(name).id)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(FindReplaceDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def rows(dialog: FindReplaceDialog) -> list[tuple[str, ...]]:
    table = dialog.table
    return [tuple(table.item(r, c).text() for c in (SOURCE, BEFORE, HIT, AFTER, CODES))
            for r in range(table.rowCount())]


def test_preview_follows_typing_and_options(qtbot, window: MainWindow) -> None:
    dialog = open_dialog(qtbot, window, "Ana")
    qtbot.keyClicks(dialog.find, "clinic")
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 6)  # "clinician" too
    assert ("Ana", "Ana: The ", "clinic", " called us", "Contact") in [
        (s, b[-9:], h, a[:10], c) for s, b, h, a, c in rows(dialog)]
    assert {r[0] for r in rows(dialog)} == {"Ana", "Ben"}
    # Enter finds again; it never closes the dialog.
    qtbot.keyClick(dialog.find, Qt.Key.Key_Return)
    assert dialog.isVisible()
    dialog.whole_word.setFocus()
    qtbot.keyClick(dialog.whole_word, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 5)
    dialog.match_case.setFocus()
    qtbot.keyClick(dialog.match_case, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 4)
    dialog.this_source.setFocus()
    qtbot.keyClick(dialog.this_source, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    assert [r[2] for r in rows(dialog)] == ["clinic", "clinic"]
    assert "2" in dialog.summary.text()


def test_replace_all_is_one_undo_step_and_the_file_keeps_it(qtbot, window: MainWindow,
                                                             project_path: Path) -> None:
    dialog = open_dialog(qtbot, window, "Ana")
    panel = window.current_panel()
    qtbot.keyClicks(dialog.find, "clinic")
    dialog.whole_word.setFocus()
    qtbot.keyClick(dialog.whole_word, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 5)
    dialog.replace.setFocus()
    qtbot.keyClicks(dialog.replace, "surgery")
    qtbot.keyClick(dialog.replace, Qt.Key.Key_Return)  # does not close, does not replace
    assert dialog.isVisible() and "clinic" in panel.view.toPlainText()
    steps = window.bridge.undo_stack.count()
    qtbot.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # Replace &All
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0)
    assert window.bridge.undo_stack.count() == steps + 1
    text = panel.view.toPlainText()
    assert "clinic " not in text and "clinician" in text and text.count("surgery") == 3
    layer = panel.view.layer
    (coding,) = layer.codings.values()
    assert text[coding.start:coding.end] == "The surgery called us"
    assert "Replaced 5 hit" in dialog.summary.text()

    window.undo()
    qtbot.waitUntil(lambda: panel.view.toPlainText() == window.project.source(
        panel.source_id).text and "The clinic called" in panel.view.toPlainText())
    window.bridge.undo_stack.redo()
    qtbot.waitUntil(lambda: "The surgery called" in panel.view.toPlainText())
    dialog.close()
    window.close_project()
    with Project.open(project_path) as project:
        ana = project.source(project.source_by_name("Ana").id)
        ben = project.source(project.source_by_name("Ben").id)
        (kept,) = project.codings(source_id=ana.id)
    assert ana.text.count("surgery") == 3 and ben.text.count("surgery") == 2
    assert ana.text[kept.start:kept.end] == "The surgery called us" and kept.memo == "first contact"


def test_replace_the_selected_hit_only(qtbot, window: MainWindow) -> None:
    dialog = open_dialog(qtbot, window, "Ben")
    qtbot.keyClicks(dialog.find, "clinic")
    dialog.this_source.setFocus()
    qtbot.keyClick(dialog.this_source, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    dialog.replace.setFocus()
    qtbot.keyClicks(dialog.replace, "GP")
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)  # the second hit
    qtbot.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # &Replace
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert window.current_panel().view.toPlainText() == BEN.replace(
        "The clinic was", "The GP was")


def test_chinese_hits_and_replacement(qtbot, window: MainWindow, shots: Path) -> None:
    dialog = open_dialog(qtbot, window, "李女士")
    dialog.find.setFocus()
    commit = QInputMethodEvent()
    commit.setCommitString("社区")
    QApplication.sendEvent(dialog.find, commit)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3)
    assert [r[4] for r in rows(dialog)] == ["", "社区", ""]
    dialog.grab().save(str(shots / "find_replace_zh.png"))
    dialog.replace.setFocus()
    commit = QInputMethodEvent()
    commit.setCommitString("街道")
    QApplication.sendEvent(dialog.replace, commit)
    qtbot.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0)
    panel = window.current_panel()
    text = panel.view.toPlainText()
    assert text == LI.replace("社区", "街道")
    (coding,) = panel.view.layer.codings.values()
    assert text[coding.start:coding.end] == "街道参与"
