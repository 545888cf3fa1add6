"""The comparison view: two coders' disagreements, one at a time, decided into a consensus.

Each disagreement (model/disagreements.py) is shown in its transcript's text, coder
A's spans underlined in blue and coder B's shaded in orange. The researcher keeps
A's spans (key A), B's (B), both joined (O), neither (N), or an adjusted range
(the two boxes, then Ctrl+Enter); each decision is one undo step, recorded as codings
under the consensus coder's name (project/team.py), and the view moves on to the
next undecided disagreement. Page Up and Page Down step through them all.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from annotator.model.disagreements import Disagreement
from annotator.project.team import CONSENSUS_CODER
from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.shared.i18n import tr

CONTEXT = 200  # characters at least shown either side of a disagreement
A_STYLE = "text-decoration: underline; color: #1f5fbf; font-weight: bold"
B_STYLE = "background-color: #ffd8a8"


def marked_html(text: str, start: int, end: int, a: tuple[tuple[int, int], ...],
                b: tuple[tuple[int, int], ...]) -> str:
    """`text[start:end]` as HTML, each character styled by which coders coded it."""
    cuts = sorted({start, end, *(p for s in (*a, *b) for p in s if start <= p <= end)})
    parts = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        styles = []
        if any(s <= left and right <= e for s, e in a):
            styles.append(A_STYLE)
        if any(s <= left and right <= e for s, e in b):
            styles.append(B_STYLE)
        piece = escape(text[left:right]).replace("\n", "<br>")
        parts.append(f'<span style="{"; ".join(styles)}">{piece}</span>' if styles else piece)
    return "".join(parts)


def context_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Whole lines around [start, end), reaching at least CONTEXT characters either side."""
    left = text.rfind("\n", 0, max(0, start - CONTEXT)) + 1
    right = text.find("\n", min(len(text), end + CONTEXT))
    return left, len(text) if right < 0 else right


