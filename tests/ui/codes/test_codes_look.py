"""The coding screen in a light and a dark theme: transcript, margin, code tree, inspector,
retrieval and transcripts list on the demo project, checked by their painted pixels.

Screenshots (English light and dark, and the Chinese transcript P5 in dark) are left in
/tmp/shots/codes for a person to look at.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette, QResizeEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QSplitter, QWidget

from annotator.model.entities import Coding
from annotator.platform.demo import build_demo
from annotator.project import Project
from annotator.ui.codes.tree_model import CODINGS
from annotator.ui.codes.tree_panel import CodeTreePanel
from annotator.ui.panes.documents import DocumentsPanel
from annotator.ui.panes.inspector import Inspector
from annotator.ui.panes.retrieval import RetrievalPanel
from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.shared.theme import apply_theme, tint
from annotator.ui.transcript.margin import margin_background
from annotator.ui.transcript.paint import contrast, label_colors, readable_on
from annotator.ui.transcript.panel import TranscriptPanel
from annotator.ui.transcript.view import TranscriptView

SHOTS = Path("/tmp/shots/codes")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.annotator"
    build_demo(path)
    return path


@pytest.fixture
def bridge(demo_file: Path, tmp_path: Path) -> Iterator[ProjectBridge]:
    copy = tmp_path / "demo.annotator"
    copy.write_bytes(demo_file.read_bytes())
    bridge = ProjectBridge(Project.open(copy))
    yield bridge
    if not bridge.project.closed:
        bridge.close()


@pytest.fixture
def theme(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Switch the application's theme with theme(name); restored afterwards."""
    style, palette = qapp.style().name(), QPalette(qapp.palette())

    def switch(name: str) -> None:
        apply_theme(name)
        QApplication.processEvents()

    try:
        yield switch
    finally:
        apply_theme("light")
        qapp.setStyle(style)
        qapp.setPalette(palette)
        QApplication.processEvents()


class Workspace(QWidget):
    """The coding screen's panels side by side, as the main window lays them out."""

    def __init__(self, bridge: ProjectBridge) -> None:
        super().__init__()
        self.documents = DocumentsPanel(bridge)
        self.tree = CodeTreePanel(bridge)
        self.panel = TranscriptPanel(bridge)
        self.inspector = Inspector(bridge)
        self.retrieval = RetrievalPanel(bridge)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.documents)
        left.addWidget(self.tree)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.inspector)
        right.addWidget(self.retrieval)
        root = QSplitter(self)
        for widget in (left, self.panel, right):
            root.addWidget(widget)
        root.setSizes([330, 760, 420])
        self._root = root
        self.panel.coding_selected.connect(self.inspector.show_coding)
        self.tree.codes_selected.connect(self.retrieval.show_codes)
        self.resize(1510, 820)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        self._root.setGeometry(self.rect())
        super().resizeEvent(event)


def open_workspace(qtbot, bridge: ProjectBridge, source: str) -> Workspace:
    space = Workspace(bridge)
    qtbot.addWidget(space)
    space.show()
    qtbot.waitExposed(space)
    space.panel.show_source(bridge.project.source_by_name(source).id)
    QApplication.processEvents()
    return space


def lone_coding(view: TranscriptView) -> tuple[Coding, int]:
    """A coding on screen and a code point it alone covers, for pixel checks."""
    layer, text = view.layer, view.toPlainText()
    limit = view.cursorForPosition(QPoint(10, view.viewport().height() - 30)).position()
    for coding in sorted(layer.codings.values(), key=lambda c: c.start):
        for position in range(coding.start + 1, coding.end - 1):
            u16 = layer.offsets.to_utf16(position)
            if u16 > limit:
                break
            if (len(layer.codings_at(position)) == 1 and text[u16].isalpha()
                    and text[u16 + 1].isalpha()):
                return coding, position
    raise AssertionError("no coding alone on screen")


def background(view: TranscriptView, codepoint: int) -> QColor:
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.offsets.to_utf16(codepoint) + 1)
    return cursor.charFormat().background().color()


