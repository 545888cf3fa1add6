"""The theme board's scene: displays the project's themes and turns the hand's work into commands.

`BoardScene` keeps one `ThemeCard` per theme, one `LinkItem` per link and one
`ParentConnector` per sub-theme placed outside its parent. It listens to the
bridge (`themes_changed`, `codes_changed`, `codings_changed`), reloads only the
part of its `BoardModel` that changed, and updates the items in place: cards
are added, removed or restyled, never rebuilt, so a view's zoom, scroll and
selection survive every refresh. While none of its views is visible it only
notes what is stale and catches up when one is shown.

Where a sub-theme sits: a sub-theme whose stored rectangle lies inside its
parent's is drawn nested in the parent card (a Qt child item: it moves with
the parent); anywhere else it is drawn where it is stored, tied to its parent
by a dashed connector, and its card says "sub-theme of …". The researcher
chooses by dragging it in or out; positions are always stored in scene
coordinates.

Drops of `mime.CODE_IDS` (from the code tree or the tray) on a card add the
codes to that theme; on empty canvas they start a new theme there.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneDragDropEvent,
    QGraphicsSceneMouseEvent,
    QMenu,
)

from annotator.model.entities import Theme
from annotator.ui.board.chip_item import ChipItem
from annotator.ui.board.commands import BoardCommands
from annotator.ui.board.gestures import BoardGestures
from annotator.ui.board.link import LinkItem, ParentConnector
from annotator.ui.board.menus import board_item, context_menu_for
from annotator.ui.board.prompts import BoardPrompts
from annotator.ui.board.routing import route_links
from annotator.ui.board.theme_card import ThemeCard
from annotator.ui.board.usage import reload_board
from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.shared.mime import code_ids_from


class BoardScene(QGraphicsScene):
    """The board: cards, links, connectors, kept in step with the project.

    Questions to the researcher go through `prompts` (a `BoardPrompts`), every
    change through `commands` (a `BoardCommands`), one undoable step each, and
    what cards and chips report (links drawn, chips carried, resizes, names
    typed) through `gestures` (a `BoardGestures`). The scene itself commits card
    moves: on mouse release, one command for every card whose place changed.
    """

    def __init__(self, bridge: ProjectBridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.model = bridge.project.board_model()
        self.commands = BoardCommands(bridge, self.model)
        self.prompts = BoardPrompts()
        self.gestures = BoardGestures(self, self)
        self.cards: dict[int, ThemeCard] = {}
        self.links: dict[int, LinkItem] = {}
        self._connectors: dict[int, ParentConnector] = {}
        self._links_of: dict[int, list[LinkItem]] = {}
        self._stale: set[str] = set()
        self._syncing = False
        self._z = 0.0
        self.printing = False
        """True while exported: items then paint in the light look, whatever the theme."""
        # Cards move every frame of a drag: Qt's BSP index would be rebuilt each time.
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        bridge.themes_changed.connect(self._themes_changed)
        bridge.codes_changed.connect(self._codes_changed)
        bridge.codings_changed.connect(self._codings_changed)
        self._sync()

    # -- keeping in step with the project ----------------------------------------------
    def _themes_changed(self) -> None:
        self._mark("themes")

    def _codes_changed(self, _ids: object = None) -> None:
        self._mark("codes")

    def _codings_changed(self, _ids: object = None) -> None:
        self._mark("usage")

    def _mark(self, part: str) -> None:
        self._stale.add(part)
        views = self.views()
        if not views or any(view.isVisible() for view in views):
            self.refresh()

    def refresh_if_stale(self) -> None:
        """Catch up on changes made while no view was showing the board."""
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Reload what changed from the project and update the items in place."""
        stale, self._stale = self._stale, set()
        reload_board(self.bridge.project, self.model, stale)
        self._sync()

    def _sync(self) -> None:
        themes = self.model.themes
        self._syncing = True  # routing once at the end, not once per card placed
        try:
            for theme_id in [t for t in self.cards if t not in themes]:
                self._remove_card(theme_id)
            members = self.model.theme_codes()
            ordered = self.model.depth_order()
            for theme in ordered:
                card = self.cards.get(theme.id)
                if card is None:
                    card = self.cards[theme.id] = ThemeCard(theme, self.gestures)
                    self.addItem(card)
                parent = themes.get(theme.parent_id) if theme.parent_id is not None else None
                card.set_theme(theme, self.model.chips(members.get(theme.id, [])),
                               parent.name if parent is not None else None)
            for theme in ordered:
                self._place(theme)
        finally:
            self._syncing = False
        self._sync_links()
        self._sync_connectors()
        self.route_links()
        self._grow()

    def _remove_card(self, theme_id: int) -> None:
        card = self.cards.pop(theme_id)
        for child in card.childItems():
            if isinstance(child, ThemeCard):  # nested: it may live on (or go next)
                child.setParentItem(None)
        if card is self.gestures.highlighted():
            self.gestures.highlight(None)
        self.removeItem(card)

    def _place(self, theme: Theme) -> None:
        """Put a card where the theme is stored, nested in its parent's card if inside it."""
        card = self.cards[theme.id]
        parent = self.model.themes.get(theme.parent_id) if theme.parent_id is not None else None
        inside = parent is not None and \
            _rect(parent).contains(_rect(theme)) and parent.id in self.cards
        holder = self.cards[parent.id] if inside and parent is not None else None
        if card.parentItem() is not holder:
            card.setParentItem(holder)
            card.setZValue(1 if holder is not None else self._raise())
        offset = QPointF(parent.x, parent.y) if holder is not None and parent else QPointF()
        pos = QPointF(theme.x, theme.y) - offset
        if card.pos() != pos:
            card.setPos(pos)

    def _sync_links(self) -> None:
        links = self.model.links
        for link_id in [i for i in self.links if i not in links]:
            self.removeItem(self.links.pop(link_id))
        self._links_of = {}
        for link in links.values():
            item = self.links.get(link.id)
            if item is None:
                item = self.links[link.id] = LinkItem(link)
                self.addItem(item)
            item.set_link(link)
            for end in (link.from_theme, link.to_theme):
                self._links_of.setdefault(end, []).append(item)

    def _sync_connectors(self) -> None:
        wanted: dict[int, int] = {}
        for theme in self.model.themes.values():
            card = self.cards.get(theme.id)
            if theme.parent_id in self.cards and card is not None and card.parentItem() is None:
                wanted[theme.id] = theme.parent_id  # type: ignore[assignment]
        for child_id in [c for c in self._connectors if c not in wanted]:
            self.removeItem(self._connectors.pop(child_id))
        for child_id, parent_id in wanted.items():
            connector = self._connectors.get(child_id)
            if connector is None or connector.parent_id != parent_id:
                if connector is not None:
                    self.removeItem(connector)
                connector = self._connectors[child_id] = ParentConnector(parent_id, child_id)
                self.addItem(connector)
            self._update_connector(connector)

    def _update_connector(self, connector: ParentConnector) -> None:
        parent, child = self.cards[connector.parent_id], self.cards[connector.child_id]
        connector.set_ends(parent.scene_rect(), child.scene_rect(), QColor(parent.theme.color))

    def route_links(self, only: list[LinkItem] | None = None, *, quick: bool = False) -> None:
        """Lay out links (all, or `only` these) clear of cards and of other labels; `quick`
        while a card is dragged (see routing.py)."""
        rects = {theme_id: card.scene_rect() for theme_id, card in self.cards.items()}
        route_links(rects, self.links, self._links_of, only, quick=quick)

    def restyle(self) -> None:
        """Repaint every item (and drop cached pixmaps) after a light/dark change."""
        for item in self.items():
            item.update()

    def _grow(self) -> None:
        """Room around the cards to drag into; the scene only grows, so scroll stays put."""
        wanted = self.itemsBoundingRect().adjusted(-600, -400, 600, 400)
        if not self.sceneRect().contains(wanted):
            self.setSceneRect(self.sceneRect().united(wanted))

    def _raise(self) -> float:
        self._z += 0.001  # stays below 1, the level of cards nested in a parent
        return self._z

    # -- what the views and the panel ask ----------------------------------------------------
    def card(self, theme_id: int) -> ThemeCard | None:
        return self.cards.get(theme_id)

    def card_at(self, pos: QPointF) -> ThemeCard | None:
        """The topmost card under `pos` (a chip counts as its card)."""
        for item in self.items(pos):
            found = board_item(item)
            if isinstance(found, ChipItem):
                found = found.parentItem()  # its card
            if isinstance(found, ThemeCard):
                return found
        return None

    def select_only(self, card: ThemeCard | None) -> None:
        """Make `card` the whole selection (None: nothing), with one selectionChanged."""
        if card is None:
            self.clearSelection()
            return
        if self.selectedItems() == [card]:
            return
        blocked = self.blockSignals(True)  # listeners hear the end state, not the way there
        self.clearSelection()
        self.blockSignals(blocked)
        card.setSelected(True)

    def selected_theme_ids(self) -> list[int]:
        return [item.theme_id for item in self.selectedItems() if isinstance(item, ThemeCard)]

    def context_menu_for(self, item: QGraphicsItem | None, at: QPointF | None = None) -> QMenu:
        views = self.views()
        return context_menu_for(self, item, at, views[0] if views else None)

    def fit_views(self) -> None:
        for view in self.views():
            fit = getattr(view, "fit_all", None)
            if callable(fit):
                fit()

    def delete_selection(self) -> None:
        """Delete the selected cards and links: one step."""
        links = [item.link_id for item in self.selectedItems() if isinstance(item, LinkItem)]
        self.commands.delete(self.selected_theme_ids(), links)

    # -- card host: what the cards report ------------------------------------------------
    def card_geometry_changed(self, card: ThemeCard) -> None:
        if self._syncing:
            return
        theme_id = card.theme_id
        if theme_id in self._links_of:
            self.route_links(self._links_of[theme_id], quick=True)
        for connector in self._connectors.values():
            if theme_id in (connector.parent_id, connector.child_id):
                self._update_connector(connector)

    # -- mouse and keys -----------------------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self.gestures.link_mode:
            event.accept()
            self.gestures.finish_link(event.scenePos())
            return
        super().mousePressEvent(event)
        if isinstance(board_item(self.mouseGrabberItem()), ThemeCard):
            for item in self.selectedItems():  # what is dragged is drawn on top
                if isinstance(item, ThemeCard) and item.parentItem() is None:
                    item.setZValue(self._raise())

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self.gestures.link_mode:
            self.gestures.drag_link(event.scenePos())
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self._commit_moves()

    def _commit_moves(self) -> None:
        """One command for every card whose place differs from the stored one."""
        places: dict[int, tuple[float, float]] = {}
        for theme_id, card in self.cards.items():
            theme = self.model.themes.get(theme_id)
            pos = card.scenePos()
            if theme is not None and (abs(pos.x() - theme.x) > 0.5
                                      or abs(pos.y() - theme.y) > 0.5):
                places[theme_id] = (pos.x(), pos.y())
        if places:
            self.commands.move_themes(places)
            self._sync()  # puts cards back should the move have been refused

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and self.gestures.link_from is not None:
            self.gestures.end_link()
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:  # noqa: N802
        views = self.views()
        transform = views[0].transform() if views else None
        item = self.itemAt(event.scenePos(), transform) if transform is not None else None
        menu = self.context_menu_for(item, event.scenePos())
        self.exec_menu(menu, event.screenPos())
        menu.deleteLater()

    def exec_menu(self, menu: QMenu, where: QPoint) -> None:
        """Show a context menu and wait for the choice (a seam: tests pick instead)."""
        menu.exec(where)

    # -- codes dropped from the code tree or the tray ------------------------------------
    def dragEnterEvent(self, event: QGraphicsSceneDragDropEvent) -> None:  # noqa: N802
        self._drag_over(event)

    def dragMoveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:  # noqa: N802
        self._drag_over(event)

    def _drag_over(self, event: QGraphicsSceneDragDropEvent) -> None:
        if not code_ids_from(event.mimeData()):
            event.ignore()
            return
        # Copy: a code joins a theme and stays in the tree (and in its other themes).
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.gestures.highlight(self.card_at(event.scenePos()))

    def dragLeaveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:  # noqa: N802
        self.gestures.highlight(None)
        event.accept()

    def dropEvent(self, event: QGraphicsSceneDragDropEvent) -> None:  # noqa: N802
        self.gestures.highlight(None)
        code_ids = code_ids_from(event.mimeData())
        if not code_ids:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.gestures.drop_codes(code_ids, event.scenePos())


def _rect(theme: Theme) -> QRectF:
    return QRectF(theme.x, theme.y, theme.width, theme.height)
