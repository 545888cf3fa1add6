"""What the main window's parts may ask of the window.

FileActions, AppActions, Chrome and ResearchTools are plain objects the window
owns; each keeps a back-reference to it typed with `WindowApi`, so that none of
them imports main_window (which imports them). MainWindow implements it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QStatusBar, QTabWidget, QWidget

from annotator.project import Project
from annotator.ui.board.panel import BoardPanel
from annotator.ui.codes.tree_panel import CodeTreePanel
from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.transcript.panel import TranscriptPanel


class WindowApi(Protocol):
    """The window as its parts see it: the open project, its panes and tabs, and the
    navigation a menu command or a pane may ask for."""

    bridge: ProjectBridge | None  # None while no project is open
    board: BoardPanel | None
    codes_panel: CodeTreePanel | None
    tabs: QTabWidget
    docks: dict[str, QDockWidget]
    docks_on_top: list[str]  # the pane on top of each group of tabs, by key
    actions_by_name: dict[str, QAction]
    language_changed: SignalInstance

    @property
    def project(self) -> Project | None: ...

    @property
    def remember(self) -> bool: ...

    def window(self) -> QWidget:
        """The top-level widget itself: the parent of the parts' dialogs."""
        ...

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 (Qt's name)

    def centralWidget(self) -> QWidget | None: ...  # noqa: N802 (Qt's name)

    def isVisible(self) -> bool: ...  # noqa: N802 (Qt's name)

    def tabifiedDockWidgets(self, dock: QDockWidget) -> list[QDockWidget]: ...  # noqa: N802

    def setWindowTitle(self, title: str) -> None: ...  # noqa: N802 (Qt's name)

    def open_project(self, path: Path) -> bool: ...

    def create_project(self, path: Path) -> bool: ...

    def close_project(self) -> None: ...

    def show_error(self, sentence: str, modal: bool = False) -> None: ...

    def open_source(self, source_id: int) -> TranscriptPanel | None: ...

    def current_panel(self) -> TranscriptPanel | None: ...

    def transcript_panels(self) -> list[TranscriptPanel]: ...

    def show_excerpt(self, source_id: int, start: int, end: int) -> None: ...

    def show_board(self) -> None: ...

    def show_page(self, key: str) -> None: ...

    def show_dock(self, key: str) -> None: ...

    def show_memo_of(self, kind: str, target_id: int | None) -> None: ...
