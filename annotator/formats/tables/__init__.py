"""Tables in and out: the excerpts table and analysis matrices (CSV / XLSX), the
codebook, and participants' attribute sheets.

Qt-free; may import annotator.model, annotator.messages and the other formats modules.
"""
