"""One name per open project file: a second name for the same file (a hard link) is refused.

SQLite keeps its write-ahead log beside the name it was given (`a.annotator-wal`). Two
processes writing one file through two hard links (`a.annotator`, `b.annotator`) each
keep their own log, and each checkpoint overwrites the other's pages: both reported
300 new codes and the file kept 301. So whoever opens a project records, per file
identity (device and inode), the name it opened it by, and while anyone holds it open
another name is refused. A symbolic link is followed to the file's real name first,
which SQLite does too, so links to one file share one name.

The record is a small file per identity in the user's runtime (or temporary) folder,
locked shared by every holder with the operating system's advisory lock (released
even when the app is killed); a short exclusive lock on a guard file beside it makes
"am I the first?" and "write my name" one step. Where flock is missing (Windows) the
check is skipped: hard links are rare there.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path
from typing import IO

from annotator.messages import message
from annotator.store.errors import ProjectFileError


class OpenUnderAnotherName(ProjectFileError):
    """The file is open now under another name (a hard link to it)."""


def lock_folder() -> Path:
    """The user's runtime folder, else a folder of the user's own in the system's
    temporary folder: never the home folder, which a check must leave as it found it."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and Path(runtime).is_dir():
        folder = Path(runtime) / "annotator-open-files"
    else:
        folder = Path(tempfile.gettempdir()) / f"annotator-open-files-{os.getuid()}"
    folder.mkdir(mode=0o700, exist_ok=True)
    status = os.lstat(folder)
    # In a shared temporary folder anyone could have made it first: use only our own.
    if not stat.S_ISDIR(status.st_mode) or status.st_uid != os.getuid() \
            or stat.S_IMODE(status.st_mode) & 0o077:
        raise PermissionError(f"{folder} is not the user's own")
    return folder


class NameLock:
    """Held while a project is open: refuses the same file under another name."""

    def __init__(self, project: Path) -> None:
        self._project = project
        self._name = str(project.resolve())
        self._handle: IO[bytes] | None = None

    def acquire(self) -> None:
        """Record this name for the file, or raise OpenUnderAnotherName with a sentence."""
        if os.name == "nt" or self._handle is not None:
            return
        import fcntl

        try:
            status = os.stat(self._name)
            folder = lock_folder()
            key = f"{status.st_dev}-{status.st_ino}"
            guard = (folder / f"{key}.guard").open("a+b")
        except OSError:
            return  # no file yet, or nowhere to keep the record: SQLite will say
        with guard:
            fcntl.flock(guard.fileno(), fcntl.LOCK_EX)  # held for microseconds
            handle = (folder / f"{key}.name").open("a+b")
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                first = True
            except OSError:
                first = False
            if first:
                handle.seek(0)
                handle.truncate()
                handle.write(self._name.encode("utf-8", "surrogateescape"))
                handle.flush()
            fcntl.flock(handle.fileno(), fcntl.LOCK_SH)
            handle.seek(0)
            holder = handle.read().decode("utf-8", "surrogateescape")
            if holder != self._name:
                handle.close()
                raise OpenUnderAnotherName(message(
                    "“{name}” is the same file as “{other}” (a hard link to it), which is "
                    "open now; open it as “{other}”, or close it there first: two names "
                    "for one project would each keep their own changes and lose the "
                    "other's.", name=self._project.name, other=holder))
            self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None
