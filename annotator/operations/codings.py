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
    """Code [start, end) of a source for `coder`; the coding's id.

    As in NVivo and MAXQDA, text that overlaps or touches a coding of the same code by
    the same coder extends that coding to the union instead of making a second one
    (the counts and the Word comments would say two); memos are kept, joined. Another
    coder's coding of the same words stays apart: comparing coders needs both.
    """
    _check_span(store, source_id, start, end)
    memo = xml_safe(memo)
    if store.codes.get(code_id) is None:
        raise OperationError(message("That code no longer exists."))
    mates = _mates(store, source_id, code_id, coder, start, end)
    if mates:
        return _extend(store, mates, start, end, memo)
    check_room(store, 1)
    return store.codings.add(guid=new_guid(), source_id=source_id, code_id=code_id, start=start,
                             end=end, created_at=now_iso(), coder=coder, memo=memo)


def _mates(store: Store, source_id: int, code_id: int, coder: str, start: int, end: int
           ) -> list[Coding]:
    """The codings of `code_id` by `coder` that overlap or touch [start, end)."""
    # One position wider on each side, so that touching codings are found too.
    return [c for c in store.codings.overlapping(source_id, max(start - 1, 0), end + 1)
            if c.code_id == code_id and c.coder == coder]


def _joined(memos: Iterable[str]) -> str:
    joined = ""
    for memo in memos:
        if memo and memo not in joined:
            joined = f"{joined}\n\n{memo}" if joined else memo
    return joined


def _extend(store: Store, mates: list[Coding], start: int, end: int, memo: str = "") -> int:
    """Stretch the oldest of `mates` over them all and [start, end); the others go, their
    memos (and memo notes) joined onto it. Its id."""
    keep = min(mates, key=lambda c: c.id)  # the oldest keeps its GUID and date
    others = [c for c in mates if c is not keep]
    lo, hi = min(start, *(c.start for c in mates)), max(end, *(c.end for c in mates))
    joined = _joined([keep.memo, *(c.memo for c in sorted(others, key=lambda c: c.start)),
                      memo])
    fields: dict[str, object] = {}
    if (lo, hi) != (keep.start, keep.end):
        fields.update(start=lo, end=hi)
    if joined != keep.memo:
        fields["memo"] = joined
    if others and keep.id not in store.codings.illustrative_ids([keep.id]) and (
            store.codings.illustrative_ids([c.id for c in others])):
        fields["illustrative"] = 1
    for other in others:
        _carry_note(store, other.id, keep.id)
        store.codings.delete(other.id)
    if fields:
        store.codings.update(keep.id, **fields)
    return keep.id


def _carry_note(store: Store, coding_id: int, keep_id: int) -> None:
    """A memo note on a coding that goes is kept on the coding it was joined into."""
    note = store.memos.for_target("coding", coding_id)
    if note is None:
        return
    kept = store.memos.for_target("coding", keep_id)
    if kept is None:
        store.memos.add(guid=new_guid(), target_kind="coding", target_id=keep_id,
                        title=note.title, body=note.body, author=note.author,
                        created=note.created)
    elif note.body and note.body not in kept.body:
        store.memos.update(kept.id, title=kept.title, body=_joined([kept.body, note.body]),
                           updated=now_iso())


def add_codings(store: Store, spans: Iterable[tuple[int, int, int]], code_id: int, *,
                coder: str) -> list[int]:
    """Code each (source id, start, end) with the code, in bulk; the coding ids, in order.

    Every batch path that adds many codings comes here: they go in by
    CodingRepository.add_many (20,000 in a few tenths of a second, where one add_coding
    each took 27 s), in the caller's one transaction and undo step. As in add_coding,
    spans that overlap or touch each other or a coding of the code by `coder` become
    one coding over their union (the coding that was there is stretched); the id
    given for each span is that of the coding that covers it.
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
    mine: dict[int, list[Coding]] = {}
    for coding in store.codings.list(code_ids=[code_id]):
        if coding.coder == coder and coding.source_id in sources:
            mine.setdefault(coding.source_id, []).append(coding)
    groups = _groups(spans, mine)
    fresh = [(source_id, lo, hi) for source_id, lo, hi, mates, _ in groups if not mates]
    check_room(store, len(fresh))
    stamp = now_iso()
    rows: list[NewCoding] = [(guid, source_id, code_id, start, end, stamp, coder, "")
                             for guid, (source_id, start, end)
                             in zip(new_guids(len(fresh)), fresh, strict=True)]
    new_ids = iter(store.codings.add_many(rows))
    covering: dict[tuple[int, int, int], int] = {}
    for _source_id, lo, hi, mates, members in groups:
        coding_id = next(new_ids) if not mates else _extend(store, mates, lo, hi)
        for span in members:
            covering[span] = coding_id
    return [covering[span] for span in spans]


Group = tuple[int, int, int, list[Coding], list[tuple[int, int, int]]]
"""(source id, start, end, the coder's codings in it, the new spans in it)."""


def _groups(spans: list[tuple[int, int, int]], mine: dict[int, list[Coding]]) -> list[Group]:
    """The new spans gathered with each other and the codings they overlap or touch,
    by one sweep per transcript; groups without a new span are left out."""
    by_source: dict[int, list[tuple[int, int, Coding | None]]] = {}
    for span in dict.fromkeys(spans):
        by_source.setdefault(span[0], []).append((span[1], span[2], None))
    groups: list[Group] = []
    for source_id, items in by_source.items():
        items.extend((c.start, c.end, c) for c in mine.get(source_id, ()))
        items.sort(key=lambda t: (t[0], t[1]))
        current: Group | None = None
        for start, end, coding in items:
            if current is None or start > current[2]:
                if current is not None and current[4]:
                    groups.append(current)
                current = (source_id, start, end, [], [])
            elif end > current[2]:
                current = (source_id, current[1], end, current[3], current[4])
            if coding is None:
                current[4].append((source_id, start, end))
            else:
                current[3].append(coding)
        if current is not None and current[4]:
            groups.append(current)
    return groups


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
