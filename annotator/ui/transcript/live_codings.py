"""The open transcript's codings by id, their positions read from the layer's index.

A keystroke in edit mode moves every coding after it. Moving thousands of `Coding`
objects (frozen dataclasses) would cost milliseconds per keystroke, so the index
alone is moved (`IntervalIndex.shift`) and a coding is rebuilt at its new place
only when someone asks for it: `LiveCodings[key]` is always the coding where the
index has it now.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, MutableMapping

from annotator.model.entities import Coding
from annotator.model.intervals import IntervalIndex


class LiveCodings(MutableMapping[int, Coding]):
    """Codings by id whose start and end follow `index` (the same ids)."""

    __slots__ = ("_base", "_index")

    def __init__(self, index: IntervalIndex[int], codings: Iterable[Coding] = ()) -> None:
        self._index = index
        self._base: dict[int, Coding] = {c.id: c for c in codings}

    def __getitem__(self, key: int) -> Coding:
        coding = self._base[key]
        if key in self._index:
            start, end = self._index.span(key)
            if start != coding.start or end != coding.end:
                coding = Coding(coding.id, coding.guid, coding.source_id, coding.code_id,
                                start, end, coding.created_at, coding.coder, coding.memo)
                self._base[key] = coding
        return coding

    def __setitem__(self, key: int, coding: Coding) -> None:
        self._base[key] = coding

    def __delitem__(self, key: int) -> None:
        del self._base[key]

    def __contains__(self, key: object) -> bool:
        return key in self._base

    def __iter__(self) -> Iterator[int]:
        return iter(self._base)

    def __len__(self) -> int:
        return len(self._base)

    def code_of(self, key: int) -> int:
        """The code of a coding, without rebuilding it (painting asks this per run)."""
        return self._base[key].code_id
