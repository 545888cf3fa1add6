"""Help > User Guide: the guide in docs/ (Markdown with screenshots), read in the app,
in the interface's language where a translation of it exists."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from annotator.platform.resources import docs_dir
from annotator.ui.shared.i18n import current_language, tr


def guide_file(language: str | None = None) -> Path | None:
    folder = docs_dir()
    if folder is None:
        return None
    language = language or current_language()
    for name in (f"user-guide.{language}.md", "user-guide.md"):
        if (folder / name).is_file():
            return folder / name
    return None


class GuideDialog(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(tr("Annotator User Guide"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideText")
        self.browser.setAccessibleName(tr("User guide"))
        self.browser.setAccessibleDescription(
            tr("The user guide, following the six phases of thematic analysis."))
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
        self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        self._fit_pictures(820)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(900, 760)

    def _fit_pictures(self, width: int) -> None:
        """Screenshots are 1400 px wide: shown at the page's width (height follows)."""
        block = self.browser.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                picture = fragment.charFormat().toImageFormat()
                if fragment.isValid() and picture.isValid():
                    picture.setWidth(width)
                    cursor = QTextCursor(self.browser.document())
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(),
                                       QTextCursor.MoveMode.KeepAnchor)
                    cursor.setCharFormat(picture)
                it += 1
            block = block.next()
