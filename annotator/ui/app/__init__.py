"""The application: the QApplication and its start-up, the window host that opens,
replaces and closes main windows, files handed over by the system, screenshots and
the self-test's window checks.

The top layer of annotator.ui: may import every other ui sub-package.
"""
