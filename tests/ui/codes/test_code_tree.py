"""The code tree panel, driven as a researcher would, checked against the project file.

Drags: offscreen Qt's QDrag.exec returns at once without dropping anything, so a
real drag cannot finish by itself. The tests press and move the real mouse on
the tree's viewport, which makes Qt start the drag through the view's own
startDrag; the view's `_exec_drag` seam then stands in for the platform's drag
loop and delivers DragEnter/DragMove/Drop events to the viewport at the
release point, as the platform would. Other drops are synthesized the same way.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QInputMethodEvent,
)
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
)

from annotator.project import Project
from annotator.ui.codes.tree_model import CODE_ID_ROLE, CODINGS, TRANSCRIPTS
from annotator.ui.codes.tree_panel import CodeTreePanel
from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.shared.mime import CODE_IDS, code_ids_from
from tests.helpers import write_txt

TEXT = (
    "Interviewer: How do people get along here?\n"
    "P1: I trust the nurses, and 我们的社区参与很多。\n"
    "P2: The council never listens to us.\n"
)


def span(phrase: str) -> tuple[int, int]:
    start = TEXT.index(phrase)
    return start, start + len(phrase)


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    """Trust (Distrust of officials, 社区参与), Belonging, 健康 Health; two transcripts."""
    path = tmp_path / "codes.annotator"
    with Project.create(path) as project:
        first = project.import_file(write_txt(tmp_path, "访谈一.txt", TEXT))
        second = project.import_file(write_txt(tmp_path, "Interview 2.txt", TEXT))
        trust = project.add_code("Trust", color="#FFD54F")
        distrust = project.add_code("Distrust of officials", trust, color="#EF9A9A")
        community = project.add_code("社区参与", trust, color="#A5D6A7")
        project.add_code("Belonging", color="#81D4FA")
        project.add_code("健康 Health", color="#CE93D8")
        for source in (first, second):
            project.add_coding(source, trust, *span("trust the nurses"))
            project.add_coding(source, community, *span("社区参与"))
        # Not touching 社区参与's coding: text touching it would extend that one.
        project.add_coding(first, community, *span("我们"))
        project.add_coding(first, distrust, *span("council never listens"))
    return path


@pytest.fixture
def bridge(project_path: Path) -> Iterator[ProjectBridge]:
    bridge = ProjectBridge(Project.open(project_path))
    yield bridge
    bridge.close()


@pytest.fixture
def panel(qtbot, bridge: ProjectBridge) -> CodeTreePanel:
    panel = CodeTreePanel(bridge)
    qtbot.addWidget(panel)
    panel.resize(380, 300)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel)
    return panel


# -- helpers ---------------------------------------------------------------------
def saved(path: Path) -> dict[str, tuple[str, int]]:
    """Reopen the file: code path -> (colour, codings), in the tree's order."""
    with Project.open(path) as project:
        usage = project.code_usage()
        return {project.code_path(c.id): (c.color, usage.get(c.id, (0, 0))[0])
                for c in project.codes()}


def domain_tree(project: Project, parent: int | None = None) -> list[tuple[int, list]]:
    return [(c.id, domain_tree(project, c.id))
            for c in project.codes() if c.parent_id == parent]


def qt_tree(panel: CodeTreePanel, parent: QModelIndex | None = None) -> list[tuple[int, list]]:
    """The tree as Qt sees it, walked through index()/rowCount()/parent()."""
    model, parent = panel.model, parent or QModelIndex()
    rows = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        assert model.parent(index) == parent
        rows.append((index.data(CODE_ID_ROLE), qt_tree(panel, index)))
    return rows


def assert_agrees(qtbot, panel: CodeTreePanel, bridge: ProjectBridge) -> None:
    expected = domain_tree(bridge.project)
    assert panel.model.tree() == expected
    assert qt_tree(panel) == expected
    for code in bridge.project.codes():
        assert panel.model.index_of(code.id).data() == code.name
    usage = bridge.project.code_usage()

    def counts_agree() -> bool:  # counts follow within COUNT_DELAY_MS
        model = panel.model
        return all((model.index_of(c.id, CODINGS).data(), model.index_of(c.id, TRANSCRIPTS).data())
                   == usage.get(c.id, (0, 0)) for c in bridge.project.codes())

    qtbot.waitUntil(counts_agree)


