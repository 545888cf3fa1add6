"""File > Merge Project… as one undo step with its report; the agreement window opening
the comparison view at a double-clicked disagreement."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from annotator.project import Project
from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.window import team_actions
from tests.helpers import table_dump, write_txt

TEXT = "We met at the food bank. Trust came slowly, over months of small favours."


@pytest.fixture
def copies(tmp_path: Path) -> tuple[Path, Path]:
    base = tmp_path / "ana.annotator"
    with Project.create(base) as project:
        project.set_coder("Ana")
        source = project.import_file(write_txt(tmp_path, "one.txt", TEXT))
        trust = project.add_code("Trust")
        project.add_coding(source, trust, 25, 44)
    other = tmp_path / "bea.annotator"
    shutil.copy(base, other)
    with Project.open(other) as project:
        project.set_coder("Bea")
        (coding,) = project.codings()
        project.remove_coding(coding.id)
        project.add_coding(coding.source_id, coding.code_id, 25, 73)
    return base, other


def test_merge_from_the_menu_is_one_undo_step(qtbot, copies, monkeypatch) -> None:
    base, other = copies
    reports = []
    monkeypatch.setattr(team_actions, "show_report",
                        lambda _parent, title, text: reports.append((title, text)))
    bridge = ProjectBridge(Project.open(base))
    parent = QWidget()
    qtbot.addWidget(parent)
    before = table_dump(bridge.project.store)
    assert team_actions.merge_project(bridge, parent, other, add_edited=False,
                                      take_theirs=False)
    assert reports[0][0] == "Merged “bea.annotator”"
    assert "1 codings" in reports[0][1] or "1 coding" in reports[0][1]
    assert bridge.undo_stack.count() == 1
    assert sorted(c.coder for c in bridge.project.codings()) == ["Ana", "Bea"]
    bridge.undo_stack.undo()
    assert table_dump(bridge.project.store) == before
    errors = []
    bridge.error.connect(errors.append)
    assert not team_actions.merge_project(bridge, parent, base, add_edited=False,
                                          take_theirs=False)
    assert errors == ["A project cannot be merged into itself."]
    bridge.close()


def test_agreement_window_opens_the_comparison_at_a_disagreement(qtbot, copies,
                                                                 monkeypatch) -> None:
    base, other = copies
    monkeypatch.setattr(team_actions, "show_report", lambda *_args: None)
    bridge = ProjectBridge(Project.open(base))
    parent = QWidget()
    qtbot.addWidget(parent)
    team_actions.merge_project(bridge, parent, other, add_edited=False, take_theirs=False)
    page = team_actions.show_agreement(bridge, parent)
    page.set_coders("Ana", "Bea")
    page.table.setCurrentCell(0, 0)
    assert page.details.count() == 1
    opened = []
    real = team_actions.show_consensus
    monkeypatch.setattr(team_actions, "show_consensus",
                        lambda *args: opened.append(real(*args)) or opened[-1])
    page.details.itemActivated.emit(page.details.item(0))
    (view,) = opened
    assert view.current is not None and view.current.a_spans == ((25, 44),)
    assert view.current.b_spans == ((25, 73),)
    assert view.progress.text() == "0 of 1 disagreements resolved"
    assert len(parent.findChildren(team_actions._TeamWindow)) == 2
    bridge.close()
    bridge.deleteLater()  # as the main window does when it closes the project
    qtbot.waitUntil(lambda: not parent.findChildren(team_actions._TeamWindow))


def test_the_menus_merge_and_open_both_windows(qtbot, copies, monkeypatch) -> None:
    from PySide6.QtWidgets import QDialog, QFileDialog

    from annotator.ui.window.main_window import MainWindow

    base, other = copies
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(other), ""))
    monkeypatch.setattr(team_actions.MergeOptions, "exec",
                        lambda _self: QDialog.DialogCode.Accepted)
    reports = []
    monkeypatch.setattr(team_actions, "show_report", lambda *args: reports.append(args))
    window = MainWindow(remember=False)
    qtbot.addWidget(window)
    assert window.open_project(base)
    window.actions_by_name["merge_project"].trigger()
    assert reports and sorted(c.coder for c in window.project.codings()) == ["Ana", "Bea"]
    window.actions_by_name["agreement"].trigger()
    window.actions_by_name["compare_coders"].trigger()
    opened = window.findChildren(team_actions._TeamWindow)
    assert len(opened) == 2
    pages = [w.page for w in opened]
    assert any(getattr(p, "report", None) is not None for p in pages)
    window.close_project()
    qtbot.waitUntil(lambda: not window.findChildren(team_actions._TeamWindow))
    window.close()
