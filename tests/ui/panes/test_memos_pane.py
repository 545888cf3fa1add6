"""The memos pane: every memo with what it is about, filtering, jumping, undo/redo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from annotator.platform.demo import build_demo
from annotator.project import Project
from annotator.ui.panes.memos import MemosPane
from annotator.ui.shared.bridge import ProjectBridge
from tests.helpers import write_txt

ANA = "Interviewer: How?\nAna: The clinic called us. 社区参与 mattered.\n"


@pytest.fixture
def bridge(tmp_path: Path):
    project = Project.create(tmp_path / "m.annotator")
    ana = project.import_file(write_txt(tmp_path, "Ana.txt", ANA))
    trust = project.add_code("Trust")
    child = project.add_code("Clinics", parent_id=trust)
    start = ANA.index("clinic called us")
    project.add_coding(ana, child, start, start + 16, memo="A warm first contact.")
    theme = project.add_theme("Being asked")
    case = project.add_case("Ana P1")
    project.set_memo("project", None, "What this study is for.", title="Aims")
    project.set_memo("source", ana, "Recorded in a café; noisy.")
    project.set_memo("code", child, "Clinics as the first door.")
    project.set_memo("theme", theme, "Central organising concept: being asked.")
    project.set_memo("case", case, "Met twice.")
    project.add_journal_entry("Day one", "I expected 社区 to mean something else.",
                              created="2024-01-02T10:00:00")
    bridge = ProjectBridge(project)
    yield bridge
    bridge.close()


def about(pane: MemosPane) -> dict[str, str]:
    return {row.kind: row.about for row in pane.visible_rows()}


def test_every_memo_with_what_it_is_about(qtbot, bridge) -> None:
    pane = MemosPane(bridge)
    qtbot.addWidget(pane)
    assert about(pane) == {
        "project": "m", "source": "Ana", "code": "Trust/Clinics", "theme": "Being asked",
        "case": "Ana P1", "journal": "Reflexive journal",
        "coding": "Ana: “clinic called us”"}
    assert pane.summary.text() == "7 memos"


def test_filter_by_words_and_kind(qtbot, bridge) -> None:
    pane = MemosPane(bridge)
    qtbot.addWidget(pane)
    qtbot.keyClicks(pane.filter, "CLINIC")
    assert {r.kind for r in pane.visible_rows()} == {"code", "coding"}
    assert pane.summary.text() == "2 of 7 memos"
    pane.filter.clear()
    pane.filter.setFocus()
    event = QInputMethodEvent()
    event.setCommitString("社区")
    QApplication.sendEvent(pane.filter, event)
    assert [r.kind for r in pane.visible_rows()] == ["journal"]
    pane.filter.clear()
    pane.kind.setCurrentIndex(pane.kind.findData("theme"))
    assert [r.about for r in pane.visible_rows()] == ["Being asked"]


def test_double_click_jumps_to_what_the_memo_is_about(qtbot, bridge) -> None:
    pane = MemosPane(bridge)
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitExposed(pane)
    pane.kind.setCurrentIndex(pane.kind.findData("code"))
    item = next(pane.tree.topLevelItem(i) for i in range(pane.tree.topLevelItemCount())
                if not pane.tree.topLevelItem(i).isHidden())
    rect = pane.tree.visualItemRect(item)
    qtbot.mouseClick(pane.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(pane.memo_activated) as blocker:
        qtbot.mouseDClick(pane.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["code", bridge.project.find_code("Trust/Clinics").id]


def test_memos_attach_to_the_right_item_after_undo_and_redo(qtbot, bridge) -> None:
    project = bridge.project
    pane = MemosPane(bridge)
    qtbot.addWidget(pane)
    trust = project.find_code("Trust").id
    bridge.run("Edit memo", lambda: project.set_memo("code", trust, "Trust is earned."))
    codes = sorted((r.about, r.body) for r in pane.rows if r.kind == "code")
    assert codes == [("Trust", "Trust is earned."), ("Trust/Clinics", "Clinics as the first door.")]
    bridge.undo_stack.undo()
    assert [r.about for r in pane.rows if r.kind == "code"] == ["Trust/Clinics"]
    bridge.undo_stack.redo()
    assert ("Trust", "Trust is earned.") in [(r.about, r.body) for r in pane.rows]
    bridge.run("Rename code", lambda: project.rename_code(trust, "Trusting"))
    assert {r.about for r in pane.rows if r.kind == "code"} == {"Trusting", "Trusting/Clinics"}


def test_screenshot_on_the_demo(qtbot, tmp_path: Path, shots: Path) -> None:
    path = tmp_path / "demo.annotator"
    build_demo(path)
    bridge = ProjectBridge(Project.open(path))
    try:
        pane = MemosPane(bridge)
        qtbot.addWidget(pane)
        pane.resize(860, 420)
        pane.show()
        qtbot.waitExposed(pane)
        assert len(pane.rows) >= 10
        pane.grab().save(str(shots / "memos_pane.png"))
    finally:
        bridge.close()
