"""Retrieval: every excerpt coded with the selected codes, with who said it and around it.

Each excerpt is shown between a dimmed line of what came before and one of what came
after (excerpt_delegate.py). A parent code lists its sub-codes' excerpts too while
"Include sub-codes" is on (NVivo's aggregate), words coded with both once; with codings
by several coders, a coder filter and a Coder column appear.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.model import code_tree
from annotator.model.excerpts import Excerpt, ListedExcerpt
from annotator.operations.errors import USER_ERRORS
from annotator.operations.similar import SimilarRequest
from annotator.project.counts import CodingCounts
from annotator.ui.panes.excerpt_delegate import CONTEXT, ExcerptDelegate
from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.shared.i18n import tr
from annotator.ui.shared.plain import plain_tip
from annotator.ui.shared.stale import ShownGuard

EXCERPT = Qt.ItemDataRole.UserRole + 1
TEXT_COLUMN, CODER_COLUMN = 3, 4
SMOOTH_ROWS = 300
"""Excerpts listed up to which the list scrolls by the pixel rather than by the row."""
WIDEST_LABEL = 220
"""Pixels the transcript, speaker, code and coder columns take at most at first: the
excerpts keep the room (the whole name is in the tooltip; a column can be widened)."""


def _excerpts(count: int) -> str:
    return tr("1 excerpt") if count == 1 else tr("{n} excerpts").format(n=count)


def _transcripts(count: int) -> str:
    return tr("1 transcript") if count == 1 else tr("{n} transcripts").format(n=count)


def _participants(count: int) -> str:
    return tr("1 participant") if count == 1 else tr("{n} participants").format(n=count)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _below(path: str, parents: tuple[str, ...]) -> str:
    """A sub-code's path from below the listed parent ("Practical help" for
    "Gains/Practical help" under "Gains/"); any other path whole."""
    for parent in parents:
        if path.startswith(parent):
            return path[len(parent):]
    return path


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
        self._listed_codes: set[int] = set()  # the shown codes, with sub-codes if included
        self._coders: list[str] | None = None  # read again after codings change
        self.summary = QLabel(tr("Select codes in the tree to read their excerpts."), self)
        self.summary.setObjectName("retrievalSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # it names codes
        self.sub_codes = QCheckBox(tr("Include sub-codes"), self)
        self.sub_codes.setObjectName("retrievalSubCodes")
        self.sub_codes.setChecked(True)
        self.sub_codes.hide()  # until codes are shown
        self.sub_codes.setStatusTip(tr("List the excerpts of the selected codes' sub-codes "
                                       "too, each once."))
        self.coder = QComboBox(self)
        self.coder.setObjectName("retrievalCoder")
        self.coder.setAccessibleName(tr("Coder"))
        self.coder.setStatusTip(tr("Show every coder's excerpts, or one coder's."))
        self.coder.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.coder.hide()
        self.list = QTreeWidget(self)
        self.list.setObjectName("retrievalList")
        self.list.setHeaderLabels([tr("Transcript"), tr("Speaker"), tr("Code"), tr("Excerpt"),
                                   tr("Coder")])
        self.list.setAccessibleName(tr("Coded excerpts"))
        self.list.setAccessibleDescription(
            tr("Every excerpt coded with the selected codes, between a line of what came "
               "before and after; Enter or a double-click shows it in its transcript."))
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)  # where one excerpt's lines end
        self.list.setUniformRowHeights(False)  # an excerpt takes the lines it needs
        self.list.setWordWrap(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setItemDelegateForColumn(TEXT_COLUMN, ExcerptDelegate(self.list))
        header = self.list.header()
        header.setStretchLastSection(True)
        header.moveSection(CODER_COLUMN, TEXT_COLUMN)  # the excerpt stays last, stretched
        self.list.setColumnHidden(CODER_COLUMN, True)
        # Rows are as tall as their excerpt's lines at the column's width: a new width
        # lays them out again (once, after the resizing settles).
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self.list.doItemsLayout)
        header.sectionResized.connect(
            lambda column, _old, _new: column == TEXT_COLUMN and self._relayout.start())
        self.context = QLabel(self)
        self.context.setObjectName("retrievalContext")
        self.context.setWordWrap(True)
        self.context.setTextFormat(Qt.TextFormat.RichText)
        self.context.setAccessibleName(tr("Excerpt in context"))
        self.context.hide()
        options = QHBoxLayout()
        options.addWidget(self.summary, 1)
        options.addWidget(self.sub_codes)
        options.addWidget(self.coder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(options)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.context)
        self.list.itemActivated.connect(self._activated)
        self.list.currentItemChanged.connect(self._show_context)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.sub_codes.toggled.connect(lambda _on: self.refresh())
        self.coder.activated.connect(lambda _index: self.refresh())
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
        return set(self._code_ids) | self._listed_codes

    def _codings_changed(self, ids: frozenset[int]) -> None:
        self._coders = None
        _sources, codes = self._counts.follow(ids)
        if self._shows_any() and not codes.isdisjoint(self._shown_codes()):
            self._guard.mark()

    def _codes_changed(self, ids: frozenset[int]) -> None:
        if not self._shows_any():
            return
        shown = self._shown_codes()
        if not ids.isdisjoint(shown) or (self._code_ids and any(
                self._parent_of(code) in shown for code in ids)):
            self._guard.mark()  # a sub-code made or moved under a listed code counts too

    def _parent_of(self, code_id: int) -> int | None:
        try:
            return self._bridge.project.code(code_id).parent_id
        except USER_ERRORS:  # deleted
            return None

    def show_codes(self, code_ids: list[int]) -> None:
        self._theme_id = None
        self._code_ids = list(code_ids)
        self.refresh()

    def show_theme(self, theme_id: int | None) -> None:
        """Every excerpt behind a theme, grouped by participant, to review its spread."""
        self._theme_id = theme_id
        self._code_ids = []
        self.refresh()

    def coder_filter(self) -> str | None:
        """The one coder whose excerpts are listed, or None for every coder's."""
        chosen = self.coder.currentData() if self.coder.count() else None
        return chosen if isinstance(chosen, str) else None

    def _fill_coders(self) -> None:
        """Offer the coders (with "All coders") once the project has more than one."""
        if self._coders is None:
            self._coders = self._bridge.project.team.coders()
        coders = self._coders if len(self._coders) > 1 else []
        current = self.coder_filter()
        self.coder.clear()
        if coders:
            self.coder.addItem(tr("All coders"), None)
            for name in sorted(coders, key=str.casefold):
                self.coder.addItem(name, name)
            self.coder.setCurrentIndex(max(0, self.coder.findData(current)))
        self.coder.setVisible(bool(coders) and self._theme_id is None)
        self.list.setColumnHidden(CODER_COLUMN, not coders)

    def refresh(self) -> None:
        self._guard.stale = False
        project = self._bridge.project
        paths = project.code_paths()
        self._code_ids = [c for c in self._code_ids if c in paths]
        self.list.clear()
        self._show_context(None)
        self._fill_coders()
        if self._theme_id is not None:
            self.sub_codes.hide()
            self._refresh_theme(self._theme_id)
            return
        self.list.setRootIsDecorated(False)
        children = code_tree.children_of(project.codes())
        parents = {parent for parent, below in children.items() if below}
        # Only a parent has sub-codes to include: the switch shows for parents only.
        has_sub_codes = any(c in parents for c in self._code_ids)
        self.sub_codes.setVisible(has_sub_codes)
        self.sub_codes.setEnabled(has_sub_codes)
        if not self._code_ids:
            self._listed_codes = set()
            self.summary.setText(tr("Select codes in the tree to read their excerpts."))
            return
        aggregate = has_sub_codes and self.sub_codes.isChecked()
        rows = project.excerpt_rows(self._code_ids, sub_codes=aggregate,
                                    coder=self.coder_filter())
        # What a change must touch to be shown: these codes, and those below them
        # while they are aggregated (a sub-code's first coding too).
        self._listed_codes = set(self._code_ids) | ({
            d for c in self._code_ids for d in code_tree.descendants(children, c)}
            if aggregate else set())
        # Under an aggregated parent a sub-code is named from the parent down.
        parents_shown = tuple(paths[c] + "/" for c in self._code_ids) if aggregate else ()
        for row in rows:
            self.list.addTopLevelItem(self._item(row, parents_shown))
        self._fit_columns()
        sources = len({row.excerpt.source_id for row in rows})
        names = tr(", ", "between the names in a list").join(paths[c] for c in self._code_ids)
        shown = tr("{excerpts} in {transcripts}: {codes}, with sub-codes") if aggregate \
            else tr("{excerpts} in {transcripts}: {codes}")
        self.summary.setText(shown.format(excerpts=_excerpts(len(rows)),
                                          transcripts=_transcripts(sources), codes=names))

    def _item(self, row: ListedExcerpt, parents: tuple[str, ...] = ()) -> QTreeWidgetItem:
        excerpt = row.excerpt
        comma = tr(", ", "between the names in a list")
        codes = comma.join((row.code_path, *row.also_coded))
        named = comma.join(_below(path, parents) for path in (row.code_path, *row.also_coded))
        flat = _flat(excerpt.text)
        item = QTreeWidgetItem([excerpt.source_name, excerpt.speaker or "", named, flat,
                                row.coder])
        item.setData(0, EXCERPT, excerpt)
        item.setData(TEXT_COLUMN, CONTEXT, (excerpt.before, flat, excerpt.after))
        top = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        for column in (0, 1, 2, CODER_COLUMN):
            item.setTextAlignment(column, top)
        item.setToolTip(2, plain_tip(codes))
        item.setToolTip(TEXT_COLUMN, plain_tip(flat if len(flat) < 600 else flat[:600] + "…"))
        return item

    def _fit_columns(self) -> None:
        # Smooth scrolling needs every row's height, so every excerpt wrapped: a long
        # list scrolls by row and wraps only those it shows.
        self.list.setVerticalScrollMode(
            QAbstractItemView.ScrollMode.ScrollPerPixel if self._row_count() <= SMOOTH_ROWS
            else QAbstractItemView.ScrollMode.ScrollPerItem)
        # Widths from the names themselves: asking the view would lay out (and so wrap)
        # every excerpt once more.
        metrics = self.list.fontMetrics()
        header = self.list.header()
        for column in (0, 1, 2, CODER_COLUMN):
            texts = {self.list.headerItem().text(column)}
            for row in range(self.list.topLevelItemCount()):
                top = self.list.topLevelItem(row)
                texts.add(top.text(column))
                texts.update(top.child(i).text(column) for i in range(top.childCount()))
            widest = max(metrics.horizontalAdvance(text) for text in texts) + 16
            header.resizeSection(column, min(WIDEST_LABEL, max(widest,
                                                                header.minimumSectionSize())))

    def _row_count(self) -> int:
        return sum(max(1, self.list.topLevelItem(i).childCount())
                   for i in range(self.list.topLevelItemCount()))

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
            group = QTreeWidgetItem([f"{shown} ({len(members)})", "", "", "", ""])
            group.setFirstColumnSpanned(True)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.list.addTopLevelItem(group)
            for row in members:
                group.addChild(self._item(row))
        self.list.expandAll()
        self._fit_columns()
        people = len([n for n in groups if n is not None])
        self.summary.setText(tr("Theme “{name}”: {excerpts} from {participants}").format(
            name=theme.name, excerpts=_excerpts(len(rows)),
            participants=_participants(people)))

    def _show_context(self, item: QTreeWidgetItem | None) -> None:
        excerpt: Excerpt | None = item.data(0, EXCERPT) if item is not None else None
        # Below the list only what its row cannot show whole.
        delegate = self.list.itemDelegateForColumn(TEXT_COLUMN)
        self.context.setVisible(
            item is not None and excerpt is not None and isinstance(delegate, ExcerptDelegate)
            and delegate.elided(self.list.indexFromItem(item, TEXT_COLUMN)))
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
