"""The centre of the main window: the pinned pages (board, analysis, participants),
which never close by accident, then the open transcripts, one tab each; and which of
them a saved session reopens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QTabBar, QTabWidget, QWidget

from annotator.ui.shared.i18n import tr
from annotator.ui.shared.plain import plain_menu_text, plain_tip
from annotator.ui.transcript.panel import TranscriptPanel

BOARD_TAB = 0  # stands for the board in a saved session (source ids start at 1)


class WorkTabs(QTabWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("transcriptTabs")
        self.setTabsClosable(True)
        self.setMovable(True)
        self.setDocumentMode(True)
        self.setAccessibleName(tr("Open transcripts and pages"))
        self.setAccessibleDescription(
            tr("Transcripts open for reading and coding, and the board, analysis and "
               "participants pages."))

    def empty_hint(self) -> str:
        return tr("Double-click a transcript in the list to read it.\n\nTo add transcripts, "
                  "press Ctrl+I or drop Word, text, subtitle, OpenDocument, RTF or PDF files "
                  "here.")

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if self.count():
            return
        # With nothing open the centre would be a blank grey field: say what to do.
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        area = self.rect().adjusted(40, 40, -40, -40)
        width = min(area.width(), 460)
        area.setLeft(area.left() + (area.width() - width) // 2)
        area.setWidth(width)
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                         self.empty_hint())
        painter.end()

    def transcript_panels(self) -> list[TranscriptPanel]:
        return [w for i in range(self.count())
                if isinstance(w := self.widget(i), TranscriptPanel)]

    def current_panel(self) -> TranscriptPanel | None:
        widget = self.currentWidget()
        return widget if isinstance(widget, TranscriptPanel) else None

    def select_source(self, source_id: int) -> TranscriptPanel | None:
        """Bring a transcript's tab forward, if it has one."""
        for panel in self.transcript_panels():
            if panel.source_id == source_id:
                self.setCurrentWidget(panel)
                return panel
        return None

    def add_transcript(self, panel: TranscriptPanel, name: str) -> None:
        index = self.addTab(panel, plain_menu_text(name))
        self.setTabToolTip(index, plain_tip(name))
        self.setCurrentIndex(index)

    def show_pinned(self, page: QWidget, title: str, pinned: list[QWidget | None]) -> None:
        """Show `page`, one of the `pinned` pages: kept before the transcripts, in the
        order it was first shown, with no close button."""
        index = self.indexOf(page)
        if index < 0:
            shown = [p for p in pinned if p is not None and self.indexOf(p) >= 0]
            index = self.insertTab(len(shown), page, title)
            self.tabBar().setTabButton(index, QTabBar.ButtonPosition.RightSide, None)
        self.setCurrentIndex(index)

    def session(self, board: QWidget | None) -> tuple[list[int], int | None]:
        """The open tabs' transcripts, with BOARD_TAB for the board, and the current
        one: what a saved session keeps."""
        ids: list[int] = []
        for i in range(self.count()):
            widget = self.widget(i)
            if widget is not None and widget is board:
                ids.append(BOARD_TAB)
            elif isinstance(widget, TranscriptPanel) and widget.source_id is not None:
                ids.append(widget.source_id)
        current = self.current_panel()
        return ids, (BOARD_TAB if board is not None and self.currentWidget() is board
                     else current.source_id if current else None)

    def rename_or_close(self, names: dict[int, str]) -> list[int]:
        """Retitle the transcripts' tabs from `names` (id → name); the indexes of the
        tabs whose transcript is gone, last first, for the window to close."""
        gone: list[int] = []
        for i in reversed(range(self.count())):
            panel = self.widget(i)
            if isinstance(panel, TranscriptPanel):
                if panel.source_id not in names:
                    gone.append(i)
                else:
                    self.setTabText(i, plain_menu_text(names[panel.source_id]))
        return gone


def tabs_to_reopen(saved: list[int], current: int | None, listed: list[int],
                   has_themes: bool) -> tuple[bool, list[int], int | None]:
    """From a saved session: whether the board opens, the transcripts that open, in
    order, and the tab to show last (BOARD_TAB or a transcript; None: as opened).

    `listed` are the project's transcripts in the documents pane's order."""
    open_ids = [s for s in saved if s in listed]
    if not saved and has_themes:
        # First opening of a project that has themes (the demo does): the board
        # sits beside the first transcript.
        saved = [BOARD_TAB]
    if not open_ids and listed:
        open_ids = [listed[0]]
    if current == BOARD_TAB and BOARD_TAB in saved:
        last: int | None = BOARD_TAB
    else:
        last = current if current in open_ids else None
    return BOARD_TAB in saved, open_ids, last
