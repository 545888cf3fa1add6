"""The user's preferences on this machine (QSettings), never stored in a project file:
a project travels between colleagues, each with their own language and name.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

from annotator.ui.shared.i18n import LANGUAGES, SYSTEM
from annotator.ui.shared.theme import THEMES

DEFAULT_BACKUPS = 10
FONT_SIZES = (0, *range(9, 29))  # 0: the system's default size
MAX_INITIALS = 9  # Word's own limit for a comment's initials


@dataclass(frozen=True)
class Preferences:
    language: str = SYSTEM  # "system" or a code in LANGUAGES
    theme: str = "system"  # one of THEMES
    coder: str = ""  # empty: the project's coder, else the operating-system user
    initials: str = ""  # the coder's initials on Word comments; empty: from the name
    backups: int = DEFAULT_BACKUPS  # backups kept per project
    transcript_font_size: int = 0  # points; 0 is the system's default
    snap_words: bool = True  # mouse selections widened to whole words

    def checked(self) -> Preferences:
        """The same preferences with anything unknown (a hand-edited file, an older
        version) replaced by its default."""
        return Preferences(
            language=self.language if self.language in (SYSTEM, *LANGUAGES) else SYSTEM,
            theme=self.theme if self.theme in THEMES else "system",
            coder=self.coder.strip()[:100],
            initials="".join(self.initials.split())[:MAX_INITIALS],
            backups=min(max(self.backups, 1), 100),
            transcript_font_size=(self.transcript_font_size
                                  if self.transcript_font_size in FONT_SIZES else 0),
            snap_words=bool(self.snap_words),
        )


def _int(value: object, default: int) -> int:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return default


def load_preferences() -> Preferences:
    settings = QSettings()
    return Preferences(
        language=str(settings.value("ui/language", SYSTEM)),
        theme=str(settings.value("ui/theme", "system")),
        coder=str(settings.value("coder/name", "")),
        initials=str(settings.value("coder/initials", "")),
        backups=_int(settings.value("backups/keep", DEFAULT_BACKUPS), DEFAULT_BACKUPS),
        transcript_font_size=_int(settings.value("transcript/fontSize", 0), 0),
        snap_words=str(settings.value("transcript/snapWords", True)).lower() != "false",
    ).checked()


def save_preferences(preferences: Preferences) -> None:
    preferences = preferences.checked()
    settings = QSettings()
    settings.setValue("ui/language", preferences.language)
    settings.setValue("ui/theme", preferences.theme)
    settings.setValue("coder/name", preferences.coder)
    settings.setValue("coder/initials", preferences.initials)
    settings.setValue("backups/keep", preferences.backups)
    settings.setValue("transcript/fontSize", preferences.transcript_font_size)
    settings.setValue("transcript/snapWords", preferences.snap_words)
    settings.sync()


def coder_saved() -> bool:
    """Whether a coder name was ever chosen on this machine: the first start asks for
    one when not (ui/app/first_start.py). Tests keep their settings in a temporary
    folder (tests/ui/conftest.py), which starts empty."""
    return bool(str(QSettings().value("coder/name", "")).strip())


def saved_coder() -> tuple[str, str]:
    """The coder's name and initials as saved ("" for either not chosen)."""
    preferences = load_preferences()
    return preferences.coder, preferences.initials
