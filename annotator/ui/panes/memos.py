"""Every memo in one list: what it is about, its title and first words; filter, then jump.

Lists the memos table (project, journal, transcript, code, theme, participant and
excerpt memos) and the excerpt memos the inspector writes on codings.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.model.memos import ListedMemo
from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.shared.i18n import tr
from annotator.ui.shared.plain import plain_tip
from annotator.ui.shared.stale import ShownGuard

ROW = Qt.ItemDataRole.UserRole + 1


def kind_labels() -> dict[str, str]:
    """What each kind of memo is about, as the Kind column and chooser name it."""
    return {"project": tr("Project"), "journal": tr("Journal"), "source": tr("Transcript"),
            "code": tr("Code", "noun: a code in the code tree"), "theme": tr("Theme"),
            "coding": tr("Excerpt"), "case": tr("Participant")}


def removed_labels() -> dict[str, str]:
    """What a memo is about when that item has been deleted."""
    return {"source": tr("(a removed transcript)"), "code": tr("(a removed code)"),
            "theme": tr("(a removed theme)"), "case": tr("(a removed participant)")}


@dataclass(frozen=True, slots=True)
class MemoRow:
    """One listed memo: `kind` and `target_id` say what it is about (None: the project)."""

    kind: str
    target_id: int | None
    about: str
    title: str
    body: str
    updated: str
    memo_id: int | None = None  # None for an excerpt memo kept on its coding


def _first_line(text: str, width: int = 120) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[:width - 1] + "…"


class MemosPane(QWidget):
    """All memos with a filter box and a kind chooser.

    Emits `memo_activated(kind, target_id)` on double-click or Enter: kind is one of
    project, journal, source, code, theme, coding, case; target_id is None for the
    project memo, the journal entry's memo id for a journal entry, else the item's id.
    """

    memo_activated = Signal(str, object)

    def __init__(self, bridge: ProjectBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memosPane")
        self._bridge = bridge
        self.rows: list[MemoRow] = []
        self.filter = QLineEdit(self)
        self.filter.setObjectName("memosFilter")
        self.filter.setPlaceholderText(tr("Filter memos: words in the memo or what it is about"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(tr("Filter memos"))
        self.filter.setAccessibleDescription(tr(
            "Lists only the memos containing these words, in the memo or in what it is about."))
        self.filter.setStatusTip(tr("Type words to list only the memos that contain them."))
        self.kind = QComboBox(self)
        self.kind.setObjectName("memosKind")
        self.kind.setAccessibleName(tr("Kind of memo"))
        self.kind.setStatusTip(tr("List every memo, or only the memos on one kind of item."))
        self.kind.addItem(tr("All memos"), None)
        for kind, label in kind_labels().items():
            self.kind.addItem(label, kind)
        self.summary = QLabel(self)
        self.summary.setObjectName("memosSummary")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("memosList")
        self.tree.setHeaderLabels([tr("Kind"), tr("About"), tr("Memo"), tr("Updated")])
        self.tree.setAccessibleName(tr("Memos"))
        self.tree.setAccessibleDescription(tr(
            "Every memo with what it is about, its first words and when it was updated; "
            "press Enter to go to what a memo is about."))
        self.tree.setStatusTip(tr("Double-click a memo or press Enter to go to what it is "
                                  "about."))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 200)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.kind)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self.filter.textChanged.connect(lambda _t: self._apply_filter())
        self.kind.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.tree.itemActivated.connect(self._activated)
        # Most changes touch nothing listed here (a coding without a memo, a theme
        # moved on the board): the list is read again only when a listed item or a
        # memo changed, and while hidden only once, when shown.
        self._guard = ShownGuard(self, self.refresh)
        bridge.memos_changed.connect(lambda _ids: self._guard.mark())
        bridge.codings_changed.connect(self._codings_changed)
        bridge.codes_changed.connect(lambda ids: self._targets_changed("code", ids))
        bridge.sources_changed.connect(self._guard.mark)
        bridge.themes_changed.connect(lambda: self._targets_changed("theme", None))
        self.refresh()

    def _listed(self, kind: str) -> set[int | None]:
        return {row.target_id for row in self.rows if row.kind == kind}

    def _targets_changed(self, kind: str, ids: frozenset[int] | None) -> None:
        listed = self._listed(kind)
        if listed and (ids is None or not listed.isdisjoint(ids)):
            self._guard.mark()

    def _codings_changed(self, ids: frozenset[int]) -> None:
        if self._guard.stale:
            return
        project = self._bridge.project
        if not self._listed("coding").isdisjoint(ids) or project.codings_with_memo(ids):
            self._guard.mark()

    def refresh(self) -> None:
        self._guard.stale = False
        self.rows = self._read()
        self.tree.setSortingEnabled(False)
        self.tree.clear()
        kinds = kind_labels()
        for row in self.rows:
            item = QTreeWidgetItem(self.tree, [
                kinds.get(row.kind, row.kind), row.about,
                _first_line(f"{row.title}: {row.body}" if row.title else row.body),
                row.updated[:10]])
            item.setData(0, ROW, row)
            item.setToolTip(2, plain_tip(row.body[:1000]))
            item.setToolTip(1, plain_tip(row.about))
        self.tree.setSortingEnabled(True)
        self._apply_filter()

    def _read(self) -> list[MemoRow]:
        project = self._bridge.project
        removed = removed_labels()

        def about(row: ListedMemo) -> str:
            if row.kind == "project":
                return project.name
            if row.kind == "journal":
                return tr("Reflexive journal")
            if row.kind == "coding":
                if row.target_name is None:
                    return tr("(a removed excerpt)")
                return tr("{transcript}: “{words}”").format(
                    transcript=row.target_name, words=_first_line(row.excerpt, 60))
            if row.target_id is None:
                return ""
            return removed.get(row.kind, "") if row.target_name is None else row.target_name

        return [MemoRow(row.kind, row.target_id, about(row), row.title, row.body, row.updated,
                        row.memo_id) for row in project.memo_rows()]

    def _apply_filter(self) -> None:
        words = self.filter.text().casefold().split()
        kind = self.kind.currentData()
        shown = 0
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            row: MemoRow = item.data(0, ROW)
            haystack = f"{row.about} {row.title} {row.body}".casefold()
            visible = (kind is None or row.kind == kind) and all(w in haystack for w in words)
            item.setHidden(not visible)
            shown += visible
        total = len(self.rows)
        if shown != total:
            text = tr("{shown} of {total} memos").format(shown=shown, total=total)
        else:
            text = tr("1 memo") if total == 1 else tr("{n} memos").format(n=total)
        self.summary.setText(text)

    def visible_rows(self) -> list[MemoRow]:
        """The listed memos the filter lets through, in the order shown."""
        return [self.tree.topLevelItem(i).data(0, ROW)
                for i in range(self.tree.topLevelItemCount())
                if not self.tree.topLevelItem(i).isHidden()]

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        row: MemoRow = item.data(0, ROW)
        self.memo_activated.emit(row.kind, row.target_id)
