"""Operations on the code tree: add, rename, recolour, describe, move, merge, delete."""

from __future__ import annotations

from annotator.formats.characters import xml_safe
from annotator.messages import message
from annotator.model import code_tree
from annotator.model.entities import Code
from annotator.model.palette import is_color, next_color
from annotator.operations.errors import OperationError
from annotator.operations.stamps import new_guid
from annotator.store.store import Store

PATH_SEPARATOR = code_tree.SEPARATOR


def _check_name(store: Store, name: str, parent_id: int | None, code_id: int | None) -> str:
    name = " ".join(xml_safe(name).split())
    if not name:
        raise OperationError(message("A code needs a name."))
    if PATH_SEPARATOR in name:
        raise OperationError(message("A code name cannot contain “{separator}”: it separates "
                                     "a code from its parent in code paths.",
                                     separator=PATH_SEPARATOR))
    twin = store.codes.find_child(parent_id, name)
    if twin is not None and twin.id != code_id:
        raise OperationError(message("There is already a code called “{name}” there.",
                                     name=name))
    return name


def _existing(store: Store, code_id: int) -> Code:
    code = store.codes.get(code_id)
    if code is None:
        raise OperationError(message("That code no longer exists."))
    return code


def _color(store: Store, color: str | None) -> str:
    if color is None:
        return next_color([c.color for c in store.codes.all()])
    if not is_color(color):
        raise OperationError(message("“{color}” is not a colour; use the form #RRGGBB.",
                                     color=color))
    return color.upper()


def add_code(
    store: Store, name: str, parent_id: int | None = None, color: str | None = None,
    description: str = "",
) -> int:
    if parent_id is not None:
        _existing(store, parent_id)
    name = _check_name(store, name, parent_id, None)
    return store.codes.add(guid=new_guid(), name=name, parent_id=parent_id,
                           color=_color(store, color), description=description)


def split_path(path: str) -> list[str]:
    parts = [part.strip() for part in path.split(PATH_SEPARATOR)]
    if not path.strip() or any(not part for part in parts):
        raise OperationError(message("“{path}” is not a code path; write it like “Parent/Child”.",
                                     path=path))
    return parts


def find_path(store: Store, path: str) -> Code | None:
    parent: Code | None = None
    for part in split_path(path):
        parent = store.codes.find_child(parent.id if parent else None, part)
        if parent is None:
            return None
    return parent


def ensure_code_path(store: Store, path: str, color: str | None = None) -> int:
    """The id of the code at `path`, creating any missing codes along it."""
    parent_id: int | None = None
    parts = split_path(path)
    for depth, part in enumerate(parts):
        existing = store.codes.find_child(parent_id, part)
        if existing is None:
            last = depth == len(parts) - 1
            parent_id = add_code(store, part, parent_id, color if last else None)
        else:
            parent_id = existing.id
    assert parent_id is not None
    return parent_id


def code_path(store: Store, code_id: int) -> str:
    """"Parent/Child" for one code, asking the store for each ancestor (for many codes,
    `code_tree.paths` over one read of them all)."""
    return code_tree.path(code_id, store.codes.get)


def rename_code(store: Store, code_id: int, name: str) -> None:
    code = _existing(store, code_id)
    store.codes.update(code_id, name=_check_name(store, name, code.parent_id, code_id))


def recolor_code(store: Store, code_id: int, color: str) -> None:
    _existing(store, code_id)
    store.codes.update(code_id, color=_color(store, color))


def describe_code(store: Store, code_id: int, description: str) -> None:
    _existing(store, code_id)
    store.codes.update(code_id, description=xml_safe(description).strip())


def descendants(store: Store, code_id: int) -> list[int]:
    """The codes below `code_id`, in tree order, from one read of the code table."""
    return code_tree.descendants(code_tree.children_of(store.codes.all()), code_id)


def move_code(store: Store, code_id: int, parent_id: int | None, index: int | None = None) -> None:
    """Put a code under `parent_id` (None: top level) at position `index` among its siblings."""
    code = _existing(store, code_id)
    if parent_id is not None:
        _existing(store, parent_id)
        if parent_id == code_id or parent_id in descendants(store, code_id):
            raise OperationError(message("A code cannot be moved inside itself."))
    _check_name(store, code.name, parent_id, code_id)
    siblings = [c.id for c in store.codes.children(parent_id) if c.id != code_id]
    position = len(siblings) if index is None else max(0, min(index, len(siblings)))
    siblings.insert(position, code_id)
    if code.parent_id != parent_id:
        store.codes.update(code_id, parent_id=parent_id)
    for sort, sibling_id in enumerate(siblings):
        store.codes.update(sibling_id, sort=sort)


def merge_codes(store: Store, source_id: int, target_id: int) -> None:
    """Fold `source_id` into `target_id`: its codings, children, themes and memo move over."""
    source = _existing(store, source_id)
    target = _existing(store, target_id)
    if source_id == target_id:
        raise OperationError(message("A code cannot be merged into itself."))
    if target_id in descendants(store, source_id):
        raise OperationError(message("“{name}” cannot be merged into its own sub-code.",
                                     name=source.name))
    # The codings go over in bulk (a code with 20,000 codings is one UPDATE); those
    # whose excerpt the target codes already give it their memo and go.
    memos: dict[int, str] = {}
    for coding_id, twin_id, memo, twin_memo in store.codings.twins(source_id, target_id):
        twin_memo = memos.get(twin_id, twin_memo)
        if memo and memo not in twin_memo:
            memos[twin_id] = f"{twin_memo}\n\n{memo}" if twin_memo else memo
        store.codings.delete(coding_id)
    for twin_id, memo in memos.items():
        store.codings.update(twin_id, memo=memo)
    store.codings.recode_all(source_id, target_id)
    for child in store.codes.children(source_id):
        name = child.name
        if store.codes.find_child(target_id, name) is not None:
            name = f"{name} (from {source.name})"
        store.codes.update(child.id, parent_id=target_id, name=name,
                           sort=store.codes.next_sort(target_id))
    for theme_id in store.themes.themes_of_code(source_id):
        store.themes.add_code(theme_id, target_id)
    source_memo = store.memos.for_target("code", source_id)
    if source_memo is not None:
        target_memo = store.memos.for_target("code", target_id)
        if target_memo is None:
            store.memos.add(guid=new_guid(), target_kind="code", target_id=target_id,
                            title=source_memo.title, body=source_memo.body,
                            author=source_memo.author, created=source_memo.created)
        else:
            body = f"{target_memo.body}\n\n(from {source.name}) {source_memo.body}".strip()
            store.memos.update(target_memo.id, title=target_memo.title, body=body,
                               updated=source_memo.updated)
    if source.description and not target.description:
        store.codes.update(target_id, description=source.description)
    delete_code(store, source_id)


def delete_code(store: Store, code_id: int) -> None:
    """Delete a code, its sub-codes and their codings; undo brings all of it back."""
    _existing(store, code_id)
    doomed = [code_id, *descendants(store, code_id)]
    store.memos.delete_for("coding", [c.id for c in store.codings.list(code_ids=doomed)])
    store.memos.delete_for("code", doomed)
    store.codes.delete(code_id)
