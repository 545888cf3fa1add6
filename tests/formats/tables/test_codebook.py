"""The codebook for people: Word with headings, CSV and Excel with every code."""

from __future__ import annotations

import csv
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook

from annotator.cli.main import main
from annotator.platform.demo import build_demo
from annotator.project import Project


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("codebook") / "Demo.annotator"
    build_demo(path)
    return path


def test_codebook_in_every_format(demo: Path, tmp_path: Path, capsys) -> None:
    with Project.open(demo) as project:
        codes = project.codes()
        usage = project.code_usage()
        trust = project.find_code("Trust and showing up")
    for suffix in ("docx", "csv", "xlsx", "qdc"):
        assert main(["export", "codebook", str(demo), "--out",
                     str(tmp_path / f"book.{suffix}")]) == 0
    with (tmp_path / "book.csv").open(encoding="utf-8-sig") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == len(codes)
    row = next(r for r in rows if r["Name"] == "Trust and showing up")
    assert row["Colour"] == trust.color and row["Description"] == trust.description
    assert int(row["Codings"]) == usage[trust.id][0]
    assert row["Example"] and row["Example from"]
    sheet = load_workbook(tmp_path / "book.xlsx").active
    assert sheet.max_row == len(codes) + 1
    document = docx.Document(str(tmp_path / "book.docx"))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "■ Trust and showing up" in headings
    assert main(["export", "codebook", str(demo), "--out", str(tmp_path / "book.pdf")]) == 1
    assert "not “.pdf”" in capsys.readouterr().err
