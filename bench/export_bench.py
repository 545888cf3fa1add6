"""Export benchmark on the shared workload (no Qt).

Generates the workload as bench/workspace_bench.py does (../shared/bench/gen_transcripts.py,
20 .docx files of about 10,000 words, seed 42; 24 codes; 20,000 codings of 20-400
characters spread evenly), adds 6 themes of 4 codes each, and measures:

- the annotated export of one transcript with its 1,000 codings (target < 1.5 s);
- the annotated export of all 20 transcripts (target < 20 s);
- the excerpts XLSX of all 20,000 codings (target < 3 s);
- the theme report (target < 3 s).

    uv run python bench/export_bench.py [--profile WHAT]   (WHAT: one, all, xlsx, report)
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
GEN = REPO.parent / "shared/bench/gen_transcripts.py"
SEED = 42
FILES = 20
CODES = 24
CODINGS = 20_000

from annotator.exports.word import (  # noqa: E402
    excerpt_rows,
    export_transcript,
    export_transcripts,
    project_report,
)
from annotator.formats.docx.ranges import read_comments  # noqa: E402
from annotator.formats.docx.report import write_report  # noqa: E402
from annotator.formats.tables.excerpts import write_table  # noqa: E402
from annotator.project import Project  # noqa: E402


def build(folder: Path) -> Project:
    subprocess.run([sys.executable, str(GEN), str(folder / "docx"), "--files", str(FILES),
                    "--words", "10000", "--seed", str(SEED)], check=True,
                   stdout=subprocess.DEVNULL)
    project = Project.create(folder / "bench.annotator")
    project.import_files(sorted((folder / "docx").glob("*.docx")))
    rng = random.Random(SEED)
    codes = [project.add_code(f"Code {i + 1:02d}") for i in range(CODES)]
    lengths = {s.id: s.length for s in project.sources()}
    sources = sorted(lengths)
    with project.batch(f"{CODINGS} codings"):
        for i in range(CODINGS):
            source = sources[i % len(sources)]
            size = rng.randint(20, 400)
            start = rng.randrange(0, lengths[source] - size)
            project.add_coding(source, rng.choice(codes), start, start + size,
                               memo=f"memo {i}" if i % 5 == 0 else "")
    with project.batch("themes"):
        for t in range(6):
            project.theme_from_codes(f"Theme {t + 1}", codes[t * 4:(t + 1) * 4])
    return project


def timed(label: str, target: float, action: object, profile: bool) -> None:
    profiler = cProfile.Profile() if profile else None
    started = time.perf_counter()
    if profiler:
        profiler.enable()
    action()  # type: ignore[operator]
    if profiler:
        profiler.disable()
    elapsed = time.perf_counter() - started
    verdict = "ok" if elapsed < target else "OVER"
    print(f"{label:<42} {elapsed:6.2f} s   (target < {target:g} s: {verdict})")
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


def check(project: Project, source_id: int) -> None:
    """Not timed: the export of the benchmark transcript is exact, comment by comment."""
    data, skipped = export_transcript(project, source_id)
    back = read_comments(data, "bench.docx")
    text = project.source(source_id).text
    anchored = sorted(back.anchored(c) or "" for c in back.comments if c.exported)
    expected = sorted(text[c.start:c.end] for c in project.codings(source_id=source_id))
    print(f"  check: text {'equal' if back.text == text else 'DIFFERS'}, "
          f"{sum(a == b for a, b in zip(anchored, expected, strict=True))}/{len(expected)} "
          f"comments anchored exactly, {len(skipped)} notes")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--profile", choices=["one", "all", "xlsx", "report"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        project = build(folder)
        print(f"workload built in {time.perf_counter() - started:.1f} s: "
              f"{project.info()['codings']} codings in {len(project.sources())} transcripts")
        first = project.sources()[0].id
        count = len(project.codings(source_id=first))
        timed(f"annotated export, one transcript ({count})", 1.5,
              lambda: export_transcript(project, first), args.profile == "one")
        check(project, first)
        timed("annotated export, all 20 transcripts", 20,
              lambda: export_transcripts(project, folder / "out"), args.profile == "all")

        def xlsx() -> None:
            rows, attributes = excerpt_rows(project)
            write_table(rows, folder / "excerpts.xlsx", attributes)

        timed(f"excerpts XLSX ({CODINGS} codings)", 3, xlsx, args.profile == "xlsx")
        timed("theme report", 3,
              lambda: write_report(project_report(project), folder / "report.docx"),
              args.profile == "report")
        project.close()


if __name__ == "__main__":
    main()
