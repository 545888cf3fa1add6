"""The theme board, driven as a researcher drives it, checked against the project file.

Real mouse events (QTest press/move/release on the view's viewport) move cards,
resize them by the grip, draw links with Shift+drag, carry chips between cards,
pan with the middle button and Space+drag, double-click a name to edit it in
place. Drops of codes from the code tree or the tray are synthesized with the
payload the real drag source makes (`drive.send_drop`: a real QDrag blocks
offscreen). Questions (names, labels, colours) are answered by replacing the
methods of `scene.prompts`. Every change is checked as one undo command, undone
and redone through the bridge's QUndoStack, and read back from the reopened file.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QAction, QImage, QWheelEvent
from PySide6.QtWidgets import QApplication, QMenu

from annotator.demo import build_demo
from annotator.project import Project
from annotator.ui.board_export import board_rect, check_suffix, export_board
from annotator.ui.board_panel import BoardPanel
from annotator.ui.bridge import ProjectBridge
from annotator.ui.code_tree import CodeTreePanel
from annotator.ui.theme_card import ThemeCard
from tests.helpers import table_dump, write_txt
from tests.ui.drive import send_drop

TEXT = (
    "Interviewer: How do people get along here?\n"
    "P1: I trust the nurses, and 我们的社区参与很多。\n"
    "P2: The council never listens to us, but we belong here.\n"
)
DEMO_THEMES = ("Building partnership", "Reciprocity in partnership", "Maintenance of relationship")
LEFT = Qt.MouseButton.LeftButton
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier


def span(phrase: str) -> tuple[int, int]:
    start = TEXT.index(phrase)
    return start, start + len(phrase)


@pytest.fixture
def small_path(tmp_path: Path) -> Path:
    """Two themes side by side; Trust in the first, Belonging in the second; two free codes."""
    path = tmp_path / "small.annotator"
    with Project.create(path) as project:
        source = project.import_file(write_txt(tmp_path, "访谈一.txt", TEXT))
        trust = project.add_code("Trust", color="#FFD54F")
        belonging = project.add_code("Belonging", color="#81D4FA")
        community = project.add_code("社区参与", color="#A5D6A7")
        council = project.add_code("Distrust of officials", color="#EF9A9A")
        project.add_coding(source, trust, *span("trust the nurses"))
        project.add_coding(source, community, *span("社区参与"))
        project.add_coding(source, council, *span("council never listens"))
        project.add_coding(source, belonging, *span("we belong here"))
        first = project.add_theme("Trust in people", x=40, y=40, width=300, height=200,
                                  definition="Who is trusted, and why.")
        second = project.add_theme("Belonging", x=420, y=40, width=300, height=200)
        project.add_code_to_theme(first, trust)
        project.add_code_to_theme(second, belonging)
        project.history.clear()
    return path


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    path = tmp_path / "demo.annotator"
    build_demo(path)
    return path


Opener = Callable[[Path], BoardPanel]


@pytest.fixture
def open_board(qtbot) -> Iterator[Opener]:
    """Open a project's board in a shown 1400x900 BoardPanel."""
    bridges: list[ProjectBridge] = []

    def opener(path: Path) -> BoardPanel:
        bridge = ProjectBridge(Project.open(path))
        bridges.append(bridge)
        panel = BoardPanel(bridge)
        qtbot.addWidget(panel)
        panel.resize(1400, 900)
        panel.show()
        qtbot.waitExposed(panel)
        panel.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is panel)
        return panel

    yield opener
    for bridge in bridges:
        bridge.close()


# -- helpers ---------------------------------------------------------------------------
def theme_id(panel: BoardPanel, name: str) -> int:
    return next(t.id for t in panel.bridge.project.themes() if t.name == name)


def code_id(panel: BoardPanel, name: str) -> int:
    return next(c.id for c in panel.bridge.project.codes() if c.name == name)


def card(panel: BoardPanel, name: str) -> ThemeCard:
    found = panel.card(theme_id(panel, name))
    assert found is not None
    return found


def at(panel: BoardPanel, scene_pos: QPointF) -> QPoint:
    """The viewport point showing `scene_pos`."""
    return panel.view.mapFromScene(scene_pos)


def body_point(item: ThemeCard) -> QPointF:
    """A point on a card's colour band, right of its name: grabs the card itself."""
    return item.mapToScene(QPointF(12, 8))


