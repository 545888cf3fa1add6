"""The theme board: the scene of theme cards, code chips and links, its gestures,
commands and menus, the tray of codes in no theme, the theme inspector, and the
board's picture export.

Independent of ui.transcript, ui.codes and ui.panes; imports only ui.shared within ui.
"""
