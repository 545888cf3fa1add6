"""At a 2× (or 1.5×) display the window is drawn at full resolution: text and the SVG
icons are rendered for the device pixels, not scaled up from 1×."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

SCRIPT = r"""
import json, sys
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QToolButton
from annotator.ui.app.application import make_app
from annotator.ui.app.window_host import open_window
app = make_app()
window = open_window(remember=False)
window.resize(900, 600)
app.processEvents()
shot = window.grab()
button = next(b for b in window.findChildren(QToolButton) if b.defaultAction() is not None
              and b.defaultAction().text().endswith("Open Project…"))
icon = button.icon().pixmap(button.iconSize(), window.devicePixelRatioF())
json.dump({"ratio": window.devicePixelRatioF(), "shot": [shot.width(), shot.height()],
           "icon": [icon.width(), icon.height()],
           "icon_size": [button.iconSize().width(), button.iconSize().height()]}, sys.stdout)
window.close()
"""


@pytest.mark.parametrize("scale", ["2", "1.5"])
def test_window_and_icons_render_at_device_resolution(scale: str) -> None:
    env = dict(os.environ, QT_SCALE_FACTOR=scale, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True,
                          text=True, timeout=120, check=True)
    facts = json.loads(done.stdout)
    factor = float(scale)
    assert facts["ratio"] == factor  # 1.5 stays 1.5 (Qt 6 does not round the factor)
    assert facts["shot"] == [round(900 * factor), round(600 * factor)]
    assert facts["icon"] == [round(facts["icon_size"][0] * factor),
                             round(facts["icon_size"][1] * factor)]
