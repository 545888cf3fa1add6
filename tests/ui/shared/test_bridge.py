"""The bridge keeps Qt's undo stack and the project's history in step."""

from __future__ import annotations

from pathlib import Path

from annotator.project import Project
from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.shared.mime import code_ids_from, code_ids_mime


def test_actions_undo_and_redo_through_the_qt_stack(qtbot, tmp_path: Path) -> None:
    bridge = ProjectBridge(Project.create(tmp_path / "p.annotator"))
    project = bridge.project
    with qtbot.waitSignal(bridge.codes_changed) as blocker:
        code = bridge.run("New code", lambda: project.add_code("Trust"))
    assert blocker.args == [frozenset({code})]
    assert bridge.undo_stack.count() == 1
    assert bridge.undo_stack.undoText() == "New code “Trust”"
    bridge.undo_stack.undo()
    assert project.codes() == []
    bridge.undo_stack.redo()
    assert [c.name for c in project.codes()] == ["Trust"]
    bridge.close()


def test_refused_action_is_one_sentence_and_no_step(qtbot, tmp_path: Path) -> None:
    bridge = ProjectBridge(Project.create(tmp_path / "p.annotator"))
    with qtbot.waitSignal(bridge.error) as blocker:
        assert bridge.run("Rename", lambda: bridge.project.rename_code(99, "x")) is None
    assert blocker.args == ["That code no longer exists."]
    assert bridge.undo_stack.count() == 0
    bridge.close()


def test_code_ids_round_trip_through_mime(qtbot) -> None:
    assert code_ids_from(code_ids_mime([3, 1])) == [3, 1]
