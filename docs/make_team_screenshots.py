"""The README's pictures of team coding: the agreement table and the comparison view.

    uv run python docs/make_team_screenshots.py

Builds the demo project, makes a second coder's copy of it (Bea: most of the demo
coder's excerpts again, some with other boundaries, some left out, a few of her
own), merges the copy back, decides the first few disagreements, and grabs the
two windows offscreen into resources/screenshots/. Every run gives the same
pictures (a fixed random seed). Look at them before committing.
"""

from __future__ import annotations

import os
import random
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotator.operations.stamps import new_guid  # noqa: E402
from annotator.platform.demo import DEMO_CODER, build_demo  # noqa: E402
from annotator.project import Project  # noqa: E402

OUT = ROOT / "resources" / "screenshots"


def second_coder(path: Path) -> None:
    """Bea's copy: the demo coder's codings redone with differences, under her name."""
    rng = random.Random(17)
    with Project.open(path) as project:
        lengths = {s.id: s.length for s in project.sources()}
        codes = [c.id for c in project.codes()]
        rows = []
        for c in project.codings():
            roll = rng.random()
            if roll < 0.12:
                continue  # Bea did not code it
            start, end = c.start, c.end
            if roll > 0.7:  # other boundaries: a few words more or less
                start = max(0, start + rng.randint(-40, 25))
                end = min(lengths[c.source_id], max(start + 5, end + rng.randint(-25, 40)))
            rows.append((new_guid(), c.source_id, c.code_id, start, end,
                         "2026-11-20T10:00:00", "Bea", ""))
        for source_id, length in lengths.items():
            for _ in range(3):
                start = rng.randrange(0, max(1, length - 200))
                rows.append((new_guid(), source_id, rng.choice(codes), start,
                             start + rng.randint(60, 180), "2026-11-20T10:00:00", "Bea", ""))
        with project.store.recorded():
            for c in project.codings():
                project.store.codings.delete(c.id)
            project.store.codings.add_many(rows)


def main() -> None:
    from annotator.ui.app.application import make_app
    from annotator.ui.pages.agreement import AgreementPage
    from annotator.ui.pages.consensus import ConsensusView
    from annotator.ui.shared.bridge import ProjectBridge
    from annotator.ui.shared.theme import apply_theme

    with tempfile.TemporaryDirectory() as tmp:
        base, copy = Path(tmp) / "Study.annotator", Path(tmp) / "Study (Bea).annotator"
        build_demo(base)
        shutil.copy(base, copy)
        second_coder(copy)
        project = Project.open(base)
        project.team.merge(copy)
        app = make_app()
        apply_theme("light")
        bridge = ProjectBridge(project)
        page = AgreementPage(bridge)
        page.set_coders(DEMO_CODER, "Bea")
        page.measure.setCurrentIndex(page.measure.findData("kappa"))
        page.resize(1200, 560)
        page.show()
        page.table.resizeColumnsToContents()
        # Drill down into the first cell where the coders partly agree.
        cell = next((r, c) for r in range(page.table.rowCount())
                    for c in range(page.table.columnCount() - 1)
                    if page.table.item(r, c).text() not in ("1.000", "0.000", "—"))
        page.table.setCurrentCell(*cell)
        app.processEvents()
        OUT.mkdir(parents=True, exist_ok=True)
        page.grab().save(str(OUT / "agreement.png"))
        view = ConsensusView(bridge)
        view.set_coders(DEMO_CODER, "Bea")
        for choice in ("a", "both", "b"):
            view.decide(choice)
        view.resize(1000, 500)
        view.show()
        app.processEvents()
        view.grab().save(str(OUT / "consensus.png"))
        view.close()
        page.close()
        bridge.close()
    print(f"Saved {OUT / 'agreement.png'} and {OUT / 'consensus.png'}")


if __name__ == "__main__":
    main()
