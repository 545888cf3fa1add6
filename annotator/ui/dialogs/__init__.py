"""Dialogs: preferences, attributes, backups, pseudonyms, the user guide, licences,
keyboard shortcuts and import progress.

Imports only ui.shared within ui.
"""
