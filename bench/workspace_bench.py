"""Workspace benchmark: the transcript pane on the shared workload, real widgets offscreen.

Generates the shared workload with ../shared/bench/gen_transcripts.py (20 .docx
files of about 10,000 words, seed 42) and, for K = 1,000, 5,000 and 20,000
codings spread evenly over the files (24 codes, excerpts of 20-400 characters
at random), plus one stress transcript of 60,000 words with 5,000 overlapping
codings, measures:

- import: `Project.import_files` of the files into a new project;
- open: `TranscriptPanel.show_source` until the text and the margin have painted;
- add: one coding by the UI path (`bridge.run` of `add_coding`, then the
  incremental repaint until painted), median and p95 of 100, on text in view;
- switch: show another transcript and come back, each until painted;
- peak RSS of the process (each scenario runs in a fresh process).

Targets at K = 20,000: open < 0.3 s, add < 20 ms, switch < 0.3 s, RSS < 350 MB;
stress: open < 0.6 s, add < 30 ms.

    uv run python bench/workspace_bench.py [--only K|stress] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
GEN = REPO.parent / "shared/bench/gen_transcripts.py"
SEED = 42
CODES = 24
ADDS = 100


from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from annotator.project import Project  # noqa: E402
from annotator.ui.shared.bridge import ProjectBridge  # noqa: E402
from annotator.ui.transcript.panel import TranscriptPanel  # noqa: E402


class PaintWatch(QObject):
    """Counts paint events of the widgets it watches."""

    def __init__(self, *widgets: QWidget) -> None:
        super().__init__()
        self.painted: set[QObject] = set()
        self._widgets = widgets
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.painted.add(watched)
        return False

    def wait(self, app: QApplication) -> None:
        """Process events until every watched widget has painted since the last wait."""
        deadline = time.perf_counter() + 10
        while len(self.painted) < len(self._widgets):
            app.processEvents()
            if time.perf_counter() > deadline:
                raise RuntimeError("the pane did not paint within 10 s")
        self.painted.clear()


def generate(out: Path, files: int, words: int) -> list[Path]:
    command = [sys.executable, str(GEN), str(out), "--files", str(files), "--words", str(words),
               "--seed", str(SEED)]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return sorted(out.glob("*.docx"))


def random_codings(project: Project, total: int, rng: random.Random, codes: list[int]) -> None:
    """`total` codings of 20-400 characters, spread evenly over the sources, in one batch."""
    lengths = {s.id: s.length for s in project.sources()}
    sources = sorted(lengths)
    with project.batch(f"{total} codings"):
        for i in range(total):
            source = sources[i % len(sources)]
            size = rng.randint(20, 400)
            start = rng.randrange(0, lengths[source] - size)
            project.add_coding(source, rng.choice(codes), start, start + size)


def scenario(name: str, paths: list[Path], total: int, folder: Path) -> None:
    rng = random.Random(SEED)
    app = QApplication.instance() or QApplication([])
    started = time.perf_counter()
    project = Project.create(folder / f"{name}.annotator")
    sources = project.import_files(paths)
    print(f"{name} import_s: {time.perf_counter() - started:.2f}")
    codes = [project.add_code(f"Code {i + 1:02d}") for i in range(CODES)]
    started = time.perf_counter()
    random_codings(project, total, rng, codes)
    print(f"{name} insert_codings_s: {time.perf_counter() - started:.2f}")
    bridge = ProjectBridge(project)
    panel = TranscriptPanel(bridge)
    panel.resize(1000, 800)
    panel.show()
    app.processEvents()
    watch = PaintWatch(panel.view.viewport(), panel.margin)
    first = sources[len(sources) // 2]
    started = time.perf_counter()
    panel.show_source(first)
    watch.wait(app)
    print(f"{name} open_s: {time.perf_counter() - started:.3f}"
          f"  (codings on it: {len(panel.view.layer.codings)})")

    adds = []
    view = panel.view
    for _ in range(ADDS):
        # A span inside the text on screen, so that the repaint really draws.
        first_block = view.firstVisibleBlock()
        lo = view.offsets.to_codepoint(first_block.position())
        hi = view.offsets.to_codepoint(view.cursorForPosition(
            view.viewport().rect().bottomRight()).position())
        size = rng.randint(20, min(400, max(21, hi - lo - 1)))
        start = rng.randrange(lo, max(lo + 1, hi - size))
        code = rng.choice(codes)
        started = time.perf_counter()
        bridge.run("Code excerpt", lambda s=start, e=start + size, c=code:
                   project.add_coding(first, c, s, e))
        watch.wait(app)
        adds.append(time.perf_counter() - started)
    adds.sort()
    print(f"{name} add_ms_median: {statistics.median(adds) * 1000:.1f}")
    print(f"{name} add_ms_p95: {adds[int(len(adds) * 0.95) - 1] * 1000:.1f}")

    if len(sources) > 1:
        other = sources[0]
        started = time.perf_counter()
        panel.show_source(other)
        watch.wait(app)
        panel.show_source(first)
        watch.wait(app)
        print(f"{name} switch_s: {time.perf_counter() - started:.3f}")
    scale = 1 if sys.platform == "darwin" else 1024
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 1e6
    print(f"{name} peak_rss_mb: {rss:.0f}")
    panel.close()
    bridge.close()


def run_one(which: str, folder: Path, profile: bool) -> None:
    if which == "stress":
        paths = generate(folder / "stress", 1, 60_000)
        job = ("stress", paths, 5_000)
    else:
        paths = sorted((folder / "shared").glob("*.docx"))
        job = (f"K={which}", paths, int(which))
    if not profile:
        scenario(*job, folder)
        return
    profiler = cProfile.Profile()
    profiler.enable()
    scenario(*job, folder)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="one scenario: 1000, 5000, 20000 or stress")
    parser.add_argument("--folder", type=Path, help="(internal) the generated workload")
    parser.add_argument("--profile", action="store_true", help="cProfile the scenario")
    args = parser.parse_args()
    if not GEN.is_file():
        sys.exit(f"the generator {GEN} does not exist")
    if args.folder is not None and args.only:
        run_one(args.only, args.folder, args.profile)
        return
    with tempfile.TemporaryDirectory(prefix="annotator-workspace-") as tmp:
        folder = Path(tmp)
        paths = generate(folder / "shared", 20, 10_000)
        print(f"files: {len(paths)} (~10,000 words each, seed {SEED})")
        for which in ([args.only] if args.only else ["1000", "5000", "20000", "stress"]):
            # A fresh process per scenario, so that each peak RSS is its own.
            command = [sys.executable, __file__, "--only", which, "--folder", str(folder)]
            if args.profile:
                command.append("--profile")
            subprocess.run(command, check=True)


if __name__ == "__main__":
    main()
