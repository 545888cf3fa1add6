"""Retrieval's rows from the facade, Qt-free: a line of context each side, a parent's
sub-codes aggregated (words coded with both listed once), and the coder filter."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.project import Project
from annotator.project.retrieval import CONTEXT_CHARS
from tests.helpers import write_txt

TEXT = (
    "Interviewer: Did they keep their word?\n"
    "P1: They promised a minibus and it never came. We stopped believing them after that, "
    "honestly.\n"
    "Interviewer: And now?\n"
    "P1: Now we trust the nurses, not the office.\n"
)
CHINESE = ("访谈者：后来呢？\n受访者：他们答应的事没有做到。我们不再相信了。\n"
           "受访者：" + "我们一起做了很多事情，" * 30 + "后来他们不再来了。\n")


def span(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


@pytest.fixture
def project(tmp_path: Path) -> Project:
    p = Project.create(tmp_path / "p.annotator")
    p.import_file(write_txt(tmp_path, "Ana.txt", TEXT))
    p.import_file(write_txt(tmp_path, "李女士.txt", CHINESE))
    p.set_coder("Ana Lee")
    yield p
    p.close()


def test_context_is_a_line_each_side_across_the_turn(project: Project) -> None:
    ana = project.source_by_name("Ana").id
    trust = project.add_code("Trust")
    # Opening its turn: the line before is the question it answers.
    opening = project.add_coding(ana, trust, *span(TEXT, "They promised a minibus"))
    middle = project.add_coding(ana, trust, *span(TEXT, "we trust the nurses"))
    rows = {row.excerpt.coding_id: row.excerpt for row in project.excerpt_rows([trust])}
    assert rows[opening].before == "P1: "
    assert rows[opening].after == " and it never came. We stopped believing them after that, " \
        "honestly."
    assert rows[middle].before == "P1: Now "
    assert rows[middle].after == ", not the office."
    whole = project.add_code("Nurses")  # another code: the same one would extend `middle`
    project.add_coding(ana, whole, *span(TEXT, "P1: Now we trust the nurses, not the office."))
    [last] = [r.excerpt for r in project.excerpt_rows([whole])]
    assert last.before == "Interviewer: And now? "
    assert last.after == ""


def test_context_in_chinese_is_clipped_without_spaces(project: Project) -> None:
    li = project.source_by_name("李女士").id
    code = project.add_code("承诺")
    project.add_coding(li, code, *span(CHINESE, "我们不再相信了"))
    long_start = CHINESE.index("后来他们")
    project.add_coding(li, code, long_start, long_start + 4)
    short, long = (row.excerpt for row in project.excerpt_rows([code]))
    assert (short.before, short.after) == ("受访者：他们答应的事没有做到。", "。")
    # Past CONTEXT_CHARS a line is cut where it reaches, not at a space Chinese lacks.
    assert long.before == "…" + CHINESE[long_start - CONTEXT_CHARS:long_start]
    assert long.after == "不再来了。"


def test_sub_codes_aggregate_each_excerpt_once(project: Project) -> None:
    ana = project.source_by_name("Ana").id
    trust = project.add_code("Trust")
    broken = project.ensure_code_path("Trust/Broken promises")
    deep = project.ensure_code_path("Trust/Broken promises/Transport")
    other = project.add_code("Nurses")
    own = project.add_coding(ana, trust, *span(TEXT, "we trust the nurses"))
    project.add_coding(ana, other, *span(TEXT, "we trust the nurses"))
    promised = span(TEXT, "They promised a minibus and it never came.")
    first = project.add_coding(ana, broken, *promised)
    project.add_coding(ana, deep, *promised)  # the very same words: one excerpt
    believing = project.add_coding(ana, deep, *span(TEXT, "believing them"))

    assert [r.excerpt.coding_id for r in project.excerpt_rows([trust])] == [own]
    rows = project.excerpt_rows([trust], sub_codes=True)
    assert [r.excerpt.coding_id for r in rows] == [first, believing, own]
    assert rows[0].code_path == "Trust/Broken promises"
    assert rows[0].also_coded == ("Trust/Broken promises/Transport",)
    assert rows[1].code_path == "Trust/Broken promises/Transport"
    assert rows[2].code_path == "Trust" and rows[2].also_coded == ()  # Nurses is not listed
    assert [r.coder for r in rows] == ["Ana Lee"] * 3
    # A theme's rows and a table cell's stay one per coding.
    theme = project.add_theme("Broken trust")
    project.add_code_to_theme(theme, broken)
    project.add_code_to_theme(theme, deep)
    assert len(project.excerpt_rows(theme_id=theme)) == 3


def test_coder_filter_and_each_coders_own_row(project: Project) -> None:
    ana = project.source_by_name("Ana").id
    trust = project.add_code("Trust")
    words = span(TEXT, "we trust the nurses")
    mine = project.add_coding(ana, trust, *words)
    theirs = project.add_coding(ana, trust, *words, coder="Ben Wu")
    rows = project.excerpt_rows([trust], sub_codes=True)
    assert [(r.excerpt.coding_id, r.coder) for r in rows] == [(mine, "Ana Lee"),
                                                             (theirs, "Ben Wu")]
    assert [r.excerpt.coding_id for r in project.excerpt_rows([trust], coder="Ben Wu")] == [
        theirs]
    assert project.excerpt_rows([trust], coder="Nobody") == []
