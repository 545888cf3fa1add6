"""The board's context menus.

`context_menu_for` builds the menu for a card, a chip, a link or empty canvas,
so that tests can trigger its actions without a mouse. (The questions the board
asks are in prompts.py.)
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QPointF
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QGraphicsItem, QMenu, QWidget

from annotator.model.board import BoardModel
from annotator.model.entities import THEME_STATUSES
from annotator.ui.board.commands import BoardCommands
from annotator.ui.board.gestures import BoardGestures
from annotator.ui.board.link import LinkItem
from annotator.ui.board.prompts import BoardPrompts
from annotator.ui.board.style import status_label
from annotator.ui.board.theme_card import ChipItem, ThemeCard
from annotator.ui.shared.i18n import tr
from annotator.ui.shared.icons import icon
from annotator.ui.shared.plain import plain_menu_text


class MenuScene(Protocol):
    """What the menus ask of the board scene (which builds them: a Protocol, so that this
    module does not import the scene back)."""

    model: BoardModel
    commands: BoardCommands
    prompts: BoardPrompts
    gestures: BoardGestures

    def fit_views(self) -> None: ...


def board_item(item: QGraphicsItem | None) -> QGraphicsItem | None:
    """The chip, card or link that `item` belongs to (a name editor belongs to its card)."""
    while item is not None and not isinstance(item, ChipItem | ThemeCard | LinkItem):
        item = item.parentItem()
    return item


def context_menu_for(scene: MenuScene, item: QGraphicsItem | None,
                     at: QPointF | None = None, parent: QWidget | None = None) -> QMenu:
    """The menu for a chip, a card, a link, or (item None) the empty canvas at `at`."""
    item = board_item(item)
    menu = QMenu(parent)
    if isinstance(item, LinkItem):
        _link_menu(scene, menu, item)
        return menu
    if isinstance(item, ChipItem):
        chip = item
        theme_name = chip.card.theme.name
        menu.addAction(plain_menu_text(tr("Remove “{code}” from “{theme}”").format(
                           code=chip.data.name, theme=theme_name)),
                       lambda: scene.commands.remove_code(chip.card.theme_id, chip.code_id))
        menu.addSeparator()
        item = chip.parentItem()  # its card
    if isinstance(item, ThemeCard):
        _card_menu(scene, menu, item)
        return menu
    where = at if at is not None else QPointF()
    menu.addAction(icon("new_theme"), tr("New theme here…"),
                   lambda: scene.gestures.new_theme_at(where))
    menu.addAction(icon("fit"), tr("Fit board to view"), scene.fit_views)
    return menu


def _card_menu(scene: MenuScene, menu: QMenu, card: ThemeCard) -> None:
    theme_id = card.theme_id
    menu.addAction(icon("rename"), tr("Rename…"),
                   lambda: scene.gestures.rename_with_dialog(theme_id))
    menu.addAction(icon("colour"), tr("Colour…"),
                   lambda: scene.gestures.recolor_with_dialog(theme_id))
    status_menu = menu.addMenu(tr("Status"))
    group = QActionGroup(status_menu)
    for status in THEME_STATUSES:
        action = status_menu.addAction(status_label(status))
        action.setCheckable(True)
        action.setChecked(card.theme.status == status)
        group.addAction(action)
        action.triggered.connect(
            lambda _=False, s=status: scene.commands.set_status(theme_id, s))
    menu.addAction(icon("memo"), tr("Edit definition…"),
                   lambda: scene.gestures.edit_definition(theme_id))
    menu.addAction(tr("Find Similar Passages"),
                   lambda: scene.commands.find_similar(theme_id))
    menu.addSeparator()
    menu.addAction(icon("new_theme"), tr("New sub-theme…"),
                   lambda: scene.gestures.new_subtheme(theme_id))
    menu.addAction(icon("link"), tr("Link from here…"),
                   lambda: scene.gestures.start_link_mode(theme_id))
    menu.addSeparator()
    subs = len(scene.model.descendants(theme_id))
    if subs <= 0:
        text = tr("Delete theme")
    elif subs == 1:
        text = tr("Delete theme and its 1 sub-theme")
    else:
        text = tr("Delete theme and its {n} sub-themes").format(n=subs)
    menu.addAction(text, lambda: scene.commands.delete_themes([theme_id]))


def _link_menu(scene: MenuScene, menu: QMenu, item: LinkItem) -> None:
    link_id = item.link_id

    def relabel() -> None:
        label = scene.prompts.ask_link_label(item.link.label)
        if label is not None and label != item.link.label:
            scene.commands.relabel(link_id, label)

    menu.addAction(tr("Edit label…"), relabel)
    menu.addAction(icon("delete"), tr("Remove link"), lambda: scene.commands.unlink([link_id]))
