"""Bulk coding benchmark: 20,000 codings added in one step through the Project facade.

20 transcripts (about 10,000 words each, seed 42) and 50 codes; then, each the median of
--runs runs on a fresh copy of the project:
- add: `code_similar` with 20,000 (source, start, end) spans, the path every batch that
  adds many codings takes (operations/codings.add_codings: checked per transcript,
  inserted by CodingRepository.add_many); code all search hits is the same call;
- undo and redo of that one step; then merging that code into another (one UPDATE);
- the same add on a connection that watches other processes' changes, as the window's
  does (it marks none of its own rows for them, store/journal.py);
- REFI import: a .qdpx holding those 20,000 codings read and written into a new
  project as one step (reading the file included, then the writes alone).
Target (issue 13): 20,000 codings in one step in under 0.5 s, still one undo step.

    uv run python bench/bulk_bench.py [--codings 20000] [--runs 3]
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from annotator.formats.refi.reader import read_exchange_file
from annotator.operations.exchange import import_refi
from annotator.project import Project

WORDS = ["the", "clinic", "called", "us", "and", "we", "waited", "for", "weeks", "before",
         "anyone", "came", "back", "to", "say", "what", "would", "happen", "next", "with",
         "housing", "list", "trust", "matters", "here"]


def build(folder: Path, sources: int = 20, words: int = 10_000) -> Path:
    rng = random.Random(42)
    files = []
    for i in range(sources):
        path = folder / f"T{i:02d}.txt"
        lines = [" ".join(rng.choice(WORDS) for _ in range(25)) + "." for _ in range(words // 25)]
        path.write_text("\n".join(f"P{j % 3}: {line}" for j, line in enumerate(lines)),
                        encoding="utf-8")
        files.append(path)
    path = folder / "Bulk.annotator"
    with Project.create(path) as project:
        project.import_files(files)
        with project.batch("Codes"):
            for i in range(50):
                project.add_code(f"Code {i:02d}")
    return path


def spans(project: Project, n: int) -> list[tuple[int, int, int]]:
    rng = random.Random(7)
    lengths = {s.id: s.length for s in project.sources()}
    ids = sorted(lengths)
    found: set[tuple[int, int, int]] = set()
    while len(found) < n:
        source_id = ids[len(found) % len(ids)]
        start = rng.randrange(0, lengths[source_id] - 400)
        found.add((source_id, start, start + rng.randrange(20, 400)))
    return sorted(found)


def timed(action) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """(wall, CPU) seconds: the machine may be shared, so both are reported."""
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--codings", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    figures: dict[str, list[tuple[float, float]]] = {k: [] for k in (
        "add", "undo", "redo", "merge its code into another", "add, as the window (watching)",
        "REFI import (read + write)", "REFI import (writes)")}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        base = build(folder)
        qdpx = folder / "bulk.qdpx"
        for run in range(args.runs):
            copy = folder / f"run{run}.annotator"
            shutil.copyfile(base, copy)
            with Project.open(copy) as project:
                code = project.codes()[0].id
                todo = spans(project, args.codings)
                depth = project.history.depth
                figures["add"].append(timed(lambda: project.code_similar(todo, code)))  # noqa: B023
                assert project.history.depth == depth + 1, "one undo step"
                assert len(project.codings()) == args.codings
                figures["undo"].append(timed(project.undo))
                figures["redo"].append(timed(project.redo))
                if run == 0:
                    project.export_qdpx(qdpx)
                other = project.codes()[1].id
                figures["merge its code into another"].append(
                    timed(lambda: project.merge_codes(code, other)))  # noqa: B023
            shutil.copyfile(base, copy)
            with Project.open(copy) as project:
                # The window watches other processes' changes, and so marks none of its own.
                project.watch_outside()
                code = project.codes()[0].id
                figures["add, as the window (watching)"].append(
                    timed(lambda: project.code_similar(todo, code)))  # noqa: B023
            with Project.create(folder / f"in{run}.annotator") as fresh:
                figures["REFI import (read + write)"].append(
                    timed(lambda: fresh.import_exchange(qdpx)))  # noqa: B023
                assert len(fresh.codings()) == args.codings and fresh.history.depth == 1
            refi = read_exchange_file(qdpx)
            with Project.create(folder / f"in{run}b.annotator") as fresh:
                figures["REFI import (writes)"].append(timed(
                    lambda: fresh.session.run("Import", import_refi, fresh.store, refi,  # noqa: B023
                                              qdpx.name)))
    print(f"{args.codings:,} codings, median of {args.runs} runs (wall / CPU):")
    for name, values in figures.items():
        wall = statistics.median(v[0] for v in values)
        cpu = statistics.median(v[1] for v in values)
        print(f"  {name:<30} {wall:6.3f} s / {cpu:6.3f} s")


if __name__ == "__main__":
    main()
