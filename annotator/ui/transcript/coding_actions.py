"""What the researcher can do to the selected text: each one undoable step through the bridge.

`CodingActions` turns "apply these codes", "new code", "in-vivo code", "remove
coding" and "adjust excerpt" into exactly one `bridge.run` each of one facade method
(the composite ones are `project.composite`'s and name their step themselves), so one
Ctrl+Z takes back one gesture.
It emits `codes_applied(list)` with the code ids it has just applied, for the
"recent codes" lists.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from annotator.model.codes import in_vivo_name
from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.shared.i18n import tr
from annotator.ui.transcript.view import TranscriptView


class CodingActions(QObject):
    """Coding operations on the view's selection; emits `codes_applied(list)`."""

    codes_applied = Signal(list)

    def __init__(self, bridge: ProjectBridge, view: TranscriptView,
                 source_id: Callable[[], int | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._view = view
        self._source_id = source_id

    def _target(self) -> tuple[int, int, int] | None:
        """(source id, start, end) of the selection, or None after telling the user."""
        source_id = self._source_id()
        selected = self._view.selected_range()
        if source_id is None or selected is None:
            self._bridge.error.emit(tr("Select some text in the transcript first."))
            return None
        return source_id, *selected

    def apply(self, code_ids: list[int]) -> list[int]:
        """Code the selection with each of `code_ids` in one step; the new coding ids."""
        target = self._target()
        code_ids = list(dict.fromkeys(code_ids))
        if target is None or not code_ids:
            return []
        source_id, start, end = target
        project = self._bridge.project
        made = self._bridge.run(
            "", lambda: project.composite.apply_codes(source_id, code_ids, start, end))
        if made is None:
            return []
        self._applied(code_ids)
        return made

    def new_code(self, name: str) -> int | None:
        """Create the code `name` ("Parent/Child" makes the path) and apply it, in one step."""
        target = self._target()
        if target is None:
            return None
        source_id, start, end = target
        project = self._bridge.project
        made = self._bridge.run(
            "", lambda: project.composite.code_with_path(source_id, name, start, end))
        code_id = made[0] if made is not None else None
        if code_id is not None:
            self._applied([code_id])
        return code_id

    def in_vivo(self) -> int | None:
        """Name a top-level code after the selected words and apply it, in one step.

        If a top-level code of that name exists it is applied instead of a twin.
        """
        target = self._target()
        if target is None:
            return None
        source_id, start, end = target
        name = in_vivo_name(self._view.selected_text())
        if not name:
            self._bridge.error.emit(tr("The selection has no words to name a code after."))
            return None
        project = self._bridge.project
        code_id = self._bridge.run(
            "", lambda: project.composite.in_vivo_code(source_id, start, end, name))
        if code_id is not None:
            self._applied([code_id])
        return code_id

    def remove(self, coding_id: int) -> None:
        """Uncode one excerpt."""
        project = self._bridge.project
        self._bridge.run(tr("Remove coding"), lambda: project.remove_coding(coding_id))

    def adjust(self, coding_id: int) -> None:
        """Move an excerpt's boundaries to the current selection."""
        selected = self._view.selected_range()
        if selected is None:
            self._bridge.error.emit(tr("Select some text in the transcript first."))
            return
        project = self._bridge.project
        self._bridge.run(tr("Adjust excerpt"),
                         lambda: project.resize_coding(coding_id, *selected))

    def _applied(self, code_ids: list[int]) -> None:
        for code_id in reversed(code_ids):
            self._bridge.note_code_used(code_id)
        self.codes_applied.emit(code_ids)
