"""The user's actions, one module per kind: each runs its change through the store inside
the caller's transaction and returns a Changes value (which rows of which tables it
touched); history.py is the Qt-free undo and redo over the store's undo log.

May import annotator.store, annotator.formats, annotator.model and annotator.messages.
"""
