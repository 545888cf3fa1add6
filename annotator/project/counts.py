"""Codings per code and per transcript, kept up to date from each change's ids.

The code tree and the transcripts list show these counts beside every row. Counting
them with a GROUP BY over every coding after each change costs milliseconds at
20,000 codings and tens at 100,000; here one lookup of the changed ids by primary key
per change is enough. Each coding's (transcript, code) is kept, so that a removed
coding, which is no longer in the table, is still taken off the right counts.
"""

from __future__ import annotations

import weakref
from collections import Counter
from collections.abc import Collection
from typing import TYPE_CHECKING

from annotator.operations.changes import Changes

if TYPE_CHECKING:
    from annotator.project.facade import Project

_SHIFT = 32  # a coding's transcript and code packed into one int: source << 32 | code
_MASK = (1 << _SHIFT) - 1
_SHARED: weakref.WeakKeyDictionary[Project, CodingCounts] = weakref.WeakKeyDictionary()


class CodingCounts:
    """The counts of one open project, shared by every view of it (`CodingCounts.of`).

    It listens to the project itself, so that it is right even when no view asked;
    `follow(ids)` lets a view bring it up to date first when the view heard of the
    change before the counts did (listeners run in the order they subscribed).
    Following the same ids twice changes nothing: each coding is compared with the
    table as it is now.
    """

    def __init__(self, project: Project) -> None:
        # Weakly: the shared table's value must not keep its key, the project, alive.
        self._project = weakref.ref(project)
        self._owner: dict[int, int] = {}
        self._pairs: Counter[int] = Counter()  # packed (source, code) -> codings
        self._per_source: Counter[int] = Counter()
        self._per_code: Counter[int] = Counter()
        self._sources_of_code: Counter[int] = Counter()  # transcripts with the code
        self._last: frozenset[int] | None = None
        self._last_moved: tuple[set[int], set[int]] = (set(), set())
        for coding_id, source_id, code_id in project.store.codings.owners():
            self._add(coding_id, source_id << _SHIFT | code_id)
        project.subscribe(self._on_changes)

    @classmethod
    def of(cls, project: Project) -> CodingCounts:
        """The project's counts, made on first use."""
        counts = _SHARED.get(project)
        if counts is None:
            counts = _SHARED[project] = cls(project)
        return counts

    # -- reading ----------------------------------------------------------------
    def per_source(self, source_id: int) -> int:
        return self._per_source.get(source_id, 0)

    def usage(self, code_id: int) -> tuple[int, int]:
        """(codings, transcripts) of this code alone, not counting its sub-codes."""
        return self._per_code.get(code_id, 0), self._sources_of_code.get(code_id, 0)

    def usage_map(self) -> dict[int, tuple[int, int]]:
        """`usage` of every code with a coding, as Project.code_usage gives it."""
        return {code: self.usage(code) for code, n in self._per_code.items() if n}

    def source_map(self) -> dict[int, int]:
        return {source: n for source, n in self._per_source.items() if n}

    # -- following changes ------------------------------------------------------
    def follow(self, ids: Collection[int]) -> tuple[set[int], set[int]]:
        """Bring the counts up to date for these codings; the transcripts and codes
        whose counts moved (for the same change, each view that asks gets them)."""
        sources: set[int] = set()
        codes: set[int] = set()
        project = self._project()
        if not ids or project is None or project.closed:
            return sources, codes
        if isinstance(ids, frozenset) and ids is self._last:
            return set(self._last_moved[0]), set(self._last_moved[1])
        found = {cid: src << _SHIFT | code
                 for cid, src, code in project.store.codings.owners(ids)}
        for coding_id in ids:
            old, new = self._owner.get(coding_id), found.get(coding_id)
            if old == new:
                continue
            for packed in (old, new):
                if packed is not None:
                    sources.add(packed >> _SHIFT)
                    codes.add(packed & _MASK)
            if old is not None:
                self._remove(coding_id, old)
            if new is not None:
                self._add(coding_id, new)
        if isinstance(ids, frozenset):
            self._last, self._last_moved = ids, (set(sources), set(codes))
        return sources, codes

    def _on_changes(self, changes: Changes) -> None:
        self.follow(changes.ids("codings"))

    def _add(self, coding_id: int, packed: int) -> None:
        self._owner[coding_id] = packed
        source, code = packed >> _SHIFT, packed & _MASK
        self._per_source[source] += 1
        self._per_code[code] += 1
        self._pairs[packed] += 1
        if self._pairs[packed] == 1:
            self._sources_of_code[code] += 1

    def _remove(self, coding_id: int, packed: int) -> None:
        del self._owner[coding_id]
        source, code = packed >> _SHIFT, packed & _MASK
        self._per_source[source] -= 1
        self._per_code[code] -= 1
        self._pairs[packed] -= 1
        if not self._pairs[packed]:
            del self._pairs[packed]
            self._sources_of_code[code] -= 1
