"""Where an export may go: never onto the project it comes from, its working files
or its backups (formats/safe_write.py does the checking and the atomic writing)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from annotator.formats.safe_write import check_target, replacing, write_bytes
from annotator.project import Project, default_backup_root


def protected(project: Project | Path) -> tuple[Path, ...]:
    """The files an export of `project` must leave alone: the project (with its -wal,
    -shm and lock beside it) and the folder of every project's backups."""
    path = project.path if isinstance(project, Project) else Path(project)
    return path, default_backup_root()


def check_export(project: Project | Path, out: Path) -> None:
    """Refuse, with one sentence, an export target that must not be written."""
    check_target(Path(out), protected(project))


@contextmanager
def export_file(project: Project | Path, out: Path) -> Iterator[Path]:
    """A temporary owner-only path to write `out` to; it becomes `out` when complete."""
    with replacing(Path(out), protected(project)) as partial:
        yield partial


def export_bytes(project: Project | Path, out: Path, data: bytes) -> None:
    write_bytes(Path(out), data, protected(project))
