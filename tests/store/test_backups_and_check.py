"""Backups taken with the online backup API, restore, and the consistency check."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from annotator.cli.main import main
from annotator.project import Project, default_backup_root
from annotator.store.backups import list_backups, restore_backup, take_backup
from tests.helpers import write_txt


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "my study.annotator"
    with Project.create(path) as project:
        text = "Interviewer: Hi.\nAna: 你好 😀 there.\n"
        source = project.import_file(write_txt(tmp_path, "Ana.txt", text))
        project.add_coding(source, project.add_code("Greeting"), 17, 19)
    return path


def test_backups_roll_and_are_private(project_path: Path, tmp_path: Path) -> None:
    root = tmp_path / "backups"
    with Project.open(project_path) as project:
        for _ in range(4):
            project.take_backup(root, keep=3)
        # A backup is a consistent copy even while the project is open and changing.
        project.add_code("Later")
        newest = project.take_backup(root, keep=3)
    backups = list_backups(project_path, root)
    assert len(backups) == 3 and backups[0].path == newest
    if os.name == "posix":
        assert newest.stat().st_mode & 0o777 == 0o600
        assert project_path.stat().st_mode & 0o077 == 0, "the project is the owner's alone"
    with Project.open(newest) as copy:
        assert [c.name for c in copy.codes()] == ["Greeting", "Later"]
        assert copy.check() == []


def test_restore_replaces_the_file_with_a_sound_backup(project_path: Path, tmp_path: Path) -> None:
    root = tmp_path / "backups"
    with Project.open(project_path) as project:
        take_backup(project.store.database.conn, project_path, root)
        project.delete_code(project.find_code("Greeting").id)
    [backup] = list_backups(project_path, root)
    restore_backup(backup.path, project_path)
    with Project.open(project_path) as restored:
        assert [c.name for c in restored.codes()] == ["Greeting"]
        assert len(restored.codings()) == 1


def test_check_reports_problems_in_plain_words(project_path: Path, capsys) -> None:
    assert main(["check", str(project_path)]) == 0
    assert "is sound" in capsys.readouterr().out
    conn = sqlite3.connect(project_path)
    conn.execute('UPDATE codings SET "end" = 9999')
    conn.execute("INSERT INTO memos(guid, target_kind, target_id, created, updated)"
                 " VALUES ('X', 'code', 4242, '', '')")
    conn.commit()
    conn.close()
    assert main(["check", str(project_path)]) == 1
    err = capsys.readouterr().err
    assert "1 coding(s) lie outside their transcript's text." in err
    assert "1 memo(s) belong to a code that no longer exists." in err


def test_restore_command_lists_and_restores(project_path: Path, capsys) -> None:
    assert main(["restore", str(project_path)]) == 0
    assert "no backups" in capsys.readouterr().out
    with Project.open(project_path) as project:
        project.take_backup()
        project.add_code("Mistake")
    assert main(["restore", str(project_path)]) == 0
    listing = capsys.readouterr().out
    assert listing.splitlines()[0].strip().startswith("1 ")
    assert main(["restore", str(project_path), "--backup", "7"]) == 1
    assert "no backup number 7" in capsys.readouterr().err
    assert main(["restore", str(project_path), "--backup", "1"]) == 0
    with Project.open(project_path) as project:
        assert [c.name for c in project.codes()] == ["Greeting"]
    # The state that was replaced is itself a backup now.
    assert len(list_backups(project_path, default_backup_root())) == 2


def test_damaged_backup_is_not_restored(project_path: Path, tmp_path: Path) -> None:
    fake = tmp_path / "fake.annotator"
    fake.write_bytes(b"garbage")
    before = project_path.read_bytes()
    with pytest.raises(Exception, match="not an Annotator project"):
        restore_backup(fake, project_path)
    assert project_path.read_bytes() == before
