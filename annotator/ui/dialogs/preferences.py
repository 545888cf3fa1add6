"""Edit > Preferences: language, appearance, coder name and initials, backups, transcript
font size, word snapping."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from annotator.ui.dialogs.coder import CoderFields
from annotator.ui.shared.i18n import LANGUAGES, SYSTEM, system_language, tr
from annotator.ui.shared.preferences import FONT_SIZES, Preferences

_DEFAULT_FONT = FONT_SIZES[1] - 1  # the spin box's lowest step stands for "default"


class PreferencesDialog(QDialog):
    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(tr("Preferences"))
        form = QFormLayout()

        self.language = QComboBox(self)
        self.language.setObjectName("languageChoice")
        detected = LANGUAGES[system_language()]
        self.language.addItem(tr("System default ({language})").format(language=detected),
                              SYSTEM)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)  # each language named in itself
        self.language.setAccessibleName(tr("Language"))
        self.language.setAccessibleDescription(tr("The language of menus and windows."))
        form.addRow(tr("&Language:"), self.language)

        self.theme = QComboBox(self)
        self.theme.setObjectName("themeChoice")
        for key, label in (("system", tr("Follow the system")), ("light", tr("Light")),
                           ("dark", tr("Dark"))):
            self.theme.addItem(label, key)
        self.theme.setAccessibleName(tr("Appearance"))
        self.theme.setAccessibleDescription(tr("Light or dark colours, or as the system."))
        form.addRow(tr("&Appearance:"), self.theme)

        self.coder_fields = CoderFields(self)  # the initials follow the name until edited
        self.coder, self.initials = self.coder_fields.name, self.coder_fields.initials
        self.coder_fields.add_rows(form)

        self.backups = QSpinBox(self)
        self.backups.setObjectName("backupCount")
        self.backups.setRange(1, 100)
        self.backups.setAccessibleName(tr("Backups kept"))
        self.backups.setAccessibleDescription(
            tr("How many backups of each project are kept; one is taken each time it opens."))
        self.backups.setToolTip(tr("A backup is taken each time a project opens; the oldest "
                                   "beyond this number are removed."))
        form.addRow(tr("&Backups kept per project:"), self.backups)

        self.font_size = QSpinBox(self)
        self.font_size.setObjectName("transcriptFontSize")
        self.font_size.setRange(_DEFAULT_FONT, FONT_SIZES[-1])
        self.font_size.setSpecialValueText(tr("Default"))
        self.font_size.setSuffix(tr(" pt"))
        self.font_size.setAccessibleName(tr("Transcript font size"))
        self.font_size.setAccessibleDescription(tr("The size of the text in transcripts."))
        form.addRow(tr("Transcript &font size:"), self.font_size)

        self.snap_words = QCheckBox(tr("&Snap selections to whole words"), self)
        self.snap_words.setObjectName("snapWords")
        self.snap_words.setToolTip(tr("A selection made with the mouse is widened to the words it "
                                      "cuts. Hold Alt while dragging, or double-click and drag, "
                                      "to select part of a word."))
        form.addRow("", self.snap_words)

        note = QLabel(tr("A new language reopens the window; your work stays as it is."), self)
        note.setWordWrap(True)
        note.setEnabled(False)  # a quiet, secondary line

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.set_preferences(preferences)

    def set_preferences(self, preferences: Preferences) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(preferences.language)))
        self.theme.setCurrentIndex(max(0, self.theme.findData(preferences.theme)))
        self.coder_fields.set_values(preferences.coder, preferences.initials)
        self.backups.setValue(preferences.backups)
        self.font_size.setValue(preferences.transcript_font_size or _DEFAULT_FONT)
        self.snap_words.setChecked(preferences.snap_words)

    def preferences(self) -> Preferences:
        size = self.font_size.value()
        return Preferences(
            language=str(self.language.currentData()),
            theme=str(self.theme.currentData()),
            coder=self.coder_fields.values()[0],
            initials=self.coder_fields.values()[1],
            backups=self.backups.value(),
            transcript_font_size=0 if size == _DEFAULT_FONT else size,
            snap_words=self.snap_words.isChecked(),
        ).checked()
