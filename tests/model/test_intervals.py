"""IntervalIndex against a brute-force model, for built and for edited indexes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    consumes,
    invariant,
    rule,
)

from annotator.model.intervals import IntervalIndex

# --- the reference: a dict scanned in full for every question ----------------


class Brute:
    def __init__(self, spans: dict[object, tuple[int, int]]) -> None:
        self.spans = spans

    def overlapping(self, start, end):
        end = max(end, start + 1)
        return {k for k, (s, e) in self.spans.items() if s < end and e > start}

    def covering(self, pos):
        return frozenset(k for k, (s, e) in self.spans.items() if s <= pos < e)

    def boundaries(self, start, end):
        inner = {p for span in self.spans.values() for p in span if start < p < end}
        return sorted(inner | {start, end})


def check_all_queries(index: IntervalIndex, spans: dict, start: int, end: int) -> None:
    """Every query of `index` over [start, end) agrees with the brute force."""
    brute = Brute(spans)

    found = index.overlapping(start, end)
    assert len(found) == len(set(found))
    assert set(found) == brute.overlapping(start, end)
    assert [spans[k] for k in found] == sorted(spans[k] for k in found)
    items = index.overlapping_items(start, end)
    assert [(s, e) for s, e, _ in items] == [spans[k] for k in found]
    assert [k for _, _, k in items] == found

    assert set(index.at(start)) == brute.covering(start)
    assert index.overlapping(start, start) == index.at(start)

    bounds = index.boundaries(start, end)
    assert bounds == brute.boundaries(start, end)

    runs = index.segments(start, end)
    if start == end:
        assert runs == []
        return
    # Tiles the range, split exactly at the boundaries.
    assert [lo for lo, _, _ in runs] + [runs[-1][1]] == bounds
    for lo, hi, keys in runs:
        assert isinstance(keys, frozenset)
        for pos in range(lo, hi):
            assert keys == brute.covering(pos)
    for (_, _, left), (_, _, right) in zip(runs, runs[1:], strict=False):
        assert left != right


def assert_document_order(index: IntervalIndex, spans: dict) -> None:
    """Iteration and items() hold every key once, sorted by (start, end)."""
    assert len(index) == len(spans)
    keys = list(index)
    assert sorted(keys) == sorted(spans)
    assert [spans[k] for k in keys] == sorted(spans.values())
    items = index.items()
    assert sorted(k for _, _, k in items) == sorted(spans)
    assert all((s, e) == spans[k] for s, e, k in items)
    assert [(s, e) for s, e, _ in items] == sorted(spans.values())


# --- strategies ----------------------------------------------------------------

# Lengths from single characters to longer than the query window, so that many
# length classes are used at once and some intervals cover every query.
lengths = st.one_of(st.integers(1, 6), st.integers(1, 80), st.integers(1, 600))
spans = st.tuples(st.integers(0, 120), lengths).map(lambda p: (p[0], p[0] + p[1]))
span_maps = st.dictionaries(st.integers(0, 10_000), spans, max_size=40)
queries = st.tuples(st.integers(0, 200), st.integers(0, 60)).map(lambda p: (p[0], p[0] + p[1]))


def build(spans: dict) -> IntervalIndex:
    return IntervalIndex((s, e, k) for k, (s, e) in spans.items())


# --- properties of a built index -------------------------------------------------


@given(span_maps, queries)
def test_queries_match_brute_force(spans, query):
    check_all_queries(build(spans), spans, *query)


@given(span_maps, st.integers(0, 200))
def test_point_queries_match_brute_force(spans, pos):
    index = build(spans)
    assert set(index.at(pos)) == Brute(spans).covering(pos)


@given(span_maps)
def test_segments_of_everything_match_brute_force(spans):
    index = build(spans)
    end = max((e for _, e in spans.values()), default=1)
    check_all_queries(index, spans, 0, end)


@given(span_maps)
def test_overlaps_of_match_brute_force(spans):
    index = build(spans)
    for key, (s, e) in spans.items():
        expected = {k for k, (s2, e2) in spans.items() if k != key and s2 < e and e2 > s}
        got = index.overlaps_of(key)
        assert key not in got
        assert set(got) == expected
        assert len(got) == len(expected)


@given(span_maps)
def test_container_protocol(spans):
    index = build(spans)
    assert_document_order(index, spans)
    for key, span in spans.items():
        assert key in index
        assert index.span(key) == span
    assert -1 not in index


# --- edits: random add / remove / update sequences ------------------------------


class EditedIndex(RuleBasedStateMachine):
    """Edits an index and a dict alike, then asks both the same questions."""

    keys = Bundle("keys")

    def __init__(self) -> None:
        super().__init__()
        self.index: IntervalIndex[int] = IntervalIndex()
        self.spans: dict[int, tuple[int, int]] = {}
        self.next_key = 0

    @rule(target=keys, span=spans)
    def add(self, span):
        key = self.next_key
        self.next_key += 1
        self.index.add(*span, key)
        self.spans[key] = span
        return key

    @rule(key=consumes(keys))
    def remove(self, key):
        assert self.index.remove(key) == self.spans.pop(key)
        with pytest.raises(KeyError):
            self.index.remove(key)

    @rule(key=keys, span=spans)
    def update(self, key, span):
        assert self.index.update(*span, key) == self.spans[key]
        self.spans[key] = span

    @rule(key=keys, span=spans)
    def add_existing_key_is_refused(self, key, span):
        with pytest.raises(ValueError, match="duplicate"):
            self.index.add(*span, key)

    @rule(key=keys, start=st.integers(0, 100))
    def bad_update_changes_nothing(self, key, start):
        with pytest.raises(ValueError):
            self.index.update(start, start, key)
        assert self.index.span(key) == self.spans[key]

    @rule(query=queries)
    def queries_agree(self, query):
        check_all_queries(self.index, self.spans, *query)

    @invariant()
    def same_contents(self):
        assert_document_order(self.index, self.spans)


EditedIndex.TestCase.settings = settings(max_examples=150, stateful_step_count=40)
TestEditedIndex = EditedIndex.TestCase


# --- examples and edge cases ------------------------------------------------------


def test_example_segments_with_overlap_and_gap():
    index = IntervalIndex([(2, 6, "a"), (4, 9, "b"), (12, 14, "c")])
    assert index.segments(0, 15) == [
        (0, 2, frozenset()),
        (2, 4, frozenset({"a"})),
        (4, 6, frozenset({"a", "b"})),
        (6, 9, frozenset({"b"})),
        (9, 12, frozenset()),
        (12, 14, frozenset({"c"})),
        (14, 15, frozenset()),
    ]
    # Clipped to the range asked for.
    assert index.segments(5, 7) == [(5, 6, frozenset({"a", "b"})), (6, 7, frozenset({"b"}))]
    assert index.boundaries(5, 13) == [5, 6, 9, 12, 13]
    assert index.boundaries(3, 3) == [3]
    assert index.segments(3, 3) == []


def test_point_query_is_start_inclusive_end_exclusive():
    index = IntervalIndex([(2, 6, "a"), (6, 8, "b")])
    assert index.at(1) == []
    assert index.at(2) == ["a"]
    assert index.at(5) == ["a"]
    assert index.at(6) == ["b"]
    assert index.at(8) == []
    assert index.overlapping(6, 6) == ["b"]
    # A range touching an interval's end does not overlap it.
    assert index.overlapping(6, 7) == ["b"]
    assert index.overlapping(0, 2) == []


def test_same_span_under_several_keys():
    # One selection coded with three codes is the commonest overlap of all.
    index = IntervalIndex([(10, 20, 1), (10, 20, 2), (10, 20, 3)])
    assert sorted(index.at(15)) == [1, 2, 3]
    assert index.segments(10, 20) == [(10, 20, frozenset({1, 2, 3}))]
    assert index.remove(2) == (10, 20)
    assert sorted(index.overlaps_of(1)) == [3]


def test_keys_need_not_be_orderable():
    index = IntervalIndex([(0, 5, "x"), (0, 5, 7), (0, 5, ("t", 1))])
    index.add(0, 5, None)
    assert set(index.at(0)) == {"x", 7, ("t", 1), None}
    assert index.remove(7) == (0, 5)
    assert len(index.items()) == 3


def test_a_long_interval_does_not_hide_short_ones():
    index = IntervalIndex([(0, 100_000, "all"), (50_000, 50_010, "short")])
    assert index.at(50_005) == ["all", "short"]
    assert index.at(50_010) == ["all"]
    assert index.overlapping(99_999, 100_000) == ["all"]
    assert index.overlapping(100_000, 100_001) == []


@pytest.mark.parametrize(("start", "end"), [(5, 5), (5, 4), (-1, 3)])
def test_bad_intervals_are_refused(start, end):
    with pytest.raises(ValueError, match="non-empty"):
        IntervalIndex([(start, end, "k")])
    index: IntervalIndex[str] = IntervalIndex()
    with pytest.raises(ValueError, match="non-empty"):
        index.add(start, end, "k")
    assert len(index) == 0


def test_duplicate_keys_are_refused_when_building():
    with pytest.raises(ValueError, match="duplicate"):
        IntervalIndex([(0, 1, "k"), (3, 4, "k")])


@pytest.mark.parametrize("query", ["overlapping", "overlapping_items", "boundaries", "segments"])
def test_bad_queries_are_refused(query):
    index = IntervalIndex([(0, 5, "k")])
    with pytest.raises(ValueError, match="0 <= start <= end"):
        getattr(index, query)(4, 3)
    with pytest.raises(ValueError, match="0 <= start <= end"):
        getattr(index, query)(-1, 3)


def test_missing_keys_raise_key_error():
    index = IntervalIndex([(0, 5, "k")])
    with pytest.raises(KeyError):
        index.remove("nope")
    with pytest.raises(KeyError):
        index.update(0, 3, "nope")
    with pytest.raises(KeyError):
        index.overlaps_of("nope")
    with pytest.raises(KeyError):
        index.span("nope")
    assert "nope" not in index


def test_update_returns_old_span_for_repainting():
    index = IntervalIndex([(0, 5, "k"), (3, 8, "m")])
    assert index.update(20, 30, "k") == (0, 5)
    assert index.at(2) == []
    assert index.at(25) == ["k"]
    assert index.overlaps_of("m") == []


def test_repr():
    assert repr(IntervalIndex([(0, 5, "k")])) == "IntervalIndex(1 intervals)"
