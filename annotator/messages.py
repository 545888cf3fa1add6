"""Sentences for the user that the interface can show in its own language.

The layers below ui/ know no Qt, so they cannot translate; they write English. A
sentence made with `message(template, **values)` is that English text (a str, so the
command line and the tests read it as before) that also remembers its template and
values: the interface looks the template up in the chosen language and fills in the
same values (annotator.ui.i18n.describe). pyside6-lupdate collects the templates, as
`message` is declared an alias of tr in resources/translations/update.py; so the
template must be one literal string with named {placeholders}.
"""

from __future__ import annotations

from typing import Any


class Message(str):
    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, values: dict[str, Any]) -> Message:
        self = super().__new__(cls, template.format(**values) if values else template)
        self.template = template
        self.values = values
        return self


def message(template: str, **values: Any) -> Message:
    return Message(template, values)
