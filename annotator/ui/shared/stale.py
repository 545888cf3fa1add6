"""Work a hidden pane puts off until it is shown: it only marks itself stale.

A pane in a dock behind another tab, or a page whose tab is not open, is not
visible; redrawing it after every coding would cost the coding gesture its frame
for nothing. `ShownGuard.run(update)` runs the update at once while the widget is
visible, and otherwise remembers that a full refresh is owed, which `catch_up`
pays once, when the widget is next shown.

Hidden means not visible while its window is shown, or after it has been shown once:
a pane that was never put on screen (a widget on its own in a test) stays eager. A
pane in a dock behind another dock's tab counts as hidden too: Qt leaves it "visible"
there, and says which tab is on top only through the dock's `visibilityChanged`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QDockWidget, QWidget


class ShownGuard(QObject):
    """Runs a widget's updates only while it is visible; one `refresh` when next shown."""

    def __init__(self, widget: QWidget, refresh: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._refresh = refresh
        self.stale = False
        self._shown_once = False
        self._dock: QDockWidget | None = None
        self._dock_on_top = True
        widget.installEventFilter(self)

    def hidden(self) -> bool:
        widget = self._widget
        if widget.isVisible():
            return not self._dock_on_top
        return self._shown_once or widget.window().isVisible()

    def run(self, update: Callable[[], None]) -> None:
        """Apply `update` now if the widget is shown; else owe it a refresh."""
        if self.stale:
            return  # the refresh owed covers this change too
        if self.hidden():
            self.stale = True
        else:
            update()

    def mark(self) -> None:
        """Owe a full refresh (done now if the widget is shown)."""
        self.run(self._refresh)

    def catch_up(self) -> None:
        if self.stale:
            self.stale = False
            self._refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self._widget and event.type() in (QEvent.Type.Show,
                                                          QEvent.Type.ParentChange):
            self._follow_dock()
            if event.type() == QEvent.Type.Show:
                self._shown_once = True
                if self._dock_on_top:
                    self.catch_up()
        return False

    def _follow_dock(self) -> None:
        parent = self._widget.parentWidget()
        while parent is not None and not isinstance(parent, QDockWidget):
            parent = parent.parentWidget()
        if parent is self._dock:
            return
        if self._dock is not None:
            self._dock.visibilityChanged.disconnect(self._dock_visibility)
        self._dock, self._dock_on_top = parent, True
        if parent is not None:
            parent.visibilityChanged.connect(self._dock_visibility)

    def _dock_visibility(self, visible: bool) -> None:
        self._dock_on_top = visible
        if visible:
            self.catch_up()
