"""The board, the analysis tables and the participants table in light and dark, in the
researcher's language, and to a screen reader.

Dark: the pixels of a grabbed board (canvas, card body, definition text, chip) and of
the heat-shaded tables are checked, not only the colours asked for; an export taken
while the interface is dark is still the light figure a paper needs. Language: a
pseudo-translator marks every string that went through `tr`, so a string that reaches
the screen without it shows up unmarked. Screenshots go to the `shots` folder.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QPointF, Qt, QTranslator
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget

from annotator.platform.demo import build_demo
from annotator.project import Project
from annotator.ui.board.export import render_board
from annotator.ui.board.panel import BoardPanel
from annotator.ui.board.style import HEADER_H, LIGHT, look_for
from annotator.ui.pages.analysis import AnalysisPanel
from annotator.ui.pages.participants import ParticipantsPanel
from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.shared.theme import apply_theme


@pytest.fixture
def bridge(tmp_path: Path) -> Iterator[ProjectBridge]:
    path = tmp_path / "demo.annotator"
    build_demo(path)
    bridge = ProjectBridge(Project.open(path))
    yield bridge
    bridge.close()


@pytest.fixture
def dark() -> Iterator[None]:
    apply_theme("dark")
    try:
        yield
    finally:
        apply_theme("light")


def _shown(qtbot, widget: QWidget, width: int = 1200, height: int = 760) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _board(qtbot, bridge: ProjectBridge) -> BoardPanel:
    panel = _shown(qtbot, BoardPanel(bridge))
    assert isinstance(panel, BoardPanel)
    panel.fit_all()
    return panel


def _lightness(image: QImage, x: float, y: float) -> int:
    return image.pixelColor(round(x), round(y)).lightness()


def _card_pixels(panel: BoardPanel, image: QImage, theme_id: int) -> dict[str, object]:
    """Pixels of one card in a grab of the view's viewport: its body's plain fill, the
    definition's lines and its first chip."""
    view, card = panel.view, panel.card(theme_id)
    assert card is not None

    def at(x: float, y: float) -> QPoint:
        return view.mapFromScene(card.mapToScene(QPointF(x, y)))

    fill = at(4, HEADER_H + 20)  # left of the text, which starts at PAD
    lines = [image.pixelColor(x, y).lightness()
             for x in range(at(10, 0).x(), at(card.rect().width() - 10, 0).x())
             for y in range(at(0, HEADER_H + 10).y(), at(0, HEADER_H + 24).y())]
    chip = card.chips()[0]
    top_left = view.mapFromScene(chip.mapToScene(QPointF(0, 0)))
    bottom_right = view.mapFromScene(chip.mapToScene(QPointF(chip.width(), 22)))
    chip_pixels = [image.pixelColor(x, y).lightness()
                   for x in range(top_left.x() + 20, bottom_right.x() - 4)
                   for y in range(top_left.y() + 4, bottom_right.y() - 4)]
    return {"fill": image.pixelColor(fill), "lines": lines, "chip": chip_pixels}


def test_board_is_readable_in_dark_and_light(qtbot, bridge: ProjectBridge, shots: Path) -> None:
    bridge.project.add_code("Not yet placed", color="#F48FB1")  # so that the tray shows
    panel = _board(qtbot, bridge)
    assert panel.tray.count() == 1
    theme = next(t for t in bridge.project.themes() if t.definition and
                 bridge.project.theme_codes(t.id))
    panel.grab().save(str(shots / "board_light.png"))
    light = panel.view.viewport().grab().toImage()
    light_card = _card_pixels(panel, light, theme.id)
    assert _lightness(light, 3, 3) > 200  # the pale canvas
    assert QColor(light_card["fill"]).lightness() > 220
    assert min(light_card["lines"]) < 120  # dark text on a pale card
    try:
        apply_theme("dark")
        qtbot.wait(20)
        assert panel.view.backgroundBrush().color() == look_for().page
        panel.grab().save(str(shots / "board_dark.png"))
        image = panel.view.viewport().grab().toImage()
        card = _card_pixels(panel, image, theme.id)
        assert _lightness(image, 3, 3) < 60  # the canvas turned dark
        fill = QColor(card["fill"])
        assert fill.lightness() < 90, fill.name()
        # The cached card pictures were redrawn: the body is the dark look's fill.
        expected = look_for().card_fill(QColor(theme.color))
        assert abs(fill.red() - expected.red()) + abs(fill.green() - expected.green()) \
            + abs(fill.blue() - expected.blue()) < 12, (fill.name(), expected.name())
        assert max(card["lines"]) > 150  # light text on it
        assert min(card["chip"]) < 80 and max(card["chip"]) > 170  # a dark chip, light name
        tray = panel.tray.viewport().grab().toImage()
        assert tray.pixelColor(tray.width() - 3, tray.height() - 3).lightness() < 60
        crop = panel.view.viewport().grab().toImage().copy(100, 140, 330, 240)
        crop.scaled(crop.width() * 2, crop.height() * 2).save(str(shots / "board_dark_card.png"))
    finally:
        apply_theme("light")
    qtbot.wait(20)
    assert panel.view.backgroundBrush().color() == LIGHT.page
    again = panel.view.viewport().grab().toImage()
    assert QColor(_card_pixels(panel, again, theme.id)["fill"]).lightness() > 220


