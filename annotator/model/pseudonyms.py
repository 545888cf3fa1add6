"""Replacing identifiers in a text while keeping every position meaningful.

A coding that covered "Marcia said no" must cover "P1 said no" afterwards; a
coding that ended inside a name ends at the end of its replacement.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass

_ALPHA = "[0-9A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff]"


def parse_pairs(pairs: list[str]) -> dict[str, str]:
    """["Marcia=P1", ...] as a mapping; ValueError names the first malformed pair."""
    mapping: dict[str, str] = {}
    for pair in pairs:
        name, sep, pseudonym = pair.partition("=")
        if not sep:
            raise ValueError(f"“{pair}” is not NAME=PSEUDONYM; write it like “Marcia=P1”.")
        mapping[name.strip()] = pseudonym.strip()
    return mapping


@dataclass(frozen=True, slots=True)
class Replacement:
    start: int  # in the old text
    end: int
    new_start: int  # in the new text
    new_end: int


class PseudonymMap:
    """The result of replacing identifiers in one text, and its position map."""

    def __init__(self, text: str, mapping: Mapping[str, str]) -> None:
        self.old_text = text
        self.replacements: list[Replacement] = []
        names = sorted((n for n in mapping if n), key=len, reverse=True)
        if not names:
            self.text = text
            return
        # Whole words for alphabetic names (so "Ana" spares "Canada"), judged against
        # alphabetic neighbours only: in "李女士说Ruth很认真" the name stands between
        # Chinese characters with no space, and must still be found.
        parts = []
        for name in names:
            head = f"(?<!{_ALPHA})" if re.match(_ALPHA, name[0]) else ""
            tail = f"(?!{_ALPHA})" if re.match(_ALPHA, name[-1]) else ""
            parts.append(f"{head}{re.escape(name)}{tail}")
        pattern = re.compile("|".join(parts))
        pieces: list[str] = []
        last = 0
        shift = 0
        for match in pattern.finditer(text):
            new = mapping[match.group(0)]
            pieces.append(text[last:match.start()])
            pieces.append(new)
            new_start = match.start() + shift
            self.replacements.append(
                Replacement(match.start(), match.end(), new_start, new_start + len(new)))
            shift += len(new) - (match.end() - match.start())
            last = match.end()
        pieces.append(text[last:])
        self.text = "".join(pieces)
        self._starts = [r.start for r in self.replacements]

    @property
    def changed(self) -> bool:
        return bool(self.replacements)

    def position(self, old: int, *, end: bool) -> int:
        """Where `old` lands in the new text; inside a replaced name, a start goes to the
        replacement's start and an end to its end, so excerpts keep whole names."""
        if not self.replacements:
            return old
        index = bisect_right(self._starts, old) - 1
        if index < 0:
            return old
        r = self.replacements[index]
        if old == r.start:
            return r.new_start
        if old < r.end:
            return r.new_end if end else r.new_start
        return old + (r.new_end - r.end)

    def span(self, start: int, end: int) -> tuple[int, int]:
        new_start, new_end = self.position(start, end=False), self.position(end, end=True)
        return new_start, max(new_end, new_start)
