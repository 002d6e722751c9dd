"""The engine's agenda of each pack, stored once: the ``agendas`` table (schema v6).

One row per analysed pack (sha256), with the engine version that produced it. ``analyze``
asks :func:`stored_agenda` before it opens a PDF and hands a complete result to
:func:`keep_agenda`; the Store reads the same row as a pack's engine tree and writes it when a
pack is registered (:func:`write_agenda`). A row of another engine version (or of none: a
bundle's tree, a database upgraded from v5) is never a cache hit, so an engine change still
re-analyses every pack, and the new result replaces the row.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from boardprep.core.model import AgendaTree

STORE_WAIT_MS = 2000  # a busy database (another writer) costs the cache, never the analysis


def _ro_path(data_dir: str | os.PathLike[str] | None) -> str | None:
    from boardprep.core import paths
    from boardprep.core.store.db import DB_NAME

    path = paths.chosen_data_dir(data_dir) / DB_NAME
    return str(path) if path.is_file() else None


def stored_agenda(
    sha: str, version: int, data_dir: str | os.PathLike[str] | None = None
) -> AgendaTree | None:
    """The stored agenda of ``sha`` if the engine ``version`` made it, else None.

    Read-only and without the Store (no migration, no backup, no sqlite-utils): a cached
    ``boardprep agenda`` stays a reading command of a few milliseconds. A database that is
    missing, older than v6, locked or damaged is simply a miss."""
    try:
        path = _ro_path(data_dir)
        if path is None:
            return None
        conn = sqlite3.connect(f"file:{quote(path)}?mode=ro", uri=True, timeout=1)
        try:
            row = conn.execute(
                "SELECT tree_json FROM agendas WHERE sha256=? AND analysis_version=?",
                (sha, version),
            ).fetchone()
        finally:
            conn.close()
        if row is None:
            return None
        tree = AgendaTree.from_json(json.loads(row[0]))
    except (OSError, sqlite3.Error, ValueError, KeyError, TypeError):
        return None
    tree.analysis_version = version
    return tree


def keep_agenda(tree: AgendaTree, data_dir: str | os.PathLike[str] | None = None) -> None:
    """Store a complete analysis for next time; a store that cannot take it costs only time."""
    from boardprep.core.errors import BoardprepError
    from boardprep.core.store.db import transaction
    from boardprep.core.store.store import Store

    try:
        where = None if data_dir is None else Path(data_dir)
        with Store(where, backup=False) as store:
            store.set_busy_timeout(STORE_WAIT_MS)
            with transaction(store.conn) as c:
                write_agenda(c, tree)
    except (BoardprepError, OSError, sqlite3.Error):
        pass


def write_agenda(conn: sqlite3.Connection, tree: AgendaTree, tree_json: str | None = None) -> None:
    """Insert or replace ``tree``'s row (inside the caller's transaction)."""
    from boardprep.core.store.db import now_iso

    if tree_json is None:
        tree_json = json.dumps(tree.to_json(with_labels=True))
    conn.execute(
        "INSERT OR REPLACE INTO agendas (sha256, analysis_version, tree_json, stored)"
        " VALUES (?,?,?,?)",
        (tree.pack.sha256, tree.analysis_version, tree_json, now_iso()),
    )


def stored_version(conn: sqlite3.Connection, sha: str) -> int | None:
    row = conn.execute("SELECT analysis_version FROM agendas WHERE sha256=?", (sha,)).fetchone()
    return row[0] if row else None


def read_tree_json(conn: sqlite3.Connection, sha: str) -> str | None:
    """A registered pack's stored agenda (a pack only analysed is no pack of the store's)."""
    row = conn.execute(
        "SELECT a.tree_json FROM agendas a JOIN packs p ON p.sha256 = a.sha256 WHERE a.sha256=?",
        (sha,),
    ).fetchone()
    return row[0] if row else None
