"""A screen reader can find its way: every view, editor and input of the main window,
on every page, has an accessible name (and the principal ones a description)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGraphicsView,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from annotator.platform.demo import build_demo
from tests.ui.drive import active_window

INTERACTIVE = (QAbstractItemView, QTextEdit, QPlainTextEdit, QLineEdit, QGraphicsView,
               QComboBox, QAbstractSpinBox)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "Demo.annotator"
    build_demo(path)
    return path


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not isinstance(widget, (*INTERACTIVE,
                                                                   QAbstractButton)):
            continue
        if isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_"):
            continue  # Qt's own parts of a view, announced with the view
        if isinstance(widget, QAbstractButton) and (widget.text() or widget.toolTip()):
            continue  # a button reads its own text or tooltip
        if widget.parent() is not None and isinstance(widget.parent(), QComboBox | QLineEdit |
                                                      QAbstractSpinBox):
            continue  # parts of a composite widget that has the name
        if not spoken_name(widget).strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in "
                           f"{type(widget.parent()).__name__}")
    return missing


def test_every_view_and_input_has_a_name(qtbot, demo: Path) -> None:
    window = active_window(qtbot, demo)
    for dock in window.docks.values():
        dock.show()
    problems = unnamed(window)
    for page in ("board", "analysis", "participants"):
        window.show_page(page)
        problems += unnamed(window)
    assert sorted(set(problems)) == []

    # The principal panes also say what they are for.
    principal = [window.tabs, window.current_panel() or window.tabs]
    principal += [dock.widget() for dock in window.docks.values()]
    for widget in principal:
        assert widget is not None
        names = [w.accessibleDescription() for w in [widget, *widget.findChildren(QWidget)]]
        assert any(names), f"{type(widget).__name__} has no accessible description"
