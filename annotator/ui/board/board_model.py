"""What the theme board shows, read from the Project in a handful of queries.

`BoardModel` is a plain snapshot (no Qt): themes, links, which codes each theme
holds, the codes' names and colours, and how often each code is used. The board
scene and the code tray each keep one and reload only the part a bridge signal
says has changed (themes, codes or codings), never row by row.
"""

from __future__ import annotations

from dataclasses import dataclass

from annotator.model.entities import Code, Theme, ThemeLink
from annotator.project import Project


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
    """A snapshot of the board's data; reload the parts that changed."""

    def __init__(self, project: Project) -> None:
        self._project = project
        self.themes: dict[int, Theme] = {}
        self.links: dict[int, ThemeLink] = {}
        self.memberships: list[tuple[int, int]] = []
        self.codes: dict[int, Code] = {}
        self.usage: dict[int, tuple[int, int]] = {}
        self._paths: dict[int, str] = {}
        self.reload_themes()
        self.reload_codes()
        self.reload_usage()

    # -- loading ---------------------------------------------------------------
    def reload_themes(self) -> None:
        """Themes, links and memberships: what `themes_changed` covers."""
        self.themes = {t.id: t for t in self._project.themes()}
        self.links = {link.id: link for link in self._project.theme_links()}
        self.memberships = self._project.theme_memberships()

    def reload_codes(self) -> None:
        """Names, colours and the tree (a deleted code also leaves its themes)."""
        self.codes = {c.id: c for c in self._project.codes()}
        self._paths = {}
        self.memberships = self._project.theme_memberships()

    def reload_usage(self) -> None:
        self.usage = self._project.code_usage()

    # -- questions ---------------------------------------------------------------
    def theme_name(self, theme_id: int) -> str:
        theme = self.themes.get(theme_id)
        return theme.name if theme else "?"

    def code_name(self, code_id: int) -> str:
        code = self.codes.get(code_id)
        return code.name if code else "?"

    def code_path(self, code_id: int) -> str:
        """"Parent/Child" as the code tree nests it (computed here: no query per code)."""
        if code_id not in self._paths:
            names: list[str] = []
            seen: set[int] = set()
            current = self.codes.get(code_id)
            while current is not None and current.id not in seen:
                seen.add(current.id)
                names.append(current.name)
                current = self.codes.get(current.parent_id) if current.parent_id else None
            self._paths[code_id] = "/".join(reversed(names))
        return self._paths[code_id]

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
        result: dict[int, list[int]] = {}
        for theme in self.themes.values():
            if theme.parent_id is not None and theme.parent_id in self.themes:
                result.setdefault(theme.parent_id, []).append(theme.id)
        return result

    def family(self, theme_id: int) -> set[int]:
        """A theme, its ancestors and its descendants: the cards a link may cross."""
        result = {theme_id}
        current = self.themes.get(theme_id)
        while current is not None and current.parent_id is not None:
            if current.parent_id in result:
                break
            result.add(current.parent_id)
            current = self.themes.get(current.parent_id)
        children = self.children()
        stack = list(children.get(theme_id, []))
        while stack:
            child = stack.pop()
            if child not in result:
                result.add(child)
                stack.extend(children.get(child, []))
        return result

    def code_tree_order(self) -> list[int]:
        """Every code id in the code tree's order (parents before their children)."""
        by_parent: dict[int | None, list[Code]] = {}
        for code in self.codes.values():
            parent = code.parent_id if code.parent_id in self.codes else None
            by_parent.setdefault(parent, []).append(code)
        order: list[int] = []
        stack = sorted(by_parent.get(None, []), key=lambda c: (c.sort, c.id), reverse=True)
        while stack:
            code = stack.pop()
            order.append(code.id)
            stack.extend(sorted(by_parent.get(code.id, []), key=lambda c: (c.sort, c.id),
                                reverse=True))
        return order

    def unthemed_codes(self) -> list[int]:
        """Codes in no theme at all, in the code tree's order."""
        themed = {code_id for _, code_id in self.memberships}
        return [code_id for code_id in self.code_tree_order() if code_id not in themed]
