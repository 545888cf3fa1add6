"""The exported board is a figure: whole theme names (wrapped), no interface hints.

The SVG is read back with lxml alone, its text elements joined.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from annotator.project import Project
from annotator.ui.board.export import export_board, render_board
from annotator.ui.board.scene import BoardScene
from annotator.ui.board.theme_card import ThemeCard, placeholder
from annotator.ui.shared.bridge import ProjectBridge

LONG = "Reciprocity in partnerships between universities and community organisations"


def svg_words(path: Path) -> list[str]:
    root = etree.parse(str(path)).getroot()
    texts = [" ".join(node.itertext()) for node in root.iter("{*}text")]
    return " ".join(texts).split()


def test_exported_board_has_whole_names_and_no_hints(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "p.annotator"
    with Project.create(path) as project:
        project.add_theme(LONG)
        project.add_theme("Trust", definition="Trust is earned by showing up.")
    svg = tmp_path / "board.svg"
    export_board(path, svg)
    words = svg_words(svg)
    # Every word of the long name, in order, none cut with an ellipsis.
    at = words.index("Reciprocity")
    assert words[at:at + len(LONG.split())] == LONG.split()
    assert not any("…" in word for word in words)
    hint = placeholder().split()[:3]  # the live card may show it elided
    assert not any(words[i:i + len(hint)] == hint for i in range(len(words)))
    assert "showing" in words


def test_the_live_board_gets_its_hints_and_sizes_back(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "p.annotator"
    with Project.create(path) as project:
        project.add_theme(LONG)
    bridge = ProjectBridge(Project.open(path))
    scene = BoardScene(bridge)
    try:
        card = next(i for i in scene.items() if isinstance(i, ThemeCard))
        size, name_lines = card.size(), list(card._name_lines)
        assert name_lines[0].endswith("…")  # the live card elides a long name
        render_board(scene, tmp_path / "board.png")
        assert card.size() == size and card._name_lines == name_lines and not card.figure
        assert card._definition_lines == [placeholder()] or card._definition_lines[0].endswith(
            "…")
    finally:
        scene.clear()
        bridge.close()
