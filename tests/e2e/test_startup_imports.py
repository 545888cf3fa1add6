"""The way to a shown window stays light: what only exports and the command line need
(python-docx, openpyxl, sqlite-utils, the table writers) is loaded when first used."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.project import Project
from tests.helpers import write_txt

HEAVY = ("docx", "openpyxl", "sqlite_utils", "annotator.formats.tables.excerpts",
         "annotator.formats.tables.matrix", "annotator.formats.tables.codebook",
         "annotator.platform.licences")


@pytest.mark.gui  # starts the window
def test_the_app_starts_without_loading_what_exports_need(tmp_path: Path) -> None:
    path = tmp_path / "study.annotator"
    with Project.create(path) as project:
        project.import_file(write_txt(tmp_path, "Ana.txt", "Ana: We said yes.\n"))
    script = (
        "import sys\n"
        "from annotator.cli.main import main\n"
        f"status = main([{str(path)!r}, '--quit-when-shown'])\n"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
        "sys.exit(status)\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    assert "shown at" in done.stdout
    assert done.stdout.strip().splitlines()[-1] == "[]"
