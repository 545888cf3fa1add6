"""Window benchmark: the full MainWindow (every pane, the default layout) offscreen.

The shared workload (../shared/bench/gen_transcripts.py: 20 .docx of about 10,000
words, seed 42) with K = 1,000, 5,000 and 20,000 codings spread evenly over the
transcripts (24 codes, excerpts of 20-400 characters, K/20 on the open transcript),
and a large study (100 transcripts of about 15,000 words, 99,800 codings: a project
holds at most 100,000, and the scenario adds some). Each
project is built through the store's bulk path (`codings.add_many`), then opened in
a `MainWindow(remember=False)` as `annotator --demo` shows one: transcripts, codes,
inspector, retrieval, search, journal and memos panes, the board and pages created.
Each scenario runs in a fresh process (its own peak RSS). Measured:

- open: a transcript in a new tab, until its text and margin have painted;
- switch: to another transcript's tab and back, each until painted;
- add: select text on screen in the transcript view and press 1 (the keyboard path),
  until painted and every posted event handled; median and p95 of 60;
- remove: one coding (as the context menu does), until painted;
- undo: Edit > Undo of that removal, until painted;
- rename: a code with 2,000 codings (K=20,000 and the large study);
- bulk: code 20,000 search hits in one step (K=20,000);
- outside: `annotator code` in another process, until the window's transcripts
  list shows it (the window polls PRAGMA data_version);
- similar: the Similar passages pane's first indexing of the project, in the
  background after it opens (the steps above are measured once it is done);
- peak RSS.

    uv run python bench/window_bench.py [--only 1000|5000|20000|large] [--keep DIR]
        [--profile [SORT]]

PROFILE_STEP=add (open, undo, rename) in the environment profiles only that step.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
GEN = REPO.parent / "shared/bench/gen_transcripts.py"
SEED = 42
CODES = 24
ADDS = 60
RENAMED = 2_000  # codings of the code that is renamed
BULK = 20_000
LARGE_ROOM = 200  # the large study's codings stop this short of the project's limit

TARGETS = {  # (K=1k, K=5k, K=20k, large); None: no target
    "open_s": (0.1, 0.2, 0.2, 0.3),
    "switch_s": (None, None, None, None),
    "add_ms_median": (8, 16, 16, 16),
    "add_ms_p95": (16, 33, 33, 33),
    "add_ms_key_median": (None, None, None, None),
    "remove_ms": (None, None, None, None),
    "undo_ms": (16, 16, 16, 33),
    "rename_ms": (None, None, 50, 50),
    "bulk_20k_s": (None, None, 0.5, None),
    "outside_s": (1, 1, 1, 1),
    "peak_rss_mb": (None, None, 250, 400),
    "similar_index_s": (None, None, None, None),
}
COLUMNS = ("1000", "5000", "20000", "large")


from PySide6.QtCore import QEvent, QObject, Qt  # noqa: E402
from PySide6.QtGui import QTextCursor, QUndoStack  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from annotator.model.limits import MAX_CODINGS  # noqa: E402
from annotator.operations.stamps import new_guid, now_iso  # noqa: E402
from annotator.project import Project  # noqa: E402
from annotator.store.store import Store  # noqa: E402
from annotator.ui.window.main_window import MainWindow  # noqa: E402


class PaintWatch(QObject):
    """Waits until each watched widget has painted."""

    def __init__(self) -> None:
        super().__init__()
        self.painted: set[QObject] = set()
        self._widgets: list[QWidget] = []

    def watch(self, *widgets: QWidget) -> None:
        for widget in self._widgets:
            widget.removeEventFilter(self)
        self._widgets = list(widgets)
        for widget in widgets:
            widget.installEventFilter(self)
        self.painted.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.painted.add(watched)
        return False

    def wait(self, app: QApplication) -> None:
        """Until every watched widget has painted, then until no event is pending
        (the work a pane put off with a zero timer is the same gesture's)."""
        deadline = time.perf_counter() + 30
        while len(self.painted) < len(self._widgets):
            app.processEvents()
            if time.perf_counter() > deadline:
                raise RuntimeError("the window did not paint within 30 s")
        settle(app)
        self.painted.clear()


class EventCount(QObject):
    """Counts the events Qt delivers while it is installed on the application."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched: QObject, _event: QEvent) -> bool:  # noqa: N802
        self.count += 1
        return False


def settle(app: QApplication, passes: int = 50) -> None:
    """Run what is due now (zero timers included), then deliver posted events until a
    pass delivers none. One pass is not enough: Qt hands what is posted while it
    delivers (the layout request a layout pass sets off in the pane above, up to the
    main window) to the next pass, and that work is the gesture's too; left pending,
    it would be timed as part of the next one. Timers started meanwhile are not
    chased: background work in slices (the similar-passages warm-up) is not waited
    for, as the researcher does not wait for it."""
    app.processEvents()
    counter = EventCount()
    app.installEventFilter(counter)
    try:
        for _ in range(passes):
            before = counter.count
            QApplication.sendPostedEvents()
            if counter.count == before:
                break
    finally:
        app.removeEventFilter(counter)


def timed(app: QApplication, watch: PaintWatch, action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    watch.wait(app)
    return time.perf_counter() - started


# -- building the projects ---------------------------------------------------------
def generate(out: Path, files: int, words: int) -> list[Path]:
    command = [sys.executable, str(GEN), str(out), "--files", str(files), "--words", str(words),
               "--seed", str(SEED)]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return sorted(out.glob("*.docx"))


def template(paths: list[Path], out: Path) -> Path:
    """A project with the transcripts imported and the 24 codes (plus the renamed one)."""
    with Project.create(out) as project:
        project.import_files(paths)
        for i in range(CODES):
            project.add_code(f"Code {i + 1:02d}")
        project.add_code("Renamed")
    return out


def add_codings(path: Path, total: int, renamed: int) -> None:
    """`total` codings spread evenly over the transcripts, `renamed` of them with the
    code "Renamed", in one bulk insert (the store's path for code-all-hits)."""
    rng = random.Random(SEED)
    store = Store.open(path)
    try:
        lengths = {s.id: s.length for s in store.sources.summaries()}
        sources = sorted(lengths)
        codes = {c.name: c.id for c in store.codes.all()}
        plain = [codes[f"Code {i + 1:02d}"] for i in range(CODES)]
        stamp = now_iso()
        rows = []
        for i in range(total):
            source = sources[i % len(sources)]
            size = rng.randint(20, 400)
            start = rng.randrange(0, lengths[source] - size)
            code = codes["Renamed"] if i < renamed else rng.choice(plain)
            rows.append((new_guid(), source, code, start, start + size, stamp, "bench", ""))
        with store.recorded():
            store.codings.add_many(rows)
    finally:
        store.close()


def widen_to(path: Path, copies: int) -> None:
    """Repeat the imported transcripts (text and paragraphs) until there are `copies`."""
    store = Store.open(path)
    try:
        summaries = store.sources.summaries()
        with store.recorded():
            for n in range(len(summaries), copies):
                model = summaries[n % len(summaries)]
                source = store.sources.get(model.id)
                assert source is not None
                store.sources.add(guid=new_guid(), name=f"{source.name} ({n + 1})",
                                  kind=source.kind, text=source.text,
                                  file_name=source.file_name, original=None,
                                  sha256=source.sha256, imported_at=source.imported_at,
                                  paragraphs=tuple(store.sources.paragraphs(model.id)))
    finally:
        store.close()


def build(which: str, folder: Path) -> Path:
    """The scenario's project, copied from a base that --keep lets the next run reuse."""
    base = folder / f"{which}-base.annotator"
    if not base.exists():
        scratch = folder / f"{which}-scratch.annotator"
        scratch.unlink(missing_ok=True)
        if which == "large":
            template(generate(folder / "large-docx", 10, 15_000), scratch)
            widen_to(scratch, 100)
            # A project holds at most MAX_CODINGS (100,000): room is left for the
            # codings the scenario adds.
            add_codings(scratch, MAX_CODINGS - LARGE_ROOM, RENAMED)
        else:
            shutil.copy(folder / "template.annotator", scratch)
            total = int(which)
            add_codings(scratch, total, RENAMED if total >= 20_000 else 0)
        scratch.rename(base)
    out = folder / f"{which}.annotator"
    shutil.copy(base, out)
    return out


# -- the scenario ---------------------------------------------------------------------
def scenario(which: str, path: Path, results: dict[str, float]) -> None:
    app = QApplication.instance() or QApplication([])
    rng = random.Random(SEED)
    window = MainWindow(remember=False)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    assert window.open_project(path)
    app.processEvents()
    assert window.bridge is not None and window.documents is not None
    project = window.bridge.project
    results["similar_index_s"] = similar_indexed(app, project)
    ids = window.documents.source_ids()
    first, other = ids[len(ids) // 2], ids[0]
    watch = PaintWatch()

    def open_first() -> None:
        panel = window.open_source(first)
        assert panel is not None
        watch.watch(panel.view.viewport(), panel.margin)

    with profiled("open"):
        results["open_s"] = timed(app, watch, open_first)
    panel = window.current_panel()
    assert panel is not None and panel.source_id == first
    window.open_source(other)
    app.processEvents()
    window.open_source(first)
    app.processEvents()
    other_panel = window.tabs.select_source(other)
    assert other_panel is not None
    window.tabs.select_source(first)
    app.processEvents()

    started = time.perf_counter()
    for target in (other_panel, panel):
        watch.watch(target.view.viewport(), target.margin)
        window.tabs.setCurrentWidget(target)
        watch.wait(app)
    results["switch_s"] = (time.perf_counter() - started) / 2
    watch.watch(panel.view.viewport(), panel.margin)
    view = panel.view
    view.setFocus()
    app.processEvents()
    with profiled("add"):
        both = []
        while len(both) < ADDS:
            step = add_by_key(app, watch, view, rng, window.bridge.undo_stack,
                              1 + len(both) % 9)
            if step is not None:
                both.append(step)
    adds = sorted(total for total, _pressed in both)
    results["add_ms_key_median"] = statistics.median(p for _t, p in both) * 1000
    results["add_ms_median"] = statistics.median(adds) * 1000
    results["add_ms_p95"] = adds[int(len(adds) * 0.95) - 1] * 1000

    coding = max(project.codings(source_id=first), key=lambda c: c.id)  # on screen
    results["remove_ms"] = timed(app, watch, lambda: window.bridge.run(
        "Remove coding", lambda: project.remove_coding(coding.id))) * 1000
    with profiled("undo"):
        results["undo_ms"] = timed(app, watch, window.undo) * 1000

    renamed = project.find_code("Renamed")
    if renamed is not None and len(project.codings(code_id=renamed.id)) >= RENAMED:
        # The code may be scrolled out of the tree's view and its excerpts look the
        # same: nothing need paint, so the step ends when no event is left pending.
        with profiled("rename"):
            started = time.perf_counter()
            window.bridge.run("Rename code",
                              lambda: project.rename_code(renamed.id, "Renamed again"))
            app.processEvents()
            results["rename_ms"] = (time.perf_counter() - started) * 1000
    if which == "20000":
        hits = list(project.search("the").hits)[:BULK]
        code = project.add_code("Bulk")
        app.processEvents()
        watch.watch(panel.view.viewport(), panel.margin)
        results["bulk_20k_s"] = timed(app, watch, lambda: window.bridge.run(
            "Code all", lambda: project.code_all_hits(hits, code)))
        window.undo()
        app.processEvents()
    results["outside_s"] = outside_change(app, window, path, first)
    scale = 1 if sys.platform == "darwin" else 1024
    results["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 1e6
    window.close()


def similar_indexed(app: QApplication, project: Project) -> float:
    """Seconds until the Similar passages pane has indexed every transcript in the
    background (once per project; later opens find the index made). The other steps
    are measured after it, as a researcher's day goes."""
    started = time.perf_counter()
    while project.similar_pending():
        deadline = time.perf_counter() + 0.05
        while time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.001)
        if time.perf_counter() - started > 300:
            break
    return time.perf_counter() - started


@contextmanager
def profiled(step: str) -> Iterator[None]:
    """cProfile one step when PROFILE_STEP names it (open, add, undo, rename)."""
    if os.environ.get("PROFILE_STEP") != step:
        yield
        return
    profiler = cProfile.Profile()
    profiler.enable()
    try:
        yield
    finally:
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(60)


def add_by_key(app: QApplication, watch: PaintWatch, view: QWidget,
               rng: random.Random, stack: QUndoStack, number: int = 1
               ) -> tuple[float, float] | None:
    """Select a span of the text on screen and press a number key, as a researcher
    does; the seconds until painted, and of those the key press itself (the coding and
    every pane's update, before any painting); None when the key added nothing (that
    span had that code already), to be tried again elsewhere. The keys go round 1-9:
    text overlapping a coding of the same code extends that coding (issue 15), and
    one code alone would soon cover the whole screen, leaving nothing to add."""
    first_block = view.firstVisibleBlock()
    lo = first_block.position()
    hi = view.cursorForPosition(view.viewport().rect().bottomRight()).position()
    size = rng.randint(20, min(400, max(21, hi - lo - 1)))
    start = rng.randrange(lo, max(lo + 1, hi - size))
    cursor = view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + size, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    settle(app)
    watch.painted.clear()
    steps = stack.count()
    started = time.perf_counter()
    QTest.keyClick(view, Qt.Key(Qt.Key.Key_0.value + number))
    pressed = time.perf_counter() - started
    if stack.count() == steps:
        return None
    watch.wait(app)
    return time.perf_counter() - started, pressed


def outside_change(app: QApplication, window: MainWindow, path: Path, source_id: int) -> float:
    """`annotator code` from another process; seconds from its exit until the window's
    transcripts list counts the new coding."""
    assert window.bridge is not None and window.documents is not None
    project = window.bridge.project
    source = project.source(source_id)

    def listed() -> str:
        assert window.documents is not None
        index = window.documents.index_of(source_id)
        return str(index.siblingAtColumn(2).data())

    before = listed()
    command = [sys.executable, "-m", "annotator", "code", str(path), "--source", source.name,
               "--code", "From outside", "--start", "3", "--end", "40"]
    # The window keeps handling events meanwhile, as it does for a user; the delay is
    # from the command's write (the file's modification time) to the list showing it.
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, cwd=REPO)
    seen: float | None = None
    while seen is None or child.poll() is None:
        app.processEvents()
        if seen is None and listed() != before:
            seen = time.time()
        if child.poll() is not None and child.returncode != 0:
            return float("nan")
        time.sleep(0.001)
    written = max(p.stat().st_mtime for p in path.parent.glob(f"{path.name}*"))
    return seen - written


def run_one(which: str, folder: Path, profile: str | None) -> None:
    started = time.perf_counter()
    path = build(which, folder)
    print(f"# {which}: built in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    results: dict[str, float] = {}
    if profile is None:
        scenario(which, path, results)
    else:
        profiler = cProfile.Profile()
        profiler.enable()
        scenario(which, path, results)
        profiler.disable()
        pstats.Stats(profiler).sort_stats(profile).print_stats(45)
    for key, value in results.items():
        print(f"{which} {key} {value}")


def table(figures: dict[str, dict[str, float]], columns: list[str]) -> str:
    head = "| full window | " + " | ".join(
        f"K={c}" if c != "large" else "large (100k)" for c in columns) + " |"
    lines = [head, "|---" * (len(columns) + 1) + "|"]
    for key in TARGETS:
        cells = []
        for column in columns:
            value = figures.get(column, {}).get(key)
            target = TARGETS[key][COLUMNS.index(column)]
            digits = 0 if "mb" in key else 1 if "ms" in key else 3
            text = "" if value is None else f"{value:.{digits}f}"
            if target is not None and value is not None:
                text += f" (< {target}{' ✓' if value < target else ' ✗'})"
            cells.append(text)
        lines.append(f"| {key} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", choices=COLUMNS,
                        help="one scenario (may be repeated)")
    parser.add_argument("--folder", type=Path, help="(internal) the generated workload")
    parser.add_argument("--profile", nargs="?", const="cumulative",
                        help="cProfile one scenario, sorted by this key (cumulative)")
    parser.add_argument("--keep", type=Path,
                        help="build the workload in this folder and reuse it next time")
    args = parser.parse_args()
    if not GEN.is_file():
        sys.exit(f"the generator {GEN} does not exist")
    if args.folder is not None and args.only:
        run_one(args.only[0], args.folder, args.profile)
        return
    columns = args.only or list(COLUMNS)
    figures: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="annotator-window-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        if any(c != "large" for c in columns) and not (folder / "template.annotator").exists():
            template(generate(folder / "shared", 20, 10_000), folder / "template.annotator")
        for which in columns:
            # A fresh process per scenario, so that each peak RSS is its own.
            command = [sys.executable, __file__, "--only", which, "--folder", str(folder)]
            if args.profile:
                command += ["--profile", args.profile]
            done = subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True)
            figures[which] = {}
            for line in done.stdout.splitlines():
                parts = line.split()
                if len(parts) == 3 and parts[0] == which:
                    figures[which][parts[1]] = float(parts[2])
                elif args.profile:
                    print(line)
            print(f"{which}: {figures[which]}", flush=True)
    print(table(figures, columns))


if __name__ == "__main__":
    main()
