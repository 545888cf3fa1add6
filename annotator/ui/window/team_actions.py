"""Team coding from the menus: File > Merge Project…, and the agreement and comparison
windows (View > Coder Agreement, View > Compare Coders).

The merge asks for the other copy (an .annotator project, or a .qdpx from another
tool) and two choices, runs as one undo step and shows its report. The agreement
table and the comparison view open in windows of their own beside the main window,
so that a team can keep the table in sight while deciding; a disagreement
double-clicked in the table opens the comparison view at it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from annotator.model.disagreements import Disagreement
from annotator.ui.pages.agreement import AgreementPage
from annotator.ui.pages.consensus import ConsensusView
from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.shared.i18n import describe, tr
from annotator.ui.window.exchange_actions import show_report


class MergeOptions(QDialog):
    """What to do with transcripts edited in one copy, and with conflicting values."""

    def __init__(self, name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Merge “{name}”").format(name=name))
        self.add_edited = QCheckBox(tr("Add transcripts whose text differs as separate "
                                       "transcripts"))
        self.take_theirs = QCheckBox(tr("Where values conflict, take the other copy's"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Codings keep their coder; what is already here is not added "
                          "again. A report follows."))
        intro.setWordWrap(True)
        for widget in (intro, self.add_edited, self.take_theirs, buttons):
            layout.addWidget(widget)


def merge_project(bridge: ProjectBridge, parent: QWidget, path: Path | None = None,
                  add_edited: bool | None = None, take_theirs: bool | None = None) -> bool:
    """Ask for the other copy and the options (unless given), merge, show the report."""
    if path is None:
        name, _ = QFileDialog.getOpenFileName(
            parent, tr("Merge Project"), "",
            tr("Annotator projects and REFI-QDA projects (*.annotator *.qdpx)"))
        if not name:
            return False
        path = Path(name)
    if add_edited is None or take_theirs is None:
        options = MergeOptions(path.name, parent)
        if options.exec() != QDialog.DialogCode.Accepted:
            return False
        add_edited, take_theirs = options.add_edited.isChecked(), options.take_theirs.isChecked()
    report = bridge.run(tr("Merge “{name}”").format(name=path.name),
                        lambda: bridge.project.team.merge(path, add_edited=add_edited,
                                                          take_theirs=take_theirs))
    if report is None:
        return False
    show_report(parent, tr("Merged “{name}”").format(name=path.name),
                "\n".join(describe(line) for line in report.lines()))
    return True


class _TeamWindow(QDialog):
    """A window of its own for a page; it goes when the project it shows is closed."""

    def __init__(self, title: str, page: QWidget, bridge: ProjectBridge,
                 parent: QWidget) -> None:
        super().__init__(parent)
        bridge.destroyed.connect(self.close)
        self.setWindowTitle(title)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.page = page
        QVBoxLayout(self).addWidget(page)
        self.resize(1100, 700)


def show_agreement(bridge: ProjectBridge, parent: QWidget) -> AgreementPage:
    page = AgreementPage(bridge)
    window = _TeamWindow(tr("Coder agreement"), page, bridge, parent)

    def compare(item: Disagreement, a: str, b: str) -> None:
        view = show_consensus(bridge, parent)
        view.set_coders(a, b)
        view.focus_on(item)

    page.disagreement_activated.connect(compare)
    window.show()
    return page


def show_consensus(bridge: ProjectBridge, parent: QWidget) -> ConsensusView:
    view = ConsensusView(bridge)
    _TeamWindow(tr("Compare coders"), view, bridge, parent).show()
    return view
