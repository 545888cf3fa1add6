"""Your name as a coder, asked on the first start and shown in Preferences: it goes on
every coding, memo and journal entry, and with its initials into every Word comment,
so it should be a person's name rather than the login ("root").

The suggestion is the account's full name: on POSIX the first field of the password
entry's GECOS, on Windows GetUserNameExW(NameDisplay); the login name when neither
gives one."""

from __future__ import annotations

import getpass
import os
import sys

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.formats.docx.comments import initials as word_initials
from annotator.ui.shared.i18n import tr
from annotator.ui.shared.preferences import MAX_INITIALS

_NAME_DISPLAY = 3  # EXTENDED_NAME_FORMAT's NameDisplay


def login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def _windows_display_name() -> str:
    import ctypes

    size = ctypes.c_ulong(0)
    secur32 = ctypes.WinDLL("secur32")  # type: ignore[attr-defined]
    secur32.GetUserNameExW(_NAME_DISPLAY, None, ctypes.byref(size))
    if not size.value:
        return ""
    buffer = ctypes.create_unicode_buffer(size.value)
    if not secur32.GetUserNameExW(_NAME_DISPLAY, buffer, ctypes.byref(size)):
        return ""
    return buffer.value


def _posix_full_name() -> str:
    import pwd

    return pwd.getpwuid(os.getuid()).pw_gecos.split(",")[0]


def account_name() -> str:
    """The account's full name, else the login name, else ""."""
    try:
        full = _windows_display_name() if sys.platform == "win32" else _posix_full_name()
    except (ImportError, KeyError, OSError, AttributeError):
        full = ""
    return " ".join(full.split()) or login_name()


def suggested_initials(name: str) -> str:
    """Initials as Word makes them from a name ("Ana María Ruiz" → "AMR")."""
    return word_initials(name) if name.strip() else ""


class CoderFields:
    """The name and initials boxes, the initials following the name until edited."""

    def __init__(self, parent: QWidget, name: str = "", initials: str = "") -> None:
        self.name = QLineEdit(parent)
        self.name.setObjectName("coderName")
        self.name.setMaxLength(100)
        self.name.setPlaceholderText(account_name())
        self.name.setAccessibleName(tr("Coder name"))
        self.name.setAccessibleDescription(
            tr("Recorded on the codings, memos and journal entries you make."))
        self.name.setToolTip(tr("Recorded on the codings, memos and journal entries you make, "
                                "so that colleagues sharing a project can tell who did what."))
        self.initials = QLineEdit(parent)
        self.initials.setObjectName("coderInitials")
        self.initials.setMaxLength(MAX_INITIALS)
        self.initials.setAccessibleName(tr("Initials"))
        self.initials.setAccessibleDescription(
            tr("Shown on your comments in Word, as Word shows a reviewer's initials."))
        self.initials.setToolTip(tr("Shown on your comments in Word exports."))
        self._own = False
        self.set_values(name, initials)
        self.name.textEdited.connect(self._name_edited)
        self.initials.textEdited.connect(self._initials_edited)

    def set_values(self, name: str, initials: str) -> None:
        self.name.setText(name)
        self._own = bool(initials) and initials != suggested_initials(name)
        self.initials.setText(initials or suggested_initials(name))
        self.initials.setPlaceholderText(suggested_initials(name))

    def _name_edited(self, text: str) -> None:
        self.initials.setPlaceholderText(suggested_initials(text))
        if not self._own:
            self.initials.setText(suggested_initials(text))

    def _initials_edited(self, text: str) -> None:
        self._own = bool(text.strip())  # emptied: they follow the name again

    def add_rows(self, form: QFormLayout) -> None:
        form.addRow(tr("&Coder name:"), self.name)
        form.addRow(tr("&Initials:"), self.initials)

    def values(self) -> tuple[str, str]:
        """The name and the initials; initials made from the name are "", so that
        they keep following it (Word exports make them the same way)."""
        name = " ".join(self.name.text().split())
        initials = "".join(self.initials.text().split())
        return name, "" if initials == suggested_initials(name) else initials


class CoderDialog(QDialog):
    """Asks for the coder's name and initials; `values()` once accepted."""

    def __init__(self, name: str, initials: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coderDialog")
        self.setWindowTitle(tr("Your Name as a Coder"))
        intro = QLabel(tr("Annotator records who made each coding, memo and journal entry, "
                          "and names you on the comments of Word exports. Colleagues who "
                          "share a project see this name."), self)
        intro.setWordWrap(True)
        form = QFormLayout()
        self.fields = CoderFields(self, name, initials)
        self.fields.add_rows(form)
        note = QLabel(tr("You can change both later in Preferences."), self)
        note.setWordWrap(True)
        note.setEnabled(False)  # a quiet, secondary line
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.buttons.accepted.connect(self.accept)
        self.fields.name.textChanged.connect(self._follow)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self._follow()

    def _follow(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.fields.name.text().strip()))

    def values(self) -> tuple[str, str]:
        return self.fields.values()
