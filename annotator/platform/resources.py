"""Where the app's own files (resources/) are, whichever way it was installed."""

from __future__ import annotations

import sys
from pathlib import Path

from annotator.messages import message


def resources_dir() -> Path:
    """The folder holding resources/: in a PyInstaller bundle (under sys._MEIPASS),
    an installed wheel (annotator/_resources, see pyproject's force-include) or a
    source checkout (resources/ next to the package).
    """
    for candidate in resource_candidates():
        if candidate.is_dir():
            return candidate
    tried = ", ".join(str(c) for c in resource_candidates())
    raise FileNotFoundError(message("The app's resource files are missing (looked in: {tried}).",
                                    tried=tried))


def _package_dir() -> Path:
    """The `annotator` package folder (this module lives in annotator/platform/)."""
    return Path(__file__).resolve().parents[1]


def resource_candidates() -> list[Path]:
    here = _package_dir()
    candidates: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates += [Path(bundle) / "annotator" / "_resources", Path(bundle) / "resources"]
    candidates += [here / "_resources", here.parent / "resources"]
    return candidates


def docs_dir() -> Path | None:
    """The user guide's folder (docs/), bundled like resources/; None if not shipped."""
    here = _package_dir()
    candidates: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates += [Path(bundle) / "annotator" / "_docs", Path(bundle) / "docs"]
    candidates += [here / "_docs", here.parent / "docs"]
    return next((c for c in candidates if c.is_dir()), None)
