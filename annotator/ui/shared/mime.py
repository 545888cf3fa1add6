"""Drag-and-drop payloads shared by the code tree, the transcript pane and the theme board."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData

CODE_IDS = "application/x-annotator-code-ids"


def code_ids_mime(ids: list[int]) -> QMimeData:
    data = QMimeData()
    data.setData(CODE_IDS, json.dumps(ids).encode("ascii"))
    return data


def code_ids_from(mime: QMimeData) -> list[int]:
    """The code ids a drag carries, or [] if it carries none."""
    if not mime.hasFormat(CODE_IDS):
        return []
    try:
        ids = json.loads(bytes(mime.data(CODE_IDS).data()).decode("ascii"))
    except (ValueError, UnicodeDecodeError):
        return []
    return [int(i) for i in ids if isinstance(i, int)]
