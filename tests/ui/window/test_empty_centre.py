"""A project with nothing open says in the centre what to do, instead of a blank field."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtGui import QImage

from annotator.platform.demo import build_demo
from annotator.ui.app.window_host import open_window


def inked(image: QImage) -> int:
    """Pixels that differ from the image's commonest colour (its background)."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    colours = Counter(image.pixel(x, y) for y in range(0, image.height(), 2)
                      for x in range(0, image.width(), 2))
    return sum(colours.values()) - colours.most_common(1)[0][1]


def test_an_empty_project_says_how_to_begin(qtbot, tmp_path: Path, shots: Path) -> None:
    demo = tmp_path / "demo.annotator"
    build_demo(demo)
    window = open_window(demo, remember=False)
    window.resize(1366, 768)
    qtbot.waitExposed(window)
    assert window.create_project(tmp_path / "new.annotator")
    qtbot.waitUntil(lambda: window.tabs.isVisible() and window.tabs.count() == 0)
    empty = window.tabs.grab()
    window.grab().save(str(shots / "empty-project.png"))
    assert "Ctrl+I" in window.tabs.empty_hint()
    assert inked(empty.toImage()) > 150  # the hint is drawn
    assert window.open_project(demo)
    qtbot.waitUntil(lambda: window.tabs.count() > 0)
    window.close()
    window.deleteLater()
