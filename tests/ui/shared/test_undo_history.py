"""One undo history: the window's QUndoStack is the project's History, step for step,
past the 500-step limit, with Edit > Undo naming the step Ctrl+Z undoes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from annotator.operations.history import LIMIT
from annotator.project import Project
from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.window.main_window import MainWindow
from tests.helpers import table_dump, write_txt


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    path = tmp_path / "study.annotator"
    with Project.create(path) as project:
        project.import_file(write_txt(tmp_path, "Ana.txt", "Ana: We said yes.\nBo: It grew.\n"))
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_project(path)
    win.show()
    qtbot.waitExposed(win)
    return win


def undo_text(window: MainWindow) -> str:
    return window.actions_by_name["undo"].text()


def press_undo(qtbot, window: MainWindow) -> None:
    """Ctrl+Z as the user presses it, reaching the Edit menu's action by its shortcut."""
    action = window.actions_by_name["undo"]
    assert QKeySequence(QKeySequence.StandardKey.Undo) in action.shortcuts()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_the_edit_menu_names_the_step_ctrl_z_undoes_past_the_limit(qtbot,
                                                                   window: MainWindow) -> None:
    bridge, project = window.bridge, window.project
    assert bridge is not None and project is not None
    assert bridge.undo_stack.undoLimit() == project.history.limit == LIMIT
    undo = window.actions_by_name["undo"]
    assert not undo.isEnabled() and undo.text() == "&Undo"
    dumps = {}
    for i in range(LIMIT + 3):
        bridge.run("New code", lambda i=i: project.add_code(f"c{i}"))
        if i % 50 == 2:
            dumps[i] = table_dump(project.store)
        assert undo_text(window) == f"&Undo New code “c{i}”"
        assert bridge.undo_stack.count() == min(i + 1, LIMIT) == project.history.depth
    assert undo.toolTip() == f"Undo New code “c{LIMIT + 2}”"
    assert undo.iconText() == "Undo"  # the toolbar's short label stays short
    for i in reversed(range(3, LIMIT + 3)):
        assert undo_text(window) == f"&Undo New code “c{i}”"
        press_undo(qtbot, window)
        assert project.find_code(f"c{i}") is None and project.find_code(f"c{i - 1}")
        if i - 1 in dumps:
            assert table_dump(project.store) == dumps[i - 1]
        assert bridge.undo_stack.index() == project.history.depth
    # The oldest three steps went with the limit, on both sides at once.
    assert not undo.isEnabled() and undo.text() == "&Undo"
    assert project.history.depth == bridge.undo_stack.index() == 0
    redo = window.actions_by_name["redo"]
    assert redo.text() == "&Redo New code “c3”"
    redo.trigger()
    assert project.find_code("c3") is not None and undo_text(window) == "&Undo New code “c3”"


def test_undoing_everything_returns_every_table_to_its_start(qtbot, window: MainWindow) -> None:
    bridge, project = window.bridge, window.project
    assert bridge is not None and project is not None
    start = table_dump(project.store)
    source = project.sources()[0].id
    actions = []
    for i in range(30):
        code = bridge.run("New code", lambda i=i: project.add_code(f"k{i}"))
        actions.append(code)
        bridge.run("Code", lambda code=code, i=i: project.add_coding(source, code, i % 5, 6))
        bridge.run("Rename", lambda code=code, i=i: project.rename_code(code, f"kk{i}"))
        if i % 3 == 0:
            bridge.run("Memo", lambda code=code: project.set_memo("code", code, "why"))
            bridge.run("Theme", lambda i=i: project.add_theme(f"T{i}"))
        if i % 4 == 0:
            bridge.run("Delete", lambda code=code: project.delete_code(code))
    assert bridge.undo_stack.count() == project.history.depth
    while window.actions_by_name["undo"].isEnabled():
        window.actions_by_name["undo"].trigger()
    assert table_dump(project.store) == start
    while window.actions_by_name["redo"].isEnabled():
        window.actions_by_name["redo"].trigger()
    assert [c.name for c in project.codes()] == [f"kk{i}" for i in range(30) if i % 4]


def test_a_refused_undo_leaves_qt_where_it_was(qtbot, window: MainWindow,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    bridge, project = window.bridge, window.project
    assert bridge is not None and project is not None
    bridge.run("New code", lambda: project.add_code("A"))
    bridge.run("New code", lambda: project.add_code("B"))
    bridge.undo_stack.undo()
    index = bridge.undo_stack.index()
    read_only = project.store.database
    monkeypatch.setattr(read_only, "read_only", True)
    for action in ("undo", "redo"):
        with qtbot.waitSignal(bridge.error) as refused:
            window.actions_by_name[action].trigger()
        assert "read-only" in refused.args[0]
        assert bridge.undo_stack.index() == index == project.history.depth
    assert undo_text(window) == "&Undo New code “A”"
    assert window.actions_by_name["redo"].text() == "&Redo New code “B”"
    monkeypatch.setattr(read_only, "read_only", False)
    window.actions_by_name["redo"].trigger()
    assert project.find_code("B") is not None and bridge.undo_stack.index() == 2


def test_an_undo_made_without_qt_moves_qt_too(qtbot, tmp_path: Path) -> None:
    bridge = ProjectBridge(Project.create(tmp_path / "p.annotator"))
    project = bridge.project
    bridge.run("x", lambda: project.add_code("A"))
    project.undo()  # a script or a test, not Qt
    assert (bridge.undo_stack.index(), bridge.undo_stack.canRedo()) == (0, True)
    project.redo()
    assert bridge.undo_stack.index() == 1
    project.history.clear()
    assert bridge.undo_stack.count() == 0
    bridge.close()


def test_a_widget_batch_named_in_english_only_keeps_the_callers_label(qtbot,
                                                                     tmp_path: Path) -> None:
    bridge = ProjectBridge(Project.create(tmp_path / "p.annotator"))
    project = bridge.project

    def tidy() -> None:
        with project.batch("Tidy"):
            project.add_code("A")
            project.add_code("B")

    bridge.run("Aufräumen", tidy)
    assert bridge.undo_stack.undoText() == "Aufräumen"
    bridge.run("Neuer Code", lambda: project.add_code("C"))  # the project's Message wins
    assert bridge.undo_stack.undoText() == "New code “C”"
    bridge.close()
    QApplication.processEvents()


def test_an_undo_outside_qt_past_the_bridges_start_mirrors_the_history(qtbot,
                                                                       tmp_path: Path) -> None:
    project = Project.create(tmp_path / "p.annotator")
    project.add_code("Before")
    bridge = ProjectBridge(project)
    assert bridge.undo_stack.count() == 0  # follows what is recorded from now on
    bridge.run("x", lambda: project.add_code("After"))
    project.undo()
    project.undo()  # "Before", older than the bridge
    assert (bridge.undo_stack.count(), bridge.undo_stack.index()) == (2, 0)
    assert bridge.undo_stack.redoText() == "New code “Before”"
    bridge.undo_stack.redo()
    assert [c.name for c in project.codes()] == ["Before"]
    bridge.close()
