"""A project file's backups, seen from outside the project: which there are, what each
holds, and putting one back in the project's place (File > Restore from Backup…, and
`annotator restore`). A backup is taken by the open project itself (Project.take_backup).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from annotator.project import Project, default_backup_root
from annotator.store.backups import (
    DEFAULT_KEEP,
    Backup,
    BackupContents,
    backup_contents,
    list_backups,
    restore_backup,
)
from annotator.store.errors import ProjectBusy, ProjectFileError, ProjectReadOnly
from annotator.store.lock import ProjectLock

__all__ = ["Backup", "BackupContents", "backups", "contents", "restore"]


def backups(path: Path | str, root: Path | None = None) -> list[Backup]:
    """The backups of the project file at `path`, newest first."""
    return list_backups(Path(path), root or default_backup_root())


def contents(backup: Backup) -> BackupContents | None:
    """What a backup holds (counts), read without changing it; None if unreadable."""
    return backup_contents(backup.path)


def restore(path: Path | str, backup: Backup, root: Path | None = None) -> Path | None:
    """Replace the (closed) project file at `path` with `backup`.

    The state it replaces is backed up first, keeping every backup there was, so a
    restore can itself be undone by restoring that newest backup. A project too
    damaged to open (the very case restoring is for) cannot be backed up: it is kept
    beside, renamed “NAME (damaged STAMP).annotator”, and that path is returned.
    """
    path, root = Path(path), root or default_backup_root()
    # A window with the project open would go on writing to the file replaced.
    with ProjectLock(path).held():
        return _restore(path, backup, root)


def _restore(path: Path, backup: Backup, root: Path) -> Path | None:
    aside = None
    if path.exists():
        keep = max(len(backups(path, root)) + 1, DEFAULT_KEEP)
        try:
            current = Project.open(path)
        except (ProjectBusy, ProjectReadOnly):
            raise  # not damaged: another process has it, or nothing here may be written
        except ProjectFileError:
            stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
            aside = path.with_name(f"{path.stem} (damaged {stamp}){path.suffix}")
        else:
            with current:
                current.take_backup(root, keep=keep)
    restore_backup(backup.path, path, keep_aside=aside)
    return aside
