"""The board's snapshot: plain data in, what the cards, chips and tray draw out."""

from __future__ import annotations

from annotator.model.board import BoardModel, ChipData
from annotator.model.entities import Code, Theme, ThemeLink

CODES = [Code(1, "g1", None, "Community", "#111111", "", 0),
         Code(2, "g2", 1, "Support", "#222222", "", 0),
         Code(3, "g3", None, "Feelings", "#333333", "", 1),
         Code(4, "g4", 3, "Worry", "#444444", "", 0)]
THEMES = [Theme(10, "t10", None, "Belonging"), Theme(11, "t11", 10, "Home"),
          Theme(12, "t12", 11, "Kitchen"), Theme(13, "t13", None, "Loss")]
LINKS = [ThemeLink(20, 10, 13, "against")]
MEMBERS = [(10, 2), (13, 4), (10, 404)]


def board() -> BoardModel:
    model = BoardModel()
    model.load_themes(THEMES, LINKS, MEMBERS)
    model.load_codes(CODES, MEMBERS)
    model.load_usage({2: (5, 2)})
    return model


def test_an_empty_snapshot_answers_without_data() -> None:
    model = BoardModel()
    assert model.theme_name(1) == "?" and model.code_name(1) == "?"
    assert model.unthemed_codes() == [] and model.theme_codes() == {}


def test_names_paths_and_chips() -> None:
    model = board()
    assert model.theme_name(11) == "Home" and model.code_name(4) == "Worry"
    assert model.code_path(2) == "Community/Support"
    assert model.theme_codes() == {10: [2], 13: [4]}  # a code no longer there is left out
    assert model.chips([2, 4]) == [ChipData(2, "Support", "Community/Support", "#222222", 5, 2),
                                   ChipData(4, "Worry", "Feelings/Worry", "#444444", 0, 0)]


def test_new_codes_give_new_paths() -> None:
    model = board()
    assert model.code_path(2) == "Community/Support"
    model.load_codes([*CODES[:1], Code(2, "g2", 1, "Help", "#222222")], MEMBERS)
    assert model.code_path(2) == "Community/Help"


def test_theme_family_ancestors_and_descendants() -> None:
    model = board()
    assert model.children() == {10: [11], 11: [12]}
    assert model.ancestors(12) == [11, 10]
    assert model.descendants(10) == [11, 12]
    assert model.family(11) == {10, 11, 12}
    assert model.family(13) == {13}


def test_parents_come_before_their_sub_themes() -> None:
    model = BoardModel()
    model.load_themes([Theme(3, "t3", 2, "Kitchen"), Theme(2, "t2", 1, "Home", sort=5),
                       Theme(1, "t1", None, "Belonging", sort=9), Theme(4, "t4", 99, "Orphan")],
                      [], [])
    assert [t.id for t in model.depth_order()] == [4, 1, 2, 3]


def test_unthemed_codes_in_code_tree_order() -> None:
    model = board()
    assert model.code_tree_order() == [1, 2, 3, 4]
    assert model.unthemed_codes() == [1, 3]
