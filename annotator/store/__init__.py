"""The only SQL: the project file (SQLite in WAL mode), its schema and migrations, one
repository module per table family, the row-level undo log, full-text search, backups,
the lock and integrity checks.

May import annotator.model and annotator.messages; never Qt, never the layers above.
"""