def test_export_stays_light_while_the_interface_is_dark(
        qtbot, bridge: ProjectBridge, dark: None, tmp_path: Path, shots: Path) -> None:
    panel = _board(qtbot, bridge)
    out = tmp_path / "board.png"
    render_board(panel.scene, out)
    assert not panel.scene.printing
    image = QImage(str(out))
    image.save(str(shots / "board_export_while_dark.png"))
    assert image.pixelColor(2, 2) == QColor("#FFFFFF")
    # Every card's body is its light fill (the figure is the same as from a light UI).
    theme = bridge.project.themes()[0]
    scale = image.width() / (panel.scene.itemsBoundingRect().width() + 64)
    box = panel.scene.itemsBoundingRect().adjusted(-32, -32, 32, 32)
    inside = (QPointF(theme.x + 4, theme.y + HEADER_H + 20) - box.topLeft()) * scale
    assert image.pixelColor(round(inside.x()), round(inside.y())).lightness() > 220
    svg = tmp_path / "board.svg"
    render_board(panel.scene, svg)
    text = svg.read_text(encoding="utf-8")
    assert "#1e1f22" not in text.lower() and "#2b2d30" not in text.lower()


def _contrast(a: QColor, b: QColor) -> float:
    def luminance(color: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return (0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
                + 0.0722 * channel(color.blueF()))
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _heat_cells_readable(panel: AnalysisPanel) -> int:
    checked = 0
    for model in (panel.case_model, panel.cooc_model):
        for r in range(model.rowCount()):
            for c in range(model.columnCount()):
                index = model.index(r, c)
                background = model.data(index, Qt.ItemDataRole.BackgroundRole)
                if background is None:
                    continue
                text = model.data(index, Qt.ItemDataRole.ForegroundRole)
                assert isinstance(text, QColor)
                assert _contrast(text, background) >= 4.5, (background.name(), text.name())
                checked += 1
    return checked


def test_analysis_tables_in_dark_and_light(qtbot, bridge: ProjectBridge, shots: Path) -> None:
    panel = _shown(qtbot, AnalysisPanel(bridge), 1100, 760)
    assert isinstance(panel, AnalysisPanel)
    matrix = panel.case_model.matrix
    assert matrix is not None
    busiest = max(matrix.counts, key=lambda key: matrix.counts[key])
    panel.show_cell(panel.case_model, *busiest)
    assert _heat_cells_readable(panel) > 0
    panel.grab().save(str(shots / "analysis_light.png"))
    try:
        apply_theme("dark")
        qtbot.wait(20)
        assert _heat_cells_readable(panel) > 0
        # A faint cell starts from the dark page, not from white.
        model = panel.case_model
        faint = min(((r, c) for (r, c) in matrix.counts if matrix.counts[(r, c)]),
                    key=lambda key: matrix.counts[key])
        shade = model.data(model.index(*faint), Qt.ItemDataRole.BackgroundRole)
        assert shade.lightness() < 100, shade.name()
        view = panel.case_view
        image = view.viewport().grab().toImage()
        rect = view.visualRect(model.index(*busiest))
        hot = image.pixelColor(rect.left() + 3, rect.top() + 2)
        assert hot == model.data(model.index(*busiest), Qt.ItemDataRole.BackgroundRole)
        panel.grab().save(str(shots / "analysis_dark.png"))
        panel.tabs.setCurrentIndex(2)
        qtbot.wait(20)
        chart = panel.chart.grab().toImage()
        assert chart.pixelColor(2, 2).lightness() < 60
        panel.grab().save(str(shots / "analysis_chart_dark.png"))
    finally:
        apply_theme("light")


def test_participants_in_dark(qtbot, bridge: ProjectBridge, dark: None, shots: Path) -> None:
    panel = _shown(qtbot, ParticipantsPanel(bridge), 1000, 500)
    assert isinstance(panel, ParticipantsPanel)
    panel.grab().save(str(shots / "participants_dark.png"))
    image = panel.view.viewport().grab().toImage()
    assert image.pixelColor(image.width() - 3, image.height() - 3).lightness() < 60


# -- screen readers and status tips ---------------------------------------------------------
def test_accessible_names_and_status_tips(qtbot, bridge: ProjectBridge) -> None:
    board = _board(qtbot, bridge)
    assert board.view.accessibleName() == "Theme board"
    assert "Shift+drag" in board.view.accessibleDescription()
    assert board.tray.accessibleName() == "Codes not in a theme"
    assert board.tray.accessibleDescription()
    for action in (board.new_theme_action, board.fit_action, board.zoom_in_action,
                   board.zoom_out_action, board.export_action):
        assert action.statusTip() and action.statusTip() == action.toolTip()
    analysis = _shown(qtbot, AnalysisPanel(bridge), 900, 600)
    assert isinstance(analysis, AnalysisPanel)
    for widget in (analysis.case_view, analysis.cooc_view, analysis.excerpt_list,
                   analysis.chart):
        assert widget.accessibleName() and widget.accessibleDescription()
    assert analysis.export_button.statusTip()
    participants = _shown(qtbot, ParticipantsPanel(bridge), 900, 500)
    assert isinstance(participants, ParticipantsPanel)
    assert participants.view.accessibleName() == "Participants"
    assert participants.view.accessibleDescription()
    assert participants.transcripts.accessibleName()
    for name in ("addParticipant", "removeParticipant", "addAttribute", "importAttributes"):
        button = participants.findChild(QWidget, name)
        assert button is not None and button.statusTip()


# -- every string through tr -----------------------------------------------------------------
class Marker(QTranslator):
    """Translates every string to ⟦string⟧: what stays unmarked missed `tr`."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return f"⟦{source}⟧"

    def isEmpty(self) -> bool:  # noqa: N802
        return False


@pytest.fixture
def marked() -> Iterator[None]:
    marker = Marker()
    QCoreApplication.installTranslator(marker)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(marker)


def test_the_board_and_tables_speak_through_tr(qtbot, bridge: ProjectBridge,
                                               marked: None) -> None:
    board = _board(qtbot, bridge)
    assert [a.text() for a in board.toolbar.actions() if not a.isSeparator()] == [
        "⟦New theme⟧", "⟦Fit⟧", "⟦Zoom in⟧", "⟦Zoom out⟧", "⟦Export…⟧"]
    assert "⟦Codes not in a theme⟧" in board.tray_label.text()
    card = next(iter(board.scene.cards.values()))
    assert card._badge.startswith("⟦")
    menu = board.context_menu_for(card)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts and all(t.startswith("⟦") for t in texts), texts
    status = next(a for a in menu.actions() if a.menu() is not None).menu()
    assert all(a.text().startswith("⟦") for a in status.actions())
    analysis = _shown(qtbot, AnalysisPanel(bridge), 900, 600)
    assert isinstance(analysis, AnalysisPanel)
    assert all(analysis.tabs.tabText(i).startswith("⟦") for i in range(analysis.tabs.count()))
    assert all(analysis.mode_box.itemText(i).startswith("⟦")
               for i in range(analysis.mode_box.count()))
    model = analysis.case_model
    assert str(model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)).find("⟦") >= 0
    participants = _shown(qtbot, ParticipantsPanel(bridge), 900, 500)
    assert isinstance(participants, ParticipantsPanel)
    headers = [participants.model.headerData(i, Qt.Orientation.Horizontal) for i in (0, 1)]
    assert headers == ["⟦Participant⟧", "⟦Transcripts⟧"]
    QApplication.processEvents()
