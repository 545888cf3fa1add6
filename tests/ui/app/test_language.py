"""The interface in Simplified Chinese: chosen in Preferences, the window comes back in
Chinese on the same project, and back in English the same way."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from annotator.platform import backups as project_backups
from annotator.project import Project
from annotator.ui.app import window_host
from annotator.ui.dialogs.preferences import PreferencesDialog
from annotator.ui.shared.i18n import (
    current_language,
    install_language,
    qm_file,
    system_language,
    tr,
)
from annotator.ui.window.main_window import MainWindow
from tests.helpers import write_txt
from tests.ui.drive import answer_refused_files

CHINESE_MENUS = ["文件(&F)", "编辑(&E)", "编码(&C)", "视图(&V)", "帮助(&H)"]
ENGLISH_MENUS = ["&File", "&Edit", "&Code", "&View", "&Help"]


@pytest.fixture
def english_again() -> Iterator[None]:
    yield
    install_language("en")
    for window in window_host.windows():
        window.close()
        window.deleteLater()


def choose_language(qtbot, window: MainWindow, code: str) -> MainWindow:
    """Edit > Preferences, pick `code` with the keyboard, OK; returns the new window."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreferencesDialog)
        dialog.language.setFocus()
        target = dialog.language.findData(code)
        while dialog.language.currentIndex() != target:
            qtbot.keyClick(dialog.language, Qt.Key.Key_Down
                           if dialog.language.currentIndex() < target else Qt.Key.Key_Up)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, run)
    window.actions_by_name["preferences"].trigger()
    qtbot.waitUntil(lambda: window not in window_host.windows())
    [new] = window_host.windows()
    qtbot.waitExposed(new)
    return new


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_switching_to_chinese_and_back(qtbot, tmp_path: Path, english_again: None,
                                       shots: Path) -> None:
    path = tmp_path / "研究.annotator"
    with Project.create(path) as project:
        project.import_file(write_txt(tmp_path, "李女士.txt", "访谈者：你们是怎么开始合作的？\n"))
        project.add_code("社区参与", color="#FFD54F")
    window = window_host.open_window(path, remember=True)
    qtbot.waitExposed(window)
    assert menu_titles(window) == ENGLISH_MENUS
    # Work done before the switch stays undoable after it.
    assert window.bridge is not None and window.project is not None
    window.bridge.run("Add code", lambda: window.project.add_code("Trust"))
    window.bridge.run("Add code", lambda: window.project.add_code("Distance"))
    window.actions_by_name["undo"].trigger()  # Distance undone: one step to redo
    backups = len(project_backups.backups(path))

    chinese = choose_language(qtbot, window, "zh_CN")
    assert current_language() == "zh_CN"
    assert menu_titles(chinese) == CHINESE_MENUS
    assert chinese.project is not None and chinese.project.path == path.resolve()
    assert len(project_backups.backups(path)) == backups  # handed over, not reopened
    stack = chinese.bridge.undo_stack if chinese.bridge else None
    assert stack is not None and (stack.count(), stack.index()) == (2, 1)
    # The step's name is the project's Message, shown in the new language.
    assert chinese.actions_by_name["undo"].text() == "撤销 新建编码“Trust”(&U)"
    chinese.actions_by_name["redo"].trigger()
    assert {c.name for c in chinese.project.codes()} == {"社区参与", "Trust", "Distance"}
    chinese.actions_by_name["undo"].trigger()
    chinese.actions_by_name["undo"].trigger()
    assert {c.name for c in chinese.project.codes()} == {"社区参与"}
    assert chinese.docks["codes"].windowTitle() == "编码"
    assert chinese.docks["documents"].windowTitle() == "转录稿"
    file_menu = chinese.menuBar().actions()[0].menu()
    assert file_menu is not None
    assert "打开项目(&O)…" in [a.text() for a in file_menu.actions()]
    chinese.resize(1400, 900)
    QApplication.processEvents()
    chinese.grab().save(str(shots / "window_chinese_ui.png"))
    # Qt's own words too: the standard buttons of its dialogs.
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"

    english = choose_language(qtbot, chinese, "en")
    assert current_language() == "en"
    assert menu_titles(english) == ENGLISH_MENUS
    assert english.project is not None and english.project.path == path.resolve()


