"""The first start on a machine: before the first window, ask the researcher's name as
a coder (ui/dialogs/coder.py), suggested from the account's full name, so that codings
and Word comments do not carry the login name ("root").

Asked only by the real start (application.run_app), never by a window made in a test,
and never on a platform nobody can see (offscreen, minimal: the test runs and the
screenshot command); once a name is saved it is never asked again. Closing the dialog
without OK saves nothing, so the question comes back next time."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from annotator.ui.dialogs.coder import CoderDialog, account_name
from annotator.ui.shared.preferences import coder_saved, load_preferences, save_preferences

UNSEEN_PLATFORMS = ("offscreen", "minimal")


def first_start() -> bool:
    """Whether this start should ask: no coder saved, and a screen to ask on."""
    return not coder_saved() and QGuiApplication.platformName() not in UNSEEN_PLATFORMS


def ask_coder(dialog: CoderDialog | None = None) -> bool:
    """Ask for the coder's name and initials and save them; True if the researcher
    answered."""
    dialog = dialog or CoderDialog(account_name())
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        name, initials = dialog.values()
        if not name:
            return False
        save_preferences(replace(load_preferences(), coder=name, initials=initials))
        return True
    finally:
        dialog.deleteLater()
