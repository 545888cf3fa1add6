"""Find and replace benchmark, and one keystroke of an edit in the store.

Replace all: 20 generated Word transcripts (../shared/bench/gen_transcripts.py,
10,000 words each, seed 42) with 250 random codings each; a whole word chosen to
have about 2,000 hits across them is replaced with another (one undo step), then
undone. Target: replace all under 1 s.

Keystroke: one generated transcript of 60,000 words with 5,000 codings; the median
of typing one character in its middle with `Project.edit_text(..., burst=True)`, the
store's part of a keystroke in the window's edit mode (the window's own benchmark,
with its drawing, is bench/window_bench.py's). Target: a few ms (the window, < 16 ms).

    uv run python bench/replace_bench.py [--files 20] [--words 10000] [--hits 2000]
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from annotator.model.text_edits import TextEdit  # noqa: E402
from annotator.project import Project  # noqa: E402


def generate(folder: Path, gen: Path, files: int, words: int, seed: int) -> list[Path]:
    subprocess.run([sys.executable, str(gen), str(folder), "--files", str(files),
                    "--words", str(words), "--seed", str(seed)], check=True,
                   stdout=subprocess.DEVNULL)
    return sorted(folder.glob("*.docx"))


def code_randomly(project: Project, per_source: int, seed: int) -> None:
    rng = random.Random(seed)
    codes = [project.add_code(f"Code {n}") for n in range(20)]
    with project.batch("codings"):
        for summary in project.sources():
            for _ in range(per_source):
                start = rng.randrange(max(1, summary.length - 300))
                project.add_coding(summary.id, rng.choice(codes), start,
                                   start + rng.randint(5, 250))


def word_with_hits(project: Project, wanted: int) -> tuple[str, int]:
    counts: Counter[str] = Counter()
    for summary in project.sources():
        counts.update(re.findall(r"\b\w{3,}\b", project.source(summary.id).text))
    return min(counts.items(), key=lambda item: abs(item[1] - wanted))


def replace_all(folder: Path, args: argparse.Namespace) -> None:
    paths = generate(folder / "many", args.gen, args.files, args.words, args.seed)
    with Project.create(folder / "replace.annotator") as project:
        project.import_files(paths)
        code_randomly(project, args.codings, args.seed)
        word, count = word_with_hits(project, args.hits)
        started = time.perf_counter()
        hits = project.find_text(word, whole_word=True, match_case=True)
        found = time.perf_counter() - started
        new = "Researcher" if word != "Researcher" else "Interviewer"
        started = time.perf_counter()
        report = project.replace_text(word, new, whole_word=True, match_case=True)
        replaced = time.perf_counter() - started
        started = time.perf_counter()
        project.undo()
        undone = time.perf_counter() - started
        started = time.perf_counter()
        project.redo()
        redone = time.perf_counter() - started
        started = time.perf_counter()
        again = project.replace_text(new, word, whole_word=True, match_case=True)
        warm = time.perf_counter() - started
        assert report.edits == len(hits) == count == again.edits, (report.edits, len(hits))
        assert project.check() == []
        print(f"replace all “{word}” with “{new}”: {report.edits} hits in {len(paths)} "
              f"transcripts, {project.info()['codings']} codings: find (preview) "
              f"{found * 1000:.0f} ms, replace {replaced * 1000:.0f} ms (target < 1000 ms; "
              f"{warm * 1000:.0f} ms once each Word original's protected spans are known), "
              f"undo {undone * 1000:.0f} ms, redo {redone * 1000:.0f} ms")


def keystroke(folder: Path, args: argparse.Namespace) -> None:
    [path] = generate(folder / "one", args.gen, 1, 60_000, args.seed)
    with Project.create(folder / "keystroke.annotator") as project:
        project.watch_outside()  # as the window does: its own writes make no marks
        source_id = project.import_file(path)
        code_randomly(project, 5_000, args.seed)
        at = project.sources()[0].length // 2
        times, cpu = [], []
        for n in range(args.keys):
            started, used = time.perf_counter(), time.process_time()
            project.edit_text(source_id, TextEdit(at + n, at + n, "x"), burst=True)
            times.append(time.perf_counter() - started)
            cpu.append(time.process_time() - used)
        started = time.perf_counter()
        project.undo()
        undone = time.perf_counter() - started
        print(f"one keystroke in the middle of 60,000 words with 5,000 codings: median "
              f"{statistics.median(times) * 1000:.1f} ms, 90th percentile "
              f"{sorted(times)[int(len(times) * 0.9)] * 1000:.1f} ms, CPU time median "
              f"{statistics.median(cpu) * 1000:.1f} ms (target: a few ms); "
              f"undoing the burst of {args.keys}: {undone * 1000:.0f} ms")
        project.unwatch_outside()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gen", type=Path, default=REPO.parent / "shared/bench/gen_transcripts.py")
    parser.add_argument("--files", type=int, default=20)
    parser.add_argument("--words", type=int, default=10_000)
    parser.add_argument("--codings", type=int, default=250, help="per transcript")
    parser.add_argument("--hits", type=int, default=2_000)
    parser.add_argument("--keys", type=int, default=200)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="annotator-replace-bench-") as tmp:
        replace_all(Path(tmp), args)
        keystroke(Path(tmp), args)


if __name__ == "__main__":
    main()
