"""New theme cards each take a free place in view: five themes made one after another
stand side by side, none over another card, each visible where the researcher looks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF, QSizeF, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from annotator.project import Project
from annotator.ui.board.placement import GAP, NEW_CARD, free_slot
from annotator.ui.shared.i18n import install_language
from annotator.ui.window.main_window import MainWindow
from tests.helpers import write_txt


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "study.annotator"
    with Project.create(path) as project:
        project.import_file(write_txt(tmp_path, "Ana.txt", "Ana: We said yes.\n"))
        project.add_theme("Already here", x=60, y=60)
        project.history.clear()
    return path


def name_the_theme(name: str) -> None:
    """Type the name into the dialog once it is up and press Enter."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(10, answer)
            return
        dialog.setTextValue(name)
        dialog.accept()

    QTimer.singleShot(0, answer)


@pytest.fixture(params=["en", "zh_CN"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    install_language(request.param)
    yield request.param
    install_language("en")


def test_five_new_themes_stand_side_by_side_in_view(qtbot, project_path: Path,
                                                    shots: Path, language: str) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_project(project_path)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_board()
    board = window.board
    assert board is not None and window.tabs.currentWidget() is board
    names = [f"Theme {n}" for n in range(1, 6)]
    for name in names:
        name_the_theme(name)
        board.new_theme_action.trigger()
        new = next(c for c in board.scene.cards.values() if c.theme.name == name)
        shown = board.view.mapToScene(board.view.viewport().rect()).boundingRect()
        assert shown.contains(new.scene_rect()), name  # where the researcher looks
    cards = {card.theme.name: card.scene_rect() for card in board.scene.cards.values()}
    assert set(names) <= set(cards)
    for name, rect in cards.items():
        others = [r for other, r in cards.items() if other != name]
        assert not any(rect.intersects(r) for r in others), name
    board.fit_all()
    board.grab().save(str(shots / f"board_five_new_themes_{language}.png"))
    xs = {round(cards[name].x()) for name in names}
    assert len(xs) <= 3, "the cards line up in columns"
    window.close()
    with Project.open(project_path) as project:
        stored = {t.name: QRectF(t.x, t.y, t.width, t.height) for t in project.themes()}
    for name in names:
        assert not any(stored[name].intersects(r) for other, r in stored.items()
                       if other != name), name


def test_a_full_view_places_the_card_below_it() -> None:
    shown = QRectF(0, 0, 600, 450)
    full = [QRectF(x, y, 330, 230) for x in (0, 340) for y in (0, 240)]
    at = free_slot(shown, full)
    slot = QRectF(at, NEW_CARD)
    assert not any(slot.intersects(card) for card in full)
    assert at.y() >= 450 and at.x() == GAP


def test_the_first_slot_is_the_view_top_left_and_a_narrow_view_gets_one_column() -> None:
    assert free_slot(QRectF(0, 0, 1000, 800), []) == QPointF(GAP, GAP)
    # The grid is the board's: a view scrolled a little starts at the next slot.
    assert free_slot(QRectF(-100, -50, 1000, 800), []) == QPointF(GAP, GAP)
    assert free_slot(QRectF(40, 40, 1000, 800), []) == QPointF(GAP + 165, GAP + 115)
    # Half-card steps: beside a card is the next slot that does not overlap it.
    beside = free_slot(QRectF(0, 0, 1000, 800), [QRectF(GAP, GAP, 300, 200)])
    assert beside == QPointF(GAP + 330, GAP)
    narrow = free_slot(QRectF(0, 0, 100, 100), [QRectF(GAP, GAP, 300, 200)],
                       QSizeF(300, 200))
    assert narrow.x() == GAP and narrow.y() > 200
