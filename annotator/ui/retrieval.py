"""Retrieval: every excerpt coded with the selected codes, with who said it and around it."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.model.excerpts import Excerpt
from annotator.ui.bridge import ProjectBridge

EXCERPT = Qt.ItemDataRole.UserRole + 1


class RetrievalPanel(QWidget):
    """Lists the excerpts of `show_codes(ids)`.

    Emits `excerpt_activated(source_id, start, end)` on double-click or Enter.
    """

    excerpt_activated = Signal(int, int, int)

    def __init__(self, bridge: ProjectBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._code_ids: list[int] = []
        self.summary = QLabel("Select codes in the tree to read their excerpts.", self)
        self.summary.setObjectName("retrievalSummary")
        self.list = QTreeWidget(self)
        self.list.setObjectName("retrievalList")
        self.list.setHeaderLabels(["Transcript", "Speaker", "Code", "Excerpt"])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.list.header()
        header.setStretchLastSection(True)
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.context = QLabel(self)
        self.context.setObjectName("retrievalContext")
        self.context.setWordWrap(True)
        self.context.setTextFormat(Qt.TextFormat.RichText)
        self.context.setMinimumHeight(48)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.context)
        self.list.itemActivated.connect(self._activated)
        self.list.currentItemChanged.connect(self._show_context)
        bridge.codings_changed.connect(lambda _ids: self.refresh())
        bridge.codes_changed.connect(lambda _ids: self.refresh())
        bridge.sources_changed.connect(self.refresh)

    def show_codes(self, code_ids: list[int]) -> None:
        self._code_ids = list(code_ids)
        self.refresh()

    def refresh(self) -> None:
        project = self._bridge.project
        live = {c.id for c in project.codes()}
        self._code_ids = [c for c in self._code_ids if c in live]
        self.list.clear()
        self.context.clear()
        if not self._code_ids:
            self.summary.setText("Select codes in the tree to read their excerpts.")
            return
        paths = {c: project.code_path(c) for c in self._code_ids}
        excerpts = project.excerpts(self._code_ids)
        for excerpt in excerpts:
            flat = " ".join(excerpt.text.split())
            item = QTreeWidgetItem([excerpt.source_name, excerpt.speaker or "",
                                    paths[excerpt.code_id], flat])
            item.setData(0, EXCERPT, excerpt)
            item.setToolTip(3, flat if len(flat) < 600 else flat[:600] + "…")
            self.list.addTopLevelItem(item)
        sources = len({e.source_id for e in excerpts})
        names = ", ".join(paths.values())
        self.summary.setText(f"{len(excerpts)} excerpt{'s' if len(excerpts) != 1 else ''} "
                             f"in {sources} transcript{'s' if sources != 1 else ''}: {names}")

    def _show_context(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            self.context.clear()
            return
        excerpt: Excerpt = item.data(0, EXCERPT)
        self.context.setText(
            f"<span style='color:#607D8B'>{html.escape(excerpt.before)}</span>"
            f"<b>{html.escape(excerpt.text)}</b>"
            f"<span style='color:#607D8B'>{html.escape(excerpt.after)}</span>"
        )

    def _activated(self, item: QTreeWidgetItem) -> None:
        excerpt: Excerpt = item.data(0, EXCERPT)
        self.excerpt_activated.emit(excerpt.source_id, excerpt.start, excerpt.end)
