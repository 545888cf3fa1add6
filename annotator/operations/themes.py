"""Operations on themes: create, edit, gather codes, link, delete."""

from __future__ import annotations

from annotator.formats.characters import xml_safe
from annotator.messages import message
from annotator.model import code_tree
from annotator.model.entities import THEME_STATUSES
from annotator.model.palette import THEME_COLORS, is_color, next_color
from annotator.operations.errors import OperationError
from annotator.operations.stamps import new_guid
from annotator.store.store import Store


def _check(status: str | None = None, color: str | None = None) -> None:
    if status is not None and status not in THEME_STATUSES:
        raise OperationError(message("“{status}” is not a theme status; use one of {statuses}.",
                                     status=status, statuses=", ".join(THEME_STATUSES)))
    if color is not None and not is_color(color):
        raise OperationError(message("“{color}” is not a colour; use the form #RRGGBB.",
                                     color=color))


def add_theme(
    store: Store, name: str, *, parent_id: int | None = None, definition: str = "",
    status: str = "candidate", color: str | None = None, x: float = 0, y: float = 0,
    width: float = 260, height: float = 180,
) -> int:
    name, definition = xml_safe(name).strip(), xml_safe(definition)
    if not name:
        raise OperationError(message("A theme needs a name."))
    _check(status, color)
    if parent_id is not None and store.themes.get(parent_id) is None:
        raise OperationError(message("The parent theme no longer exists."))
    if color is None:
        color = next_color([t.color for t in store.themes.all()], THEME_COLORS)
    return store.themes.add(guid=new_guid(), name=name, parent_id=parent_id,
                            definition=definition, status=status, color=color.upper(),
                            x=x, y=y, width=width, height=height)


def update_theme(store: Store, theme_id: int, **fields: object) -> None:
    theme = store.themes.get(theme_id)
    if theme is None:
        raise OperationError(message("That theme no longer exists."))
    _check(fields.get("status"), fields.get("color"))  # type: ignore[arg-type]
    fields = {k: xml_safe(v) if isinstance(v, str) else v for k, v in fields.items()}
    if "name" in fields and not str(fields["name"]).strip():
        raise OperationError(message("A theme needs a name."))
    # Setting a field to what it already holds changes nothing and records no step.
    changed = {k: v for k, v in fields.items() if getattr(theme, k, object()) != v}
    if changed:
        store.themes.update(theme_id, **changed)


def delete_theme(store: Store, theme_id: int) -> None:
    if store.themes.get(theme_id) is None:
        raise OperationError(message("That theme no longer exists."))
    store.memos.delete_for("theme", [theme_id])
    store.themes.delete(theme_id)


def add_code_to_theme(store: Store, theme_id: int, code_id: int) -> None:
    if store.themes.get(theme_id) is None or store.codes.get(code_id) is None:
        raise OperationError(message("That theme or code no longer exists."))
    store.themes.add_code(theme_id, code_id)


def remove_code_from_theme(store: Store, theme_id: int, code_id: int) -> None:
    store.themes.remove_code(theme_id, code_id)


def link_themes(store: Store, from_theme_id: int, to_theme_id: int, label: str = "") -> int:
    if store.themes.get(from_theme_id) is None or store.themes.get(to_theme_id) is None:
        raise OperationError(message("That theme no longer exists."))
    if from_theme_id == to_theme_id:
        raise OperationError(message("A theme cannot be linked to itself."))
    return store.themes.add_link(from_theme_id, to_theme_id, xml_safe(label).strip())


def _existing_link(store: Store, link_id: int) -> None:
    if store.themes.link(link_id) is None:
        raise OperationError(message("That link no longer exists."))


def relabel_link(store: Store, link_id: int, label: str) -> None:
    _existing_link(store, link_id)
    store.themes.relabel_link(link_id, xml_safe(label).strip())


def unlink_themes(store: Store, link_id: int) -> None:
    _existing_link(store, link_id)
    store.themes.delete_link(link_id)


def move_code_to_theme(store: Store, code_id: int, from_theme_id: int, to_theme_id: int) -> None:
    """Take a code out of one theme and put it in another (a chip dragged between cards)."""
    if code_id not in store.themes.codes(from_theme_id):
        raise OperationError(message("That code is no longer in the theme it was dragged from."))
    add_code_to_theme(store, to_theme_id, code_id)
    if from_theme_id != to_theme_id:
        store.themes.remove_code(from_theme_id, code_id)


def theme_from_codes(store: Store, name: str, code_ids: list[int], **placement: float) -> int:
    """A new candidate theme gathering `code_ids`."""
    theme_id = add_theme(store, name, **placement)  # type: ignore[arg-type]
    for code_id in code_ids:
        add_code_to_theme(store, theme_id, code_id)
    return theme_id


def theme_family(store: Store, theme_id: int) -> list[int]:
    """A theme and all its sub-themes, depth first."""
    children = code_tree.children_of(store.themes.all())
    return [theme_id, *code_tree.descendants(children, theme_id)]
