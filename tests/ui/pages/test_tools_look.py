"""Search, the reflexive journal and the memos list in light and dark, in Chinese, and to a
screen reader: match highlights are tinted into a dark page, text stays readable, every
principal widget has an accessible name, and the texts are translated where they are shown.

Screenshots for a person to look at go to /tmp/shots/tools/.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton, QWidget

from annotator.platform.demo import build_demo
from annotator.project import Project
from annotator.ui.panes.journal import JournalPane
from annotator.ui.panes.memos import MemosPane
from annotator.ui.panes.search import SearchPanel
from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.shared.i18n import compile_ts
from annotator.ui.shared.theme import MARK, apply_theme, is_dark, mark_colour, tint

SHOTS = Path("/tmp/shots/tools")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "Demo.annotator"
    build_demo(path)
    return path


@pytest.fixture
def bridge(demo: Path) -> Iterator[ProjectBridge]:
    bridge = ProjectBridge(Project.open(demo))
    yield bridge
    bridge.close()


@pytest.fixture(params=["light", "dark"])
def theme(request: pytest.FixtureRequest, qapp: object) -> Iterator[str]:
    assert apply_theme(request.param) == request.param
    try:
        yield request.param
    finally:
        apply_theme("light")


def luminance(color: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) \
        + 0.0722 * channel(color.blue())


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def colours(image: QImage) -> dict[int, int]:
    """How many pixels of each colour (as 0xRRGGBB) the image has."""
    counts: dict[int, int] = {}
    for y in range(image.height()):
        for x in range(image.width()):
            rgb = image.pixel(x, y) & 0xFFFFFF
            counts[rgb] = counts.get(rgb, 0) + 1
    return counts


def show(qtbot: object, widget: QWidget, width: int = 900, height: int = 520) -> None:
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)  # type: ignore[attr-defined]


def save(widget: QWidget, name: str) -> QImage:
    SHOTS.mkdir(parents=True, exist_ok=True)
    pixmap = widget.grab()
    assert pixmap.save(str(SHOTS / f"{name}.png"))
    return pixmap.toImage()


def assert_page(widget: QWidget, theme: str) -> None:
    """The page is dark in dark and light in light, and has text readable on it."""
    image = widget.grab().toImage()
    counts = colours(image)
    page = QColor.fromRgb(max(counts, key=counts.get))
    assert (page.lightness() < 100) == (theme == "dark"), page.name()
    text = widget.palette().color(widget.foregroundRole())
    inked = [QColor.fromRgb(rgb) for rgb in counts if contrast(QColor.fromRgb(rgb), page) > 4]
    assert inked, f"no text readable on {page.name()}"
    assert contrast(text, page) > 7


# -- dark and light ---------------------------------------------------------------------
def test_search_hits_are_marked_readably(qtbot, bridge, theme) -> None:
    panel = SearchPanel(bridge)
    show(qtbot, panel)
    panel.set_query("trust")
    assert panel.results is not None and len(panel.results.hits) > 3
    qtbot.wait(20)
    save(panel, f"search_{theme}")
    palette = panel.tree.palette()
    assert is_dark(palette) == (theme == "dark")
    mark = mark_colour(palette)
    assert mark == tint(MARK, palette, strength=0.7)
    counts = colours(panel.tree.viewport().grab().toImage())
    assert counts.get(mark.rgb() & 0xFFFFFF, 0) > 50, "the matches are highlighted"
    if theme == "dark":
        assert counts.get(0xFFFF00, 0) == 0, "no glaring yellow on the dark page"
    else:
        assert mark == QColor(MARK)
    # The match's text (the view's text colour, bold) stays readable on its highlight.
    assert contrast(mark, palette.color(palette.ColorRole.Text)) > 4.5
    assert_page(panel.tree.viewport(), theme)


def test_journal_reads_in_both_themes(qtbot, bridge, theme) -> None:
    pane = JournalPane(bridge)
    show(qtbot, pane)
    assert pane.entries.count() == len(bridge.project.memos("journal")) > 0
    assert pane.editor.toPlainText().strip()
    save(pane, f"journal_{theme}")
    assert_page(pane.editor.viewport(), theme)
    assert_page(pane.entries.viewport(), theme)


def test_memos_read_in_both_themes(qtbot, bridge, theme) -> None:
    pane = MemosPane(bridge)
    show(qtbot, pane, 1000)
    assert len(pane.visible_rows()) > 3
    save(pane, f"memos_{theme}")
    assert_page(pane.tree.viewport(), theme)


# -- screen readers and status tips ---------------------------------------------------------
def test_principal_widgets_are_named_for_screen_readers(qtbot, bridge) -> None:
    search, journal, memos = SearchPanel(bridge), JournalPane(bridge), MemosPane(bridge)
    for widget in (search, journal, memos):
        qtbot.addWidget(widget)
    described = {
        search.query: "Search", search.tree: "Search results",
        journal.entries: "Journal entries", journal.editor: "Journal entry",
        memos.filter: "Filter memos", memos.tree: "Memos",
    }
    for widget, name in described.items():
        assert widget.accessibleName() == name
        assert widget.accessibleDescription().endswith(".")
    # Buttons that show a letter say what they do.
    assert (journal.bold.accessibleName(), journal.italic.accessibleName()) == ("Bold", "Italic")
    for widget in (search.query, search.memos, search.code, search.tree, search.code_all,
                   search.widen, journal.entries, journal.new_button, journal.delete_button,
                   memos.filter, memos.kind, memos.tree):
        assert widget.statusTip(), widget.objectName()
    for box in (search.attribute, search.value, search.speaker_mode, search.speaker,
                search.code, search.code_all_code, search.widen, journal.title, memos.kind):
        assert box.accessibleName(), box.objectName()


# -- Chinese ------------------------------------------------------------------------------------
TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context><name></name>
{messages}
</context>
</TS>
"""
CHINESE = {
    ("Where", None): "位置", ("Search results", None): "搜索结果",
    ("Only", "search only this speaker's turns"): "仅限",
    ("{hits} in {groups} transcripts, {memos} in memos", None):
        "{groups} 份转录稿中 {hits} 处，备忘录中 {memos} 处",
    ("New entry", None): "新建条目", ("Written {date}", None): "写于 {date}",
    ("Written {date}, edited {edited}", None): "写于 {date}，修改于 {edited}",
    ("Kind", None): "类型", ("Reflexive journal", None): "反思日志", ("Journal", None): "日志",
    ("{n} memos", None): "{n} 条备忘录",
}