def code_id(bridge: ProjectBridge, path: str) -> int:
    code = bridge.project.find_code(path)
    assert code is not None, path
    return code.id


def view_index(panel: CodeTreePanel, name: str) -> QModelIndex:
    model = panel.tree.model()
    found = model.match(model.index(0, 0), Qt.ItemDataRole.DisplayRole, name, 1,
                        Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
    assert found, name
    return found[0]


def row_center(panel: CodeTreePanel, name: str) -> QPoint:
    return panel.tree.visualRect(view_index(panel, name)).center()


def type_text(qtbot, widget, text: str) -> None:
    """Type Latin text key by key; the rest arrives as an input method commits it
    (QTest can only synthesize keys for Latin-1 characters)."""
    for chunk in re.findall(r"[\x00-\xff]+|[^\x00-\xff]+", text):
        if chunk.isascii():
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent()
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)


def finish_editing(qtbot, panel: CodeTreePanel, key: Qt.Key = Qt.Key.Key_Return) -> None:
    """Press a key in the open name editor; the delegate commits on the next turn."""
    qtbot.keyClick(QApplication.focusWidget(), key)
    qtbot.waitUntil(lambda: panel.tree.state() != QAbstractItemView.State.EditingState)


def drop_at(panel: CodeTreePanel, mime: QMimeData, pos: QPoint,
            modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
            actions: Qt.DropAction = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction,
            ) -> Qt.DropAction:
    """What the platform does when a drag ends over the viewport at `pos`."""
    viewport = panel.tree.viewport()
    buttons = Qt.MouseButton.LeftButton
    enter = QDragEnterEvent(pos, actions, mime, buttons, modifiers)
    QApplication.sendEvent(viewport, enter)
    move = QDragMoveEvent(pos, actions, mime, buttons, modifiers)
    QApplication.sendEvent(viewport, move)
    if not move.isAccepted():
        return Qt.DropAction.IgnoreAction
    drop = QDropEvent(pos.toPointF(), actions, mime, buttons, modifiers)
    QApplication.sendEvent(viewport, drop)
    return drop.dropAction() if drop.isAccepted() else Qt.DropAction.IgnoreAction


def mouse_drag(qtbot, panel: CodeTreePanel, monkeypatch, start: QPoint, end: QPoint,
               modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> list:
    """Press at `start`, move to `end` and release; returns the ids each drag carried."""
    carried: list[list[int]] = []

    def platform_drag(drag, actions):
        carried.append(code_ids_from(drag.mimeData()))
        return drop_at(panel, drag.mimeData(), end, modifiers, actions)

    monkeypatch.setattr(panel.tree, "_exec_drag", platform_drag)
    viewport = panel.tree.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, start + QPoint(4, 2))
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    return carried


# -- the model -------------------------------------------------------------------
def check_both_models(qtmodeltester, panel: CodeTreePanel) -> QAbstractItemModelTester:
    """Check the model and the view's filter proxy over it, now and after every change.

    qtmodeltester keeps one tester at a time, so the proxy gets its own; it
    reports through Qt warnings, which fail the test. Keep the returned tester.
    """
    proxy_tester = QAbstractItemModelTester(
        panel.tree.model(), QAbstractItemModelTester.FailureReportingMode.Warning)
    qtmodeltester.check(panel.model)
    return proxy_tester


def test_model_contract_and_agreement_through_edits_and_undo(
        qtbot, qtmodeltester, panel: CodeTreePanel, bridge: ProjectBridge) -> None:
    proxy_tester = check_both_models(qtmodeltester, panel)  # noqa: F841 (kept alive)
    assert_agrees(qtbot, panel, bridge)
    project = bridge.project
    trust, belonging = code_id(bridge, "Trust"), code_id(bridge, "Belonging")
    community = code_id(bridge, "Trust/社区参与")
    steps = [
        lambda: project.add_code("Hope", belonging),
        lambda: project.move_code(community, None, 0),
        lambda: project.move_code(belonging, trust, 1),
        lambda: project.merge_codes(community, trust),
        lambda: project.delete_code(trust),
        lambda: project.rename_code(belonging, "归属 Belonging"),
    ]
    for step in steps:
        bridge.run("step", step)
        assert_agrees(qtbot, panel, bridge)
    for _ in steps:
        bridge.undo_stack.undo()
        assert_agrees(qtbot, panel, bridge)
    for _ in steps:
        bridge.undo_stack.redo()
        assert_agrees(qtbot, panel, bridge)


