"""The free software Annotator is built from, with each component's licence text.

Everything a bundle or an installation carries is listed (Help > Third-Party
Licences shows it): the licence notices must travel with the copies. Texts come
from each package's own metadata; PySide6 and Qt ship none in their wheels, so the
LGPL-3.0 and GPL-3.0 they are used under are in resources/licences, and a bundle
adds the licence of the Python it carries (build.spec).
"""

from __future__ import annotations

import platform
import re
from dataclasses import dataclass
from importlib import metadata

from annotator.platform.resources import resources_dir

COMPONENTS = (
    "pyside6-essentials", "shiboken6", "python-docx", "lxml", "typing-extensions",
    "sqlite-utils", "click", "click-default-group", "colorama", "pluggy", "python-dateutil",
    "tzdata", "sqlite-fts4", "tabulate", "pip", "platformdirs", "defusedxml", "openpyxl",
    "et-xmlfile", "numpy", "webvtt-py", "striprtf", "pypdfium2",
)
"""Every distribution the app needs at run time, its dependencies' included (a test
keeps this in step with the installed metadata); colorama only on Windows."""

_QT = {"pyside6-essentials", "shiboken6"}
_QT_TEXTS = ("LGPL-3.0.txt", "GPL-3.0.txt")
_LICENCE_FILE = re.compile(r"(?i)(^|/)(licen[cs]e|copying|notice)[^/]*$")


@dataclass(frozen=True, slots=True)
class Component:
    name: str
    version: str
    licence: str  # an SPDX expression where the package gives one
    text: str


def third_party() -> list[Component]:
    """The components present here, in COMPONENTS order (then Python, in a bundle)."""
    found = []
    for name in COMPONENTS:
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        # As PyPI spells it (the metadata of some wheels has "_" for "-").
        shown = (dist.metadata["Name"] or name).replace("_", "-")
        found.append(Component(shown, dist.version,
                               _licence_name(dist), _licence_text(dist, name)))
    python = resources_dir() / "licences" / "Python.txt"  # put there by build.spec
    if python.is_file():
        found.append(Component("Python", platform.python_version(), "PSF-2.0",
                               python.read_text(encoding="utf-8", errors="replace")))
    return found


def _licence_name(dist: metadata.Distribution) -> str:
    expression = dist.metadata.get("License-Expression") or ""
    if expression:
        return expression
    declared = (dist.metadata.get("License") or "").strip()
    if declared and "\n" not in declared and len(declared) < 80:
        return declared
    classifiers = [c.rsplit(" :: ", 1)[-1] for c in dist.metadata.get_all("Classifier") or []
                   if c.startswith("License ::")]
    return ", ".join(classifiers) or "see the text"


def _licence_text(dist: metadata.Distribution, name: str) -> str:
    if name in _QT:
        folder = resources_dir() / "licences"
        return "\n\n".join((folder / text).read_text(encoding="utf-8") for text in _QT_TEXTS)
    texts = []
    for file in dist.files or []:
        path = str(file)
        # PEP 639 wheels keep their licence files in .dist-info/licenses/, under any
        # name (pypdfium2 has PDFium's and those of the libraries built into it there).
        if ".dist-info/" in path and (_LICENCE_FILE.search(path) or "/licenses/" in path):
            # Some are Latin-1 (a © in libjpeg's); a replaced byte beats a crash.
            content = file.read_binary().decode("utf-8", "replace")
            if content:
                texts.append(content.strip())
    return "\n\n".join(texts)
