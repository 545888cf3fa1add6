"""Files in and out, Qt-free: the transcript readers (Word, text and the other formats,
through reader.read_file), REFI-QDA exchange, tables, and the guards every file passes
(safe_zip for archives, safe_xml for XML), and safe_write for every
file written: whole, owner-only, renamed into place, never over a project.

May import annotator.model and annotator.messages; never the store, Qt or the layers above.
"""