def test_random_edits_keep_model_and_domain_in_step(
        qtbot, qtmodeltester, panel: CodeTreePanel, bridge: ProjectBridge) -> None:
    proxy_tester = check_both_models(qtmodeltester, panel)  # noqa: F841 (kept alive)
    project, rng = bridge.project, random.Random(7)
    refused: list[str] = []
    bridge.error.connect(refused.append)  # moves into a descendant, name clashes...

    def some_code() -> int:
        return rng.choice(project.codes()).id

    def maybe_parent() -> int | None:
        return None if rng.random() < 0.3 else some_code()

    for step in range(150):
        kind = rng.choice(["add"] * 4 + ["move"] * 4 + ["merge", "delete", "rename"]
                          + ["undo"] * 2 + ["redo"])
        if len(project.codes()) < 6 and kind in ("merge", "delete"):
            kind = "add"
        if kind == "add":
            bridge.run("add", partial(project.add_code, f"c{step}", maybe_parent()))
        elif kind == "move":
            bridge.run("move", partial(project.move_code, some_code(), maybe_parent(),
                                       rng.randrange(4)))
        elif kind == "merge":
            bridge.run("merge", partial(project.merge_codes, some_code(), some_code()))
        elif kind == "delete":
            bridge.run("delete", partial(project.delete_code, some_code()))
        elif kind == "rename":
            bridge.run("rename", partial(project.rename_code, some_code(), f"r{step}"))
        elif kind == "undo":
            bridge.undo_stack.undo()
        else:
            bridge.undo_stack.redo()
        assert panel.model.tree() == domain_tree(project), (step, kind)
        assert qt_tree(panel) == domain_tree(project), (step, kind)
    assert refused  # the run did try the impossible now and then
    assert bridge.undo_stack.count() > 40 and len(project.codes()) > 10
    assert any(code.parent_id is not None for code in project.codes())
    assert_agrees(qtbot, panel, bridge)


def test_structure_changes_keep_expansion_and_selection(
        panel: CodeTreePanel, bridge: ProjectBridge) -> None:
    trust, distrust = code_id(bridge, "Trust"), code_id(bridge, "Trust/Distrust of officials")
    panel.select_code(distrust)
    bridge.run("move", lambda: bridge.project.move_code(code_id(bridge, "健康 Health"), None, 0))
    bridge.run("add", lambda: bridge.project.add_code("Other"))
    assert panel.selected_code_ids() == [distrust]
    assert panel.tree.isExpanded(panel.tree.model().index(1, 0))  # Trust, now second
    assert panel.tree.model().index(1, 0).data(CODE_ID_ROLE) == trust


def test_counts_follow_codings(qtbot, panel: CodeTreePanel, bridge: ProjectBridge) -> None:
    belonging = code_id(bridge, "Belonging")
    index = panel.model.index_of(belonging, CODINGS)
    assert index.data() == 0
    source = bridge.project.sources()[0].id
    with qtbot.waitSignal(panel.model.dataChanged):
        bridge.run("code", lambda: bridge.project.add_coding(source, belonging, *span("council")))
    assert index.data() == 1
    assert index.siblingAtColumn(TRANSCRIPTS).data() == 1
    bridge.undo_stack.undo()
    qtbot.waitUntil(lambda: index.data() == 0)


# -- keyboard and mouse ----------------------------------------------------------
def test_rename_with_f2_typing_and_enter(qtbot, panel: CodeTreePanel, bridge: ProjectBridge,
                                         project_path: Path) -> None:
    panel.select_code(code_id(bridge, "Belonging"))
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert editor.selectedText() == "Belonging"
    type_text(qtbot, editor, "归属感 Belonging")
    finish_editing(qtbot, panel)
    assert "归属感 Belonging" in saved(project_path)
    assert "Belonging" not in saved(project_path)
    assert bridge.undo_stack.undoText() == "Rename code"
    bridge.undo_stack.undo()
    assert "Belonging" in saved(project_path)
    assert view_index(panel, "Belonging").isValid()


