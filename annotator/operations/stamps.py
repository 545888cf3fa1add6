"""Identifiers and times written with new rows."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime


def new_guid() -> str:
    # Upper case, as REFI-QDA writes GUIDs; stable for the row's whole life.
    return str(uuid.uuid4()).upper()


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
