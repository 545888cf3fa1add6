"""Search benchmark: 1,000,000 words (100 generated transcripts x 10,000 words, seed 42).

Generates the .docx files with ../shared/bench/gen_transcripts.py, imports them
once into a new project (plus one Chinese transcript of ~10,000 characters, so the
corpus is mixed), then times `Project.search` for a few typical queries: the
median and minimum of --runs runs each, with the hit counts. The target: under
100 ms each over 1M words. Search counts hits and makes Hit objects only when
they are read, so two more columns show the median of search plus reading the
first 200 hits with their context ("page"), and of search plus every Hit
("all", what "Code all results" reads).

    uv run python bench/search_bench.py [--files 100] [--words 10000] [--runs 7]
        [--project /tmp/search-bench.annotator]   # keep the project between runs
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from annotator.model.search import SearchQuery, SearchResults  # noqa: E402
from annotator.project import Project  # noqa: E402

QUERIES = [
    SearchQuery("community"),
    SearchQuery("waiting list"),
    SearchQuery("Support"),
    SearchQuery("the"),
    SearchQuery("社区"),
    SearchQuery("社区参与"),
    SearchQuery("community", exclude_speakers=frozenset({"Interviewer"})),
]

PAGE = 200  # hits a first look at the results reads (the pane lists up to 2,000)

CHINESE = ("我们", "社区", "参与", "项目", "志愿者", "中心", "老人", "孩子", "活动", "经费",
           "医学院", "学生", "合作", "信任", "语言", "翻译", "很", "的", "了", "是")


def chinese_transcript(folder: Path, characters: int, seed: int) -> Path:
    rng = random.Random(seed)
    lines, count, turn = [], 0, 0
    while count < characters:
        speaker = "访谈者" if turn % 2 == 0 else "受访者"
        sentence = "".join(rng.choice(CHINESE) for _ in range(rng.randint(6, 20))) + "。"
        lines.append(f"{speaker}：{sentence}")
        count += len(sentence)
        turn += 1
    path = folder / "zh.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def build(folder: Path, target: Path, args: argparse.Namespace) -> None:
    corpus = folder / "transcripts"
    subprocess.run([sys.executable, str(args.gen), str(corpus), "--files", str(args.files),
                    "--words", str(args.words), "--seed", str(args.seed)],
                   check=True, stdout=subprocess.DEVNULL)
    paths = sorted(corpus.glob("*.docx")) + [chinese_transcript(folder, 10_000, args.seed)]
    started = time.perf_counter()
    with Project.create(target) as project:
        project.import_files(paths)
    print(f"imported {len(paths)} files in {time.perf_counter() - started:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gen", type=Path, default=REPO.parent / "shared/bench/gen_transcripts.py")
    parser.add_argument("--files", type=int, default=100)
    parser.add_argument("--words", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--project", type=Path, default=None,
                        help="keep the generated project here and reuse it on the next run")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="annotator-search-bench-") as tmp:
        folder = Path(tmp)
        target = args.project or folder / "bench.annotator"
        if not target.exists():
            build(folder, target, args)
        with Project.open(target) as project:
            info = project.info()
            print(f"{info['sources']} transcripts, {info['words']:,} words")
            t0 = time.perf_counter()
            project.search("community")
            print(f"first search (reads and folds the corpus, builds paragraph maps): "
                  f"{(time.perf_counter() - t0) * 1000:.0f} ms")
            print(f"{'query':<32} {'hits':>7} {'median ms':>10} {'min ms':>7} "
                  f"{'page ms':>8} {'all ms':>7}")
            for query in QUERIES:
                times, pages, alls = [], [], []
                for _ in range(args.runs):
                    t0 = time.perf_counter()
                    results = project.search(query)
                    times.append((time.perf_counter() - t0) * 1000)
                    t0 = time.perf_counter()
                    page(results)
                    pages.append(times[-1] + (time.perf_counter() - t0) * 1000)
                    t0 = time.perf_counter()
                    found = list(results.hits)
                    alls.append(times[-1] + (time.perf_counter() - t0) * 1000)
                    # The count given up front must be the hits found one by one.
                    assert len(found) == len(results.hits), (query, len(found))
                label = repr(query.text) + (" -Interviewer" if query.exclude_speakers else "")
                print(f"{label:<32} {len(results.hits):>7} {statistics.median(times):>10.1f} "
                      f"{min(times):>7.1f} {statistics.median(pages):>8.1f} "
                      f"{statistics.median(alls):>7.1f}")


def page(results: SearchResults, shown: int = PAGE) -> None:
    """What the search pane does with a result: per transcript its count, then the
    first `shown` hits with their context."""
    for group in results.by_source().values():
        len(group)
        for hit in group:
            if shown <= 0:
                return
            results.context(hit)
            shown -= 1

if __name__ == "__main__":
    main()