def test_new_code_is_named_in_place(qtbot, panel: CodeTreePanel, bridge: ProjectBridge,
                                    project_path: Path) -> None:
    first = panel.new_code()
    assert first is not None and bridge.project.code(first).name == "New code"
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    finish_editing(qtbot, panel, Qt.Key.Key_Escape)  # keeps the default name
    assert panel.new_code() is not None
    type_text(qtbot, QApplication.focusWidget(), "希望 Hope")
    finish_editing(qtbot, panel, Qt.Key.Key_Enter)
    panel.select_code(code_id(bridge, "Trust"))
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.AltModifier)  # New sub-code
    qtbot.keyClicks(QApplication.focusWidget(), "Nurses")
    finish_editing(qtbot, panel)
    codes = saved(project_path)
    assert {"New code", "希望 Hope", "Trust/Nurses"} <= codes.keys()
    assert list(codes).index("Trust/Nurses") == list(codes).index("Trust/社区参与") + 1


def test_enter_and_double_click_activate(qtbot, panel: CodeTreePanel,
                                         bridge: ProjectBridge) -> None:
    belonging = code_id(bridge, "Belonging")
    viewport, pos = panel.tree.viewport(), row_center(panel, "Belonging")
    with qtbot.waitSignal(panel.code_activated) as blocker:
        # A double-click reaches a widget as press, release, double-click, release;
        # QTest's mouseDClick sends only the second half.
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=pos)
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == [belonging]
    assert panel.selected_code_ids() == [belonging]
    panel.select_code(code_id(bridge, "Trust"))
    with qtbot.waitSignal(panel.code_activated) as blocker:
        qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    assert blocker.args == [code_id(bridge, "Trust")]


def test_selection_signal_and_visible_order(qtbot, panel: CodeTreePanel,
                                            bridge: ProjectBridge) -> None:
    ids = [code_id(bridge, p) for p in ("Trust", "Trust/Distrust of officials",
                                        "Trust/社区参与", "Belonging", "健康 Health")]
    assert panel.visible_code_ids() == ids
    assert panel.visible_code_ids(2) == ids[:2]
    panel.tree.collapse(view_index(panel, "Trust"))
    assert panel.visible_code_ids() == [ids[0], ids[3], ids[4]]
    with qtbot.waitSignal(panel.codes_selected) as blocker:
        qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton,
                         pos=row_center(panel, "Belonging"))
    assert blocker.args == [[ids[3]]]
    with qtbot.waitSignal(panel.codes_selected) as blocker:
        qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.ControlModifier, row_center(panel, "Trust"))
    assert blocker.args == [[ids[0], ids[3]]]


def test_filter_keeps_ancestors_of_matches(qtbot, panel: CodeTreePanel,
                                           bridge: ProjectBridge) -> None:
    trust, community = code_id(bridge, "Trust"), code_id(bridge, "Trust/社区参与")
    panel.tree.collapse(view_index(panel, "Trust"))
    filter_edit = panel.findChild(QLineEdit, "codeFilter")
    assert filter_edit.placeholderText() == "Filter codes"
    qtbot.mouseClick(filter_edit, Qt.MouseButton.LeftButton)
    type_text(qtbot, filter_edit, "社区")
    assert panel.visible_code_ids() == [trust, community]
    filter_edit.selectAll()
    qtbot.keyClicks(filter_edit, "HEALTH")
    assert panel.visible_code_ids() == [code_id(bridge, "健康 Health")]
    filter_edit.clear()
    assert len(panel.visible_code_ids()) == 3  # Trust folded again, as before filtering
    qtbot.keyClicks(filter_edit, "nothing like this")
    assert panel.visible_code_ids() == []
    panel.select_code(community)  # a hidden code clears the filter to show it
    assert filter_edit.text() == ""
    assert panel.selected_code_ids() == [community]


def test_real_mouse_drag_makes_a_sub_code_and_undo_restores(
        qtbot, monkeypatch, panel: CodeTreePanel, bridge: ProjectBridge,
        project_path: Path) -> None:
    belonging = code_id(bridge, "Belonging")
    carried = mouse_drag(qtbot, panel, monkeypatch, row_center(panel, "Belonging"),
                         row_center(panel, "健康 Health"))
    assert carried == [[belonging]]
    assert "健康 Health/Belonging" in saved(project_path)
    assert_agrees(qtbot, panel, bridge)
    assert panel.selected_code_ids() == [belonging]
    assert panel.tree.isExpanded(view_index(panel, "健康 Health"))
    assert panel.visible_code_ids()[-1] == belonging
    assert bridge.undo_stack.undoText() == "Move “Belonging”"
    bridge.undo_stack.undo()
    assert list(saved(project_path))[3] == "Belonging"
    assert_agrees(qtbot, panel, bridge)
    bridge.undo_stack.redo()
    assert "健康 Health/Belonging" in saved(project_path)


