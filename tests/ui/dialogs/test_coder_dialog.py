"""The coder's name and initials: asked on the first start (prefilled from the account's
full name), shown and edited in Preferences, recorded on codings and on Word comments,
and used by the command line; never asked in a test run or once saved."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from lxml import etree
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from annotator.cli.main import main
from annotator.exports.word import export_transcript
from annotator.project import Project
from annotator.ui.app import first_start
from annotator.ui.dialogs import coder
from annotator.ui.dialogs.coder import CoderDialog, account_name, suggested_initials
from annotator.ui.dialogs.preferences import PreferencesDialog
from annotator.ui.shared.i18n import install_language
from annotator.ui.shared.preferences import (
    Preferences,
    coder_saved,
    load_preferences,
    save_preferences,
)
from annotator.ui.window.main_window import MainWindow
from tests.helpers import write_txt

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
TEXT = "Interviewer: How did it begin?\nAna: The clinic called us about the students.\n"


@pytest.fixture
def account(monkeypatch: pytest.MonkeyPatch) -> str:
    """An account whose full name is Ana María Ruiz (GECOS: name, room, phones)."""
    entry = SimpleNamespace(pw_gecos="Ana María Ruiz,Room 2,,")
    monkeypatch.setattr("pwd.getpwuid", lambda _uid: entry)
    return "Ana María Ruiz"


@pytest.fixture
def app_names(qapp) -> Iterator[None]:
    """The names the real start gives the application, which find its settings."""
    before = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    QCoreApplication.setOrganizationName("Annotator")
    QCoreApplication.setApplicationName("Annotator")
    yield
    QCoreApplication.setOrganizationName(before[0])
    QCoreApplication.setApplicationName(before[1])


@pytest.fixture
def english_again() -> Iterator[None]:
    yield
    install_language("en")


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "study.annotator"
    with Project.create(path) as project:
        project.import_file(write_txt(tmp_path, "Ana.txt", TEXT))
        project.add_code("Contact", color="#81D4FA")
    return path


def answer(dialog_type: type, act: Callable[[QDialog], None]) -> None:
    """Once a dialog of `dialog_type` is the modal one, do `act` on it."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, dialog_type):
            QTimer.singleShot(10, run)
            return
        act(dialog)

    QTimer.singleShot(0, run)


def retype(qtbot, box, text: str) -> None:
    box.setFocus()
    box.selectAll()
    qtbot.keyClick(box, Qt.Key.Key_Backspace)
    qtbot.keyClicks(box, text)


def test_the_suggestion_is_the_accounts_full_name(account: str, monkeypatch) -> None:
    assert account_name() == account
    assert suggested_initials(account) == "AMR"
    monkeypatch.setattr("pwd.getpwuid", lambda _uid: SimpleNamespace(pw_gecos=",,,"))
    monkeypatch.setattr(coder, "login_name", lambda: "ana")
    assert account_name() == "ana"  # no full name: the login name


def test_a_test_run_is_never_asked(qapp) -> None:
    assert not coder_saved()  # a fresh, temporary settings folder
    assert QApplication.platformName() == "offscreen"
    assert not first_start.first_start()  # nobody could answer offscreen


def test_first_start_asks_prefilled_and_keeps_the_answer(qtbot, account: str, shots: Path,
                                                         monkeypatch, project_path: Path) -> None:
    monkeypatch.setattr(first_start, "UNSEEN_PLATFORMS", ())  # as on a real screen
    assert first_start.first_start()
    seen: list[tuple[str, str]] = []

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, CoderDialog)
        seen.append((dialog.fields.name.text(), dialog.fields.initials.text()))
        dialog.grab().save(str(shots / "coder_first_start.png"))
        retype(qtbot, dialog.fields.initials, "AR")  # her own, as in her emails
        qtbot.keyClick(dialog.fields.initials, Qt.Key.Key_Return)

    answer(CoderDialog, fill)
    assert first_start.ask_coder()
    assert seen == [("Ana María Ruiz", "AMR")]
    assert (load_preferences().coder, load_preferences().initials) == ("Ana María Ruiz", "AR")
    assert coder_saved() and not first_start.first_start()  # asked once only

    # The window records her name on codings and her initials on Word comments.
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_project(project_path)
    project = window.project
    source = project.source_by_name("Ana").id
    window.bridge.run("Code", lambda: project.add_coding(source, project.codes()[0].id, 36, 46))
    data, _ = export_transcript(project, source)
    with zipfile.ZipFile(io.BytesIO(data)) as docx:
        comments = etree.fromstring(docx.read("word/comments.xml"))
    (comment,) = comments.iter(f"{{{W}}}comment")
    assert comment.get(f"{{{W}}}author") == "Ana María Ruiz"
    assert comment.get(f"{{{W}}}initials") == "AR"
    window.close()
    with Project.open(project_path) as reopened:
        assert [c.coder for c in reopened.codings()] == ["Ana María Ruiz"]


