"""The theme board, driven as a researcher drives it, checked against the project file.

Real mouse events (QTest press/move/release on the view's viewport) move cards,
resize them by the grip, draw links with Shift+drag, carry chips between cards,
select, pan with the middle button and Space+drag, double-click a name to edit
it in place. Drags out of the code tree and the tray start from real mouse
moves too; since a real QDrag blocks offscreen, their `_exec_drag` seam then
delivers the drop the platform would (`drive.send_drop`, with the payload the
drag carries). Other drops, Ctrl+wheel and the right-click are synthesized
events. Questions (names, labels, colours) are answered by replacing the
methods of `scene.prompts`. Every change is checked as one undo command, undone
and redone through the bridge's QUndoStack, and read back from the reopened file.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QImage, QInputMethodEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QMenu

from annotator.platform.demo import build_demo
from annotator.project import Project
from annotator.ui.board.export import board_rect, check_suffix, export_board
from annotator.ui.board.panel import BoardPanel
from annotator.ui.board.theme_card import ThemeCard
from annotator.ui.codes.tree_panel import CodeTreePanel
from annotator.ui.shared.bridge import ProjectBridge
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
    view = tree.tree
    [council_row] = [view.model().index(row, 0) for row in range(view.model().rowCount())
                     if view.model().index(row, 0).data() == "Distrust of officials"]
    flags = view.selectionModel().SelectionFlag
    view.selectionModel().select(council_row, flags.Select | flags.Rows)  # Ctrl+click
    assert tree.selected_code_ids() == [community, council]
    rows = view.selectionModel().selectedRows(0)
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


def test_a_real_mouse_drag_from_the_code_tree_lands_on_a_card(qtbot, open_board: Opener,
                                                             small_path: Path,
                                                             monkeypatch) -> None:
    """The tree starts the drag from real mouse moves; its `_exec_drag` seam stands in
    for the platform's drag loop and drops on the board (a real QDrag blocks offscreen)."""
    panel = open_board(small_path)
    tree = CodeTreePanel(panel.bridge)
    qtbot.addWidget(tree)
    tree.resize(300, 300)
    tree.show()
    qtbot.waitExposed(tree)
    target = card(panel, "Trust in people")
    landed: list[bool] = []
    monkeypatch.setattr(tree.tree, "_exec_drag", lambda drag, actions: landed.append(send_drop(
        panel.view.viewport(), drag.mimeData(), at(panel, target.scene_rect().center()))))
    community = code_id(panel, "社区参与")
    tree.select_code(community)
    row = tree.tree.visualRect(tree.tree.selectionModel().selectedRows(0)[0]).center()
    viewport = tree.tree.viewport()
    qtbot.mousePress(viewport, LEFT, NONE, row)
    qtbot.mouseMove(viewport, row + QPoint(8, 4))
    qtbot.mouseMove(viewport, row + QPoint(40, 20))
    qtbot.mouseRelease(viewport, LEFT, NONE, row + QPoint(40, 20))
    assert landed == [True]
    assert target.code_ids() == [code_id(panel, "Trust"), community]
    names = [c.name for c in panel.bridge.project.codes()]
    assert names.count("社区参与") == 1, "the code is copied onto the card, not moved"
    assert panel.bridge.undo_stack.undoText() == "Add “社区参与” to “Trust in people”"


def test_codes_from_the_tray_on_empty_board_start_a_theme(qtbot, open_board: Opener,
                                                          small_path: Path, monkeypatch) -> None:
    panel = open_board(small_path)
    tray = panel.tray
    assert [panel.bridge.project.code(c).name for c in tray.code_ids()] == [
        "社区参与", "Distrust of officials"]
    tray.select_codes(tray.code_ids())
    panel.scene.prompts.ask_theme_name = lambda title, default="New theme": "社区 and officials"
    empty = QPointF(200, 400)
    assert panel.scene.card_at(empty) is None
    # A real mouse drag out of the tray; its `_exec_drag` seam drops where the platform would.
    landed: list[bool] = []
    monkeypatch.setattr(tray, "_exec_drag", lambda drag: landed.append(
        send_drop(panel.view.viewport(), drag.mimeData(), at(panel, empty))))
    row = tray.visualItemRect(tray.item(0)).center()
    qtbot.mousePress(tray.viewport(), LEFT, NONE, row)
    qtbot.mouseMove(tray.viewport(), row + QPoint(8, 4))
    qtbot.mouseMove(tray.viewport(), row + QPoint(30, 40))
    qtbot.mouseRelease(tray.viewport(), LEFT, NONE, row + QPoint(30, 40))
    assert landed == [True]
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


