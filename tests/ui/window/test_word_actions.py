"""Word out of the window: annotated transcripts with progress, the report, the excerpts
table, and the partner's copy coming back."""

from __future__ import annotations

from pathlib import Path

import docx

from annotator.platform.demo import build_demo
from annotator.ui.window.main_window import MainWindow


def test_word_exports_and_comments_import_from_the_menu(qtbot, tmp_path: Path,
                                                        monkeypatch) -> None:
    demo = tmp_path / "Demo.annotator"
    build_demo(demo)
    folder = tmp_path / "out"
    monkeypatch.setattr("annotator.ui.window.word_actions.ask_folder", lambda _parent: folder)
    saves = iter([tmp_path / "themes.docx", tmp_path / "excerpts.xlsx"])
    monkeypatch.setattr("annotator.ui.window.word_actions.ask_save", lambda *_args: next(saves))
    reports: list[str] = []
    monkeypatch.setattr("annotator.ui.window.word_actions.show_report",
                        lambda _parent, _title, text: reports.append(text))
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_project(demo)

    window.actions_by_name["export_docx"].trigger()
    written = sorted(folder.glob("*.docx"))
    assert len(written) == 5
    chinese = next(p for p in written if "chinese" in p.name)
    assert "访谈者" in "\n".join(p.text for p in docx.Document(str(chinese)).paragraphs)

    window.actions_by_name["export_report"].trigger()
    headings = [p.text for p in docx.Document(str(tmp_path / "themes.docx")).paragraphs
                if p.style.name.startswith("Heading")]
    assert "Building partnership" in headings

    window.actions_by_name["export_excerpts"].trigger()
    assert (tmp_path / "excerpts.xlsx").stat().st_size > 1000
    assert "excerpts" in window.statusBar().currentMessage()

    # The partner sends the file back unchanged: the export's own comments are skipped.
    monkeypatch.setattr("annotator.ui.window.word_actions.ask_open", lambda _parent: chinese)
    window.actions_by_name["import_comments"].trigger()
    assert reports and "written by the export skipped" in reports[0]
    window.close()
