"""Search marks benchmark: a search's matches marked in an open transcript.

Generates one transcript of 60,000 words with ../shared/bench/gen_transcripts.py
(seed 42, the workspace benchmark's stress size), shows it in a real
TranscriptPanel offscreen, and times, for a rare and a very common word:

- mark: `TranscriptView.set_found` with every match, until repainted;
- scroll: a page down with the matches marked, until repainted (median and max of 40);
- clear: `set_found([])`, until repainted.

    uv run python bench/search_marks_bench.py [--words 60000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtWidgets import QScrollBar  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from annotator.model.search import SearchQuery  # noqa: E402
from annotator.project import Project  # noqa: E402
from annotator.ui.app.application import make_app  # noqa: E402
from annotator.ui.shared.bridge import ProjectBridge  # noqa: E402
from annotator.ui.transcript.panel import TranscriptPanel  # noqa: E402


def timed(action: Callable[[], object], repaint: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    repaint()
    return (time.perf_counter() - started) * 1000


def page_down(bar: QScrollBar) -> None:
    bar.setValue(bar.value() + bar.pageStep())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gen", type=Path,
                        default=REPO.parent / "shared/bench/gen_transcripts.py")
    parser.add_argument("--words", type=int, default=60_000)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    app = make_app()
    with tempfile.TemporaryDirectory(prefix="annotator-marks-bench-") as tmp:
        folder = Path(tmp)
        subprocess.run([sys.executable, str(args.gen), str(folder / "in"), "--files", "1",
                        "--words", str(args.words), "--seed", str(args.seed)],
                       check=True, stdout=subprocess.DEVNULL)
        project = Project.create(folder / "bench.annotator")
        [source] = project.import_files(sorted((folder / "in").glob("*.docx")))
        bridge = ProjectBridge(project)
        panel = TranscriptPanel(bridge)
        panel.resize(900, 700)
        panel.show_source(source)
        panel.show()
        app.processEvents()
        view = panel.view
        print(f"{project.info()['words']:,} words; 900x700 pane")
        print(f"{'word':<12} {'matches':>8} {'mark ms':>8} {'scroll median/max ms':>22} "
              f"{'clear ms':>9}")
        for word in ("waiting", "the"):
            hits = [(h.start, h.end) for h in project.search(SearchQuery(word)).hits]
            view.verticalScrollBar().setValue(0)
            mark = timed(lambda hits=hits: view.set_found(hits), view.repaint)
            bar = view.verticalScrollBar()
            scrolls = [timed(partial(page_down, bar), view.repaint) for _ in range(40)]
            clear = timed(lambda: view.set_found([]), view.repaint)
            print(f"{word!r:<12} {len(hits):>8,} {mark:>8.1f} "
                  f"{statistics.median(scrolls):>11.1f} / {max(scrolls):<8.1f} {clear:>9.1f}")
        panel.close()
        bridge.close()


if __name__ == "__main__":
    main()
