"""The interface, all PySide6, by role: app/ (start-up and window host), window/ (the main
window and its actions), pages/, dialogs/, and the independent transcript/, codes/,
board/ and panes/, over shared/ (bridge, translation, theme, icons).

Reaches the project only through annotator.project and annotator.exports (store and
formats error types aside); see docs/architecture.md.
"""
