"""Where two coders disagree: the places the comparison view and the drill-down walk.

For one code in one transcript, the two coders' segments that share characters
form a cluster (the connected stretches of their union). A cluster in which both
coders coded exactly the same spans is an agreement; any other cluster (one coder
alone, or different boundaries) is one disagreement, shown with both coders'
spans and resolved once as a whole.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from annotator.model.entities import Coding

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Disagreement:
    source_id: int
    code_id: int
    start: int
    end: int
    a_spans: tuple[Span, ...]
    b_spans: tuple[Span, ...]

    @property
    def key(self) -> tuple[int, int, int, int]:
        return (self.source_id, self.code_id, self.start, self.end)

    def union(self) -> tuple[Span, ...]:
        """Both coders' spans joined where they share characters ("keep both")."""
        result: list[Span] = []
        for start, end in sorted({*self.a_spans, *self.b_spans}):
            if result and start < result[-1][1]:
                result[-1] = (result[-1][0], max(end, result[-1][1]))
            else:
                result.append((start, end))
        return tuple(result)


def _clusters(a: list[Span], b: list[Span]) -> list[tuple[Span, list[Span], list[Span]]]:
    tagged = sorted([(s, e, 0) for s, e in set(a)] + [(s, e, 1) for s, e in set(b)])
    clusters: list[tuple[Span, list[Span], list[Span]]] = []
    for start, end, who in tagged:
        if clusters and start < clusters[-1][0][1]:
            extent, a_part, b_part = clusters[-1]
            clusters[-1] = ((extent[0], max(extent[1], end)), a_part, b_part)
        else:
            clusters.append(((start, end), [], []))
        (clusters[-1][1] if who == 0 else clusters[-1][2]).append((start, end))
    return clusters


def disagreements(codings: Iterable[Coding], coder_a: str, coder_b: str,
                  code_ids: Collection[int] | None = None,
                  source_ids: Collection[int] | None = None) -> list[Disagreement]:
    """Every disagreement between the two coders, by source, then position, then code."""
    spans: dict[tuple[int, int], tuple[list[Span], list[Span]]] = defaultdict(
        lambda: ([], []))
    for c in codings:
        if c.coder not in (coder_a, coder_b) or (
                code_ids is not None and c.code_id not in code_ids) or (
                source_ids is not None and c.source_id not in source_ids):
            continue
        spans[(c.source_id, c.code_id)][0 if c.coder == coder_a else 1].append(
            (c.start, c.end))
    found = []
    for (source_id, code_id), (a, b) in spans.items():
        for (start, end), a_part, b_part in _clusters(a, b):
            if sorted(a_part) != sorted(b_part):
                found.append(Disagreement(source_id, code_id, start, end,
                                          tuple(sorted(a_part)), tuple(sorted(b_part))))
    found.sort(key=lambda d: (d.source_id, d.start, d.code_id, d.end))
    return found
