"""Room for a pane's list: the dock holding the pane grows until the list shows the rows
a reader needs, within what the window can spare."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QTabBar,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

MOST_OF_WINDOW = 0.6
"""The share of the window's height a pane may take: the transcript keeps the rest."""


def row_height(tree: QTreeWidget) -> int:
    """A row's height in `tree` (measured on a stand-in row while it has none)."""
    if tree.topLevelItemCount():
        return max(1, tree.sizeHintForRow(0))
    tree.addTopLevelItem(QTreeWidgetItem(["…"] * tree.columnCount()))
    try:
        return max(1, tree.sizeHintForRow(0))
    finally:
        tree.takeTopLevelItem(0)


def _tab_bar_height(window: QMainWindow, dock: QDockWidget) -> int:
    """The height of the tab bar under a tabbed dock: resizeDocks sizes the group with
    its bar (Qt 6.8-6.11), so that a dock asked for N pixels gets N minus the bar."""
    if not window.tabifiedDockWidgets(dock):
        return 0
    title = dock.windowTitle()
    for bar in window.findChildren(QTabBar):
        if bar.isVisible() and any(bar.tabText(i) == title for i in range(bar.count())):
            return bar.height()
    return 0


def make_room(pane: QWidget, tree: QTreeWidget, rows: int) -> None:
    """Grow the dock of `pane` (docked in a main window) so that `tree` shows `rows` rows."""
    dock, window = pane.parentWidget(), pane.window()
    while dock is not None and not isinstance(dock, QDockWidget):
        dock = dock.parentWidget()
    if dock is None or dock.isFloating() or not isinstance(window, QMainWindow):
        return
    layout = pane.layout()
    if layout is not None:
        layout.activate()  # the list's height as the pane's size now gives it
    wanted = (tree.header().sizeHint().height() + 2 * tree.frameWidth()
              + rows * row_height(tree))
    missing = wanted - tree.height()
    if missing > 0:
        height = min(dock.height() + missing, round(window.height() * MOST_OF_WINDOW))
        window.resizeDocks([dock], [height + _tab_bar_height(window, dock)],
                           Qt.Orientation.Vertical)
