"""The reflexive journal pane: entries newest first, writing with formatting, saving after a
pause as one undo step, deleting, and entries that survive reopening the project."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from annotator.platform.demo import build_demo
from annotator.project import Project
from annotator.ui.panes.journal import MEMO_ID, JournalPane
from annotator.ui.shared.bridge import ProjectBridge


@pytest.fixture
def path(tmp_path: Path) -> Path:
    path = tmp_path / "j.annotator"
    with Project.create(path) as project:
        project.add_journal_entry("Older", "First *thoughts*.", created="2024-03-01T09:00:00")
        project.add_journal_entry("Newer", "Second.", created="2024-04-01T09:00:00")
    return path


@pytest.fixture
def bridge(path: Path):
    bridge = ProjectBridge(Project.open(path))
    yield bridge
    bridge.close()


def titles(pane: JournalPane) -> list[str]:
    return [pane.entries.item(r).text() for r in range(pane.entries.count())]


def body_of(bridge: ProjectBridge, memo_id: int) -> str:
    return next(m.body for m in bridge.project.memos("journal") if m.id == memo_id)


def test_newest_first_and_the_newest_is_open(qtbot, bridge) -> None:
    pane = JournalPane(bridge)
    qtbot.addWidget(pane)
    assert titles(pane) == ["2024-04-01  Newer", "2024-03-01  Older"]
    assert pane.title.text() == "Newer"
    pane.entries.setCurrentRow(1)
    assert pane.title.text() == "Older"
    assert pane.editor.toPlainText() == "First thoughts."  # Markdown shown as formatting
    assert not pane.bold.isChecked()


def test_write_a_new_entry_with_formatting_saved_after_a_pause_and_reopened(
        qtbot, bridge, path: Path) -> None:
    pane = JournalPane(bridge)
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitExposed(pane)
    memo_id = pane.new_entry()
    assert memo_id is not None and pane.entries.currentItem().data(MEMO_ID) == memo_id
    assert pane.entries.currentRow() == 0  # dated now: newest
    qtbot.keyClicks(pane.title, "Day three")
    pane.editor.setFocus()
    qtbot.keyClicks(pane.editor, "I noticed ")
    qtbot.mouseClick(pane.bold, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(pane.editor, "my own")
    qtbot.mouseClick(pane.bold, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(pane.editor, " assumptions.")
    qtbot.keyClick(pane.editor, Qt.Key.Key_Return)
    qtbot.mouseClick(pane.bullets, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(pane.editor, "money")
    qtbot.keyClick(pane.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(pane.editor, "time")
    qtbot.waitUntil(lambda: "time" in body_of(bridge, memo_id), timeout=5000)
    body = body_of(bridge, memo_id)
    assert "I noticed **my own** assumptions." in body
    assert "- money\n- time" in body
    assert bridge.undo_stack.count() >= 2  # the new entry, then each pause's save
    bridge.close()
    with Project.open(path) as again:
        memo = next(m for m in again.memos("journal") if m.id == memo_id)
        assert memo.title == "Day three" and "**my own**" in memo.body
        assert [m.title for m in again.memos("journal")][0] == "Day three"


def test_italic_and_chinese_text(qtbot, bridge) -> None:
    pane = JournalPane(bridge)
    qtbot.addWidget(pane)
    memo_id = pane.current_id
    pane.editor.selectAll()
    pane.toggle_italic()
    cursor = pane.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    pane.editor.setTextCursor(cursor)
    pane.editor.insertPlainText(" 社区参与")
    pane.save_now()
    assert body_of(bridge, memo_id).startswith("*Second.")
    assert "社区参与" in body_of(bridge, memo_id)


def test_each_pause_is_one_undo_step_and_undo_reloads_the_editor(qtbot, bridge) -> None:
    pane = JournalPane(bridge)
    qtbot.addWidget(pane)
    memo_id = pane.current_id
    pane.editor.setPlainText("Rewritten.")
    qtbot.waitUntil(lambda: body_of(bridge, memo_id).strip() == "Rewritten.")
    assert bridge.undo_stack.count() == 1
    bridge.undo_stack.undo()
    assert body_of(bridge, memo_id) == "Second."
    assert pane.editor.toPlainText() == "Second."
    bridge.undo_stack.redo()
    assert pane.editor.toPlainText() == "Rewritten."


def test_opening_an_entry_changes_nothing(qtbot, bridge) -> None:
    pane = JournalPane(bridge)
    qtbot.addWidget(pane)
    pane.entries.setCurrentRow(1)
    pane.entries.setCurrentRow(0)
    pane.save_now()
    assert bridge.undo_stack.count() == 0


def test_delete_and_undo(qtbot, bridge) -> None:
    pane = JournalPane(bridge)
    qtbot.addWidget(pane)
    qtbot.mouseClick(pane.delete_button, Qt.MouseButton.LeftButton)
    assert titles(pane) == ["2024-03-01  Older"]
    assert pane.title.text() == "Older"
    bridge.undo_stack.undo()
    assert titles(pane) == ["2024-04-01  Newer", "2024-03-01  Older"]


def test_an_empty_journal(qtbot, tmp_path: Path) -> None:
    bridge = ProjectBridge(Project.create(tmp_path / "e.annotator"))
    try:
        pane = JournalPane(bridge)
        qtbot.addWidget(pane)
        assert pane.entries.count() == 0 and not pane.editor.isEnabled()
        pane.new_entry()
        assert pane.entries.count() == 1 and pane.editor.isEnabled()
    finally:
        bridge.close()


def test_screenshot_on_the_demo(qtbot, tmp_path: Path, shots: Path) -> None:
    path = tmp_path / "demo.annotator"
    build_demo(path)
    bridge = ProjectBridge(Project.open(path))
    try:
        pane = JournalPane(bridge)
        qtbot.addWidget(pane)
        pane.resize(860, 480)
        pane.show()
        qtbot.waitExposed(pane)
        assert pane.entries.count() == 5
        pane.grab().save(str(shots / "journal_pane.png"))
    finally:
        bridge.close()


def test_a_long_entry_is_stored_without_hard_wraps(qtbot, bridge) -> None:
    pane = JournalPane(bridge)
    qtbot.addWidget(pane)
    memo_id = pane.current_id
    sentence = " ".join(["The charities all describe the students in the same words."] * 4)
    pane.editor.selectAll()
    qtbot.keyClicks(pane.editor, sentence)  # typed, as the researcher does
    assert "\n" in pane.editor.toMarkdown().strip()  # Qt wraps at 80 columns
    pane.save_now()
    assert body_of(bridge, memo_id).strip() == sentence
    pane.editor.setMarkdown(f"{sentence}\n\n- {sentence}\n- short\n")
    pane.save_now()
    assert body_of(bridge, memo_id).split("\n")[:4] == [sentence, "", f"- {sentence}", "- short"]
