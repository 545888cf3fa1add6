"""What the theme board shows: a plain snapshot, loaded from a handful of queries.

`BoardModel` holds themes, links, which codes each theme holds, the codes' names
and colours, and how often each code is used. The board scene and the code tray
each keep one and reload only the part a bridge signal says has changed (themes,
codes or codings), never row by row; `Project.board_model` and
`Project.reload_board` read what it is given.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from annotator.model import code_tree
from annotator.model.entities import Code, Theme, ThemeLink


@dataclass(frozen=True, slots=True)
class ChipData:
    """One code as a chip on a card: what the chip draws."""

    code_id: int
    name: str
    path: str
    color: str
    codings: int
    sources: int


class BoardModel:
    """A snapshot of the board's data; load again the parts that changed."""

    def __init__(self) -> None:
        self.themes: dict[int, Theme] = {}
        self.links: dict[int, ThemeLink] = {}
        self.memberships: list[tuple[int, int]] = []
        self.codes: dict[int, Code] = {}
        self.usage: dict[int, tuple[int, int]] = {}
        self._paths: dict[int, str] | None = None

    # -- loading ---------------------------------------------------------------
    def load_themes(self, themes: Iterable[Theme], links: Iterable[ThemeLink],
                    memberships: Iterable[tuple[int, int]]) -> None:
        """Themes, links and memberships: what `themes_changed` covers."""
        self.themes = {t.id: t for t in themes}
        self.links = {link.id: link for link in links}
        self.memberships = list(memberships)

    def load_codes(self, codes: Iterable[Code], memberships: Iterable[tuple[int, int]]) -> None:
        """Names, colours and the tree (a deleted code also leaves its themes)."""
        self.codes = {c.id: c for c in codes}
        self._paths = None
        self.memberships = list(memberships)

    def load_usage(self, usage: Mapping[int, tuple[int, int]]) -> None:
        self.usage = dict(usage)

    # -- questions ---------------------------------------------------------------
    def theme_name(self, theme_id: int) -> str:
        theme = self.themes.get(theme_id)
        return theme.name if theme else "?"

    def code_name(self, code_id: int) -> str:
        code = self.codes.get(code_id)
        return code.name if code else "?"

    def code_path(self, code_id: int) -> str:
        """"Parent/Child" as the code tree nests it (all paths computed at once, no query)."""
        if self._paths is None:
            self._paths = code_tree.paths(self.codes.values())
        return self._paths.get(code_id, "")

    def theme_codes(self) -> dict[int, list[int]]:
        """theme id -> its code ids, in the order they were added."""
        result: dict[int, list[int]] = {}
        for theme_id, code_id in self.memberships:
            if code_id in self.codes:
                result.setdefault(theme_id, []).append(code_id)
        return result

    def chips(self, code_ids: list[int]) -> list[ChipData]:
        """What the chips of these codes draw (a code looks the same on every card)."""
        chips = []
        for code_id in code_ids:
            code = self.codes[code_id]
            codings, sources = self.usage.get(code_id, (0, 0))
            chips.append(ChipData(code_id, code.name, self.code_path(code_id), code.color,
                                  codings, sources))
        return chips

    def children(self) -> dict[int, list[int]]:
        """theme id -> its sub-theme ids."""
        return {parent: kids for parent, kids in code_tree.children_of(self.themes.values()).items()
                if parent is not None}

    def ancestors(self, theme_id: int) -> list[int]:
        """The themes above this one, its parent first."""
        return code_tree.ancestors(theme_id, self.themes.get)

    def descendants(self, theme_id: int) -> list[int]:
        """Its sub-themes, theirs, and so on: what deleting the theme takes with it."""
        return code_tree.descendants(code_tree.children_of(self.themes.values()), theme_id)

    def family(self, theme_id: int) -> set[int]:
        """A theme, its ancestors and its descendants: the cards a link may cross."""
        return {theme_id, *self.ancestors(theme_id), *self.descendants(theme_id)}

    def depth_order(self) -> list[Theme]:
        """Themes with every parent before its sub-themes: by depth, then board order."""
        depth = code_tree.depths(self.themes.values())
        return sorted(self.themes.values(), key=lambda t: (depth.get(t.id, 0), t.sort, t.id))

    def code_tree_order(self) -> list[int]:
        """Every code id in the code tree's order (parents before their children)."""
        return code_tree.preorder(code_tree.children_of(self.codes.values()))

    def unthemed_codes(self) -> list[int]:
        """Codes in no theme at all, in the code tree's order."""
        themed = {code_id for _, code_id in self.memberships}
        return [code_id for code_id in self.code_tree_order() if code_id not in themed]
