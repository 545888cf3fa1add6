"""The demo project out to .qdpx and back into a fresh project: nothing lost, GUIDs kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from annotator.cli.main import main
from annotator.formats.refi.writer import project_xml
from annotator.operations.exchange import to_refi
from annotator.platform.demo import build_demo
from annotator.project import Project


def snapshot(project: Project) -> dict[str, object]:
    """Everything a researcher sees, by names and text rather than row ids."""
    sources = {s.id: project.source(s.id) for s in project.sources()}
    codes = {c.id: c for c in project.codes()}
    themes = {t.id: t for t in project.themes()}
    cases = {c.id: c for c in project.cases()}

    def target(kind: str, target_id: int | None) -> str:
        if target_id is None:
            return kind
        names = {"source": lambda i: sources[i].name, "code": project.code_path,
                 "theme": lambda i: themes[i].name, "case": lambda i: cases[i].name,
                 "coding": lambda i: project.coding(i).guid}
        return f"{kind}:{names[kind](target_id)}"

    return {
        "sources": sorted((s.guid, s.name, s.kind, s.text) for s in sources.values()),
        "originals": sorted(project.original_bytes(s) or b"" for s in sources),
        "codes": sorted((c.guid, project.code_path(c.id), c.color, c.description)
                        for c in codes.values()),
        "codings": sorted((c.guid, sources[c.source_id].name, project.code_path(c.code_id),
                           sources[c.source_id].text[c.start:c.end], c.coder, c.memo,
                           c.created_at) for c in project.codings()),
        "memos": sorted((m.guid, target(m.target_kind, m.target_id), m.title, m.body, m.author,
                         m.created, m.updated) for m in project.memos()),
        "cases": sorted((c.guid, c.name, c.description, tuple(sorted(c.values.items())),
                         tuple(sorted(sources[s].name for s in sources
                                      if c.id in project.cases_of_source(s))))
                        for c in cases.values()),
        "attributes": [(a.name, a.type, a.choices) for a in project.attributes()],
        "themes": sorted((t.guid, t.name, t.definition, t.status, t.color, round(t.x),
                          round(t.y), round(t.width), round(t.height),
                          themes[t.parent_id].name if t.parent_id else None,
                          tuple(project.code_path(c) for c in project.theme_codes(t.id)))
                         for t in themes.values()),
        "links": sorted((themes[link.from_theme].name, themes[link.to_theme].name, link.label)
                        for link in project.theme_links()),
    }


@pytest.fixture(scope="module")
def trip(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("trip")
    build_demo(folder / "Demo.annotator")
    assert main(["export", "qdpx", str(folder / "Demo.annotator"),
                 "--out", str(folder / "demo.qdpx")]) == 0
    assert main(["import", str(folder / "Fresh.annotator"), str(folder / "demo.qdpx")]) == 0
    return folder / "Demo.annotator", folder / "Fresh.annotator"


def test_round_trip_keeps_everything(trip):
    original, fresh = trip
    with Project.open(original) as a, Project.open(fresh) as b:
        before, after = snapshot(a), snapshot(b)
        assert a.info() == b.info() | {"schema_version": a.info()["schema_version"]}
    assert before["themes"] and before["links"] and before["cases"] and before["memos"]
    for key in before:
        assert after[key] == before[key], key


def test_guids_are_stable_across_the_round_trip(trip):
    original, fresh = trip
    with Project.open(original) as a, Project.open(fresh) as b:
        first = etree.fromstring(project_xml(to_refi(a.store, "Demo")))
        second = etree.fromstring(project_xml(to_refi(b.store, "Demo")))
    assert sorted(first.xpath("//@guid")) == sorted(second.xpath("//@guid"))


def test_the_round_trip_is_one_undo_step(tmp_path: Path, trip):
    original, _ = trip
    out = tmp_path / "d.qdpx"
    main(["export", "qdpx", str(original), "--out", str(out)])
    with Project.create(tmp_path / "p.annotator") as project:
        project.import_exchange(out)
        assert project.codings()
        project.undo()
        assert project.info()["codings"] == 0 and project.info()["sources"] == 0
        project.redo()
        assert len(project.codings()) == 80


def test_codebook_round_trip(trip, tmp_path: Path):
    original, _ = trip
    out = tmp_path / "demo.qdc"
    assert main(["export", "codebook", str(original), "--out", str(out)]) == 0
    assert main(["import", str(tmp_path / "c.annotator"), str(out)]) == 0
    with Project.open(original) as a, Project.open(tmp_path / "c.annotator") as b:
        codes_a, codes_b = snapshot(a)["codes"], snapshot(b)["codes"]
        assert codes_b == codes_a
        assert sorted(t.name for t in b.themes()) == sorted(t.name for t in a.themes())
        assert sorted(t.definition for t in b.themes()) == sorted(t.definition for t in a.themes())
        assert b.info()["sources"] == 0


def test_import_report_on_the_command_line(trip, tmp_path: Path, capsys):
    original, _ = trip
    out = tmp_path / "d.qdpx"
    main(["export", "qdpx", str(original), "--out", str(out)])
    capsys.readouterr()
    assert main(["import", str(tmp_path / "new.annotator"), str(out)]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("Imported from “d.qdpx”: 28 codes, 5 transcripts, 80 codings")
    assert "Skipped" not in printed
    assert main(["import", str(tmp_path / "new.annotator"), str(out)]) == 0
    again = capsys.readouterr().out
    assert "Skipped: “" in again and "already in this project" in again
