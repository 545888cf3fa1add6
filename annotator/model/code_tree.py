"""The code tree's shape, computed once: paths "Parent/Child", order, descendants, ancestors.

Works on anything with an `id`, a `parent_id` and a `sort` (codes, and themes,
which nest the same way), from one list read in one query. Siblings come in
(sort, id) order, the order the store keeps; a node whose parent is not in the
list counts as top level, and a loop in bad data ends a walk instead of hanging it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Protocol, TypeVar

SEPARATOR = "/"
"""Between a code's name and its parent's in a code path."""

Children = Mapping[int | None, Sequence[int]]
"""parent id (None: top level) -> child ids in sibling order."""


class Node(Protocol):
    @property
    def id(self) -> int: ...

    @property
    def parent_id(self) -> int | None: ...

    @property
    def sort(self) -> int: ...


class NamedNode(Node, Protocol):
    @property
    def name(self) -> str: ...


N = TypeVar("N", bound=Node)
NN = TypeVar("NN", bound=NamedNode)


def children_of(nodes: Iterable[Node]) -> dict[int | None, list[int]]:
    """parent id -> child ids, siblings in (sort, id) order; orphans count as top level."""
    nodes = list(nodes)
    ids = {node.id for node in nodes}
    children: dict[int | None, list[int]] = {}
    for node in sorted(nodes, key=lambda n: (n.sort, n.id)):
        parent = node.parent_id if node.parent_id in ids else None
        children.setdefault(parent, []).append(node.id)
    return children


def preorder(children: Children, root: int | None = None) -> list[int]:
    """Every id below `root` (None: the whole tree), depth first, parents before children."""
    order: list[int] = []
    seen: set[int] = set()
    stack = list(reversed(children.get(root, ())))
    while stack:
        node = stack.pop()
        if node in seen or node == root:
            continue
        seen.add(node)
        order.append(node)
        stack.extend(reversed(children.get(node, ())))
    return order


def descendants(children: Children, node_id: int) -> list[int]:
    """The ids below `node_id` (not itself), in tree order."""
    return preorder(children, node_id)


def lineage(node_id: int | None, get: Callable[[int], N | None]) -> list[N]:
    """The node and its ancestors, nearest first; `get` looks a node up (a dict's get,
    or a store's). Empty when the node does not exist."""
    chain: list[N] = []
    seen: set[int] = set()
    current = get(node_id) if node_id is not None else None
    while current is not None and current.id not in seen:
        seen.add(current.id)
        chain.append(current)
        current = get(current.parent_id) if current.parent_id is not None else None
    return chain


def ancestors(node_id: int, get: Callable[[int], N | None]) -> list[int]:
    """The ids above `node_id`, its parent first."""
    return [node.id for node in lineage(node_id, get)[1:]]


def path(node_id: int, get: Callable[[int], NN | None]) -> str:
    """"Parent/Child" for one node ("" when it does not exist)."""
    return SEPARATOR.join(node.name for node in reversed(lineage(node_id, get)))


def paths(nodes: Iterable[NN], separator: str = SEPARATOR) -> dict[int, str]:
    """Every node's path "Parent/Child", each parent's path computed once (`separator`
    " / " makes the wider form the analysis tables show)."""
    by_id = {node.id: node for node in nodes}
    found: dict[int, str] = {}
    for node_id in by_id:
        if node_id in found:
            continue
        chain = lineage(node_id, by_id.get)
        # Fill from the top down, so that each ancestor's path is reused.
        prefix = ""
        for node in reversed(chain):
            if node.id in found:
                prefix = found[node.id]
            else:
                prefix = f"{prefix}{separator}{node.name}" if prefix else node.name
                found[node.id] = prefix
    return found


def ordered(nodes: Iterable[N]) -> list[N]:
    """The nodes in tree order: parents before children, siblings by (sort, id)."""
    nodes = list(nodes)
    by_id = {node.id: node for node in nodes}
    return [by_id[node_id] for node_id in preorder(children_of(nodes))]


def depths(nodes: Iterable[Node]) -> dict[int, int]:
    """How deep each node sits (0: top level)."""
    children = children_of(nodes)
    depth = dict.fromkeys(children.get(None, ()), 0)
    for node_id in preorder(children):
        for child in children.get(node_id, ()):
            depth[child] = depth[node_id] + 1
    return depth
