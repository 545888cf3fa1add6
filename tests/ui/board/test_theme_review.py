"""Reviewing a theme: its excerpts by participant, and its definition, status and memo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.platform.demo import build_demo
from annotator.project import Project
from annotator.ui.board.theme_inspector import ThemeInspector
from annotator.ui.panes.retrieval import RetrievalPanel
from annotator.ui.shared.bridge import ProjectBridge


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "Demo.annotator"
    build_demo(path)
    return path


@pytest.fixture
def bridge(demo: Path) -> ProjectBridge:
    bridge = ProjectBridge(Project.open(demo))
    yield bridge
    bridge.close()


def theme_named(bridge: ProjectBridge, name: str) -> int:
    return next(t.id for t in bridge.project.themes() if t.name == name)


def test_theme_excerpts_grouped_by_participant(qtbot, bridge: ProjectBridge, shots) -> None:
    panel = RetrievalPanel(bridge)
    qtbot.addWidget(panel)
    panel.resize(900, 400)
    panel.show()
    theme = theme_named(bridge, "Building partnership")
    panel.show_theme(theme)
    expected = bridge.project.theme_excerpts(theme)
    groups = [panel.list.topLevelItem(i) for i in range(panel.list.topLevelItemCount())]
    assert sum(g.childCount() for g in groups) == len(expected) > 0
    for group in groups:
        name, count = group.text(0).rsplit(" (", 1)
        assert int(count.rstrip(")")) == group.childCount()
    assert panel.summary.text().startswith("Theme “Building partnership”: ")
    assert "from 5 participants" in panel.summary.text()
    panel.grab().save(str(shots / "theme_review.png"))
    first = groups[0].child(0)
    panel.list.setCurrentItem(first)
    with qtbot.waitSignal(panel.excerpt_activated):
        qtbot.keyClick(panel.list, Qt.Key.Key_Return)


def test_theme_inspector_edits_are_one_undo_step_each(qtbot, bridge: ProjectBridge,
                                                      demo: Path) -> None:
    inspector = ThemeInspector(bridge)
    qtbot.addWidget(inspector)
    inspector.show()
    theme = theme_named(bridge, "Reciprocity in partnership")
    inspector.show_theme(theme)
    assert inspector.name.text() == "Reciprocity in partnership"
    inspector.definition.setFocus()
    inspector.definition.selectAll()
    qtbot.keyClicks(inspector.definition, "Give and take between partners.")
    qtbot.waitUntil(lambda: not inspector._timer.isActive(), timeout=3000)
    inspector.status.setCurrentText("final")
    inspector.status.activated.emit(inspector.status.currentIndex())
    inspector.memo.setPlainText("Check against P2's account.")
    inspector.save()
    stored = next(t for t in bridge.project.themes() if t.id == theme)
    assert (stored.definition, stored.status) == ("Give and take between partners.", "final")
    assert bridge.project.memo_for("theme", theme).body == "Check against P2's account."
    bridge.undo_stack.undo()
    memo = bridge.project.memo_for("theme", theme)
    assert memo is None or memo.body != "Check against P2's account."
    assert inspector.memo.toPlainText() != "Check against P2's account."
    bridge.undo_stack.redo()
    with Project.open(demo) as reopened:
        stored = next(t for t in reopened.themes() if t.id == theme)
        assert (stored.definition, stored.status) == ("Give and take between partners.", "final")
        assert reopened.memo_for("theme", theme).body == "Check against P2's account."
