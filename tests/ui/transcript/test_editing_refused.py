"""An edit the Word original cannot follow (inside a citation field's result) is refused
in edit mode: nothing changes, and its one sentence shows in the status bar and on the
pane's banner (non-modal); typing next to the field works."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from annotator.project import Project
from tests.ui.drive import active_window

CITATIONS = "tricky-docx/pandoc__zotero_citations.docx"


def test_typing_inside_a_field_is_refused_with_its_sentence(qtbot, tmp_path: Path,
                                                            corpus_copy) -> None:
    path = tmp_path / "study.annotator"
    with Project.create(path) as project:
        source_id = project.import_file(corpus_copy(CITATIONS))
        project.history.clear()
    window = active_window(qtbot, path)
    panel = window.open_source(source_id)
    view = panel.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.edit_mode.enabled)
    text = view.toPlainText()
    inside = text.index("Smith et al., 2013") + 3

    cursor = QTextCursor(view.document())
    cursor.setPosition(inside)
    view.setTextCursor(cursor)
    qtbot.keyClicks(view, "x")
    assert view.toPlainText() == text == window.project.source(source_id).text
    assert window.bridge.undo_stack.count() == 0
    sentence = window.statusBar().currentMessage()
    assert "field" in sentence and sentence.endswith(".")
    assert panel.edit_mode.banner.text() == sentence
    assert not window.findChildren(QMessageBox)  # no modal box in the way of typing

    cursor.setPosition(text.index("citation"))
    view.setTextCursor(cursor)
    qtbot.keyClicks(view, "short ")
    assert view.toPlainText() == text.replace("a citation", "a short citation", 1)
    assert window.project.source(source_id).text == view.toPlainText()
