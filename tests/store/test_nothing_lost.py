"""Issue 14, second pass on losing nothing: a full disk where backups go (item 6), a copy
of the file taken while the project is open (7), owner-only copies from the first byte
(8), a damaged project checked and restored (13), a stale -wal beside a copy (12)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import threading
from pathlib import Path

import pytest

from annotator.cli.main import main
from annotator.platform import backups as project_backups
from annotator.project import Project, default_backup_root
from annotator.store import backups as store_backups
from annotator.store import database as store_database
from annotator.store import private_copy
from annotator.store.errors import ProjectFileError
from tests.file_system import fill, full_disk
from tests.helpers import write_txt


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "study.annotator"
    with Project.create(path) as project:
        source = project.import_file(write_txt(tmp_path, "Ana.txt", "Ana: trust matters.\n"))
        project.add_coding(source, project.add_code("Trust"), 5, 10)
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


# -- 6: a full disk where the backups go --------------------------------------------------


def test_a_backup_on_a_full_disk_is_one_sentence_and_leaves_no_partial(
        capsys: pytest.CaptureFixture[str], project_path: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    with full_disk(tmp_path / "data") as data:
        monkeypatch.setenv("XDG_DATA_HOME", str(data))
        folder = store_backups.backup_folder(project_path, default_backup_root())
        folder.mkdir(parents=True)
        fill(data)
        code, out, err = run(capsys, "backup", project_path)
        assert (code, out) == (1, "")
        assert err.count("\n") == 1 and "No backup of “study.annotator”" in err, err
        assert "Traceback" not in err
        assert list(folder.iterdir()) == []
    with Project.open(project_path) as project:
        assert [c.name for c in project.codes()] == ["Trust"]


@pytest.mark.parametrize("error", [sqlite3.OperationalError("database or disk is full"),
                                   OSError(28, "No space left on device")])
def test_a_failing_backup_copy_raises_one_sentence_and_cleans_up(
        project_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        error: Exception) -> None:
    real_copy = store_backups.copy_database

    def full(source: sqlite3.Connection, target: Path, journal_mode: str) -> None:
        # What a full disk does: the copy's file is made, then the writing fails.
        real_copy(source, target, journal_mode)
        raise error

    monkeypatch.setattr(store_backups, "copy_database", full)
    with Project.open(project_path) as project, pytest.raises(ProjectFileError,
                                                               match="No backup of"):
        project.take_backup(tmp_path / "backups")
    assert [p for p in (tmp_path / "backups").rglob("*") if p.is_file()] == []


# -- 7: a copy of the open project's file holds all committed work ------------------------


def test_a_copy_taken_while_open_and_idle_holds_all_committed_work(
        project_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    checkpointed = threading.Event()
    original = store_database.Database.checkpoint

    def checkpoint(self: store_database.Database) -> None:
        original(self)
        checkpointed.set()

    monkeypatch.setattr(store_database.Database, "checkpoint", checkpoint)
    with Project.open(project_path, exclusive=True) as project:
        for number in range(50):
            project.add_code(f"Code {number}")
        assert Path(f"{project_path}-wal").stat().st_size > 0
        # The checkpoint comes once changes stop for IDLE_CHECKPOINT_S (1 s; the
        # README promises a copy after 2 s): wait for it, no longer than 2 s.
        assert checkpointed.wait(2.0)
        copy = tmp_path / "copy.annotator"
        shutil.copyfile(project_path, copy)  # the file alone, not its -wal
    with Project.open(copy) as copied:
        assert len(copied.codes()) == 51
        assert copied.check() == []


def test_closing_folds_the_wal_back(project_path: Path) -> None:
    with Project.open(project_path) as project:
        project.add_code("Late")
    assert not Path(f"{project_path}-wal").exists() or \
        Path(f"{project_path}-wal").stat().st_size == 0


# -- 8: owner-only from the first byte ----------------------------------------------------


def test_every_copy_is_created_owner_only(project_path: Path, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The mode is looked at the moment the file is made, before any chmod could run."""
    seen: dict[str, int] = {}
    real_connect = sqlite3.connect

    def connect(target: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        path = Path(str(target))
        if path.exists() and path.stat().st_size == 0:
            seen[path.name] = mode(path)
        return real_connect(target, *args, **kwargs)  # type: ignore[arg-type]

    previous = os.umask(0o022)
    monkeypatch.setattr(private_copy.sqlite3, "connect", connect)
    try:
        with Project.open(project_path) as project:
            backup = project.take_backup(tmp_path / "backups")
        project_backups.restore(project_path, project_backups.backups(
            project_path, tmp_path / "backups")[0], tmp_path / "backups")
    finally:
        os.umask(previous)
    assert mode(backup) == 0o600
    assert mode(project_path) == 0o600
    assert seen and set(seen.values()) == {0o600}, seen
    assert any(name.endswith(".partial") for name in seen)
    assert any(name.endswith(".restoring") for name in seen)


def test_the_copy_before_a_migration_and_the_rescued_copy_are_owner_only(
        tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        path = tmp_path / "vanishing.annotator"
        project = Project.create(path)
        project.add_code("Precious")
        path.unlink()
        for extra in ("-wal", "-shm"):
            Path(f"{path}{extra}").unlink(missing_ok=True)
        with pytest.raises(ProjectFileError, match="was moved or deleted while open"):
            project.add_code("Next")
        project.close()
        assert mode(path) == 0o600
        with Project.open(path) as project:
            database = project.store.database
            database._backup_before_migration(1)
        bak = tmp_path / "vanishing.annotator.format1.bak"
        assert mode(bak) == 0o600
        assert [p.name for p in tmp_path.iterdir() if "partial" in p.name] == []
    finally:
        os.umask(previous)


# -- 13: a damaged project: check answers in sentences, restore keeps it aside -------------


def damage(path: Path) -> None:
    """Overwrite one page in the middle of the file with garbage."""
    data = bytearray(path.read_bytes())
    page = 4096
    middle = (len(data) // page // 2) * page
    data[middle:middle + page] = b"\xde\xad" * (page // 2)
    path.write_bytes(bytes(data))


@pytest.fixture
def big_project(tmp_path: Path) -> Path:
    path = tmp_path / "big.annotator"
    with Project.create(path) as project:
        source = project.import_file(write_txt(
            tmp_path, "Ana.txt", "Ana: " + "words and more words. " * 3000 + "\n"))
        for number in range(200):
            project.add_coding(source, project.ensure_code_path(f"C{number}"),
                               number, number + 5)
    return path


def test_check_of_a_bad_page_answers_in_a_sentence(capsys: pytest.CaptureFixture[str],
                                                   big_project: Path) -> None:
    damage(big_project)
    code, out, err = run(capsys, "check", big_project)
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "damaged" in err and "backup" in err, err


@pytest.mark.parametrize("harm", ["truncate", "bad page"])
def test_restore_over_a_damaged_project_keeps_it_aside(
        capsys: pytest.CaptureFixture[str], big_project: Path, harm: str) -> None:
    assert run(capsys, "backup", big_project)[0] == 0
    if harm == "truncate":
        with big_project.open("r+b") as handle:
            handle.truncate(big_project.stat().st_size // 3)
    else:
        damage(big_project)
    damaged = big_project.read_bytes()
    code, out, err = run(capsys, "restore", big_project, "--backup", "1")
    assert (code, err) == (0, ""), err
    assert "Restored" in out
    with Project.open(big_project) as restored:
        assert len(restored.codings()) == 200
        assert restored.check() == []
    aside = [p for p in big_project.parent.iterdir()
             if "damaged" in p.name and p.suffix == ".annotator"]
    if aside:  # it cannot be opened, so cannot be backed up: it is kept beside
        assert len(aside) == 1 and aside[0].read_bytes() == damaged
        assert str(aside[0]) in out
        assert mode(aside[0]) == 0o600
    else:  # it opens, so it was backed up first like any state a restore replaces
        assert harm == "bad page"
        assert len(project_backups.backups(big_project)) == 2


# -- 12: a stale -wal beside a copied project ----------------------------------------------


def test_a_stale_wal_beside_a_copy_is_explained_and_the_copy_left_as_it_was(
        capsys: pytest.CaptureFixture[str], project_path: Path, tmp_path: Path) -> None:
    conn = sqlite3.connect(project_path, isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    for number in range(100):
        conn.execute("INSERT INTO memos(guid, target_kind, title, body, created, updated) "
                     "VALUES (?, 'journal', ?, ?, 'x', 'x')",
                     (f"g{number}", f"t{number}", "x" * 3000))
    stale = tmp_path / "stale-wal"
    shutil.copyfile(f"{project_path}-wal", stale)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("DELETE FROM memos")
    conn.execute("VACUUM")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    shutil.copyfile(stale, f"{project_path}-wal")
    before = project_path.read_bytes()
    code, out, err = run(capsys, "info", project_path)
    assert (code, out) == (1, "")
    assert "study.annotator-wal" in err and "Move" in err and err.count("\n") == 1, err
    assert project_path.read_bytes() == before  # the -wal was not folded into it
    Path(f"{project_path}-wal").rename(tmp_path / "kept-wal")
    Path(f"{project_path}-shm").unlink(missing_ok=True)
    with Project.open(project_path) as project:
        assert [c.name for c in project.codes()] == ["Trust"]
