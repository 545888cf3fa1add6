"""Copies of the open database that hold research data (backups, the copy kept before a
migration, a rescued project, a restore being staged), each owner-only from its first
byte: the file is made with mode 0600 before SQLite writes a page into it, so that a
process killed half-way never leaves transcripts readable by others.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import suppress
from pathlib import Path

PRIVATE_MODE = 0o600


def create_private(path: Path) -> None:
    """Make `path` an empty owner-only file; FileExistsError if there is one."""
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_MODE))


def remove(path: Path) -> None:
    """`path` and the journal files SQLite may have left beside it, if any."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        with suppress(OSError):
            Path(f"{path}{suffix}").unlink()


def copy_database(source: sqlite3.Connection, target: Path, journal_mode: str) -> None:
    """Copy the database behind `source` into a new owner-only file at `target`.

    On any failure (a full disk, a damaged page) nothing is left at `target`.
    """
    create_private(target)
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
            copy.execute(f"PRAGMA journal_mode = {journal_mode}")
        finally:
            copy.close()
    except BaseException:
        remove(target)
        raise