def test_drop_between_rows_reorders(qtbot, monkeypatch, panel: CodeTreePanel,
                                    bridge: ProjectBridge, project_path: Path) -> None:
    top_of_trust = panel.tree.visualRect(view_index(panel, "Trust")).topLeft() + QPoint(30, 1)
    mouse_drag(qtbot, panel, monkeypatch, row_center(panel, "健康 Health"), top_of_trust)
    assert list(saved(project_path))[:2] == ["健康 Health", "Trust"]
    # Two sub-codes at once, dropped just below the last top-level code.
    panel.tree.selectionModel().clearSelection()
    for name in ("Distrust of officials", "社区参与"):
        panel.tree.selectionModel().select(
            view_index(panel, name), panel.tree.selectionModel().SelectionFlag.Select
            | panel.tree.selectionModel().SelectionFlag.Rows)
    rect = panel.tree.visualRect(view_index(panel, "Belonging"))
    mime = panel.tree.model().mimeData(panel.tree.selectionModel().selectedRows())
    assert drop_at(panel, mime, QPoint(30, rect.bottom() - 1)) == Qt.DropAction.MoveAction
    assert list(saved(project_path)) == ["健康 Health", "Trust", "Belonging",
                                         "Distrust of officials", "社区参与"]
    assert bridge.undo_stack.undoText() == "Move 2 codes"
    assert_agrees(qtbot, panel, bridge)
    bridge.undo_stack.undo()
    assert list(saved(project_path))[2:4] == ["Trust/Distrust of officials", "Trust/社区参与"]


def test_drop_on_empty_area_moves_to_top_level(qtbot, monkeypatch, panel: CodeTreePanel,
                                               bridge: ProjectBridge,
                                               project_path: Path) -> None:
    below = QPoint(40, panel.tree.viewport().height() - 5)
    assert not panel.tree.indexAt(below).isValid()
    mouse_drag(qtbot, panel, monkeypatch, row_center(panel, "社区参与"), below)
    assert list(saved(project_path))[-1] == "社区参与"
    assert_agrees(qtbot, panel, bridge)


def test_refused_drops(qtbot, panel: CodeTreePanel, bridge: ProjectBridge,
                       project_path: Path) -> None:
    before = saved(project_path)
    trust = code_id(bridge, "Trust")
    mime = panel.model.mimeData([panel.model.index_of(trust)])
    # Onto its own sub-code.
    assert drop_at(panel, mime, row_center(panel, "社区参与")) == Qt.DropAction.IgnoreAction
    # Code ids from somewhere else (another window's project) are not ours to move.
    foreign = QMimeData()
    foreign.setData(CODE_IDS, mime.data(CODE_IDS))
    assert drop_at(panel, foreign, row_center(panel, "Belonging")) == Qt.DropAction.IgnoreAction
    assert saved(project_path) == before
    assert bridge.undo_stack.count() == 0


def test_alt_drop_merges_after_confirmation(qtbot, monkeypatch, panel: CodeTreePanel,
                                            bridge: ProjectBridge, project_path: Path) -> None:
    asked: list[str] = []
    answer = [False]
    monkeypatch.setattr(panel, "_confirm", lambda text, action: asked.append(text) or answer[0])
    start, end = row_center(panel, "社区参与"), row_center(panel, "Belonging")
    mouse_drag(qtbot, panel, monkeypatch, start, end, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert asked == ["Merge “社区参与” into “Belonging”? Its 3 codings in 2 transcripts will "
                     "move to “Belonging”, and “社区参与” will be removed. You can undo this."]
    assert "Trust/社区参与" in saved(project_path)  # declined
    answer[0] = True
    mouse_drag(qtbot, panel, monkeypatch, start, end, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(asked) == 2)
    codes = saved(project_path)
    assert "Trust/社区参与" not in codes
    assert codes["Belonging"] == ("#81D4FA", 3)
    assert panel.selected_code_ids() == [code_id(bridge, "Belonging")]
    bridge.undo_stack.undo()
    assert saved(project_path)["Trust/社区参与"] == ("#A5D6A7", 3)
    assert_agrees(qtbot, panel, bridge)


# -- menus and dialogs -----------------------------------------------------------
# What the offscreen platform says of every popup menu; not our warnings.
popup_menus = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def context_menu(qtbot, panel: CodeTreePanel, name: str | None, choose: str) -> list[str]:
    """Right-click on a code (or below the codes) and pick an entry with the keyboard."""
    viewport = panel.tree.viewport()
    pos = row_center(panel, name) if name else QPoint(40, viewport.height() - 5)
    qtbot.mouseClick(viewport, Qt.MouseButton.RightButton, pos=pos)
    seen: list[str] = []

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        enabled = [a for a in menu.actions() if a.isEnabled() and not a.isSeparator()]
        seen.extend(a.text().split("\t")[0] for a in enabled)
        menu.setActiveAction(next(a for a in enabled if a.text().startswith(choose)))
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(0, pick)
    # The platform sends this after a right-click; QTest does not go through it.
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, viewport.mapToGlobal(pos))
    QApplication.sendEvent(viewport, event)
    return seen


