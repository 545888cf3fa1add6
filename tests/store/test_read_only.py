"""A project that cannot be written opens read-only: everything reads, every change is
refused with one sentence, and the file is untouched.

Real permissions, not a faked answer: the file is made 0444 (or 0600 in a 0555
folder, as on a CD or a shared drive) and the project is opened in a subprocess
without root's override of file modes (tests/file_system.py).
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.project import Project
from tests.file_system import run_unprivileged
from tests.helpers import write_txt

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")

# (file mode, folder mode): a file without write permission; a folder that cannot be
# written (SQLite cannot make the -wal and -shm beside the project there).
MODES = [(0o444, 0o755), (0o444, 0o555), (0o600, 0o555)]

CHECK = """
import sys
from annotator.project import Project
from annotator.store.errors import ProjectReadOnly
with Project.open(sys.argv[1], exclusive=True) as project:
    assert project.read_only
    [coding] = project.codings()
    assert project.source(coding.source_id).text[coding.start:coding.end] == "社区参与"
    try:
        project.add_code("Another")
    except ProjectReadOnly as exc:
        assert "is read-only, so this change cannot be saved" in str(exc), exc
    else:
        raise AssertionError("a change was saved")
    assert project.history.undo_label is None
    assert project.check() == []
print("read-only")
"""


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_project(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "archive.annotator"
    with Project.create(path) as project:
        source = project.import_file(write_txt(folder, "Ana.txt", "Ana: 社区参与 matters.\n"))
        project.add_coding(source, project.add_code("Community"), 5, 9)
    return path


@pytest.fixture(params=MODES, ids=lambda m: f"file{m[0]:o}-folder{m[1]:o}")
def read_only_project(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path]:
    """A closed project whose file or folder refuses writes (undone after the test)."""
    file_mode, folder_mode = request.param
    path = make_project(tmp_path / "cd")
    path.chmod(file_mode)
    path.parent.chmod(folder_mode)
    yield path
    path.parent.chmod(0o755)


def test_reads_everything_and_refuses_changes(read_only_project: Path) -> None:
    before = digest(read_only_project)
    done = run_unprivileged(CHECK, str(read_only_project))
    assert (done.returncode, done.stdout.strip()) == (0, "read-only"), done.stderr
    assert digest(read_only_project) == before
    # In a folder it may write, SQLite's reading connection leaves its -wal and -shm.
    left = {p.name for p in read_only_project.parent.iterdir()}
    assert left - {"archive.annotator-wal", "archive.annotator-shm"} == {
        "Ana.txt", "archive.annotator"}


def test_the_command_line_reads_it_and_says_why_it_cannot_change_it(
        read_only_project: Path) -> None:
    from tests.file_system import run_cli_unprivileged

    before = digest(read_only_project)
    done = run_cli_unprivileged("info", str(read_only_project))
    assert done.returncode == 0 and "Codings" in done.stdout, done.stderr
    done = run_cli_unprivileged("code", str(read_only_project), "--source", "Ana",
                                "--match", "matters", "--code", "X")
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "read-only" in done.stderr, done.stderr
    assert "damaged" not in done.stderr
    assert digest(read_only_project) == before
