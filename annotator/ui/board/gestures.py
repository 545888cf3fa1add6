"""What the hand does on the theme board, beyond moving cards: the board's `CardHost`.

`BoardGestures` receives what cards and chips report (a Shift+drag toward
another card, a chip carried off, a resize finished, a name typed in place)
and what the menus ask for, asks the researcher through the scene's `prompts`
where a name or label is needed, and makes the change through the scene's
`commands`, one undoable step each. Anything that may remove the item still
handling the mouse, or that opens a modal dialog, runs just after the event.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem

from annotator.model.board import BoardModel
from annotator.ui.board.chip_item import ChipGhost, ChipItem
from annotator.ui.board.commands import BoardCommands
from annotator.ui.board.prompts import BoardPrompts
from annotator.ui.board.style import ACCENT
from annotator.ui.board.theme_card import ThemeCard
from annotator.ui.shared.i18n import tr


class GestureScene(Protocol):
    """What the gestures ask of the board scene (which owns them: a Protocol, so that
    this module does not import the scene back)."""

    model: BoardModel
    commands: BoardCommands
    prompts: BoardPrompts
    cards: dict[int, ThemeCard]

    def card_at(self, pos: QPointF) -> ThemeCard | None: ...
    def select_only(self, card: ThemeCard | None) -> None: ...
    def card_geometry_changed(self, card: ThemeCard) -> None: ...
    def addItem(self, item: QGraphicsItem) -> None: ...  # noqa: N802
    def removeItem(self, item: QGraphicsItem) -> None: ...  # noqa: N802


class BoardGestures(QObject):
    """Links drawn, chips carried, cards resized or renamed: each made one command."""

    def __init__(self, scene: GestureScene, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self.link_from: ThemeCard | None = None
        self.link_mode = False  # "Link from here": the next click picks the target
        self._rubber: QGraphicsPathItem | None = None
        self._chip: ChipItem | None = None
        self._ghost: ChipGhost | None = None
        self._highlighted: ThemeCard | None = None

    def card_geometry_changed(self, card: ThemeCard) -> None:
        self.scene.card_geometry_changed(card)

    def select_card(self, card: ThemeCard) -> None:
        self.scene.select_only(card)

    def commit_resize(self, card: ThemeCard) -> None:
        theme = self.scene.model.themes.get(card.theme_id)
        size = card.size()
        if theme is not None and (theme.width, theme.height) != (size.width(), size.height()):
            self.scene.commands.resize_theme(card.theme_id, size.width(), size.height())

    def rename_theme(self, theme_id: int, name: str) -> None:
        if name and name != self.scene.model.theme_name(theme_id):
            self.scene.commands.rename(theme_id, name)

    def edit_definition(self, theme_id: int) -> None:
        theme = self.scene.model.themes.get(theme_id)
        if theme is None:
            return
        text = self.scene.prompts.ask_definition(theme.name, theme.definition)
        if text is not None and text != theme.definition:
            self.scene.commands.set_definition(theme_id, text)

    def rename_with_dialog(self, theme_id: int) -> None:
        current = self.scene.model.theme_name(theme_id)
        name = self.scene.prompts.ask_theme_name(tr("Rename theme"), current)
        if name is not None:
            self.rename_theme(theme_id, name)

    def recolor_with_dialog(self, theme_id: int) -> None:
        theme = self.scene.model.themes.get(theme_id)
        if theme is None:
            return
        color = self.scene.prompts.ask_color(theme.color)
        if color is not None and color.upper() != theme.color.upper():
            self.scene.commands.recolor(theme_id, color)

    def new_theme_at(self, pos: QPointF) -> int | None:
        name = self.scene.prompts.ask_theme_name(tr("New theme"))
        if name is None:
            return None
        theme_id = self.scene.commands.new_theme(name, pos.x(), pos.y())
        self._select_theme(theme_id)
        return theme_id

    def new_subtheme(self, parent_id: int) -> int | None:
        """A sub-theme under its parent, below the sub-themes already placed there."""
        parent = self.scene.model.themes.get(parent_id)
        if parent is None:
            return None
        name = self.scene.prompts.ask_theme_name(tr("New sub-theme"))
        if name is None:
            return None
        below = [QRectF(parent.x, parent.y, parent.width, parent.height)] + [
            self.scene.cards[t.id].scene_rect() for t in self.scene.model.themes.values()
            if t.parent_id == parent_id and t.id in self.scene.cards
            and self.scene.cards[t.id].parentItem() is None]
        y = max(rect.bottom() for rect in below) + 40
        theme_id = self.scene.commands.new_theme(name, parent.x, y, parent_id=parent_id,
                                                 width=parent.width, height=200)
        self._select_theme(theme_id)
        return theme_id

    def _select_theme(self, theme_id: int | None) -> None:
        card = self.scene.cards.get(theme_id) if theme_id is not None else None
        if card is not None:
            self.scene.select_only(card)

    # -- drawing a link -----------------------------------------------------------------
    def begin_link(self, card: ThemeCard, at: QPointF) -> None:
        self.link_from = card
        if self._rubber is None:
            self._rubber = QGraphicsPathItem()
            pen = QPen(ACCENT, 2, Qt.PenStyle.DashLine)
            self._rubber.setPen(pen)
            self._rubber.setZValue(999)
            self.scene.addItem(self._rubber)
        self.drag_link(at)

    def drag_link(self, at: QPointF) -> None:
        if self.link_from is None or self._rubber is None:
            return
        path = QPainterPath(self.link_from.scene_rect().center())
        path.lineTo(at)
        self._rubber.setPath(path)
        target = self.scene.card_at(at)
        self.highlight(target if target is not self.link_from else None)

    def finish_link(self, at: QPointF) -> None:
        source, target = self.link_from, self.scene.card_at(at)
        self.end_link()
        if source is None or target is None or target is source:
            return
        from_id, to_id = source.theme_id, target.theme_id
        # After the mouse event is over: the label is asked in a modal dialog.
        QTimer.singleShot(0, self, lambda: self._link(from_id, to_id))

    def _link(self, from_id: int, to_id: int) -> None:
        label = self.scene.prompts.ask_link_label("")
        if label is not None:
            self.scene.commands.link(from_id, to_id, label)

    def start_link_mode(self, theme_id: int) -> None:
        """"Link from here": the next click on a card links to it; Escape cancels."""
        card = self.scene.cards.get(theme_id)
        if card is not None:
            self.link_mode = True
            self.begin_link(card, card.scene_rect().center())

    def end_link(self) -> None:
        self.link_from = None
        self.link_mode = False
        if self._rubber is not None:
            self.scene.removeItem(self._rubber)
            self._rubber = None
        self.highlight(None)

    def highlighted(self) -> ThemeCard | None:
        return self._highlighted

    def highlight(self, card: ThemeCard | None) -> None:
        """Mark the card a drop or a link would land on (None: no card)."""
        if card is not self._highlighted:
            if self._highlighted is not None:
                self._highlighted.set_drop_target(False)
            self._highlighted = card
            if card is not None:
                card.set_drop_target(True)

    # -- carrying a chip ------------------------------------------------------------------
    def begin_chip_drag(self, chip: ChipItem, at: QPointF) -> None:
        self._chip = chip
        self._ghost = ChipGhost(chip)
        self.scene.addItem(self._ghost)
        self.drag_chip(at)

    def drag_chip(self, at: QPointF) -> None:
        if self._ghost is None or self._chip is None:
            return
        self._ghost.setPos(at + QPointF(8, 8))
        target = self.scene.card_at(at)
        self.highlight(target if target is not self._chip.card else None)

    def finish_chip_drag(self, at: QPointF, copy: bool) -> None:
        chip, self._chip = self._chip, None
        if self._ghost is not None:
            self.scene.removeItem(self._ghost)
            self._ghost = None
        self.highlight(None)
        if chip is None:
            return
        code_id, source = chip.code_id, chip.card.theme_id
        target = self.scene.card_at(at)
        target_id = target.theme_id if target is not None else None
        # Later: the command may remove this very chip, which is still the mouse grabber.
        QTimer.singleShot(0, self, lambda: self._drop_chip(code_id, source, target_id, at, copy))

    def _drop_chip(self, code_id: int, source: int, target: int | None, at: QPointF,
                   copy: bool) -> None:
        if target == source:
            return
        if target is None:
            name = self.scene.prompts.ask_theme_name(tr("New theme"))
            if name is not None:
                self._select_theme(self.scene.commands.theme_from_codes(
                    name, [code_id], at.x(), at.y(), take_from=None if copy else source))
        elif copy:
            self.scene.commands.copy_code(code_id, target)
        else:
            self.scene.commands.move_code(code_id, source, target)

    def drop_codes(self, code_ids: list[int], at: QPointF) -> None:
        """Codes dropped from the code tree or the tray: onto a card, or a new theme."""
        target = self.scene.card_at(at)
        if target is not None:
            self.scene.commands.add_codes(target.theme_id, code_ids)
            return
        # The name is asked once the drag is over (a modal dialog inside a drop is not).
        QTimer.singleShot(0, self, lambda: self._new_theme_from(code_ids, at))

    def _new_theme_from(self, code_ids: list[int], at: QPointF) -> None:
        name = self.scene.prompts.ask_theme_name(tr("New theme"))
        if name is not None:
            self._select_theme(self.scene.commands.theme_from_codes(name, code_ids, at.x(), at.y()))

