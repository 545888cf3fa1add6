"""Operations on memos and the reflexive journal."""

from __future__ import annotations

from annotator.formats.characters import xml_safe
from annotator.messages import message
from annotator.model.entities import MEMO_KINDS
from annotator.operations.errors import OperationError
from annotator.operations.stamps import new_guid, now_iso
from annotator.store.store import Store


def _check_target(store: Store, kind: str, target_id: int | None) -> None:
    if kind not in MEMO_KINDS or kind == "journal":
        raise OperationError(message("Memos cannot be attached to “{kind}”.", kind=kind))
    if kind == "project":
        if target_id is not None:
            raise OperationError(message("The project memo belongs to no item."))
        return
    lookup = {
        "source": store.sources.get,
        "code": store.codes.get,
        "theme": store.themes.get,
        "coding": store.codings.get,
        "case": store.cases.get,
    }[kind]
    if target_id is None or lookup(target_id) is None:
        raise OperationError({
            "source": message("That source no longer exists."),
            "code": message("That code no longer exists."),
            "theme": message("That theme no longer exists."),
            "coding": message("That coding no longer exists."),
            "case": message("That case no longer exists."),
        }[kind])


def set_memo(
    store: Store, kind: str, target_id: int | None, body: str, *, title: str = "",
    author: str = "",
) -> int:
    """Write the one memo of an item, creating it if needed; returns the memo id."""
    _check_target(store, kind, target_id)
    title, body = xml_safe(title), xml_safe(body)
    existing = store.memos.for_target(kind, target_id)
    if existing is None:
        return store.memos.add(guid=new_guid(), target_kind=kind, target_id=target_id,
                               title=title, body=body, author=author, created=now_iso())
    store.memos.update(existing.id, title=title or existing.title, body=body, updated=now_iso())
    return existing.id


def add_journal_entry(
    store: Store, title: str, body: str, *, author: str = "", created: str | None = None
) -> int:
    return store.memos.add(guid=new_guid(), target_kind="journal", target_id=None,
                           title=xml_safe(title), body=xml_safe(body), author=author,
                           created=created or now_iso())


def edit_memo(store: Store, memo_id: int, *, title: str, body: str) -> None:
    if store.memos.get(memo_id) is None:
        raise OperationError(message("That memo no longer exists."))
    store.memos.update(memo_id, title=xml_safe(title), body=xml_safe(body),
                       updated=now_iso())


def delete_memo(store: Store, memo_id: int) -> None:
    if store.memos.get(memo_id) is None:
        raise OperationError(message("That memo no longer exists."))
    store.memos.delete(memo_id)
