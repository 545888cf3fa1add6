"""Edit-mode benchmark: one keystroke in the real main window, until the pane is updated.

The shared generator (../shared/bench/gen_transcripts.py, seed 42) makes one
transcript of 60,000 words; 5,000 codings (excerpts of 20-400 characters, 24 codes)
are put on it through the store's bulk path, as bench/window_bench.py does. The
project opens in a `MainWindow(remember=False)` with every pane present, the
transcript in a tab, Edit > Edit Transcript Text on (Ctrl+E, as a person turns it
on). Then ~200 keystrokes are typed with QTest into the transcript's viewport, in
the middle of the text on screen: words and spaces, a Backspace now and then, the
caret moved to another place every few words (a new undo step). Each keystroke is
timed from the key press until the text view has painted and no event is left
pending (the margin's paint among them, when a stripe moved): what the researcher
waits for.

    uv run python bench/edit_bench.py [--keys 200] [--keep DIR] [--profile [SORT]]

Target (issue 16): median < 16 ms.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QTextCursor  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from window_bench import PaintWatch, generate, settle  # noqa: E402

from annotator.operations.stamps import new_guid, now_iso  # noqa: E402
from annotator.project import Project  # noqa: E402
from annotator.store.store import Store  # noqa: E402
from annotator.ui.window.main_window import MainWindow  # noqa: E402

SEED = 42
WORDS = 60_000
CODINGS = 5_000
CODES = 24
TARGET_MEDIAN_MS = 16.0
WORDS_TYPED = ("really", "the", "clinic", "and", "we", "said", "nurse", "yes")


def build(folder: Path) -> Path:
    base = folder / "edit-base.annotator"
    if not base.exists():
        docx = generate(folder / "docx", 1, WORDS)
        scratch = folder / "edit-scratch.annotator"
        scratch.unlink(missing_ok=True)
        with Project.create(scratch) as project:
            project.import_files(docx)
            for i in range(CODES):
                project.add_code(f"Code {i + 1:02d}")
        rng = random.Random(SEED)
        store = Store.open(scratch)
        try:
            (summary,) = store.sources.summaries()
            codes = [c.id for c in store.codes.all()]
            stamp = now_iso()
            rows = []
            for _ in range(CODINGS):
                size = rng.randint(20, 400)
                start = rng.randrange(0, summary.length - size)
                rows.append((new_guid(), summary.id, rng.choice(codes), start, start + size,
                             stamp, "bench", ""))
            with store.recorded():
                store.codings.add_many(rows)
        finally:
            store.close()
        scratch.rename(base)
    out = folder / "edit.annotator"
    for stale in (out, out.with_name(out.name + "-wal"), out.with_name(out.name + "-shm")):
        stale.unlink(missing_ok=True)  # an old -wal would be replayed onto the fresh copy
    shutil.copy(base, out)
    return out


def keystrokes(count: int, rng: random.Random) -> list[tuple[str, Qt.Key | str]]:
    """("move", "") to put the caret elsewhere, ("key", Backspace) or ("text", "a")."""
    plan: list[tuple[str, Qt.Key | str]] = []
    while len(plan) < count:
        plan.append(("move", ""))
        for _ in range(rng.randint(2, 5)):
            word = rng.choice(WORDS_TYPED)
            plan.extend(("text", c) for c in word + " ")
            if rng.random() < 0.3:
                plan.append(("key", Qt.Key.Key_Backspace))
                plan.append(("text", " "))
    return plan[:count]


def run(path: Path, count: int, profile: str | None) -> dict[str, object]:
    app = QApplication.instance() or QApplication([])
    rng = random.Random(SEED)
    window = MainWindow(remember=False)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    assert window.open_project(path)
    app.processEvents()
    assert window.project is not None
    (source,) = window.project.sources()
    panel = window.open_source(source.id)
    assert panel is not None
    view = panel.view
    view.setFocus()
    app.processEvents()
    QTest.keyClick(view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    app.processEvents()
    assert panel.edit_mode.enabled, "Ctrl+E did not turn edit mode on"
    # Half way into the transcript, as a correction on day three would be.
    middle = QTextCursor(view.document())
    middle.setPosition(view.document().characterCount() // 2)
    view.setTextCursor(middle)
    view.centerCursor()
    watch = PaintWatch()
    # The text always repaints; the margin only when a stripe moved, which the
    # events processed after the text's paint include.
    watch.watch(view.viewport())
    app.processEvents()
    watch.painted.clear()
    times: list[float] = []
    # Where the time goes: the project's own work (SQL, undo log) and the window's
    # handlers of the change (every pane), apart from painting.
    project = window.project
    session = project.session
    spent = {"project": 0.0, "handlers": 0.0}
    edit_text, notify = project.edit_text, session._notify

    def timed_edit(*args: object, **kwargs: object) -> object:
        started = time.perf_counter()
        try:
            return edit_text(*args, **kwargs)
        finally:
            spent["project"] += time.perf_counter() - started

    def timed_notify(*args: object) -> None:
        started = time.perf_counter()
        try:
            notify(*args)
        finally:
            spent["handlers"] += time.perf_counter() - started

    project.edit_text = timed_edit
    session._notify = timed_notify
    parts: dict[str, list[float]] = {"project": [], "handlers": [], "paint": [], "window": []}
    profiler = cProfile.Profile() if profile else None
    codings_before = len(panel.view.layer.codings)
    for kind, what in keystrokes(count, rng):
        if kind == "move":
            # Somewhere else on screen: the start of a word in the middle third.
            top = view.cursorForPosition(view.viewport().rect().topLeft()).position()
            bottom = view.cursorForPosition(view.viewport().rect().bottomRight()).position()
            place = QTextCursor(view.document())
            place.setPosition(rng.randint(top + (bottom - top) // 3,
                                          top + 2 * (bottom - top) // 3))
            place.movePosition(QTextCursor.MoveOperation.StartOfWord)
            view.setTextCursor(place)
            settle(app)
            watch.painted.clear()
            continue
        if profiler:
            profiler.enable()
        started = time.perf_counter()
        if kind == "key":
            QTest.keyClick(view.viewport(), what)  # type: ignore[arg-type]
        else:
            QTest.keyClicks(view.viewport(), what)  # type: ignore[arg-type]
        painting = time.perf_counter()
        watch.wait(app)
        times.append(time.perf_counter() - started)
        parts["paint"].append(time.perf_counter() - painting)
        parts["window"].append(times[-1] - spent["project"] + spent["handlers"])
        parts["project"].append(spent["project"] - spent["handlers"])
        parts["handlers"].append(spent["handlers"])
        spent["project"] = spent["handlers"] = 0.0
        if profiler:
            profiler.disable()
    text = window.project.source(source.id).text
    assert view.toPlainText() == text, "the pane and the project disagree"
    steps = window.bridge.undo_stack.count() if window.bridge else 0
    window.close()
    if profiler:
        pstats.Stats(profiler).sort_stats(profile).print_stats(45)
    ordered = sorted(times)
    return {"keystrokes": len(times), "median_ms": statistics.median(ordered) * 1000,
            "p95_ms": ordered[int(len(ordered) * 0.95) - 1] * 1000,
            "max_ms": ordered[-1] * 1000, "undo_steps": steps,
            "codings": codings_before, "characters": len(text),
            "project_ms": statistics.median(parts["project"]) * 1000,
            "handlers_ms": statistics.median(parts["handlers"]) * 1000,
            "paint_ms": statistics.median(parts["paint"]) * 1000,
            "window_ms": statistics.median(parts["window"]) * 1000,
            "window_p95_ms": sorted(parts["window"])[int(len(times) * 0.95) - 1] * 1000}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=200)
    parser.add_argument("--keep", type=Path, help="reuse (and keep) the project here")
    parser.add_argument("--profile", nargs="?", const="cumulative", default=None)
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="edit-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        started = time.perf_counter()
        path = build(folder)
        print(f"project: {WORDS:,} words, {CODINGS:,} codings "
              f"(built in {time.perf_counter() - started:.1f} s)")
        result = run(path, args.keys, args.profile)
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    print(f"{result['characters']:,} characters, {result['codings']:,} codings on the "
          f"transcript; {result['keystrokes']} keystrokes in "
          f"{result['undo_steps']} undo steps")
    verdict = "ok" if result["median_ms"] < TARGET_MEDIAN_MS else "OVER"
    print(f"keystroke -> pane updated: median {result['median_ms']:.1f} ms "
          f"(target < {TARGET_MEDIAN_MS:.0f} ms: {verdict}), p95 {result['p95_ms']:.1f} ms, "
          f"max {result['max_ms']:.1f} ms")
    print(f"  the project's edit (SQL, undo log; median): {result['project_ms']:.1f} ms")
    print(f"  the window's part (everything else: keys, the panes' handlers "
          f"{result['handlers_ms']:.1f} ms, painting {result['paint_ms']:.1f} ms): "
          f"median {result['window_ms']:.1f} ms, p95 {result['window_p95_ms']:.1f} ms")


if __name__ == "__main__":
    main()