@popup_menus
def test_context_menu_colour_and_description(qtbot, monkeypatch, panel: CodeTreePanel,
                                             bridge: ProjectBridge,
                                             project_path: Path) -> None:
    monkeypatch.setattr(panel, "_pick_color", lambda current: "#123456")
    seen = context_menu(qtbot, panel, "社区参与", "Colour")
    assert seen == ["New code", "New sub-code", "Rename", "Colour…", "Description…",
                    "Find Similar Passages", "Merge into…", "Delete…"]
    assert saved(project_path)["Trust/社区参与"][0] == "#123456"
    icon = panel.model.index_of(code_id(bridge, "Trust/社区参与")).data(
        Qt.ItemDataRole.DecorationRole)
    assert icon.pixmap(14, 14).toImage().pixelColor(7, 7).name() == "#123456"
    monkeypatch.setattr(panel, "_ask_description", lambda current: "居民 taking part")
    context_menu(qtbot, panel, "社区参与", "Description")
    index = panel.model.index_of(code_id(bridge, "Trust/社区参与"))
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "居民 taking part"
    with Project.open(project_path) as reopened:
        assert reopened.find_code("Trust/社区参与").description == "居民 taking part"
    bridge.undo_stack.undo()
    bridge.undo_stack.undo()
    assert saved(project_path)["Trust/社区参与"][0] == "#A5D6A7"
    assert context_menu(qtbot, panel, None, "New code") == ["New code"]
    assert "New code" in saved(project_path)


@popup_menus
def test_merge_into_from_the_menu(qtbot, monkeypatch, panel: CodeTreePanel,
                                  bridge: ProjectBridge, project_path: Path) -> None:
    trust, health = code_id(bridge, "Trust"), code_id(bridge, "健康 Health")
    offered: list[list[int]] = []
    monkeypatch.setattr(panel, "_pick_merge_target",
                        lambda ids: offered.append(ids) or health)
    asked: list[str] = []
    monkeypatch.setattr(panel, "_confirm", lambda text, action: asked.append(text) or True)
    context_menu(qtbot, panel, "Trust", "Merge")
    assert offered == [[trust]]
    assert asked == ["Merge “Trust” into “健康 Health”? Its 2 codings in 2 transcripts and "
                     "its 2 sub-codes will move to “健康 Health”, and “Trust” will be removed. "
                     "You can undo this."]
    assert list(saved(project_path)) == ["Belonging", "健康 Health",
                                         "健康 Health/Distrust of officials",
                                         "健康 Health/社区参与"]
    assert saved(project_path)["健康 Health"][1] == 2
    assert_agrees(qtbot, panel, bridge)
    bridge.undo_stack.undo()
    assert saved(project_path)["Trust"] == ("#FFD54F", 2)


