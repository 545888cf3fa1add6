"""The inspector pane's three faces, one shown at a time: the coding under the caret,
the theme selected on the board, or the memo of a code, a transcript or the project.
The theme face shows only while the board is the current tab."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QTabWidget

from annotator.ui.board.panel import BoardPanel
from annotator.ui.board.theme_inspector import ThemeInspector
from annotator.ui.panes.inspector import Inspector
from annotator.ui.panes.item_memo import ItemMemoEditor
from annotator.ui.shared.bridge import ProjectBridge


class InspectorStack(QStackedWidget):
    def __init__(self, bridge: ProjectBridge, tabs: QTabWidget | None = None) -> None:
        super().__init__()
        self.inspector = Inspector(bridge)
        self.theme_inspector = ThemeInspector(bridge)
        self.item_memo = ItemMemoEditor(bridge)
        for face in (self.inspector, self.theme_inspector, self.item_memo):
            self.addWidget(face)
        self._tabs = tabs
        if tabs is not None:
            tabs.currentChanged.connect(self._tab_changed)

    def _tab_changed(self, _index: int) -> None:
        # A theme is inspected on the board; on a transcript the inspector is the
        # excerpt's again (the last one inspected, if it is still there).
        if (self._tabs is not None and self.currentWidget() is self.theme_inspector
                and not isinstance(self._tabs.currentWidget(), BoardPanel)):
            self.theme_inspector.save()
            self.show_coding(self.inspector.coding_id)

    def show_coding(self, coding_id: int | None) -> None:
        self.inspector.show_coding(coding_id)
        self.setCurrentWidget(self.inspector)

    def show_theme(self, theme_id: int) -> None:
        self.theme_inspector.show_theme(theme_id)
        self.setCurrentWidget(self.theme_inspector)

    def show_memo(self, kind: str, target_id: int | None) -> None:
        self.item_memo.show_item(kind, target_id)
        self.setCurrentWidget(self.item_memo)

    def save(self) -> None:
        """Keep what is being typed in any face, before the project lets go."""
        self.inspector.save_memo()
        self.theme_inspector.save()
        self.item_memo.save()
