"""The user's actions that are several operations: each runs as one step (one transaction,
one undo, one label; the labels are in project/composites.py).

In-vivo coding finds or creates a code and codes the selection with it; coding with a
code path creates what is missing; a merge, recolouring, deletion or move of several
codes; deleting themes with their sub-themes and links; a theme made from codes taken
out of another; moving cards, putting codes on one, editing a theme with its memo. The
window, the command line and the tests all call these through the Project facade, so
none of them assembles an action of its own.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from annotator.messages import message
from annotator.operations import codes as code_ops
from annotator.operations import memos as memo_ops
from annotator.operations import themes as theme_ops
from annotator.operations.codings import add_coding
from annotator.operations.errors import OperationError
from annotator.store.store import Store


# -- codings ---------------------------------------------------------------------------
def apply_codes(store: Store, source_id: int, code_ids: Collection[int], start: int, end: int,
                *, coder: str) -> list[int]:
    """Code [start, end) with each code (each once); the codings' ids, in the codes' order."""
    return [add_coding(store, source_id, code_id, start, end, coder=coder)
            for code_id in dict.fromkeys(code_ids)]


def code_with_path(store: Store, source_id: int, path: str, start: int, end: int, *,
                   coder: str, memo: str = "") -> tuple[int, int]:
    """Code [start, end) with the code at `path` ("Parent/Child"), creating what is missing;
    (code id, coding id)."""
    code_id = code_ops.ensure_code_path(store, path)
    return code_id, add_coding(store, source_id, code_id, start, end, coder=coder, memo=memo)


def in_vivo_code(store: Store, source_id: int, start: int, end: int, name: str, *,
                 coder: str) -> int:
    """Code [start, end) with the top-level code `name` (the selection's own words), made
    if there is none: a twin is never made. The code's id."""
    found = store.codes.find_child(None, " ".join(name.split()))
    code_id = found.id if found is not None else code_ops.add_code(store, name)
    add_coding(store, source_id, code_id, start, end, coder=coder)
    return code_id


# -- codes -----------------------------------------------------------------------------
def _top_most(store: Store, code_ids: Collection[int]) -> list[int]:
    """The codes that exist, without those below another given one (they go along)."""
    chosen = [c for c in dict.fromkeys(code_ids) if store.codes.get(c) is not None]
    inside = {d for c in chosen for d in code_ops.descendants(store, c)}
    return [c for c in chosen if c not in inside]


def merge_codes_into(store: Store, code_ids: Collection[int], target_id: int) -> None:
    """Fold each code (and what is below it) into `target_id`."""
    ids = [c for c in _top_most(store, code_ids) if c != target_id]
    if not ids:
        raise OperationError(message("Choose codes other than the one to merge into."))
    for code_id in ids:
        code_ops.merge_codes(store, code_id, target_id)


def recolor_codes(store: Store, code_ids: Collection[int], color: str) -> None:
    for code_id in dict.fromkeys(code_ids):
        code_ops.recolor_code(store, code_id, color)


def delete_codes(store: Store, code_ids: Collection[int]) -> None:
    """Delete codes with their sub-codes and codings (a sub-code also chosen goes along)."""
    ids = list(dict.fromkeys(code_ids))
    if any(store.codes.get(code_id) is None for code_id in ids):
        raise OperationError(message("That code no longer exists."))
    for code_id in _top_most(store, ids):
        code_ops.delete_code(store, code_id)


def move_codes(store: Store, code_ids: Collection[int], parent_id: int | None,
               index: int | None = None) -> None:
    """Put codes under `parent_id` (None: top level), together and in the given order,
    before the sibling now at `index` among those that stay (None: at the end)."""
    ids = _top_most(store, code_ids)
    if len(ids) > 1:
        # Gather them at the end first, so that each index below counts only the
        # codes that stay where they are.
        for code_id in ids:
            code_ops.move_code(store, code_id, parent_id)
    for offset, code_id in enumerate(ids):
        code_ops.move_code(store, code_id, parent_id, None if index is None else index + offset)


# -- themes ----------------------------------------------------------------------------
def delete_from_board(store: Store, theme_ids: Collection[int], link_ids: Collection[int] = ()
                      ) -> None:
    """Delete links and themes; a theme takes its sub-themes (and their links) along."""
    for link_id in dict.fromkeys(link_ids):
        if store.themes.link(link_id) is not None:  # gone with a theme deleted before
            theme_ops.unlink_themes(store, link_id)
    gone: set[int] = set()
    for theme_id in dict.fromkeys(theme_ids):
        if theme_id not in gone:
            gone |= set(theme_ops.theme_family(store, theme_id))
            theme_ops.delete_theme(store, theme_id)


def theme_from_codes(store: Store, name: str, code_ids: Collection[int], *,
                     take_from: int | None = None, x: float = 0, y: float = 0) -> int:
    """A new candidate theme gathering the codes; `take_from` also takes them out of that
    theme (chips dragged off a card onto the empty board)."""
    ids = list(dict.fromkeys(code_ids))
    theme_id = theme_ops.theme_from_codes(store, name, ids, x=x, y=y)
    if take_from is not None:
        for code_id in ids:
            theme_ops.remove_code_from_theme(store, take_from, code_id)
    return theme_id


def move_themes(store: Store, places: Mapping[int, tuple[float, float]]) -> None:
    """New (x, y) for each card moved together."""
    for theme_id, (x, y) in places.items():
        theme_ops.update_theme(store, theme_id, x=round(x), y=round(y))


def add_codes_to_theme(store: Store, theme_id: int, code_ids: Collection[int]) -> None:
    for code_id in dict.fromkeys(code_ids):
        theme_ops.add_code_to_theme(store, theme_id, code_id)


def edit_theme(store: Store, theme_id: int, *, memo: str | None = None, coder: str,
               **fields: object) -> None:
    """Change a theme's fields (name, status, definition, ...) and its memo together (the
    theme inspector's edits); `memo` None leaves the memo as it is."""
    if fields:
        theme_ops.update_theme(store, theme_id, **fields)
    if memo is not None:
        memo_ops.set_memo(store, "theme", theme_id, memo, author=coder)
