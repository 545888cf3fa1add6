"""A memo as the memos list shows it: what it is about, named, beside its words."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ListedMemo:
    """One memo of the memos list, or an excerpt's memo kept on its coding (`memo_id` None).

    `kind` is the memo's target kind (project, journal, source, code, theme, coding,
    case); `target_id` is the item's id, a journal entry's own memo id, or None for
    the project. `target_name` names the item (a code by its path, an excerpt by its
    transcript), None when the item has been deleted or has no name (project,
    journal). `excerpt` holds the first words of a coded excerpt, else "".
    """

    kind: str
    target_id: int | None
    target_name: str | None
    title: str
    body: str
    updated: str
    memo_id: int | None = None
    excerpt: str = ""