# -- menus and in-place editing -----------------------------------------------------------
def test_card_chip_and_link_menus_each_make_one_command(qtbot, open_board: Opener,
                                                        small_path: Path) -> None:
    panel = open_board(small_path)
    scene, stack = panel.scene, panel.bridge.undo_stack
    first, second = card(panel, "Trust in people"), card(panel, "Belonging")
    start = table_dump(panel.bridge.project.store)
    prompts = scene.prompts
    prompts.ask_theme_name = lambda title, default="New theme": (
        "Trust in people and places" if title == "Rename theme" else "Trust in nurses")
    prompts.ask_color = lambda current: "#AB47BC"
    prompts.ask_definition = lambda name, current: "Who is trusted, why, and how it is lost."
    prompts.ask_link_label = lambda default="": "feeds"

    menu_action(panel.context_menu_for(first), "Rename…").trigger()
    assert first.theme.name == "Trust in people and places"
    menu_action(panel.context_menu_for(first), "Colour…").trigger()
    assert first.theme.color == "#AB47BC"
    status = menu_action(panel.context_menu_for(first), "final")
    assert status.isCheckable() and not status.isChecked()
    status.trigger()
    assert first.theme.status == "final"
    assert menu_action(panel.context_menu_for(first), "final").isChecked()
    menu_action(panel.context_menu_for(first), "Edit definition…").trigger()
    assert first.theme.definition.startswith("Who is trusted, why")
    menu_action(panel.context_menu_for(first), "New sub-theme…").trigger()
    sub = card(panel, "Trust in nurses")
    assert sub.theme.parent_id == first.theme_id and sub.parent_name == first.theme.name
    assert sub.scene_rect().top() == first.scene_rect().bottom() + 40, "placed below its parent"
    assert sub.parentItem() is None and scene._connectors, "beside its parent, tied by a line"
    trust = code_id(panel, "Trust")
    chip = first.chip(trust)
    assert chip is not None
    menu_action(panel.context_menu_for(chip), "Remove “Trust” from “Trust in people and places”"
                ).trigger()
    assert first.code_ids() == []
    scene.commands.link(first.theme_id, second.theme_id, "feeds")
    [link] = scene.links.values()
    prompts.ask_link_label = lambda default="": "feeds into"
    menu_action(panel.context_menu_for(link), "Edit label…").trigger()
    assert link.link.label == "feeds into"
    menu_action(panel.context_menu_for(link), "Remove link").trigger()
    assert not scene.links
    delete = menu_action(panel.context_menu_for(first), "Delete theme and its 1 sub-theme")
    delete.trigger()
    assert set(scene.cards) == {second.theme_id}
    assert stack.count() == 10, [stack.text(i) for i in range(stack.count())]
    assert [stack.text(i) for i in range(3)] == [
        "Rename theme “Trust in people” to “Trust in people and places”",
        "Colour theme “Trust in people and places”",
        "Mark “Trust in people and places” final"]
    while stack.canUndo():
        stack.undo()
    assert table_dump(panel.bridge.project.store) == start
    assert first.scene() is None, "the deleted card was removed, not reused"
    again = card(panel, "Trust in people")
    assert again.code_ids() == [trust] and again.theme.status == "candidate"
    while stack.canRedo():
        stack.redo()
    assert set(scene.cards) == {second.theme_id}


def test_right_click_opens_the_menu_of_what_is_under_the_mouse(
    qtbot, open_board: Opener, small_path: Path, monkeypatch
) -> None:
    panel = open_board(small_path)
    item = card(panel, "Belonging")
    chip = item.chip(code_id(panel, "Belonging"))
    assert chip is not None
    shown: list[list[str]] = []

    def pick(menu: QMenu, _where: QPoint) -> None:
        # QMenu.exec would block; pick what the researcher would.
        shown.append([action.text() for action in menu.actions() if action.text()])
        menu_action(menu, "reviewed").trigger()

    monkeypatch.setattr(panel.scene, "exec_menu", pick)
    for scene_pos in (body_point(item), chip.sceneBoundingRect().center()):
        pos = at(panel, scene_pos)
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos,
                                  panel.view.viewport().mapToGlobal(pos))
        QApplication.sendEvent(panel.view.viewport(), event)
    assert shown[0][0] == "Rename…"
    assert shown[1][0] == "Remove “Belonging” from “Belonging”", "a chip's menu starts with it"
    assert item.theme.status == "reviewed" and panel.bridge.undo_stack.count() == 1


