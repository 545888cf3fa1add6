"""The project file's schema and its forward migrations.

`MIGRATIONS[i]` takes a file from schema version i to i + 1. A new version
appends a step; steps are never edited once released, so that every file ever
written can be brought forward. A step is an SQL script, or, when a table must be
rebuilt (a column's type or constraint changed), a function over sqlite-utils that
calls store/rebuild.py's `rebuild`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    import sqlite_utils

Migration: TypeAlias = "str | Callable[[sqlite_utils.Database], None]"

# "ANNT": marks a SQLite file as an Annotator project (PRAGMA application_id).
APPLICATION_ID = 0x414E4E54

_V1 = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    guid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    -- Counted once at import: lists show it on every refresh.
    words INTEGER NOT NULL DEFAULT 0,
    file_name TEXT NOT NULL DEFAULT '',
    original BLOB,
    sha256 TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL,
    sort INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE paragraphs (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    location TEXT NOT NULL DEFAULT '',
    speaker TEXT,
    timestamp TEXT,
    UNIQUE (source_id, idx),
    CHECK (0 <= start AND start <= "end")
);

CREATE TABLE codes (
    id INTEGER PRIMARY KEY,
    guid TEXT NOT NULL UNIQUE,
    parent_id INTEGER REFERENCES codes(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    color TEXT NOT NULL DEFAULT '#FFD54F',
    description TEXT NOT NULL DEFAULT '',
    sort INTEGER NOT NULL DEFAULT 0,
    CHECK (name <> '')
);
CREATE INDEX codes_parent ON codes(parent_id, sort);

CREATE TABLE codings (
    id INTEGER PRIMARY KEY,
    guid TEXT NOT NULL UNIQUE,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    code_id INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    coder TEXT NOT NULL DEFAULT '',
    memo TEXT NOT NULL DEFAULT '',
    illustrative INTEGER NOT NULL DEFAULT 0,
    CHECK (0 <= start AND start < "end")
);
CREATE INDEX codings_source ON codings(source_id, start);
CREATE INDEX codings_code ON codings(code_id, source_id);

CREATE TABLE themes (
    id INTEGER PRIMARY KEY,
    guid TEXT NOT NULL UNIQUE,
    parent_id INTEGER REFERENCES themes(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    definition TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'candidate'
        CHECK (status IN ('candidate', 'reviewed', 'final')),
    color TEXT NOT NULL DEFAULT '#90A4AE',
    x REAL NOT NULL DEFAULT 0,
    y REAL NOT NULL DEFAULT 0,
    width REAL NOT NULL DEFAULT 260,
    height REAL NOT NULL DEFAULT 180,
    sort INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE theme_codes (
    id INTEGER PRIMARY KEY,
    theme_id INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
    code_id INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
    UNIQUE (theme_id, code_id)
);
CREATE INDEX theme_codes_code ON theme_codes(code_id);

CREATE TABLE theme_links (
    id INTEGER PRIMARY KEY,
    from_theme INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
    to_theme INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
    label TEXT NOT NULL DEFAULT ''
);

CREATE TABLE memos (
    id INTEGER PRIMARY KEY,
    guid TEXT NOT NULL UNIQUE,
    target_kind TEXT NOT NULL CHECK (
        target_kind IN ('project', 'journal', 'source', 'code', 'theme', 'coding', 'case')),
    target_id INTEGER,
    title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE INDEX memos_target ON memos(target_kind, target_id);

CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    guid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT ''
);

CREATE TABLE attributes (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL DEFAULT 'text' CHECK (type IN ('text', 'number', 'date', 'choice')),
    choices TEXT NOT NULL DEFAULT '[]',
    sort INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE case_values (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    attribute_id INTEGER NOT NULL REFERENCES attributes(id) ON DELETE CASCADE,
    value TEXT NOT NULL,
    UNIQUE (case_id, attribute_id)
);

CREATE TABLE source_cases (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    UNIQUE (source_id, case_id)
);

-- Trigram tokens find substrings in any script, Chinese included; queries
-- shorter than three characters fall back to a scan (see store/search.py).
CREATE VIRTUAL TABLE source_fts USING fts5(
    text, content='sources', content_rowid='id', tokenize='trigram');
CREATE TRIGGER sources_fts_ai AFTER INSERT ON sources BEGIN
    INSERT INTO source_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER sources_fts_ad AFTER DELETE ON sources BEGIN
    INSERT INTO source_fts(source_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER sources_fts_au AFTER UPDATE OF text ON sources BEGIN
    INSERT INTO source_fts(source_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO source_fts(rowid, text) VALUES (new.id, new.text);
END;

CREATE VIRTUAL TABLE memo_fts USING fts5(
    title, body, content='memos', content_rowid='id', tokenize='trigram');
CREATE TRIGGER memos_fts_ai AFTER INSERT ON memos BEGIN
    INSERT INTO memo_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER memos_fts_ad AFTER DELETE ON memos BEGIN
    INSERT INTO memo_fts(memo_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER memos_fts_au AFTER UPDATE OF title, body ON memos BEGIN
    INSERT INTO memo_fts(memo_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO memo_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
"""

