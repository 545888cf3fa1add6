"""Files in and out of a project: transcripts, REFI-QDA projects and codebooks.

Every file is read and checked before the transaction starts, so a refused file
leaves the project untouched and no write lock is held while parsing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from annotator.formats.errors import UnreadableFile
from annotator.formats.reader import read_file
from annotator.formats.refi.model import ImportReport, RefiProject
from annotator.formats.refi.pseudonyms import apply_pseudonyms
from annotator.formats.refi.reader import read_exchange_file
from annotator.formats.refi.writer import write_codebook, write_qdpx
from annotator.messages import message
from annotator.operations import exchange
from annotator.operations import sources as source_ops
from annotator.operations.pseudonymise import check_mapping
from annotator.project.session import Session

Progress = Callable[[int, int, str], bool]
"""progress(done, total, current file name) -> False to cancel."""
Refused = list[tuple[Path, str]]
"""The files that could not be read, each with the sentence that says why."""


def import_file(session: Session, path: Path, name: str | None) -> int:
    imported, original = read_file(path)
    return session.run(
        message("Import “{name}”", name=path.name), source_ops.add_source, session.store, imported,
        name=name or path.stem, file_name=path.name, original=original,
    )


def import_files(session: Session, paths: Iterable[Path | str],
                 progress: Progress | None, refused: Refused | None = None) -> list[int]:
    """Several files as one undoable step; all land or none do (an empty list: cancelled).

    With `refused`, the files that cannot be read are put there with their sentence
    and the others imported (the window's drop and import dialog)."""
    paths = [Path(p) for p in paths]
    read = []
    for done, path in enumerate(paths):
        if progress is not None and not progress(done, len(paths), path.name):
            return []
        try:
            read.append((path, *read_file(path)))
        except UnreadableFile as exc:
            if refused is None:
                raise
            refused.append((path, exc.sentence))
    if not read:
        return []
    label = message("Import {n} files", n=len(read)) if len(read) != 1 \
        else message("Import “{name}”", name=read[0][0].name)
    ids: list[int] = []
    with session.batch(label):
        for path, imported, original in read:
            ids.append(source_ops.add_source(
                session.store, imported, name=path.stem, file_name=path.name,
                original=original))
    if progress is not None:
        progress(len(paths), len(paths), "")
    return ids


def import_exchange(session: Session, path: Path) -> ImportReport:
    """A REFI-QDA .qdpx/.qdc/.qde as one transaction and one undo step."""
    refi = read_exchange_file(path)
    with session.batch(message("Import “{name}”", name=path.name)):
        return exchange.import_refi(session.store, refi, path.name)


def export_qdpx(session: Session, name: str, out: Path,
                pseudonyms: Mapping[str, str] | None) -> RefiProject:
    """The whole project as REFI-QDA 1.5, with `pseudonyms` applied to the copy only."""
    refi = exchange.to_refi(session.store, name)
    if pseudonyms:
        apply_pseudonyms(refi, check_mapping(pseudonyms))
    write_qdpx(refi, out)
    return refi


def export_codebook(session: Session, name: str, out: Path) -> RefiProject:
    refi = exchange.to_refi(session.store, name)
    write_codebook(refi, out)
    return refi
