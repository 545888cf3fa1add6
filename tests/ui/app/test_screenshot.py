"""`annotator screenshot` renders the demo in a chosen view, theme, language and size."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from annotator.cli.main import main
from annotator.platform.demo import build_demo
from annotator.ui.app.screenshot import VIEWS
from annotator.ui.shared.i18n import current_language
from annotator.ui.shared.theme import is_dark


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "Demo.annotator"
    build_demo(path)
    return path


def lightness(image: QImage, points: list[tuple[int, int]]) -> float:
    """The mean lightness (0–255) of the image at `points`."""
    return sum(image.pixelColor(x, y).lightness() for x, y in points) / len(points)


def chrome_points(image: QImage) -> list[tuple[int, int]]:
    """Points on the window's own background: the status bar and the menu bar's right end."""
    w, h = image.width(), image.height()
    return [(x, h - 6) for x in range(20, w // 2, 40)] + [(w - x, 8) for x in range(20, 200, 20)]


def test_screenshot_of_the_demo_workspace(qtbot, demo: Path, capsys, shots: Path) -> None:
    out = shots / "workspace_chinese.png"
    code = main(["screenshot", str(demo), "--out", str(out), "--source",
                 "P5_chinese_community_centre"])
    assert code == 0, capsys.readouterr().err
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1400, 900)
    assert main(["screenshot", str(demo), "--out", str(shots / "workspace.png")]) == 0
    capsys.readouterr()
    assert main(["screenshot", str(demo), "--out", str(out), "--view", "moon"]) == 1
    assert "There is no view called “moon”" in capsys.readouterr().err
    assert main(["screenshot", str(demo), "--out", str(out), "--source", "Nobody"]) == 1
    assert "no transcript called “Nobody”" in capsys.readouterr().err


def test_board_export_and_board_screenshot(qtbot, tmp_path: Path, demo: Path, capsys,
                                           shots: Path) -> None:
    import xml.etree.ElementTree as ET

    png, svg = tmp_path / "board.png", tmp_path / "board.svg"
    assert main(["export", "board", str(demo), "--out", str(png)]) == 0
    assert main(["export", "board", str(demo), "--out", str(svg)]) == 0
    assert QImage(str(png)).width() > 800
    text = "".join(ET.parse(svg).getroot().itertext())
    for name in ("Building partnership", "Reciprocity in partnership",
                 "Maintenance of relationship"):
        assert name in text
    capsys.readouterr()
    assert main(["export", "board", str(demo), "--out", str(tmp_path / "board.bmpx")]) == 1
    assert capsys.readouterr().err.startswith("annotator: ")
    out = shots / "board_screenshot.png"
    assert main(["screenshot", str(demo), "--view", "board", "--out", str(out)]) == 0
    assert (QImage(str(out)).width(), QImage(str(out)).height()) == (1400, 900)


def test_dark_is_dark_and_light_comes_back(qtbot, tmp_path: Path, demo: Path, capsys) -> None:
    light, dark, again = (tmp_path / f"{n}.png" for n in ("light", "dark", "again"))
    assert main(["screenshot", str(demo), "--out", str(light)]) == 0
    assert main(["screenshot", str(demo), "--out", str(dark), "--theme", "dark",
                 "--language", "zh_CN"]) == 0, capsys.readouterr().err
    # The shot's language and theme do not stay behind in the process.
    assert current_language() == "en" and not is_dark()
    assert main(["screenshot", str(demo), "--out", str(again)]) == 0
    images = [QImage(str(p)) for p in (light, dark, again)]
    assert all((i.width(), i.height()) == (1400, 900) for i in images)
    light_image, dark_image, again_image = images
    points = chrome_points(light_image)
    assert lightness(light_image, points) > 200
    assert lightness(dark_image, points) < 80
    assert lightness(again_image, points) > 200
    # The English light default is what it was before the dark Chinese shot.
    assert again_image == light_image


@pytest.mark.parametrize("view", [v for v in VIEWS if v not in ("workspace", "board")])
def test_every_view_writes_a_picture_of_the_size_asked(qtbot, tmp_path: Path, demo: Path,
                                                      capsys, view: str, shots: Path) -> None:
    out = shots / f"screenshot_{view}.png"
    code = main(["screenshot", str(demo), "--view", view, "--size", "1100x700",
                 "--out", str(out), "--query", "partnership"])
    assert code == 0, capsys.readouterr().err
    assert capsys.readouterr().out == f"Saved {out}\n"
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1100, 700)
    assert lightness(image, chrome_points(image)) > 200  # light unless asked


def test_views_differ(qtbot, tmp_path: Path, demo: Path) -> None:
    pictures = {}
    for view in ("workspace", "journal", "search", "analysis"):
        out = tmp_path / f"{view}.png"
        assert main(["screenshot", str(demo), "--view", view, "--size", "1000x700",
                     "--out", str(out)]) == 0
        pictures[view] = QImage(str(out))
    for a in pictures:
        for b in pictures:
            assert a == b or pictures[a] != pictures[b]


@pytest.mark.parametrize(("option", "value", "sentence"), [
    ("--view", "moon", "There is no view called “moon”; choose one of: welcome, workspace,"),
    ("--theme", "sepia", "There is no theme called “sepia”; choose one of: light, dark."),
    ("--language", "fr", "There is no language called “fr”; choose one of: en, zh_CN."),
    ("--size", "big", "“big” is not a size; give WIDTHxHEIGHT in pixels, such as 1400x900."),
    ("--size", "10x10", "“10x10” is not a size a window can have;"),
    ("--size", "400x300", "The workspace view needs a window of at least "),
])
def test_an_unknown_option_gets_one_sentence(qtbot, tmp_path: Path, demo: Path, capsys,
                                             option: str, value: str, sentence: str) -> None:
    out = tmp_path / "shot.png"
    assert main(["screenshot", str(demo), "--out", str(out), option, value]) == 1
    err = capsys.readouterr().err
    assert err.startswith("annotator: " + sentence)
    assert err.count("\n") == 1 and err.rstrip().endswith(".")
    assert not out.exists()
    assert current_language() == "en" and not is_dark()


def test_the_guides_pictures_are_there_and_used() -> None:
    """Every picture a guide shows exists (docs/make_screenshots.py makes them), every
    picture made is shown, and the guides stay plain Markdown for QTextBrowser."""
    import re

    docs = Path(__file__).resolve().parents[3] / "docs"
    shown: set[Path] = set()
    for guide in sorted(docs.glob("user-guide*.md")):
        text = guide.read_text(encoding="utf-8")
        assert "<img" not in text and "<div" not in text
        for target in re.findall(r"!\[[^\]]+\]\(([^)\s]+)\)", text):
            assert (docs / target).is_file(), f"{guide.name}: {target}"
            shown.add((docs / target).resolve())
    made = {p.resolve() for p in (docs / "images").rglob("*.png")}
    assert made and made == shown