def foreground(view: TranscriptView, codepoint: int) -> QColor | None:
    """The text colour a run sets, or None where it keeps the palette's."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.offsets.to_utf16(codepoint) + 1)
    brush = cursor.charFormat().foreground()
    return brush.color() if brush.style() != Qt.BrushStyle.NoBrush else None


def pixels(image: QImage, rect: QRect) -> list[QColor]:
    return [image.pixelColor(x, y) for x in range(rect.left(), rect.right() + 1)
            for y in range(rect.top(), rect.bottom() + 1)
            if 0 <= x < image.width() and 0 <= y < image.height()]


def glyph_rect(view: TranscriptView, codepoint: int) -> QRect:
    """The viewport rectangle of one character (for sampling its pixels)."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.offsets.to_utf16(codepoint))
    left = view.cursorRect(cursor)
    cursor.setPosition(view.offsets.to_utf16(codepoint + 2))
    right = view.cursorRect(cursor)
    return QRect(left.left() + 1, left.top() + 2, max(right.left() - left.left() - 2, 3),
                 left.height() - 4)


def save(widget: QWidget, name: str) -> QImage:
    SHOTS.mkdir(parents=True, exist_ok=True)
    image = widget.grab().toImage()
    image.save(str(SHOTS / name))
    return image


def show_a_coding(space: Workspace, bridge: ProjectBridge) -> Coding:
    """Select a memo'd coding as a click on its stripe does, and its code in the tree."""
    view = space.panel.view
    coding, _ = lone_coding(view)
    memoed = [c for c in view.layer.codings.values() if c.memo]
    chosen = memoed[0] if memoed else coding
    space.panel._stripe_clicked(chosen.id)
    space.tree.select_code(chosen.code_id)
    if space.retrieval.list.topLevelItemCount():
        space.retrieval.list.setCurrentItem(space.retrieval.list.topLevelItem(0))
    QApplication.processEvents()
    return chosen


# -- the tests ------------------------------------------------------------------


def test_dark_transcript_reads_light_on_dark(qtbot, bridge: ProjectBridge, theme) -> None:
    theme("dark")
    space = open_workspace(qtbot, bridge, "P1_food_bank")
    view, margin = space.panel.view, space.panel.margin
    palette = view.palette()
    assert palette.color(QPalette.ColorRole.Base).lightness() < 60

    coding, position = lone_coding(view)
    color = QColor(bridge.project.code(coding.code_id).color)
    shade = background(view, position)
    assert shade == tint(color, palette) != color
    assert shade.lightness() < 128
    ink = foreground(view, position) or palette.color(QPalette.ColorRole.Text)
    assert contrast(ink, shade) >= 4.5, "the text on it reads well (WCAG AA)"

    image = view.viewport().grab().toImage()
    painted = pixels(image, glyph_rect(view, position))
    assert sum(p == shade for p in painted) > len(painted) // 3  # the tinted background
    assert max(p.lightness() for p in painted) > 170  # light letters on it
    blank = image.pixelColor(image.width() - 4, image.height() - 4)
    assert blank.lightness() < 60, "the page itself is dark"

    # Speaker labels use the dark theme's lighter shade.
    label = view.document().begin().begin().fragment().charFormat()
    assert label.foreground().color() in label_colors(palette)

    # The margin: a dark background, chips in the tinted colour with light text.
    image = margin.grab().toImage()
    assert image.pixelColor(2, image.height() - 3) == margin_background(palette)
    assert margin_background(palette).lightness() < 60
    rect = margin.stripe_rect(coding.id)
    assert rect is not None
    chip_line = QRect(rect.left(), max(rect.top(), 0) + 1, rect.width() - 6,
                      margin.fontMetrics().height() - 2)
    painted = pixels(image, chip_line)
    chip = tint(color, palette)
    assert any(p == chip for p in painted), "the chip has the excerpt's tinted colour"
    assert max(p.lightness() for p in painted) > 160, "and light text on it"
    save(space, "workspace_dark_en.png")


def test_light_transcript_keeps_the_code_colours(qtbot, bridge: ProjectBridge, theme) -> None:
    theme("light")
    space = open_workspace(qtbot, bridge, "P1_food_bank")
    view = space.panel.view
    coding, position = lone_coding(view)
    color = QColor(bridge.project.code(coding.code_id).color)
    assert background(view, position) == color
    painted = pixels(view.viewport().grab().toImage(), glyph_rect(view, position))
    assert min(p.lightness() for p in painted) < 80, "dark letters on the code's colour"
    show_a_coding(space, bridge)
    save(space, "workspace_light_en.png")


