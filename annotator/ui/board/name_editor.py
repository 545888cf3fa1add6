"""Editing a theme's name in place, over its card's colour band."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import (
    QBrush,
    QFocusEvent,
    QGuiApplication,
    QKeyEvent,
    QPainter,
    QPalette,
    QPen,
    QTextCursor,
)
from PySide6.QtWidgets import QGraphicsTextItem, QStyleOptionGraphicsItem, QWidget

from annotator.model.entities import Theme
from annotator.ui.board.style import ACCENT, HEADER_H, faces


class RenameHost(Protocol):
    """What the editor asks of the board: to rename the theme, as one command."""

    def rename_theme(self, theme_id: int, name: str) -> None: ...


class EditedCard(Protocol):
    """What the editor asks of the card it edits, a `ThemeCard` (a Protocol: the card
    makes its editor, and this module does not import it back)."""

    theme: Theme
    editor: NameEditor | None  # the card's open editor; the editor clears it when done

    @property
    def theme_id(self) -> int: ...

    @property
    def host(self) -> RenameHost: ...

    def name_rect(self) -> QRectF: ...


class NameEditor(QGraphicsTextItem):
    """The in-place name editor over a card's colour band: a text field in the
    palette's colours (light or dark), read afresh at every paint."""

    def __init__(self, card: EditedCard) -> None:
        # The card is a QGraphicsItem too: the editor sits over its colour band.
        super().__init__(card.theme.name, card)  # type: ignore[call-overload]
        self.card = card
        self._done = False
        self.setFont(faces().name.font)
        self.setDefaultTextColor(QGuiApplication.palette().color(QPalette.ColorRole.Text))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        name = card.name_rect()
        self.setPos(name.left() - 4, (HEADER_H - self.boundingRect().height()) / 2)
        self.setTextWidth(max(name.width(), 120))
        self.setZValue(10)
        cursor = self.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        self.setTextCursor(cursor)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        palette = widget.palette() if widget is not None else QGuiApplication.palette()
        text = palette.color(QPalette.ColorRole.Text)
        if self.defaultTextColor() != text:
            self.setDefaultTextColor(text)  # the theme changed while editing
        painter.setPen(QPen(ACCENT, 1.5))
        painter.setBrush(QBrush(palette.color(QPalette.ColorRole.Base)))
        painter.drawRoundedRect(self.boundingRect().adjusted(1, 1, -1, -1), 4, 4)
        super().paint(painter, option, widget)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish(commit=True)
        elif event.key() == Qt.Key.Key_Escape:
            self.finish(commit=False)
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.finish(commit=True)  # clicking elsewhere keeps what was typed, as in a tree

    def finish(self, *, commit: bool) -> None:
        if self._done:
            return
        self._done = True
        text = " ".join(self.toPlainText().split())
        card = self.card
        card.editor = None
        self.hide()
        # Removing the focus item inside its own event handler is unsafe: later.
        QTimer.singleShot(0, self, self._discard)
        if commit and text and text != card.theme.name:
            card.host.rename_theme(card.theme_id, text)

    def _discard(self) -> None:
        scene = self.scene()
        if scene is not None:
            scene.removeItem(self)