class ConsensusView(QWidget):
    def __init__(self, bridge: ProjectBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.items: list[Disagreement] = []
        self.done: set[tuple[int, int, int, int]] = set()
        self.index = 0
        self.coder_a = QComboBox()
        self.coder_b = QComboBox()
        self.consensus = QLineEdit(CONSENSUS_CODER)
        self.consensus.setToolTip(tr("The coder name the consensus codings are recorded under"))
        top = QHBoxLayout()
        for label, widget in ((tr("Coder A:"), self.coder_a), (tr("Coder B:"), self.coder_b),
                              (tr("Consensus coder:"), self.consensus)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            top.addWidget(caption)
            top.addWidget(widget)
        top.addStretch(1)
        self.progress = QLabel()
        self.position = QLabel()
        self.position.setWordWrap(True)
        self.position.setTextFormat(Qt.TextFormat.PlainText)  # names are text, not markup
        self.legend = QLabel()
        self.text = QTextBrowser()
        self.text.setAccessibleName(tr("The disagreement in its transcript"))
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)  # reading text, not a control
        self.text.setFont(font)
        self.keep_a = QPushButton()
        self.keep_b = QPushButton()
        self.keep_both = QPushButton(tr("Keep &both"))
        self.keep_neither = QPushButton(tr("Keep &neither"))
        self.previous = QPushButton(tr("Previous"))
        self.next = QPushButton(tr("Next"))
        self.start = QSpinBox()
        self.end = QSpinBox()
        self.adjust = QPushButton(tr("Keep &adjusted range"))
        # Plain keys, handled as they bubble up from whichever child has focus (a
        # window shortcut would also fire while typing in another window's field).
        self.keys = {Qt.Key.Key_A: self.keep_a, Qt.Key.Key_B: self.keep_b,
                     Qt.Key.Key_O: self.keep_both, Qt.Key.Key_N: self.keep_neither,
                     Qt.Key.Key_PageUp: self.previous, Qt.Key.Key_PageDown: self.next}
        buttons = QGridLayout()
        for column, button in enumerate((self.keep_a, self.keep_b, self.keep_both,
                                         self.keep_neither)):
            buttons.addWidget(button, 0, column)
        adjust_row = QHBoxLayout()
        for widget in (QLabel(tr("From")), self.start, QLabel(tr("to")), self.end, self.adjust):
            adjust_row.addWidget(widget)
        adjust_row.addStretch(1)
        adjust_row.addWidget(self.previous)
        adjust_row.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.position)
        layout.addWidget(self.legend)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        layout.addLayout(adjust_row)
        self.keep_a.clicked.connect(lambda: self.decide("a"))
        self.keep_b.clicked.connect(lambda: self.decide("b"))
        self.keep_both.clicked.connect(lambda: self.decide("both"))
        self.keep_neither.clicked.connect(lambda: self.decide("neither"))
        self.adjust.clicked.connect(lambda: self.decide("adjusted"))
        self.previous.clicked.connect(lambda: self.go(self.index - 1))
        self.next.clicked.connect(lambda: self.go(self.index + 1))
        names = [n for n in bridge.project.team.coders() if n != CONSENSUS_CODER]
        self.coder_a.addItems(names)
        self.coder_b.addItems(names)
        self.coder_b.setCurrentIndex(min(1, len(names) - 1))
        self.coder_a.currentIndexChanged.connect(lambda _i: self.reload())
        self.coder_b.currentIndexChanged.connect(lambda _i: self.reload())
        self.consensus.editingFinished.connect(self.reload)
        bridge.changed.connect(self._after_change)
        self.reload()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        button = self.keys.get(Qt.Key(event.key())) if not modifiers else None
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                modifiers == Qt.KeyboardModifier.ControlModifier:
            button = self.adjust
        if button is not None and button.isEnabled():
            button.click()
            event.accept()
            return
        super().keyPressEvent(event)

    @property
    def coder(self) -> str:
        return self.consensus.text().strip() or CONSENSUS_CODER

    def set_coders(self, a: str, b: str) -> None:
        for combo, name in ((self.coder_a, a), (self.coder_b, b)):
            combo.blockSignals(True)
            combo.setCurrentText(name)
            combo.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        a, b = self.coder_a.currentText(), self.coder_b.currentText()
        # A "&" in a name is a letter, not a mnemonic.
        self.keep_a.setText(tr("Keep {coder}'s (&A)").format(coder=(a or "A").replace("&", "&&")))
        self.keep_b.setText(tr("Keep {coder}'s (&B)").format(coder=(b or "B").replace("&", "&&")))
        self.legend.setText(tr('<span style="{a}">{coder_a}</span> and '
                               '<span style="{b}">{coder_b}</span>').format(
            a=A_STYLE, b=B_STYLE, coder_a=escape(a), coder_b=escape(b)))
        valid = bool(a and b and a != b and self.coder not in (a, b))
        self.items = self.bridge.project.team.disagreements(a, b) if valid else []
        self._count()
        self.go(self._next_open(0))

    def _count(self) -> None:
        self.done = self.bridge.project.team.resolved(self.items, self.coder)
        self.progress.setText(tr("{done} of {total} disagreements resolved").format(
            done=len(self.done), total=len(self.items)))

    def _next_open(self, start: int) -> int:
        n = len(self.items)
        for step in range(n):
            i = (start + step) % n
            if self.items[i].key not in self.done:
                return i
        return min(start, max(n - 1, 0))

    def _after_change(self, _changes: object) -> None:
        # An undo (or any change) may take a decision back: count again, stay put.
        if self.items:
            self._count()
            self.go(self.index)

    @property
    def current(self) -> Disagreement | None:
        return self.items[self.index] if 0 <= self.index < len(self.items) else None

    def go(self, index: int) -> None:
        has = bool(self.items)
        for widget in (self.keep_a, self.keep_b, self.keep_both, self.keep_neither,
                       self.adjust, self.previous, self.next, self.start, self.end):
            widget.setEnabled(has)
        if not has:
            self.index = 0
            self.position.setText(tr("No disagreements between these coders."))
            self.text.clear()
            return
        self.index = max(0, min(index, len(self.items) - 1))
        d = self.items[self.index]
        project = self.bridge.project
        source = project.source(d.source_id)
        state = tr("decided") if d.key in self.done else tr("undecided")
        self.position.setText(tr("Disagreement {n} of {total} ({state}): “{code}” in "
                                 "{transcript}").format(
            n=self.index + 1, total=len(self.items), state=state,
            code=project.code_path(d.code_id), transcript=source.name))
        left, right = context_bounds(source.text, d.start, d.end)
        marked = marked_html(source.text, d.start, d.end, d.a_spans, d.b_spans)
        self.text.setHtml(escape(source.text[left:d.start]).replace("\n", "<br>")
                          + f'<a name="here"></a><b>{marked}</b>'
                          + escape(source.text[d.end:right]).replace("\n", "<br>"))
        self.text.scrollToAnchor("here")
        for box in (self.start, self.end):
            box.setRange(0, len(source.text))
        self.start.setValue(d.start)
        self.end.setValue(d.end)

    def focus_on(self, item: Disagreement) -> None:
        keys = [d.key for d in self.items]
        if item.key in keys:
            self.go(keys.index(item.key))

    def decide(self, choice: str) -> None:
        d = self.current
        if d is None:
            return
        spans = {"a": d.a_spans, "b": d.b_spans, "both": d.union(), "neither": (),
                 "adjusted": ((self.start.value(), self.end.value()),)}[choice]
        if choice == "adjusted" and self.start.value() >= self.end.value():
            self.bridge.error.emit(tr("The range must end after it starts."))
            return
        done = self.bridge.run(tr("Consensus decision"),
                               lambda: self.bridge.project.team.resolve(d, spans, self.coder))
        if done is None:
            return
        self._count()
        self.go(self._next_open(self.index + 1))
