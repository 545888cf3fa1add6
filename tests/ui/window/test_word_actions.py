"""Word out of the window: annotated transcripts with progress, the report, the excerpts
table, and the partner's copy coming back."""

from __future__ import annotations

from pathlib import Path

import docx

from annotator.platform.demo import build_demo
from annotator.project import Project
from annotator.ui.shared.i18n import install_language
from annotator.ui.window.main_window import MainWindow
from tests.formats.docx.stories import comment_bodies


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


def test_a_split_excerpt_is_continued_in_the_interface_language(
        qtbot, tmp_path: Path, monkeypatch, corpus_copy) -> None:
    """An excerpt from one text box into the next becomes two Word comments; the second
    is headed "(continued)" in the researcher's language, as the rest of the window."""
    path = tmp_path / "boxes.annotator"
    with Project.create(path) as project:
        source_id = project.import_file(
            corpus_copy("tricky-docx/pandoc__text_in_shape_format.docx"))
        first, second = project.paragraphs(source_id)[1:3]
        code = project.ensure_code_path("地点", "#1f77b4")
        project.add_coding(source_id, code, first.start, second.start + 11, coder="Ana")
    folder = tmp_path / "out"
    monkeypatch.setattr("annotator.ui.window.word_actions.ask_folder", lambda _parent: folder)
    reports: list[str] = []
    monkeypatch.setattr("annotator.ui.window.word_actions.show_report",
                        lambda _parent, _title, text: reports.append(text))
    install_language("zh_CN")
    try:
        window = MainWindow(remember=False)
        qtbot.addWidget(window)
        assert window.open_project(path)
        window.actions_by_name["export_docx"].trigger()
        window.close()
    finally:
        install_language("en")
    (written,) = folder.glob("*.docx")
    headings = sorted(body.split("\n")[0] for body in comment_bodies(written.read_bytes()).values())
    assert headings == ["地点", "地点（续）"]
    assert reports and "文本框" in reports[0]  # the note on the split, in Chinese too
