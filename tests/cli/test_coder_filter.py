"""`--coder NAME` on `export matrix` and `export excerpts`: only those coders' codings."""

from __future__ import annotations

import csv
from pathlib import Path

from annotator.cli.main import main
from tests.project.test_analysis_tables import two_coder_project


def _csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_matrix_and_excerpts_by_coder(tmp_path: Path, capsys) -> None:
    project = two_coder_project(tmp_path)
    out = tmp_path / "m.csv"

    def matrix(*extra: str) -> dict[str, list[str]]:
        assert main(["export", "matrix", str(project), "--out", str(out), *extra]) == 0
        return {row[0]: row[1:] for row in _csv(out)[1:]}

    assert matrix("--kind", "code-case") == {"Home": ["3"], "Work": ["2"]}
    assert matrix("--kind", "code-case", "--coder", "Bea") == {"Home": ["2"], "Work": ["1"]}
    assert matrix("--kind", "code-case", "--coder", "Ana", "--coder", "Bea") == \
        {"Home": ["3"], "Work": ["2"]}
    assert matrix("--kind", "cooccurrence")["Home"] == ["0", "2"]
    assert matrix("--kind", "cooccurrence", "--coder", "Ana")["Home"] == ["0", "1"]
    assert matrix("--kind", "cooccurrence", "--coder", "Bea")["Home"] == ["0", "0"]

    table = tmp_path / "e.csv"
    assert main(["export", "excerpts", str(project), "--out", str(table), "--coder", "Bea"]) == 0
    assert "(3 excerpts)" in capsys.readouterr().out
    titles, *rows = _csv(table)
    assert {row[titles.index("Coder")] for row in rows} == {"Bea"} and len(rows) == 3


def test_an_unknown_coder_fails_in_one_sentence(tmp_path: Path, capsys) -> None:
    project = two_coder_project(tmp_path)
    out = tmp_path / "m.csv"
    assert main(["export", "matrix", str(project), "--kind", "code-case", "--out", str(out),
                 "--coder", "Cy"]) != 0
    assert "No coding in this project is by “Cy”." in capsys.readouterr().err
    assert not out.exists()
