"""The main window's panes (docks), its first size, and its first layout of panes:
which are grouped into tabs, and how big.

The groups are built in a scratch window and handed over as a saved state. Tabifying
a second group in the window itself leaves Qt (6.8 to 6.11) with two tab bars for
that group: a stale one, drawn over the panes where the group first stood, which
takes the clicks meant for the live one. Restoring a state builds each bar once.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from annotator.ui.shared.i18n import tr

TAB_GROUPS = (("retrieval", "search", "similar", "memos"), ("inspector", "journal"))
"""Panes sharing a place, the first of each on top at first start."""


def pane_specs() -> tuple[tuple[str, str, Qt.DockWidgetArea], ...]:
    """(key, title, first area) of each pane, in the View menu's order; the title is
    also the pane's accessible name."""
    left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
    bottom = Qt.DockWidgetArea.BottomDockWidgetArea
    return (("documents", tr("Transcripts"), left), ("codes", tr("Codes"), left),
            ("inspector", tr("Inspector"), right), ("retrieval", tr("Retrieved excerpts"), bottom),
            ("search", tr("Search"), bottom),
            ("similar", tr("Similar passages"), bottom), ("journal", tr("Journal"), right),
            ("memos", tr("Memos"), bottom))


def make_docks(window: QMainWindow) -> tuple[dict[str, QDockWidget],
                                             dict[str, Qt.DockWidgetArea]]:
    """The window's empty panes by key, and the area each was put in."""
    docks: dict[str, QDockWidget] = {}
    areas: dict[str, Qt.DockWidgetArea] = {}
    for key, title, area in pane_specs():
        dock = QDockWidget(title, window)
        dock.setObjectName(f"{key}Dock")
        dock.setAccessibleName(title)
        dock.setWidget(QWidget())
        window.addDockWidget(area, dock)
        docks[key], areas[key] = dock, area
    return docks, areas


def first_geometry(room: QRect) -> QRect:
    """1400×900 at first start, or less and centred where the screen's free `room` is
    smaller (a 1366×768 laptop): a window larger than its screen hides its own panes."""
    # Room for the window manager's title bar and frame, which are not ours.
    width, height = min(1400, room.width() - 40), min(900, room.height() - 60)
    return QRect(room.left() + (room.width() - width) // 2,
                 room.top() + (room.height() - height) // 2, width, height)


def first_layout(docks: dict[str, QDockWidget], areas: dict[str, Qt.DockWidgetArea],
                 size: QSize) -> QByteArray:
    """The saved state of a window of `size` with these docks grouped into tabs."""
    scratch = QMainWindow()
    scratch.resize(size)
    scratch.setCentralWidget(QWidget())
    stand_ins: dict[str, QDockWidget] = {}
    for key, dock in docks.items():
        stand_in = QDockWidget(dock.windowTitle(), scratch)
        stand_in.setObjectName(dock.objectName())  # how a state names its docks
        stand_in.setWidget(QWidget())
        scratch.addDockWidget(areas[key], stand_in)
        stand_ins[key] = stand_in
    for first, *others in TAB_GROUPS:
        for other in others:
            scratch.tabifyDockWidget(stand_ins[first], stand_ins[other])
        stand_ins[first].raise_()
    # Room for code names and counts at first start; the user's layout wins later.
    horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
    scratch.resizeDocks([stand_ins["documents"], stand_ins["codes"]], [340, 340], horizontal)
    scratch.resizeDocks([stand_ins["inspector"]], [250], horizontal)
    scratch.resizeDocks([stand_ins["documents"], stand_ins["codes"]], [230, 420], vertical)
    # The excerpts below take a fifth of the height: on a small screen the transcript
    # above keeps the room to be read.
    bottom = max(150, min(190, round(size.height() * 0.21)))
    scratch.resizeDocks([stand_ins["retrieval"]], [bottom], vertical)
    state = scratch.saveState()
    scratch.deleteLater()
    return state


def lay_out(window: QMainWindow, docks: dict[str, QDockWidget],
            areas: dict[str, Qt.DockWidgetArea], remember: bool) -> list[str] | None:
    """Size the window and lay its panes out as saved (with `remember`) or as at first
    start; the saved panes on top of their groups of tabs, if any."""
    first = first_geometry(window.screen().availableGeometry())
    window.resize(first.size())
    window.move(first.topLeft())
    settings = QSettings()
    if remember and (geometry := settings.value("window/geometry")) is not None:
        window.restoreGeometry(geometry)
    state = settings.value("window/state") if remember else None
    if state is None or not window.restoreState(state):
        # Grouped before a project fills the panes: side by side, their minimum
        # heights add up to more than a small laptop screen holds.
        window.restoreState(first_layout(docks, areas, window.size()))
        return None
    on_top = settings.value("window/panesOnTop", [], type=list)
    return [key for key in on_top if key in docks]


def save_layout(window: QMainWindow, geometry: QByteArray, on_top: list[str]) -> None:
    """Keep the window's `geometry`, its panes' layout and which are on top."""
    settings = QSettings()
    settings.setValue("window/geometry", geometry)
    settings.setValue("window/state", window.saveState())
    settings.setValue("window/panesOnTop", on_top)


READABLE_SHARE = 0.45
"""The share of the window's width the transcript gets back when a layout left it less
than READABLE_LEAST: about 60 characters in a 1366-pixel window."""
READABLE_LEAST = 0.4


def keep_centre_readable(window: QMainWindow, docks: dict[str, QDockWidget]) -> None:
    """Narrow the side panes when a layout (saved, restored, or left by a switch of
    project) leaves the transcript in the centre too narrow to read."""
    centre = window.centralWidget()
    if centre is None or not window.isVisible():
        return
    if centre.width() >= READABLE_LEAST * window.width():
        return
    # One pane stands for each side: the panes stacked or tabbed on a side share its width.
    sides: list[QDockWidget] = []
    for area in (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea):
        shown = [d for d in docks.values() if d.isVisible() and not d.isFloating()
                 and window.dockWidgetArea(d) == area]
        if shown:
            sides.append(shown[0])
    total = sum(d.width() for d in sides)
    short = round(READABLE_SHARE * window.width()) - centre.width()
    if total <= 0 or short <= 0:
        return
    widths = [max(d.minimumSizeHint().width(), d.width() - short * d.width() // total)
              for d in sides]
    window.resizeDocks(sides, widths, Qt.Orientation.Horizontal)


def reset_layout(window: QMainWindow, docks: dict[str, QDockWidget]) -> None:
    """View > Reset Layout: every pane back where and as big as at first start."""
    areas = {key: area for key, _title, area in pane_specs()}
    window.restoreState(first_layout(docks, areas, window.size()))
    for dock in docks.values():
        dock.setFloating(False)
        dock.show()
    for first, *_others in TAB_GROUPS:
        docks[first].raise_()
