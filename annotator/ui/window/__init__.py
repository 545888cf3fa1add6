"""The main window and the plain objects it is composed of: menus and actions, file
actions, app actions, window chrome, research tools, the dock layout, and the Word
and exchange actions behind the File menu.

May import the panes, pages, dialogs, transcript, codes and board packages and shared.
"""
