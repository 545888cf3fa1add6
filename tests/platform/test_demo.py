"""The bundled demo project builds from its plan, in one undo step, and reopens intact."""

from __future__ import annotations

import copy
import json
import re
from collections import Counter
from pathlib import Path

import pytest

import annotator.platform.demo as demo
import annotator.platform.resources as resource_paths
from annotator.platform.demo import (
    apply_plan,
    build_demo,
    demo_resources_dir,
    find_phrase,
    load_plan,
)
from annotator.project import Project

RESOURCES = demo_resources_dir()
PLAN = load_plan(RESOURCES)
CHINESE = "P5_chinese_community_centre"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "Demo.annotator"
    build_demo(path)
    return path


@pytest.fixture
def project(built: Path):
    p = Project.open(built)
    yield p
    p.close()


def visible_lines(markdown: str) -> list[str]:
    """The non-empty paragraphs a reader sees in a transcript built by make_docx.py."""
    lines: list[str] = []
    for line in markdown.splitlines():
        line = re.sub(r"\*\*(.+?)\*\*|\*(.+?)\*", lambda m: m.group(1) or m.group(2), line)
        if line.startswith("|"):
            lines += [cell.strip() for cell in line.strip("|").split("|")]
        elif line.startswith(("# ", "> ")):
            lines.append(line[2:])
        elif line.strip():
            lines.append(line)
    return lines


def test_resources_found_in_the_source_checkout():
    assert Path(demo.__file__).resolve().parents[2] / "resources" / "demo" == RESOURCES
    for entry in PLAN["sources"]:
        assert (RESOURCES / entry["file"]).is_file()


def _fake_demo_folder(root: Path) -> Path:
    folder = root / "demo"
    folder.mkdir(parents=True)
    (folder / "plan.json").write_text("{}", encoding="utf-8")
    return folder


def test_resources_found_in_an_installed_wheel(tmp_path: Path, monkeypatch):
    package = tmp_path / "site-packages" / "annotator"
    folder = _fake_demo_folder(package / "_resources")
    monkeypatch.setattr(resource_paths, "__file__", str(package / "platform" / "resources.py"))
    assert demo_resources_dir() == folder


