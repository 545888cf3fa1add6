"""The app on this computer: resource folders, the demo project, backups of project
files, licences of what ships with the app, and desktop registration (Linux menu
entry, Windows file type).

May import the project facade and everything below it; never annotator.ui or PySide6.
"""
