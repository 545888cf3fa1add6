"""Every change the theme board makes, each one user intent = one undoable step.

Each method is one facade call through `bridge.run`, so that a drop of five codes,
or three cards dragged together, is one command on the window's QUndoStack with a
label that says what it did ("Move 3 themes", "Add “Trust” to “Belonging”"): the
composite actions are the facade's (`project.composite`, labelled by the project);
a step of one operation is named in the board's words by `Project.batch(label)`.
Refusals arrive as the bridge's `error(str)`; the methods then return None.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from annotator.model.board import BoardModel
from annotator.operations.similar import SimilarRequest
from annotator.project import Project
from annotator.ui.board.style import status_label
from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.shared.i18n import tr

T = TypeVar("T")


def _q(text: str) -> str:
    return f"“{text}”"


class BoardCommands:
    """The board's write side; `model` only supplies names for the undo labels."""

    def __init__(self, bridge: ProjectBridge, model: BoardModel) -> None:
        self._bridge = bridge
        self._model = model

    def find_similar(self, theme_id: int) -> None:
        """Ask for passages like the theme's excerpts (the window shows them)."""
        self._bridge.similar_requested.emit(SimilarRequest(theme_id=theme_id))

    def _run(self, label: str, work: Callable[[Project], T]) -> T | None:
        """One facade call named `label` (the board's own wording for a step of one
        operation; the composite actions carry their own label, a Message)."""
        project = self._bridge.project

        def action() -> T:
            with project.batch(label):
                return work(project)

        return self._bridge.run(label, action)

    def _call(self, work: Callable[[Project], T]) -> T | None:
        """A composite action of the facade: one step, named by the project."""
        project = self._bridge.project
        return self._bridge.run("", lambda: work(project))

    def _theme(self, theme_id: int) -> str:
        return _q(self._model.theme_name(theme_id))

    def _codes(self, code_ids: list[int]) -> str:
        if len(code_ids) == 1:
            return _q(self._model.code_name(code_ids[0]))
        return tr("{n} codes").format(n=len(code_ids))

    # -- cards -----------------------------------------------------------------------
    def move_themes(self, places: dict[int, tuple[float, float]]) -> None:
        """New (x, y) for each moved card: one step however many moved together."""
        if places:
            self._call(lambda p: p.composite.move_themes(places))

    def resize_theme(self, theme_id: int, width: float, height: float) -> None:
        self._run(tr("Resize theme {theme}").format(theme=self._theme(theme_id)),
                  lambda p: p.update_theme(theme_id, width=round(width), height=round(height)))

    def new_theme(self, name: str, x: float, y: float, parent_id: int | None = None,
                  width: float = 300, height: float = 200) -> int | None:
        label = (tr("New sub-theme {theme}") if parent_id is not None
                 else tr("New theme {theme}")).format(theme=_q(name))
        return self._run(label, lambda p: p.add_theme(name, parent_id=parent_id, x=round(x),
                                                      y=round(y), width=width, height=height))

    def rename(self, theme_id: int, name: str) -> None:
        self._run(tr("Rename theme {theme} to {name}").format(theme=self._theme(theme_id),
                                                             name=_q(name)),
                  lambda p: p.update_theme(theme_id, name=name))

    def recolor(self, theme_id: int, color: str) -> None:
        self._run(tr("Colour theme {theme}").format(theme=self._theme(theme_id)),
                  lambda p: p.update_theme(theme_id, color=color.upper()))

    def set_status(self, theme_id: int, status: str) -> None:
        theme = self._model.themes.get(theme_id)
        if theme is not None and theme.status == status:
            return  # choosing the status it has is not a change to undo
        self._run(tr("Mark {theme} {status}").format(theme=self._theme(theme_id),
                                                    status=status_label(status)),
                  lambda p: p.update_theme(theme_id, status=status))

    def set_definition(self, theme_id: int, definition: str) -> None:
        self._run(tr("Define theme {theme}").format(theme=self._theme(theme_id)),
                  lambda p: p.update_theme(theme_id, definition=definition))

    def delete_themes(self, theme_ids: list[int]) -> None:
        self.delete(theme_ids, [])

    def delete(self, theme_ids: list[int], link_ids: list[int]) -> None:
        """Delete themes (with their sub-themes) and links: one step."""
        live = set(self._model.themes)
        theme_ids = [t for t in theme_ids if t in live]
        link_ids = [i for i in link_ids if i in self._model.links]
        if not theme_ids and not link_ids:
            return
        self._call(lambda p: p.composite.delete_from_board(theme_ids, link_ids))

    # -- codes on cards ------------------------------------------------------------------
    def add_codes(self, theme_id: int, code_ids: list[int]) -> None:
        """Put codes on a card (those already there stay as they are)."""
        there = set(self._model.theme_codes().get(theme_id, []))
        new = [c for c in dict.fromkeys(code_ids) if c not in there]
        if not new:
            return
        self._call(lambda p: p.composite.add_codes_to_theme(theme_id, new))

    def move_code(self, code_id: int, from_id: int, to_id: int) -> None:
        self._run(tr("Move {codes} to {theme}").format(codes=self._codes([code_id]),
                                                      theme=self._theme(to_id)),
                  lambda p: p.move_code_to_theme(code_id, from_id, to_id))

    def copy_code(self, code_id: int, to_id: int) -> None:
        self.add_codes(to_id, [code_id])

    def remove_code(self, theme_id: int, code_id: int) -> None:
        self._run(tr("Remove {codes} from {theme}").format(codes=self._codes([code_id]),
                                                          theme=self._theme(theme_id)),
                  lambda p: p.remove_code_from_theme(theme_id, code_id))

    def theme_from_codes(self, name: str, code_ids: list[int], x: float, y: float,
                         take_from: int | None = None) -> int | None:
        """A new theme gathering `code_ids`; `take_from` also takes them out of that theme."""
        return self._call(lambda p: p.composite.theme_from_codes(
            name, code_ids, take_from=take_from, x=round(x), y=round(y)))

    # -- links -----------------------------------------------------------------------
    def link(self, from_id: int, to_id: int, label: str) -> int | None:
        return self._run(tr("Link {source} to {target}").format(source=self._theme(from_id),
                                                                target=self._theme(to_id)),
                         lambda p: p.link_themes(from_id, to_id, label))

    def relabel(self, link_id: int, label: str) -> None:
        self._run(tr("Edit link label"), lambda p: p.relabel_link(link_id, label))

    def unlink(self, link_ids: list[int]) -> None:
        self.delete([], link_ids)
