"""Names are text, never markup (issue 14, item 5).

A code named `<img src="/dev/zero">` from an imported .qdpx made Qt render a label or
tooltip as rich text and read /dev/zero until memory ran out. Here codes, themes,
memos, transcripts and participants are named `<img src=FIFO>`, `<b>x</b>` and
`&amp;`; every pane, page and the board are opened and each label, tooltip, item
and card is checked to show them literally. The image points at a FIFO with a
writer waiting on it: if anything opened it to read, the writer would know.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from xml.sax.saxutils import quoteattr

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt  # noqa: E402
from PySide6.QtGui import Qt as GuiQt  # noqa: E402
from PySide6.QtGui import QTextDocument  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractItemView,
    QApplication,
    QGraphicsTextItem,
    QGraphicsView,
    QHeaderView,
    QLabel,
    QTabBar,
)

from annotator.project import Project  # noqa: E402
from annotator.ui.window.main_window import MainWindow  # noqa: E402
from tests.helpers import write_txt  # noqa: E402
from tests.hostile.refi_files import qde  # noqa: E402

pytestmark = [pytest.mark.gui,
              pytest.mark.skipif(os.name == "nt", reason="the FIFO trap is POSIX")]

BOLD = "<b>x</b>"
AMP = "&amp;"


class FifoTrap:
    """A FIFO whose writer end waits in a thread: opening it to read springs it."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "trap"
        os.mkfifo(self.path)
        self.sprung = False
        self._thread = threading.Thread(target=self._wait, daemon=True)
        self._thread.start()

    def _wait(self) -> None:
        fd = os.open(self.path, os.O_WRONLY)  # returns only once a reader opens it
        self.sprung = True
        os.close(fd)

    def disarm(self) -> bool:
        """Whether it was sprung before now; ends the waiting writer either way."""
        sprung = self.sprung
        if not sprung:
            fd = os.open(self.path, os.O_RDONLY | os.O_NONBLOCK)
            self._thread.join(5)
            os.close(fd)
        return sprung


def _hostile_project(folder: Path, image: str) -> Path:
    path = folder / "hostile.annotator"
    exchange = folder / "hostile.qde"
    exchange.write_text(qde(code_name=image).replace(f'name="{image}"', f"name={quoteattr(image)}"),
                        encoding="utf-8")
    with Project.create(path) as project:
        project.import_exchange(exchange)
        (ana,) = project.sources()
        project.rename_source(ana.id, image)
        (source_id,) = project.import_files([write_txt(folder, "b.txt",
                                                       f"{BOLD}: hello {AMP}\nAna: hi\n")])
        project.rename_source(source_id, BOLD)
        bold = project.add_code("bold")
        with project.store.recorded():  # as an imported .qdpx may name it: with a "/"
            project.store.codes.update(bold, name=BOLD)
        amp = project.add_code(AMP, parent_id=bold)
        image_code = next(c.id for c in project.codes() if c.name == image)
        project.add_coding(source_id, bold, 0, 8, memo=image)
        project.add_coding(source_id, amp, 10, 15, memo=BOLD)
        project.describe_code(bold, image)
        project.set_memo("code", image_code, f"{image} {BOLD} {AMP}", title=BOLD)
        project.set_memo("source", source_id, image, title=image)
        project.add_journal_entry(image, BOLD)
        project.set_memo("project", None, AMP, title=AMP)
        for name in (image, BOLD, AMP):
            theme = project.add_theme(name, definition=name)
            project.add_code_to_theme(theme, bold)
            project.add_case(name)
        case = next(c for c in project.cases() if c.name == BOLD)
        project.assign_source_to_case(source_id, case.id)
        attribute = project.add_attribute(image)
        project.set_case_value(case.id, attribute, BOLD)
        project.history.clear()
    return path


def _rendered_as_markup(text: str, format_: Qt.TextFormat) -> bool:
    if format_ == Qt.TextFormat.PlainText:
        return False
    return format_ == Qt.TextFormat.RichText or GuiQt.mightBeRichText(text)


def _shown(text: str, markup: bool) -> str:
    if not markup:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def _model_texts(model: QAbstractItemModel, parent: QModelIndex, found: list[tuple[str, str]],
                 budget: list[int]) -> None:
    try:
        columns = model.columnCount(parent)
    except TypeError:  # a list model keeps it private: one column
        columns = 1
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            if budget[0] <= 0:
                return
            budget[0] -= 1
            index = model.index(row, column, parent)
            tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str) and tip:
                found.append(("item tooltip", tip))
        first = model.index(row, 0, parent)
        if columns > 1 or model.rowCount(first) > 0:
            _model_texts(model, first, found, budget)


def _problems(app: QApplication, image: str) -> tuple[list[str], str]:
    """Markup that a hostile name became, and everything shown as plain text."""
    hostile = (image, BOLD)
    problems, shown = [], []

    def look(where: str, text: str, markup: bool) -> None:
        visible = _shown(text, markup)
        shown.append(visible)
        if markup and any(name in text for name in hostile):
            problems.append(f"{where}: {text[:80]!r}")

    for widget in app.allWidgets():
        where = f"{type(widget).__name__} {widget.objectName()}"
        if isinstance(widget, QLabel) and widget.text():
            look(where, widget.text(), _rendered_as_markup(widget.text(), widget.textFormat()))
        if widget.toolTip():
            look(f"{where} tooltip", widget.toolTip(), GuiQt.mightBeRichText(widget.toolTip()))
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                look(f"{where} tab tooltip", widget.tabToolTip(i),
                     GuiQt.mightBeRichText(widget.tabToolTip(i)))
                if AMP in widget.tabText(i).replace("&&", "\0"):
                    problems.append(f"{where} tab {widget.tabText(i)!r}: “&” taken as a mark")
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) \
                and widget.model() is not None:
            tips: list[tuple[str, str]] = []
            _model_texts(widget.model(), QModelIndex(), tips, [5000])
            for kind, tip in tips:
                look(f"{where} {kind}", tip, GuiQt.mightBeRichText(tip))
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            for item in widget.scene().items():
                if item.toolTip():
                    look(f"{where} {type(item).__name__} tooltip", item.toolTip(),
                         GuiQt.mightBeRichText(item.toolTip()))
                if isinstance(item, QGraphicsTextItem):
                    shown.append(item.toPlainText())
    return problems, "\n".join(shown)


def test_every_view_shows_hostile_names_literally(qtbot, tmp_path: Path) -> None:
    trap = FifoTrap(tmp_path)
    image = f'<img src="{trap.path}">'
    path = _hostile_project(tmp_path, image)
    window = MainWindow()
    qtbot.addWidget(window)
    try:
        assert window.open_project(path)
        window.show()
        qtbot.waitExposed(window)
        project = window.project
        assert project is not None
        for summary in project.sources():
            window.open_source(summary.id)
        for key in window.docks:
            window.show_dock(key)
        bold_code = next(c.id for c in project.codes() if c.name == BOLD)
        window.show_memo_of("code", bold_code)
        themes = [t.id for t in project.themes()]
        window._theme_selected(themes[0])
        problems, texts = [], []
        for page in ("board", "analysis", "participants"):
            window.show_page(page)
            QApplication.processEvents()
            found, text = _problems(QApplication.instance(), image)
            problems += found
            texts.append(text)
        shown = "\n".join(texts)
        assert not problems, "\n".join(sorted(set(problems)))
        for name in (BOLD, AMP):
            assert name in shown, f"{name} is not shown literally anywhere"
    finally:
        window.close()
        assert not trap.disarm(), "something opened the image a name pointed at"
