"""The command line: `annotator COMMAND ...`, one module per family of commands.

`main` parses the arguments and dispatches; `analysis`, `refi`, `search` and `word`
hold their families; `self_test` is the bundle's own check. The command line is the
top layer: it may import everything below it, and the GUI (annotator.ui) only to
start the window, take a screenshot or run the self-test.
"""