@popup_menus
def test_delete_names_what_would_be_lost(qtbot, monkeypatch, panel: CodeTreePanel,
                                         bridge: ProjectBridge, project_path: Path) -> None:
    before = saved(project_path)
    asked: list[str] = []
    answer = [False]
    monkeypatch.setattr(panel, "_confirm", lambda text, action: asked.append(text) or answer[0])
    panel.select_code(code_id(bridge, "Trust"))
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)
    assert asked == ["Delete “Trust” and its 2 sub-codes? 6 codings in 2 transcripts will "
                     "be removed. You can undo this."]
    assert saved(project_path) == before
    answer[0] = True
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)
    assert list(saved(project_path)) == ["Belonging", "健康 Health"]
    assert panel.visible_code_ids() == [code_id(bridge, "Belonging"),
                                        code_id(bridge, "健康 Health")]
    bridge.undo_stack.undo()
    assert saved(project_path) == before
    assert_agrees(qtbot, panel, bridge)
    assert panel.tree.isExpanded(view_index(panel, "Trust"))
    bridge.undo_stack.redo()
    assert list(saved(project_path)) == ["Belonging", "健康 Health"]
    context_menu(qtbot, panel, "Belonging", "Delete")
    assert asked[-1] == "Delete “Belonging”? No excerpts are coded with it. You can undo this."
    assert list(saved(project_path)) == ["健康 Health"]


def when_dialog_shows(handle) -> None:
    """Answer the next modal dialog with `handle(dialog)` once its loop is running."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, poll)
        else:
            handle(dialog)

    QTimer.singleShot(0, poll)


@popup_menus
def test_the_dialogs_themselves(qtbot, panel: CodeTreePanel, bridge: ProjectBridge) -> None:
    trust, health = code_id(bridge, "Trust"), code_id(bridge, "健康 Health")
    offered: list[str] = []

    def pick_health(dialog) -> None:
        listing = dialog.findChild(QListWidget)
        offered.extend(listing.item(row).text() for row in range(listing.count()))
        search = dialog.findChild(QLineEdit)
        type_text(qtbot, search, "健康")
        qtbot.keyClick(search, Qt.Key.Key_Return)

    when_dialog_shows(pick_health)
    assert panel._pick_merge_target([trust]) == health
    assert offered == ["Belonging", "健康 Health"]  # not Trust nor its sub-codes

    def describe(dialog) -> None:
        edit = dialog.findChild(QPlainTextEdit)
        edit.selectAll()
        type_text(qtbot, edit, "When people rely on 护士")
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    when_dialog_shows(describe)
    assert panel._ask_description("old") == "When people rely on 护士"
    when_dialog_shows(lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    assert panel._ask_description("old") is None

    def press(label: str):
        def click(box) -> None:
            button = next(b for b in box.buttons() if b.text() == label)
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        return click

    when_dialog_shows(press("Delete"))
    assert panel._confirm("Delete “Trust”?", "Delete") is True
    when_dialog_shows(press("Cancel"))
    assert panel._confirm("Delete “Trust”?", "Delete") is False

    def choose_colour(dialog) -> None:
        dialog.setCurrentColor(QColor("#336699"))
        dialog.accept()

    when_dialog_shows(choose_colour)
    assert panel._pick_color("#FFD54F") == "#336699"


def test_refused_rename_reports_one_sentence(qtbot, panel: CodeTreePanel,
                                             bridge: ProjectBridge) -> None:
    index = view_index(panel, "Belonging")
    with qtbot.waitSignal(bridge.error) as blocker:
        assert not panel.tree.model().setData(index, "Trust")
    assert blocker.args == ["There is already a code called “Trust” there."]
    assert bridge.undo_stack.count() == 0


def test_a_closed_panel_stops_listening(qtbot, bridge: ProjectBridge) -> None:
    panel = CodeTreePanel(bridge)
    with qtbot.waitSignal(panel.destroyed):
        panel.deleteLater()
    trust = code_id(bridge, "Trust")
    source = bridge.project.sources()[0].id
    assert bridge.run("add", lambda: bridge.project.add_code("Later", trust)) is not None
    assert bridge.run("code", lambda: bridge.project.add_coding(source, trust, 0, 5))
    bridge.undo_stack.undo()


def test_screenshot_with_chinese_names(qtbot, panel: CodeTreePanel, bridge: ProjectBridge,
                                       shots: Path) -> None:
    panel.resize(340, 260)
    panel.select_code(code_id(bridge, "Trust/社区参与"))
    qtbot.waitUntil(lambda: panel.tree.viewport().isVisible())
    panel.grab().save(str(shots / "code_tree.png"))
    header = panel.tree.header()
    # The counts' columns are wide enough for their headers: nothing is elided.
    for column in (CODINGS, TRANSCRIPTS):
        title = panel.model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(title)
