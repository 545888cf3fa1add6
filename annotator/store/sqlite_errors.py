"""Which SQLite errors come from the environment, and the sentence for each.

Errors are told apart by their result code (Python 3.11's `sqlite_errorname`),
never by their message, which SQLite words differently from version to version.
An extended code ("SQLITE_BUSY_SNAPSHOT", "SQLITE_READONLY_DBMOVED") counts as its
primary one ("SQLITE_BUSY", "SQLITE_READONLY").
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from annotator.messages import message
from annotator.store.errors import ProjectBusy, ProjectFileError, ProjectReadOnly

_BUSY = frozenset({"SQLITE_BUSY", "SQLITE_LOCKED"})
_DAMAGED = frozenset({"SQLITE_CORRUPT", "SQLITE_NOTADB"})
# The file, the disk or the operating system failed us: not a bug of ours.
_ENVIRONMENTAL = _BUSY | _DAMAGED | frozenset({
    "SQLITE_READONLY", "SQLITE_FULL", "SQLITE_IOERR", "SQLITE_CANTOPEN", "SQLITE_PERM",
    "SQLITE_NOLFS", "SQLITE_PROTOCOL", "SQLITE_NOMEM", "SQLITE_AUTH"})


def primary_name(exc: sqlite3.Error) -> str:
    """"SQLITE_BUSY" for SQLITE_BUSY and every SQLITE_BUSY_*; "" for errors that
    did not come from SQLite itself."""
    name = getattr(exc, "sqlite_errorname", None) or ""
    return "_".join(name.split("_")[:2])


def is_environmental(exc: sqlite3.Error) -> bool:
    """Whether the error is the file's or the disk's doing rather than a bug."""
    return primary_name(exc) in _ENVIRONMENTAL


def translate_error(exc: sqlite3.Error, path: Path, *, opening: bool = False) -> ProjectFileError:
    """Map an SQLite error caused by the environment to a sentence for the user;
    `opening`: the error came while opening the file, not while changing it."""
    kind = primary_name(exc)
    name = path.name
    if opening and kind in _DAMAGED:
        return ProjectFileError(message("“{name}” is damaged and cannot be opened ({reason}).",
                                        name=name, reason=str(exc)))
    if kind in _BUSY:
        return ProjectBusy(message(
            "“{name}” is being changed by another Annotator window or command; "
            "nothing was changed here, please try again in a moment.", name=name))
    if kind == "SQLITE_READONLY":
        return ProjectReadOnly(message("“{name}” is read-only, so changes cannot be saved.",
                                       name=name))
    if kind == "SQLITE_FULL":
        return ProjectFileError(message("The disk holding “{name}” is full; nothing was changed.",
                                        name=name))
    # A damaged file (SQLITE_CORRUPT, SQLITE_NOTADB) or a failing disk: SQLite's
    # own words say which.
    return ProjectFileError(message("“{name}” could not be changed: {reason}.", name=name,
                                    reason=str(exc)))
