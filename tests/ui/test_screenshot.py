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