@pytest.fixture
def chinese(qapp: object, tmp_path: Path) -> Iterator[None]:
    def message(source: str, comment: str | None, text: str) -> str:
        note = f"<comment>{comment}</comment>" if comment else ""
        return (f"<message><source>{source}</source>{note}"
                f"<translation>{text}</translation></message>")
    ts = tmp_path / "tools_zh_CN.ts"
    ts.write_text(TS.format(messages="\n".join(
        message(s, c, t) for (s, c), t in CHINESE.items())), encoding="utf-8")
    qm = tmp_path / "tools_zh_CN.qm"
    compile_ts(ts, qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_panels_speak_chinese(qtbot, bridge, chinese) -> None:
    search = SearchPanel(bridge)
    show(qtbot, search)
    search.set_query("trust")
    assert search.tree.headerItem().text(0) == "位置"
    assert search.tree.accessibleName() == "搜索结果"
    assert search.speaker_mode.itemText(1) == "仅限"
    assert "份转录稿中" in search.summary.text()
    save(search, "search_chinese")

    journal = JournalPane(bridge)
    show(qtbot, journal)
    assert journal.new_button.text() == "新建条目"
    assert journal.dates.text().startswith("写于 ")

    memos = MemosPane(bridge)
    show(qtbot, memos, 1000)
    assert memos.tree.headerItem().text(0) == "类型"
    assert memos.summary.text().endswith(" 条备忘录")
    items = [memos.tree.topLevelItem(i) for i in range(memos.tree.topLevelItemCount())]
    journal_rows = [item for item in items if item.text(0) == "日志"]
    assert journal_rows and all(row.text(1) == "反思日志" for row in journal_rows)


def test_check_boxes_stand_out_on_a_dark_window(qtbot: object, qapp: object) -> None:
    assert apply_theme("dark") == "dark"
    try:
        box = QCheckBox("Quote in the theme report (illustrative)")
        show(qtbot, box, 320, 40)
        option = QStyleOptionButton()
        option.initFrom(box)
        indicator = box.style().subElementRect(
            QStyle.SubElement.SE_CheckBoxIndicator, option, box)
        image = box.grab().toImage()
        window = box.palette().color(box.backgroundRole())
        edge = max(contrast(QColor(image.pixel(x, y)), window)
                   for x in range(indicator.left(), indicator.right() + 1)
                   for y in range(indicator.top(), indicator.bottom() + 1))
        SHOTS.mkdir(parents=True, exist_ok=True)
        image.save(str(SHOTS / "check_box_dark.png"))
        assert edge >= 3.0  # WCAG 1.4.11: a control's boundary against its surroundings
    finally:
        apply_theme("light")
