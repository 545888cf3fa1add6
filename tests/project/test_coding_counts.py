"""CodingCounts: codings per code and per transcript follow every change by its ids,
equal at each step to counting the table again (Qt-free)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from annotator.operations.errors import USER_ERRORS
from annotator.project import Project
from annotator.project.counts import CodingCounts
from tests.helpers import write_txt

TEXT = "Interviewer: How did it start?\nP1: The clinic called us, and the council did not.\n" * 8


@pytest.fixture
def project(tmp_path: Path) -> Project:
    p = Project.create(tmp_path / "p.annotator")
    for name in ("Ana", "Ben", "Cai"):
        p.import_file(write_txt(tmp_path, f"{name}.txt", TEXT))
    for n in range(5):
        p.add_code(f"code {n}")
    yield p
    p.close()


def counted_again(project: Project) -> tuple[dict[int, tuple[int, int]], dict[int, int]]:
    return project.code_usage(), {s.id: s.codings for s in project.sources() if s.codings}


def test_counts_follow_random_changes_undos_and_redos(project: Project) -> None:
    counts = CodingCounts.of(project)
    assert CodingCounts.of(project) is counts  # one per project, shared by its views
    rng = random.Random(7)
    sources = [s.id for s in project.sources()]
    for step in range(300):
        codes = [c.id for c in project.codes()]
        codings = project.codings()
        roll = rng.random()
        try:
            if roll < 0.4:
                start = rng.randrange(0, len(TEXT) - 30)
                project.add_coding(rng.choice(sources), rng.choice(codes), start, start + 25)
            elif roll < 0.5 and codings:
                project.remove_coding(rng.choice(codings).id)
            elif roll < 0.55 and len(codes) > 3:
                project.merge_codes(*rng.sample(codes, 2))
            elif roll < 0.6 and len(codes) > 3:
                project.delete_code(rng.choice(codes))
            elif roll < 0.65:
                project.add_code(f"new {step}")
            elif roll < 0.68:
                project.remove_source(rng.choice(sources))
                sources = [s.id for s in project.sources()]
                if not sources:
                    project.undo()
                    sources = [s.id for s in project.sources()]
            elif roll < 0.85 and project.history.undo_label is not None:
                project.undo()
                sources = [s.id for s in project.sources()]
            elif project.history.redo_label is not None:
                project.redo()
                sources = [s.id for s in project.sources()]
        except USER_ERRORS:
            pass
        usage, per_source = counted_again(project)
        assert counts.usage_map() == usage, step
        assert counts.source_map() == per_source, step


def test_following_the_same_ids_twice_changes_nothing(project: Project) -> None:
    counts = CodingCounts.of(project)
    source = project.sources()[0].id
    code = project.codes()[0].id
    coding = project.add_coding(source, code, 0, 10)
    assert counts.usage(code) == (1, 1) and counts.per_source(source) == 1
    assert counts.follow(frozenset({coding})) == (set(), set())
    assert counts.follow({coding}) == (set(), set())
    assert counts.usage(code) == (1, 1)


def test_a_change_made_by_another_process_is_counted(project: Project, tmp_path: Path) -> None:
    counts = CodingCounts.of(project)
    project.watch_outside()
    source, code = project.sources()[0].id, project.codes()[0].id
    with Project.open(project.path) as other:
        other.add_coding(source, code, 5, 15)
    project.poll_outside()
    assert counts.usage(code) == (1, 1) and counts.per_source(source) == 1


def test_a_closed_project_is_not_kept_alive_by_its_counts(tmp_path: Path) -> None:
    import gc
    import weakref

    project = Project.create(tmp_path / "gone.annotator")
    CodingCounts.of(project)
    gone = weakref.ref(project)
    project.close()
    del project
    gc.collect()
    assert gone() is None
