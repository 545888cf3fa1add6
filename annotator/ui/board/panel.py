"""The theme board panel: a toolbar, the board and the tray of codes not yet in a theme.

This is what the main window embeds. Public API:

- `BoardPanel(bridge, parent=None)`;
- attributes `scene` (BoardScene), `view` (BoardView, objectName `themeBoard`),
  `tray` (CodeTray, objectName `codeTray`);
- signal `theme_selected(object)`: the selected theme's id when the selection
  becomes exactly one card, None when it becomes anything else;
- `select_theme(theme_id)`, `card(theme_id)`, `link_item(link_id)`, `fit_all()`,
  `context_menu_for(item, at=None)`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QGraphicsItem,
    QLabel,
    QMenu,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from annotator.exports.targets import export_file
from annotator.ui.board.code_tray import CodeTray
from annotator.ui.board.export import check_suffix, render_board
from annotator.ui.board.link import LinkItem
from annotator.ui.board.placement import free_slot
from annotator.ui.board.scene import BoardScene
from annotator.ui.board.theme_card import ThemeCard
from annotator.ui.board.view import BoardView
from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.shared.i18n import describe, tr
from annotator.ui.shared.icons import icon

TRAY_WIDTH = 230


class BoardPanel(QWidget):
    """The theme board with its toolbar and code tray. Emits `theme_selected(object)`."""

    theme_selected = Signal(object)

    def __init__(self, bridge: ProjectBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardPanel")
        self.bridge = bridge
        self.scene = BoardScene(bridge, self)
        self.scene.prompts.parent = self
        self.view = BoardView(self.scene, self)
        self.tray = CodeTray(bridge, self)
        self._selected: int | None = None

        self.toolbar = QToolBar(tr("Board"), self)
        self.toolbar.setObjectName("boardToolbar")
        self.toolbar.setAccessibleName(tr("Board toolbar"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.new_theme_action = self._action(tr("New theme"), self.new_theme,
                                             tr("Add an empty theme in the middle of the view"))
        self.fit_action = self._action(tr("Fit"), self.fit_all, tr("Show the whole board (F)"))
        self.zoom_in_action = self._action(tr("Zoom in"), self.view.zoom_in,
                                           tr("Zoom in (Ctrl+wheel)"))
        self.zoom_out_action = self._action(tr("Zoom out"), self.view.zoom_out,
                                            tr("Zoom out (Ctrl+wheel)"))
        self.export_action = self._action(
            tr("Export…"), self.export, tr("Save the board as a PNG picture or an SVG drawing"))
        for action, name in ((self.new_theme_action, "new_theme"), (self.fit_action, "fit"),
                             (self.zoom_in_action, "zoom_in"), (self.zoom_out_action, "zoom_out"),
                             (self.export_action, "export_board")):
            action.setIcon(icon(name))
        self.toolbar.insertSeparator(self.fit_action)
        self.toolbar.insertSeparator(self.export_action)

        self.tray_label = QLabel(self)
        self.tray_label.setWordWrap(True)
        self.tray_label.setToolTip(self.tray.toolTip())
        tray_box = QWidget(self)
        tray_layout = QVBoxLayout(tray_box)
        tray_layout.setContentsMargins(4, 4, 0, 0)
        tray_layout.addWidget(self.tray_label)
        tray_layout.addWidget(self.tray)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("boardSplitter")
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(tray_box)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([1000, TRAY_WIDTH])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)

        self._tray_sized_by_hand = False
        self.splitter.splitterMoved.connect(self._splitter_moved)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.tray.count_changed.connect(self._tray_count)
        self._tray_count(self.tray.count())

    def _action(self, text: str, slot: object, tip: str) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        return action

    # -- public API ------------------------------------------------------------------
    def card(self, theme_id: int) -> ThemeCard | None:
        return self.scene.card(theme_id)

    def link_item(self, link_id: int) -> LinkItem | None:
        return self.scene.links.get(link_id)

    def fit_all(self) -> None:
        self.view.fit_all()

    def select_theme(self, theme_id: int | None) -> None:
        """Select one theme's card (None: select nothing) and bring it into view."""
        card = self.scene.card(theme_id) if theme_id is not None else None
        self.scene.select_only(card)
        if card is not None:
            self.view.ensureVisible(card, 40, 40)

    def context_menu_for(self, item: QGraphicsItem | None, at: QPointF | None = None) -> QMenu:
        return self.scene.context_menu_for(item, at)

    # -- toolbar ---------------------------------------------------------------------
    def new_theme(self) -> int | None:
        """Ask for a name; the theme starts in the first free place of what the view
        shows (placement.py), never over another card."""
        shown = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        at = free_slot(shown, [card.scene_rect() for card in self.scene.cards.values()])
        theme_id = self.scene.gestures.new_theme_at(at)
        card = self.scene.card(theme_id) if theme_id is not None else None
        if card is not None:
            self.view.ensureVisible(card, 20, 20)
        return theme_id

    def export(self) -> None:
        path = self.ask_export_path()
        if path is None:
            return
        try:
            check_suffix(path)  # before anything is created
            # Whole, owner-only, never onto the project or a backup (exports/targets.py).
            with export_file(self.bridge.project, path) as partial:
                render_board(self.scene, partial)
        except (ValueError, OSError) as exc:
            self.bridge.error.emit(describe(exc))

    def ask_export_path(self) -> Path | None:
        """Where to save the picture (tests replace this)."""
        file_name = tr("{project} board").format(project=self.bridge.project.name) + ".png"
        suggested = str(self.bridge.project.path.with_name(file_name))
        filters = ";;".join((tr("PNG picture (*.png)"), tr("SVG drawing (*.svg)")))
        name, _ = QFileDialog.getSaveFileName(self, tr("Export board"), suggested, filters)
        return Path(name) if name else None

    # -- reactions -------------------------------------------------------------------
    def _selection_changed(self) -> None:
        ids = self.scene.selected_theme_ids()
        theme_id = ids[0] if len(ids) == 1 else None
        if theme_id != self._selected:
            self._selected = theme_id
            self.theme_selected.emit(theme_id)

    def _tray_count(self, count: int) -> None:
        hint = (tr("Drag onto a theme, or onto empty board for a new one") if count
                else tr("Every code is in a theme."))
        title = tr("Codes not in a theme")
        markup = f"<b>{title}</b> ({count})<br><small>{hint}</small>"  # only markup is untranslated
        self.tray_label.setText(markup)
        if self._tray_sized_by_hand:
            return
        # An empty tray gives its room to the board; it comes back with the first free code.
        total = sum(self.splitter.sizes()) or 1000 + TRAY_WIDTH
        self.splitter.setSizes([total - TRAY_WIDTH, TRAY_WIDTH] if count else [total, 0])

    def _splitter_moved(self) -> None:
        self._tray_sized_by_hand = True
