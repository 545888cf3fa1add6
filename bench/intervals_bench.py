"""Print how fast IntervalIndex is at the sizes the transcript pane must handle.

    uv run python bench/intervals_bench.py

20,000 codings on a 100,000-character text (denser than any real transcript:
about 35 codings over every character on average), with lengths from a phrase to
several paragraphs, a third of them sharing their span with another coding
(several codes on one selection) and five covering the whole text; the same for
a typical single transcript (2,000 codings); then a stress case with lengths
uniform up to 5,000. Each figure is the best of several runs.

`segments` costs about the total size of the key sets it returns (runs x depth);
most of that is building the frozensets, so a dense text is slow to split whole.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

from annotator.model.intervals import IntervalIndex

TEXT_LENGTH = 100_000
CODINGS = 20_000
REPEATS = 5


def realistic_codings(rng: random.Random, count: int = CODINGS) -> list[tuple[int, int, int]]:
    items: list[tuple[int, int, int]] = [(0, TEXT_LENGTH, key) for key in range(5)]
    for key in range(5, count):
        if len(items) > 5 and rng.random() < 0.33:
            # Another code on a selection already coded.
            start, end, _ = rng.choice(items[5:])
        else:
            roll = rng.random()
            if roll < 0.30:
                length = rng.randint(5, 60)  # a phrase, an in-vivo code
            elif roll < 0.97:
                length = int(rng.lognormvariate(4.6, 0.6)) + 1  # a sentence or two
            else:
                length = rng.randint(500, 3_000)  # a whole answer
            start = rng.randrange(TEXT_LENGTH - length)
            end = start + length
        items.append((start, end, key))
    return items


def uniform_long_codings(rng: random.Random) -> list[tuple[int, int, int]]:
    items = []
    for key in range(CODINGS):
        length = rng.randint(1, 5_000)
        start = rng.randrange(TEXT_LENGTH - length)
        items.append((start, start + length, key))
    return items


def best(run: Callable[[], object]) -> float:
    times = []
    for _ in range(REPEATS):
        t0 = time.perf_counter()
        run()
        times.append(time.perf_counter() - t0)
    return min(times)


def report(name: str, items: list[tuple[int, int, int]]) -> None:
    rng = random.Random(7)
    index = IntervalIndex(items)
    points = [rng.randrange(TEXT_LENGTH - 3_000) for _ in range(1_000)]
    windows = [(p, p + 500) for p in points]
    depth = sum(e - s for s, e, _ in items) / TEXT_LENGTH
    runs = index.segments(0, TEXT_LENGTH)
    hits = sum(len(index.at(p)) for p in points)

    def one_edit() -> None:
        # What one coding change costs the UI: move it, then recompute the runs
        # of its old and new ranges for repainting.
        key = rng.randrange(len(items))
        start, end = index.span(key)
        old_start, old_end = index.update(start + 1, end + 1, key)
        index.segments(old_start, old_end)
        index.segments(start + 1, end + 1)

    print(f"{name}: {len(items):,} intervals on {TEXT_LENGTH:,} chars, mean depth {depth:.0f}")
    print(f"  build                          {best(lambda: IntervalIndex(items)) * 1e3:8.1f} ms")
    print(
        f"  segments(0, {TEXT_LENGTH:,})           "
        f"{best(lambda: index.segments(0, TEXT_LENGTH)) * 1e3:8.1f} ms  ({len(runs):,} runs)"
    )
    print(
        f"  1,000 point queries (at)       "
        f"{best(lambda: [index.at(p) for p in points]) * 1e3:8.1f} ms"
        f"  ({hits / len(points):.0f} keys each)"
    )
    print(
        f"  1,000 overlapping(p, p+500)    "
        f"{best(lambda: [index.overlapping(a, b) for a, b in windows]) * 1e3:8.1f} ms"
    )
    print(
        f"  1,000 boundaries(p, p+500)     "
        f"{best(lambda: [index.boundaries(a, b) for a, b in windows]) * 1e3:8.1f} ms"
    )
    print(
        f"  100 segments(p, p+3,000)       "
        f"{best(lambda: [index.segments(a, a + 3_000) for a in points[:100]]) * 1e3:8.1f} ms"
        "  (a screenful each)"
    )
    print(f"  one update + repaint segments  {best(one_edit) * 1e3:8.2f} ms")


def main() -> None:
    rng = random.Random(2024)
    report("realistic", realistic_codings(rng))
    report("one well-coded transcript", realistic_codings(rng, 2_000))
    report("uniform lengths 1-5,000 (stress)", uniform_long_codings(rng))


if __name__ == "__main__":
    main()
