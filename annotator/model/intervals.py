"""An index of the codings on one source text, by position.

The transcript pane paints from it (`IntervalIndex.segments`), the Word export
splits runs with it, hover and click ask it what lies under the mouse
(`IntervalIndex.at`), and after one coding changes it says what to repaint,
without touching the other thousands of codings.

All positions are code points, intervals are half-open ``[start, end)`` and never
empty, and each key (a coding id) appears at most once.

Design: the intervals are split into length classes by powers of two (class b
holds lengths in ``[2**(b-1), 2**b)``); each class keeps parallel lists (starts,
ends, keys) sorted by start. In a class no interval is longer than ``2**b``, so the
intervals that can reach a query start ``s`` all start after ``s - 2**b``: a
bisection finds that window, and on real data at least half of what it holds
really overlaps. One plain sorted list with a single max-length bound would
degrade to a full scan as soon as one coding spans the whole transcript; classes
keep the bound tight for short codings whatever long ones exist.

Complexity, for n intervals and c non-empty length classes (c <= 1 + log2 of the
longest interval, about 17 for a 100,000-character text):

- build: O(n log n); add, remove, update: O(c + log n) plus an O(n) list shift
  that runs in C (microseconds at n = 20,000);
- ``overlapping``, ``at``, ``boundaries``: O(c log n + m + k log k), where k is the
  number of results and m the candidates scanned (about k to 2k on real data);
- ``segments``: the same plus the size of the key sets it returns.

Measured by ``bench/intervals_bench.py`` (CPython 3.11), 20,000 codings on a
100,000-character text, ~35 deep: build ~18 ms; a point query ~30 us;
``segments`` over the whole text ~170 ms (23,000 runs; mostly building the
frozensets), over one screenful (3,000 characters) ~5 ms; one update plus the
segments of its old and new ranges ~0.2 ms. For a typical transcript (2,000
codings) the whole-text ``segments`` takes ~5 ms.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Hashable, Iterable, Iterator
from itertools import pairwise
from operator import itemgetter
from typing import Generic, TypeVar

__all__ = ["IntervalIndex"]

K = TypeVar("K", bound=Hashable)

_by_span = itemgetter(0, 1)


class _LengthClass(Generic[K]):
    """The intervals of one length class, sorted by start, as parallel lists."""

    __slots__ = ("ends", "keys", "starts")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.keys: list[K] = []


def _length_class(start: int, end: int) -> int:
    # Class b holds lengths in [2**(b-1), 2**b), so 2**b bounds every length in it.
    return (end - start).bit_length()


def _check_interval(start: int, end: int) -> None:
    if start < 0 or end <= start:
        raise ValueError(f"interval [{start}, {end}) must be non-empty and start at 0 or later")


def _check_query(start: int, end: int) -> None:
    if start < 0 or end < start:
        raise ValueError(f"query [{start}, {end}) must have 0 <= start <= end")


class IntervalIndex(Generic[K]):
    """Codings of one text by position: what covers a point, a range, or a run.

    Holds ``(start, end, key)`` items, half-open code-point intervals with a
    unique hashable key (keys need not be orderable). Queries:

    - `overlapping` / `at`: keys of intervals meeting a range or a point;
    - `boundaries` / `segments`: where coverage changes, and the runs between,
      each with the set of keys covering it (what the pane paints);
    - `overlaps_of`: the other codings sharing text with one coding.

    Result lists are in document order (by start, then end).

    It is a plain in-memory structure: it does not know the text's length and
    does not check intervals against it.
    """

    __slots__ = ("_classes", "_spans")

    def __init__(self, items: Iterable[tuple[int, int, K]] = ()) -> None:
        """Index ``items``, triples ``(start, end, key)``, in O(n log n)."""
        self._spans: dict[K, tuple[int, int]] = {}
        self._classes: dict[int, _LengthClass[K]] = {}
        grouped: dict[int, list[tuple[int, int, K]]] = {}
        for start, end, key in items:
            _check_interval(start, end)
            if key in self._spans:
                raise ValueError(f"duplicate key {key!r}")
            self._spans[key] = (start, end)
            grouped.setdefault(_length_class(start, end), []).append((start, end, key))
        # Sorting each class once is far cheaper than n bisect-inserts.
        for cls, triples in grouped.items():
            triples.sort(key=itemgetter(0))
            lc: _LengthClass[K] = _LengthClass()
            lc.starts = [t[0] for t in triples]
            lc.ends = [t[1] for t in triples]
            lc.keys = [t[2] for t in triples]
            self._classes[cls] = lc

    # --- changes ---------------------------------------------------------------

    def add(self, start: int, end: int, key: K) -> None:
        """Add interval ``[start, end)`` under a new ``key``.

        Raises ValueError for an empty or negative interval or a key already present.
        """
        _check_interval(start, end)
        if key in self._spans:
            raise ValueError(f"duplicate key {key!r}")
        self._spans[key] = (start, end)
        lc = self._classes.get(_length_class(start, end))
        if lc is None:
            lc = self._classes[_length_class(start, end)] = _LengthClass()
        i = bisect_right(lc.starts, start)
        lc.starts.insert(i, start)
        lc.ends.insert(i, end)
        lc.keys.insert(i, key)

    def remove(self, key: K) -> tuple[int, int]:
        """Remove ``key`` and return its old ``(start, end)``, the range to repaint.

        Raises KeyError if the key is absent.
        """
        start, end = self._spans.pop(key)
        cls = _length_class(start, end)
        lc = self._classes[cls]
        lo = bisect_left(lc.starts, start)
        hi = bisect_right(lc.starts, start, lo)
        i = lc.keys.index(key, lo, hi)
        del lc.starts[i], lc.ends[i], lc.keys[i]
        if not lc.starts:
            # Queries visit every class; empty ones would only cost time.
            del self._classes[cls]
        return start, end

    def update(self, start: int, end: int, key: K) -> tuple[int, int]:
        """Move ``key`` to ``[start, end)`` and return its old ``(start, end)``.

        Repaint both the old and the new range. Raises KeyError if the key is
        absent and ValueError for a bad interval; either way nothing changes.
        """
        _check_interval(start, end)
        if key not in self._spans:
            raise KeyError(key)
        old = self.remove(key)
        self.add(start, end, key)
        return old

    def shift(self, at: int, delta: int) -> list[K]:
        """Move every interval starting at or after `at` by `delta` (an edit of the text
        before them changed its length); returns their keys.

        The caller first takes out the intervals the edit does more than move, so that
        the moved ones keep their order: none may start before `at` + `delta` once
        moved unless it started before `at` already. O(n) list work in C, no sorting:
        a keystroke in a 60,000-word transcript moves thousands of codings.
        """
        if not delta:
            return []
        moved: list[K] = []
        spans = self._spans
        for lc in self._classes.values():
            i = bisect_left(lc.starts, at)
            if i == len(lc.starts):
                continue
            lc.starts[i:] = [s + delta for s in lc.starts[i:]]
            lc.ends[i:] = [e + delta for e in lc.ends[i:]]
            keys = lc.keys[i:]
            spans.update(zip(keys, zip(lc.starts[i:], lc.ends[i:], strict=True), strict=True))
            moved.extend(keys)
        return moved

    # --- lookups ---------------------------------------------------------------

    def span(self, key: K) -> tuple[int, int]:
        """Return ``(start, end)`` of ``key``; KeyError if absent."""
        return self._spans[key]

    def items(self) -> list[tuple[int, int, K]]:
        """All ``(start, end, key)`` triples in document order."""
        triples = [(start, end, key) for key, (start, end) in self._spans.items()]
        triples.sort(key=_by_span)
        return triples

    def __len__(self) -> int:
        return len(self._spans)

    def __iter__(self) -> Iterator[K]:
        """Iterate the keys in document order."""
        return iter(sorted(self._spans, key=self._spans.__getitem__))

    def __contains__(self, key: object) -> bool:
        return key in self._spans

    def __repr__(self) -> str:
        return f"IntervalIndex({len(self._spans)} intervals)"

    # --- queries ---------------------------------------------------------------

    def _meeting(self, start: int, end: int) -> list[tuple[int, int, K]]:
        """Triples of the intervals meeting ``[start, end)``, in no order.

        A point query (start == end) means ``[start, start + 1)``.
        """
        end = max(end, start + 1)
        found: list[tuple[int, int, K]] = []
        for cls, lc in self._classes.items():
            starts = lc.starts
            # Every interval here is shorter than 2**cls: those starting at or
            # before start - 2**cls end too early to matter.
            lo = bisect_right(starts, start - (1 << cls))
            hi = bisect_left(starts, end, lo)
            if lo == hi:
                continue
            found.extend(
                [
                    (s, e, k)
                    for s, e, k in zip(starts[lo:hi], lc.ends[lo:hi], lc.keys[lo:hi], strict=True)
                    if e > start
                ]
            )
        return found

    def overlapping_items(self, start: int, end: int) -> list[tuple[int, int, K]]:
        """Like `overlapping`, but ``(start, end, key)`` triples (unclipped)."""
        _check_query(start, end)
        found = self._meeting(start, end)
        found.sort(key=_by_span)
        return found

    def overlapping(self, start: int, end: int) -> list[K]:
        """Keys of the intervals that share at least one position with ``[start, end)``.

        That is ``s < end and e > start`` for an interval ``[s, e)``. A
        zero-length query is a point query: ``overlapping(p, p) == at(p)``, the
        intervals with ``s <= p < e``; so an interval ending at p is not found
        at p, and one starting at p is. Document order.
        """
        return [key for _, _, key in self.overlapping_items(start, end)]

    def at(self, pos: int) -> list[K]:
        """Keys of the intervals covering the character at ``pos`` (``s <= pos < e``)."""
        return self.overlapping(pos, pos)

    def overlaps_of(self, key: K) -> list[K]:
        """Keys of the other intervals sharing text with ``key``'s; KeyError if absent."""
        start, end = self._spans[key]
        return [k for k in self.overlapping(start, end) if k != key]

    def boundaries(self, start: int, end: int) -> list[int]:
        """Sorted distinct positions in ``[start, end]`` where coverage may change.

        Always holds ``start`` and ``end`` (one value when they are equal), plus
        every interval endpoint strictly between them.
        """
        _check_query(start, end)
        points = {start, end}
        for s, e, _ in self._meeting(start, end):
            if s > start:
                points.add(s)
            if e < end:
                points.add(e)
        return sorted(points)

    def segments(self, start: int, end: int) -> list[tuple[int, int, frozenset[K]]]:
        """Split ``[start, end)`` into runs with the keys covering each.

        The runs ``(s, e, keys)`` tile the range exactly, in order, between
        consecutive `boundaries`; runs that nothing covers come with an empty set
        (so repainting a range also clears what was removed from it). Each run is
        maximal inside the range: neighbours never have equal key sets. A
        zero-length range gives no runs.
        """
        _check_query(start, end)
        if start == end:
            return []
        opens: dict[int, list[K]] = {}
        closes: dict[int, list[K]] = {}
        for s, e, k in self._meeting(start, end):
            opens.setdefault(max(s, start), []).append(k)
            closes.setdefault(min(e, end), []).append(k)
        points = sorted({start, end, *opens, *closes})
        active: set[K] = set()
        runs: list[tuple[int, int, frozenset[K]]] = []
        for lo, hi in pairwise(points):
            gone = closes.get(lo)
            if gone:
                active.difference_update(gone)
            new = opens.get(lo)
            if new:
                active.update(new)
            runs.append((lo, hi, frozenset(active)))
        return runs
