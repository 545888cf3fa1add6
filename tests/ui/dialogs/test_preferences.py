"""Edit > Preferences as a person uses it: the dialog is opened from the menu, filled
in with the keyboard and accepted; the app follows at once and the choice is kept."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QDialogButtonBox, QSpinBox

from annotator.project import Project, default_backup_root
from annotator.store.backups import list_backups
from annotator.ui.dialogs.preferences import PreferencesDialog
from annotator.ui.shared.preferences import Preferences, load_preferences, save_preferences
from annotator.ui.shared.theme import apply_theme, is_dark
from annotator.ui.window.main_window import MainWindow
from tests.helpers import write_txt
from tests.ui.drive import drag_select, stored

TEXT = "Interviewer: How did it begin?\nAna: The clinic called us about the students.\n"


@pytest.fixture
def light_again() -> Iterator[None]:
    yield
    apply_theme("light")


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    path = tmp_path / "study.annotator"
    with Project.create(path) as project:
        project.import_file(write_txt(tmp_path, "Ana.txt", TEXT))
        project.add_code("Contact", color="#81D4FA")
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_project(path)
    win.show()
    qtbot.waitExposed(win)
    return win


def in_dialog(act: Callable[[PreferencesDialog], None]) -> list[str]:
    """Run `act` on the Preferences dialog once it is up (it is modal), then press OK."""
    seen: list[str] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreferencesDialog)
        seen.append(dialog.windowTitle())
        act(dialog)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        ok.click()

    QTimer.singleShot(0, run)
    return seen


def choose(qtbot, combo: QComboBox, data: str) -> None:
    """Pick an entry the way the keyboard does: focus, then arrow keys."""
    combo.setFocus()
    target = combo.findData(data)
    assert target >= 0
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def set_spin(qtbot, spin: QSpinBox, value: int) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))
    assert spin.value() == value


def test_preferences_apply_at_once_and_are_kept(qtbot, window: MainWindow, tmp_path: Path,
                                                light_again: None, shots: Path) -> None:
    project_path = window.project.path
    panel = window.open_source(window.project.sources()[0].id)
    default_size = panel.view.font().pointSize()

    def fill(dialog: PreferencesDialog) -> None:
        dialog.coder.setFocus()
        qtbot.keyClicks(dialog.coder, "Dr Mei Chen")
        set_spin(qtbot, dialog.backups, 4)
        set_spin(qtbot, dialog.font_size, 16)
        choose(qtbot, dialog.theme, "dark")
        dialog.grab().save(str(shots / "preferences_dialog.png"))

    seen = in_dialog(fill)
    window.actions_by_name["preferences"].trigger()
    assert seen == ["Preferences"]

    # The app follows at once: dark colours, a larger transcript font, the coder name.
    assert is_dark(QApplication.palette())
    assert panel.view.font().pointSize() == 16 != default_size
    QApplication.processEvents()  # the palette reaches widgets as posted events
    assert is_dark(window.palette()) and is_dark(panel.view.palette())
    window.grab().save(str(shots / "preferences_dark_window.png"))
    text = panel.view.toPlainText()
    start = text.index("The clinic")
    drag_select(qtbot, panel.view, start, start + len("The clinic called us"))
    qtbot.keyClick(panel.view, Qt.Key.Key_1)
    window.close()
    with Project.open(project_path) as project:
        assert [c.coder for c in project.codings()] == ["Dr Mei Chen"]
    assert [row[4] for row in stored(project_path)] == ["The clinic called us"]

    # Kept for next time, in the user's settings, not in the project.
    assert load_preferences() == Preferences(language="system", theme="dark",
                                             coder="Dr Mei Chen", backups=4,
                                             transcript_font_size=16)
    assert QSettings().value("backups/keep") in (4, "4")


def test_cancel_changes_nothing(qtbot, window: MainWindow) -> None:
    before = load_preferences()

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        assert isinstance(dialog, PreferencesDialog)
        qtbot.keyClicks(dialog.coder, "Someone")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, run)
    window.actions_by_name["preferences"].trigger()
    assert load_preferences() == before
    assert not is_dark(QApplication.palette())


def test_backups_taken_on_open_follow_the_preference(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "kept.annotator"
    Project.create(path).close()
    save_preferences(Preferences(backups=2))
    for _ in range(4):
        win = MainWindow()
        qtbot.addWidget(win)
        assert win.open_project(path)
        win.close()
    assert len(list_backups(path, default_backup_root())) == 2


def test_unknown_settings_fall_back_to_defaults(qtbot) -> None:
    settings = QSettings()
    settings.setValue("ui/language", "klingon")
    settings.setValue("ui/theme", "sepia")
    settings.setValue("backups/keep", "many")
    settings.setValue("transcript/fontSize", 300)
    assert load_preferences() == Preferences()


def test_following_the_system_turns_dark_with_it(qtbot, monkeypatch: pytest.MonkeyPatch,
                                                 light_again: None) -> None:
    from annotator.ui.shared import theme

    # The offscreen platform has no colour scheme of its own: stand in for a system
    # that has just switched to dark, then back.
    monkeypatch.setattr(theme, "system_is_dark", lambda: True)
    assert apply_theme("system") == "dark"
    assert is_dark(QApplication.palette())
    monkeypatch.setattr(theme, "system_is_dark", lambda: False)
    theme._system_scheme_changed(Qt.ColorScheme.Light)
    assert not is_dark(QApplication.palette())
    # An explicit choice is not overridden by the system changing.
    assert apply_theme("dark") == "dark"
    theme._system_scheme_changed(Qt.ColorScheme.Light)
    assert is_dark(QApplication.palette())
