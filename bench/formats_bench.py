"""Import benchmark for issue 18's formats: Zoom WebVTT and a long PDF transcript.

Generates, in a temporary folder:

- 20 one-hour Zoom cloud-recording transcripts (.vtt, CRLF, numbered cues,
  "Name: text", about 10,000 words and 800 cues each, three speakers who often
  speak several cues in a row); target: all 20 read, and all 20 imported into a
  new project (one undo step: reading, paragraphs, cues, search index), in < 0.5 s;
- a 100-page PDF transcript, made by LibreOffice from a long .txt (skipped when
  LibreOffice is not installed); target: read in < 3 s.

Figures are the median of --runs runs (default 3).

    uv run python bench/formats_bench.py [--runs N] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from annotator.formats.reader import read_file  # noqa: E402
from annotator.project import Project  # noqa: E402

VTT_FILES = 20
VTT_WORDS = 10_000
PDF_PAGES = 100
VTT_TARGET = 0.5
PDF_TARGET = 3.0
_WORDS = [
    "the", "a", "of", "and", "to", "we", "I", "you", "it", "that", "really", "think",
    "project", "data", "because", "so", "well", "maybe", "when", "about", "people", "time",
    "work", "school", "family", "clinic", "nurse", "shift", "patients", "care", "home",
    "never", "always", "sometimes", "money", "training", "manager",
]


def zoom_vtt(seed: int) -> str:
    rng = random.Random(seed)
    speakers = ["Ana Ruiz", "Interviewer", "Jonas Weber (he/him)"]
    lines = ["WEBVTT", ""]
    words = 0
    clock = 3.0
    number = 1
    speaker = speakers[0]
    while words < VTT_WORDS:
        if rng.random() < 0.35:
            speaker = rng.choice(speakers)
        count = rng.randint(4, 22)
        words += count
        text = " ".join(rng.choice(_WORDS) for _ in range(count)).capitalize() + "."
        length = count * 0.4
        lines += [str(number), f"{_stamp(clock)} --> {_stamp(clock + length)}",
                  f"{speaker}: {text}", ""]
        clock += length + rng.uniform(0.05, 1.5)
        number += 1
    return "\r\n".join(lines)


def _stamp(seconds: float) -> str:
    ms = round(seconds * 1000)
    return f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"


def long_transcript_txt(words: int) -> str:
    rng = random.Random(7)
    turns = []
    written = 0
    while written < words:
        count = rng.randint(20, 160)
        written += count
        who = rng.choice(["Interviewer", "Participant 3"])
        turns.append(f"{who}: " + " ".join(rng.choice(_WORDS) for _ in range(count)) + ".")
    return "\n\n".join(turns)


def make_pdf(folder: Path) -> Path | None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    import pypdfium2 as pdfium

    words = 64_000  # about 100 pages in LibreOffice's default plain-text layout
    for _ in range(4):
        txt = folder / "long interview.txt"
        txt.write_text(long_transcript_txt(words), encoding="utf-8")
        subprocess.run([soffice, f"-env:UserInstallation={(folder / 'lo').as_uri()}",
                        "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(txt)],
                       check=True, capture_output=True, timeout=300)
        pdf = folder / "long interview.pdf"
        pages = len(pdfium.PdfDocument(pdf.read_bytes()))
        if pages >= PDF_PAGES:
            return pdf
        words = int(words * PDF_PAGES / pages) + 500
    return pdf


def timed(function, runs: int) -> tuple[float, float]:  # noqa: ANN001 - any callable
    """Median wall-clock and CPU seconds: on a machine shared with other work the CPU
    time is what the code costs, the wall time what a user would have waited."""
    walls, cpus = [], []
    for _ in range(runs):
        started, cpu = time.perf_counter(), time.process_time()
        function()
        walls.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def line(label: str, figures: tuple[float, float], target: float | None) -> str:
    wall, cpu = figures
    # Judged on CPU time: the machines this runs on are shared, and a wall time
    # taken while other work runs says more about that work than about this code.
    verdict = "" if target is None else \
        f"  (target < {target} s: {'ok' if cpu < target else 'OVER'})"
    return f"  {label:<9} {wall:.3f} s wall, {cpu:.3f} s CPU{verdict}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        paths = []
        for number in range(VTT_FILES):
            path = folder / f"zoom {number + 1:02d}.vtt"
            path.write_text(zoom_vtt(number), encoding="utf-8", newline="")
            paths.append(path)
        sample = read_file(paths[0])[0]
        read_file(paths[0])  # warm: the parser loads on first use
        read_all = timed(lambda: [read_file(p) for p in paths], args.runs)
        if args.profile:
            cProfile.runctx("[read_file(p) for p in paths]", globals(), {"paths": paths},
                            str(folder / "prof"))
            pstats.Stats(str(folder / "prof")).sort_stats("cumulative").print_stats(20)

        def import_all() -> None:
            target = folder / f"p{time.perf_counter_ns()}.annotator"
            with Project.create(target) as project:
                project.import_files(paths)

        imported = timed(import_all, args.runs)
        print(f"{VTT_FILES} Zoom .vtt of {len(sample.text.split()):,} words, "
              f"{len(sample.cues)} cues, {len(sample.paragraphs)} turns each:")
        print(line("read", read_all, VTT_TARGET))
        print(line("imported", imported, VTT_TARGET)
              + "  (new project: paragraphs, cues, search index)")
        pdf = make_pdf(folder)
        if pdf is None:
            print("PDF: skipped (LibreOffice is not installed)")
            return
        import pypdfium2 as pdfium

        pages = len(pdfium.PdfDocument(pdf.read_bytes()))
        read_file(pdf)
        pdf_time = timed(lambda: read_file(pdf), args.runs)
        text = read_file(pdf)[0]
        print(f"PDF of {pages} pages, {len(text.text.split()):,} words, "
              f"{len(text.paragraphs)} paragraphs:")
        print(line("read", pdf_time, PDF_TARGET))


if __name__ == "__main__":
    main()
