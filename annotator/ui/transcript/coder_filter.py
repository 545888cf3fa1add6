"""The transcript pane's coder filter: all coders, one coder, or two compared.

When the shown transcript has codings by two or more coders (after a merge, or in a
shared project), a bar above the text offers which coders' codings to show, in the
text's colours and in the margin; comparing two puts each coder's stripes in a
column group of its own (see margin.py). With one coder it stays hidden.

The filter keeps the coder of every coding of the transcript (shown or not), kept
in step with the pane's changes at the cost of the changed codings only, so that a
new coding costs what it did, and says which codings the pane's layer should hold.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from annotator.model.entities import Coding
from annotator.ui.shared.i18n import tr

ALL, ONE, COMPARE = "all", "one", "compare"


class CoderFilter(QWidget):
    """Which coders' codings the pane shows; emits `changed()` when the choice changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coderFilter")
        self._coders: dict[int, str] = {}  # coding id -> coder, for the whole transcript
        self._counts: Counter[str] = Counter()
        self._names: list[str] = []
        self.mode = QComboBox(self)
        self.mode.setObjectName("coderFilterMode")
        for key, label in ((ALL, tr("All coders")), (ONE, tr("One coder")),
                           (COMPARE, tr("Compare two coders"))):
            self.mode.addItem(label, key)
        self.mode.setAccessibleName(tr("Coders shown"))
        self.coder_a = QComboBox(self)
        self.coder_a.setObjectName("coderFilterA")
        self.coder_a.setAccessibleName(tr("Coder"))
        self.coder_b = QComboBox(self)
        self.coder_b.setObjectName("coderFilterB")
        self.coder_b.setAccessibleName(tr("Second coder"))
        self.between = QLabel(tr("and"), self)
        self.hint = QLabel(self)
        self.hint.setEnabled(False)  # a quiet, secondary line
        # Long coder names may not fit the pane: the hint gives way (its tooltip stays).
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        label = QLabel(tr("C&oders:"), self)
        label.setBuddy(self.mode)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        for widget in (label, self.mode, self.coder_a, self.between, self.coder_b):
            layout.addWidget(widget)
        layout.addWidget(self.hint, 1)
        for combo in (self.mode, self.coder_a, self.coder_b):
            combo.currentIndexChanged.connect(self._chosen)
        self._arrange()
        self.setVisible(False)

    # -- what the pane asks ----------------------------------------------------
    def chosen(self) -> frozenset[str] | None:
        """The coders shown, or None for all of them."""
        mode = self.mode.currentData()
        if mode == ALL or len(self._names) < 2:
            return None
        if mode == ONE:
            return frozenset([self.coder_a.currentData()])
        return frozenset([self.coder_a.currentData(), self.coder_b.currentData()])

    def compared(self) -> tuple[str, str] | None:
        """(coder A, coder B) while two are compared, else None."""
        chosen = self.chosen()
        if chosen is None or self.mode.currentData() != COMPARE or len(chosen) != 2:
            return None
        return self.coder_a.currentData(), self.coder_b.currentData()

    def shows(self, coding: Coding) -> bool:
        chosen = self.chosen()
        return chosen is None or coding.coder in chosen

    def coders(self) -> list[str]:
        """The transcript's coders, most codings first."""
        return list(self._names)

    # -- keeping up with the transcript ----------------------------------------------
    def load(self, codings: Iterable[Coding]) -> list[Coding]:
        """Take a newly shown transcript's codings; those to show."""
        codings = list(codings)
        self._coders = {c.id: c.coder for c in codings}
        self._counts = Counter(self._coders.values())
        self._refresh()
        return [c for c in codings if self.shows(c)]

    def follow(self, changed: list[Coding], removed: list[int], *, whole: bool = False
               ) -> tuple[list[Coding], list[int]]:
        """Take changed and removed codings (`whole`: `changed` is every coding of the
        transcript); (codings to show, ids to take away) for the layer."""
        if whole:
            self._coders = {c.id: c.coder for c in changed}
            self._counts = Counter(self._coders.values())
        else:
            for coding_id in removed:
                self._forget(coding_id)
            for coding in changed:
                self._forget(coding.id)
                self._coders[coding.id] = coding.coder
                self._counts[coding.coder] += 1
        self._refresh()
        shown = [c for c in changed if self.shows(c)]
        return shown, [*removed, *(c.id for c in changed if not self.shows(c))]

    def _forget(self, coding_id: int) -> None:
        coder = self._coders.pop(coding_id, None)
        if coder is not None:
            self._counts[coder] -= 1
            if not self._counts[coder]:
                del self._counts[coder]

    def _refresh(self) -> None:
        """Offer the transcript's coders (a coder whose last coding went stays chosen
        only while it has some)."""
        names = sorted(self._counts, key=lambda name: (-self._counts[name], name))
        if names == self._names:
            return
        before = self.chosen()
        self._names = names
        for combo, fallback in ((self.coder_a, 0), (self.coder_b, 1)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for name in names:
                combo.addItem(name or tr("(no name)"), name)
            index = names.index(current) if current in names else min(fallback, len(names) - 1)
            combo.setCurrentIndex(index)
            combo.blockSignals(False)
        self.setVisible(len(names) > 1)
        self._arrange()
        if self.chosen() != before:
            self.changed.emit()

    def choose(self, mode: str, coder_a: str = "", coder_b: str = "") -> None:
        """Set the filter as the researcher would (tests, and a restored session)."""
        for combo, name in ((self.coder_a, coder_a), (self.coder_b, coder_b)):
            if name in self._names:
                combo.blockSignals(True)
                combo.setCurrentIndex(self._names.index(name))
                combo.blockSignals(False)
        self.mode.setCurrentIndex(max(0, self.mode.findData(mode)))
        self._chosen()

    def _chosen(self) -> None:
        self._arrange()
        self.changed.emit()

    def _arrange(self) -> None:
        mode = self.mode.currentData()
        self.coder_a.setVisible(mode != ALL)
        self.between.setVisible(mode == COMPARE)
        self.coder_b.setVisible(mode == COMPARE)
        compared = self.compared()
        self.hint.setVisible(compared is not None)
        if compared is not None:
            a, b = (name or tr("(no name)") for name in compared)
            self.hint.setText(tr("Margin: {a} left, {b} right").format(a=a, b=b))
            self.hint.setToolTip(tr("In the margin, {a}'s stripes are the left group of "
                                    "columns and {b}'s the right group, by the text."
                                    ).format(a=a, b=b))
