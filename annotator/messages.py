"""Sentences for the user that the interface can show in its own language.

The layers below ui/ know no Qt, so they cannot translate; they write English. A
sentence made with `message(template, **values)` is that English text (a str, so the
command line and the tests read it as before) that also remembers its template and
values: the interface looks the template up in the chosen language and fills in the
same values (annotator.ui.shared.i18n.describe). pyside6-lupdate collects the templates, as
`message` is declared an alias of tr in resources/translations/update.py; so the
template must be one literal string with named {placeholders}.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


class Message(str):
    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, values: dict[str, Any]) -> Message:
        self = super().__new__(cls, template.format(**values) if values else template)
        self.template = template
        self.values = values
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        # str's own pickling would rebuild from the English text alone.
        return (Message, (self.template, self.values))


def message(template: str, **values: Any) -> Message:
    return Message(template, values)


def plural(n: int, one: Message, other: Message) -> Message:
    """`one` when there is exactly one, else `other`: each a whole phrase made with
    message(), as in `plural(n, message("1 coding"), message("{n} codings", n=n))`.

    Whole phrases rather than a suffix ("coding(s)") so that each language writes its
    own: both templates are literal for lupdate, and a language without plural forms
    (Chinese) translates them alike.
    """
    return one if n == 1 else other


def joined(items: Iterable[str]) -> str:
    """Phrases listed as "a, b, c", each a message of its own; the list is a chain of
    messages "{item}, {rest}", so a language can use its own separator."""
    listed = list(items)
    if not listed:
        return ""
    result = listed[-1]
    for item in reversed(listed[:-1]):
        result = message("{item}, {rest}", item=item, rest=result)
    return result


def sentence(error: BaseException) -> str:
    """The sentence an error carries, still a Message when it was made with message(), so
    that it can be a value of another message (str(error) would be the English only)."""
    text = error.args[0] if len(error.args) == 1 else None
    return text if isinstance(text, Message) else str(error)
