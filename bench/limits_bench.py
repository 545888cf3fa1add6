"""Hostile sizes (issue 14, items 16 and 17): `annotator check` and opening a project.

- a project with one transcript of --paragraphs paragraphs (default 100,000, about
  1.3 MB per 25,000) and as many codings: `check`; target < 5 s (it was quadratic in
  the transcript's length: 10 s for 1.3 MB);
- the same project opened (Project.open, the counts the window asks for first).

    uv run python bench/limits_bench.py [--paragraphs 100000] [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from annotator.model.entities import ImportedText, Paragraph  # noqa: E402
from annotator.project import Project  # noqa: E402

CHECK_TARGET = 5.0


def build(path: Path, paragraphs: int) -> None:
    lines = [f"Speaker {i % 7}: paragraph {i} says a few words about trust and work."
             for i in range(paragraphs)]
    text = "\n".join(lines)
    spans, start = [], 0
    for i, line in enumerate(lines):
        spans.append(Paragraph(i, start, start + len(line), f"l/{i}"))
        start += len(line) + 1
    with Project.create(path) as project:
        from annotator.operations import sources as source_ops

        with project.batch("Build"):
            source_id = source_ops.add_source(
                project.store, ImportedText(text, tuple(spans), "txt"), name="Long",
                file_name="long.txt", original=None)
            code_id = project.add_code("Trust")
            project.store.codings.add_many([
                (f"G{i}", source_id, code_id, p.start, p.end, "2026-01-01", "", "")
                for i, p in enumerate(spans)])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--paragraphs", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "long.annotator"
        build(path, args.paragraphs)
        print(f"{args.paragraphs:,} paragraphs, {path.stat().st_size / 1e6:.1f} MB")
        checks, opens = [], []
        for _ in range(args.runs):
            started = time.perf_counter()
            with Project.open(path) as project:
                opens.append(time.perf_counter() - started)
                started = time.perf_counter()
                problems = project.check()
                checks.append(time.perf_counter() - started)
            assert problems == [], problems
        check = statistics.median(checks)
        print(f"check: {check:.2f} s (target < {CHECK_TARGET} s)"
              f" {'ok' if check < CHECK_TARGET else 'SLOW'}")
        print(f"open:  {statistics.median(opens):.2f} s")


if __name__ == "__main__":
    main()