def test_every_string_is_translated_into_chinese(qtbot, english_again: None) -> None:
    install_language("zh_CN")
    assert tr("&File") == "文件(&F)"
    assert tr("Theme board") != "Theme board"
    install_language("en")
    assert tr("&File") == "&File"


@pytest.mark.parametrize(("locale", "expected"), [
    ("zh_CN", "zh_CN"), ("zh_SG", "zh_CN"), ("zh_TW", "en"), ("en_GB", "en"), ("de_DE", "en"),
])
def test_system_language(locale: str, expected: str) -> None:
    assert system_language(QLocale(locale)) == expected


def test_translations_compile_once_into_the_cache(qtbot) -> None:
    first = qm_file("zh_CN")
    assert first is not None and first.is_file() and first.stat().st_size > 1000
    made = first.stat().st_mtime_ns
    assert qm_file("zh_CN") == first and first.stat().st_mtime_ns == made


def test_errors_from_the_project_are_shown_in_chinese(qtbot, tmp_path: Path,
                                                      english_again: None) -> None:
    path = tmp_path / "p.annotator"
    Project.create(path).close()
    install_language("zh_CN")
    window = MainWindow(remember=False)
    qtbot.addWidget(window)
    assert window.open_project(path)
    assert window.bridge is not None
    # A refused action: its sentence comes from the Qt-free layers, shown translated.
    assert window.bridge.run(tr("Rename code"),
                             lambda: window.bridge.project.rename_code(99, "x")) is None
    assert window.statusBar().currentMessage() == "该编码已不存在。"
    bad = tmp_path / "notes.txt"
    bad.write_bytes(b"")
    shown: list[str] = []
    answer_refused_files(shown)  # the refused files' dialog (issue 15, item 8)
    window.import_files([bad])
    [message] = shown
    assert "notes.txt" in message and not any("a" <= c <= "z" for c in message.replace(
        "notes.txt", "")), message


def test_shortcuts_list_reads_cleanly_in_chinese(qtbot, english_again: None) -> None:
    from annotator.ui.dialogs.shortcuts import ShortcutsDialog
    from annotator.ui.window.actions import shortcut_groups

    install_language("zh_CN")
    window = MainWindow(remember=False)
    qtbot.addWidget(window)
    dialog = ShortcutsDialog(shortcut_groups(window.actions_by_name), window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "键盘快捷键"
    groups = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    assert [g.text(0) for g in groups][:5] == ["文件", "编辑", "编码", "视图", "帮助"]
    rows = {g.child(j).text(0): g.child(j).text(1) for g in groups for j in range(g.childCount())}
    assert rows["Ctrl+B"] == "主题看板"
    assert not any("(" in text and "&" not in text and text.endswith(")") and len(text) < 12
                   for text in rows.values())


def test_theme_report_is_written_in_the_interface_language(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, english_again: None) -> None:
    import docx

    from annotator.platform.demo import build_demo

    demo = tmp_path / "Demo.annotator"
    build_demo(demo)
    install_language("zh_CN")
    out = tmp_path / "主题.docx"
    monkeypatch.setattr("annotator.ui.window.word_actions.ask_save", lambda *_args: out)
    window = MainWindow(remember=False)
    qtbot.addWidget(window)
    assert window.open_project(demo)
    window.actions_by_name["export_report"].trigger()
    document = docx.Document(str(out))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "主题报告：Demo"
    assert document.core_properties.title == "主题报告：Demo"
    headings = {p.text for p in document.paragraphs if p.style.name.startswith("Heading")}
    assert {"编码", "示例摘录", "附录：反思日志"} <= headings
    assert any(t in {"候选主题", "已审查主题", "最终主题"} for t in texts)
    # Each extract is attributed in Chinese punctuation: "—— 某人（P1_food_bank，第 12 段）".
    attributions = [t for t in texts if t.startswith("—— ")]
    assert attributions and all("段）" in t for t in attributions)
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert bullets and all(t.endswith("处编码）") for t in bullets), bullets[:3]
