"""Retrieval: every excerpt coded with the selected codes, with who said it and around it."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.model.excerpts import Excerpt, ListedExcerpt
from annotator.operations.similar import SimilarRequest
from annotator.project.counts import CodingCounts
from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.shared.i18n import tr
from annotator.ui.shared.plain import plain_tip
from annotator.ui.shared.stale import ShownGuard

EXCERPT = Qt.ItemDataRole.UserRole + 1


def _excerpts(count: int) -> str:
    return tr("1 excerpt") if count == 1 else tr("{n} excerpts").format(n=count)


def _transcripts(count: int) -> str:
    return tr("1 transcript") if count == 1 else tr("{n} transcripts").format(n=count)


def _participants(count: int) -> str:
    return tr("1 participant") if count == 1 else tr("{n} participants").format(n=count)


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
        self.summary = QLabel(tr("Select codes in the tree to read their excerpts."), self)
        self.summary.setObjectName("retrievalSummary")
        self.summary.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setObjectName("retrievalList")
        self.list.setHeaderLabels([tr("Transcript"), tr("Speaker"), tr("Code"), tr("Excerpt")])
        self.list.setAccessibleName(tr("Coded excerpts"))
        self.list.setAccessibleDescription(
            tr("Every excerpt coded with the selected codes; Enter or a double-click "
               "shows it in its transcript."))
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
        self.context.setAccessibleName(tr("Excerpt in context"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.context)
        self.list.itemActivated.connect(self._activated)
        self.list.currentItemChanged.connect(self._show_context)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        # Only a change to the excerpts listed (of the codes or theme shown) reads
        # them again; while the pane is hidden, once, when it is shown.
        self._counts = CodingCounts.of(bridge.project)
        self._guard = ShownGuard(self, self.refresh)
        bridge.codings_changed.connect(self._codings_changed)
        bridge.codes_changed.connect(self._codes_changed)
        bridge.sources_changed.connect(lambda: self._shows_any() and self._guard.mark())
        bridge.themes_changed.connect(lambda: self._theme_id is not None and self._guard.mark())

    def _shows_any(self) -> bool:
        return bool(self._code_ids) or self._theme_id is not None

    def _shown_codes(self) -> set[int]:
        if self._theme_id is not None:  # sub-themes' codes are the theme's too
            return {code for _theme, code in self._bridge.project.theme_memberships()}
        return set(self._code_ids)

    def _codings_changed(self, ids: frozenset[int]) -> None:
        _sources, codes = self._counts.follow(ids)
        if self._shows_any() and not codes.isdisjoint(self._shown_codes()):
            self._guard.mark()

    def _codes_changed(self, ids: frozenset[int]) -> None:
        if self._shows_any() and not ids.isdisjoint(self._shown_codes()):
            self._guard.mark()

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
        self._guard.stale = False
        project = self._bridge.project
        paths = project.code_paths()
        self._code_ids = [c for c in self._code_ids if c in paths]
        self.list.clear()
        self.context.clear()
        if self._theme_id is not None:
            self._refresh_theme(self._theme_id)
            return
        self.list.setRootIsDecorated(False)
        if not self._code_ids:
            self.summary.setText(tr("Select codes in the tree to read their excerpts."))
            return
        rows = project.excerpt_rows(self._code_ids)
        excerpts = [row.excerpt for row in rows]
        for row in rows:
            excerpt = row.excerpt
            flat = " ".join(excerpt.text.split())
            item = QTreeWidgetItem([excerpt.source_name, excerpt.speaker or "", row.code_path,
                                    flat])
            item.setData(0, EXCERPT, excerpt)
            item.setToolTip(3, plain_tip(flat if len(flat) < 600 else flat[:600] + "…"))
            self.list.addTopLevelItem(item)
        sources = len({e.source_id for e in excerpts})
        names = tr(", ", "between the names in a list").join(paths[c] for c in self._code_ids)
        self.summary.setText(tr("{excerpts} in {transcripts}: {codes}").format(
            excerpts=_excerpts(len(excerpts)), transcripts=_transcripts(sources), codes=names))

    def _refresh_theme(self, theme_id: int) -> None:
        project = self._bridge.project
        theme = project.theme(theme_id)
        if theme is None:
            self._theme_id = None
            self.summary.setText(tr("Select codes in the tree to read their excerpts."))
            return
        self.list.setRootIsDecorated(True)
        rows = project.excerpt_rows(theme_id=theme_id)
        groups: dict[str | None, list[ListedExcerpt]] = {}  # None: no participant
        for row in rows:
            for name in row.participants or (None,):
                groups.setdefault(name, []).append(row)
        for name in sorted(groups, key=lambda n: (n is None, (n or "").casefold())):
            members = groups[name]
            shown = name if name is not None else tr("No participant")
            group = QTreeWidgetItem([f"{shown} ({len(members)})", "", "", ""])
            group.setFirstColumnSpanned(True)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.list.addTopLevelItem(group)
            for row in members:
                excerpt = row.excerpt
                flat = " ".join(excerpt.text.split())
                item = QTreeWidgetItem([excerpt.source_name, excerpt.speaker or "",
                                        row.code_path, flat])
                item.setData(0, EXCERPT, excerpt)
                item.setToolTip(3, plain_tip(flat if len(flat) < 600 else flat[:600] + "…"))
                group.addChild(item)
        self.list.expandAll()
        people = len([n for n in groups if n is not None])
        self.summary.setText(tr("Theme “{name}”: {excerpts} from {participants}").format(
            name=theme.name, excerpts=_excerpts(len(rows)),
            participants=_participants(people)))

    def _show_context(self, item: QTreeWidgetItem | None) -> None:
        excerpt: Excerpt | None = item.data(0, EXCERPT) if item is not None else None
        if excerpt is None:
            self.context.clear()
            return
        # The words around the excerpt are quieter, in the palette's placeholder colour.
        quiet = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        shown = (f"<span style='color:{quiet}'>{html.escape(excerpt.before)}</span>"
                 f"<b>{html.escape(excerpt.text)}</b>"
                 f"<span style='color:{quiet}'>{html.escape(excerpt.after)}</span>")
        self.context.setText(shown)  # markup and the user's words: nothing to translate

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        listing = getattr(self, "list", None)  # None while __init__ runs
        if listing is not None and event.type() in (QEvent.Type.PaletteChange,
                                                     QEvent.Type.ApplicationPaletteChange):
            self._show_context(listing.currentItem())  # its colours are in its text

    def _context_menu(self, pos: QPoint) -> None:
        item = self.list.itemAt(pos)
        excerpt: Excerpt | None = item.data(0, EXCERPT) if item is not None else None
        if excerpt is None:
            return
        menu = QMenu(self)
        menu.addAction(tr("Find Similar Passages"),
                       lambda: self.find_similar_to(excerpt.coding_id))
        menu.exec(self.list.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def find_similar_to(self, coding_id: int) -> None:
        """Ask for passages like one excerpt (the window shows them)."""
        self._bridge.similar_requested.emit(SimilarRequest(coding_id=coding_id))

    def _activated(self, item: QTreeWidgetItem) -> None:
        excerpt: Excerpt | None = item.data(0, EXCERPT)
        if excerpt is None:  # a participant's heading
            return
        self.excerpt_activated.emit(excerpt.source_id, excerpt.start, excerpt.end)
