"""Edit > Pseudonymise in the window: one undoable step, codings on the same words."""

from __future__ import annotations

from pathlib import Path

from annotator.platform.demo import build_demo
from annotator.ui.dialogs.pseudonym import PseudonymDialog
from annotator.ui.window.main_window import MainWindow


def test_pseudonymise_from_the_menu_and_undo(qtbot, tmp_path: Path, monkeypatch,
                                             shots: Path) -> None:
    demo = tmp_path / "Demo.annotator"
    build_demo(demo)

    def answer(dialog: PseudonymDialog) -> bool:
        dialog.pairs.setPlainText("Marcia = P1\n李女士 = 受访者五\nnot a pair")
        dialog.grab().save(str(shots / "pseudonym_dialog.png"))
        return True

    monkeypatch.setattr("annotator.ui.dialogs.pseudonym.run_dialog", answer)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_project(demo)
    project = window.project
    texts_before = {s.id: project.source(s.id).text for s in project.sources()}
    window.actions_by_name["pseudonymise"].trigger()
    texts = {s.id: project.source(s.id).text for s in project.sources()}
    assert not any("Marcia" in t or "李女士" in t for t in texts.values())
    assert "Replaced" in window.statusBar().currentMessage()
    panel = window.current_panel()
    assert panel is not None and "Marcia" not in panel.view.toPlainText()
    window.undo()
    assert {s.id: project.source(s.id).text for s in project.sources()} == texts_before
    window.close()
