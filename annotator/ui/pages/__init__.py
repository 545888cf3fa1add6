"""Pages shown in the centre: the welcome page, the analysis page (with its bar chart)
and the participants page.

May import ui.dialogs, ui.board (for its styles) and ui.shared.
"""
