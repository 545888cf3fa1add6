"""Edit > Pseudonymise…: the researcher lists identifiers and their replacements."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.shared.i18n import tr

EMPTIED = ("refuse", "remove", "placeholder")  # what becomes of codings left empty

class PseudonymDialog(QDialog):
    """One line per identifier: `Marcia = P1`. Accepting replaces them everywhere."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pseudonymDialog")
        self.setWindowTitle(tr("Pseudonymise"))
        intro = QLabel(tr(
            "One identifier per line, then “=”, then its replacement, e.g. “Marcia = P1”. "
            "Every transcript and memo is changed; codings stay on the same words. The "
            "original Word files of changed transcripts get the pseudonyms too, so annotated "
            "exports keep their formatting; where a name would stay anywhere in a file (a "
            "header, a comment), that file is removed from the project. You can undo this."), self)
        intro.setWordWrap(True)
        self.pairs = QPlainTextEdit(self)
        self.pairs.setObjectName("pseudonymPairs")
        self.pairs.setPlaceholderText(tr("Marcia = P1\nRuth Okafor = the programme lead"))
        self.pairs.setAccessibleName(tr("Identifiers and replacements"))
        self.pairs.setAccessibleDescription(tr(
            "One identifier per line, then an equals sign, then its replacement."))
        # A name replaced by nothing leaves a coding on it covering nothing.
        self.emptied = QComboBox(self)
        self.emptied.setObjectName("pseudonymEmptied")
        for text, choice in ((tr("Stop and tell me which"), EMPTIED[0]),
                             (tr("Remove those codings"), EMPTIED[1]),
                             (tr("Put a placeholder in place of the names"), EMPTIED[2])):
            self.emptied.addItem(text)
            self.emptied.setItemData(self.emptied.count() - 1, choice)
        self.emptied.setAccessibleName(tr("Codings that would cover nothing"))
        self.placeholder = QLineEdit(tr("[name]"), self)
        self.placeholder.setObjectName("pseudonymPlaceholder")
        self.placeholder.setAccessibleName(tr("Placeholder"))
        self.placeholder.setEnabled(False)
        self.emptied.currentIndexChanged.connect(
            lambda: self.placeholder.setEnabled(self.emptied.currentData() == "placeholder"))
        form = QFormLayout()
        form.addRow(tr("A name replaced by nothing, when a coding covers only it:"),
                    self.emptied)
        form.addRow(tr("Placeholder:"), self.placeholder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Replace everywhere"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.pairs)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, 360)

    def mapping(self) -> dict[str, str]:
        pairs: dict[str, str] = {}
        for line in self.pairs.toPlainText().splitlines():
            name, sep, pseudonym = line.partition("=")
            if sep and name.strip():
                pairs[name.strip()] = pseudonym.strip()
        return pairs


def pseudonymise(bridge: ProjectBridge, parent: QWidget) -> bool:
    dialog = PseudonymDialog(parent)
    if not run_dialog(dialog):
        return False
    report = bridge.run(tr("Pseudonymise"), lambda: bridge.project.pseudonymise(
        dialog.mapping(), emptied=dialog.emptied.currentData(),
        placeholder=dialog.placeholder.text()))
    if report is None:
        return False
    parent.window().statusBar().showMessage(  # type: ignore[attr-defined]
        tr("Replaced {n} occurrence(s) in {sources} transcript(s) and {memos} memo(s).").format(
            n=report.replacements, sources=report.sources, memos=report.memos), 10000)
    return True


def run_dialog(dialog: PseudonymDialog) -> bool:
    """A seam for tests: a modal dialog waits for a person."""
    return dialog.exec() == QDialog.DialogCode.Accepted
