"""The main window is composed, not mixed in: its parts are plain objects that reach
back through a Protocol, no module of ui/window imports main_window, the window
package has no import circle, and the menus, toolbar and shortcuts list come from
one registry of commands."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtWidgets import QMainWindow, QToolBar

from annotator.ui.dialogs.shortcuts import ShortcutsDialog
from annotator.ui.window.actions import action_specs, registry, shortcut_groups
from annotator.ui.window.main_window import MainWindow

ANNOTATOR = Path(__file__).resolve().parents[3] / "annotator"
WINDOW = ANNOTATOR / "ui" / "window"


def imports_of(path: Path) -> set[str]:
    """Every annotator module a file imports, at any level (TYPE_CHECKING included)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name.startswith("annotator.")}


def window_graph() -> dict[str, set[str]]:
    modules = {f"annotator.ui.window.{p.stem}": p for p in WINDOW.glob("*.py")
               if p.stem != "__init__"}
    return {name: imports_of(path) & modules.keys() for name, path in modules.items()}


def test_only_the_app_imports_the_main_window() -> None:
    importers = sorted(str(path.relative_to(ANNOTATOR)) for path in ANNOTATOR.rglob("*.py")
                       if "annotator.ui.window.main_window" in imports_of(path))
    assert importers and all(name.startswith("ui/app/") for name in importers), importers


def test_the_window_package_has_no_import_circle() -> None:
    graph = window_graph()
    done: set[str] = set()

    def visit(module: str, path: list[str]) -> None:
        assert module not in path, " → ".join([*path, module])
        if module not in done:
            for imported in graph[module]:
                visit(imported, [*path, module])
            done.add(module)

    for module in graph:
        visit(module, [])


def test_no_mixins_and_no_module_over_400_lines() -> None:
    assert MainWindow.__bases__ == (QMainWindow,)
    for folder in (WINDOW, ANNOTATOR / "ui" / "app"):
        for path in folder.glob("*.py"):
            assert len(path.read_text(encoding="utf-8").splitlines()) < 400, path.name
            assert "_Base" not in path.read_text(encoding="utf-8"), path.name


def test_menus_toolbar_and_shortcuts_come_from_the_registry(qtbot) -> None:
    window = MainWindow(remember=False)
    qtbot.addWidget(window)
    specs = list(action_specs())
    assert [s.name for s in specs] == list(window.actions_by_name)  # unique, in menu order
    assert [a.text() for a in window.menuBar().actions()] == [m.title for m in registry()]
    for spec in specs:
        action = window.actions_by_name[spec.name]
        assert action.text().split("\t")[0] == spec.text and action.statusTip() == spec.tip
    # The toolbar: the registry's everyday commands, each button named in full for a
    # screen reader and described by its status tip.
    toolbar = window.findChild(QToolBar, "mainToolbar")
    toolbar_specs = [s for s in specs if s.toolbar]
    assert [a.iconText() for a in toolbar.actions()] == [s.label for s in toolbar_specs]
    for spec, action in zip(toolbar_specs, toolbar.actions(), strict=True):
        button = toolbar.widgetForAction(action)
        assert button.accessibleName() == spec.spoken and spec.spoken
        assert button.accessibleDescription() == spec.tip
    # The shortcuts list: every command with keys, under its menu, as the registry says.
    groups = dict(shortcut_groups(window.actions_by_name))
    assert list(groups) == ["File", "Edit", "Code", "View", "Help"]
    assert ("Ctrl+B", "Theme Board") in groups["View"]
    assert ("Ctrl+Shift+Z, Ctrl+Y", "Redo") in groups["Edit"]
    keyed = {s.spoken for s in specs if window.actions_by_name[s.name].shortcuts()}
    assert {what for rows in groups.values() for _keys, what in rows} == keyed
    dialog = ShortcutsDialog(shortcut_groups(window.actions_by_name), window)
    qtbot.addWidget(dialog)
    assert dialog.tree.topLevelItem(0).text(0) == "File"
