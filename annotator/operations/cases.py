"""Operations on participants (cases) and their attributes."""

from __future__ import annotations

from datetime import date

from annotator.formats.characters import xml_safe
from annotator.messages import message, sentence
from annotator.model.entities import ATTRIBUTE_TYPES
from annotator.operations.errors import OperationError
from annotator.operations.stamps import new_guid
from annotator.store.store import Store


def add_case(store: Store, name: str, description: str = "") -> int:
    name, description = xml_safe(name).strip(), xml_safe(description)
    if not name:
        raise OperationError(message("A participant needs a name."))
    if store.cases.by_name(name) is not None:
        raise OperationError(message("There is already a participant called “{name}”.",
                                     name=name))
    return store.cases.add(guid=new_guid(), name=name, description=description)


def rename_case(store: Store, case_id: int, name: str) -> None:
    name = xml_safe(name).strip()
    if store.cases.get(case_id) is None:
        raise OperationError(message("That participant no longer exists."))
    twin = store.cases.by_name(name)
    if not name or (twin is not None and twin.id != case_id):
        raise OperationError(message("“{name}” cannot be used: the name is empty or taken.",
                                     name=name))
    store.cases.rename(case_id, name)


def delete_case(store: Store, case_id: int) -> None:
    if store.cases.get(case_id) is None:
        raise OperationError(message("That participant no longer exists."))
    store.cases.delete(case_id)


def _checked_name(store: Store, name: str, type: str, attribute_id: int | None = None
                  ) -> str:
    """The attribute's name, stripped, once it and the type are fit to use (a name may
    stay the attribute's own)."""
    name = xml_safe(name).strip()
    if not name:
        raise OperationError(message("An attribute needs a name."))
    if type not in ATTRIBUTE_TYPES:
        raise OperationError(message("“{type}” is not an attribute type; use one of {types}.",
                                     type=type, types=", ".join(ATTRIBUTE_TYPES)))
    if any(a.name == name and a.id != attribute_id for a in store.cases.attributes()):
        raise OperationError(message("There is already an attribute called “{name}”.",
                                     name=name))
    return name


def add_attribute(
    store: Store, name: str, type: str = "text", choices: tuple[str, ...] = ()
) -> int:
    name = _checked_name(store, name, type)
    return store.cases.add_attribute(name=name, type=type,
                                     choices=tuple(xml_safe(c) for c in choices))


def edit_attribute(store: Store, attribute_id: int, name: str, type: str,
                   choices: tuple[str, ...] = ()) -> None:
    """Rename an attribute, or change its type or choices. Every value participants
    already have must fit the new type; if one does not, nothing changes."""
    if store.cases.attribute(attribute_id) is None:
        raise OperationError(message("That attribute no longer exists."))
    name = _checked_name(store, name, type, attribute_id)
    choices = tuple(dict.fromkeys(xml_safe(c).strip() for c in choices if c.strip()))
    names = {case.id: case.name for case in store.cases.all()}
    values = []
    for case_id, value in store.cases.values_of(attribute_id):
        try:
            values.append((case_id, normalise_value(type, value, choices, name)))
        except OperationError as exc:
            raise OperationError(message(
                "{participant}’s value does not fit: {reason} Nothing was changed.",
                participant=names.get(case_id, "?"), reason=sentence(exc))) from None
    store.cases.update_attribute(attribute_id, name=name, type=type, choices=choices)
    for case_id, value in values:
        store.cases.set_value(case_id, attribute_id, value)


def delete_attribute(store: Store, attribute_id: int) -> None:
    if store.cases.attribute(attribute_id) is None:
        raise OperationError(message("That attribute no longer exists."))
    store.cases.delete_attribute(attribute_id)


def normalise_value(kind: str, value: str, choices: tuple[str, ...], name: str) -> str:
    value = xml_safe(value).strip()
    if kind == "number":
        try:
            number = float(value)
        except ValueError:
            raise OperationError(message("“{value}” is not a number, which “{name}” needs.",
                                         value=value, name=name)) from None
        return str(int(number)) if number.is_integer() else str(number)
    if kind == "date":
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            raise OperationError(message(
                "“{value}” is not a date in the form YYYY-MM-DD, which “{name}” needs.",
                value=value, name=name)) from None
    if kind == "choice" and choices and value not in choices:
        raise OperationError(message("“{value}” is not one of the choices for “{name}”: {choices}.",
                                     value=value, name=name, choices=", ".join(choices)))
    return value


def set_case_value(store: Store, case_id: int, attribute_id: int, value: str | None) -> None:
    if store.cases.get(case_id) is None:
        raise OperationError(message("That participant no longer exists."))
    attribute = store.cases.attribute(attribute_id)
    if attribute is None:
        raise OperationError(message("That attribute no longer exists."))
    if value is not None and value.strip() == "":
        value = None
    if value is not None:
        value = normalise_value(attribute.type, value, attribute.choices, attribute.name)
    store.cases.set_value(case_id, attribute_id, value)


def assign_source_to_case(store: Store, source_id: int, case_id: int) -> None:
    if store.sources.get(source_id) is None or store.cases.get(case_id) is None:
        raise OperationError(message("That transcript or participant no longer exists."))
    store.cases.assign_source(source_id, case_id)


def unassign_source_from_case(store: Store, source_id: int, case_id: int) -> None:
    store.cases.unassign_source(source_id, case_id)
