"""Theme board benchmark: a board of 40 themes and 400 codes, real widgets offscreen.

Builds a project with one transcript, 400 codes (a quarter of them sub-codes)
and 3,000 codings spread over them, 40 themes (32 in a grid, 8 sub-themes placed
below their parents), each holding about ten codes (some codes in two themes),
and 24 labelled links. Then measures, at 1400x900:

- open: `BoardPanel(bridge)` construction, show, until the board has painted
  (target < 0.3 s);
- drag: a real mouse drag of the card with the most links, 100 mouse moves of
  3 px; each frame is the move event plus the event processing that repaints
  the viewport (target: median < 16 ms); once with the whole board fitted in
  view, once at 100 %;
- that each drag was pushed as exactly one undo command.

    uv run python bench/board_bench.py [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from annotator.project import Project  # noqa: E402
from annotator.ui.board.panel import BoardPanel  # noqa: E402
from annotator.ui.board.theme_card import ThemeCard  # noqa: E402
from annotator.ui.shared.bridge import ProjectBridge  # noqa: E402

SEED = 7
THEMES_GRID = (8, 4)
SUB_THEMES = 8
CODES = 400
CODINGS = 3000
LINKS = 24
MOVES = 100
WORDS = ("trust", "community", "partner", "student", "school", "volunteer", "funding", "time",
         "council", "health", "nurse", "belonging", "listen", "share", "learn", "cost", "help",
         "voice")


class PaintWatch(QObject):
    """Notes when a widget has painted."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.painted = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False

    def wait(self, app: QApplication) -> None:
        deadline = time.perf_counter() + 10
        while not self.painted:
            app.processEvents()
            if time.perf_counter() > deadline:
                raise RuntimeError("the board did not paint within 10 s")
        self.painted = False


def build(path: Path, rng: random.Random) -> None:
    text = " ".join(rng.choice(WORDS) for _ in range(60_000))
    source_file = path.with_suffix(".txt")
    source_file.write_text(text, encoding="utf-8")
    with Project.create(path) as project, project.batch("Bench board"):
        source = project.import_file(source_file, "Interview")
        codes: list[int] = []
        for n in range(CODES):
            parent = rng.choice(codes[:100]) if codes and n % 4 == 3 else None
            codes.append(project.add_code(f"{rng.choice(WORDS).title()} {n}", parent))
        for _ in range(CODINGS):
            start = rng.randrange(0, len(text) - 400)
            project.add_coding(source, rng.choice(codes), start, start + rng.randrange(20, 400))
        themes: list[int] = []
        cols, rows = THEMES_GRID
        for row in range(rows):
            for col in range(cols):
                themes.append(project.add_theme(
                    f"Theme {len(themes) + 1}: {rng.choice(WORDS)} and {rng.choice(WORDS)}",
                    definition=" ".join(rng.choice(WORDS) for _ in range(40)),
                    status=rng.choice(("candidate", "reviewed", "final")),
                    x=40 + col * 380, y=40 + row * 560, width=320, height=240))
        for n in range(SUB_THEMES):
            parent = themes[n * 3]
            theme = next(t for t in project.themes() if t.id == parent)
            themes.append(project.add_theme(f"Sub-theme {n + 1}", parent_id=parent,
                                            x=theme.x, y=theme.y + 280, width=320, height=200))
        for n, code in enumerate(codes):
            project.add_code_to_theme(themes[n % len(themes)], code)
            if n % 7 == 0:
                project.add_code_to_theme(themes[(n * 3 + 1) % len(themes)], code)
        pairs: set[tuple[int, int]] = set()
        while len(pairs) < LINKS:
            a, b = rng.sample(themes[:32], 2)
            if (a, b) not in pairs:
                pairs.add((a, b))
                project.link_themes(a, b, " ".join(rng.choice(WORDS) for _ in range(4)))
    source_file.unlink()


def run(path: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    bridge = ProjectBridge(Project.open(path))
    info = bridge.project.info()

    began = time.perf_counter()
    panel = BoardPanel(bridge)
    panel.resize(1400, 900)
    watch = PaintWatch(panel.view.viewport())
    panel.show()
    watch.wait(app)
    open_s = time.perf_counter() - began

    scene, view = panel.scene, panel.view
    busiest = max(scene.cards.values(),
                  key=lambda c: len([link for link in scene.links.values()
                                     if c.theme_id in (link.link.from_theme, link.link.to_theme)]))
    links = len([link for link in scene.links.values()
                 if busiest.theme_id in (link.link.from_theme, link.link.to_theme)])
    fitted = drag(app, panel, busiest, watch)
    fit_zoom = view.zoom()
    view.resetTransform()  # and once more at 100 %, where a researcher arranges cards
    full = drag(app, panel, busiest, watch)
    commands = bridge.undo_stack.count()

    print(f"themes: {info['themes']}")
    print(f"codes: {info['codes']}")
    print(f"codings: {info['codings']}")
    print(f"links: {len(scene.links)}")
    print(f"open_s: {open_s:.3f}")
    print(f"dragged_card_links: {links}")
    for name, zoom, frames in (("fit", fit_zoom, fitted), ("100", 1.0, full)):
        print(f"drag_{name}_zoom: {zoom:.2f}")
        print(f"drag_{name}_frame_median_ms: {statistics.median(frames):.1f}")
        print(f"drag_{name}_frame_p95_ms: {frames[int(len(frames) * 0.95) - 1]:.1f}")
        print(f"drag_{name}_frame_max_ms: {frames[-1]:.1f}")
    print(f"drag_commands: {commands} (one per drag)")
    panel.close()
    bridge.close()


def drag(app: QApplication, panel: BoardPanel, card: ThemeCard, watch: PaintWatch) -> list[float]:
    """Press on the card's band, MOVES moves of 3 px, release; the sorted frame times."""
    view = panel.view
    view.centerOn(card)
    app.processEvents()
    watch.painted = False
    viewport = view.viewport()
    start = view.mapFromScene(card.mapToScene(QPointF(12, 8)))
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    frames: list[float] = []
    for step in range(1, MOVES + 1):
        began = time.perf_counter()
        QTest.mouseMove(viewport, start + QPoint(3 * step, 2 * step))
        watch.wait(app)
        frames.append((time.perf_counter() - began) * 1000)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       start + QPoint(3 * MOVES, 2 * MOVES))
    app.processEvents()
    return sorted(frames)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", action="store_true", help="profile the run")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "board.annotator"
        build(path, random.Random(SEED))
        if args.profile:
            profiler = cProfile.Profile()
            profiler.runcall(run, path)
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
        else:
            run(path)


if __name__ == "__main__":
    main()
