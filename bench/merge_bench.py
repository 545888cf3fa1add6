"""Merge benchmark: two coders' copies of 20 transcripts, 20,000 codings each (the shared
workload of issue 17: target < 2 s), merged as one undo step; then the same copy
again (nothing added).

    uv run python bench/merge_bench.py [--codings 20000] [--sources 20]
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from annotator.operations.stamps import new_guid  # noqa: E402
from annotator.project import Project  # noqa: E402


def make_base(path: Path, folder: Path, sources: int) -> None:
    rng = random.Random(3)
    words = ["home", "work", "family", "hours", "tired", "friends", "money", "the", "and"]
    with Project.create(path) as project:
        files = []
        for i in range(sources):
            text = " ".join(rng.choice(words) for _ in range(18_000))[:100_000]
            file = folder / f"t{i:02}.txt"
            file.write_text(text, encoding="utf-8")
            files.append(file)
        project.import_files(files)
        with project.batch("codes"):
            for i in range(40):
                project.add_code(f"Code {i}")


def code(path: Path, coder: str, n: int, seed: int) -> None:
    rng = random.Random(seed)
    with Project.open(path) as project:
        sources = [s.id for s in project.sources()]
        codes = [c.id for c in project.codes()]
        rows = []
        for _ in range(n):
            start = rng.randrange(99_000)
            rows.append((new_guid(), rng.choice(sources), rng.choice(codes), start,
                         start + rng.randrange(20, 400), "2026-01-01T00:00:00", coder, ""))
        with project.store.recorded():
            project.store.codings.add_many(rows)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--codings", type=int, default=20_000)
    parser.add_argument("--sources", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        base, other = folder / "ana.annotator", folder / "bea.annotator"
        make_base(base, folder, args.sources)
        shutil.copy(base, other)
        code(base, "Ana", args.codings, 1)
        code(other, "Bea", args.codings, 2)
        with Project.open(base) as project:
            begin = time.perf_counter()
            report = project.team.merge(other)
            first = time.perf_counter() - begin
            begin = time.perf_counter()
            again = project.team.merge(other)
            second = time.perf_counter() - begin
            begin = time.perf_counter()
            project.undo()
            undo = time.perf_counter() - begin
        print(f"{args.sources} transcripts, 2 x {args.codings} codings")
        print(f"merge (target < 2 s): {first:.2f} s, {report.counts.get('codings', 0)} codings "
              f"added")
        print(f"merge again: {second:.2f} s, {again.counts.get('codings', 0)} added")
        print(f"undo of the second merge: {undo:.2f} s")


if __name__ == "__main__":
    main()
