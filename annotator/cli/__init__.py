"""The command line: `annotator COMMAND ...`, one module per family of commands.

`main` is the entry point (the GUI by default); `parser` sets out the arguments and
`output` the printing, exit codes and user errors. The families: `projects` (new, demo,
import, info, text, check, backup, restore, pseudonymise), `coding` (codes, code,
codings), `desktop` (screenshot, export board, register), `analysis`, `refi`, `search`,
`similar` and `word`; `self_test` is the bundle's own check. The command line is the top layer: it
may import everything below it except the store (only its error types), and the GUI
(annotator.ui) only to start the window, take a screenshot or draw the board.
"""
