"""Every pane follows what changed: after 200 random actions with undos and redos, made
through the bridge as the window makes them, each pane of the open window shows what
the same pane built fresh from the file shows (hidden panes catch up when shown)."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QTreeWidget

from annotator.platform.demo import build_demo
from annotator.project import Project
from annotator.ui.board.panel import BoardPanel
from annotator.ui.codes.tree_panel import CodeTreePanel
from annotator.ui.pages.participants import ParticipantsPanel
from annotator.ui.panes.documents import DocumentsPanel
from annotator.ui.panes.memos import MemosPane
from annotator.ui.panes.retrieval import RetrievalPanel
from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.window.main_window import MainWindow

ACTIONS = 200
DISPLAY = Qt.ItemDataRole.DisplayRole


def item_rows(model: QAbstractItemModel, parent: QModelIndex = QModelIndex()) -> list:  # noqa: B008
    """Every row's displayed texts, children under their parent, in order."""
    rows = []
    for row in range(model.rowCount(parent)):
        cells = [model.index(row, col, parent).data(DISPLAY)
                 for col in range(model.columnCount(parent))]
        rows.append((cells, item_rows(model, model.index(row, 0, parent))))
    return rows


def tree_widget_rows(tree: QTreeWidget, sort: bool = False) -> list:
    rows = [[tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
            for i in range(tree.topLevelItemCount())]
    return sorted(rows) if sort else rows


def code_rows(panel: CodeTreePanel) -> list:
    model = panel.model
    return [(cid, [model.index_of(cid, col).data(DISPLAY) for col in range(3)],
             model.code(cid)) for cid in model.tree_ids()]


def board_state(board: BoardPanel) -> dict:
    scene = board.scene
    return {tid: (card.theme, [chip.data for chip in card.chips()])
            for tid, card in scene.cards.items()} | {"links": sorted(scene.links)}


def panes_state(documents: DocumentsPanel, codes: CodeTreePanel, memos: MemosPane,
                retrieval: RetrievalPanel, board: BoardPanel,
                participants: ParticipantsPanel) -> dict:
    return {"documents": item_rows(documents.model), "codes": code_rows(codes),
            "memos": tree_widget_rows(memos.tree, sort=True),
            "retrieval": tree_widget_rows(retrieval.list), "board": board_state(board),
            "participants": item_rows(participants.model)}


class RandomActions:
    """One seeded user action at a time, through `bridge.run` as the widgets call it."""

    def __init__(self, bridge: ProjectBridge, rng: random.Random) -> None:
        self.bridge, self.project, self.rng = bridge, bridge.project, rng
        self.count = 0

    def run(self) -> None:
        choices: list[tuple[int, Callable[[], object]]] = [
            (30, self.add_coding), (10, self.remove_coding), (5, self.coding_memo),
            (4, self.add_code), (3, self.rename_code), (2, self.delete_code),
            (2, self.merge_codes), (3, self.code_memo), (2, self.source_memo),
            (3, self.theme_code), (2, self.add_theme), (2, self.assign_case),
            (2, self.rename_source),
        ]
        weights = [w for w, _f in choices]
        action = self.rng.choices([f for _w, f in choices], weights)[0]
        self.count += 1
        self.bridge.run("random action", action)

    def _codes(self) -> list[int]:
        return [c.id for c in self.project.codes()]

    def add_coding(self) -> None:
        sources = self.project.sources()
        source = self.rng.choice(sources)
        size = self.rng.randint(5, 200)
        start = self.rng.randrange(0, max(1, source.length - size))
        self.project.add_coding(source.id, self.rng.choice(self._codes()), start,
                                min(source.length, start + size))

    def _coding(self) -> int | None:
        codings = self.project.codings()
        return self.rng.choice(codings).id if codings else None

    def remove_coding(self) -> None:
        coding = self._coding()
        if coding is not None:
            self.project.remove_coding(coding)

    def coding_memo(self) -> None:
        coding = self._coding()
        if coding is not None:
            self.project.set_coding_memo(coding, f"excerpt memo {self.count}")

    def add_code(self) -> None:
        codes = self._codes()
        parent = self.rng.choice([None, *codes])
        self.project.add_code(f"code {self.count}", parent_id=parent)

    def rename_code(self) -> None:
        self.project.rename_code(self.rng.choice(self._codes()), f"renamed {self.count}")

    def delete_code(self) -> None:
        codes = self._codes()
        if len(codes) > 4:
            self.project.delete_code(self.rng.choice(codes))

    def merge_codes(self) -> None:
        codes = self._codes()
        if len(codes) > 4:
            source, target = self.rng.sample(codes, 2)
            self.project.merge_codes(source, target)

    def code_memo(self) -> None:
        self.project.set_memo("code", self.rng.choice(self._codes()), f"code memo {self.count}")

    def source_memo(self) -> None:
        source = self.rng.choice(self.project.sources())
        self.project.set_memo("source", source.id, f"transcript memo {self.count}")

    def theme_code(self) -> None:
        themes = self.project.themes()
        if themes:
            self.project.add_code_to_theme(self.rng.choice(themes).id,
                                           self.rng.choice(self._codes()))

    def add_theme(self) -> None:
        self.project.theme_from_codes(f"theme {self.count}",
                                      self.rng.sample(self._codes(), 2))

    def assign_case(self) -> None:
        cases = self.project.cases()
        source = self.rng.choice(self.project.sources())
        if cases:
            self.project.assign_source_to_case(source.id, self.rng.choice(cases).id)

    def rename_source(self) -> None:
        source = self.rng.choice(self.project.sources())
        self.project.rename_source(source.id, f"{source.name[:20]} {self.count}")


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "Demo.annotator"
    build_demo(path)
    return path


def test_panes_equal_fresh_ones_after_200_random_actions(qtbot, demo: Path) -> None:
    window = MainWindow(remember=False)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    assert window.open_project(demo)
    window.show()
    qtbot.waitExposed(window)
    bridge, tools = window.bridge, window.tools
    assert bridge is not None and tools is not None and window.documents is not None
    assert window.codes_panel is not None and window.retrieval is not None
    assert window.board is not None
    shown_codes = [c.id for c in bridge.project.codes()][:3]
    window.retrieval.show_codes(shown_codes)
    window.show_page("participants")
    window.open_source(window.documents.source_ids()[0])  # the pages behind: hidden
    rng = random.Random(13)
    actions = RandomActions(bridge, rng)
    stack = bridge.undo_stack
    for step in range(ACTIONS):
        roll = rng.random()
        if roll < 0.15 and stack.canUndo():
            stack.undo()  # Edit > Undo
        elif roll < 0.22 and stack.canRedo():
            stack.redo()
        else:
            actions.run()
        if step % 25 == 0:  # now and then a pane is brought forward mid-way
            window.show_dock(rng.choice(["memos", "search", "retrieval"]))
            QApplication.processEvents()
    # Every pane on screen: those that were hidden catch up now.
    for key in ("memos", "retrieval"):
        window.show_dock(key)
    window.show_board()
    window.show_page("participants")
    QApplication.processEvents()

    fresh_project = Project.open(demo)
    fresh = ProjectBridge(fresh_project)
    try:
        panes = (DocumentsPanel(fresh), CodeTreePanel(fresh), MemosPane(fresh),
                 RetrievalPanel(fresh), BoardPanel(fresh), ParticipantsPanel(fresh))
        for pane in panes:
            qtbot.addWidget(pane)
        panes[3].show_codes([c for c in shown_codes
                             if c in {code.id for code in fresh_project.codes()}])
        panes[5].refresh()
        QApplication.processEvents()
        window.show_dock("memos")
        live = panes_state(window.documents, window.codes_panel, tools.memos, window.retrieval,
                           window.board, tools.participants)
        window.show_dock("retrieval")
        live["retrieval"] = tree_widget_rows(window.retrieval.list)
        expected = panes_state(*panes)
        for key in expected:
            assert live[key] == expected[key], key
        assert len(bridge.project.codings()) != 0
    finally:
        fresh.close()


def test_a_hidden_pane_does_nothing_until_shown(qtbot, demo: Path) -> None:
    window = MainWindow(remember=False)
    qtbot.addWidget(window)
    assert window.open_project(demo)
    window.show()
    qtbot.waitExposed(window)
    tools, bridge = window.tools, window.bridge
    assert tools is not None and bridge is not None
    window.show_dock("search")  # the memos pane shares its place: hidden now
    QApplication.processEvents()
    assert tools.memos.visibleRegion().isEmpty()  # Qt still calls it "visible"
    code = bridge.project.codes()[0].id
    before = list(tools.memos.rows)
    for n in range(3):
        bridge.run("memo", lambda n=n: bridge.project.set_memo("code", code, f"memo {n}"))
    assert tools.memos.rows == before  # not read again while hidden
    window.show_dock("memos")
    QApplication.processEvents()
    assert any(row.body == "memo 2" for row in tools.memos.rows)
    assert not any(row.body in ("memo 0", "memo 1") for row in tools.memos.rows)