def test_empty_board_menu_makes_a_theme_there(qtbot, open_board: Opener,
                                              small_path: Path) -> None:
    panel = open_board(small_path)
    panel.scene.prompts.ask_theme_name = lambda title, default="New theme": "Place"
    menu = panel.context_menu_for(None, QPointF(100, 500))
    menu_action(menu, "New theme here…").trigger()
    assert card(panel, "Place").scenePos() == QPointF(100, 500)
    assert card(panel, "Place").isSelected()
    panel.scene.prompts.ask_theme_name = lambda title, default="New theme": None
    panel.new_theme_action.trigger()
    assert len(panel.scene.cards) == 3, "a cancelled name makes nothing"


def test_double_click_on_the_name_edits_it_in_place(qtbot, open_board: Opener,
                                                    small_path: Path) -> None:
    panel = open_board(small_path)
    item = card(panel, "Belonging")
    name = at(panel, item.mapToScene(item.name_rect().center()))
    qtbot.mouseDClick(panel.view.viewport(), LEFT, NONE, name)
    assert item.editor is not None and item.editor.hasFocus()
    typing = QInputMethodEvent()
    typing.setCommitString("归属 ")  # what a Chinese input method hands over
    QApplication.sendEvent(panel.view, typing)
    qtbot.keyClicks(panel.view, "Belonging")
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert item.theme.name == "归属 Belonging"
    assert panel.bridge.undo_stack.count() == 1
    qtbot.waitUntil(lambda: item.editor is None and not [
        i for i in panel.scene.items() if i.parentItem() is item and i.hasFocus()])
    # Escape leaves the name as it was.
    qtbot.mouseDClick(panel.view.viewport(), LEFT, NONE, name)
    qtbot.keyClicks(panel.view, "nothing")
    qtbot.keyClick(panel.view, Qt.Key.Key_Escape)
    assert item.theme.name == "归属 Belonging" and panel.bridge.undo_stack.count() == 1
    # Double-click on the definition opens its editor.
    panel.scene.prompts.ask_definition = lambda name, current: "Being at home here."
    qtbot.mouseDClick(panel.view.viewport(), LEFT, NONE,
                      at(panel, item.mapToScene(item.definition_rect().center())))
    assert item.theme.definition == "Being at home here."
    panel.bridge.close()
    assert "归属 Belonging" in stored_themes(small_path)


def test_delete_key_removes_the_selected_cards_and_links(qtbot, open_board: Opener,
                                                         small_path: Path) -> None:
    panel = open_board(small_path)
    first, second = card(panel, "Trust in people"), card(panel, "Belonging")
    panel.scene.commands.link(first.theme_id, second.theme_id, "")
    [link] = panel.scene.links.values()
    link.setSelected(True)
    first.setSelected(True)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert set(panel.scene.cards) == {second.theme_id} and not panel.scene.links
    assert panel.bridge.undo_stack.undoText() == "Delete from the board"
    panel.bridge.undo_stack.undo()
    assert len(panel.scene.cards) == 2 and len(panel.scene.links) == 1


# -- the view: selection, zoom, fit, pan, refresh ---------------------------------------------
def test_selection_is_announced_and_can_be_set(qtbot, open_board: Opener,
                                               small_path: Path) -> None:
    panel = open_board(small_path)
    item = card(panel, "Belonging")
    with qtbot.waitSignal(panel.theme_selected) as signal:
        qtbot.mouseClick(panel.view.viewport(), LEFT, NONE, at(panel, body_point(item)))
    assert signal.args == [item.theme_id]
    with qtbot.waitSignal(panel.theme_selected) as signal:
        qtbot.mouseClick(panel.view.viewport(), LEFT, NONE, at(panel, QPointF(300, 600)))
    assert signal.args == [None]
    with qtbot.waitSignal(panel.theme_selected) as signal:
        panel.select_theme(theme_id(panel, "Trust in people"))
    assert signal.args == [theme_id(panel, "Trust in people")]
    chip = item.chip(code_id(panel, "Belonging"))
    assert chip is not None
    with qtbot.waitSignal(panel.theme_selected) as signal:
        qtbot.mouseClick(panel.view.viewport(), LEFT, NONE,
                         at(panel, chip.sceneBoundingRect().center()))
    assert signal.args == [item.theme_id], "a click on a chip selects its theme"
    assert panel.bridge.undo_stack.count() == 0


