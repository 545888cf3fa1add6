"""Help > Third-Party Licences: each component Annotator is built from, its version
and licence, and the licence's full text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from annotator.platform.licences import Component, third_party
from annotator.ui.shared.i18n import tr


class LicencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("licencesDialog")
        self.setWindowTitle(tr("Third-Party Licences"))
        self.components = third_party()
        intro = QLabel(tr(
            "Annotator is built on this free software, with thanks. Qt and PySide6 are "
            "used under the GNU LGPL 3.0: their libraries sit in the app's folder as "
            "shared libraries, which you may replace with versions of your own."), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("licenceList")
        self.list.setAccessibleName(tr("Components"))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setSpacing(2)
        for component in self.components:
            item = QListWidgetItem(f"{component.name} {component.version}\n{component.licence}")
            item.setToolTip(component.licence)  # long expressions are elided in the list
            self.list.addItem(item)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("licenceText")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(tr("Licence text"))
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.list.currentRowChanged.connect(self._show)
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 560])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        if self.components:
            self.list.setCurrentRow(0)
        self.resize(860, 560)

    def _show(self, row: int) -> None:
        component: Component | None = (self.components[row]
                                       if 0 <= row < len(self.components) else None)
        self.text.setPlainText(component.text if component is not None else "")
