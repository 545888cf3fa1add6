"""Characters a project may hold: everything XML 1.0 can carry.

A NUL stops SQLite's length(), substr() and quote() part-way through a text, and
neither it nor the other C0 controls (but tab and line breaks), lone surrogates or
U+FFFE/U+FFFF can be written into a REFI-QDA export, which is XML 1.0: a project
holding one would not travel. Each such character is replaced by a space, one for
one, so that every position counted in the text before stays right.
"""

from __future__ import annotations

import re
from dataclasses import replace

from annotator.model.entities import ImportedText

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """`text` with every character XML 1.0 cannot hold replaced by a space."""
    return _NOT_XML.sub(" ", text)


def has_unsafe(text: str) -> bool:
    return _NOT_XML.search(text) is not None


def xml_safe_text(imported: ImportedText) -> ImportedText:
    """The text and speakers with what XML 1.0 cannot hold replaced, one for one, so
    that the paragraphs and cues still point at the same characters."""
    if not has_unsafe(imported.text):
        return imported
    paragraphs = tuple(replace(p, speaker=xml_safe(p.speaker)) if p.speaker else p
                       for p in imported.paragraphs)
    return replace(imported, text=xml_safe(imported.text), paragraphs=paragraphs)
