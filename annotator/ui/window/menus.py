"""The main window's menus and toolbar, built from the one registry (actions.py) so
that shortcuts never collide and nothing is listed twice."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QFontMetrics, QHelpEvent, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QMenu,
    QToolBar,
    QToolTip,
    QWidget,
)

from annotator.ui.shared.i18n import tr, without_accelerator
from annotator.ui.shared.icons import icon
from annotator.ui.shared.plain import plain_menu_text
from annotator.ui.shared.recent_projects import recent_projects
from annotator.ui.window.actions import (
    ActionSpec,
    MenuSpec,
    action_specs,
    key_sequences,
    registry,
    resolve,
)


def _fill_recent(menu: QMenu, open_project: Callable[[Path], object],
                 forget: Callable[[], None]) -> None:
    menu.clear()
    paths = recent_projects()
    if not paths:
        menu.addAction(tr("No recent projects")).setEnabled(False)
    for path in paths:
        action = menu.addAction(plain_menu_text(f"{path.stem}   ({path.parent})"))
        action.triggered.connect(lambda _c=False, p=path: open_project(Path(p)))
    if paths:
        menu.addSeparator()
        clear = menu.addAction(tr("Clear Recent Projects"))
        clear.setStatusTip(tr("Empty this list; the project files stay where they are"))
        clear.triggered.connect(lambda _c=False: forget())


# Undo and Redo name their step; a long one ("Rename code “…”") would push the menu's
# shortcut column out of the screen, so it is cut to about this many average characters.
STEP_LABEL_CHARS = 40


def step_label(step: str) -> str:
    """An undo step's name as menu text: elided to a width that keeps the shortcut column
    whole, and an "&" in a name shown rather than taken for a shortcut mark."""
    metrics = QFontMetrics(QApplication.font("QMenu"))
    width = metrics.averageCharWidth() * STEP_LABEL_CHARS
    return plain_menu_text(metrics.elidedText(step, Qt.TextElideMode.ElideRight, width))


def _undo_action(spec: ActionSpec, window: QMainWindow, group: QUndoGroup) -> QAction:
    """Qt's own Undo or Redo of the active project's stack, named in our words: the
    text follows the step ("&Undo {action}", which a language may reorder)."""
    if spec.undo_step == "undo":
        action = group.createUndoAction(window)
        named, changed, current = tr("&Undo {action}"), group.undoTextChanged, group.undoText
    else:
        action = group.createRedoAction(window)
        named, changed, current = tr("&Redo {action}"), group.redoTextChanged, group.redoText

    def follow(step: str) -> None:
        # Connected after Qt's own handler of the same signal, so these words win.
        action.setText(named.format(action=step_label(step)) if step else spec.text)
        action.setToolTip(without_accelerator(action.text()))

    changed.connect(follow)
    follow(current())
    action.setIcon(icon(spec.name))
    return action


def _make_action(spec: ActionSpec, window: QMainWindow,
                 owners: Mapping[str, object], undo_group: QUndoGroup | None) -> QAction:
    text = f"{spec.text}\t{spec.pane_keys}" if spec.pane_keys else spec.text
    if spec.undo_step and undo_group is not None:
        action = _undo_action(spec, window, undo_group)
    else:
        action = QAction(icon(spec.name), text, window)
        handler = resolve(spec, owners)
        action.triggered.connect(lambda _checked=False: handler())
    action.setShortcuts(key_sequences(spec.keys))
    action.setCheckable(spec.checkable)
    if spec.tip:
        action.setStatusTip(spec.tip)
    if spec.label:
        action.setIconText(spec.label)
    if spec.role is not None:
        action.setMenuRole(spec.role)
    return action


def build_menus(window: QMainWindow, owners: Mapping[str, object],
                panes: Iterable[QDockWidget], open_project: Callable[[Path], object],
                forget_recent: Callable[[], None],
                undo_group: QUndoGroup | None = None) -> dict[str, QAction]:
    """Fill the window's menu bar and toolbar from the registry; the actions by name.

    `owners` maps the registry's handler owners ("window", "files", "app", "chrome")
    to the objects that do the work; `panes` get their show/hide toggles in the View
    menu; Open Recent opens with `open_project` and is cleared with `forget_recent`;
    Undo and Redo are `undo_group`'s (the window adds each open project's stack)."""
    acts: dict[str, QAction] = {}

    def fill(menu: QMenu, spec: MenuSpec) -> None:
        for entry in spec.entries:
            if entry is None:
                menu.addSeparator()
            elif isinstance(entry, ActionSpec):
                acts[entry.name] = _make_action(entry, window, owners, undo_group)
                menu.addAction(acts[entry.name])
            elif entry.key == "panes":
                for dock in panes:
                    menu.addAction(dock.toggleViewAction())
            else:
                submenu = menu.addMenu(icon(entry.key), entry.title)
                if entry.key == "open_recent":
                    submenu.aboutToShow.connect(
                        lambda m=submenu: _fill_recent(m, open_project, forget_recent))
                fill(submenu, entry)

    for spec in registry():
        fill(window.menuBar().addMenu(spec.title), spec)
    window.addToolBar(_toolbar(window, acts))
    return acts


def _toolbar(window: QMainWindow, acts: Mapping[str, QAction]) -> QToolBar:
    """The everyday commands, in menu order, with short labels; a screen reader says
    each button's whole command and what it does, as the registry has them."""
    toolbar = QToolBar(tr("Main toolbar"), window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for spec in action_specs():
        if spec.toolbar:
            action = acts[spec.name]
            if spec.undo_step:
                action = _steady_undo(action, spec, toolbar)
            toolbar.addAction(action)
            button = toolbar.widgetForAction(action)
            button.setAccessibleName(spec.spoken)
            button.setAccessibleDescription(spec.tip)
            if spec.undo_step:
                button.installEventFilter(StepTip(acts[spec.name], button))
    return toolbar


def _steady_undo(named: QAction, spec: ActionSpec, toolbar: QToolBar) -> QAction:
    """The toolbar's Undo (Redo). The menu's action renames itself after every change;
    a button showing it would be laid out again each time, and the toolbar with it,
    and the whole main window after the toolbar (about 1 ms of every coding). This
    one keeps its words and follows only whether there is a step to undo; its tooltip
    names the step when the pointer asks (StepTip)."""
    steady = QAction(named.icon(), spec.label, toolbar)
    steady.setStatusTip(spec.tip)
    steady.setEnabled(named.isEnabled())
    named.enabledChanged.connect(steady.setEnabled)
    steady.triggered.connect(named.trigger)
    return steady


class StepTip(QObject):
    """Shows the tooltip of the menu's Undo (Redo), which names the step, over a button."""

    def __init__(self, named: QAction, parent: QObject) -> None:
        super().__init__(parent)
        self._named = named

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip and isinstance(watched, QWidget):
            assert isinstance(event, QHelpEvent)
            QToolTip.showText(event.globalPos(), self._named.toolTip(), watched)
            return True
        return False
