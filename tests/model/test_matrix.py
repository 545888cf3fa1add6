"""Analysis matrices: counts equal a brute-force count over the codings; export reads back."""

from __future__ import annotations

import csv
from itertools import combinations
from pathlib import Path

import openpyxl
import pytest

from annotator.cli.main import main
from annotator.model.entities import Code, Coding, Paragraph
from annotator.model.matrix import code_case_matrix, cooccurrence_matrix, turns
from annotator.platform.demo import build_demo
from annotator.project import Project


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.annotator"
    build_demo(path)
    return path


def _turn_index(paragraphs: list[Paragraph], start: int, end: int) -> set[int]:
    spans = turns(paragraphs)
    return {i for i, (s, e) in enumerate(spans) if start < e and s < end}


def test_code_case_counts_equal_brute_force(demo: Path) -> None:
    with Project.open(demo) as project:
        # a second participant for one transcript: its codings count for both
        source = project.sources()[0]
        extra = project.add_case("Group member")
        project.assign_source_to_case(source.id, extra)
        matrix = project.code_case_matrix()
        codings = project.codings()
        cases = project.cases()
        expected: dict[tuple[int, int | None], int] = {}
        for coding in codings:
            for case_id in project.cases_of_source(coding.source_id) or [None]:
                key = (coding.code_id, case_id)
                expected[key] = expected.get(key, 0) + 1
        got = {(code_id, case_id): matrix.count(r, c)
               for r, code_id in enumerate(matrix.row_ids)
               for c, case_id in enumerate(matrix.column_ids) if matrix.count(r, c)}
        assert got == expected
        assert set(matrix.row_ids) == {c.id for c in project.codes()}
        assert [c for c in matrix.column_ids if c is not None] == [c.id for c in cases]
        assert sum(got.values()) > len(codings)  # the shared transcript counts twice
        # every cell knows exactly the codings behind it
        for (r, c), ids in matrix.cells.items():
            assert len(ids) == matrix.count(r, c)
            assert {project.coding(i).code_id for i in ids} == {matrix.row_ids[r]}


@pytest.mark.parametrize("mode", ["overlap", "turn"])
def test_cooccurrence_counts_equal_brute_force(demo: Path, mode: str) -> None:
    with Project.open(demo) as project:
        matrix = project.cooccurrence_matrix(mode)
        codings = project.codings()
        paragraphs = {s.id: project.paragraphs(s.id) for s in project.sources()}
        expected: dict[tuple[int, int], int] = {}
        behind: dict[tuple[int, int], set[int]] = {}
        for a, b in combinations(codings, 2):
            if a.source_id != b.source_id or a.code_id == b.code_id:
                continue
            if mode == "overlap":
                hit = a.start < b.end and b.start < a.end
            else:
                ps = paragraphs[a.source_id]
                hit = bool(_turn_index(ps, a.start, a.end) & _turn_index(ps, b.start, b.end))
            if hit:
                for key in ((a.code_id, b.code_id), (b.code_id, a.code_id)):
                    expected[key] = expected.get(key, 0) + 1
                    behind.setdefault(key, set()).update((a.id, b.id))
        got = {(matrix.row_ids[r], matrix.column_ids[c]): n for (r, c), n in matrix.counts.items()}
        assert got == expected
        assert expected, "the demo should have some co-occurrence"
        cells = {(matrix.row_ids[r], matrix.column_ids[c]): set(ids)
                 for (r, c), ids in matrix.cells.items()}
        assert cells == behind
        assert all(matrix.count(i, i) == 0 for i in range(len(matrix.row_ids)))


def test_same_turn_counts_more_than_overlap(demo: Path) -> None:
    with Project.open(demo) as project:
        overlap = sum(project.cooccurrence_matrix("overlap").counts.values())
        turn = sum(project.cooccurrence_matrix("turn").counts.values())
    assert turn >= overlap


def test_turns_join_a_speaker_s_paragraphs_and_blank_lines() -> None:
    paragraphs = [Paragraph(0, 0, 10, speaker="A"), Paragraph(1, 11, 20, speaker="A"),
                  Paragraph(2, 21, 21, speaker=None), Paragraph(3, 22, 30, speaker="A"),
                  Paragraph(4, 31, 40, speaker="B"), Paragraph(5, 41, 50, speaker="A")]
    assert turns(paragraphs) == [(0, 30), (31, 40), (41, 50)]
    plain = [Paragraph(0, 0, 5), Paragraph(1, 6, 9)]
    assert turns(plain) == [(0, 5), (6, 9)]


def test_hand_made_matrix_with_nested_codes_and_no_participant() -> None:
    codes = [Code(1, "g1", None, "Parent", "#000000", sort=0),
             Code(2, "g2", 1, "Child", "#000000", sort=0),
             Code(3, "g3", None, "Other", "#000000", sort=1)]
    codings = [Coding(10, "c10", 100, 2, 0, 10), Coding(11, "c11", 100, 3, 5, 15),
               Coding(12, "c12", 101, 3, 0, 3), Coding(13, "c13", 100, 1, 10, 12)]
    matrix = code_case_matrix(codes, codings, [], [])
    assert matrix.row_labels == ("Parent", "Parent / Child", "Other")
    assert matrix.column_labels == ("No participant",)
    assert matrix.grid() == [[1], [1], [2]]
    co = cooccurrence_matrix(codes, codings)
    assert co.grid() == [[0, 0, 1], [0, 0, 1], [1, 1, 0]]  # 10-12 touches 5-15 only
    assert co.coding_ids(1, 2) == (10, 11)
    with pytest.raises(ValueError):
        cooccurrence_matrix(codes, codings, "sentence")


@pytest.mark.parametrize("kind", ["code-case", "cooccurrence"])
def test_export_matrix_csv_and_xlsx_read_back(demo: Path, tmp_path: Path, kind: str,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    with Project.open(demo) as project:
        matrix = (project.code_case_matrix() if kind == "code-case"
                  else project.cooccurrence_matrix())
    csv_path, xlsx_path = tmp_path / "m.csv", tmp_path / "m.xlsx"
    assert main(["export", "matrix", str(demo), "--kind", kind, "--out", str(csv_path)]) == 0
    assert main(["export", "matrix", str(demo), "--kind", kind, "--out", str(xlsx_path)]) == 0
    assert "Saved" in capsys.readouterr().out
    with csv_path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0][1:] == list(matrix.column_labels)
    assert [r[0] for r in rows[1:]] == list(matrix.row_labels)
    assert [[int(v) for v in r[1:]] for r in rows[1:]] == matrix.grid()
    sheet = openpyxl.load_workbook(xlsx_path, read_only=True).worksheets[0]
    cells = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert cells[0][1:] == list(matrix.column_labels)
    assert [r[0] for r in cells[1:]] == list(matrix.row_labels)
    assert [[int(v) for v in r[1:]] for r in cells[1:]] == matrix.grid()


def test_export_matrix_refuses_other_suffixes(demo: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "matrix", str(demo), "--kind", "code-case",
                 "--out", str(tmp_path / "m.pdf")]) == 1
    assert ".csv or .xlsx" in capsys.readouterr().err
