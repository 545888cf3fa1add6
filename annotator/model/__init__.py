"""The Qt-free domain: dataclasses for transcripts, codes, codings, themes and memos;
code-point offsets and their UTF-16 map; the interval index over codings; speaker and
timestamp recognition; word counting; the code tree, board and margin geometry; search
and analysis values.

The bottom layer above annotator.messages: no I/O, no SQL, no Qt, and no import of any
other annotator package.
"""
