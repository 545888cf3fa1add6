"""The transcript pane: the read-only view, its painting of codings, the coding margin,
search marks, the context menu, the quick-code box and coding actions.

Independent of ui.codes, ui.board and ui.panes; imports only ui.shared within ui.
"""