def test_switching_theme_repaints_what_is_shown(qtbot, bridge: ProjectBridge, theme) -> None:
    theme("light")
    space = open_workspace(qtbot, bridge, "P1_food_bank")
    view = space.panel.view
    coding, position = lone_coding(view)
    color = QColor(bridge.project.code(coding.code_id).color)
    assert background(view, position) == color
    theme("dark")
    assert background(view, position) == tint(color, view.palette()) != color
    theme("light")
    assert background(view, position) == color


def test_side_panels_follow_the_dark_palette(qtbot, bridge: ProjectBridge, theme) -> None:
    theme("dark")
    space = open_workspace(qtbot, bridge, "P1_food_bank")
    chosen = show_a_coding(space, bridge)
    palette = space.palette()
    text = palette.color(QPalette.ColorRole.Text)
    # Inspector: the codes here are listed in the palette's text colour, with swatches.
    codes = space.inspector.codes
    assert codes.count() >= 1
    item = codes.item(0)
    assert item.foreground().style() == Qt.BrushStyle.NoBrush
    assert not item.icon().isNull()
    assert space.inspector.coding_id == chosen.id
    # Retrieval: the words around an excerpt are in the placeholder colour, not grey-blue.
    context = space.retrieval.context.text()
    assert palette.color(QPalette.ColorRole.PlaceholderText).name() in context
    assert "#607D8B" not in context.upper()
    # Code tree: the page is dark; unused codes' zeros are quiet, used counts readable.
    tree = space.tree
    shot = tree.tree.viewport().grab().toImage()
    assert shot.pixelColor(shot.width() - 3, shot.height() - 3).lightness() < 60
    model = tree.model
    used = next(cid for cid in model.tree_ids() if model.usage(cid)[0])
    assert model.index_of(used, CODINGS).data(Qt.ItemDataRole.ForegroundRole) is None
    swatch = model.swatch("#1A237E").pixmap(14, 14).toImage()
    assert swatch.pixelColor(1, 7).lightness() > swatch.pixelColor(7, 7).lightness(), (
        "a dark code's swatch has a light outline on a dark page")
    assert contrast(text, palette.color(QPalette.ColorRole.Base)) > 7
    save(space, "workspace_dark_en_selected.png")


def test_chinese_transcript_in_dark(qtbot, bridge: ProjectBridge, theme) -> None:
    theme("dark")
    space = open_workspace(qtbot, bridge, "P5_chinese_community_centre")
    view = space.panel.view
    assert "访谈者" in view.toPlainText()
    coding, position = lone_coding(view)
    color = QColor(bridge.project.code(coding.code_id).color)
    assert background(view, position) == tint(color, view.palette())
    show_a_coding(space, bridge)
    painted = pixels(view.viewport().grab().toImage(), glyph_rect(view, position))
    assert max(p.lightness() for p in painted) > 170
    save(space, "workspace_dark_p5.png")


def test_chip_text_is_readable_on_any_code_colour() -> None:
    black_text = QColor("#000000")
    for colour in ("#FFD54F", "#81D4FA", "#1A237E", "#B71C1C", "#FFFFFF", "#000000"):
        background_ = QColor(colour)
        assert contrast(readable_on(background_, black_text), background_) >= 4.5
    assert readable_on(QColor("#FFD54F"), black_text) == black_text  # pastel: as it was


def test_accessible_names_and_status_tips(qtbot, bridge: ProjectBridge) -> None:
    space = open_workspace(qtbot, bridge, "P1_food_bank")
    panel, tree = space.panel, space.tree
    named = {
        panel.view: "Transcript", panel.margin: "Coding margin", tree.tree: "Code tree",
        tree.filter_edit: "Filter codes", panel.quick_code.line_edit: "Code with",
        space.inspector.memo: "Excerpt memo", space.inspector.codes: "Codes here",
        space.retrieval.list: "Coded excerpts", space.documents.view: "Transcripts",
    }
    for widget, name in named.items():
        assert widget.accessibleName() == name
        assert widget is tree.filter_edit or widget.accessibleDescription().endswith(".")
    for action in (tree.new_code_action, tree.rename_action, tree.delete_action,
                   panel.quick_code_action):
        assert action.statusTip()
    menu = panel.context_menu_at(QPoint(5, 5))
    tips = {a.objectName(): a.statusTip() for a in menu.actions()}
    assert tips["newCode"] and tips["inVivoCode"]
    menu.deleteLater()