def test_zoom_fit_and_pan_keep_their_place_through_refreshes(qtbot, open_board: Opener,
                                                             demo_path: Path) -> None:
    panel = open_board(demo_path)
    view = panel.view
    visible = lambda: view.mapToScene(view.viewport().rect()).boundingRect()  # noqa: E731
    assert visible().contains(view.board_rect()), "the board opens fitted"
    assert 0.5 < view.zoom() <= 1.0
    fitted = view.zoom()
    centre = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(centre, view.viewport().mapToGlobal(centre), QPoint(), QPoint(0, 120),
                        Qt.MouseButton.NoButton, CTRL, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom() == pytest.approx(fitted * 1.25)
    panel.zoom_in_action.trigger()
    zoomed = view.zoom()
    assert zoomed == pytest.approx(fitted * 1.25 ** 2)
    # Middle-drag pans.
    bars = (view.horizontalScrollBar(), view.verticalScrollBar())
    scroll = (bars[0].value(), bars[1].value())
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.MiddleButton, NONE, QPoint(600, 400))
    qtbot.mouseMove(viewport, QPoint(500, 350))
    qtbot.mouseRelease(viewport, Qt.MouseButton.MiddleButton, NONE, QPoint(500, 350))
    assert (bars[0].value(), bars[1].value()) == (scroll[0] + 100, scroll[1] + 50)
    # Space+drag pans too, even when it starts on a card, and moves nothing.
    item = card(panel, "Reciprocity in partnership")
    place = item.scenePos()
    scroll = (bars[0].value(), bars[1].value())
    view.setFocus()
    start = at(panel, item.scene_rect().center())
    qtbot.keyPress(view, Qt.Key.Key_Space)
    drag(qtbot, panel, start, start + QPoint(40, 20))
    qtbot.keyRelease(view, Qt.Key.Key_Space)
    assert (bars[0].value(), bars[1].value()) == (scroll[0] - 40, scroll[1] - 20)
    assert item.scenePos() == place and panel.bridge.undo_stack.count() == 0
    # A change elsewhere refreshes the board without losing zoom or scroll.
    scroll = (bars[0].value(), bars[1].value())
    same = panel.card(item.theme_id)
    panel.bridge.run("Rename", lambda: panel.bridge.project.update_theme(
        item.theme_id, name="Reciprocity, or not"))
    assert panel.card(item.theme_id) is same and same.theme.name == "Reciprocity, or not"
    assert view.zoom() == zoomed and (bars[0].value(), bars[1].value()) == scroll
    # F fits again.
    qtbot.keyClick(view, Qt.Key.Key_F)
    assert view.zoom() == pytest.approx(fitted)
    panel.zoom_out_action.trigger()
    panel.fit_action.trigger()
    assert view.zoom() == pytest.approx(fitted)


def test_chips_and_tray_follow_codes_and_codings(qtbot, open_board: Opener,
                                                 small_path: Path) -> None:
    panel = open_board(small_path)
    project = panel.bridge.project
    item = card(panel, "Trust in people")
    trust = code_id(panel, "Trust")
    chip = item.chip(trust)
    assert chip is not None and chip.data.codings == 1
    source = project.sources()[0].id
    panel.bridge.run("Code", lambda: project.add_coding(source, trust, *span("Interviewer")))
    assert item.chip(trust) is chip and chip.data.codings == 2
    panel.bridge.run("Rename", lambda: project.rename_code(trust, "信任 Trust"))
    assert chip.data.name == "信任 Trust"
    panel.bridge.run("New code", lambda: project.add_code("Hope", color="#FFF59D"))
    assert "Hope" in [project.code(c).name for c in panel.tray.code_ids()]
    panel.bridge.run("Delete", lambda: project.delete_code(trust))
    assert item.code_ids() == [] and chip.scene() is None


def test_an_empty_tray_gives_its_room_to_the_board(qtbot, open_board: Opener,
                                                   demo_path: Path) -> None:
    panel = open_board(demo_path)
    assert panel.tray.count() == 0 and panel.splitter.sizes()[1] == 0
    project = panel.bridge.project
    free = code_id(panel, "Funding and resources")

    def take_out() -> None:
        with project.batch("Take out"):
            for theme, code in project.theme_memberships():
                if code == free:
                    project.remove_code_from_theme(theme, code)

    panel.bridge.run("Take out", take_out)
    assert panel.tray.code_ids() == [free] and panel.splitter.sizes()[1] > 150
    panel.bridge.undo_stack.undo()
    assert panel.tray.count() == 0 and panel.splitter.sizes()[1] == 0


