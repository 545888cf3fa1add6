"""The welcome page and the Help menu, used the way a person would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator.project import Project
from annotator.ui.dialogs.guide import GuideDialog
from annotator.ui.dialogs.shortcuts import ShortcutsDialog
from annotator.ui.pages.welcome import WelcomePage
from annotator.ui.shared.recent_projects import recent_projects, remember_project
from annotator.ui.window.actions import shortcut_groups
from annotator.ui.window.main_window import MainWindow


def make_project(path: Path) -> Path:
    Project.create(path).close()
    return path


def test_welcome_page_lists_recent_projects_and_opens_one(qtbot, tmp_path: Path,
                                                          shots: Path) -> None:
    first = make_project(tmp_path / "Partnership study.annotator")
    second = make_project(tmp_path / "Pilot.annotator")
    remember_project(first)
    remember_project(second)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    page = window.centralWidget()
    assert isinstance(page, WelcomePage) and page is window.empty
    names = [page.recent.item(i).text().split("\n")[0] for i in range(page.recent.count())]
    assert names == ["Pilot", "Partnership study"]
    assert window.hint.text() == "Open or create a project to begin."
    QApplication.processEvents()
    window.grab().save(str(shots / "welcome.png"))

    # Down to the second project, Enter: it opens.
    page.recent.setFocus()
    qtbot.keyClick(page.recent, Qt.Key.Key_Down)
    qtbot.keyClick(page.recent, Qt.Key.Key_Return)
    assert window.project is not None and window.project.path == first.resolve()
    assert window.windowTitle() == "Partnership study — Annotator"
    window.close_project()
    # Back on a fresh welcome page, where the project just opened comes first.
    page = window.centralWidget()
    assert isinstance(page, WelcomePage)
    assert page.recent.item(0).text().startswith("Partnership study")


def test_recent_projects_can_be_taken_off_the_list(qtbot, tmp_path: Path) -> None:
    paths = [make_project(tmp_path / f"{name}.annotator") for name in ("A", "B", "C")]
    for path in paths:
        remember_project(path)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.centralWidget()
    assert isinstance(page, WelcomePage)

    def listed() -> list[str]:
        return [page.recent.item(i).text().split("\n")[0] for i in range(page.recent.count())]

    assert listed() == ["C", "B", "A"]
    page.recent.setFocus()
    qtbot.keyClick(page.recent, Qt.Key.Key_Down)  # B
    qtbot.keyClick(page.recent, Qt.Key.Key_Delete)
    assert listed() == ["C", "A"] and page.recent.currentItem().text().startswith("A")
    assert all(path.exists() for path in paths)  # off the list, not off the disk
    assert [p.name for p in recent_projects()] == ["C.annotator", "A.annotator"]

    # File > Open Recent > Clear Recent Projects.
    recent_menu = next(a.menu() for a in window.menuBar().actions()[0].menu().actions()
                       if a.menu() is not None and "Recent" in a.text())
    recent_menu.aboutToShow.emit()
    clear = next(a for a in recent_menu.actions() if a.text() == "Clear Recent Projects")
    clear.trigger()
    assert listed() == [] and page.no_recent.isVisibleTo(page)
    recent_menu.aboutToShow.emit()
    assert [a.text() for a in recent_menu.actions()] == ["No recent projects"]


def test_welcome_page_opens_the_demo(qtbot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    page = window.centralWidget()
    assert isinstance(page, WelcomePage)
    assert not page.recent.isVisible() and page.no_recent.isVisible()
    qtbot.mouseClick(page.demo_button, Qt.MouseButton.LeftButton)
    assert window.project is not None and window.project.name == "Demo"
    assert len(window.project.sources()) == 5
    assert window.board is not None and window.tabs.indexOf(window.board) == 0
    assert window.hint.text() == "Select text, then press 1–9, Ctrl+K, or drag a code onto it."
    window.show_board()
    assert window.hint.text().startswith("Drop codes on a card")


def test_shortcuts_are_listed_from_the_menus(qtbot, shots: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    dialog = ShortcutsDialog(shortcut_groups(window.actions_by_name), window)
    qtbot.addWidget(dialog)
    rows: dict[str, list[tuple[str, str]]] = {}
    for i in range(dialog.tree.topLevelItemCount()):
        group = dialog.tree.topLevelItem(i)
        rows[group.text(0)] = [(group.child(j).text(0), group.child(j).text(1))
                               for j in range(group.childCount())]
    assert list(rows) == ["File", "Edit", "Code", "View", "Help", "Transcript", "Code tree",
                          "Theme board", "Quick code box", "Welcome page"]
    listed = {keys: what for group in rows.values() for keys, what in group}
    assert listed["Ctrl+B"] == "Theme Board"
    assert listed["Ctrl+I"] == "Import Transcripts"
    assert listed["Ctrl+Shift+N"] == "New Code"
    assert "Ctrl+K" in listed and "F2" in listed and "1 … 9" in listed
    # Every menu command that has keys is in the list, with those keys.
    for action in window.actions_by_name.values():
        for key in action.shortcuts():
            assert key.toString() in " ".join(listed), action.text()
    dialog.grab().save(str(shots / "shortcuts.png"))


def test_help_menu_opens_shortcuts_and_about(qtbot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    seen: list[str] = []

    def close_modal() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        seen.append(dialog.windowTitle())
        if isinstance(dialog, QMessageBox):
            seen.append(dialog.text())
        dialog.close()

    QTimer.singleShot(0, close_modal)
    window.actions_by_name["shortcuts"].trigger()
    QTimer.singleShot(0, close_modal)
    window.actions_by_name["about"].trigger()
    assert seen[0] == "Keyboard Shortcuts"
    assert seen[1] == "About Annotator" and "MIT licence" in seen[2]
    assert "Third-Party Licences" in seen[2]


def test_third_party_licences_are_shown_in_full(qtbot, shots: Path) -> None:
    from annotator.ui.dialogs.licences import LicencesDialog

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    texts: dict[str, str] = {}

    def read_each() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LicencesDialog)
        for row in range(dialog.list.count()):
            dialog.list.setCurrentRow(row)
            texts[dialog.list.item(row).text().split()[0]] = dialog.text.toPlainText()
        dialog.list.setCurrentRow(0)
        dialog.grab().save(str(shots / "licences.png"))
        dialog.close()

    QTimer.singleShot(0, read_each)
    window.actions_by_name["licences"].trigger()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in texts["PySide6-Essentials"]
    assert "Apache License" in texts["sqlite-utils"]
    assert all(text.strip() for text in texts.values())


def test_user_guide_opens_with_its_pictures_fitted(qtbot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    seen: list[tuple[str, int, int]] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, GuideDialog)
        QApplication.processEvents()
        pictures = sum(1 for _ in _pictures(dialog))
        seen.append((dialog.browser.toPlainText(), pictures,
                     dialog.browser.horizontalScrollBar().maximum()))
        dialog.close()

    guide = window.actions_by_name["user_guide"]
    assert "F1" in [key.toString() for key in guide.shortcuts()]
    QTimer.singleShot(0, look)
    guide.trigger()
    [(text, pictures, overflow)] = seen
    assert "Phase 1" in text and "Phase 6" in text
    assert pictures >= 6 and overflow == 0


def _pictures(dialog: GuideDialog):
    block = dialog.browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            if it.fragment().charFormat().isImageFormat():
                yield it.fragment()
            it += 1
        block = block.next()
