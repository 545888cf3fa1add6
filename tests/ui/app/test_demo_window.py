"""`annotator --demo`: the demo project is built on first use and opens in the window."""

from __future__ import annotations

from pathlib import Path

from annotator.cli import main as cli
from annotator.ui.window.main_window import MainWindow


def test_demo_flag_builds_once_and_opens(qtbot, monkeypatch, shots: Path) -> None:
    opened: list[Path | None] = []
    monkeypatch.setattr("annotator.ui.app.application.run_app",
                        lambda path: opened.append(path) or 0)
    assert cli.main(["--demo"]) == 0
    [path] = opened
    assert path is not None and path.name == "Demo.annotator" and path.exists()
    built = path.stat().st_mtime_ns
    assert cli.main(["--demo"]) == 0
    assert path.stat().st_mtime_ns == built, "the demo is built only when absent"

    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_project(path)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "Demo — Annotator"
    assert window.documents is not None and len(window.documents.source_ids()) == 5
    assert window.codes_panel is not None and window.codes_panel.model.rowCount() > 3
    panel = window.current_panel()
    assert panel is not None and "Interviewer:" in panel.view.toPlainText()
    # The demo opens with its themes on the board, in the tab beside the transcript.
    assert window.board is not None and window.tabs.indexOf(window.board) == 0
    assert len(window.board.scene.cards) == len(window.project.themes()) == 7
    window.grab().save(str(shots / "demo_english.png"))
    project = window.project
    assert project is not None
    panel = window.open_source(project.source_by_name("P5_chinese_community_centre").id)
    assert panel is not None and "访谈者" in panel.view.toPlainText()
    window.grab().save(str(shots / "demo_chinese.png"))
