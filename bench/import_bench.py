"""Import benchmark: the shared workload of 20 transcripts x ~10,000 words (seed 42).

Generates the .docx files with ../shared/bench/gen_transcripts.py into a temporary
folder, then measures, each as the median (and minimum) of --runs runs:
- the readers alone (`read_file` on every file), and
- the whole import into a NEW project (a fresh project file in a fresh temporary
  folder each run: `Project.create`, `import_files`, `close`), if annotator.project
  exists.
Then one more traced import gives the peak Python memory (tracemalloc), and the
process's peak resident set (ru_maxrss) and the project file size are printed.

    uv run python bench/import_bench.py [--gen PATH] [--runs 5] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from annotator.formats.reader import read_file  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gen", type=Path, default=REPO.parent / "shared/bench/gen_transcripts.py")
    parser.add_argument("--files", type=int, default=20)
    parser.add_argument("--words", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="cProfile the reader and stop")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="annotator-bench-") as tmp:
        corpus = Path(tmp) / "transcripts"
        generate(args.gen, corpus, args.files, args.words, args.seed)
        paths = sorted(corpus.glob("*.docx"))
        print(f"files: {len(paths)}")
        print(f"input_bytes: {sum(p.stat().st_size for p in paths)}")

        if args.profile:
            profile(paths)
            return

        words = sum(len(read_file(p)[0].text.split()) for p in paths)
        print(f"total_words: {words}")
        report("reader", [timed(lambda: read_all(paths)) for _ in range(args.runs)])

        project = project_class()
        if project is None:
            print("import: annotator.project is not available; reader figures only")
            print_memory(lambda: read_all(paths), "reader")
            return
        runs, size = [], 0
        for run in range(args.runs):
            seconds, size = import_once(project, paths, Path(tmp) / f"run{run}")
            runs.append(seconds)
        report("import", runs)
        print(f"project_file_bytes: {size}")
        print_memory(lambda: import_once(project, paths, Path(tmp) / "traced"), "import")


def generate(gen: Path, out: Path, files: int, words: int, seed: int) -> None:
    if not gen.is_file():
        sys.exit(f"the generator {gen} does not exist; pass --gen PATH")
    command = [sys.executable, str(gen), str(out), "--files", str(files)]
    command += ["--words", str(words), "--seed", str(seed)]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


def read_all(paths: list[Path]) -> None:
    for path in paths:
        read_file(path)


def project_class() -> type | None:
    try:
        from annotator.project import Project
    except ImportError:
        return None
    return Project


def import_once(project: type, paths: list[Path], folder: Path) -> tuple[float, int]:
    """Seconds to create a new project, import every file and close it; and its size."""
    folder.mkdir()
    target = folder / "bench.annotator"
    start = time.perf_counter()
    opened = project.create(target)
    ids = opened.import_files(paths)
    opened.close()
    seconds = time.perf_counter() - start
    assert len(ids) == len(paths), "not every file was imported"
    size = sum(f.stat().st_size for f in folder.iterdir() if f.name.startswith(target.name))
    return seconds, size


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def report(what: str, runs: list[float]) -> None:
    print(f"{what}_seconds_median: {statistics.median(runs):.3f}")
    print(f"{what}_seconds_min: {min(runs):.3f}")


def print_memory(action: Callable[[], object], what: str) -> None:
    tracemalloc.start()
    action()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"{what}_tracemalloc_peak_mb: {peak / 1e6:.1f}")
    # ru_maxrss is in kilobytes on Linux (bytes on macOS).
    scale = 1 if sys.platform == "darwin" else 1024
    print(f"ru_maxrss_mb: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 1e6:.1f}")


def profile(paths: list[Path]) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    read_all(paths)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
