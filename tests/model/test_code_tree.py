"""The one code-tree helper: paths, order, descendants and ancestors from one list."""

from __future__ import annotations

from annotator.model import code_tree
from annotator.model.entities import Code, Theme


def code(id: int, name: str, parent: int | None = None, sort: int = 0) -> Code:
    return Code(id, f"g{id}", parent, name, "#FFD54F", "", sort)


# Top: Feelings (sort 1), Community (sort 0). Community/Support/Neighbours, Community/Trust.
CODES = [
    code(1, "Feelings", sort=1),
    code(2, "Community", sort=0),
    code(3, "Support", 2, sort=1),
    code(4, "Trust", 2, sort=0),
    code(5, "Neighbours", 3),
    code(6, "Worry", 1),
]


def test_children_in_sibling_order_and_orphans_at_the_top() -> None:
    orphan = code(9, "Lost", parent=42)
    children = code_tree.children_of([*CODES, orphan])
    assert children[None] == [2, 9, 1]  # (sort, id): Community 0, Lost 0 (id 9), Feelings 1
    assert children[2] == [4, 3]
    assert children[3] == [5]


def test_preorder_puts_parents_before_children_in_sibling_order() -> None:
    children = code_tree.children_of(CODES)
    assert code_tree.preorder(children) == [2, 4, 3, 5, 1, 6]
    assert [c.id for c in code_tree.ordered(CODES)] == [2, 4, 3, 5, 1, 6]


def test_descendants_exclude_the_node_itself() -> None:
    children = code_tree.children_of(CODES)
    assert code_tree.descendants(children, 2) == [4, 3, 5]
    assert code_tree.descendants(children, 5) == []
    assert code_tree.descendants(children, 404) == []


def test_ancestors_and_lineage_walk_up_through_any_lookup() -> None:
    by_id = {c.id: c for c in CODES}
    assert code_tree.ancestors(5, by_id.get) == [3, 2]
    assert [c.name for c in code_tree.lineage(5, by_id.get)] == ["Neighbours", "Support",
                                                                 "Community"]
    assert code_tree.ancestors(2, by_id.get) == []
    assert code_tree.lineage(404, by_id.get) == []
    assert code_tree.lineage(None, by_id.get) == []


def test_paths_one_and_all() -> None:
    by_id = {c.id: c for c in CODES}
    assert code_tree.path(5, by_id.get) == "Community/Support/Neighbours"
    assert code_tree.path(404, by_id.get) == ""
    assert code_tree.paths(CODES) == {
        1: "Feelings", 2: "Community", 3: "Community/Support", 4: "Community/Trust",
        5: "Community/Support/Neighbours", 6: "Feelings/Worry"}
    assert code_tree.paths(CODES, " / ")[5] == "Community / Support / Neighbours"


def test_an_orphan_is_named_alone_and_a_loop_ends() -> None:
    orphan = code(9, "Lost", parent=42)
    assert code_tree.paths([orphan]) == {9: "Lost"}
    loop = [code(1, "A", 2), code(2, "B", 1)]
    by_id = {c.id: c for c in loop}
    assert code_tree.ancestors(1, by_id.get) == [2]
    assert code_tree.paths(loop) == {1: "B/A", 2: "B"}
    # Nodes only reachable through a loop are not in the tree's order.
    assert code_tree.preorder(code_tree.children_of(loop)) == []


def test_depths() -> None:
    assert code_tree.depths(CODES) == {1: 0, 2: 0, 3: 1, 4: 1, 5: 2, 6: 1}


def test_themes_nest_the_same_way() -> None:
    themes = [Theme(1, "t1", None, "Belonging"), Theme(2, "t2", 1, "Home"),
              Theme(3, "t3", 2, "Kitchen"), Theme(4, "t4", None, "Loss")]
    children = code_tree.children_of(themes)
    assert code_tree.descendants(children, 1) == [2, 3]
    assert code_tree.ancestors(3, {t.id: t for t in themes}.get) == [2, 1]
    assert code_tree.paths(themes)[3] == "Belonging/Home/Kitchen"
