"""Every command has an icon: the menus, the board's toolbar and the code tree's actions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction

from annotator.project import Project
from annotator.ui.window.main_window import MainWindow


def test_every_command_has_an_icon(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "p.annotator"
    Project.create(path).close()
    window = MainWindow(remember=False)
    qtbot.addWidget(window)
    assert window.open_project(path)
    assert window.board is not None and window.codes_panel is not None
    actions: list[QAction] = list(window.actions_by_name.values())
    actions += window.board.toolbar.actions()
    panel = window.codes_panel
    actions += [panel.new_code_action, panel.new_subcode_action, panel.rename_action,
                panel.color_action, panel.describe_action, panel.merge_action,
                panel.delete_action]
    named = [a for a in actions if not a.isSeparator()]
    assert len(named) > 40
    assert [a.text() for a in named if a.icon().isNull()] == []
