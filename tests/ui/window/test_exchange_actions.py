"""REFI-QDA in and out of the window: the Export menu, and .qdpx files dropped on it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QUrl

from annotator.platform.demo import build_demo
from annotator.project import Project
from annotator.ui.window.main_window import MainWindow
from tests.ui.drive import send_drop


def test_export_then_drop_the_qdpx_on_an_empty_project(qtbot, tmp_path: Path,
                                                       monkeypatch) -> None:
    demo = tmp_path / "Demo.annotator"
    build_demo(demo)
    out = tmp_path / "shared.qdpx"
    monkeypatch.setattr("annotator.ui.window.exchange_actions._save_name",
                        lambda *_args: out)
    reports: list[str] = []
    monkeypatch.setattr("annotator.ui.window.exchange_actions.show_report",
                        lambda _parent, _title, text: reports.append(text))
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_project(demo)
    window.actions_by_name["export_qdpx"].trigger()
    assert out.exists()
    assert "Exported 5 transcripts" in window.statusBar().currentMessage()

    target = tmp_path / "Fresh.annotator"
    Project.create(target).close()
    assert window.open_project(target)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(out))])
    assert send_drop(window, mime, QPoint(200, 200))
    assert reports and "5" in reports[0]
    assert len(window.project.sources()) == 5
    assert len(window.project.themes()) == 7
    window.bridge.undo_stack.undo()
    assert window.project.sources() == []
    window.close()
