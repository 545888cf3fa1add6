"""IntervalIndex.shift and OffsetMap.edited: what edit mode uses to follow a keystroke
without rebuilding either, checked against building them afresh."""

from __future__ import annotations

import random

import pytest

from annotator.model.intervals import IntervalIndex
from annotator.model.offsets import OffsetMap

ALPHABET = "ab \n😀𠀋社é"


@pytest.mark.parametrize("seed", range(30))
def test_offset_map_edited_equals_a_fresh_map(seed: int) -> None:
    rng = random.Random(seed)
    text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 60)))
    offsets = OffsetMap(text)
    for _ in range(20):
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        new = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 5)))
        offsets = offsets.edited(start, end, new)
        text = text[:start] + new + text[end:]
        fresh = OffsetMap(text)
        assert (offsets.codepoint_length, offsets.utf16_length) == (
            fresh.codepoint_length, fresh.utf16_length)
        assert [offsets.to_utf16(i) for i in range(len(text) + 1)] == [
            fresh.to_utf16(i) for i in range(len(text) + 1)]


def test_offset_map_edited_refuses_a_range_outside_the_text() -> None:
    with pytest.raises(ValueError):
        OffsetMap("abc").edited(2, 4, "x")


@pytest.mark.parametrize("seed", range(30))
def test_shift_moves_what_starts_at_or_after_the_point(seed: int) -> None:
    rng = random.Random(seed)
    items = []
    for key in range(rng.randint(0, 40)):
        start = rng.randint(0, 300)
        items.append((start, start + rng.randint(1, 2 ** rng.randint(0, 8)), key))
    index = IntervalIndex(items)
    at, delta = rng.randint(0, 300), rng.randint(-20, 20)
    # The caller takes out what would cross the point once moved (see shift's docstring).
    kept = [(s, e, k) for s, e, k in items if s < at or s + delta >= max(at + min(delta, 0), 0)]
    kept = [(s, e, k) for s, e, k in kept if not (s < at and s > at + delta)]
    index = IntervalIndex(kept)
    moved = index.shift(at, delta)
    expected = sorted(((s + delta, e + delta, k) if s >= at else (s, e, k))
                      for s, e, k in kept)
    assert sorted(index.items()) == expected
    assert sorted(moved) == sorted(k for s, _e, k in kept if s >= at) if delta else moved == []
    fresh = IntervalIndex(expected)
    for point in range(0, 340, 7):
        assert index.at(point) == fresh.at(point)
        assert index.overlapping(point, point + 30) == fresh.overlapping(point, point + 30)
    for s, e, k in expected:
        assert index.span(k) == (s, e)
