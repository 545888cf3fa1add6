"""One project file, one name while it is open (issue 14, item 4).

Before: two writers through a hard link (`a.annotator`, `b.annotator`, one inode) each
kept their own -wal, each reported 300 new codes, and the file ended with 301; through
a symbolic link two windows opened one project and neither was told. Now the lock
follows the file's identity: a second name for an open file is refused in one
sentence, and a symbolic link shares its target's window lock.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.project import Project
from annotator.store.lock import ProjectInUse
from annotator.store.name_lock import OpenUnderAnotherName

pytestmark = pytest.mark.skipif(os.name == "nt", reason="hard links and flock are POSIX here")


def _linked(folder: Path) -> tuple[Path, Path]:
    a = folder / "a.annotator"
    Project.create(a).close()
    b = folder / "b.annotator"
    os.link(a, b)
    return a, b


def test_a_hard_link_to_an_open_project_is_refused(tmp_path: Path) -> None:
    a, b = _linked(tmp_path)
    with Project.open(a) as project:
        project.add_code("Trust")
        with pytest.raises(OpenUnderAnotherName) as refused:
            Project.open(b)
        assert "“b.annotator” is the same file as" in str(refused.value)
        assert str(a.resolve()) in str(refused.value)
        with Project.open(a) as again:  # the same name is fine (the CLI beside a window)
            assert [c.name for c in again.codes()] == ["Trust"]
    with Project.open(b) as project:  # closed: the other name may open it now
        assert [c.name for c in project.codes()] == ["Trust"]


def test_two_writers_through_two_names_lose_nothing(tmp_path: Path) -> None:
    """The issue's race: another process writing through the other name is refused
    while the first has the file open, so every code reported is in the file."""
    a, b = _linked(tmp_path)
    script = (
        "import sys\n"
        "from annotator.project import Project\n"
        "from annotator.operations.errors import USER_ERRORS\n"
        "try:\n"
        "    with Project.open(sys.argv[1]) as p:\n"
        "        for i in range(300):\n"
        "            p.add_code(f'{sys.argv[2]} {i}')\n"
        "except USER_ERRORS as e:\n"
        "    print(e); sys.exit(3)\n")
    with Project.open(a) as project:
        other = subprocess.run([sys.executable, "-c", script, str(b), "B"],
                               capture_output=True, text=True, timeout=120,
                               env={**os.environ, "PYTHONPATH": str(Path.cwd())})
        for i in range(300):
            project.add_code(f"A {i}")
    assert other.returncode == 3, other.stderr
    assert "same file as" in other.stdout and "Traceback" not in other.stderr
    with Project.open(a) as project:
        assert len(project.codes()) == 300


def test_a_symbolic_link_shares_the_window_lock(tmp_path: Path) -> None:
    real = tmp_path / "real.annotator"
    Project.create(real).close()
    link = tmp_path / "link.annotator"
    link.symlink_to(real)
    with Project.open(real, exclusive=True):
        with pytest.raises(ProjectInUse):
            Project.open(link, exclusive=True)
        with Project.open(link) as reader:  # the same file by its real name: allowed
            assert reader.codes() == []
    with Project.open(link, exclusive=True), pytest.raises(ProjectInUse):
        Project.open(real, exclusive=True)
