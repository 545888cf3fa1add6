"""Operations on codings: apply a code to an excerpt, remove it, move its ends, annotate it."""

from __future__ import annotations

from collections.abc import Iterable

from annotator.formats.characters import xml_safe
from annotator.messages import message
from annotator.model.entities import Coding
from annotator.model.limits import MAX_CODINGS
from annotator.operations.errors import OperationError
from annotator.operations.stamps import new_guid, new_guids, now_iso
from annotator.store.codings import NewCoding
from annotator.store.store import Store


def _check_span(store: Store, source_id: int, start: int, end: int) -> None:
    # Checked on every coding: ask for the length, not the whole transcript.
    found = store.sources.name_and_length(source_id)
    if found is None:
        raise OperationError(message("That transcript no longer exists."))
    name, length = found
    if not 0 <= start < end <= length:
        raise OperationError(message(
            "The excerpt {start}–{end} is not inside “{name}” (0–{length}), or is empty.",
            start=start, end=end, name=name, length=length))


def _existing(store: Store, coding_id: int) -> Coding:
    coding = store.codings.get(coding_id)
    if coding is None:
        raise OperationError(message("That coding no longer exists."))
    return coding


def add_coding(
    store: Store, source_id: int, code_id: int, start: int, end: int, *, coder: str,
    memo: str = "",
) -> int:
    """Code [start, end) of a source; coding the same excerpt twice with one code is a no-op."""
    _check_span(store, source_id, start, end)
    memo = xml_safe(memo)
    if store.codes.get(code_id) is None:
        raise OperationError(message("That code no longer exists."))
    twin = store.codings.find(source_id, code_id, start, end)
    if twin is not None:
        if memo and memo != twin.memo:
            store.codings.update(twin.id, memo=memo)
        return twin.id
    check_room(store, 1)
    return store.codings.add(guid=new_guid(), source_id=source_id, code_id=code_id, start=start,
                             end=end, created_at=now_iso(), coder=coder, memo=memo)


def add_codings(store: Store, spans: Iterable[tuple[int, int, int]], code_id: int, *,
                coder: str) -> list[int]:
    """Code each (source id, start, end) with the code, in bulk; the coding ids, in order.

    Every batch path that adds many codings comes here: they go in by
    CodingRepository.add_many (20,000 in a few tenths of a second, where one add_coding
    each took 27 s), in the caller's one transaction and undo step. A span already
    coded with the code keeps its coding.
    """
    if store.codes.get(code_id) is None:
        raise OperationError(message("That code no longer exists."))
    spans = list(spans)
    sources: dict[int, tuple[str, int]] = {}
    for source_id, start, end in spans:
        if source_id not in sources:
            found = store.sources.name_and_length(source_id)
            if found is None:
                raise OperationError(message("That transcript no longer exists."))
            sources[source_id] = found
        name, length = sources[source_id]
        if not 0 <= start < end <= length:
            raise OperationError(message(
                "The excerpt {start}–{end} is not inside “{name}” (0–{length}), or is empty.",
                start=start, end=end, name=name, length=length))
    existing = store.codings.spans_of_code(code_id)
    fresh = [span for span in dict.fromkeys(spans) if span not in existing]
    check_room(store, len(fresh))
    stamp = now_iso()
    rows: list[NewCoding] = [(guid, source_id, code_id, start, end, stamp, coder, "")
                             for guid, (source_id, start, end)
                             in zip(new_guids(len(fresh)), fresh, strict=True)]
    existing.update(zip(fresh, store.codings.add_many(rows), strict=True))
    return [existing[span] for span in spans]


def check_room(store: Store, adding: int) -> None:
    """Refuse codings past MAX_CODINGS (model/limits.py) in one sentence."""
    if adding and store.codings.count() + adding > MAX_CODINGS:
        raise OperationError(message(
            "A project can hold {limit} codings, and this would make {n}; nothing was "
            "added. Split the project (one per group of transcripts) to go on.",
            limit=f"{MAX_CODINGS:,}", n=f"{store.codings.count() + adding:,}"))


def remove_coding(store: Store, coding_id: int) -> None:
    _existing(store, coding_id)
    store.codings.delete(coding_id)


def resize_coding(store: Store, coding_id: int, start: int, end: int) -> None:
    coding = _existing(store, coding_id)
    _check_span(store, coding.source_id, start, end)
    store.codings.update(coding_id, start=start, end=end)


def set_coding_memo(store: Store, coding_id: int, memo: str) -> None:
    _existing(store, coding_id)
    store.codings.update(coding_id, memo=xml_safe(memo))


def recode(store: Store, coding_id: int, code_id: int) -> None:
    _existing(store, coding_id)
    if store.codes.get(code_id) is None:
        raise OperationError(message("That code no longer exists."))
    store.codings.update(coding_id, code_id=code_id)


def mark_illustrative(store: Store, coding_id: int, illustrative: bool) -> None:
    """Choose an excerpt to quote in the theme report (or stop quoting it)."""
    _existing(store, coding_id)
    store.codings.update(coding_id, illustrative=int(illustrative))