def test_a_sub_theme_dragged_into_its_parent_is_drawn_nested(qtbot, open_board: Opener,
                                                             demo_path: Path) -> None:
    panel = open_board(demo_path)
    parent = card(panel, "Building partnership")
    sub = card(panel, "Trust is carried by people, not paper")
    assert sub.parentItem() is None and sub.theme.parent_id == parent.theme_id
    panel.bridge.run("Room", lambda: panel.bridge.project.update_theme(
        parent.theme_id, width=445, height=520))
    assert sub.parentItem() is None, "overlapping is not inside"
    press = at(panel, body_point(sub))
    # Into the parent's lower part, clear of its edges.
    target = at(panel, parent.mapToScene(QPointF(20 + 12, 300 + 8)))
    drag(qtbot, panel, press, target)
    qtbot.waitUntil(lambda: sub.parentItem() is parent)
    assert panel.bridge.undo_stack.count() == 2
    stored = {t.name: t for t in panel.bridge.project.themes()}
    inner = stored["Trust is carried by people, not paper"]
    # Moving the parent carries its nested sub-theme: one command, both stored.
    parent_start = parent.scenePos()
    press = at(panel, body_point(parent))
    drag(qtbot, panel, press, press + QPoint(0, 100))
    assert panel.bridge.undo_stack.count() == 3
    stored = {t.name: t for t in panel.bridge.project.themes()}
    shift = stored["Building partnership"].y - parent_start.y()
    assert shift > 50
    assert stored["Trust is carried by people, not paper"].y == inner.y + shift
    assert panel.bridge.undo_stack.undoText() == "Move 2 themes"
    panel.bridge.undo_stack.undo()
    assert sub.parentItem() is parent and sub.scenePos() == QPointF(inner.x, inner.y)


# -- export and screenshots ---------------------------------------------------------------
def test_export_png_and_svg(qtbot, open_board: Opener, demo_path: Path, tmp_path: Path) -> None:
    png, svg = tmp_path / "out" / "board.png", tmp_path / "board.svg"
    export_board(demo_path, png)
    export_board(demo_path, svg)
    image = QImage(str(png))
    panel = open_board(demo_path)
    rect = board_rect(panel.scene)
    assert (image.width(), image.height()) == (
        pytest.approx(rect.width() * 2, abs=2), pytest.approx(rect.height() * 2, abs=2))
    assert image.pixelColor(3, 3).name() == "#ffffff"
    assert rect.contains(QRectF(40, 40, 1320, 780)), "every card is inside the picture"
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    text = " ".join("".join(node.itertext()) for node in root.iter() if node.tag.endswith("text"))
    for name in DEMO_THEMES:
        assert name in text
    assert "trust has to be renewed" in text
    with pytest.raises(ValueError, match=r"\.png or \.svg"):
        check_suffix(tmp_path / "board.pdf")
    with pytest.raises(ValueError, match=r"\.png or \.svg"):
        export_board(demo_path, tmp_path / "board.jpeg")
    # From the panel's toolbar, with the selection left as it was.
    item = card(panel, "Building partnership")
    item.setSelected(True)
    panel.ask_export_path = lambda: tmp_path / "from panel.svg"
    panel.export_action.trigger()
    assert (tmp_path / "from panel.svg").stat().st_size > 1000 and item.isSelected()


def test_screenshots(qtbot, open_board: Opener, demo_path: Path, shots: Path) -> None:
    panel = open_board(demo_path)
    for name in DEMO_THEMES:
        item = card(panel, name)
        visible = panel.view.mapToScene(panel.view.viewport().rect()).boundingRect()
        assert visible.contains(item.scene_rect()), name
        assert item.hidden_chips() <= 2
    assert len(panel.scene.links) == 3
    assert len(panel.scene._connectors) == 4
    panel.grab().save(str(shots / "board_demo.png"))
    # A Chinese code and sub-theme, to see that they render.
    project = panel.bridge.project
    parent = theme_id(panel, "Maintenance of relationship")

    def chinese() -> None:
        with project.batch("Chinese"):
            code = project.add_code("社区参与 Community", color="#A5D6A7")
            project.add_code_to_theme(parent, code)
            project.update_theme(theme_id(panel, "Starting again every September"),
                                 name="每年九月重新开始")

    panel.bridge.run("Chinese", chinese)
    assert card(panel, "每年九月重新开始").parent_name == "Maintenance of relationship"
    panel.grab().save(str(shots / "board_chinese.png"))
