"""One window per project: the second is told, and the lock dies with its holder."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from annotator.project import Project
from annotator.store.lock import ProjectInUse


def test_second_exclusive_open_is_refused_until_the_first_closes(tmp_path: Path) -> None:
    path = tmp_path / "共享 study.annotator"
    Project.create(path).close()
    first = Project.open(path, exclusive=True)
    with pytest.raises(ProjectInUse, match="already open in another Annotator window"):
        Project.open(path, exclusive=True)
    # Commands that only read or write a little still work beside the window.
    with Project.open(path) as reader:
        assert reader.info()["sources"] == 0
    first.close()
    Project.open(path, exclusive=True).close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["共享 study.annotator"]


def test_the_lock_of_a_killed_window_is_released(tmp_path: Path) -> None:
    path = tmp_path / "p.annotator"
    Project.create(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys; from annotator.project import Project;"
         "p = Project.open(sys.argv[1], exclusive=True); print('open', flush=True);"
         "sys.stdin.readline()", str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
    with pytest.raises(ProjectInUse):
        Project.open(path, exclusive=True)
    holder.kill()
    holder.wait(timeout=30)
    Project.open(path, exclusive=True).close()
