"""REFI-QDA exchange as operations on the store: a project to the exchange model
(export.py: `to_refi`, reads only) and back (importer.py: `import_refi`, run inside one
`Project.batch(...)`).

May import annotator.store, annotator.formats, annotator.model, annotator.messages and
the sibling operations modules.
"""

from annotator.formats.refi.model import ImportReport
from annotator.operations.exchange.export import to_refi
from annotator.operations.exchange.importer import import_refi

__all__ = ["ImportReport", "import_refi", "to_refi"]
