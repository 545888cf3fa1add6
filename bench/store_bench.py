"""Store benchmark: where sqlite-utils works and what plain sqlite3 would take instead.

- 20,000 codings added in one transaction, with the undo log's triggers watching:
  executemany against sqlite-utils' insert_all (what CodingRepository.add_many does,
  with the look-up of the new ids),
  and, with --per-row, one add_coding each (what "Code all results" did before);
- rebuilding the 20,000-row codings table in a migration: sqlite-utils' transform()
  (store/rebuild.py) against SQLite's hand-written recipe (create, copy, drop, rename);
- reading the schema for `annotator check`: sqlite-utils against PRAGMA queries, and
  the one-off import of sqlite-utils that the check pays.

Median and minimum of --runs runs each (the minimum is the steadier figure on a
busy machine).

    uv run python bench/store_bench.py [--codings 20000] [--runs 5] [--per-row]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from annotator.store.codings import _INSERT as INSERT  # noqa: E402
from annotator.store.store import Store  # noqa: E402

COLUMNS = ["guid", "source_id", "code_id", "start", "end", "created_at", "coder", "memo"]


def fresh(folder: Path, n: int, run: int) -> Store:
    store = Store.create(folder / f"s{run}-{time.perf_counter_ns()}.annotator")
    with store.recorded():
        store.sources.add(guid="S", name="A", kind="txt", text="x" * (3 * n + 10), file_name="",
                          original=None, sha256="", imported_at="now", paragraphs=())
        store.database.conn.execute("INSERT INTO codes(guid, name) VALUES ('C', 'Code')")
    return store


def rows(n: int) -> list[tuple[str, int, int, int, int, str, str, str]]:
    return [(f"G{i:08d}", 1, 1, 3 * i, 3 * i + 2, "2026-01-01T00:00:00", "me", "")
            for i in range(n)]


Job = tuple[Callable[[Store], object], Callable[[Store], object] | None]


def compare(folder: Path, n: int, runs: int, jobs: dict[str, Job]) -> None:
    """Time each job on a fresh store, the jobs taking turns so that a busy moment
    of the machine falls on all of them alike; print median and minimum."""
    times: dict[str, list[float]] = {label: [] for label in jobs}
    for run in range(runs):
        for label, (job, prepare) in jobs.items():
            store = fresh(folder, n, run)
            store.database.db.table_names()  # sqlite-utils loaded outside the timing
            if prepare is not None:
                with store.recorded():
                    prepare(store)
                store.database.conn.execute("PRAGMA foreign_keys = OFF")  # as _migrate does
            t0 = time.perf_counter()
            with store.recorded() as recording:
                job(store)
            times[label].append((time.perf_counter() - t0) * 1000)
            assert len(recording.entries) >= (n if prepare is None else 0)
            store.close()
    for label, found in times.items():
        print(f"  {label:<32}{statistics.median(found):9.1f}{min(found):9.1f}")


def per_row(store: Store, n: int) -> None:
    from annotator.operations.codings import add_coding

    for i in range(n):
        add_coding(store, 1, 1, 3 * i, 3 * i + 2, coder="me")


def hand_rebuild(store: Store) -> None:
    conn = store.database.conn
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'codings'").fetchone()[0]
    indexes = [s for (s,) in conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'codings'"
        " AND sql IS NOT NULL")]
    conn.execute(sql.replace("CREATE TABLE codings", "CREATE TABLE codings_new", 1))
    conn.execute("INSERT INTO codings_new SELECT * FROM codings")
    conn.execute("DROP TABLE codings")
    conn.execute("ALTER TABLE codings_new RENAME TO codings")
    for index in indexes:
        conn.execute(index)


def pragma_schema(store: Store) -> set[str]:
    conn = store.database.conn
    names: set[str] = set()
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        names.add(table)
        names.update(f"{table}.{r[1]}" for r in conn.execute(f'PRAGMA table_info("{table}")'))
        names.update(f"index {r[1]}" for r in conn.execute(f'PRAGMA index_list("{table}")')
                     if r[3] == "c")
    names.update(f"trigger {name}" for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger'"))
    return names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--codings", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--per-row", action="store_true",
                        help="also time one add_coding per coding (quadratic: minutes)")
    args = parser.parse_args()
    n, runs = args.codings, args.runs
    data = rows(n)
    with tempfile.TemporaryDirectory(prefix="annotator-store-bench-") as tmp:
        folder = Path(tmp)
        print(f"{n:,} codings in one transaction, undo triggers on (ms: median, min of {runs})")
        dicts = [dict(zip(COLUMNS, row, strict=True)) for row in data]
        jobs: dict[str, Job] = {
            "executemany": (lambda s: s.database.conn.executemany(INSERT, data), None),
            "add_many (insert_all, dicts)": (lambda s: s.codings.add_many(data), None),
            "insert_all, dicts": (lambda s: s.database.db["codings"].insert_all(dicts), None),
            "insert_all, tuples": (
                lambda s: s.database.db["codings"].insert_all([COLUMNS, *data]), None),
        }
        if args.per_row:
            jobs["one add_coding each"] = (lambda s: per_row(s, n), None)
        compare(folder, n, runs, jobs)

        from annotator.store.rebuild import rebuild

        def filled(store: Store) -> None:
            store.codings.add_many(data)

        print(f"rebuilding the {n:,}-row codings table (ms: median, min of {runs})")
        compare(folder, n, runs, {
            "sqlite-utils transform()": (lambda s: rebuild(s.database.db, "codings"), filled),
            "hand-written recipe": (hand_rebuild, filled),
        })

        from annotator.store.checks import _schema

        store = fresh(folder, 1, 99)
        db = store.database.db
        assert _schema(db) == pragma_schema(store)
        for label, job in (("sqlite-utils", lambda: _schema(db)),
                           ("PRAGMA queries", lambda: pragma_schema(store))):
            times = []
            for _ in range(runs * 4):
                t0 = time.perf_counter()
                job()
                times.append((time.perf_counter() - t0) * 1000)
            print(f"schema read for check, {label:<15}{statistics.median(times):8.2f} ms"
                  f" (min {min(times):.2f})")
        store.close()
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import sqlite_utils"], check=True)
    bare = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    print(f"importing sqlite-utils (once per check): "
          f"{((bare - started) - (time.perf_counter() - bare)) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
