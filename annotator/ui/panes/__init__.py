"""The side and bottom panes: transcripts list, inspector, memo editor, journal, memos,
retrieved excerpts and search.

Independent of ui.transcript, ui.codes and ui.board; imports only ui.shared within ui.
"""