def drag(qtbot, panel: BoardPanel, start: QPoint, end: QPoint,
         modifier: Qt.KeyboardModifier = NONE,
         release_modifier: Qt.KeyboardModifier | None = None) -> None:
    """Press, move in steps, release: what a hand does."""
    viewport = panel.view.viewport()
    qtbot.mousePress(viewport, LEFT, modifier, start)
    for step in range(1, 6):
        qtbot.mouseMove(viewport, start + (end - start) * step / 5)
    qtbot.mouseRelease(viewport, LEFT, modifier if release_modifier is None else release_modifier,
                       end)


def stored_themes(path: Path) -> dict[str, tuple[float, float, float, float, str | None]]:
    """name -> (x, y, width, height, parent name), from the reopened file."""
    with Project.open(path) as project:
        themes = {t.id: t for t in project.themes()}
        return {t.name: (t.x, t.y, t.width, t.height,
                         themes[t.parent_id].name if t.parent_id else None)
                for t in themes.values()}


def stored_members(path: Path) -> set[tuple[str, str]]:
    with Project.open(path) as project:
        themes = {t.id: t.name for t in project.themes()}
        codes = {c.id: c.name for c in project.codes()}
        return {(themes[t], codes[c]) for t, c in project.theme_memberships()}


def stored_links(path: Path) -> set[tuple[str, str, str]]:
    with Project.open(path) as project:
        themes = {t.id: t.name for t in project.themes()}
        return {(themes[link.from_theme], themes[link.to_theme], link.label)
                for link in project.theme_links()}


def menu_action(menu: QMenu, text: str) -> QAction:
    for action in menu.actions():
        if action.menu() is not None:
            try:
                return menu_action(action.menu(), text)
            except LookupError:
                pass
        if action.text().replace("&", "") == text:
            return action
    raise LookupError(f"no action {text!r} in {[a.text() for a in menu.actions()]}")


def undo_redo(qtbot, panel: BoardPanel, check_undone: Callable[[], bool],
              check_done: Callable[[], bool]) -> None:
    stack = panel.bridge.undo_stack
    stack.undo()
    qtbot.waitUntil(check_undone)
    stack.redo()
    qtbot.waitUntil(check_done)


# -- building themes by hand -------------------------------------------------------------
def test_codes_dragged_from_the_code_tree_join_a_card(qtbot, open_board: Opener,
                                                      small_path: Path) -> None:
    panel = open_board(small_path)
    tree = CodeTreePanel(panel.bridge)
    qtbot.addWidget(tree)
    community, council = code_id(panel, "社区参与"), code_id(panel, "Distrust of officials")
    tree.select_code(community)
    tree.tree.selectionModel().select(
        tree._proxy.mapFromSource(tree.model.index_of(council)),
        tree.tree.selectionModel().SelectionFlag.Select
        | tree.tree.selectionModel().SelectionFlag.Rows)
    rows = tree.tree.selectionModel().selectedRows(0)
    payload = tree.tree.model().mimeData(rows)
    target = card(panel, "Belonging")
    before = panel.bridge.undo_stack.count()
    assert send_drop(panel.view.viewport(), payload, at(panel, target.scene_rect().center()))
    assert panel.bridge.undo_stack.count() == before + 1, "two codes, one command"
    assert set(target.code_ids()) == {code_id(panel, "Belonging"), community, council}
    assert target.chip(community) is not None and target.chip(community).isVisible()
    assert panel.tray.code_ids() == [], "the tray lists only codes in no theme"
    assert "Add 2 codes to “Belonging”" in panel.bridge.undo_stack.undoText()
    undo_redo(qtbot, panel, lambda: set(target.code_ids()) == {code_id(panel, "Belonging")},
              lambda: len(target.code_ids()) == 3)
    panel.bridge.close()
    assert stored_members(small_path) == {
        ("Trust in people", "Trust"), ("Belonging", "Belonging"), ("Belonging", "社区参与"),
        ("Belonging", "Distrust of officials")}


def test_codes_from_the_tray_on_empty_board_start_a_theme(qtbot, open_board: Opener,
                                                          small_path: Path) -> None:
    panel = open_board(small_path)
    tray = panel.tray
    assert [panel.bridge.project.code(c).name for c in tray.code_ids()] == [
        "社区参与", "Distrust of officials"]
    tray.select_codes(tray.code_ids())
    payload = tray.mimeData(tray.selectedItems())
    panel.scene.prompts.ask_theme_name = lambda title, default="New theme": "社区 and officials"
    empty = QPointF(200, 400)
    assert panel.scene.card_at(empty) is None
    assert send_drop(panel.view.viewport(), payload, at(panel, empty))
    qtbot.waitUntil(lambda: len(panel.scene.cards) == 3)
    new = card(panel, "社区 and officials")
    assert new.isSelected()
    assert abs(new.scenePos().x() - 200) <= 1 and abs(new.scenePos().y() - 400) <= 1
    assert len(new.code_ids()) == 2
    qtbot.waitUntil(lambda: tray.count() == 0)
    assert panel.bridge.undo_stack.count() == 1
    panel.bridge.undo_stack.undo()
    qtbot.waitUntil(lambda: len(panel.scene.cards) == 2 and tray.count() == 2)


