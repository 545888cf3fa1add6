"""Similar passages in the main window: asked from the code tree, the retrieval list, a
transcript selection and a theme card; the pane shows them; a result opens its passage."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.platform.demo import build_demo
from annotator.ui.panes.similar import RESULT
from annotator.ui.window.main_window import MainWindow
from tests.ui.drive import active_window


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    path = tmp_path / "demo.annotator"
    build_demo(path)
    win = active_window(qtbot, path)
    assert win.tools is not None and win.bridge is not None
    similar = win.tools.similar
    qtbot.waitUntil(lambda: not similar.indexer.running
                    and not win.bridge.project.similar_pending(), timeout=10_000)
    yield win
    win.close_project()


def _code(window: MainWindow, name: str) -> int:
    return next(c.id for c in window.bridge.project.codes() if c.name == name)


def test_code_tree_menu_asks_for_passages_like_a_code(qtbot, window) -> None:
    panel = window.codes_panel
    code = _code(window, "Trust and showing up")
    panel.select_code(code)
    assert panel.similar_action.isEnabled()
    panel.similar_action.trigger()
    similar = window.tools.similar
    qtbot.waitUntil(lambda: similar.tree.topLevelItemCount() > 0)
    assert window.docks["similar"].isVisible()
    assert similar.results is not None and similar.results.code_id == code
    first = similar.tree.topLevelItem(0).data(0, RESULT)
    similar.tree.itemActivated.emit(similar.tree.topLevelItem(0), 0)
    shown = window.current_panel()
    assert shown is not None and shown.source_id == first.passage.source_id
    assert shown.selected_range() == (first.passage.start, first.passage.end)


def test_a_transcript_selection_and_an_excerpt_ask_too(qtbot, window) -> None:
    project = window.bridge.project
    source = project.source_by_name("P1_food_bank")
    window.open_source(source.id)
    panel = window.current_panel()
    start = source.text.index("trust") if "trust" in source.text else 100
    panel.select_range(start, start + 40)
    menu = panel.context_menu_at(panel.view.viewport().rect().center())
    action = next(a for a in menu.actions() if a.objectName() == "findSimilar")
    assert action.isEnabled()
    action.trigger()
    similar = window.tools.similar
    assert similar.request is not None and similar.request.span == (source.id, start,
                                                                    start + 40)
    coding = project.codings(code_id=_code(window, "Extractive research"))[0]
    window.retrieval.show_codes([coding.code_id])
    window.retrieval.find_similar_to(coding.id)
    assert similar.request.coding_id == coding.id
    assert similar.tree.topLevelItemCount() > 0


def test_a_theme_card_asks_for_its_codes_passages(window) -> None:
    project = window.bridge.project
    theme = project.themes()[0]
    window.board.scene.commands.find_similar(theme.id)
    similar = window.tools.similar
    assert similar.request is not None and similar.request.theme_id == theme.id
    assert theme.name in similar.title.text()
