"""Excerpts table: one row per coding; CSV that Excel reads as UTF-8; XLSX keeping text as text."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from annotator.cli.main import main
from annotator.exports.word import excerpt_rows
from annotator.formats.tables.excerpts import ExcerptRow, write_table
from annotator.project import Project


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    from annotator.platform.demo import build_demo

    path = tmp_path / "demo.annotator"
    build_demo(path)
    return path


def tricky_row() -> ExcerptRow:
    return ExcerptRow("访谈五", "李女士", "受访者", "社区/信任", "Trust", "=HYPERLINK(\"x\")",
                      "- yes\nsecond line", "me", "2024-01-01T00:00:00+00:00", 3, 20,
                      {"Age": "42"})


def test_csv_has_a_bom_and_keeps_chinese(tmp_path: Path):
    path = tmp_path / "x.csv"
    write_table([tricky_row()], path, ["Age"])
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0][:3] == ["Transcript", "Participant", "Age"]
    assert rows[1][0] == "访谈五" and rows[1][2] == "42"
    assert rows[1][rows[0].index("Excerpt")] == "'=HYPERLINK(\"x\")"  # never a formula
    assert rows[1][rows[0].index("Memo")] == "'- yes\nsecond line"


def test_xlsx_keeps_text_as_text(tmp_path: Path):
    path = tmp_path / "x.xlsx"
    write_table([tricky_row()], path, ["Age"])
    sheet = load_workbook(path).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    excerpt = values[0].index("Excerpt")
    assert values[1][excerpt] == "=HYPERLINK(\"x\")"
    assert sheet.cell(2, excerpt + 1).data_type == "s"
    assert values[1][0] == "访谈五" and values[1][-2:] == [3, 20]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_demo_rows_match_the_codings(demo: Path, tmp_path: Path, suffix: str):
    out = tmp_path / f"excerpts{suffix}"
    assert main(["export", "excerpts", str(demo), "--out", str(out)]) == 0
    with Project.open(demo) as project:
        rows, attributes = excerpt_rows(project)
        codings = project.codings()
        texts = {s.id: project.source(s.id).text for s in project.sources()}
        assert len(rows) == len(codings)
        assert {r.excerpt for r in rows} == {texts[c.source_id][c.start:c.end] for c in codings}
        assert all(r.participant for r in rows) and any(r.themes for r in rows)
        assert any(r.speaker for r in rows)
    if suffix == ".xlsx":
        sheet = load_workbook(out).active
        assert sheet.max_row == len(rows) + 1
        assert [c.value for c in sheet[1]][2:2 + len(attributes)] == attributes
    else:
        with out.open(encoding="utf-8-sig", newline="") as stream:
            assert len(list(csv.reader(stream))) == len(rows) + 1


def test_other_suffix_is_refused(demo: Path, tmp_path: Path, capsys):
    assert main(["export", "excerpts", str(demo), "--out", str(tmp_path / "x.ods")]) == 1
    assert "should end in .csv or .xlsx" in capsys.readouterr().err
