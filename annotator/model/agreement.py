"""Inter-coder agreement between coders' codings of the same transcripts.

Three families of measures, each defined in docs/agreement.md with its reference:

- on characters (NVivo's coding comparison): for a code and a transcript every
  character is a unit, coded or not by each coder; percent agreement and Cohen's
  kappa per code and transcript, per code over all transcripts, and over everything;
- on segments (MAXQDA's intercoder agreement): a coded segment agrees when the other
  coder coded the same code over a segment overlapping it by at least a threshold
  (segments.py), with kappa after Brennan and Prediger; and code presence per
  transcript;
- Krippendorff's alpha for nominal data, for two or more coders, unitised on
  characters: each character of each chosen transcript is a unit for each code, its
  value "coded" or "not coded" by each coder.

Everything works from the coders' merged spans: a character covered twice by one
coder's overlapping codings of one code is coded once. Counting goes span by span
(sweeps over sorted ends), never character by character, so 20 transcripts of
100,000 characters and 40,000 codings take a fraction of a second
(bench/agreement_bench.py).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from annotator.model.entities import Coding

Span = tuple[int, int]
Key = tuple[int, int]
"""(code id, source id)."""


def merged(spans: Iterable[Span]) -> list[Span]:
    """The union of half-open spans as sorted, disjoint, non-touching spans."""
    result: list[Span] = []
    for start, end in sorted(spans):
        if result and start <= result[-1][1]:
            if end > result[-1][1]:
                result[-1] = (result[-1][0], end)
        else:
            result.append((start, end))
    return result


def covered(spans: Sequence[Span]) -> int:
    return sum(end - start for start, end in spans)


def overlap_length(a: Sequence[Span], b: Sequence[Span]) -> int:
    """Characters in both of two merged span lists (a two-pointer walk)."""
    total = i = j = 0
    while i < len(a) and j < len(b):
        start = max(a[i][0], b[j][0])
        end = min(a[i][1], b[j][1])
        if end > start:
            total += end - start
        if a[i][1] <= b[j][1]:
            i += 1
        else:
            j += 1
    return total


def coverage_histogram(layers: Sequence[Sequence[Span]], length: int) -> list[int]:
    """counts[j]: characters of [0, length) covered by exactly j of the merged layers."""
    events: list[tuple[int, int]] = []
    for spans in layers:
        for start, end in spans:
            events.append((start, 1))
            events.append((end, -1))
    events.sort()
    counts = [0] * (len(layers) + 1)
    depth = last = 0
    for position, step in events:
        if depth:
            counts[depth] += position - last
        depth += step
        last = position
    counts[0] = length - sum(counts[1:])
    return counts


def spans_by_coder(codings: Iterable[Coding], coders: Collection[str],
                   code_ids: Collection[int] | None = None,
                   source_ids: Collection[int] | None = None
                   ) -> dict[str, dict[Key, list[Span]]]:
    """coder -> (code, source) -> merged spans, for the chosen coders, codes and sources."""
    raw: dict[str, dict[Key, list[Span]]] = {c: defaultdict(list) for c in coders}
    for coding in codings:
        by_key = raw.get(coding.coder)
        if by_key is None or (code_ids is not None and coding.code_id not in code_ids) or (
                source_ids is not None and coding.source_id not in source_ids):
            continue
        by_key[(coding.code_id, coding.source_id)].append((coding.start, coding.end))
    return {coder: {key: merged(spans) for key, spans in by_key.items()}
            for coder, by_key in raw.items()}


@dataclass(frozen=True, slots=True)
class CharacterCounts:
    """The 2x2 table of characters: coded by both, by A only, by B only, of `length`."""

    length: int
    both: int = 0
    only_a: int = 0
    only_b: int = 0

    @property
    def neither(self) -> int:
        return self.length - self.both - self.only_a - self.only_b

    def __add__(self, other: CharacterCounts) -> CharacterCounts:
        return CharacterCounts(self.length + other.length, self.both + other.both,
                               self.only_a + other.only_a, self.only_b + other.only_b)

    @property
    def disagreements(self) -> int:
        return self.only_a + self.only_b

    @property
    def percent(self) -> float | None:
        """Characters both coded or both left, as a percentage; None on no text."""
        if self.length <= 0:
            return None
        return 100.0 * (self.both + self.neither) / self.length

    @property
    def kappa(self) -> float | None:
        """Cohen's kappa on the characters; 1 when both agree on every character and
        chance would too (NVivo's convention), None on no text."""
        n = self.length
        if n <= 0:
            return None
        observed = (self.both + self.neither) / n
        a = (self.both + self.only_a) / n
        b = (self.both + self.only_b) / n
        chance = a * b + (1 - a) * (1 - b)
        if chance >= 1.0:
            return 1.0
        return (observed - chance) / (1 - chance)


@dataclass(frozen=True, slots=True)
class CharacterAgreement:
    """Character-level agreement of two coders: per (code, source) cell, per code
    over all sources, per source over all codes, and over everything."""

    coder_a: str
    coder_b: str
    cells: dict[Key, CharacterCounts]
    code_ids: tuple[int, ...]
    source_ids: tuple[int, ...]

    def by_code(self, code_id: int) -> CharacterCounts:
        total = CharacterCounts(0)
        for source_id in self.source_ids:
            total += self.cells[(code_id, source_id)]
        return total

    def by_source(self, source_id: int) -> CharacterCounts:
        total = CharacterCounts(0)
        for code_id in self.code_ids:
            total += self.cells[(code_id, source_id)]
        return total

    def overall(self) -> CharacterCounts:
        total = CharacterCounts(0)
        for counts in self.cells.values():
            total += counts
        return total


def coded_code_ids(codings: Iterable[Coding], coders: Collection[str]) -> list[int]:
    """The codes any of the coders used, in id order: the default set to compare."""
    return sorted({c.code_id for c in codings if c.coder in coders})


def character_agreement(codings: Sequence[Coding], lengths: Mapping[int, int],
                        coder_a: str, coder_b: str,
                        code_ids: Collection[int] | None = None) -> CharacterAgreement:
    """Percent agreement and Cohen's kappa on characters (NVivo's coding comparison).

    `lengths` maps each chosen source to its length in code points; `code_ids`
    defaults to every code either coder used on them.
    """
    sources = tuple(sorted(lengths))
    chosen = set(sources)
    codes = tuple(sorted(code_ids)) if code_ids is not None else tuple(
        coded_code_ids((c for c in codings if c.source_id in chosen), (coder_a, coder_b)))
    spans = spans_by_coder(codings, (coder_a, coder_b), set(codes), chosen)
    a_spans, b_spans = spans[coder_a], spans[coder_b]
    cells: dict[Key, CharacterCounts] = {}
    empty: list[Span] = []
    for code_id in codes:
        for source_id in sources:
            a = a_spans.get((code_id, source_id), empty)
            b = b_spans.get((code_id, source_id), empty)
            both = overlap_length(a, b) if a and b else 0
            cells[(code_id, source_id)] = CharacterCounts(
                lengths[source_id], both, covered(a) - both, covered(b) - both)
    return CharacterAgreement(coder_a, coder_b, cells, codes, sources)


@dataclass(frozen=True, slots=True)
class AlphaCounts:
    """What Krippendorff's alpha needs of binary values from `coders` coders: the
    number of units (characters) that exactly j coders coded, for j = 0..coders."""

    histogram: tuple[int, ...]

    def __add__(self, other: AlphaCounts) -> AlphaCounts:
        return AlphaCounts(tuple(x + y for x, y in zip(self.histogram, other.histogram,
                                                        strict=True)))

    @property
    def alpha(self) -> float | None:
        """Krippendorff's alpha, nominal; None when every value is the same (no
        variation, alpha undefined) or there are fewer than two coders."""
        m = len(self.histogram) - 1
        if m < 2:
            return None
        units = sum(self.histogram)
        n = units * m  # pairable values: every coder gives every character a value
        n1 = sum(j * count for j, count in enumerate(self.histogram))
        n0 = n - n1
        if n0 == 0 or n1 == 0:
            return None
        # o01: the coincidences of "coded" with "not coded", each unit weighted 1/(m-1).
        o01 = sum(count * j * (m - j) for j, count in enumerate(self.histogram)) / (m - 1)
        return 1.0 - (n - 1) * o01 / (n0 * n1)


@dataclass(frozen=True, slots=True)
class AlphaAgreement:
    coders: tuple[str, ...]
    cells: dict[Key, AlphaCounts]
    code_ids: tuple[int, ...]
    source_ids: tuple[int, ...]

    def by_code(self, code_id: int) -> AlphaCounts:
        total = AlphaCounts((0,) * (len(self.coders) + 1))
        for source_id in self.source_ids:
            total += self.cells[(code_id, source_id)]
        return total

    def by_source(self, source_id: int) -> AlphaCounts:
        total = AlphaCounts((0,) * (len(self.coders) + 1))
        for code_id in self.code_ids:
            total += self.cells[(code_id, source_id)]
        return total

    def overall(self) -> AlphaCounts:
        total = AlphaCounts((0,) * (len(self.coders) + 1))
        for counts in self.cells.values():
            total += counts
        return total


def krippendorff_alpha(codings: Sequence[Coding], lengths: Mapping[int, int],
                       coders: Sequence[str],
                       code_ids: Collection[int] | None = None) -> AlphaAgreement:
    """Krippendorff's alpha (nominal) on characters, per code and source, for two or
    more coders: each character is a unit, "coded with the code" or not by each coder.
    """
    sources = tuple(sorted(lengths))
    chosen = set(sources)
    codes = tuple(sorted(code_ids)) if code_ids is not None else tuple(
        coded_code_ids((c for c in codings if c.source_id in chosen), coders))
    spans = spans_by_coder(codings, coders, set(codes), chosen)
    cells: dict[Key, AlphaCounts] = {}
    empty: list[Span] = []
    for code_id in codes:
        for source_id in sources:
            layers = [spans[coder].get((code_id, source_id), empty) for coder in coders]
            cells[(code_id, source_id)] = AlphaCounts(
                tuple(coverage_histogram(layers, lengths[source_id])))
    return AlphaAgreement(tuple(coders), cells, codes, sources)
