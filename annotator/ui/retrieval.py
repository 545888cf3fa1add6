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
    """Lists the excerpts of `show_codes(ids)`, or of `show_theme(id)` by participant.

    Emits `excerpt_activated(source_id, start, end)` on double-click or Enter.
    """

    excerpt_activated = Signal(int, int, int)

    def __init__(self, bridge: ProjectBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._code_ids: list[int] = []
        self._theme_id: int | None = None
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
        bridge.themes_changed.connect(self.refresh)

    def show_codes(self, code_ids: list[int]) -> None:
        self._theme_id = None
        self._code_ids = list(code_ids)
        self.refresh()

    def show_theme(self, theme_id: int | None) -> None:
        """Every excerpt behind a theme, grouped by participant, to review its spread."""
        self._theme_id = theme_id
        self._code_ids = []
        self.refresh()

    def refresh(self) -> None:
        project = self._bridge.project
        live = {c.id for c in project.codes()}
        self._code_ids = [c for c in self._code_ids if c in live]
        self.list.clear()
        self.context.clear()
        if self._theme_id is not None:
            self._refresh_theme(self._theme_id)
            return
        self.list.setRootIsDecorated(False)
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

    def _refresh_theme(self, theme_id: int) -> None:
        project = self._bridge.project
        theme = next((t for t in project.themes() if t.id == theme_id), None)
        if theme is None:
            self._theme_id = None
            self.summary.setText("Select codes in the tree to read their excerpts.")
            return
        self.list.setRootIsDecorated(True)
        excerpts = project.theme_excerpts(theme_id)
        paths = {c.id: project.code_path(c.id) for c in project.codes()}
        case_names = {c.id: c.name for c in project.cases()}
        groups: dict[str, list[Excerpt]] = {}
        for excerpt in excerpts:
            cases = project.cases_of_source(excerpt.source_id) or [None]
            for case_id in cases:
                name = case_names[case_id] if case_id is not None else "No participant"
                groups.setdefault(name, []).append(excerpt)
        for name in sorted(groups, key=lambda n: (n == "No participant", n.casefold())):
            members = groups[name]
            group = QTreeWidgetItem([f"{name} ({len(members)})", "", "", ""])
            group.setFirstColumnSpanned(True)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.list.addTopLevelItem(group)
            for excerpt in members:
                flat = " ".join(excerpt.text.split())
                item = QTreeWidgetItem([excerpt.source_name, excerpt.speaker or "",
                                        paths.get(excerpt.code_id, ""), flat])
                item.setData(0, EXCERPT, excerpt)
                item.setToolTip(3, flat if len(flat) < 600 else flat[:600] + "…")
                group.addChild(item)
        self.list.expandAll()
        people = len([n for n in groups if n != "No participant"])
        self.summary.setText(
            f"Theme “{theme.name}”: {len(excerpts)} excerpt{'s' if len(excerpts) != 1 else ''}"
            f" from {people} participant{'s' if people != 1 else ''}")

    def _show_context(self, item: QTreeWidgetItem | None) -> None:
        excerpt: Excerpt | None = item.data(0, EXCERPT) if item is not None else None
        if excerpt is None:
            self.context.clear()
            return
        self.context.setText(
            f"<span style='color:#607D8B'>{html.escape(excerpt.before)}</span>"
            f"<b>{html.escape(excerpt.text)}</b>"
            f"<span style='color:#607D8B'>{html.escape(excerpt.after)}</span>"
        )

    def _activated(self, item: QTreeWidgetItem) -> None:
        excerpt: Excerpt | None = item.data(0, EXCERPT)
        if excerpt is None:  # a participant's heading
            return
        self.excerpt_activated.emit(excerpt.source_id, excerpt.start, excerpt.end)
