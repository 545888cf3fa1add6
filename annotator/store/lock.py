"""One window per project: an advisory lock held while the app has the project open.

SQLite already keeps two writers from corrupting the file; this lock is about
the researcher: two windows on one project would each show a stale picture of
the other's work and undo it row by row. The lock is a small hidden file beside
the project, locked with the operating system's advisory lock, so it is released
even when the app is killed.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from annotator.messages import message
from annotator.store.errors import ProjectFileError
from annotator.store.name_lock import NameLock


class ProjectInUse(ProjectFileError):
    """Another Annotator window has the project open."""


def _try_lock(handle: IO[bytes]) -> bool:
    if os.name == "nt":
        import msvcrt

        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def window_holds(project: Path) -> bool:
    """Whether an Annotator window has `project` open (holds its lock), asked without
    taking the lock or touching its file; True where that cannot be asked cheaply."""
    try:
        handle = _lock_file(project).open("rb")
    except OSError:
        return False  # no lock file: no window has it open
    with handle:
        if os.name == "nt":
            return True
        import fcntl

        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError:
            return True
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        return False


def _lock_file(project: Path) -> Path:
    """The lock beside the file's real name: a symbolic link to it shares its lock."""
    real = project.resolve()
    return real.with_name(f".{real.name}.lock")


class ProjectLock:
    """The window's lock (`exclusive`), and always the name lock (store/name_lock.py)
    that refuses the same file opened under another name."""

    def __init__(self, project: Path, exclusive: bool = True) -> None:
        self.path = _lock_file(project)
        self._project = project
        self._exclusive = exclusive
        self._names = NameLock(project)
        self._handle: IO[bytes] | None = None

    def acquire(self) -> None:
        """Take the lock or raise ProjectInUse with a sentence for the user."""
        self._names.acquire()
        if not self._exclusive:
            return
        try:
            handle = self.path.open("a+b")
        except OSError:
            # A folder we cannot write to holds a project nobody here can change;
            # there is nothing for a second window to spoil.
            return
        if not _try_lock(handle):
            handle.close()
            self._names.release()
            raise ProjectInUse(message(
                "“{name}” is already open in another Annotator window; "
                "switch to that window, or close the project there first.",
                name=self._project.name))
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None
            self.path.unlink(missing_ok=True)
        self._names.release()

    @contextmanager
    def held(self) -> Iterator[None]:
        """Hold the lock for a while (a restore replacing the file): ProjectInUse with a
        sentence if a window has the project open."""
        self.acquire()
        try:
            yield
        finally:
            self.release()