def test_a_real_mouse_drag_moves_a_card_as_one_command(qtbot, open_board: Opener,
                                                      demo_path: Path) -> None:
    panel = open_board(demo_path)
    item = card(panel, "Maintenance of relationship")
    start_scene = item.scenePos()
    press = at(panel, body_point(item))
    release = press + QPoint(-60, 90)
    expected = start_scene + panel.view.mapToScene(release) - panel.view.mapToScene(press)
    before = panel.bridge.undo_stack.count()
    drag(qtbot, panel, press, release)
    assert panel.bridge.undo_stack.count() == before + 1
    assert panel.bridge.undo_stack.undoText() == "Move theme “Maintenance of relationship”"
    theme = panel.bridge.project.themes()
    stored = next(t for t in theme if t.name == "Maintenance of relationship")
    assert (stored.x, stored.y) == (round(expected.x()), round(expected.y()))
    assert item.scenePos() == QPointF(stored.x, stored.y)

    undo_redo(qtbot, panel, lambda: item.scenePos() == start_scene,
              lambda: item.scenePos() == QPointF(stored.x, stored.y))
    panel.bridge.close()
    saved = stored_themes(demo_path)["Maintenance of relationship"]
    assert saved[:2] == (round(expected.x()), round(expected.y()))


def test_cards_selected_together_move_as_one_command(qtbot, open_board: Opener,
                                                     small_path: Path) -> None:
    panel = open_board(small_path)
    first, second = card(panel, "Trust in people"), card(panel, "Belonging")
    viewport = panel.view.viewport()
    qtbot.mouseClick(viewport, LEFT, NONE, at(panel, body_point(first)))
    qtbot.mouseClick(viewport, LEFT, CTRL, at(panel, body_point(second)))
    assert set(panel.scene.selected_theme_ids()) == {first.theme_id, second.theme_id}
    press = at(panel, body_point(second))
    drag(qtbot, panel, press, press + QPoint(30, 150))
    assert panel.bridge.undo_stack.count() == 1
    assert panel.bridge.undo_stack.undoText() == "Move 2 themes"
    panel.bridge.close()
    saved = stored_themes(small_path)
    assert saved["Trust in people"][:2] == (70, 190)
    assert saved["Belonging"][:2] == (450, 190)


def test_the_grip_resizes_a_card_as_one_command(qtbot, open_board: Opener,
                                               small_path: Path) -> None:
    panel = open_board(small_path)
    item = card(panel, "Trust in people")
    grip = item.mapToScene(item.grip_rect().center())
    press = at(panel, grip)
    drag(qtbot, panel, press, press + QPoint(80, 60))
    assert panel.bridge.undo_stack.count() == 1
    assert panel.bridge.undo_stack.undoText() == "Resize theme “Trust in people”"
    assert item.scenePos() == QPointF(40, 40), "a resize does not move the card"
    assert item.size().width() == 380 and item.size().height() == 260
    undo_redo(qtbot, panel, lambda: item.size().width() == 300,
              lambda: item.size().width() == 380)
    drag(qtbot, panel, at(panel, item.mapToScene(item.grip_rect().center())),
         at(panel, item.mapToScene(QPointF(20, 20))))
    assert item.size().width() >= 180 and item.size().height() >= 110, "never below a minimum"
    panel.bridge.undo_stack.undo()
    panel.bridge.close()
    assert stored_themes(small_path)["Trust in people"][:4] == (40, 40, 380, 260)


