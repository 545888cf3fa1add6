"""How the "Similar passages" list paints a passage: after a dimmed lead-in."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

CONTEXT = Qt.ItemDataRole.UserRole + 2  # (text before, passage) for the delegate


class PassageDelegate(QStyledItemDelegate):
    """Paints "…what came before  the passage", the lead-in dimmed and at most a quarter
    of the row, so that each passage is read where it was said."""

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
        before, passage = parts
        rect = option.rect.adjusted(4, 0, -4, 0)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_colour = palette.color(QPalette.ColorRole.HighlightedText if selected
                                    else QPalette.ColorRole.Text)
        dim = text_colour if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        painter.save()
        painter.setFont(option.font)
        metrics = painter.fontMetrics()
        lead = metrics.elidedText(before, Qt.TextElideMode.ElideLeft, rect.width() // 4)
        width = metrics.horizontalAdvance(lead + "  ") if before else 0
        painter.setPen(dim)
        painter.drawText(QRect(rect.left(), rect.top(), width, rect.height()),
                         int(Qt.AlignmentFlag.AlignVCenter), lead)
        painter.setPen(text_colour if index.data(Qt.ItemDataRole.ForegroundRole) is None
                       else dim)
        rest = QRect(rect.left() + width, rect.top(), rect.width() - width, rect.height())
        painter.drawText(rest, int(Qt.AlignmentFlag.AlignVCenter),
                         metrics.elidedText(passage, Qt.TextElideMode.ElideRight, rest.width()))
        painter.restore()
