"""Cases (participants), their typed attributes and the sources they speak in."""

from __future__ import annotations

import json
import sqlite3

from annotator.model.entities import Attribute, Case


class CaseRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def add(self, *, guid: str, name: str, description: str) -> int:
        cur = self._conn.execute(
            "INSERT INTO cases(guid, name, description) VALUES (?,?,?)", (guid, name, description)
        )
        return int(cur.lastrowid or 0)

    def by_name(self, name: str) -> Case | None:
        row = self._conn.execute("SELECT id FROM cases WHERE name = ?", (name,)).fetchone()
        return self.get(row[0]) if row else None

    def get(self, case_id: int) -> Case | None:
        return next((c for c in self.all() if c.id == case_id), None)

    def all(self) -> list[Case]:
        values: dict[int, dict[str, str]] = {}
        for case_id, name, value in self._conn.execute(
            "SELECT v.case_id, a.name, v.value FROM case_values v"
            " JOIN attributes a ON a.id = v.attribute_id ORDER BY a.sort, a.id"
        ):
            values.setdefault(case_id, {})[name] = value
        rows = self._conn.execute(
            "SELECT id, guid, name, description FROM cases ORDER BY name COLLATE NOCASE, id"
        ).fetchall()
        return [Case(r[0], r[1], r[2], r[3], values.get(r[0], {})) for r in rows]

    def rename(self, case_id: int, name: str) -> None:
        self._conn.execute("UPDATE cases SET name = ? WHERE id = ?", (name, case_id))

    def delete(self, case_id: int) -> None:
        self._conn.execute("DELETE FROM memos WHERE target_kind = 'case' AND target_id = ?",
                           (case_id,))
        self._conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))

    def add_attribute(self, *, name: str, type: str, choices: tuple[str, ...]) -> int:
        sort = self._conn.execute(
            "SELECT coalesce(max(sort), -1) + 1 FROM attributes"
        ).fetchone()[0]
        cur = self._conn.execute(
            "INSERT INTO attributes(name, type, choices, sort) VALUES (?,?,?,?)",
            (name, type, json.dumps(list(choices), ensure_ascii=False), sort),
        )
        return int(cur.lastrowid or 0)

    def update_attribute(self, attribute_id: int, *, name: str, type: str,
                         choices: tuple[str, ...]) -> None:
        self._conn.execute(
            "UPDATE attributes SET name = ?, type = ?, choices = ? WHERE id = ?",
            (name, type, json.dumps(list(choices), ensure_ascii=False), attribute_id),
        )

    def delete_attribute(self, attribute_id: int) -> None:
        # Its values go with it (ON DELETE CASCADE).
        self._conn.execute("DELETE FROM attributes WHERE id = ?", (attribute_id,))

    def values_of(self, attribute_id: int) -> list[tuple[int, str]]:
        """(case id, value) of every participant with a value for the attribute."""
        return [(r[0], r[1]) for r in self._conn.execute(
            "SELECT case_id, value FROM case_values WHERE attribute_id = ? ORDER BY case_id",
            (attribute_id,))]

    def attributes(self) -> list[Attribute]:
        rows = self._conn.execute(
            "SELECT id, name, type, choices FROM attributes ORDER BY sort, id"
        ).fetchall()
        return [Attribute(r[0], r[1], r[2], tuple(json.loads(r[3]))) for r in rows]

    def attribute(self, attribute_id: int) -> Attribute | None:
        return next((a for a in self.attributes() if a.id == attribute_id), None)

    def set_value(self, case_id: int, attribute_id: int, value: str | None) -> None:
        if value is None:
            self._conn.execute(
                "DELETE FROM case_values WHERE case_id = ? AND attribute_id = ?",
                (case_id, attribute_id),
            )
            return
        self._conn.execute(
            "INSERT INTO case_values(case_id, attribute_id, value) VALUES (?,?,?)"
            " ON CONFLICT(case_id, attribute_id) DO UPDATE SET value = excluded.value",
            (case_id, attribute_id, value),
        )

    def assign_source(self, source_id: int, case_id: int) -> None:
        self._conn.execute(
            "INSERT OR IGNORE INTO source_cases(source_id, case_id) VALUES (?,?)",
            (source_id, case_id),
        )

    def unassign_source(self, source_id: int, case_id: int) -> None:
        self._conn.execute(
            "DELETE FROM source_cases WHERE source_id = ? AND case_id = ?", (source_id, case_id)
        )

    def cases_of_source(self, source_id: int) -> list[int]:
        rows = self._conn.execute(
            "SELECT case_id FROM source_cases WHERE source_id = ? ORDER BY case_id", (source_id,)
        )
        return [row[0] for row in rows]

    def source_case_pairs(self) -> list[tuple[int, int]]:
        """Every (source id, case id) assignment."""
        return [(r[0], r[1]) for r in self._conn.execute(
            "SELECT source_id, case_id FROM source_cases ORDER BY id")]

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM cases").fetchone()[0])
