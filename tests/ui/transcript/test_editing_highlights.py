"""The coding highlights move with the text: after every keyboard edit (typing, Backspace,
Delete, Ctrl+Backspace, Enter, typing over a selection, paste) and every undo, the
edited pane shows exactly what a pane opened afresh on the project's text shows:
the same characters in the same colours, labels in bold, the same codings in its
index and margin, the same paragraph starts."""

from __future__ import annotations

import random
from bisect import bisect_left
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor

from annotator.project import Project
from annotator.ui.transcript.panel import TranscriptPanel
from annotator.ui.window.main_window import MainWindow
from tests.helpers import write_txt
from tests.ui.drive import active_window

LINES = [
    "Interviewer: How did the partnership with the clinic begin?",
    "Ana: The clinic 😀 called us about the students, and we said yes at once.",
    "Interviewer: And then what happened in the first year?",
    "Ana: We met every week; 社区参与很重要 𠀋, the nurses said, and it grew.",
    "Ana: Then the funding stopped and we had to find another way to keep going.",
    "Interviewer: Who helped most?",
    "Ana: Ruth did. She knew everybody at the council and at the church hall.",
]
STEPS = 40
SEEDS = (16, 3)


def runs(panel: TranscriptPanel) -> list[tuple[int, int, str, int, str]]:
    """(start, end, background, weight, foreground) of the document's runs of equal format,
    in UTF-16 positions, adjacent equal runs merged."""
    found: list[tuple[int, int, str, int, str]] = []
    block = panel.view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            background = fmt.background().color().name() if fmt.hasProperty(
                fmt.Property.BackgroundBrush) else ""
            foreground = fmt.foreground().color().name() if fmt.hasProperty(
                fmt.Property.ForegroundBrush) else ""
            key = (background, fmt.fontWeight(), foreground)
            start, end = fragment.position(), fragment.position() + fragment.length()
            if found and found[-1][1] >= start - 1 and found[-1][2:] == key:
                found[-1] = (found[-1][0], end, *key)
            else:
                found.append((start, end, *key))
            it += 1
        block = block.next()
    return found


def state(panel: TranscriptPanel) -> dict[str, object]:
    layer = panel.view.layer
    return {"text": panel.view.toPlainText(), "runs": runs(panel),
            "codings": sorted((c.id, c.start, c.end, c.code_id, c.memo)
                              for c in layer.codings.values()),
            "index": sorted(layer.index.items(), key=lambda t: t[2]),
            "newlines": list(layer.newlines), "length": layer.offsets.codepoint_length,
            "utf16": layer.offsets.utf16_length}


def columns_apart(panel: TranscriptPanel) -> bool:
    """Every coding has a margin column, and codings sharing a paragraph differ in it
    (the plan may differ from a fresh one: stripes do not hop when others change)."""
    layer = panel.view.layer
    columns = panel.margin.columns()
    rows = {c.id: (bisect_left(layer.newlines, c.start), bisect_left(layer.newlines, c.end - 1))
            for c in layer.codings.values()}
    if set(columns) != set(rows):
        return False
    return all(columns[a] != columns[b] for a in rows for b in rows
               if a < b and rows[a][0] <= rows[b][1] and rows[b][0] <= rows[a][1])


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "study.annotator"
    rng = random.Random(7)
    with Project.create(path) as project:
        source = project.import_file(write_txt(tmp_path, "Ana.txt", "\n".join(LINES) + "\n"))
        codes = [project.add_code(name, color=color) for name, color in (
            ("Contact", "#81D4FA"), ("Growth", "#FFD54F"), ("Money", "#EF9A9A"),
            ("People", "#1A237E"))]
        length = len(project.source(source).text)
        for _ in range(18):
            start = rng.randrange(0, length - 5)
            end = min(length, start + rng.randint(2, 60))
            project.add_coding(source, rng.choice(codes), start, end,
                               memo=rng.choice(["", "a memo"]))
        project.history.clear()
    return path


@pytest.fixture
def window(qtbot, project_path: Path) -> MainWindow:
    return active_window(qtbot, project_path)


def fresh(qtbot, window: MainWindow, source_id: int) -> dict[str, object]:
    other = TranscriptPanel(window.bridge)
    qtbot.addWidget(other)
    other.resize(900, 700)
    other.show_source(source_id)
    seen = state(other)
    other.detach()
    other.close()
    return seen


@pytest.mark.parametrize("seed", SEEDS)
def test_every_edit_and_undo_looks_as_the_text_opened_afresh(qtbot, window: MainWindow,
                                                            seed: int) -> None:
    assert window.project is not None
    source_id = window.project.sources()[0].id
    panel = window.open_source(source_id)
    view = panel.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert panel.edit_mode.enabled
    rng = random.Random(seed)
    QGuiApplication.clipboard().setText("pasted\ntwo lines")
    done = 0
    for _step in range(STEPS):
        text = view.toPlainText()
        caret = rng.randrange(0, len(text) + 1)
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.offsets.to_utf16(caret))
        choice = rng.choice(["type", "type", "backspace", "delete", "word", "enter",
                             "over", "paste"])
        if choice == "over":
            end = min(len(text), caret + rng.randint(1, 25))
            cursor.setPosition(view.offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        view.setTextCursor(cursor)
        before = window.bridge.undo_stack.index()
        if choice in ("type", "over"):
            qtbot.keyClicks(view, rng.choice(["x", "new words ", "ok"]))
        elif choice == "backspace":
            for _ in range(rng.randint(1, 4)):
                qtbot.keyClick(view, Qt.Key.Key_Backspace)
        elif choice == "delete":
            qtbot.keyClick(view, Qt.Key.Key_Delete)
        elif choice == "word":
            qtbot.keyClick(view, Qt.Key.Key_Backspace, Qt.KeyboardModifier.ControlModifier)
        elif choice == "enter":
            qtbot.keyClick(view, Qt.Key.Key_Return)
        else:
            qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        done += window.bridge.undo_stack.index() - before
        assert view.toPlainText() == window.project.source(source_id).text
        assert state(panel) == fresh(qtbot, window, source_id), choice
        assert columns_apart(panel)
    assert done > STEPS // 2
    while window.bridge.undo_stack.canUndo():
        qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert state(panel) == fresh(qtbot, window, source_id)
    assert view.toPlainText() == "\n".join(LINES) + "\n"
