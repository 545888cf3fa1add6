"""REFI-QDA exchange benchmark: 20 transcripts (~10,000 words, seed 42) with 20,000 codings.

Builds the project once (generated .docx files from ../shared/bench/gen_transcripts.py,
50 codes, 1,000 codings per transcript at seeded random word spans), then times
- export: the store to the exchange model, and the .qdpx written (project.qde +
  sources/*.txt + the original .docx files);
- import: the .qdpx read (zip vetting, XML, texts, Word files, positions) and
  written into a NEW project in one transaction (one undo step).
Each figure is the median of --runs runs. Target: each under 5 s.

    uv run python bench/refi_bench.py [--runs 3]
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

from annotator.formats.refi.reader import read_exchange_file
from annotator.formats.refi.writer import write_qdpx
from annotator.operations.exchange import to_refi
from annotator.project import Project

REPO = Path(__file__).resolve().parents[1]
GENERATOR = REPO.parent / "shared" / "bench" / "gen_transcripts.py"


def build(folder: Path, codings: int) -> Path:
    docs = folder / "docs"
    subprocess.run([sys.executable, str(GENERATOR), str(docs), "--files", "20", "--seed", "42"],
                   check=True, capture_output=True)
    path = folder / "Bench.annotator"
    rng = random.Random(42)
    with Project.create(path) as project:
        ids = project.import_files(sorted(docs.glob("*.docx")))
        with project.batch("Bench codings"):
            codes = [project.add_code(f"Code {i:02d}") for i in range(50)]
            per_source = codings // len(ids)
            for source_id in ids:
                text = project.source(source_id).text
                made = 0
                while made < per_source:
                    start = rng.randrange(0, len(text) - 400)
                    end = start + rng.randrange(20, 400)
                    project.add_coding(source_id, rng.choice(codes), start, end)
                    made += 1
        print(f"project: {project.info()}")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--codings", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t = time.perf_counter()
        project_path = build(folder, args.codings)
        print(f"built in {time.perf_counter() - t:.1f} s")
        exports, reads, imports = [], [], []
        out = folder / "bench.qdpx"
        for run in range(args.runs):
            t = time.perf_counter()
            with Project.open(project_path) as project:
                write_qdpx(to_refi(project.store, project.name), out)
            exports.append(time.perf_counter() - t)
            t = time.perf_counter()
            read_exchange_file(out)
            reads.append(time.perf_counter() - t)
            t = time.perf_counter()
            with Project.create(folder / f"In{run}.annotator") as fresh:
                report = fresh.import_exchange(out)
            imports.append(time.perf_counter() - t)
        print(f".qdpx: {out.stat().st_size / 1e6:.1f} MB; {report.lines()[0]}")
        print(f"export (store -> .qdpx):            median {statistics.median(exports):.2f} s"
              f"  (min {min(exports):.2f})")
        print(f"import, reading only:               median {statistics.median(reads):.2f} s")
        print(f"import (.qdpx -> new project, 1 tx): median {statistics.median(imports):.2f} s"
              f"  (min {min(imports):.2f})")


if __name__ == "__main__":
    main()
