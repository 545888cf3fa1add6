"""`annotator --demo`: the demo project is built on first use and opens in the window."""

from __future__ import annotations

from pathlib import Path

from annotator import cli
from annotator.ui.main_window import MainWindow


def test_demo_flag_builds_once_and_opens(qtbot, monkeypatch, shots: Path) -> None:
    opened: list[Path | None] = []
    monkeypatch.setattr("annotator.ui.app.run_app", lambda path: opened.append(path) or 0)
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
    assert window.sources_list.count() == 5
    assert window.code_tree.topLevelItemCount() > 3
    window.sources_list.setCurrentRow(0)
    first = window.transcript.toPlainText()
    assert "Interviewer:" in first
    window.grab().save(str(shots / "demo_english.png"))
    chinese_row = next(i for i in range(5) if "chinese" in window.sources_list.item(i).text())
    window.sources_list.setCurrentRow(chinese_row)
    assert "访谈者" in window.transcript.toPlainText()
    window.grab().save(str(shots / "demo_chinese.png"))
