"""Operations on sources: import, rename, remove."""

from __future__ import annotations

import hashlib

from annotator.formats.characters import xml_safe, xml_safe_text
from annotator.messages import message
from annotator.model.entities import ImportedText, Source
from annotator.operations.errors import OperationError
from annotator.operations.stamps import new_guid, now_iso
from annotator.store.store import Store


def unique_name(base: str, taken: set[str]) -> str:
    """`base`, or `base (2)`, `base (3)`... whichever is free first."""
    base = xml_safe(base).strip() or "Transcript"
    if base not in taken:
        return base
    n = 2
    while f"{base} ({n})" in taken:
        n += 1
    return f"{base} ({n})"


def add_source(
    store: Store, imported: ImportedText, *, name: str, file_name: str, original: bytes | None
) -> int:
    imported = xml_safe_text(imported)
    source_id = store.sources.add(
        guid=new_guid(),
        name=unique_name(name, store.sources.names()),
        kind=imported.kind,
        text=imported.text,
        file_name=file_name,
        original=original,
        sha256=hashlib.sha256(original).hexdigest() if original is not None else "",
        imported_at=now_iso(),
        paragraphs=imported.paragraphs,
    )
    if imported.cues:
        store.cues.add(source_id, imported.cues)
    return source_id


def rename_source(store: Store, source_id: int, name: str) -> None:
    name = xml_safe(name).strip()
    source = store.sources.get(source_id)
    if source is None:
        raise OperationError(message("That transcript no longer exists."))
    if not name:
        raise OperationError(message("A transcript needs a name."))
    if name != source.name and name in store.sources.names():
        raise OperationError(message("Another transcript is already called “{name}”.",
                                     name=name))
    store.sources.rename(source_id, name)


def remove_source(store: Store, source_id: int) -> None:
    if store.sources.get(source_id) is None:
        raise OperationError(message("That transcript no longer exists."))
    store.sources.remove(source_id)


def by_name(store: Store, name: str) -> Source:
    """The transcript called `name`; else a sentence naming the transcripts there are."""
    source = store.sources.by_name(name)
    if source is None:
        names = ", ".join(s.name for s in store.sources.summaries())
        if not names:
            raise OperationError(message(
                "There is no transcript called “{name}” (there are: none yet).", name=name))
        raise OperationError(message(
            "There is no transcript called “{name}” (there are: {names}).",
            name=name, names=names))
    return source
