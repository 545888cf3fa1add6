"""What every part of the window uses: the bridge to the open project, translation
(tr), the light and dark theme, icons, drag-and-drop formats, preferences and the
list of recent projects.

The lowest layer of annotator.ui: it imports no other ui sub-package.
"""
