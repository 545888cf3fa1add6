"""Writing a file so that nothing good is lost and nothing private leaks.

Every export is written to a hidden temporary file beside its target, created
owner-only (mode 0600) from its first byte, and renamed over the target only once
it is complete and on disk: a full disk, a refused folder or a killed process
leaves the previous good file as it was, never a half one under the final name.
Before anything is created the target is checked: a folder, a missing folder, the
open project and its working files (-wal, -shm, lock), anything under the backup
folder, and any existing SQLite database (a project or a backup elsewhere) are
refused with one sentence.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path

from annotator.messages import message

PRIVATE_MODE = 0o600
_SQLITE_MAGIC = b"SQLite format 3\x00"
_FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG)
_DENIED = (errno.EACCES, errno.EPERM, errno.EROFS)


class WriteRefused(OSError):
    """A file that may not or could not be written; str() is one sentence."""

    def __init__(self, sentence: str) -> None:
        super().__init__(sentence)

    def __str__(self) -> str:
        return str(self.args[0])


def _beside(target: Path, protected: Path) -> bool:
    """Whether `target` is `protected` itself or one of its working files."""
    with suppress(OSError):
        if protected.is_dir():
            return target.resolve().is_relative_to(protected.resolve())
        if target.exists() and protected.exists() and target.samefile(protected):
            return True
    target, protected = target.resolve(), protected.resolve()
    if target.parent != protected.parent:
        return False
    name, own = target.name.casefold(), protected.name.casefold()
    # The project, SQLite's -wal/-shm/-journal beside it, and the hidden lock file.
    return name == own or name.startswith((own + "-", f".{own}"))


def _is_database(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(_SQLITE_MAGIC)) == _SQLITE_MAGIC
    except OSError:
        return False


def check_target(path: Path, protected: Sequence[Path] = ()) -> None:
    """Raise WriteRefused if `path` must not be written; creates nothing."""
    name = path.name
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise refused(path, exc) from exc
    if mode is not None and stat.S_ISDIR(mode):
        raise WriteRefused(message(
            "“{name}” is a folder; give the name of a file to write.", name=name))
    if not path.parent.is_dir():
        raise WriteRefused(message(
            "The folder “{folder}” does not exist, so “{name}” was not written.",
            folder=str(path.parent), name=name))
    if any(_beside(path, p) for p in protected):
        raise WriteRefused(message(
            "“{name}” is the open project, one of its working files or a backup; an "
            "export never writes over those: choose another file name.", name=name))
    if mode is not None and not stat.S_ISREG(mode):
        raise WriteRefused(message(
            "“{name}” is not an ordinary file, so nothing was written to it.", name=name))
    if mode is not None and _is_database(path):
        raise WriteRefused(message(
            "“{name}” is an Annotator project or a backup of one; an export never "
            "writes over those: choose another file name.", name=name))


def refused(path: Path, error: OSError) -> WriteRefused:
    """One sentence for what the disk said when `path` was being written."""
    if isinstance(error, WriteRefused):
        return error
    name, folder = path.name, str(path.parent)
    if error.errno in _FULL:
        return WriteRefused(message(
            "“{name}” was not written: the disk is full. Any earlier copy of it is "
            "untouched; make room and try again.", name=name))
    if error.errno in _DENIED:
        return WriteRefused(message(
            "“{name}” was not written: the folder “{folder}” cannot be written to. Any "
            "earlier copy of it is untouched; choose another folder.",
            name=name, folder=folder))
    return WriteRefused(message(
        "“{name}” was not written ({reason}). Any earlier copy of it is untouched.",
        name=name, reason=error.strerror or str(error)))


def _sync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def replacing(path: Path, protected: Sequence[Path] = ()) -> Iterator[Path]:
    """Yield an owner-only temporary path beside `path` to write the whole file to;
    it replaces `path` when the block ends without an error, and is removed otherwise.

    The temporary name keeps `path`'s suffix, for writers that choose the format by it.
    """
    path = Path(path)
    check_target(path, protected)
    partial = path.with_name(f".{path.stem}.{secrets.token_hex(4)}.partial{path.suffix}")
    try:
        os.close(os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_MODE))
    except OSError as exc:
        raise refused(path, exc) from exc
    try:
        yield partial
        _sync(partial)
        os.replace(partial, path)
    except BaseException as exc:
        with suppress(OSError):
            partial.unlink()
        if isinstance(exc, OSError):
            raise refused(path, exc) from exc
        raise


def write_bytes(path: Path, data: bytes, protected: Sequence[Path] = ()) -> None:
    """Write `data` as the whole of `path`, owner-only, replacing it only once complete."""
    with replacing(path, protected) as partial, partial.open("r+b") as handle:
        handle.write(data)
