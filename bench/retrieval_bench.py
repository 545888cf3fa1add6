"""Retrieval on a large study: the facade's rows for a parent code with its sub-codes
(context, once per excerpt, by coder) and the pane's refresh, with the coders' list.

    uv run python bench/retrieval_bench.py [--codings 20000]

Prints seconds per step; the study is 20 transcripts of about 6,000 words, 10 parent
codes with 4 sub-codes each, the codings split between two coders.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from annotator.project import Project

WORDS = ["trust", "community", "nurse", "minibus", "promise", "office", "volunteer", "council",
         "clinic", "family", "student", "help", "money", "time", "school", "care", "worry",
         "home", "work", "friend"]


def build(path: Path, folder: Path, codings: int) -> tuple[int, list[int]]:
    rng = random.Random(7)
    with Project.create(path) as project:
        files = []
        for n in range(20):
            turns = [f"{'Interviewer' if t % 2 == 0 else 'P'}: "
                     + " ".join(rng.choice(WORDS) for _ in range(60)) for t in range(100)]
            file = folder / f"T{n:02}.txt"
            file.write_text("\n".join(turns) + "\n", encoding="utf-8")
            files.append(file)
        sources = project.import_files(files)
        texts = {s: project.source(s).text for s in sources}
        parents = [project.add_code(f"Parent {p}") for p in range(10)]
        codes = [c for p in parents
                 for c in [p] + [project.add_code(f"Child {k}", p) for k in range(4)]]
        for coder in ("Ana Lee", "Ben Wu"):
            project.set_coder(coder)
            for code in codes:
                spans = []
                for _ in range(codings // 2 // len(codes)):
                    source = rng.choice(sources)
                    start = rng.randrange(0, len(texts[source]) - 200)
                    spans.append((source, start, start + rng.randrange(20, 200)))
                project.code_similar(spans, code)
        return parents[0], codes


def timed(step: str, action: Callable[[], object]) -> object:
    began = time.perf_counter()
    result = action()
    print(f"{step:<48} {time.perf_counter() - began:7.3f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--codings", type=int, default=20000)
    codings = parser.parse_args().codings
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "large.annotator"
        parent, _codes = build(path, folder, codings)
        with Project.open(path) as project:
            rows = timed("facade: a parent's rows, with sub-codes",
                         lambda: project.excerpt_rows([parent], sub_codes=True))
            print(f"  {len(rows)} excerpts of {codings} codings")  # type: ignore[arg-type]
            timed("facade: the parent's own rows", lambda: project.excerpt_rows([parent]))
            timed("facade: one coder's, with sub-codes",
                  lambda: project.excerpt_rows([parent], sub_codes=True, coder="Ben Wu"))
            timed("facade: the coders (team.coders)", project.team.coders)
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        from annotator.ui.panes.retrieval import RetrievalPanel
        from annotator.ui.shared.bridge import ProjectBridge

        app = QApplication.instance() or QApplication([])
        bridge = ProjectBridge(Project.open(path))
        panel = RetrievalPanel(bridge)
        panel.resize(1300, 300)
        panel.show()
        app.processEvents()

        def shown() -> None:
            panel.show_codes([parent])
            app.processEvents()

        timed("pane: a parent's excerpts listed and painted", shown)
        timed("pane: Include sub-codes off", lambda: (panel.sub_codes.setChecked(False),
                                                      app.processEvents()))
        timed("pane: resized (rows laid out again)",
              lambda: (panel.resize(900, 300), app.processEvents(), app.processEvents()))
        panel.close()
        bridge.close()


if __name__ == "__main__":
    main()
