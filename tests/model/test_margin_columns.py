"""The coding margin's columns, without Qt: codings sharing a row never share a column."""

from __future__ import annotations

import random
from bisect import bisect_left
from dataclasses import dataclass, field

from annotator.model.entities import Coding
from annotator.model.intervals import IntervalIndex
from annotator.model.margin_columns import ColumnPlan, assign_columns
from annotator.model.offsets import OffsetMap


@dataclass
class Layer:
    """What the transcript's coding layer gives the plan: codings, their index, rows."""

    text: str
    codings: dict[int, Coding] = field(default_factory=dict)
    index: IntervalIndex[int] = field(default_factory=IntervalIndex)

    def __post_init__(self) -> None:
        self.offsets = OffsetMap(self.text)
        self.newlines = [i for i, ch in enumerate(self.text) if ch == "\n"]

    def put(self, coding: Coding) -> None:
        if coding.id in self.codings:
            self.index.update(coding.start, coding.end, coding.id)
        else:
            self.index.add(coding.start, coding.end, coding.id)
        self.codings[coding.id] = coding

    def drop(self, key: int) -> None:
        self.index.remove(key)
        del self.codings[key]


def test_assign_columns_uses_as_few_as_the_deepest_overlap() -> None:
    columns, count = assign_columns([(0, 2, "a"), (1, 1, "b"), (3, 4, "c"), (2, 3, "d")])
    assert count == 2
    assert columns["a"] != columns["b"] and columns["a"] != columns["d"]
    assert columns["c"] == columns["a"]  # free again once "a" has ended


def test_margin_columns_never_collide_through_changes() -> None:
    """Random adds, moves and removals: codings that share a paragraph never share a column."""
    text = "".join(f"Paragraph {i} " + "word " * (i % 7 * 10) + "\n" for i in range(60))
    layer = Layer(text)
    plan = ColumnPlan()
    rng = random.Random(7)

    def row(cp: int) -> int:
        return bisect_left(layer.newlines, cp)

    spans: dict[int, tuple[int, int]] = {}
    for step in range(300):
        ids = list(layer.codings)
        if ids and rng.random() < 0.3:
            layer.drop(rng.choice(ids))
        else:
            start = rng.randrange(0, len(text) - 2)
            end = min(len(text), start + rng.randint(1, 400))
            key = rng.choice(ids) if ids and rng.random() < 0.3 else 1000 + step
            layer.put(Coding(key, "g", 1, 1, start, end))
        plan.sync(layer)
        spans = {k: (row(c.start), row(c.end - 1)) for k, c in layer.codings.items()}
        assert set(plan.columns) == set(spans)
        for a, (a0, a1) in spans.items():
            for b, (b0, b1) in spans.items():
                if a < b and a0 <= b1 and b0 <= a1:
                    assert plan.columns[a] != plan.columns[b]
    _, fresh = assign_columns([(a0, a1, k) for k, (a0, a1) in spans.items()])
    assert fresh <= plan.count


def test_a_new_index_plans_afresh() -> None:
    layer = Layer("one\ntwo\nthree\n")
    layer.put(Coding(1, "g", 1, 1, 0, 3))
    plan = ColumnPlan()
    plan.sync(layer)
    assert plan.columns == {1: 0} and plan.count == 1
    other = Layer("one\ntwo\nthree\n")
    other.put(Coding(2, "g", 1, 1, 4, 7))
    plan.sync(other)
    assert plan.columns == {2: 0}
