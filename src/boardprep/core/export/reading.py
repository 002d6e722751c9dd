"""A Store that only reads, for exports: they must work when the database cannot be written.

With the database's disk full, read-only, or its folder not writable, opening a normal Store
may fail (journal mode, migration, daily backup) although every record is still readable.
:func:`open_for_reading` opens the same file with SQLite's read-only mode (falling back to
``immutable`` when not even the WAL index can be created), never migrates and never writes.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

from boardprep.core import paths
from boardprep.core.errors import BoardprepError
from boardprep.core.export.output import ExportError
from boardprep.core.store import Store
from boardprep.core.store.db import DB_NAME, Connection
from boardprep.core.store.migrations import LATEST


def _connect(path: Path, extra: str) -> sqlite3.Connection:
    uri = f"file:{quote(str(path))}?mode=ro{extra}"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, factory=Connection, timeout=10)
    conn.db_path = path  # type: ignore[attr-defined]
    try:
        conn.execute("PRAGMA query_only = ON")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except BaseException:
        conn.close()
        raise
    if version != LATEST:
        conn.close()
        raise ExportError(
            f"cannot read {path}: it is schema v{version}, this boardprep reads v{LATEST}; "
            "open boardprep once to upgrade it"
        )
    conn.row_factory = sqlite3.Row
    return conn


def open_for_reading(data_dir: str | Path | None = None) -> Store:
    """The member's records, read-only. ExportError (one sentence) when there is no database."""
    folder = Path(data_dir) if data_dir else None
    try:
        base = paths.data_dir(folder)
    except OSError:
        if folder is None:
            raise
        base = folder.expanduser()  # a read-only data folder that exists
    path = base / DB_NAME
    if not path.is_file():
        raise ExportError(f"there is no boardprep database in {base}: nothing to export")
    conn = None
    last: BaseException | None = None
    for extra in ("", "&immutable=1"):
        try:
            conn = _connect(path, extra)
            break
        except ExportError:
            raise
        except (sqlite3.Error, BoardprepError, OSError) as err:
            last = err
    if conn is None:
        raise ExportError(f"cannot read the database {path}: {last}")
    store = Store.__new__(Store)
    store.path = path
    store.conn = conn
    store._trees = {}
    return store
