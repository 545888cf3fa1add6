"""Themes and sub-themes on the board, the codes they gather and the links between them."""

from __future__ import annotations

import sqlite3

from annotator.model.entities import Theme, ThemeLink
from annotator.store.rows import update_row

_COLS = "id, guid, parent_id, name, definition, status, color, x, y, width, height, sort"

_UPDATABLE = frozenset(
    {"name", "definition", "status", "color", "x", "y", "width", "height", "parent_id", "sort"}
)


class ThemeRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def add(
        self, *, guid: str, name: str, parent_id: int | None, definition: str, status: str,
        color: str, x: float, y: float, width: float, height: float,
    ) -> int:
        sort = self._conn.execute("SELECT coalesce(max(sort), -1) + 1 FROM themes").fetchone()[0]
        cur = self._conn.execute(
            "INSERT INTO themes(guid, parent_id, name, definition, status, color, x, y, width,"
            " height, sort) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (guid, parent_id, name, definition, status, color, x, y, width, height, sort),
        )
        return int(cur.lastrowid or 0)

    def all(self) -> list[Theme]:
        rows = self._conn.execute(f"SELECT {_COLS} FROM themes ORDER BY sort, id").fetchall()
        return [Theme(*row) for row in rows]

    def get(self, theme_id: int) -> Theme | None:
        row = self._conn.execute(
            f"SELECT {_COLS} FROM themes WHERE id = ?", (theme_id,)
        ).fetchone()
        return Theme(*row) if row else None

    def update(self, theme_id: int, **fields: object) -> None:
        update_row(self._conn, "themes", theme_id, fields, _UPDATABLE)

    def delete(self, theme_id: int) -> None:
        self._conn.execute("DELETE FROM themes WHERE id = ?", (theme_id,))

    def add_code(self, theme_id: int, code_id: int) -> None:
        self._conn.execute(
            "INSERT OR IGNORE INTO theme_codes(theme_id, code_id) VALUES (?,?)", (theme_id, code_id)
        )

    def remove_code(self, theme_id: int, code_id: int) -> None:
        self._conn.execute(
            "DELETE FROM theme_codes WHERE theme_id = ? AND code_id = ?", (theme_id, code_id)
        )

    def codes(self, theme_id: int) -> list[int]:
        rows = self._conn.execute(
            "SELECT code_id FROM theme_codes WHERE theme_id = ? ORDER BY id", (theme_id,)
        )
        return [row[0] for row in rows]

    def themes_of_code(self, code_id: int) -> list[int]:
        rows = self._conn.execute(
            "SELECT theme_id FROM theme_codes WHERE code_id = ? ORDER BY id", (code_id,)
        )
        return [row[0] for row in rows]

    def add_link(self, from_theme: int, to_theme: int, label: str) -> int:
        cur = self._conn.execute(
            "INSERT INTO theme_links(from_theme, to_theme, label) VALUES (?,?,?)",
            (from_theme, to_theme, label),
        )
        return int(cur.lastrowid or 0)

    def link(self, link_id: int) -> ThemeLink | None:
        row = self._conn.execute(
            "SELECT id, from_theme, to_theme, label FROM theme_links WHERE id = ?", (link_id,)
        ).fetchone()
        return ThemeLink(*row) if row else None

    def relabel_link(self, link_id: int, label: str) -> None:
        self._conn.execute("UPDATE theme_links SET label = ? WHERE id = ?", (label, link_id))

    def delete_link(self, link_id: int) -> None:
        self._conn.execute("DELETE FROM theme_links WHERE id = ?", (link_id,))

    def memberships(self) -> list[tuple[int, int]]:
        """Every (theme id, code id) pair, in the order codes were added."""
        return [(r[0], r[1]) for r in self._conn.execute(
            "SELECT theme_id, code_id FROM theme_codes ORDER BY id")]

    def links(self) -> list[ThemeLink]:
        rows = self._conn.execute(
            "SELECT id, from_theme, to_theme, label FROM theme_links ORDER BY id"
        ).fetchall()
        return [ThemeLink(*row) for row in rows]

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM themes").fetchone()[0])
