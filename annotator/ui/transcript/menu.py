"""The transcript's right-click menu, built for one point so that tests can trigger its actions.

`build_context_menu` returns a QMenu (not yet shown) with:

- the recently used codes, each applying itself to the selection;
- "Code with…" (the quick-code box, Ctrl+K), "New code…", "In-vivo code";
- when the click is on an excerpt: "Remove coding" and "Adjust excerpt to
  selection" (a submenu with one entry per coding when several lie there);
- "Copy".

Actions that need a selection are disabled without one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from annotator.model.entities import Coding
from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.shared.i18n import tr
from annotator.ui.shared.icons import icon, swatch
from annotator.ui.shared.plain import plain_menu_text
from annotator.ui.transcript.coding_actions import CodingActions
from annotator.ui.transcript.view import TranscriptView

RECENT_SHOWN = 8


class MenuHost(Protocol):
    """What the menu asks of the transcript panel (which builds it: a Protocol, so that
    this module does not import the panel back)."""

    @property
    def view(self) -> TranscriptView: ...

    @property
    def bridge(self) -> ProjectBridge: ...

    @property
    def coding_actions(self) -> CodingActions: ...

    @property
    def quick_code_action(self) -> QAction: ...

    def new_code_from_dialog(self) -> None: ...

    def find_similar(self) -> None: ...


def build_context_menu(panel: MenuHost, pos: QPoint) -> QMenu:
    """The menu for a right-click at `pos` (viewport coordinates of the panel's view)."""
    view = panel.view
    layer = view.layer
    actions = panel.coding_actions
    selected = view.selected_range() is not None
    menu = QMenu(view)
    menu.setObjectName("transcriptMenu")

    recent = [c for c in panel.bridge.recent_codes if c in layer.codes][:RECENT_SHOWN]
    header = menu.addAction(tr("Recent codes"))
    header.setEnabled(False)
    for code_id in recent:
        action = menu.addAction(swatch(layer.color(code_id)), plain_menu_text(layer.path(code_id)))
        action.setObjectName(f"recentCode{code_id}")
        action.setEnabled(selected)
        action.triggered.connect(lambda _=False, c=code_id: actions.apply([c]))
    if not recent:
        none = menu.addAction("    " + tr("(none yet)"))
        none.setEnabled(False)
    menu.addSeparator()

    menu.addAction(panel.quick_code_action)
    new_code = menu.addAction(tr("New code…"))
    new_code.setObjectName("newCode")
    new_code.setIcon(icon("new_code"))
    new_code.setStatusTip(tr("Name a new code and code the selection with it"))
    new_code.setEnabled(selected)
    new_code.triggered.connect(panel.new_code_from_dialog)
    in_vivo = menu.addAction(tr("In-vivo code"))
    in_vivo.setObjectName("inVivoCode")
    in_vivo.setIcon(icon("code"))
    in_vivo.setStatusTip(tr("Code the selection with a code named after its own words"))
    in_vivo.setEnabled(selected)
    in_vivo.triggered.connect(actions.in_vivo)

    here = view.codings_at_point(pos)
    if here:
        menu.addSeparator()
        _per_coding(menu, panel, here, (tr("Remove coding"), tr("Remove coding “{code}”")),
                    "removeCoding", actions.remove, enabled=True)
        _per_coding(menu, panel, here, (tr("Adjust excerpt to selection"),
                                        tr("Adjust excerpt to selection “{code}”")),
                    "adjustExcerpt", actions.adjust, enabled=selected)

    menu.addSeparator()
    similar = menu.addAction(tr("Find Similar Passages"))
    similar.setObjectName("findSimilar")
    similar.setStatusTip(tr("Find passages like the selection in every transcript"))
    similar.setEnabled(selected)
    similar.triggered.connect(panel.find_similar)
    copy = menu.addAction(tr("Copy"))
    copy.setShortcut(QKeySequence.StandardKey.Copy)
    copy.setIcon(icon("export_excerpts"))
    copy.setEnabled(selected)
    copy.triggered.connect(view.copy)
    return menu


def _per_coding(menu: QMenu, panel: MenuHost, codings: list[Coding],
                titles: tuple[str, str], name: str, act: Callable[[int], None], *,
                enabled: bool) -> None:
    """One action for a single coding, else a submenu with one entry per code.

    `titles`: the submenu's title, and the single action's text with a {code} field.
    """
    layer = panel.view.layer
    title, single = titles
    if len(codings) == 1:
        coding = codings[0]
        action = menu.addAction(plain_menu_text(single.format(code=layer.path(coding.code_id))))
        _bind(action, f"{name}{coding.id}", act, coding.id, enabled)
        return
    sub = menu.addMenu(title)
    sub.setObjectName(name)
    sub.setEnabled(enabled)
    for coding in codings:
        action = sub.addAction(swatch(layer.color(coding.code_id)),
                               plain_menu_text(layer.path(coding.code_id)))
        _bind(action, f"{name}{coding.id}", act, coding.id, enabled)


def _bind(action: QAction, name: str, act: Callable[[int], None], coding_id: int,
          enabled: bool) -> None:
    action.setObjectName(name)
    action.setEnabled(enabled)
    action.triggered.connect(lambda _=False: act(coding_id))
