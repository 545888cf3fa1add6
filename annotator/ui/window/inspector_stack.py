"""The inspector pane's three faces, one shown at a time: the coding under the caret,
the theme selected on the board, or the memo of a code, a transcript or the project."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget

from annotator.ui.board.theme_inspector import ThemeInspector
from annotator.ui.panes.inspector import Inspector
from annotator.ui.panes.item_memo import ItemMemoEditor
from annotator.ui.shared.bridge import ProjectBridge


class InspectorStack(QStackedWidget):
    def __init__(self, bridge: ProjectBridge) -> None:
        super().__init__()
        self.inspector = Inspector(bridge)
        self.theme_inspector = ThemeInspector(bridge)
        self.item_memo = ItemMemoEditor(bridge)
        for face in (self.inspector, self.theme_inspector, self.item_memo):
            self.addWidget(face)

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
