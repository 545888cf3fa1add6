"""Small helpers shared by tests."""

from __future__ import annotations

from pathlib import Path

from annotator.store.schema import USER_TABLES
from annotator.store.store import Store


def table_dump(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """Every user table's rows, in rowid order: equal dumps mean equal projects."""
    conn = store.database.conn
    return {t: conn.execute(f"SELECT rowid, * FROM {t} ORDER BY rowid").fetchall()
            for t in USER_TABLES}


def write_txt(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path