def test_closing_the_question_saves_nothing(qtbot, account: str) -> None:
    answer(CoderDialog, lambda dialog: dialog.reject())
    assert not first_start.ask_coder()
    assert not coder_saved()


def test_the_name_is_needed_and_initials_follow_it_until_edited(qtbot, account: str) -> None:
    dialog = CoderDialog(account)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    retype(qtbot, dialog.fields.name, "Mei Chen")
    assert dialog.fields.initials.text() == "MC" and ok.isEnabled()
    retype(qtbot, dialog.fields.name, "")
    assert not ok.isEnabled()
    retype(qtbot, dialog.fields.name, "Dr Mei Chen")
    retype(qtbot, dialog.fields.initials, "MC")
    retype(qtbot, dialog.fields.name, "Mei Li Chen")
    assert dialog.fields.initials.text() == "MC"  # hers now: the name no longer changes it
    assert dialog.values() == ("Mei Li Chen", "MC")


def test_preferences_show_and_edit_name_and_initials(qtbot, project_path: Path,
                                                    shots: Path) -> None:
    save_preferences(Preferences(coder="Ana María Ruiz", initials="AR"))
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_project(project_path)
    window.show()
    qtbot.waitExposed(window)

    def edit(dialog: QDialog) -> None:
        assert isinstance(dialog, PreferencesDialog)
        assert (dialog.coder.text(), dialog.initials.text()) == ("Ana María Ruiz", "AR")
        dialog.grab().save(str(shots / "preferences_coder.png"))
        retype(qtbot, dialog.coder, "Bea Lund")
        assert dialog.initials.text() == "AR"  # chosen by her: kept
        retype(qtbot, dialog.initials, "")
        assert dialog.initials.placeholderText() == "BL"  # emptied: made from the name
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    answer(PreferencesDialog, edit)
    window.actions_by_name["preferences"].trigger()
    # Initials made from the name are not stored: they keep following it.
    assert (load_preferences().coder, load_preferences().initials) == ("Bea Lund", "")
    assert window.project.coder == "Bea Lund"
    window.close()


def test_the_dialogs_in_chinese(qtbot, account: str, shots: Path, english_again: None) -> None:
    install_language("zh_CN")
    dialog = CoderDialog(account_name())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(shots / "coder_first_start_zh.png"))
    preferences = PreferencesDialog(Preferences(coder="李梅", initials="LM"))
    qtbot.addWidget(preferences)
    preferences.show()
    qtbot.waitExposed(preferences)
    preferences.grab().save(str(shots / "preferences_coder_zh.png"))
    assert preferences.initials.text() == "LM"


def test_the_command_line_codes_as_the_saved_coder_or_coder(
        capsys, project_path: Path, app_names: None) -> None:
    save_preferences(Preferences(coder="Ana María Ruiz", initials="AR"))
    assert main(["code", str(project_path), "--source", "Ana", "--code", "Contact",
                 "--match", "clinic"]) == 0
    assert main(["code", str(project_path), "--source", "Ana", "--code", "Contact",
                 "--match", "students", "--coder", "Bea Lund"]) == 0
    capsys.readouterr()
    with Project.open(project_path) as project:
        assert sorted(c.coder for c in project.codings()) == ["Ana María Ruiz", "Bea Lund"]