def test_shift_drag_draws_a_labelled_link(qtbot, open_board: Opener, small_path: Path) -> None:
    panel = open_board(small_path)
    asked: list[str] = []
    panel.scene.prompts.ask_link_label = lambda default="": asked.append(default) or "grounds"
    first, second = card(panel, "Trust in people"), card(panel, "Belonging")
    drag(qtbot, panel, at(panel, first.scene_rect().center()),
         at(panel, second.scene_rect().center()), SHIFT)
    qtbot.waitUntil(lambda: len(panel.scene.links) == 1)
    assert asked == [""]
    assert first.scenePos() == QPointF(40, 40), "Shift+drag draws; it does not move the card"
    [link] = panel.scene.links.values()
    assert link.link.label == "grounds" and panel.link_item(link.link_id) is link
    assert link.label_rect().center().x() == pytest.approx(380, abs=2)
    assert panel.bridge.undo_stack.count() == 1
    undo_redo(qtbot, panel, lambda: not panel.scene.links, lambda: len(panel.scene.links) == 1)
    # Dropped on empty board, the link is nothing.
    drag(qtbot, panel, at(panel, first.scene_rect().center()), at(panel, QPointF(200, 500)), SHIFT)
    assert panel.bridge.undo_stack.count() == 1
    panel.bridge.close()
    assert stored_links(small_path) == {("Trust in people", "Belonging", "grounds")}


def test_link_from_here_then_click_the_target(qtbot, open_board: Opener,
                                             small_path: Path) -> None:
    panel = open_board(small_path)
    panel.scene.prompts.ask_link_label = lambda default="": ""
    first, second = card(panel, "Trust in people"), card(panel, "Belonging")
    menu_action(panel.context_menu_for(second), "Link from here…").trigger()
    viewport = panel.view.viewport()
    qtbot.mouseMove(viewport, at(panel, QPointF(380, 300)))
    qtbot.mouseClick(viewport, LEFT, NONE, at(panel, first.scene_rect().center()))
    qtbot.waitUntil(lambda: len(panel.scene.links) == 1)
    [link] = panel.scene.links.values()
    assert (link.link.from_theme, link.link.to_theme, link.link.label) == (
        second.theme_id, first.theme_id, "")
    # Escape leaves link mode without a link.
    menu_action(panel.context_menu_for(first), "Link from here…").trigger()
    qtbot.keyClick(panel.view, Qt.Key.Key_Escape)
    qtbot.mouseClick(viewport, LEFT, NONE, at(panel, second.scene_rect().center()))
    assert len(panel.scene.links) == 1 and panel.bridge.undo_stack.count() == 1


def test_a_chip_carried_to_another_card_moves_or_copies_the_code(
    qtbot, open_board: Opener, small_path: Path
) -> None:
    panel = open_board(small_path)
    first, second = card(panel, "Trust in people"), card(panel, "Belonging")
    trust = code_id(panel, "Trust")
    chip = first.chip(trust)
    assert chip is not None
    target = at(panel, second.scene_rect().center())
    drag(qtbot, panel, at(panel, chip.sceneBoundingRect().center()), target)
    qtbot.waitUntil(lambda: trust in second.code_ids())
    assert trust not in first.code_ids()
    assert first.scenePos() == QPointF(40, 40), "carrying a chip does not move its card"
    assert panel.bridge.undo_stack.undoText() == "Move “Trust” to “Belonging”"
    undo_redo(qtbot, panel, lambda: trust in first.code_ids() and trust not in second.code_ids(),
              lambda: trust in second.code_ids() and trust not in first.code_ids())
    # With Ctrl held on release, back to the first card as a copy: a code in two themes.
    chip = second.chip(trust)
    assert chip is not None
    drag(qtbot, panel, at(panel, chip.sceneBoundingRect().center()),
         at(panel, first.scene_rect().center()), release_modifier=CTRL)
    qtbot.waitUntil(lambda: trust in first.code_ids())
    assert trust in second.code_ids()
    assert panel.bridge.undo_stack.count() == 2
    panel.bridge.close()
    assert stored_members(small_path) == {
        ("Trust in people", "Trust"), ("Belonging", "Trust"), ("Belonging", "Belonging")}


def test_a_chip_carried_onto_empty_board_starts_a_theme(qtbot, open_board: Opener,
                                                       small_path: Path) -> None:
    panel = open_board(small_path)
    panel.scene.prompts.ask_theme_name = lambda title, default="New theme": default
    first = card(panel, "Trust in people")
    trust = code_id(panel, "Trust")
    chip = first.chip(trust)
    assert chip is not None
    drag(qtbot, panel, at(panel, chip.sceneBoundingRect().center()), at(panel, QPointF(60, 420)))
    qtbot.waitUntil(lambda: len(panel.scene.cards) == 3)
    new = card(panel, "New theme")
    assert new.code_ids() == [trust] and first.code_ids() == []
    assert panel.bridge.undo_stack.count() == 1
