"""The main window and the plain objects it is composed of: the registry of commands
(actions) and the menus built from it, file actions, app actions, window chrome,
research tools, the tabs, the inspector stack, the dock layout, and the Word and
exchange actions behind the File menu. The parts reach back to the window through
the Protocol in protocols.py: only ui.app imports main_window.

May import the panes, pages, dialogs, transcript, codes and board packages and shared.
"""
