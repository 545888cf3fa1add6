"""Positions in a partner's edited copy of a transcript carried over to the transcript.

Member checking gets back a document whose text may differ from ours anywhere: a new
paragraph at the top, a word changed inside a commented excerpt, a sentence deleted. The
two texts are aligned as a diff: first line by line (fast: a 258,000-word transcript has a
few thousand lines, most of them unchanged), then character by character inside each
stretch of lines that differs (word by word when such a stretch is long, so that a
partner who retyped a whole section does not make the diff quadratic in characters).

The result is a list of matching blocks. A position inside a block maps straight across;
a range that starts or ends in text the partner changed is widened to the whole stretch of
ours that their change replaced, so that a comment on "slow brown" lands on "quick brown"
where "quick" became "slow". A range made only of text the partner added maps to nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from difflib import SequenceMatcher

# Longest stretch of changed text (characters, on the longer side) diffed character by
# character; longer stretches are diffed by words, whose count is several times smaller.
CHARACTER_DIFF_LIMIT = 20_000
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
    a_lines, b_lines = theirs.split("\n"), ours.split("\n")
    a_at, b_at = _line_starts(a_lines), _line_starts(b_lines)
    blocks: list[tuple[int, int, int]] = []
    lines = SequenceMatcher(None, a_lines, b_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in lines.get_opcodes():
        # Each stretch of lines with the "\n" after each (none after the text's last line).
        a_lo, a_hi = a_at[i1], min(a_at[i2], len(theirs))
        b_lo, b_hi = b_at[j1], min(b_at[j2], len(ours))
        if tag == "equal":
            blocks.append((a_lo, b_lo, min(a_hi - a_lo, b_hi - b_lo)))
        elif a_hi > a_lo and b_hi > b_lo:
            blocks.extend((a_lo + a, b_lo + b, size)
                          for a, b, size in _inner(theirs[a_lo:a_hi], ours[b_lo:b_hi]))
    return [block for block in blocks if block[2] > 0]


def _line_starts(lines: list[str]) -> list[int]:
    """Where each line starts, and one past the end (as if a "\n" followed the last)."""
    starts, at = [], 0
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    starts.append(at)
    return starts


def _inner(theirs: str, ours: str) -> list[tuple[int, int, int]]:
    """Matching blocks of two stretches that differ: by characters, or by words if long."""
    if max(len(theirs), len(ours)) <= CHARACTER_DIFF_LIMIT:
        matcher = SequenceMatcher(None, theirs, ours, autojunk=False)
        return [(a, b, size) for a, b, size in matcher.get_matching_blocks() if size]
    a_tokens = [m.group() for m in _TOKEN.finditer(theirs)]
    b_tokens = [m.group() for m in _TOKEN.finditer(ours)]
    a_at, b_at = _offsets(a_tokens), _offsets(b_tokens)
    matcher = SequenceMatcher(None, a_tokens, b_tokens, autojunk=False)
    return [(a_at[i], b_at[j], a_at[i + n] - a_at[i])
            for i, j, n in matcher.get_matching_blocks() if n]


def _offsets(tokens: list[str]) -> list[int]:
    at, offsets = 0, []
    for token in tokens:
        offsets.append(at)
        at += len(token)
    offsets.append(at)
    return offsets
