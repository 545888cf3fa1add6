"""Operations on sources: import, rename, remove."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass

from annotator.formats.characters import xml_safe, xml_safe_text
from annotator.messages import Message, joined, message, plural
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


@dataclass(frozen=True, slots=True)
class SourceContents:
    """What removing a transcript takes with it (its text and paragraphs aside)."""

    name: str
    codings: int
    codes: tuple[str, ...]  # the codes of its codings, the most used first
    memos: int  # on the transcript and on its excerpts

    def sentence(self, shown: int = 3) -> Message:
        """What goes, as one sentence naming the first `shown` codes."""
        codes = joined(f"“{name}”" for name in self.codes[:shown])
        if len(self.codes) > shown:
            codes = message("{codes} and {n} more", codes=codes, n=len(self.codes) - shown)
        codings = plural(self.codings, message("1 coding ({codes})", codes=codes),
                         message("{n} codings ({codes})", n=self.codings, codes=codes))
        memos = plural(self.memos, message("1 memo"), message("{n} memos", n=self.memos))
        if self.codings and self.memos:
            return message("Its {codings} and {memos} go with it.", codings=codings,
                           memos=memos)
        if self.codings:
            return message("Its {codings} go with it.", codings=codings)
        if self.memos:
            return message("Its {memos} go with it.", memos=memos)
        return message("It has no codings and no memos.")


def contents(store: Store, source_id: int) -> SourceContents:
    """What removing transcript `source_id` would take with it."""
    source = store.sources.get(source_id)
    if source is None:
        raise OperationError(message("That transcript no longer exists."))
    codings = store.codings.list(source_id)
    used = Counter(coding.code_id for coding in codings)
    names = {code.id: code.name for code in store.codes.all()}
    ids = {coding.id for coding in codings}
    memos = sum(1 for memo in store.memos.list("coding") if memo.target_id in ids)
    memos += sum(1 for coding in codings if coding.memo.strip())
    memos += store.memos.for_target("source", source_id) is not None
    codes = tuple(names.get(code_id, "?") for code_id, _n in
                  sorted(used.items(), key=lambda item: (-item[1], names.get(item[0], ""))))
    return SourceContents(source.name, len(codings), codes, memos)


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
