"""The code tree: its item model over the project's codes, the view with drag and drop,
and the panel around them.

Independent of ui.transcript, ui.board and ui.panes; imports only ui.shared within ui.
"""
