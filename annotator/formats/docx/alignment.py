"""Positions in a partner's edited copy of a transcript carried over to the transcript.

Member checking gets back a document whose text may differ from ours anywhere: a new
paragraph at the top, a word changed inside a commented excerpt, a sentence deleted. The
two texts are aligned as a diff: first line by line (fast: a 258,000-word transcript has a
few thousand lines, most of them unchanged), then inside each stretch of lines that
differs: line by line where it has as many lines on both sides (words changed in place),
character by character where it is short, else word by word and then character by
character between the words that match, so that long changed stretches stay fast.

The result is a list of matching blocks. A position inside a block maps straight across;
a range that starts or ends in text the partner changed is widened to the whole stretch of
ours that their change replaced, so that a comment on "slow brown" lands on "quick brown"
where "quick" became "slow". A range made only of text the partner added maps to nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from difflib import SequenceMatcher

# Stretches of changed text up to this many characters (both sides together) are diffed
# character by character; longer ones by words first, then by characters between the
# words that match. Python's SequenceMatcher is quadratic in how often an element repeats,
# and letters repeat far more than words do.
CHARACTER_DIFF_LIMIT = 400
# A stretch of changed lines longer than this (characters, both sides) with different line
# counts is first cut up by pairing lines whose first SIGNATURE characters agree, and a
# piece still longer is left unaligned (its comments are then found by their words).
REGION_LIMIT = 200_000
SIGNATURE = 24
_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)


class Alignment:
    """Where positions in `theirs` (the returned text) are in `ours` (the transcript)."""

    def __init__(self, theirs: str, ours: str) -> None:
        self.length = len(ours)
        blocks = [(0, 0, len(ours))] if theirs == ours else _blocks(theirs, ours)
        self._a = [a for a, _, _ in blocks]
        self._b = [b for _, b, _ in blocks]
        self._size = [size for _, _, size in blocks]

    def start(self, position: int) -> int:
        """Where a range that starts at `position` of theirs starts in ours."""
        k = bisect_right(self._a, position) - 1
        if k >= 0 and position < self._a[k] + self._size[k]:
            return self._b[k] + position - self._a[k]
        # In text they changed or added: from where that stretch of ours begins.
        return self._b[k] + self._size[k] if k >= 0 else 0

    def end(self, position: int) -> int:
        """Where a range that ends at `position` of theirs ends in ours."""
        k = bisect_left(self._a, position) - 1
        if k >= 0 and position <= self._a[k] + self._size[k]:
            return self._b[k] + position - self._a[k]
        # In text they changed or added: up to where that stretch of ours ends.
        return self._b[k + 1] if k + 1 < len(self._b) else self.length

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """The range of ours that [start, end) of theirs covers; None if it covers nothing
        of ours (the partner's own words only)."""
        mapped = self.start(start), self.end(end)
        return mapped if mapped[0] < mapped[1] else None


def _blocks(theirs: str, ours: str) -> list[tuple[int, int, int]]:
    """Matching blocks (start in theirs, start in ours, length), in order on both sides."""
    lines = _Lines(theirs, ours)
    lines.align(0, len(lines.a_lines), 0, len(lines.b_lines))
    return [block for block in lines.blocks if block[2] > 0]


class _Lines:
    """The line-level pass, and the finer passes inside the stretches that differ."""

    def __init__(self, theirs: str, ours: str) -> None:
        self.theirs, self.ours = theirs, ours
        self.a_lines, self.b_lines = theirs.split("\n"), ours.split("\n")
        self.a_at, self.b_at = _line_starts(self.a_lines), _line_starts(self.b_lines)
        self.blocks: list[tuple[int, int, int]] = []

    def align(self, i1: int, i2: int, j1: int, j2: int) -> None:
        """Align lines i1:i2 of theirs with j1:j2 of ours, whole lines first."""
        # Lines repeat ("Mm-hmm."): the most common ones (over 1%) may not anchor a match,
        # only extend one, so that a copy with few unchanged lines stays fast.
        matcher = SequenceMatcher(None, self.a_lines[i1:i2], self.b_lines[j1:j2],
                                  autojunk=True)
        for tag, x1, x2, y1, y2 in matcher.get_opcodes():
            k1, k2, l1, l2 = i1 + x1, i1 + x2, j1 + y1, j1 + y2
            if tag == "equal":
                a_lo, b_lo = self.a_at[k1], self.b_at[l1]
                size = min(self.a_at[k2], len(self.theirs)) - a_lo
                self.blocks.append((a_lo, b_lo, min(size, len(self.ours) - b_lo)))
            elif k2 > k1 and l2 > l1:
                if k2 - k1 != l2 - l1 and self._size(k1, k2, l1, l2) > REGION_LIMIT:
                    self._by_beginnings(k1, k2, l1, l2)
                else:
                    self._stretch(k1, k2, l1, l2)

    def _by_beginnings(self, k1: int, k2: int, l1: int, l2: int) -> None:
        """A long stretch of changed lines: cut it where a line's beginning is found once on
        each side (in the same order), and align each piece."""
        anchors = _unique_in_order([line[:SIGNATURE] for line in self.a_lines[k1:k2]],
                                   [line[:SIGNATURE] for line in self.b_lines[l1:l2]])
        cuts = [(k1, l1)] + [(k1 + x, l1 + y) for x, y in anchors if (x, y) != (0, 0)]
        for (a, b), (a_next, b_next) in zip(cuts, [*cuts[1:], (k2, l2)], strict=True):
            if a_next > a and b_next > b:
                self._stretch(a, a_next, b, b_next)

    def _stretch(self, k1: int, k2: int, l1: int, l2: int) -> None:
        """Lines k1:k2 of theirs against l1:l2 of ours: line by line where there are as
        many on each side (most often each edited in place), else as one piece."""
        if k2 - k1 == l2 - l1 and k2 - k1 > 1:
            for k, line in zip(range(k1, k2), range(l1, l2), strict=True):
                self._stretch(k, k + 1, line, line + 1)
            return
        if self._size(k1, k2, l1, l2) > REGION_LIMIT:
            return  # left unaligned: its comments are looked for by their words
        a_lo, b_lo = self.a_at[k1], self.b_at[l1]
        theirs = self.theirs[a_lo:self.a_at[k2]]
        ours = self.ours[b_lo:self.b_at[l2]]
        self.blocks.extend((a_lo + a, b_lo + b, size) for a, b, size in _inner(theirs, ours))

    def _size(self, k1: int, k2: int, l1: int, l2: int) -> int:
        return self.a_at[k2] - self.a_at[k1] + self.b_at[l2] - self.b_at[l1]


def _line_starts(lines: list[str]) -> list[int]:
    """Where each line starts, and one past the end (as if a "\n" followed the last)."""
    starts, at = [], 0
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    starts.append(at)
    return starts


def _inner(theirs: str, ours: str) -> list[tuple[int, int, int]]:
    """Matching blocks of two stretches that differ: the same beginning and ending taken
    as they are, and between them by characters if short, else by words and then by
    characters in the gaps between matching words."""
    head = _common_prefix(theirs, ours)
    tail = _common_prefix(theirs[head:][::-1], ours[head:][::-1])
    if head or tail:
        blocks = [(0, 0, head)] if head else []
        middle = _inner(theirs[head:len(theirs) - tail], ours[head:len(ours) - tail]) \
            if len(theirs) > head + tail and len(ours) > head + tail else []
        blocks.extend((head + a, head + b, size) for a, b, size in middle)
        if tail:
            blocks.append((len(theirs) - tail, len(ours) - tail, tail))
        return blocks
    if len(theirs) + len(ours) <= CHARACTER_DIFF_LIMIT:
        matcher = SequenceMatcher(None, theirs, ours, autojunk=False)
        return [(a, b, size) for a, b, size in matcher.get_matching_blocks() if size]
    a_tokens = [m.group() for m in _TOKEN.finditer(theirs)]
    b_tokens = [m.group() for m in _TOKEN.finditer(ours)]
    a_at, b_at = _offsets(a_tokens), _offsets(b_tokens)
    # Very common words (and spaces) cannot start a match, but are matched between others.
    matcher = SequenceMatcher(None, a_tokens, b_tokens, autojunk=True)
    blocks: list[tuple[int, int, int]] = []
    a_end = b_end = 0
    for i, j, n in matcher.get_matching_blocks():
        a_lo, b_lo = a_at[i], b_at[j]
        gap = (a_lo - a_end) + (b_lo - b_end)
        if a_lo > a_end and b_lo > b_end and gap <= CHARACTER_DIFF_LIMIT:
            blocks.extend((a_end + a, b_end + b, size) for a, b, size in _inner(
                theirs[a_end:a_lo], ours[b_end:b_lo]))
        if n:
            blocks.append((a_lo, b_lo, a_at[i + n] - a_lo))
        a_end, b_end = a_at[i + n], b_at[j + n]
    return blocks


def _unique_in_order(a_keys: list[str], b_keys: list[str]) -> list[tuple[int, int]]:
    """Pairs (i, j) of keys found exactly once on each side, the longest run of them in
    the same order on both sides (as patience diff anchors): O(n log n)."""
    a_count, b_count = Counter(a_keys), Counter(b_keys)
    b_index = {key: j for j, key in enumerate(b_keys) if b_count[key] == 1}
    pairs = [(i, b_index[key]) for i, key in enumerate(a_keys)
             if a_count[key] == 1 and key in b_index]
    tails: list[int] = []  # the smallest last j of an increasing run of each length
    ends: list[int] = []  # which pair ends it
    before = [-1] * len(pairs)
    for n, (_, j) in enumerate(pairs):
        length = bisect_left(tails, j)
        if length == len(tails):
            tails.append(j)
            ends.append(n)
        else:
            tails[length], ends[length] = j, n
        before[n] = ends[length - 1] if length else -1
    run, n = [], ends[-1] if ends else -1
    while n >= 0:
        run.append(pairs[n])
        n = before[n]
    return run[::-1]


def _common_prefix(a: str, b: str) -> int:
    """How many characters `a` and `b` begin with alike (slices compared in C, halving)."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        middle = (low + high + 1) // 2
        if a[low:middle] == b[low:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _offsets(tokens: list[str]) -> list[int]:
    at, offsets = 0, []
    for token in tokens:
        offsets.append(at)
        at += len(token)
    offsets.append(at)
    return offsets
