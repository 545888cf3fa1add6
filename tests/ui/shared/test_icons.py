"""Action icons: every action has a valid line drawing in the theme's ink colour,
crisp at any pixel ratio; the app icon files exist for every platform."""

from __future__ import annotations

import gc
import re

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QImageReader, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from annotator.ui.shared.icons import app_icon, icon, icons_dir
from annotator.ui.shared.theme import apply_theme

ACTIONS = (
    "new_project", "open_project", "open_recent", "import", "export", "export_qdpx",
    "export_codebook", "export_board", "export_docx", "export_report", "export_excerpts",
    "import_comments", "close_tab", "close_project", "quit", "undo", "redo", "pseudonymise",
    "new_code", "new_subcode", "quick_code", "delete", "rename", "colour", "merge", "board",
    "analysis", "participants", "search", "journal", "project_memo", "memo", "preferences",
    "shortcuts", "user_guide", "about", "demo", "new_theme", "link", "fit", "zoom_in",
    "zoom_out", "transcript", "code", "theme", "restore_backup", "licences",
)
BLACK = re.compile(
    r"""(fill|stroke|stop-color|color)\s*[=:]\s*["']?\s*(#000\b|#000000\b|black\b)""",
    re.IGNORECASE)


@pytest.fixture
def light(qapp):
    apply_theme("light")
    yield
    apply_theme("light")


def ink_pixels(pixmap: QPixmap) -> list[int]:
    """The lightness of every (mostly) opaque pixel."""
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32)
    found = []
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.alpha() > 200:
                found.append(colour.lightness())
    return found


def mean(values: list[int]) -> float:
    return sum(values) / len(values)


@pytest.mark.parametrize("name", ACTIONS)
def test_every_action_has_a_valid_svg_without_fixed_black(qapp, name: str) -> None:
    path = icons_dir() / f"{name}.svg"
    text = path.read_text(encoding="utf-8")
    assert QSvgRenderer(str(path)).isValid(), f"{path} does not parse"
    assert 'viewBox="0 0 24 24"' in text
    assert "currentColor" in text, f"{name} would not follow the theme"
    assert not BLACK.search(text), f"{name} hard-codes black"
    # SVG fills with black unless told otherwise: the root must say.
    assert re.search(r'<svg[^>]*\bfill="none"', text), f"{name} fills black by default"


def test_app_icon_svg_is_valid_and_not_black(qapp) -> None:
    path = icons_dir() / "annotator.svg"
    assert QSvgRenderer(str(path)).isValid()
    assert not BLACK.search(path.read_text(encoding="utf-8"))


def test_unknown_name_is_a_key_error(qapp) -> None:
    with pytest.raises(KeyError, match="no_such_action"):
        icon("no_such_action")


@pytest.mark.parametrize("name", ACTIONS)
def test_drawn_crisp_at_device_pixel_ratio_2(qapp, light, name: str) -> None:
    pixmap = icon(name).pixmap(QSize(24, 24), 2.0)
    assert (pixmap.width(), pixmap.height()) == (48, 48)
    assert pixmap.devicePixelRatio() == 2.0
    assert len(ink_pixels(pixmap)) > 40, f"{name} draws (almost) nothing"


def test_size_is_exact(qapp, light) -> None:
    for side in (16, 20, 24, 32, 48):
        assert icon("search").pixmap(QSize(side, side), 1.0).size() == QSize(side, side)
    assert icon("search").pixmap(QSize(16, 16), 1.5).size() == QSize(24, 24)
    assert icon("search").actualSize(QSize(32, 20)) == QSize(20, 20)


def test_ink_follows_light_and_dark_themes(qapp) -> None:
    try:
        apply_theme("dark")
        dark = ink_pixels(icon("search").pixmap(QSize(24, 24), 2.0))
        apply_theme("light")
        light = ink_pixels(icon("search").pixmap(QSize(24, 24), 2.0))
    finally:
        apply_theme("light")
    assert mean(dark) > 170, "icons on a dark theme should be drawn light"
    assert mean(light) < 90, "icons on a light theme should be drawn dark"


def test_an_icon_made_before_a_theme_change_follows_it(qapp) -> None:
    made = icon("board")
    try:
        apply_theme("light")
        before = mean(ink_pixels(made.pixmap(QSize(24, 24), 1.0)))
        apply_theme("dark")
        after = mean(ink_pixels(made.pixmap(QSize(24, 24), 1.0)))
    finally:
        apply_theme("light")
    assert after > before + 80


def test_disabled_and_selected_differ_from_normal(qapp, light) -> None:
    normal = icon("delete").pixmap(QSize(24, 24), 1.0).toImage()
    disabled = icon("delete").pixmap(QSize(24, 24), 1.0, QIcon.Mode.Disabled).toImage()
    selected = icon("delete").pixmap(QSize(24, 24), 1.0, QIcon.Mode.Selected).toImage()
    assert disabled != normal
    assert selected != normal


def test_accent_stays_blue_in_both_themes(qapp) -> None:
    def has_accent(image: QImage) -> bool:
        return any(
            (c := image.pixelColor(x, y)).alpha() > 200 and c.blue() > 180 and c.red() < 90
            for y in range(image.height()) for x in range(image.width()))
    try:
        for theme in ("light", "dark"):
            apply_theme(theme)
            assert has_accent(icon("code").pixmap(QSize(24, 24), 2.0).toImage()), theme
        # ...but a greyed icon is one colour.
        disabled = icon("code").pixmap(QSize(24, 24), 2.0, QIcon.Mode.Disabled).toImage()
        assert not has_accent(disabled)
    finally:
        apply_theme("light")


def test_icons_survive_garbage_collection_and_copies(qapp, light) -> None:
    icons = [QIcon(icon(name)) for name in ("undo", "redo", "undo")]
    gc.collect()
    for made in icons:
        assert not made.isNull()
        assert len(ink_pixels(made.pixmap(QSize(24, 24), 1.0))) > 10
    detached = icon("undo")
    detached.addPixmap(QPixmap(8, 8))  # forces Qt to clone the engine
    gc.collect()
    assert not detached.pixmap(QSize(24, 24), 1.0).isNull()
    assert not icon("undo").pixmap(QSize(24, 24), 1.0).isNull()


def test_paint_draws_at_the_painters_pixel_ratio(qapp, light) -> None:
    image = QImage(64, 64, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(2.0)
    image.fill(0)
    painter = QPainter(image)
    icon("search").paint(painter, 0, 0, 32, 32)
    painter.end()
    assert len(ink_pixels(QPixmap.fromImage(image))) > 80


def test_app_icon_files(qapp) -> None:
    folder = icons_dir()
    png = QImage(str(folder / "annotator.png"))
    assert png.size() == QSize(256, 256)
    ico = QImageReader(str(folder / "annotator.ico"))
    assert ico.imageCount() == 7
    sizes = set()
    for index in range(ico.imageCount()):
        ico.jumpToImage(index)
        sizes.add(ico.read().width())
    assert sizes == {16, 24, 32, 48, 64, 128, 256}
    assert QImageReader(str(folder / "annotator.icns")).imageCount() >= 5


def test_app_icon_is_full_colour_at_any_size(qapp) -> None:
    for side in (16, 32, 256):
        image = app_icon().pixmap(QSize(side, side), 1.0).toImage()
        assert image.size() == QSize(side, side)
        middle = image.pixelColor(side // 2, side // 2)
        assert middle.alpha() == 255
    assert QGuiApplication.instance() is not None
