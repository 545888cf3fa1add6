"""Segment-level agreement and code presence (MAXQDA's intercoder agreement).

A coded segment of one coder agrees when the other coder coded the same code in the
same transcript over a segment that overlaps it by at least `threshold` of the two
segments' combined extent (intersection over union). Every segment of both coders
is checked, so one matching pair counts twice, once from each side, as in MAXQDA's
result table. Kappa follows Brennan and Prediger (1981) as MAXQDA documents it:
chance agreement is 1 / k for k codes compared, since "neither coded" is not
defined for segments. See docs/agreement.md.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from annotator.model.entities import Coding

Span = tuple[int, int]
Key = tuple[int, int]  # (code id, source id)


def overlap_ratio(a: Span, b: Span) -> float:
    """Intersection over union of two spans (0 when they do not meet)."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / (max(a[1], b[1]) - min(a[0], b[0]))


def matched(spans: Sequence[Span], others: Sequence[Span], threshold: float) -> list[bool]:
    """For each span, whether some span of `others` overlaps it by >= threshold.

    `others` sorted by start; only those starting before the span ends can meet it,
    and a match needs its length within a factor of the threshold, so a bisection
    bounds the candidates.
    """
    starts = [s for s, _ in others]
    longest = max((e - s for s, e in others), default=0)
    result = []
    for span in spans:
        hi = bisect_left(starts, span[1])
        lo = bisect_left(starts, span[0] - longest)
        result.append(any(overlap_ratio(span, others[i]) >= threshold - 1e-12
                          for i in range(lo, hi)))
    return result


@dataclass(frozen=True, slots=True)
class SegmentCounts:
    """Segments of both coders that agree, and those of A and of B that do not."""

    agree: int = 0
    only_a: int = 0
    only_b: int = 0

    def __add__(self, other: SegmentCounts) -> SegmentCounts:
        return SegmentCounts(self.agree + other.agree, self.only_a + other.only_a,
                             self.only_b + other.only_b)

    @property
    def total(self) -> int:
        return self.agree + self.only_a + self.only_b

    @property
    def percent(self) -> float | None:
        return 100.0 * self.agree / self.total if self.total else None

    def kappa(self, codes: int) -> float | None:
        """Brennan and Prediger's kappa with chance 1 / `codes`; None below two codes."""
        if not self.total or codes < 2:
            return None
        observed = self.agree / self.total
        chance = 1.0 / codes
        return (observed - chance) / (1.0 - chance)


@dataclass(frozen=True, slots=True)
class SegmentAgreement:
    coder_a: str
    coder_b: str
    threshold: float
    cells: dict[Key, SegmentCounts]
    code_ids: tuple[int, ...]
    source_ids: tuple[int, ...]

    def by_code(self, code_id: int) -> SegmentCounts:
        total = SegmentCounts()
        for source_id in self.source_ids:
            total += self.cells.get((code_id, source_id), SegmentCounts())
        return total

    def by_source(self, source_id: int) -> SegmentCounts:
        total = SegmentCounts()
        for code_id in self.code_ids:
            total += self.cells.get((code_id, source_id), SegmentCounts())
        return total

    def overall(self) -> SegmentCounts:
        total = SegmentCounts()
        for counts in self.cells.values():
            total += counts
        return total

    @property
    def kappa(self) -> float | None:
        """Over all codes: chance is one over the number of codes in the table."""
        return self.overall().kappa(len(self.code_ids))


def _segments(codings: Iterable[Coding], coder: str, codes: Collection[int],
              sources: Collection[int]) -> dict[Key, list[Span]]:
    """A coder's distinct segments per (code, source), sorted (duplicates count once)."""
    found: dict[Key, set[Span]] = defaultdict(set)
    for c in codings:
        if c.coder == coder and c.code_id in codes and c.source_id in sources:
            found[(c.code_id, c.source_id)].add((c.start, c.end))
    return {key: sorted(spans) for key, spans in found.items()}


def segment_agreement(codings: Sequence[Coding], source_ids: Collection[int], coder_a: str,
                      coder_b: str, threshold: float = 0.9,
                      code_ids: Collection[int] | None = None) -> SegmentAgreement:
    """Each segment of each coder checked against the other's (threshold in (0, 1])."""
    sources = tuple(sorted(source_ids))
    chosen = set(sources)
    codes = tuple(sorted(code_ids)) if code_ids is not None else tuple(sorted(
        {c.code_id for c in codings if c.coder in (coder_a, coder_b) and c.source_id in chosen}))
    wanted = set(codes)
    a_segments = _segments(codings, coder_a, wanted, chosen)
    b_segments = _segments(codings, coder_b, wanted, chosen)
    cells: dict[Key, SegmentCounts] = {}
    for key in set(a_segments) | set(b_segments):
        a = a_segments.get(key, [])
        b = b_segments.get(key, [])
        a_hits = matched(a, b, threshold)
        b_hits = matched(b, a, threshold)
        cells[key] = SegmentCounts(sum(a_hits) + sum(b_hits), a_hits.count(False),
                                   b_hits.count(False))
    return SegmentAgreement(coder_a, coder_b, threshold, cells, codes, sources)


@dataclass(frozen=True, slots=True)
class PresenceCounts:
    """Code presence over transcripts: in how many both, A only, B only, neither."""

    both: int = 0
    only_a: int = 0
    only_b: int = 0
    neither: int = 0

    def __add__(self, other: PresenceCounts) -> PresenceCounts:
        return PresenceCounts(self.both + other.both, self.only_a + other.only_a,
                              self.only_b + other.only_b, self.neither + other.neither)

    @property
    def total(self) -> int:
        return self.both + self.only_a + self.only_b + self.neither

    @property
    def percent(self) -> float | None:
        return 100.0 * (self.both + self.neither) / self.total if self.total else None


def code_presence(codings: Sequence[Coding], source_ids: Collection[int], coder_a: str,
                  coder_b: str, code_ids: Collection[int] | None = None
                  ) -> dict[int, PresenceCounts]:
    """Per code: the transcripts where both, one or neither coder used it at all."""
    sources = set(source_ids)
    used: dict[str, set[Key]] = {coder_a: set(), coder_b: set()}
    for c in codings:
        if c.coder in used and c.source_id in sources:
            used[c.coder].add((c.code_id, c.source_id))
    codes = sorted(code_ids) if code_ids is not None else sorted(
        {code for code, _ in used[coder_a] | used[coder_b]})
    result = {}
    for code_id in codes:
        counts = [0, 0, 0, 0]
        for source_id in sources:
            a = (code_id, source_id) in used[coder_a]
            b = (code_id, source_id) in used[coder_b]
            counts[(0 if a and b else 1) if a else (2 if b else 3)] += 1
        result[code_id] = PresenceCounts(*counts)
    return result
