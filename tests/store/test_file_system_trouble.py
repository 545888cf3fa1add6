"""The disk filling up, or the project vanishing while open: nothing committed is lost,
and the researcher is told in one sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.project import Project
from annotator.store.errors import ProjectFileError
from tests.helpers import write_txt


def test_a_full_disk_refuses_the_change_and_keeps_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "p.annotator"
    with Project.create(path) as project:
        project.import_file(write_txt(tmp_path, "Ana.txt", "Ana: 社区参与 matters.\n"))
        project.add_code("Kept")
        conn = project.store.database.conn
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        # SQLite's own way to make the disk "full": no page beyond these may be used.
        conn.execute(f"PRAGMA max_page_count = {pages}")
        big = write_txt(tmp_path, "Big.txt", "word " * 400_000)
        with pytest.raises(ProjectFileError, match="is full; nothing was changed"):
            project.import_file(big)
        assert [s.name for s in project.sources()] == ["Ana"]
        conn.execute("PRAGMA max_page_count = 1073741823")
        project.add_code("After the disk was cleared")
    with Project.open(path) as reopened:
        assert [c.name for c in reopened.codes()] == ["Kept", "After the disk was cleared"]
        assert reopened.check() == []


def test_a_deleted_project_is_written_back(tmp_path: Path) -> None:
    path = tmp_path / "vanishing.annotator"
    project = Project.create(path)
    project.add_code("Precious")
    path.unlink()
    for extra in ("-wal", "-shm"):
        Path(f"{path}{extra}").unlink(missing_ok=True)
    with pytest.raises(ProjectFileError, match="was moved or deleted while open; everything"):
        project.add_code("Next")
    # The old file is gone for good: later changes are refused, not silently lost.
    with pytest.raises(ProjectFileError, match="open that file to go on"):
        project.add_code("Later")
    project.close()
    with Project.open(path) as rescued:
        assert [c.name for c in rescued.codes()] == ["Precious"]
