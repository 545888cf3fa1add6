"""Theme report: real Word headings, themes in board order, extracts with their references."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from annotator.cli.main import main
from annotator.exports.word import project_report
from annotator.formats.docx.report import Report, ReportTheme, write_report
from annotator.project import Project


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    from annotator.platform.demo import build_demo

    path = tmp_path / "demo.annotator"
    build_demo(path)
    return path


def test_demo_report(demo: Path, tmp_path: Path):
    out = tmp_path / "report.docx"
    assert main(["export", "report", str(demo), "--out", str(out)]) == 0
    document = docx.Document(str(out))
    styles = [(p.style.name, p.text) for p in document.paragraphs]
    assert styles[0][0] == "Title"
    headings = [text for style, text in styles if style == "Heading 1"]
    with Project.open(demo) as project:
        themes = project.themes()
        top = [t.name for t in themes if t.parent_id is None]
        subs = [t.name for t in themes if t.parent_id is not None]
        assert headings[:len(top)] == top  # board order
        if project.memos("journal"):
            assert headings[-1] == "Appendix: reflexive journal"
        level2 = [text for style, text in styles if style == "Heading 2"]
        assert all(name in level2 for name in subs)
        quotes = [text for style, text in styles if style == "Quote"]
        assert quotes
        report = project_report(project)
        first = next(t for t in report.themes if t.extracts)
        extract = first.extracts[0]
        assert f"“{extract.text.strip()}”" in quotes
        assert any(f"¶ {extract.paragraph}" in text for _, text in styles)
        source = next(s for s in project.sources() if s.name == extract.transcript)
        paragraph = project.paragraphs(source.id)[extract.paragraph - 1]
        assert extract.text[:10] in project.source(source.id).text[paragraph.start:]


def test_report_without_journal_and_empty_project(tmp_path: Path):
    out = tmp_path / "empty.docx"
    write_report(Report("Empty", "2024-01-01"), out)
    assert "no themes yet" in docx.Document(str(out)).paragraphs[2].text
    report = Report("X", "2024-01-01", [ReportTheme("社区 & <trust>", "final", "Def\nline 2",
                                                     subthemes=[ReportTheme("Sub")])])
    write_report(report, out)
    names = [(p.style.name, p.text) for p in docx.Document(str(out)).paragraphs]
    assert ("Heading 1", "社区 & <trust>") in names and ("Heading 2", "Sub") in names


def test_no_journal_flag(demo: Path, tmp_path: Path):
    out = tmp_path / "r.docx"
    assert main(["export", "report", str(demo), "--out", str(out), "--no-journal"]) == 0
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert "Appendix: reflexive journal" not in texts


def test_illustrative_codings_are_the_quoted_extracts(tmp_path: Path) -> None:
    from annotator.platform.demo import build_demo

    path = tmp_path / "Demo.annotator"
    build_demo(path)
    with Project.open(path) as project:
        theme = next(t for t in project.themes() if t.name == "Building partnership")
        excerpts = project.excerpts(project.theme_codes(theme.id))
        chosen = excerpts[-1]
        project.mark_illustrative(chosen.coding_id)
        report = project_report(project)
        entry = next(t for t in report.themes if t.name == "Building partnership")
        assert [e.text for e in entry.extracts] == [chosen.text]
        assert entry.extracts_chosen
        project.undo()
        report = project_report(project)
        entry = next(t for t in report.themes if t.name == "Building partnership")
        # None marked: three of its excerpts, spread over participants (tested below).
        assert not entry.extracts_chosen and len(entry.extracts) == 3
        assert {e.text for e in entry.extracts} <= {e.text for e in excerpts}


def report_sections(path: Path, names: set[str]) -> list[tuple[str, str, list[str]]]:
    """Per "Illustrative extracts" heading, read back with python-docx: the theme it is in,
    the note under it, and who each quote is from."""
    paragraphs = docx.Document(str(path)).paragraphs
    sections, theme = [], ""
    for index, paragraph in enumerate(paragraphs):
        if paragraph.style.name.startswith("Heading") and paragraph.text in names:
            theme = paragraph.text
        if paragraph.text != "Illustrative extracts":
            continue
        who = []
        for later in paragraphs[index + 2:]:
            if later.style.name.startswith("Heading"):
                break
            if later.text.startswith("— "):
                who.append(later.text[2:].split(" (", 1)[0])
        sections.append((theme, paragraphs[index + 1].text, who))
    return sections


def test_default_extracts_come_from_different_participants(demo: Path, tmp_path: Path):
    out = tmp_path / "report.docx"
    with Project.open(demo) as project:
        for coding_id in project.illustrative_codings():
            project.mark_illustrative(coding_id, False)
        write_report(project_report(project), out)
        cases = {case.id: case.name for case in project.cases()}
        voices = {}  # each theme: how many participants its excerpts come from
        for theme in project.themes():
            sources = {e.source_id for e in project.excerpts(project.theme_codes(theme.id))}
            voices[theme.name] = len({", ".join(cases[c] for c in project.cases_of_source(s))
                                      or str(s) for s in sources})
    sections = report_sections(out, set(voices))
    assert len(sections) >= 3
    for theme, note, who in sections:
        assert note == "None marked illustrative yet: chosen from different participants."
        assert len(set(who)) == min(3, voices[theme]), (theme, who)


def test_the_report_says_when_the_researcher_chose_the_extracts(demo: Path, tmp_path: Path):
    out = tmp_path / "report.docx"
    with Project.open(demo) as project:
        theme = next(t for t in project.themes() if project.excerpts(project.theme_codes(t.id)))
        excerpt = project.excerpts(project.theme_codes(theme.id))[-1]
        for coding_id in project.illustrative_codings():
            project.mark_illustrative(coding_id, False)
        project.mark_illustrative(excerpt.coding_id)
        write_report(project_report(project), out)
    with Project.open(demo) as project:
        names = {t.name for t in project.themes()}
    note, who = next((note, who) for name, note, who in report_sections(out, names)
                     if name == theme.name)
    assert note == "Chosen by the researcher." and len(who) == 1