# Cue times of subtitle imports (formats/subtitles.py): which stretch of the text
# was spoken when, so that a media player can follow the transcript later. One row
# per source, its cues packed (store/cues.py): an hour of Zoom is 800 cues, and a
# row each (with its undo-log entry) made importing one 17 ms slower.
_V2_CUES = """
CREATE TABLE cues (
    source_id INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
    cues BLOB NOT NULL
);
"""

# "Similar passages" (store/similar.py): each transcript's passages with their terms,
# derived from the text and kept current by background indexing, so not watched by
# undo; triggers forget a transcript's passages when its text or paragraphs change.
# What the researcher marked "not relevant" for a code is theirs, and undoable.
_V3_SIMILAR = """
CREATE TABLE similar_sources (
    source_id INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
    tokenizer INTEGER NOT NULL,
    generation INTEGER NOT NULL
);
CREATE TABLE similar_passages (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    speaker TEXT,
    terms TEXT NOT NULL
);
CREATE INDEX similar_passages_source ON similar_passages(source_id, start);
CREATE TRIGGER similar_text_au AFTER UPDATE OF text ON sources BEGIN
    DELETE FROM similar_sources WHERE source_id = old.id;
    DELETE FROM similar_passages WHERE source_id = old.id;
END;
CREATE TRIGGER similar_paragraphs_ai AFTER INSERT ON paragraphs BEGIN
    DELETE FROM similar_sources WHERE source_id = new.source_id;
    DELETE FROM similar_passages WHERE source_id = new.source_id;
END;
CREATE TRIGGER similar_paragraphs_au AFTER UPDATE ON paragraphs BEGIN
    DELETE FROM similar_sources WHERE source_id = old.source_id;
    DELETE FROM similar_passages WHERE source_id = old.source_id;
END;
CREATE TRIGGER similar_paragraphs_ad AFTER DELETE ON paragraphs BEGIN
    DELETE FROM similar_sources WHERE source_id = old.source_id;
    DELETE FROM similar_passages WHERE source_id = old.source_id;
END;
CREATE TABLE similar_dismissed (
    id INTEGER PRIMARY KEY,
    code_id INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    UNIQUE (code_id, source_id, start, "end")
);
"""

# Rows changed by other processes while a window has the project open
# (store/journal.py): one mark per row, its sequence number renewed on each change.
_V4_CHANGE_MARKS = """
CREATE TABLE change_marks (
    seq INTEGER PRIMARY KEY,
    tbl TEXT NOT NULL,
    rid INTEGER NOT NULL,
    UNIQUE (tbl, rid)
);
"""

