"""Work that gathers what the project holds for a file format: annotated Word
transcripts, member-checking imports, the theme report, the codebook and excerpt
tables. The window's menus and the command line both call these: one door per export.
targets.py says where an export may go, and writes it whole and owner-only.

May import the project facade, annotator.formats and annotator.model; never annotator.ui.
"""
