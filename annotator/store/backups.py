"""Rolling backups of a project file, taken with SQLite's online backup API.

A backup is a consistent copy even while the project is open and being
written, so it can be taken at every opening. Backups live in the user's data
folder, one subfolder per project path, and only the newest `keep` are kept.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from annotator.messages import message
from annotator.store.database import inspect_file
from annotator.store.errors import ProjectFileError
from annotator.store.private_copy import copy_database, remove

DEFAULT_KEEP = 10
_STAMP = "%Y%m%d-%H%M%S-%f"


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    taken: datetime
    size: int


@dataclass(frozen=True, slots=True)
class BackupContents:
    """What a backup holds, for choosing one: counts of the main kinds of thing."""

    sources: int
    codes: int
    codings: int
    themes: int


def backup_folder(project: Path, root: Path) -> Path:
    """Where the backups of one project path go: readable name plus a short path hash."""
    resolved = str(project.resolve())
    digest = hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:10]
    return root / f"{project.stem}-{digest}"


def take_backup(conn: sqlite3.Connection, project: Path, root: Path,
                keep: int = DEFAULT_KEEP) -> Path:
    """Copy the open database behind `conn` into the backup folder; prune to `keep`.

    A disk that is full or refuses us raises ProjectFileError with one sentence and
    leaves no partial copy behind.
    """
    folder = backup_folder(project, root)
    stamp = datetime.now(UTC).strftime(_STAMP)
    target = folder / f"{project.stem}-{stamp}.annotator"
    partial = target.with_suffix(".partial")
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if os.name == "posix":
            folder.chmod(0o700)  # transcripts are confidential: the owner's eyes only
        copy_database(conn, partial, "DELETE")
        # Renamed only once complete: a crash mid-copy never leaves a half backup
        # that looks like a whole one.
        partial.replace(target)
    except (OSError, sqlite3.Error) as exc:
        remove(partial)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise ProjectFileError(message(
            "No backup of “{name}” could be written to “{folder}” ({reason}); the "
            "project itself is unaffected.", name=project.name, folder=str(folder),
            reason=reason)) from exc
    for old in list_backups(project, root)[keep:]:
        old.path.unlink(missing_ok=True)
    return target


def list_backups(project: Path, root: Path) -> list[Backup]:
    """Backups of `project`, newest first."""
    folder = backup_folder(project, root)
    if not folder.is_dir():
        return []
    found: list[Backup] = []
    for path in folder.glob(f"{project.stem}-*.annotator"):
        stamp = path.stem[len(project.stem) + 1:]
        try:
            taken = datetime.strptime(stamp, _STAMP).replace(tzinfo=UTC)
        except ValueError:
            continue
        found.append(Backup(path, taken, path.stat().st_size))
    return sorted(found, key=lambda b: b.taken, reverse=True)


def backup_contents(backup: Path) -> BackupContents | None:
    """Count what `backup` holds, reading only (None when it cannot be read)."""
    try:
        conn = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        counts = [conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
                  for table in ("sources", "codes", "codings", "themes")]
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return BackupContents(*counts)


def restore_backup(backup: Path, project: Path, keep_aside: Path | None = None) -> None:
    """Replace `project` with `backup`, after checking the backup is a sound project.

    The replacement is a rename of a complete copy, so the project is never
    half-restored; the caller backs the current file up first, or, when it is too
    damaged to open, names `keep_aside`: the damaged file (and its -wal) is renamed
    there, only once the copy is complete.
    """
    inspect_file(backup)
    source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    staging = project.with_name(f".{project.name}.restoring")
    try:
        problems = [r[0] for r in source.execute("PRAGMA integrity_check") if r[0] != "ok"]
        if problems:
            raise ProjectFileError(message(
                "The backup “{name}” is damaged and was not restored.", name=backup.name))
        remove(staging)  # left by a restore that was killed
        copy_database(source, staging, "WAL")
    finally:
        source.close()
    for suffix in ("-wal", "-shm"):
        beside = Path(f"{project}{suffix}")
        if keep_aside is not None and suffix == "-wal" and beside.exists():
            beside.replace(f"{keep_aside}{suffix}")
        beside.unlink(missing_ok=True)
    if keep_aside is not None and project.exists():
        project.replace(keep_aside)
    staging.replace(project)
