"""Shared test set-up: offscreen Qt, isolated settings, the shared corpus, the `gui` mark.

Every test that needs a QApplication is marked `gui`: the tests under tests/ui/, and any
test using a pytest-qt fixture. `pytest -m "not gui"` runs the rest, and CI runs those in
an environment where PySide6 is not installed, which proves the core Qt-free. There the
tests under tests/ui/ are not even collected (their modules import PySide6).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HAVE_QT = importlib.util.find_spec("PySide6") is not None
collect_ignore = [] if HAVE_QT else ["ui"]
QT_FIXTURES = {"qtbot", "qapp", "qtmodeltester", "qtlog"}
UI_TESTS = Path(__file__).resolve().parent / "ui"

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ANNOTATOR_SHARED", REPO.parent / "shared"))
CORPUS = SHARED / "corpus"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory,
                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep settings, backups and the demo out of the real user folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))


def corpus_names(folders: tuple[str, ...], suffixes: tuple[str, ...]) -> list[str]:
    """Corpus files under `folders` with one of `suffixes`, as paths relative to the corpus
    (for parametrising at collection; tests read them through `corpus` / `corpus_copy`).
    Empty when the corpus is not there, so those tests are not collected rather than failing.
    """
    return sorted(path.relative_to(CORPUS).as_posix()
                  for folder in folders if (CORPUS / folder).is_dir()
                  for path in (CORPUS / folder).rglob("*") if path.suffix in suffixes)


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"the shared corpus is not at {CORPUS} (set ANNOTATOR_SHARED)")
    return CORPUS


@pytest.fixture
def corpus_copy(corpus: Path, tmp_path: Path):
    """Copy one corpus file into tmp_path: tests never write into the corpus."""

    def copy(relative: str) -> Path:
        target = tmp_path / "in" / Path(relative).name
        target.parent.mkdir(exist_ok=True)
        shutil.copyfile(corpus / relative, target)
        return target

    return copy


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if fixtures & QT_FIXTURES or item.path.is_relative_to(UI_TESTS):
            item.add_marker(pytest.mark.gui)
