"""Analysis matrices: codes x participants and codes x codes, each cell with its codings.

Qt-free and I/O-free: the facade gathers codes, codings, cases and paragraph
maps and hands them here. Every cell keeps the ids of the codings behind it, so
a table can list the excerpts a number stands for.

- Codes x participants: a coding counts once for every participant its
  transcript is assigned to (a group interview counts for each speaker's case);
  codings in transcripts with no participant go to a last "No participant"
  column, shown only when there are any.
- Co-occurrence: the count is the number of pairs (a coding of A, a coding of B)
  in the same transcript that overlap (share at least one character), or, in the
  "turn" mode, that touch the same speaker turn. The diagonal stays empty.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations

from annotator.model import code_tree
from annotator.model.entities import Case, Code, Coding, Paragraph

KINDS = ("code-case", "cooccurrence")
MODES = ("overlap", "turn")
NO_CASE_LABEL = "No participant"


@dataclass(frozen=True, slots=True)
class Matrix:
    """A labelled grid; `cells[(row, column)]` are the coding ids behind a cell, sorted.

    Row and column ids are code ids, or case ids for the columns of a
    codes x participants matrix (None for "No participant").
    """

    kind: str
    row_ids: tuple[int, ...]
    row_labels: tuple[str, ...]
    column_ids: tuple[int | None, ...]
    column_labels: tuple[str, ...]
    counts: dict[tuple[int, int], int] = field(default_factory=dict)
    cells: dict[tuple[int, int], tuple[int, ...]] = field(default_factory=dict)
    mode: str = ""

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.row_ids), len(self.column_ids)

    def count(self, row: int, column: int) -> int:
        return self.counts.get((row, column), 0)

    def coding_ids(self, row: int, column: int) -> tuple[int, ...]:
        return self.cells.get((row, column), ())

    @property
    def max_count(self) -> int:
        return max(self.counts.values(), default=0)

    def grid(self) -> list[list[int]]:
        rows, columns = self.shape
        return [[self.count(r, c) for c in range(columns)] for r in range(rows)]


def code_order(codes: Sequence[Code]) -> list[tuple[Code, str]]:
    """Codes depth-first in tree order, each with its path "Parent / Child"."""
    paths = code_tree.paths(codes, " / ")
    return [(code, paths[code.id]) for code in code_tree.ordered(codes)]


def code_case_matrix(
    codes: Sequence[Code],
    codings: Iterable[Coding],
    cases: Sequence[Case],
    source_cases: Iterable[tuple[int, int]],
) -> Matrix:
    """Codes (rows) x participants (columns); `source_cases` are (source id, case id) pairs."""
    cases_of: dict[int, list[int]] = defaultdict(list)
    for source_id, case_id in source_cases:
        cases_of[source_id].append(case_id)
    ordered = code_order(codes)
    row_of = {code.id: i for i, (code, _) in enumerate(ordered)}
    column_of: dict[int | None, int] = {case.id: i for i, case in enumerate(cases)}
    cells: dict[tuple[int, int], list[int]] = defaultdict(list)
    unassigned: dict[int, list[int]] = defaultdict(list)
    for coding in codings:
        row = row_of.get(coding.code_id)
        if row is None:
            continue
        case_ids = [c for c in cases_of.get(coding.source_id, ()) if c in column_of]
        if not case_ids:
            unassigned[row].append(coding.id)
        for case_id in dict.fromkeys(case_ids):
            cells[(row, column_of[case_id])].append(coding.id)
    column_ids: list[int | None] = [case.id for case in cases]
    column_labels = [case.name for case in cases]
    if unassigned:
        column = len(column_ids)
        column_ids.append(None)
        column_labels.append(NO_CASE_LABEL)
        for row, ids in unassigned.items():
            cells[(row, column)] = ids
    return _matrix("code-case", ordered, tuple(column_ids), tuple(column_labels), cells)


def turns(paragraphs: Sequence[Paragraph]) -> list[tuple[int, int]]:
    """Speaker turns as (start, end) spans: consecutive paragraphs with one speaker.

    Paragraphs without a speaker inside a turn (blank lines) continue it; in a
    document without speakers every paragraph is a turn of its own.
    """
    spans: list[tuple[int, int]] = []
    current: str | None = None
    for paragraph in sorted(paragraphs, key=lambda p: p.start):
        same = current is not None and paragraph.speaker in (current, None)
        if spans and same:
            spans[-1] = (spans[-1][0], paragraph.end)
            continue
        spans.append((paragraph.start, paragraph.end))
        current = paragraph.speaker
    return spans


def cooccurrence_matrix(
    codes: Sequence[Code],
    codings: Iterable[Coding],
    mode: str = "overlap",
    paragraphs: Callable[[int], Sequence[Paragraph]] | None = None,
) -> Matrix:
    """Codes x codes; `paragraphs(source_id)` (the paragraph map) is needed for mode "turn"."""
    if mode not in MODES:
        raise ValueError(f"“{mode}” is not a co-occurrence mode; use one of {', '.join(MODES)}.")
    ordered = code_order(codes)
    row_of = {code.id: i for i, (code, _) in enumerate(ordered)}
    by_source: dict[int, list[Coding]] = defaultdict(list)
    for coding in codings:
        if coding.code_id in row_of:
            by_source[coding.source_id].append(coding)
    pairs: set[tuple[int, int]] = set()  # (coding id, coding id), smaller id first
    codings_by_id: dict[int, Coding] = {}
    for source_id, items in by_source.items():
        codings_by_id.update((c.id, c) for c in items)
        if mode == "overlap":
            pairs.update(_overlapping(items))
        else:
            spans = turns(paragraphs(source_id) if paragraphs else ())
            pairs.update(_same_turn(items, spans))
    cells: dict[tuple[int, int], set[int]] = defaultdict(set)
    counts: dict[tuple[int, int], int] = defaultdict(int)
    for a_id, b_id in pairs:
        a, b = codings_by_id[a_id], codings_by_id[b_id]
        if a.code_id == b.code_id:
            continue
        ra, rb = row_of[a.code_id], row_of[b.code_id]
        for key in ((ra, rb), (rb, ra)):
            counts[key] += 1
            cells[key].update((a_id, b_id))
    ids = tuple(code.id for code, _ in ordered)
    labels = tuple(path for _, path in ordered)
    return Matrix("cooccurrence", ids, labels, ids, labels, dict(counts),
                  {k: tuple(sorted(v)) for k, v in cells.items()}, mode)


def code_frequencies(codes: Sequence[Code], codings: Iterable[Coding]) -> list[tuple[str, int]]:
    """(code path, number of codings) in tree order."""
    counts: dict[int, int] = defaultdict(int)
    for coding in codings:
        counts[coding.code_id] += 1
    return [(path, counts.get(code.id, 0)) for code, path in code_order(codes)]


def _overlapping(items: Sequence[Coding]) -> Iterable[tuple[int, int]]:
    """Pairs of codings that share at least one character (a sweep by start)."""
    active: list[Coding] = []
    for coding in sorted(items, key=lambda c: (c.start, c.end)):
        active = [a for a in active if a.end > coding.start]
        for other in active:
            if coding.end > other.start:
                yield (min(coding.id, other.id), max(coding.id, other.id))
        active.append(coding)


def _same_turn(items: Sequence[Coding], spans: Sequence[tuple[int, int]]
               ) -> Iterable[tuple[int, int]]:
    """Pairs of codings that touch a common turn; a coding outside every turn touches none."""
    members: dict[int, list[int]] = defaultdict(list)
    ends = [end for _, end in spans]
    for coding in items:
        index = bisect_right(ends, coding.start)  # the first turn ending after the start
        if coding.start == coding.end and index > 0 and ends[index - 1] == coding.start:
            index -= 1  # an empty coding at a turn's end belongs to that turn
        while index < len(spans):
            start, end = spans[index]
            if start >= coding.end and not (start == coding.start == coding.end):
                break
            members[index].append(coding.id)
            index += 1
    for ids in members.values():
        yield from combinations(sorted(set(ids)), 2)


def _matrix(kind: str, ordered: list[tuple[Code, str]], column_ids: tuple[int | None, ...],
            column_labels: tuple[str, ...], cells: Mapping[tuple[int, int], list[int]]
            ) -> Matrix:
    return Matrix(
        kind,
        tuple(code.id for code, _ in ordered),
        tuple(path for _, path in ordered),
        column_ids,
        column_labels,
        {k: len(v) for k, v in cells.items() if v},
        {k: tuple(sorted(v)) for k, v in cells.items() if v},
    )
