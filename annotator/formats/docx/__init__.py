"""Word (.docx): reading transcripts, annotating the original document with shading
and comments, reading partners' comments back, and the theme report.

Qt-free; may import annotator.model, annotator.messages and the other formats modules.
"""
