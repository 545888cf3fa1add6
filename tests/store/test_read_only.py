"""A project that cannot be written opens read-only: everything reads, every change is
refused with one sentence, and the file is untouched."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from annotator.project import Project
from annotator.store.errors import ProjectReadOnly
from tests.helpers import write_txt


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def read_only_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "archive.annotator"
    with Project.create(path) as project:
        source = project.import_file(write_txt(tmp_path, "Ana.txt", "Ana: 社区参与 matters.\n"))
        project.add_coding(source, project.add_code("Community"), 5, 9)
    # Tests run as root, for whom permission bits do not stop writes: ask the
    # question the store asks, the way a read-only file would answer it.
    monkeypatch.setattr("annotator.store.database._writable", lambda _path: False)
    return path


def test_reads_everything_and_refuses_changes(read_only_project: Path) -> None:
    before = digest(read_only_project)
    with Project.open(read_only_project, exclusive=True) as project:
        assert project.read_only
        [coding] = project.codings()
        assert project.source(coding.source_id).text[coding.start:coding.end] == "社区参与"
        with pytest.raises(ProjectReadOnly, match="is read-only, so this change cannot be saved"):
            project.add_code("Another")
        assert project.history.undo_label is None
        assert project.check() == []
    assert digest(read_only_project) == before

