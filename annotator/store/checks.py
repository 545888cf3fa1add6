"""Consistency checks beyond SQLite's own: what a damaged or hand-edited file might hold."""

from __future__ import annotations

import sqlite3
from functools import cache
from typing import TYPE_CHECKING

from annotator.messages import message

if TYPE_CHECKING:
    import sqlite_utils

# Memo targets are not foreign keys (one column points into several tables).
_MEMO_TARGETS = {"source": "sources", "code": "codes", "theme": "themes",
                 "coding": "codings", "case": "cases"}


def consistency_problems(conn: sqlite3.Connection) -> list[str]:
    """Each problem as one plain sentence; an empty list means the project is sound."""
    problems: list[str] = []

    def count(sql: str) -> int:
        return int(conn.execute(sql).fetchone()[0])

    # Each transcript's length once (MATERIALIZED): joined row by row, length() ran over
    # the whole text once per coding and per paragraph, quadratic in the text.
    lengths = "WITH lengths(id, n) AS MATERIALIZED (SELECT id, length(text) FROM sources) "
    outside = count(lengths + 'SELECT count(*) FROM codings c JOIN lengths s'
                    ' ON s.id = c.source_id'
                    ' WHERE c.start < 0 OR c."end" > s.n OR c.start >= c."end"')
    if outside:
        problems.append(message("{n} coding(s) lie outside their transcript's text.",
                                n=outside))
    paragraphs = count(lengths + 'SELECT count(*) FROM paragraphs p JOIN lengths s'
                       ' ON s.id = p.source_id WHERE p."end" > s.n')
    if paragraphs:
        problems.append(message("{n} paragraph(s) reach past the end of their transcript.",
                                n=paragraphs))
    for kind, table in _MEMO_TARGETS.items():
        orphans = count(f"SELECT count(*) FROM memos m WHERE m.target_kind = '{kind}'"
                        f" AND NOT EXISTS (SELECT 1 FROM {table} t WHERE t.id = m.target_id)")
        if orphans:
            problems.append(_orphan_memos(kind, orphans))
    loops = count("WITH RECURSIVE up(id, parent, depth) AS ("
                  " SELECT id, parent_id, 0 FROM codes"
                  " UNION ALL SELECT up.id, c.parent_id, depth + 1 FROM up"
                  " JOIN codes c ON c.id = up.parent WHERE depth < 1000)"
                  " SELECT count(DISTINCT id) FROM up WHERE depth >= 1000")
    if loops:
        problems.append(message("{n} code(s) are their own ancestors.", n=loops))
    return schema_problems(conn) + problems


def schema_problems(conn: sqlite3.Connection) -> list[str]:
    """What the file lacks of the schema it claims: tables, columns, indexes and the
    triggers that keep the search index current (a file edited by hand, or by a tool
    that rebuilt a table and dropped its triggers)."""
    import sqlite_utils

    found = _schema(sqlite_utils.Database(conn, recursive_triggers=False))
    missing = sorted(_expected_schema() - found)
    if not missing:
        return []
    return [message("Part of the project file's structure is missing: {items}.",
                    items=", ".join(missing))]


def _schema(db: sqlite_utils.Database) -> frozenset[str]:
    """Every table ("codings"), column ("codings.start"), named index and trigger."""
    names: set[str] = set()
    for table in db.tables:
        names.add(table.name)
        names.update(f"{table.name}.{column.name}" for column in table.columns)
        names.update(f"index {index.name}" for index in table.indexes
                     if index.origin == "c")
    names.update(f"trigger {trigger.name}" for trigger in db.triggers)
    return frozenset(names)


@cache
def _expected_schema() -> frozenset[str]:
    """The schema every migration together makes, read from a fresh in-memory database."""
    import sqlite_utils

    from annotator.store.database import _statements
    from annotator.store.schema import MIGRATIONS

    conn = sqlite3.connect(":memory:")
    try:
        db = sqlite_utils.Database(conn, recursive_triggers=False)
        for step in MIGRATIONS:
            if callable(step):
                step(db)
                continue
            for statement in _statements(step):
                conn.execute(statement)
        return _schema(db)
    finally:
        conn.close()


def _orphan_memos(kind: str, n: int) -> str:
    match kind:
        case "source":
            return message("{n} memo(s) belong to a source that no longer exists.", n=n)
        case "code":
            return message("{n} memo(s) belong to a code that no longer exists.", n=n)
        case "theme":
            return message("{n} memo(s) belong to a theme that no longer exists.", n=n)
        case "coding":
            return message("{n} memo(s) belong to a coding that no longer exists.", n=n)
    return message("{n} memo(s) belong to a case that no longer exists.", n=n)
