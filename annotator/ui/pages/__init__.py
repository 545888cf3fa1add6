"""Pages shown in the centre: the welcome page, the analysis page (with its bar chart)
and the participants page.

May import ui.dialogs and ui.shared within ui (and, below it, any ui sub-package
but ui.window and ui.app).
"""
