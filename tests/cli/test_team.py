"""`annotator merge` and `annotator agreement` from the command line."""

from __future__ import annotations

import json
import shutil

import pytest

from annotator.cli.main import main
from annotator.project import Project
from tests.helpers import write_txt


@pytest.fixture
def merged(tmp_path):
    base = tmp_path / "ana.annotator"
    with Project.create(base) as project:
        project.import_file(write_txt(tmp_path, "one.txt", "a" * 100))
        project.add_code("Home")
        project.add_code("Work")
    other = tmp_path / "bea.annotator"
    shutil.copy(base, other)
    for path, coder, spans in ((base, "Ana", [(0, 50, "Home"), (60, 80, "Work")]),
                               (other, "Bea", [(0, 40, "Home"), (60, 80, "Work")])):
        with Project.open(path) as project:
            project.set_coder(coder)
            for start, end, code in spans:
                project.add_coding(project.source_by_name("one").id,
                                   project.find_code(code).id, start, end)
    return base, other


def test_merge_then_agreement(merged, capsys):
    base, other = merged
    assert main(["merge", str(base), str(other)]) == 0
    assert "Merged from “bea.annotator”: 2 codings" in capsys.readouterr().out
    assert main(["merge", str(base), str(other), "--json"]) == 0
    (report,) = json.loads(capsys.readouterr().out)
    assert report["added"].get("codings", 0) == 0 and report["already_here"] == 2
    assert main(["agreement", str(base), "--coders", "Ana", "Bea", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    home, work = data["codes"]
    assert home["code"] == "Home" and home["characters"]["percent"] == pytest.approx(90.0)
    assert work["characters"]["kappa"] == pytest.approx(1.0)
    assert home["segments"]["only_a"] == 1 and work["segments"]["agree"] == 2
    assert data["overall"]["segments"]["kappa_brennan_prediger"] == pytest.approx(
        (2 / 4 - 0.5) / 0.5)
    assert main(["agreement", str(base), "--coders", "Ana", "Bea", "--codes", "Work"]) == 0
    text = capsys.readouterr().out
    assert "Work\t100.0%" in text and "Home" not in text


def test_agreement_refusals(merged, capsys):
    base, _ = merged
    assert main(["agreement", str(base), "--coders", "Ana", "Zoe"]) == 1
    assert "“Zoe”" in capsys.readouterr().err
    assert main(["agreement", str(base), "--coders", "Ana", "Ana"]) == 1
    assert main(["agreement", str(base), "--coders", "Ana", "Ana", "--codes", "Nope"]) == 1
    assert main(["merge", str(base), str(base)]) == 1
    assert "itself" in capsys.readouterr().err
