"""Retrieval in the window, as a researcher reads it: a parent code clicked in the tree
lists its sub-codes' excerpts too, each between a line of context; the switch takes
them out; with two coders' work merged, a coder filter and each excerpt's coder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QTreeWidget

from annotator.project import Project
from annotator.ui.panes.excerpt_delegate import CONTEXT
from annotator.ui.shared.i18n import install_language
from annotator.ui.window.main_window import MainWindow
from tests.helpers import write_txt

TEXT = (
    "Interviewer: Did they keep their word?\n"
    "P1: They promised a minibus and it never came. We stopped believing them after that.\n"
    "Interviewer: And now?\n"
    "P1: Now we trust the nurses, not the office.\n"
)


def span(phrase: str) -> tuple[int, int]:
    start = TEXT.index(phrase)
    return start, start + len(phrase)


def build(path: Path, folder: Path, coder: str = "Ana Lee") -> None:
    with Project.create(path) as project:
        project.set_coder(coder)
        ana = project.import_file(write_txt(folder, "Ana.txt", TEXT))
        trust = project.add_code("Trust")
        broken = project.ensure_code_path("Trust/Broken promises")
        project.add_coding(ana, trust, *span("we trust the nurses"))
        project.add_coding(ana, broken, *span("They promised a minibus"))
        project.add_coding(ana, trust, *span("We stopped believing them"))
        project.add_coding(ana, broken, *span("We stopped believing them"))  # counted once
        project.history.clear()


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "study.annotator"
    build(path, tmp_path)
    return path


def open_window(qtbot, path: Path) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_project(path)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_dock("retrieval")
    return window


def click_code(qtbot, window: MainWindow, name: str) -> None:
    panel = window.codes_panel
    assert panel is not None
    tree = panel.tree
    model = tree.model()
    found = model.match(model.index(0, 0), Qt.ItemDataRole.DisplayRole, name, 1,
                        Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
    assert found, name
    tree.scrollTo(found[0])
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=tree.visualRect(found[0]).center())


def rows(listing: QTreeWidget) -> list[tuple[str, str, str, tuple[str, str, str]]]:
    """(code, excerpt, coder, (before, words, after)) of each row, top to bottom."""
    return [(item.text(2), item.text(3), item.text(4), item.data(3, CONTEXT))
            for item in (listing.topLevelItem(i) for i in range(listing.topLevelItemCount()))]


def choose(qtbot, box: QComboBox, text: str) -> None:
    """Pick an entry as the keyboard does: focus the box, move with the arrows."""
    box.setFocus()
    while box.currentText() != text:
        before = box.currentIndex()
        qtbot.keyClick(box, Qt.Key.Key_Down)
        assert box.currentIndex() != before, text


def test_a_parent_lists_its_sub_codes_with_context_each_once(qtbot, project_path: Path,
                                                             shots: Path) -> None:
    window = open_window(qtbot, project_path)
    retrieval = window.retrieval
    assert retrieval is not None
    click_code(qtbot, window, "Trust")
    qtbot.waitUntil(lambda: retrieval.list.topLevelItemCount() == 3)
    assert retrieval.sub_codes.isVisible() and retrieval.sub_codes.isChecked()
    assert rows(retrieval.list) == [
        ("Broken promises", "They promised a minibus", "Ana Lee",
         ("P1: ", "They promised a minibus",
          " and it never came. We stopped believing them after that.")),
        ("Trust, Broken promises", "We stopped believing them", "Ana Lee",
         ("P1: They promised a minibus and it never came. ", "We stopped believing them",
          " after that.")),
        ("Trust", "we trust the nurses", "Ana Lee",
         ("P1: Now ", "we trust the nurses", ", not the office.")),
    ]
    assert retrieval.summary.text() == "3 excerpts in 1 transcript: Trust, with sub-codes"
    # One coder: no filter, no Coder column.
    assert retrieval.list.isColumnHidden(4) and not retrieval.coder.isVisible()
    # Each row is as tall as its lines: context, the words, context.
    first = retrieval.list.visualItemRect(retrieval.list.topLevelItem(0))
    assert first.height() >= 3 * retrieval.list.fontMetrics().lineSpacing()
    window.grab().save(str(shots / "retrieval_sub_codes_1366x768.png"))

    # Switched off by mouse: only the parent's own excerpts.
    box = retrieval.sub_codes
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    qtbot.waitUntil(lambda: retrieval.list.topLevelItemCount() == 2)
    assert [row[:2] for row in rows(retrieval.list)] == [
        ("Trust", "We stopped believing them"), ("Trust", "we trust the nurses")]
    assert retrieval.summary.text() == "2 excerpts in 1 transcript: Trust"

    # A code without sub-codes: the switch has nothing to add.
    click_code(qtbot, window, "Broken promises")
    qtbot.waitUntil(lambda: retrieval.list.topLevelItemCount() == 2)
    assert not retrieval.sub_codes.isVisible()
    # Back on the parent, the researcher's choice holds; on again, the children return.
    click_code(qtbot, window, "Trust")
    qtbot.waitUntil(lambda: retrieval.list.topLevelItemCount() == 2)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    qtbot.waitUntil(lambda: retrieval.list.topLevelItemCount() == 3)


def test_a_new_sub_code_coding_shows_under_its_parent(qtbot, project_path: Path) -> None:
    window = open_window(qtbot, project_path)
    retrieval = window.retrieval
    assert retrieval is not None and window.project is not None
    click_code(qtbot, window, "Trust")
    qtbot.waitUntil(lambda: retrieval.list.topLevelItemCount() == 3)
    project = window.project
    ana = project.source_by_name("Ana").id
    late = project.ensure_code_path("Trust/Broken promises/Late")
    window.bridge.run("", lambda: project.add_coding(ana, late, *span("the office")))
    qtbot.waitUntil(lambda: retrieval.list.topLevelItemCount() == 4)
    assert rows(retrieval.list)[-1][0] == "Broken promises/Late"


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_two_coders_merged_can_be_read_apart(qtbot, tmp_path: Path, shots: Path,
                                            language: str) -> None:
    ours, theirs = tmp_path / "ours.annotator", tmp_path / "theirs.annotator"
    build(ours, tmp_path)
    shutil.copy(ours, theirs)
    with Project.open(theirs) as project:
        project.set_coder("Ben Wu")
        ana = project.source_by_name("Ana").id
        trust = project.find_code("Trust")
        assert trust is not None
        project.add_coding(ana, trust.id, *span("not the office"))
    with Project.open(ours) as project:
        project.team.merge(theirs)
        assert project.team.coders() == ["Ana Lee", "Ben Wu"]
    install_language(language)
    try:
        window = open_window(qtbot, ours)
        retrieval = window.retrieval
        assert retrieval is not None
        click_code(qtbot, window, "Trust")
        qtbot.waitUntil(lambda: retrieval.list.topLevelItemCount() == 4)
        assert retrieval.coder.isVisible() and not retrieval.list.isColumnHidden(4)
        assert [retrieval.coder.itemText(i) for i in range(1, retrieval.coder.count())] == [
            "Ana Lee", "Ben Wu"]
        assert [(row[1], row[2]) for row in rows(retrieval.list)] == [
            ("They promised a minibus", "Ana Lee"), ("We stopped believing them", "Ana Lee"),
            ("we trust the nurses", "Ana Lee"), ("not the office", "Ben Wu")]
        window.grab().save(str(shots / f"retrieval_coders_{language}_1366x768.png"))
        choose(qtbot, retrieval.coder, "Ben Wu")
        qtbot.waitUntil(lambda: retrieval.list.topLevelItemCount() == 1)
        assert rows(retrieval.list)[0][1:3] == ("not the office", "Ben Wu")
        qtbot.keyClick(retrieval.coder, Qt.Key.Key_Home)  # back to "All coders"
        qtbot.waitUntil(lambda: retrieval.list.topLevelItemCount() == 4)
    finally:
        install_language("en")
