"""The search results list: hits grouped by transcript, then memos, each row showing
"…before **match** after…", and the one-line summary above it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
)

from annotator.model.search import MemoHit, SearchResults
from annotator.ui.shared.i18n import tr
from annotator.ui.shared.plain import plain_tip
from annotator.ui.shared.theme import mark_colour

HIT = Qt.ItemDataRole.UserRole + 1  # the Hit or MemoHit behind a row
CONTEXT = Qt.ItemDataRole.UserRole + 2  # (before, match, after) for the delegate

MAX_SHOWN = 2000
"""Rows listed at most (the summary says how many more there are; Code all codes all)."""


def memo_kinds() -> dict[str, str]:
    """What a memo hit is listed as, by the memo's target kind."""
    return {"project": tr("Project memo"), "journal": tr("Journal"),
            "source": tr("Transcript memo"), "code": tr("Code memo"),
            "theme": tr("Theme memo"), "coding": tr("Excerpt memo"),
            "case": tr("Participant memo")}


class ContextDelegate(QStyledItemDelegate):
    """Paints "…before **match** after…" on one line, the match bold on a highlight."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        parts = index.data(CONTEXT)
        if not parts:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        before, match, after = parts
        rect = option.rect.adjusted(4, 0, -4, 0)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(option.palette.color(text_role))
        plain, bold = QFont(option.font), QFont(option.font)
        bold.setBold(True)
        # The match stays in view: what comes before it gets at most a third of the row,
        # cut from the left ("…before"), and what follows is cut on the right.
        x = rect.left()
        for text, font, mark in ((before, plain, False), (match, bold, True),
                                 (after, plain, False)):
            if x >= rect.right():
                break
            painter.setFont(font)
            metrics = painter.fontMetrics()
            if text is before:
                shown = metrics.elidedText(text, Qt.TextElideMode.ElideLeft, rect.width() // 3)
            else:
                shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.right() - x)
            width = metrics.horizontalAdvance(shown)
            box = QRect(x, rect.top(), width, rect.height())
            if mark and not selected:
                painter.fillRect(box.adjusted(-1, 2, 1, -2), mark_colour(option.palette))
            painter.drawText(box, int(Qt.AlignmentFlag.AlignVCenter), shown)
            x += width
        painter.restore()


def fill_results(tree: QTreeWidget, results: SearchResults,
                 memo_label: Callable[[MemoHit], str]) -> int:
    """List `results` in `tree` (at most MAX_SHOWN rows); how many rows were listed."""
    tree.setUpdatesEnabled(False)
    tree.clear()
    shown = 0
    for source_id, hits in results.by_source().items():
        group = QTreeWidgetItem(tree, [f"{results.names[source_id]} ({len(hits)})"])
        group.setFirstColumnSpanned(True)
        # Past the listed rows, the other transcripts' hits are only counted (HitList).
        for hit in hits if shown < MAX_SHOWN else ():
            if shown >= MAX_SHOWN:
                break
            item = QTreeWidgetItem(group, [hit.speaker or "", ""])
            item.setData(0, HIT, hit)
            item.setData(1, CONTEXT, results.context(hit))
            item.setToolTip(1, plain_tip("".join(results.context(hit, 200))))
            shown += 1
        group.setExpanded(True)
    if results.memo_hits:
        group = QTreeWidgetItem(tree, [tr("Memos ({n})").format(n=len(results.memo_hits))])
        group.setFirstColumnSpanned(True)
        for memo_hit in results.memo_hits[:max(0, MAX_SHOWN - shown)]:
            item = QTreeWidgetItem(group, [memo_label(memo_hit), ""])
            item.setData(0, HIT, memo_hit)
            item.setData(1, CONTEXT, results.memo_context(memo_hit))
            shown += 1
        group.setExpanded(True)
    tree.setUpdatesEnabled(True)
    return shown


def summary_text(results: SearchResults, shown: int) -> str:
    """"12 in 3 transcripts, 2 in memos" (or "Nothing found…"), with how many are listed."""
    total = len(results)
    if total == 0:
        return tr("Nothing found for “{words}”.").format(words=results.query.text.strip())
    hits, memos = len(results.hits), len(results.memo_hits)
    groups = len(results.by_source())
    if groups == 1:
        text = tr("{hits} in 1 transcript, {memos} in memos").format(hits=hits, memos=memos)
    else:
        text = tr("{hits} in {groups} transcripts, {memos} in memos").format(
            hits=hits, groups=groups, memos=memos)
    if shown < total:
        text += tr(" (the first {shown} are listed)").format(shown=shown)
    return text
