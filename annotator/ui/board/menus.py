"""The board's questions to the researcher and its context menus.

`BoardPrompts` holds every question the board asks (a theme's name, a link's
label, a colour, a definition); tests replace its methods to answer them.
`context_menu_for` builds the menu for a card, a chip, a link or empty canvas,
so that tests can trigger its actions without a mouse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF
from PySide6.QtGui import QActionGroup, QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QGraphicsItem,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.model.entities import THEME_STATUSES
from annotator.ui.board.link import LinkItem
from annotator.ui.board.style import status_label
from annotator.ui.board.theme_card import ChipItem, ThemeCard
from annotator.ui.shared.i18n import tr
from annotator.ui.shared.icons import icon

if TYPE_CHECKING:
    from annotator.ui.board.scene import BoardScene


class BoardPrompts:
    """Dialogs the board opens; each returns None when the researcher cancels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def ask_theme_name(self, title: str, default: str | None = None) -> str | None:
        text, ok = QInputDialog.getText(self.parent, title, tr("Theme name:"),
                                        QLineEdit.EchoMode.Normal,
                                        tr("New theme") if default is None else default)
        return " ".join(text.split()) if ok and text.strip() else None

    def ask_link_label(self, default: str = "") -> str | None:
        """The label of a link; "" is a fine answer (an unlabelled arrow)."""
        text, ok = QInputDialog.getText(
            self.parent, tr("Link themes"), tr("How are the themes related? (may be left empty)"),
            QLineEdit.EchoMode.Normal, default)
        return text.strip() if ok else None

    def ask_color(self, current: str) -> str | None:
        color = QColorDialog.getColor(QColor(current), self.parent, tr("Theme colour"))
        return color.name().upper() if color.isValid() else None

    def ask_definition(self, name: str, current: str) -> str | None:
        dialog = QDialog(self.parent)
        dialog.setWindowTitle(tr("Definition of “{theme}”").format(theme=name))
        edit = QPlainTextEdit(current, dialog)
        edit.setObjectName("themeDefinitionEdit")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, dialog)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(tr("What the theme is about, its scope and its boundaries:")))
        layout.addWidget(edit)
        layout.addWidget(buttons)
        dialog.resize(480, 260)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return edit.toPlainText().strip()
        finally:
            dialog.deleteLater()


def board_item(item: QGraphicsItem | None) -> QGraphicsItem | None:
    """The chip, card or link that `item` belongs to (a name editor belongs to its card)."""
    while item is not None and not isinstance(item, ChipItem | ThemeCard | LinkItem):
        item = item.parentItem()
    return item


def context_menu_for(scene: BoardScene, item: QGraphicsItem | None,
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
        menu.addAction(tr("Remove “{code}” from “{theme}”").format(code=chip.data.name,
                                                                   theme=theme_name),
                       lambda: scene.commands.remove_code(chip.card.theme_id, chip.code_id))
        menu.addSeparator()
        item = chip.card
    if isinstance(item, ThemeCard):
        _card_menu(scene, menu, item)
        return menu
    where = at if at is not None else QPointF()
    menu.addAction(icon("new_theme"), tr("New theme here…"),
                   lambda: scene.gestures.new_theme_at(where))
    menu.addAction(icon("fit"), tr("Fit board to view"), scene.fit_views)
    return menu


def _card_menu(scene: BoardScene, menu: QMenu, card: ThemeCard) -> None:
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



def _link_menu(scene: BoardScene, menu: QMenu, item: LinkItem) -> None:
    link_id = item.link_id

    def relabel() -> None:
        label = scene.prompts.ask_link_label(item.link.label)
        if label is not None and label != item.link.label:
            scene.commands.relabel(link_id, label)

    menu.addAction(tr("Edit label…"), relabel)
    menu.addAction(icon("delete"), tr("Remove link"), lambda: scene.commands.unlink([link_id]))
