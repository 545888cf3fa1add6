"""Translation of the interface: `tr` for every user-visible string, and loading the
chosen language's .qm files.

Every string goes through the one function `tr` in one (empty) context, so pyside6-lupdate
finds them all (`tools/update_translations.py`) and a sentence used in two panels is
translated once. Plurals pass the count as the third positional argument,
`tr("%n excerpt(s)", None, count)`, which is the form lupdate recognises.

The .qm files are compiled from resources/translations/*.ts: by build.spec for the
bundle, otherwise on first use with the lrelease PySide6 ships, into the user cache.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
from pathlib import Path

from platformdirs import user_cache_path
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from annotator.messages import Message
from annotator.platform.resources import resources_dir

LANGUAGES: dict[str, str] = {"en": "English", "zh_CN": "简体中文"}
"""Languages the interface is translated into: code → name in that language."""

SYSTEM = "system"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("", text, disambiguation, n)


def without_accelerator(text: str) -> str:
    """A menu text as plain words: "&Open" → "Open", "打开(&O)…" → "打开…"."""
    text = re.sub(r"\(&[^&\s]\)", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def describe(error: BaseException | str) -> str:
    """An error or sentence from the layers below ui/, in the interface's language when
    it was made with annotator.messages.message (else as it is, in English)."""
    text = error.args[0] if isinstance(error, BaseException) and error.args else error
    if isinstance(text, Message):
        template = QCoreApplication.translate("", text.template)
        # Sentences nest ("Skipped: {reason}"): the inner ones are translated too.
        values = {key: describe(value) if isinstance(value, Message) else value
                  for key, value in text.values.items()}
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            return str(text)  # a translation that lost a placeholder: the English stands
    return str(error)


def system_language(locale: QLocale | None = None) -> str:
    """The supported language closest to the system's UI languages (English otherwise)."""
    for name in (locale or QLocale.system()).uiLanguages():
        code = name.replace("-", "_")
        if code.startswith("zh"):
            # Traditional-script readers get English rather than the Simplified text.
            traditional = any(t in code for t in ("Hant", "TW", "HK", "MO"))
            return "en" if traditional else "zh_CN"
        if code.startswith("en"):
            return "en"
    return "en"


def resolve_language(preference: str) -> str:
    return preference if preference in LANGUAGES else system_language()


def translations_dir() -> Path:
    return resources_dir() / "translations"


def qm_file(language: str, cache: Path | None = None) -> Path | None:
    """The compiled translation of `language`: shipped next to its .ts (the bundle),
    or compiled from the .ts into the user cache the first time (a source checkout).
    """
    folder = translations_dir()
    shipped = folder / f"annotator_{language}.qm"
    source = folder / f"annotator_{language}.ts"
    if shipped.is_file() and not source.is_file():
        return shipped
    if not source.is_file():
        return None
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    folder = cache or user_cache_path("Annotator", appauthor=False) / "translations"
    cached = folder / f"annotator_{language}_{digest}.qm"
    if not cached.is_file():
        compile_ts(source, cached)
    return cached


def lrelease_binary() -> Path:
    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
        if (folder / name).is_file():
            return folder / name
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        raise FileNotFoundError("lrelease, which compiles translations, is not installed.")
    return Path(found)


def compile_ts(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".part")
    subprocess.run([str(lrelease_binary()), "-silent", str(source), "-qm", str(partial)],
                   check=True, capture_output=True)
    partial.replace(target)  # atomic: a half-written .qm is never loaded


_installed: list[QTranslator] = []
_current = ["en"]


def current_language() -> str:
    """The code of the language the interface is shown in now."""
    return _current[0]


def install_language(language: str, cache: Path | None = None) -> str:
    """Load `language` (a LANGUAGES code, or "system") into the running application,
    replacing the previous one; returns the code used. Qt's own strings (standard
    buttons, file dialogs) come from the qtbase translation that PySide6 ships.
    `cache` is where a source checkout compiles the .qm (the user cache by default).
    """
    app = QCoreApplication.instance()
    code = resolve_language(language)
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    if app is None:
        return code
    qt_translator = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if code != "en" and qt_translator.load(f"qtbase_{code}", qt_folder):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    path = qm_file(code, cache)
    ours = QTranslator(app)
    if path is not None and ours.load(str(path)):
        app.installTranslator(ours)
        _installed.append(ours)
    _current[0] = code
    return code
