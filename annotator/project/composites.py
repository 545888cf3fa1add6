"""The actions made of several operations (operations/composites.py), as the facade's
`project.composite`: `project.composite.merge_codes_into(ids, target)`.

Each is one step whose label is worked out from its arguments, once, as a Message:
the window shows it in its own language, the command line and the history in English.
`Composite(label, operation)` declares such a method in one line, as session.Action
does for a fixed label.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Collection, Mapping
from typing import Any, Concatenate, Generic, ParamSpec, TypeVar, overload

from annotator.messages import Message, message
from annotator.operations import codes as code_ops
from annotator.operations import composites as ops
from annotator.project.session import HasSession, Session
from annotator.store.store import Store

P = ParamSpec("P")
T = TypeVar("T")


class Composite(Generic[P, T]):
    """A facade method running `operation(store, ...)` as one step named
    `label(store, **arguments)`: the operation's arguments by name, defaults filled in,
    read before the operation runs.

    With `coder=True` the session's coder is passed as `coder=` unless the caller gives one.
    """

    def __init__(self, label: Callable[..., Message],
                 operation: Callable[Concatenate[Store, P], T], *, coder: bool = False) -> None:
        self.label = label
        self.operation = operation
        self.coder = coder
        self.__doc__ = operation.__doc__
        self._signature = inspect.signature(operation)

    @overload
    def __get__(self, owner: None, kind: type) -> Composite[P, T]: ...

    @overload
    def __get__(self, owner: HasSession, kind: type) -> Callable[P, T]: ...

    def __get__(self, owner: HasSession | None, kind: type) -> Composite[P, T] | Callable[P, T]:
        if owner is None:
            return self
        session = owner.session

        def run(*args: P.args, **kwargs: P.kwargs) -> T:
            if self.coder and not kwargs.get("coder"):
                kwargs["coder"] = session.coder
            bound = self._signature.bind(session.store, *args, **kwargs)
            bound.apply_defaults()
            named = dict(list(bound.arguments.items())[1:])  # the store is the first
            label = self.label(session.store, **named)
            return session.run(label, self.operation, session.store, *args, **kwargs)

        run.__name__ = self.operation.__name__
        run.__doc__ = self.__doc__
        return run


def _code(store: Store, code_id: int) -> str:
    found = store.codes.get(code_id)
    return code_ops.code_path(store, code_id) if found is not None else "?"


def _theme(store: Store, theme_id: int) -> str:
    found = store.themes.get(theme_id)
    return f"“{found.name if found is not None else '?'}”"


def _codes(store: Store, code_ids: list[int]) -> str | Message:
    if len(code_ids) == 1:
        found = store.codes.get(code_ids[0])
        return f"“{found.name if found is not None else '?'}”"
    return message("{n} codes", n=len(code_ids))


# -- labels: each takes the store and, by name, the operation's arguments it needs -------
def apply_codes_label(store: Store, *, code_ids: Collection[int], **_: Any) -> Message:
    ids = list(dict.fromkeys(code_ids))
    if len(ids) == 1:
        return message("Code excerpt with “{code}”", code=_code(store, ids[0]))
    return message("Code excerpt with {n} codes", n=len(ids))


def code_with_path_label(store: Store, *, path: str, **_: Any) -> Message:
    found = code_ops.find_path(store, path)
    if found is None:
        return message("Code excerpt with new code “{name}”", name=path.strip())
    return message("Code excerpt with “{code}”", code=code_ops.code_path(store, found.id))


def in_vivo_code_label(_store: Store, *, name: str, **_: Any) -> Message:
    return message("In-vivo code “{name}”", name=" ".join(name.split()))


def merge_codes_into_label(store: Store, *, target_id: int, **_: Any) -> Message:
    found = store.codes.get(target_id)
    return message("Merge into “{name}”", name=found.name if found is not None else "?")


def recolor_codes_label(_store: Store, **_: Any) -> Message:
    return message("Change code colour")


def delete_codes_label(_store: Store, *, code_ids: Collection[int], **_: Any) -> Message:
    n = len(set(code_ids))
    return message("Delete code") if n == 1 else message("Delete {n} codes", n=n)


def move_codes_label(store: Store, *, code_ids: Collection[int], **_: Any) -> Message:
    ids = list(dict.fromkeys(code_ids))
    found = store.codes.get(ids[0]) if len(ids) == 1 else None
    if found is not None:
        return message("Move “{name}”", name=found.name)
    return message("Move {n} codes", n=len(ids))


def delete_from_board_label(store: Store, *, theme_ids: Collection[int], link_ids: Collection[int],
                      **_: Any) -> Message:
    themes, links = list(dict.fromkeys(theme_ids)), list(dict.fromkeys(link_ids))
    if len(themes) == 1 and not links:
        return message("Delete theme {theme}", theme=_theme(store, themes[0]))
    if not links:
        return message("Delete {n} themes", n=len(themes))
    if not themes:
        return message("Remove link") if len(links) == 1 else \
            message("Remove {n} links", n=len(links))
    return message("Delete from the board")


def theme_from_codes_label(store: Store, *, name: str, code_ids: Collection[int],
                     take_from: int | None, **_: Any) -> Message:
    if take_from is None:
        return message("New theme “{name}”", name=name.strip())
    return message("New theme {theme} from {codes}", theme=f"“{name.strip()}”",
                   codes=_codes(store, list(dict.fromkeys(code_ids))))


def move_themes_label(store: Store, *, places: Mapping[int, tuple[float, float]],
                **_: Any) -> Message:
    if len(places) == 1:
        return message("Move theme {theme}", theme=_theme(store, next(iter(places))))
    return message("Move {n} themes", n=len(places))


def add_codes_to_theme_label(store: Store, *, theme_id: int, code_ids: Collection[int],
                       **_: Any) -> Message:
    return message("Add {codes} to {theme}", codes=_codes(store, list(dict.fromkeys(code_ids))),
                   theme=_theme(store, theme_id))


def edit_theme_label(_store: Store, **_: Any) -> Message:
    return message("Edit theme")


class CompositeActions:
    """The composite actions of one open project (the facade's `composite`)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    apply_codes = Composite(apply_codes_label, ops.apply_codes, coder=True)
    code_with_path = Composite(code_with_path_label, ops.code_with_path, coder=True)
    in_vivo_code = Composite(in_vivo_code_label, ops.in_vivo_code, coder=True)
    merge_codes_into = Composite(merge_codes_into_label, ops.merge_codes_into)
    recolor_codes = Composite(recolor_codes_label, ops.recolor_codes)
    delete_codes = Composite(delete_codes_label, ops.delete_codes)
    move_codes = Composite(move_codes_label, ops.move_codes)
    delete_from_board = Composite(delete_from_board_label, ops.delete_from_board)
    theme_from_codes = Composite(theme_from_codes_label, ops.theme_from_codes)
    move_themes = Composite(move_themes_label, ops.move_themes)
    add_codes_to_theme = Composite(add_codes_to_theme_label, ops.add_codes_to_theme)
    edit_theme = Composite(edit_theme_label, ops.edit_theme, coder=True)
