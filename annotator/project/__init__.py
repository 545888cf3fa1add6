"""The Project facade: the one door through which the UI, the command line and the
exports change and read a project (`from annotator.project import Project`).

facade.py is the `Project` class; session.py runs each user action as one undoable,
announced step; listings.py gathers what one list or pane shows in a few queries;
transfer.py reads and writes files (transcripts, REFI-QDA projects, codebooks).

May import annotator.operations, annotator.store, annotator.formats, annotator.model
and annotator.messages; never Qt, never the layers above.
"""

from annotator.project.facade import Listener, Progress, Project, default_backup_root

__all__ = ["Listener", "Progress", "Project", "default_backup_root"]
