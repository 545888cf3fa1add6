"""File > Export excerpts asks whose excerpts once two coders have coded, and writes only theirs."""

from __future__ import annotations

import csv
from pathlib import Path

from annotator.ui.window import word_actions
from annotator.ui.window.main_window import MainWindow
from tests.project.test_analysis_tables import two_coder_project


def test_excerpts_of_the_chosen_coder(qtbot, tmp_path: Path, monkeypatch) -> None:
    project = two_coder_project(tmp_path)
    asked: list[list[str]] = []
    answers = iter([["Bea"], None])

    def ask(_parent, names: list[str]) -> list[str] | None:
        asked.append(names)
        return next(answers)

    monkeypatch.setattr(word_actions, "ask_coders", ask)
    out = tmp_path / "excerpts.csv"
    monkeypatch.setattr(word_actions, "ask_save", lambda *_args: out)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_project(project)
    window.actions_by_name["export_excerpts"].trigger()
    assert asked == [["Ana", "Bea"]]
    with out.open(encoding="utf-8-sig", newline="") as handle:
        titles, *rows = list(csv.reader(handle))
    assert len(rows) == 3 and {row[titles.index("Coder")] for row in rows} == {"Bea"}
    out.unlink()
    window.actions_by_name["export_excerpts"].trigger()  # cancelled: nothing written
    assert not out.exists()
    window.close()


def test_one_coder_is_not_asked(qtbot) -> None:
    assert word_actions.ask_coders(None, ["Researcher"]) == []  # type: ignore[arg-type]
