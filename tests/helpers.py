"""Small helpers shared by tests."""

from __future__ import annotations

import tracemalloc
from collections.abc import Iterator
from contextlib import contextmanager
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


@contextmanager
def allocates_at_most(megabytes: float) -> Iterator[None]:
    """Work that must stay bounded (a refused zip bomb, a capped read): checked by the
    peak memory Python allocates for it, which a busy machine does not stretch as it
    stretches wall-clock time. Unpacking or reading what was refused would allocate it.
    """
    tracemalloc.start()
    try:
        yield
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak <= megabytes * 2**20, f"allocated {peak / 2**20:.1f} MB"
