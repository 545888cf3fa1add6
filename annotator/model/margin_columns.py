"""Which column of the coding margin each coding's stripe takes.

Two codings that share a paragraph (a row) must not share a column, or their
stripes and names would overlap. Columns are given greedily in document order
when a source is shown (optimal for intervals: as few columns as the deepest
overlap needs) and then kept: after a small change only the changed codings get
a column again (the lowest free one on their rows, their old one if still free),
so stripes never hop while the researcher works and a change costs
O(codings on those rows), not O(all codings).
"""

from __future__ import annotations

import heapq
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

from annotator.model.entities import Coding
from annotator.model.intervals import IntervalIndex
from annotator.model.offsets import OffsetMap

FULL_REPLAN = 200
"""More changed codings than this at once (an undone import): plan afresh."""


class CodingLayer(Protocol):
    """What the plan reads of the transcript's coding layer (the margin paints it)."""

    @property
    def codings(self) -> Mapping[int, Coding]: ...

    @property
    def index(self) -> IntervalIndex[int]:
        """The codings' spans, replaced by a new index when another source is shown."""
        ...

    @property
    def newlines(self) -> Sequence[int]:
        """Where each paragraph (row) ends."""
        ...

    @property
    def offsets(self) -> OffsetMap: ...


def assign_columns(items: list[tuple[int, int, int]]) -> tuple[dict[int, int], int]:
    """Give each (first row, last row, id) the lowest column free from its first row.

    Rows are inclusive (paragraph numbers). Longer codings starting on the same row
    come first, so they sit nearer the text. Returns (columns, column count).
    """
    order = sorted(items, key=lambda t: (t[0], -t[1]))
    columns: dict[int, int] = {}
    busy: list[tuple[int, int]] = []  # (last row, column) of codings still open
    free: list[int] = []
    count = 0
    for first, last, key in order:
        while busy and busy[0][0] < first:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            column = heapq.heappop(free)
        else:
            column = count
            count += 1
        columns[key] = column
        heapq.heappush(busy, (last, column))
    return columns, count


class ColumnPlan:
    """The margin's columns for the codings of one `CodingLayer`, kept in step with it."""

    def __init__(self) -> None:
        self.columns: dict[int, int] = {}
        self.count = 0
        self._index: IntervalIndex[int] | None = None
        self._known: dict[int, Coding] = {}

    def sync(self, layer: CodingLayer) -> None:
        """Bring the plan up to date with the layer's codings."""
        codings = layer.codings
        if layer.index is not self._index:
            # A new source (or a cleared one): plan afresh.
            self._replan(layer)
            return
        removed = [k for k in self._known if k not in codings]
        changed = [c for k, c in codings.items() if self._known.get(k) is not c]
        if len(removed) + len(changed) > FULL_REPLAN:
            self._replan(layer)
            return
        for key in removed:
            del self._known[key]
            self.columns.pop(key, None)
        changed.sort(key=lambda c: (c.start, -c.end))
        for coding in changed:
            self._place(layer, coding)
            self._known[coding.id] = coding

    def _replan(self, layer: CodingLayer) -> None:
        rows = layer.newlines
        self.columns, self.count = assign_columns(
            [(bisect_left(rows, s), bisect_left(rows, e - 1), k)
             for s, e, k in layer.index.items()])
        self._index = layer.index
        self._known = dict(layer.codings)

    def _place(self, layer: CodingLayer, coding: Coding) -> None:
        """The lowest column free on the coding's rows (its own one if still free)."""
        rows = layer.newlines
        first, last = bisect_left(rows, coding.start), bisect_left(rows, coding.end - 1)
        lo = rows[first - 1] + 1 if first > 0 else 0
        hi = rows[last] + 1 if last < len(rows) else layer.offsets.codepoint_length
        taken = {self.columns.get(k) for k in layer.index.overlapping(lo, max(hi, lo + 1))
                 if k != coding.id}
        own = self.columns.get(coding.id)
        if own is not None and own not in taken:
            return
        column = 0
        while column in taken:
            column += 1
        self.columns[coding.id] = column
        self.count = max(self.count, column + 1)


GROUP_COLUMNS = 3
"""Columns each coder's group takes at most when two coders are compared."""


def compared_columns(codings: Iterable[Coding], newlines: Sequence[int], coder_a: str
                     ) -> tuple[dict[int, int], int, int]:
    """Columns when two coders are compared side by side: the codings of `coder_a` in
    a group of columns further out, the other coder's in the group by the text, each
    group planned on its own (deeper overlaps share a group's outermost column).
    Returns (columns, the columns of the group by the text, all the columns)."""
    groups: tuple[list[tuple[int, int, int]], list[tuple[int, int, int]]] = ([], [])
    for coding in codings:
        groups[coding.coder == coder_a].append(
            (bisect_left(newlines, coding.start), bisect_left(newlines, coding.end - 1),
             coding.id))
    columns: dict[int, int] = {}
    widths = []
    for group in groups:
        planned, count = assign_columns(group)
        width = max(1, min(count, GROUP_COLUMNS))
        first = sum(widths)
        columns.update((key, first + min(column, width - 1)) for key, column in planned.items())
        widths.append(width)
    return columns, widths[0], sum(widths)