def test_resources_found_in_a_pyinstaller_bundle(tmp_path: Path, monkeypatch):
    folder = _fake_demo_folder(tmp_path / "bundle" / "annotator" / "_resources")
    monkeypatch.setattr(resource_paths.sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    monkeypatch.setattr(resource_paths, "__file__",
                        str(tmp_path / "bundle" / "annotator" / "platform" / "resources.pyc"))
    assert demo_resources_dir() == folder


def test_missing_resources_are_named(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(resource_paths, "__file__",
                        str(tmp_path / "nowhere" / "annotator" / "platform" / "resources.py"))
    with pytest.raises(FileNotFoundError, match="demo project's files are missing"):
        demo_resources_dir()


def test_counts(project: Project):
    assert sorted(s.name for s in project.sources()) == sorted(s["name"] for s in PLAN["sources"])
    assert len(project.sources()) == 5
    codes = project.codes()
    assert 20 <= len(codes) <= 30
    assert len(codes) == len(PLAN["codes"])
    assert any(code.parent_id is not None for code in codes)
    assert len(project.codings()) == len(PLAN["codings"])
    info = project.info()
    assert info["sources"] == 5 and info["cases"] == 5


def test_codes_carry_colour_and_description(project: Project):
    planned = {code["path"]: code for code in PLAN["codes"]}
    colours = set()
    for code in project.codes():
        entry = planned[project.code_path(code.id)]
        assert code.color.upper() == entry["color"].upper()
        assert re.fullmatch(r"#[0-9A-F]{6}", code.color.upper())
        assert code.description == entry["description"] != ""
        colours.add(code.color.upper())
    assert len(colours) == len(planned)


def test_every_coding_is_the_planned_excerpt(project: Project):
    names = {s.id: s.name for s in project.sources()}
    texts = {s.id: project.source(s.id).text for s in project.sources()}
    found = Counter()
    for coding in project.codings():
        found[
            (
                names[coding.source_id],
                project.code_path(coding.code_id),
                texts[coding.source_id][coding.start : coding.end],
                coding.memo,
            )
        ] += 1
    planned = Counter(
        (c["source"], c["code"], c["match"], c.get("memo", "")) for c in PLAN["codings"]
    )
    assert found == planned
    per_source = Counter(c["source"] for c in PLAN["codings"])
    assert all(8 <= n <= 18 for n in per_source.values()), per_source
    assert per_source[CHINESE] >= 5


def test_some_codings_overlap(project: Project):
    codings = sorted(project.codings(), key=lambda c: (c.source_id, c.start))
    overlaps = sum(
        1
        for a, b in zip(codings, codings[1:], strict=False)
        if a.source_id == b.source_id and b.start < a.end
    )
    assert overlaps >= 3


def test_chinese_transcript_is_intact(project: Project):
    source = project.source_by_name(CHINESE)
    markdown = (RESOURCES / "transcripts" / "src" / f"{CHINESE}.md").read_text("utf-8")
    lines = [line for line in source.text.split("\n") if line.strip()]
    assert lines == visible_lines(markdown)
    assert source.text.count("受访者：") >= 15 and source.text.count("访谈者：") >= 15
    assert "信任是一点一点建立的，不是签一个文件就有的。" in source.text
    speakers = {p.speaker for p in project.paragraphs(source.id)}
    assert {"访谈者", "受访者"} <= speakers


def test_english_transcripts_are_intact_and_the_right_length(project: Project):
    for entry in PLAN["sources"]:
        source = project.source_by_name(entry["name"])
        markdown = (RESOURCES / "transcripts" / "src" / f"{entry['name']}.md").read_text("utf-8")
        assert [line for line in source.text.split("\n") if line.strip()] == visible_lines(markdown)
        assert (
            "Fictional interview for demonstration" in source.text
            or "本访谈为虚构内容" in source.text
        )
        if entry["name"] != CHINESE:
            assert 1500 <= len(source.text.split()) <= 3000
        else:
            assert 2500 <= len(source.text) <= 4500
        stamps = [p.timestamp for p in project.paragraphs(source.id) if p.timestamp]
        assert len(stamps) >= 3


def test_cases_and_attributes(project: Project):
    attributes = {a.name: a for a in project.attributes()}
    assert {a.type for a in attributes.values()} == {"choice", "text", "number", "date"}
    choices = attributes["Organisation type"].choices
    cases = {case.name: case for case in project.cases()}
    assert len(cases) == 5
    for entry in PLAN["cases"]:
        case = cases[entry["name"]]
        assert case.values == entry["values"]
        assert case.values["Organisation type"] in choices
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", case.values["First contact"])
        source = project.source_by_name(entry["source"])
        assert project.cases_of_source(source.id) == [case.id]


def test_themes_subthemes_and_links(project: Project):
    themes = {t.name: t for t in project.themes()}
    top = {"Building partnership", "Reciprocity in partnership", "Maintenance of relationship"}
    assert top <= set(themes)
    for name in top:
        theme = themes[name]
        assert theme.parent_id is None and theme.definition
        assert theme.status in ("candidate", "reviewed", "final")
        assert any(t.parent_id == theme.id for t in themes.values()), f"{name} has no sub-theme"
        assert len(project.theme_codes(theme.id)) >= 4
        assert theme.x >= 0 and theme.x + theme.width <= 1400
        assert theme.y >= 0 and theme.y + theme.height <= 900
    # Top-level boxes sit side by side without overlapping.
    boxes = sorted((themes[n] for n in top), key=lambda t: t.x)
    assert all(a.x + a.width <= b.x for a, b in zip(boxes, boxes[1:], strict=False))
    # A code may sit in two themes.
    membership = Counter(
        c for t in themes.values() if t.parent_id is None for c in project.theme_codes(t.id)
    )
    assert any(n >= 2 for n in membership.values())
    links = project.theme_links()
    assert len(links) >= 2 and all(link.label for link in links)


def test_memos_and_journal(project: Project):
    assert project.memo_for("project", None) is not None
    assert len(project.memos("code")) >= 2
    assert len(project.memos("source")) >= 1
    journal = project.memos("journal")
    assert 4 <= len(journal) <= 6
    assert all(entry.created.startswith("2024-") for entry in journal)
    assert all(re.search(r"\b(I|my|me)\b", entry.body) for entry in journal)


def test_the_plan_applies_as_one_undo_step(tmp_path: Path):
    project = Project.create(tmp_path / "d.annotator")
    with project.batch("Build demo project"):
        apply_plan(project, PLAN, RESOURCES)
    assert project.info()["codings"] == len(PLAN["codings"])
    project.undo()
    info = project.info()
    assert info["sources"] == info["codes"] == info["codings"] == info["themes"] == 0
    project.redo()
    assert project.info()["codings"] == len(PLAN["codings"])
    project.close()


def test_refuses_an_existing_file(built: Path):
    with pytest.raises(FileExistsError):
        build_demo(built)


def test_a_drifted_phrase_fails_loudly_and_leaves_nothing(tmp_path: Path, monkeypatch):
    plan = copy.deepcopy(PLAN)
    plan["codings"][3]["match"] = "words that nobody ever said"
    monkeypatch.setattr(demo, "load_plan", lambda resources=None: plan)
    path = tmp_path / "broken.annotator"
    with pytest.raises(ValueError, match=r"words that nobody ever said.*P1_food_bank"):
        build_demo(path)
    assert not path.exists()


def test_find_phrase_counts_code_points():
    text = "会议 😀 社区参与 𠀋 done, done"
    assert find_phrase(text, "done") == (text.index("done"), text.index("done") + 4)
    start, end = find_phrase(text, "done", 2)
    assert text[start:end] == "done" and start == len(text) - 4
    assert find_phrase(text, "done", 3) is None
    assert find_phrase(text, "社区") == (5, 7)


def test_plan_is_plain_data():
    raw = json.loads((RESOURCES / "plan.json").read_text("utf-8"))
    assert raw == PLAN
