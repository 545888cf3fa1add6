"""`annotator screenshot` renders the demo workspace at 1400x900."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from annotator.cli import main
from annotator.demo import build_demo


def test_screenshot_of_the_demo_workspace(qtbot, tmp_path: Path, capsys, shots: Path) -> None:
    demo = tmp_path / "Demo.annotator"
    build_demo(demo)
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


def test_board_export_and_board_screenshot(qtbot, tmp_path: Path, capsys, shots: Path) -> None:
    import xml.etree.ElementTree as ET

    demo = tmp_path / "Demo.annotator"
    build_demo(demo)
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
