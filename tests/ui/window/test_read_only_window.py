"""The window says so when a project is read-only: with real permissions (a 0444 file,
a 0555 folder), in a subprocess without root's override of file modes."""

from __future__ import annotations

from pathlib import Path

from tests.file_system import run_unprivileged
from tests.store.test_read_only import read_only_project  # noqa: F401 (a fixture)

WINDOW = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from annotator.ui.app.application import make_app
from annotator.ui.window.main_window import MainWindow
app = make_app()
window = MainWindow(remember=False)
errors = []
window.show_error = lambda text, modal=False: errors.append(text)
assert window.open_project(__import__("pathlib").Path(sys.argv[1])), errors
window.show()
app.processEvents()
assert window.read_only_bar.isVisible()
assert "is read-only" in window.banner.text(), window.banner.text()
window.bridge.run("New code", lambda: window.project.add_code("X"))
assert "cannot be saved" in window.statusBar().currentMessage() or any(
    "cannot be saved" in e for e in errors), (window.statusBar().currentMessage(), errors)
assert not any("damaged" in e for e in errors), errors
window.close()
print("banner")
"""


def test_window_shows_the_banner(read_only_project: Path) -> None:  # noqa: F811
    done = run_unprivileged(WINDOW, str(read_only_project))
    assert (done.returncode, done.stdout.strip()) == (0, "banner"), done.stderr