# The original file of a transcript (a Word document) in a table of its own: as a
# column of sources, its bytes went into the undo log with every edit of the row.
_V5_ORIGINALS = """
CREATE TABLE source_originals (
    source_id INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
    bytes BLOB NOT NULL
);
INSERT INTO source_originals(source_id, bytes)
    SELECT id, original FROM sources WHERE original IS NOT NULL;
ALTER TABLE sources DROP COLUMN original;
"""



def _v6_unwrapped_journal(db: sqlite_utils.Database) -> None:
    """Journal entries were stored as QTextEdit.toMarkdown() wrote them, hard-wrapped at
    80 columns; from version 6 they are stored unwrapped (ui/panes/journal.py)."""
    from annotator.model.markdown import unwrap

    rows = db.execute("SELECT id, body FROM memos WHERE target_kind = 'journal'").fetchall()
    for memo_id, body in rows:
        if (flat := unwrap(body)) != body:
            db.execute("UPDATE memos SET body = ? WHERE id = ?", (flat, memo_id))


# Editing transcripts (issue 16). A keystroke must not re-index a whole transcript:
# changing a text only notes what the search index holds for it (`source_fts_stale`,
# once, until the index catches up: store/search.py `refresh`), and moving paragraphs
# (their offsets change with every keystroke before them) no longer forgets the
# similar passages (the text's own trigger does, once). `source_edits` is each Word
# original's edit log: the original stays as imported, and exports apply the log.
# The codings' index by transcript no longer holds their starts: a keystroke moves the
# start of every coding after it, and rewriting thousands of index entries cost more
# than the rest of the keystroke (9 ms of 13); reads of one transcript's codings scan
# its rows instead (5,000 in 0.4 ms).
_V7_EDITS = """
CREATE TABLE source_fts_stale (
    source_id INTEGER PRIMARY KEY,
    text TEXT NOT NULL
);
DROP TRIGGER sources_fts_au;
CREATE TRIGGER sources_fts_au AFTER UPDATE OF text ON sources
WHEN NOT EXISTS (SELECT 1 FROM source_fts_stale WHERE source_id = old.id) BEGIN
    INSERT INTO source_fts_stale(source_id, text) VALUES (old.id, old.text);
END;
DROP TRIGGER sources_fts_ad;
CREATE TRIGGER sources_fts_ad AFTER DELETE ON sources BEGIN
    INSERT INTO source_fts(source_fts, rowid, text) VALUES ('delete', old.id,
        coalesce((SELECT text FROM source_fts_stale WHERE source_id = old.id), old.text));
    DELETE FROM source_fts_stale WHERE source_id = old.id;
END;
DROP TRIGGER similar_paragraphs_au;
CREATE TRIGGER similar_paragraphs_au AFTER UPDATE OF idx, location, speaker, timestamp
ON paragraphs WHEN EXISTS (SELECT 1 FROM similar_sources WHERE source_id = old.source_id)
BEGIN
    DELETE FROM similar_sources WHERE source_id = old.source_id;
    DELETE FROM similar_passages WHERE source_id = old.source_id;
END;
CREATE TABLE source_edits (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    CHECK (0 <= start AND start <= "end")
);
CREATE INDEX source_edits_source ON source_edits(source_id, id);
DROP INDEX codings_source;
CREATE INDEX codings_source ON codings(source_id);
"""

MIGRATIONS: tuple[Migration, ...] = (_V1, _V2_CUES, _V3_SIMILAR, _V4_CHANGE_MARKS,
                                     _V5_ORIGINALS, _v6_unwrapped_journal, _V7_EDITS)
SCHEMA_VERSION = len(MIGRATIONS)

# Tables whose rows the user changes; the undo log watches exactly these.
USER_TABLES: tuple[str, ...] = (
    "meta",
    "sources",
    "paragraphs",
    "codes",
    "codings",
    "themes",
    "theme_codes",
    "theme_links",
    "memos",
    "cases",
    "attributes",
    "case_values",
    "source_cases",
    "cues",
    "similar_dismissed",
    "source_originals",
    "source_edits",
)
