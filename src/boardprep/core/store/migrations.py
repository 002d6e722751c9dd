"""Numbered schema migrations on ``PRAGMA user_version``.

Every upgrade first copies the database to ``boardprep.db.bak-v<N>`` (N = the version found),
then runs all pending steps in ONE transaction: a failure leaves the old schema untouched.
Never edit a released step; add a new one.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from boardprep.core.errors import StoreError
from boardprep.core.store.backup import copy_database
from boardprep.core.store.db import now_iso, transaction

_RECORD_COLS = """
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    sha256 TEXT NOT NULL REFERENCES packs(sha256) ON DELETE CASCADE,
    item TEXT,
    item_title TEXT,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    carried_from TEXT,
    source TEXT"""

V1 = f"""
CREATE TABLE packs (
    sha256 TEXT PRIMARY KEY,
    organisation TEXT, body TEXT, date TEXT, time TEXT, venue TEXT,
    pages INTEGER NOT NULL DEFAULT 0,
    tree_json TEXT NOT NULL,
    last_path TEXT,
    first_opened TEXT NOT NULL,
    last_opened TEXT NOT NULL,
    last_page INTEGER
);
CREATE INDEX packs_meeting ON packs(date, organisation, body);
CREATE TABLE pack_paths (
    sha256 TEXT NOT NULL REFERENCES packs(sha256) ON DELETE CASCADE,
    path TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    PRIMARY KEY (sha256, path)
);
CREATE TABLE page_reads (
    sha256 TEXT NOT NULL REFERENCES packs(sha256) ON DELETE CASCADE,
    pdf_page INTEGER NOT NULL,
    read_at TEXT NOT NULL,
    PRIMARY KEY (sha256, pdf_page)
);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE notes ({_RECORD_COLS},
    text TEXT NOT NULL,
    is_item_note INTEGER NOT NULL DEFAULT 0,
    page INTEGER, pack_page INTEGER, rect TEXT, quote TEXT
);
CREATE INDEX notes_pack_item ON notes(sha256, item);
CREATE TABLE questions ({_RECORD_COLS},
    text TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft',
    answer TEXT, asker TEXT,
    position INTEGER NOT NULL DEFAULT 0,
    page INTEGER, pack_page INTEGER, quote TEXT
);
CREATE INDEX questions_pack_item ON questions(sha256, item, position);
CREATE TABLE declarations ({_RECORD_COLS},
    interest TEXT NOT NULL,
    nature TEXT NOT NULL,
    withdraw INTEGER NOT NULL DEFAULT 0,
    dispensation TEXT
);
CREATE INDEX declarations_pack_item ON declarations(sha256, item);
CREATE TABLE highlights ({_RECORD_COLS},
    page INTEGER, pack_page INTEGER,
    quads TEXT NOT NULL, quote TEXT, colour TEXT NOT NULL DEFAULT '#ffd54f'
);
CREATE INDEX highlights_pack_page ON highlights(sha256, page);
CREATE TABLE bookmarks ({_RECORD_COLS},
    page INTEGER, pack_page INTEGER, label TEXT NOT NULL
);
CREATE INDEX bookmarks_pack ON bookmarks(sha256);
"""

# FTS5 rowids encode (record id, kind) so triggers delete by rowid, never by a table scan.
KIND_CODE = {"note": 1, "question": 2, "declaration": 3}
_FTS_TEXT = {
    "note": "new.text",
    "question": "new.text || ' ' || coalesce(new.answer, '')",
    "declaration": "new.nature || ' ' || coalesce(new.dispensation, '') || ' '"
    " || coalesce(new.action, '')",
}
_TABLE = {"note": "notes", "question": "questions", "declaration": "declarations"}


def _fts_triggers() -> str:
    out = []
    for kind, code in KIND_CODE.items():
        table, text = _TABLE[kind], _FTS_TEXT[kind]
        ins = (
            f"INSERT INTO records_fts(rowid, text, kind, record_id, sha256, item) "
            f"VALUES (new.id * 4 + {code}, {text}, '{kind}', new.id, new.sha256, new.item);"
        )
        out.append(f"CREATE TRIGGER {table}_fts_ai AFTER INSERT ON {table} BEGIN {ins} END;")
        out.append(
            f"CREATE TRIGGER {table}_fts_ad AFTER DELETE ON {table} BEGIN "
            f"DELETE FROM records_fts WHERE rowid = old.id * 4 + {code}; END;"
        )
        out.append(
            f"CREATE TRIGGER {table}_fts_au AFTER UPDATE ON {table} BEGIN "
            f"DELETE FROM records_fts WHERE rowid = old.id * 4 + {code}; {ins} END;"
        )
        old = text.replace("new.", "t.")
        out.append(
            f"INSERT INTO records_fts(rowid, text, kind, record_id, sha256, item) "
            f"SELECT t.id * 4 + {code}, {old}, '{kind}', t.id, t.sha256, t.item FROM {table} t;"
        )
    return "\n".join(out)


V2 = f"""
ALTER TABLE declarations ADD COLUMN sensitive INTEGER NOT NULL DEFAULT 0;
ALTER TABLE declarations ADD COLUMN action TEXT;
ALTER TABLE declarations ADD COLUMN declared INTEGER;
CREATE TABLE pack_text (
    sha256 TEXT PRIMARY KEY REFERENCES packs(sha256) ON DELETE CASCADE,
    pages INTEGER NOT NULL,
    indexed TEXT NOT NULL
);
CREATE VIRTUAL TABLE page_fts USING fts5(
    text, sha256 UNINDEXED, page UNINDEXED, tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE records_fts USING fts5(
    text, kind UNINDEXED, record_id UNINDEXED, sha256 UNINDEXED, item UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
);
{_fts_triggers()}
"""

# v3: listing a whole pack walked the (sha256, item) index then sorted by id; an index on
# sha256 alone is already in id (rowid) order: no sort, ~30% faster for 10k records.
V3 = """
CREATE INDEX notes_pack ON notes(sha256);
CREATE INDEX declarations_pack ON declarations(sha256);
CREATE INDEX highlights_pack ON highlights(sha256);
"""

# v4 (issue 10, the clerk's register and the meeting record): a question's group (the same
# question from several askers, kept apart but shown together), who answers it, and whether it
# is another member's question kept apart from the member's own list (a clerk's bundle brought
# it); the meeting as recorded: outcomes with votes, attendance, actions.
V4 = f"""
ALTER TABLE questions ADD COLUMN group_uid TEXT;
ALTER TABLE questions ADD COLUMN answered_by TEXT;
ALTER TABLE questions ADD COLUMN apart INTEGER NOT NULL DEFAULT 0;
CREATE TABLE outcomes ({_RECORD_COLS},
    decision TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    votes_for INTEGER, votes_against INTEGER, votes_abstain INTEGER
);
CREATE INDEX outcomes_pack ON outcomes(sha256);
CREATE TABLE attendance ({_RECORD_COLS},
    name TEXT NOT NULL,
    status TEXT NOT NULL,
    role TEXT
);
CREATE UNIQUE INDEX attendance_pack_name ON attendance(sha256, name);
CREATE TABLE actions ({_RECORD_COLS},
    text TEXT NOT NULL,
    who TEXT,
    due TEXT,
    done INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX actions_pack ON actions(sha256);
"""

# v5 (issue 10): declarations of interest made at the meeting by any member, as the clerk
# records them for the minutes (apart from the user's own declarations, which stay personal).
V5 = f"""
CREATE TABLE meeting_declarations ({_RECORD_COLS},
    name TEXT NOT NULL,
    interest TEXT NOT NULL,
    nature TEXT NOT NULL,
    left_room INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX meeting_declarations_pack ON meeting_declarations(sha256);
"""

# v6 (issue 11): the agenda is stored once. Until v5 the engine kept a JSON file per pack
# (``cache/<sha256>.json``, with the engine version) and the store a copy in packs.tree_json.
# Now one row per analysed pack, with the engine version that produced it (NULL: unknown, so
# the next analysis replaces it), also for packs only analysed (``boardprep agenda``), never
# registered. See _v6_agendas below.
V6 = """
CREATE TABLE agendas (
    sha256 TEXT PRIMARY KEY,
    analysis_version INTEGER,
    tree_json TEXT NOT NULL,
    stored TEXT NOT NULL
);
INSERT INTO agendas (sha256, analysis_version, tree_json, stored)
    SELECT sha256, NULL, tree_json, last_opened FROM packs;
ALTER TABLE packs DROP COLUMN tree_json;
"""
LEGACY_CACHE = "cache"  # the folder beside the database that held the engine's JSON files


def _v6_agendas(conn: sqlite3.Connection, db_path: Path) -> None:
    """Move the agenda into its own table and take in the engine's JSON files.

    A file whose tree is the pack's stored tree lends it its engine version (so a pack opened
    before the upgrade is not analysed again); a file for a pack never registered becomes its
    row. The files themselves are removed after the commit (:func:`_drop_legacy_cache`)."""
    for stmt in _statements(V6):
        conn.execute(stmt)
    for path in sorted((db_path.parent / LEGACY_CACHE).glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            version, tree = data["analysis_version"], data["tree"]
            sha = tree["pack"]["sha256"]
        except (OSError, ValueError, KeyError, TypeError):
            continue  # a torn or foreign file: it only ever saved time
        if not isinstance(version, int) or path.stem != sha:
            continue
        row = conn.execute("SELECT tree_json FROM agendas WHERE sha256=?", (sha,)).fetchone()
        if row is None:
            conn.execute(
                "INSERT INTO agendas (sha256, analysis_version, tree_json, stored)"
                " VALUES (?,?,?,?)",
                (sha, version, json.dumps(tree), now_iso()),
            )
        elif _same_tree(json.loads(row[0]), tree):
            conn.execute("UPDATE agendas SET analysis_version=? WHERE sha256=?", (version, sha))


def _same_tree(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """The same analysis, wherever the file lay when it was made."""
    a, b = dict(a), dict(b)
    a["pack"] = {**a.get("pack", {}), "path": None}
    b["pack"] = {**b.get("pack", {}), "path": None}
    return a == b


def _drop_legacy_cache(db_path: Path) -> None:
    folder = db_path.parent / LEGACY_CACHE
    for path in [*folder.glob("*.json"), *folder.glob("*.tmp")]:
        with contextlib.suppress(OSError):
            path.unlink()
    with contextlib.suppress(OSError):
        folder.rmdir()


# v7 (issue 11, 100,000 records in one database): the agenda's badges and the start screen
# count a pack's notes that hold words (``text != ''``, an emptied autosave note does not
# count). The (sha256, item) index found the rows, but every row was then read for its text
# (35 ms for 60,000 notes); a partial index of the notes with words answers from the index
# alone (6 ms). SQL, not sqlite-utils: its create_index has no WHERE clause.
# No ANALYZE here: statistics taken of a young database's near-empty tables misled the
# planner on every later insert (bulk inserts 5x slower).
V7 = """
CREATE INDEX notes_pack_item_words ON notes(sha256, item) WHERE text != '';
"""

# A step is an SQL script, or a function for what SQL alone cannot do (files beside the db).
Step = str | Callable[[sqlite3.Connection, Path], None]
MIGRATIONS: list[tuple[int, Step]] = [
    (1, V1), (2, V2), (3, V3), (4, V4), (5, V5), (6, _v6_agendas), (7, V7),
]  # fmt: skip
LATEST = MIGRATIONS[-1][0]


class DatabaseTooNewError(StoreError):
    """The database was written by a newer boardprep: refuse rather than damage it."""

    def __init__(self, message: str) -> None:
        super().__init__(
            message,
            kept="The database was not opened for writing and is unchanged.",
            todo="Install the newer boardprep that wrote it (or use that one) to open it.",
        )


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _statements(script: str) -> list[str]:
    """Split a script into statements (trigger bodies contain ';', so ask SQLite)."""
    out: list[str] = []
    buf = ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out


def backup_copy(conn: sqlite3.Connection, db_path: Path, version: int) -> Path:
    """A consistent copy (SQLite backup API, WAL included) taken before changing the schema."""
    dest = db_path.with_name(f"{db_path.name}.bak-v{version}")
    copy_database(conn, dest)
    return dest


def migrate(conn: sqlite3.Connection, db_path: Path, target: int = LATEST) -> int:
    """Bring the schema to ``target``; returns the version found. ``target`` is for tests."""
    found = user_version(conn)
    if found > LATEST:
        raise DatabaseTooNewError(
            f"{db_path} was written by a newer boardprep (schema v{found}, this version knows "
            f"v{LATEST}); update boardprep to open it"
        )
    if found >= target:
        return found
    if found > 0:
        backup_copy(conn, db_path, found)
    with transaction(conn):
        for version, step in MIGRATIONS:
            if found < version <= target:
                if callable(step):
                    step(conn, db_path)
                else:
                    for stmt in _statements(step):
                        conn.execute(stmt)
        conn.execute(f"PRAGMA user_version = {int(target)}")
    if found < 6 <= target:
        _drop_legacy_cache(db_path)  # taken in by v6, committed: nothing is kept twice
    return found
