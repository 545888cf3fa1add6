"""The welcome page shown when no project is open: start a project, open one, reopen a
recent one, or explore the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator import __version__
from annotator.ui.shared.i18n import tr
from annotator.ui.shared.icons import app_icon, icon
from annotator.ui.shared.recent_projects import forget_project, recent_projects

_PATH_ROLE = Qt.ItemDataRole.UserRole


def _folder(path: Path) -> str:
    """The project's folder, with the home folder as ~ (shorter, and what people say)."""
    home = Path.home()
    folder = path.parent
    try:
        return str(Path("~") / folder.relative_to(home))
    except ValueError:
        return str(folder)


class WelcomePage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_activated = Signal(Path)

    def __init__(self, parent: QWidget | None = None, remember: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.setAccessibleName(tr("Welcome"))
        self.setAccessibleDescription(tr("Start a project, open one, or open the demo project."))

        title = QLabel(tr("Annotator"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        self.logo = QLabel(self)
        self.logo.setFixedSize(QSize(72, 72))
        self.logo.setObjectName("welcomeLogo")
        self.logo.setPixmap(app_icon().pixmap(QSize(72, 72), self.devicePixelRatioF()))
        tagline = QLabel(tr("Reflexive thematic analysis of interview transcripts"), self)
        tagline.setWordWrap(True)
        version = QLabel(tr("Version {version}").format(version=__version__), self)
        version.setEnabled(False)
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(tagline)
        heading.addWidget(version)
        top = QHBoxLayout()
        top.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignTop)
        top.addSpacing(12)
        top.addLayout(heading, 1)

        start = QVBoxLayout()
        start.setSpacing(8)
        start.addWidget(self._section(tr("Start")))
        self.new_button = self._button(tr("New Project…"), tr("Ctrl+N: a new, empty project"),
                                       "welcomeNew", self.new_requested)
        self.open_button = self._button(tr("Open Project…"),
                                        tr("Ctrl+O: an .annotator project file"),
                                        "welcomeOpen", self.open_requested)
        self.demo_button = self._button(
            tr("Open the Demo Project"),
            tr("Five interviews about a community partnership with a medical school, "
               "coded, with themes on the board"), "welcomeDemo", self.demo_requested)
        for button, name in ((self.new_button, "new_project"), (self.open_button, "open_project"),
                             (self.demo_button, "demo")):
            button.setIcon(icon(name))
            start.addWidget(button)
        hint = QLabel(tr("Then import Word or text transcripts (Ctrl+I), or drop them on the "
                         "window."), self)
        hint.setWordWrap(True)
        start.addSpacing(6)
        start.addWidget(hint)
        start.addStretch(1)

        recent = QVBoxLayout()
        recent.addWidget(self._section(tr("Recent projects")))
        self.recent = QListWidget(self)
        self.recent.setObjectName("recentProjects")
        self.recent.setAccessibleName(tr("Recent projects"))
        self.recent.setAccessibleDescription(tr("Press Enter or double-click to open one."))
        self.recent.setIconSize(QSize(24, 24))
        self.recent.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.recent.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recent.setSpacing(2)
        self.recent.itemActivated.connect(self._activated)
        self.recent.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.recent.customContextMenuRequested.connect(self._recent_menu)
        self.recent.installEventFilter(self)
        self.recent.setStatusTip(tr("Press Enter or double-click to open a recent project"))
        recent.addWidget(self.recent, 1)
        self.no_recent = QLabel(tr("Projects you open will be listed here."), self)
        self.no_recent.setEnabled(False)
        recent.addWidget(self.no_recent)
        recent.addStretch(0)  # takes the list's room while there is no list
        self._recent_layout = recent

        columns = QHBoxLayout()
        columns.addLayout(start, 2)
        columns.addSpacing(32)
        columns.addLayout(recent, 3)

        body = QWidget(self)
        body.setMaximumWidth(1000)
        inner = QVBoxLayout(body)
        inner.addLayout(top)
        inner.addSpacing(24)
        inner.addLayout(columns, 1)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(32, 40, 32, 32)
        outer.addStretch(1)
        outer.addWidget(body, 8)
        outer.addStretch(1)
        self._remember = remember
        self.refresh(remember)

    def _section(self, text: str) -> QLabel:
        label = QLabel(text, self)
        font = QFont(label.font())
        font.setWeight(QFont.Weight.DemiBold)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        label.setFont(font)
        return label

    def _button(self, text: str, detail: str, name: str, signal: Signal) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(detail)
        button.setStatusTip(detail)
        button.setAccessibleDescription(detail)
        button.setMinimumHeight(36)
        button.setIconSize(QSize(20, 20))
        button.setStyleSheet("QPushButton { text-align: left; padding: 6px 12px; }")
        button.clicked.connect(lambda _checked=False: signal.emit())
        return button

    def refresh(self, remember: bool = True) -> None:
        self.show_projects(recent_projects() if remember else [])

    def show_projects(self, paths: list[Path]) -> None:
        """List `paths` under Recent projects (the newest first)."""
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{path.stem}\n{_folder(path)}")
            item.setData(_PATH_ROLE, str(path))
            item.setToolTip(str(path))
            self.recent.addItem(item)
        self.recent.setVisible(bool(paths))
        self.no_recent.setVisible(not paths)
        self._recent_layout.setStretch(self._recent_layout.count() - 1, 0 if paths else 1)
        if paths:
            self.recent.setCurrentRow(0)

    def _activated(self, item: QListWidgetItem) -> None:
        self.recent_activated.emit(Path(str(item.data(_PATH_ROLE))))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Delete takes the project off the list, as in the recent lists of other apps.
        if (watched is self.recent and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)):
            item = self.recent.currentItem()
            if item is not None:
                self.forget(Path(str(item.data(_PATH_ROLE))))
                return True
        return super().eventFilter(watched, event)

    def _recent_menu(self, pos: QPoint) -> None:
        item = self.recent.itemAt(pos)
        if item is None:
            return
        path = Path(str(item.data(_PATH_ROLE)))
        menu = QMenu(self)
        menu.addAction(icon("open_project"), tr("Open"),
                       lambda: self.recent_activated.emit(path))
        menu.addAction(tr("Show in Folder"), lambda: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(path.parent))))
        menu.addSeparator()
        menu.addAction(icon("delete"), tr("Remove from Recent Projects"),
                       lambda: self.forget(path))
        menu.exec(self.recent.viewport().mapToGlobal(pos))

    def forget(self, path: Path | None = None) -> None:
        """Take `path` (None: every project) off the list; the files stay."""
        row = self.recent.currentRow()
        forget_project(path)
        self.refresh(self._remember)
        self.recent.setCurrentRow(min(row, self.recent.count() - 1))
