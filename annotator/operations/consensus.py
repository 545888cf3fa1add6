"""Consensus decisions on two coders' disagreements (model/disagreements.py).

A decision is recorded as codings under the consensus coder's own name (A's spans,
B's, both joined, or an adjusted range); "keep neither" adds no coding, so it is
remembered in the project's meta table, where undo takes it back like any row. A
disagreement counts as resolved once the consensus coder has coded its code
anywhere in its stretch, or it was decided "neither".
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from annotator.messages import message
from annotator.model.disagreements import Disagreement
from annotator.operations.codings import check_room
from annotator.operations.errors import OperationError
from annotator.operations.stamps import new_guid, now_iso
from annotator.store.store import Store

REJECTED_KEY = "consensus_rejected"
Place = tuple[int, int, int, int]  # (source id, code id, start, end) of a disagreement


def rejected(store: Store) -> set[Place]:
    raw = store.meta(REJECTED_KEY)
    try:
        return {tuple(item) for item in json.loads(raw)} if raw else set()  # type: ignore[misc]
    except (ValueError, TypeError):
        return set()


def resolve(store: Store, place: Place, spans: Sequence[tuple[int, int]],
            coder: str) -> list[int]:
    """Record one decision on the disagreement at `place`: the consensus codings
    `spans` under `coder` (none: keep neither). Returns the new codings' ids."""
    source_id, code_id, _, _ = place
    found = store.sources.name_and_length(source_id)
    if found is None:
        raise OperationError(message("That transcript no longer exists."))
    if store.codes.get(code_id) is None:
        raise OperationError(message("That code no longer exists."))
    if not coder.strip():
        raise OperationError(message("The consensus needs a coder name."))
    for start, end in spans:
        if not 0 <= start < end <= found[1]:
            raise OperationError(message("That range is not inside the transcript."))
    if not spans:
        places = rejected(store) | {place}
        store.set_meta(REJECTED_KEY, json.dumps(sorted(places)))
        return []
    ids = []
    now = now_iso()
    twins = {(c.start, c.end): c.id for c in store.codings.list(source_id, [code_id])
             if c.coder == coder}
    check_room(store, len(set(spans) - twins.keys()))
    for start, end in sorted(set(spans)):
        twin = twins.get((start, end))
        ids.append(twin if twin else store.codings.add(
            guid=new_guid(), source_id=source_id, code_id=code_id, start=start, end=end,
            created_at=now, coder=coder, memo=""))
    return ids


def resolved(store: Store, items: Iterable[Disagreement], coder: str) -> set[Place]:
    """The places among `items` that already have a consensus decision."""
    items = list(items)
    done = rejected(store) & {d.key for d in items}
    spans: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for c in store.codings.list():
        if c.coder == coder:
            spans.setdefault((c.source_id, c.code_id), []).append((c.start, c.end))
    for d in items:
        if any(s < d.end and e > d.start for s, e in spans.get((d.source_id, d.code_id), ())):
            done.add(d.key)
    return done
