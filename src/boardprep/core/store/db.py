"""Opening the member's database: one file, private to the user, WAL, short transactions."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

DB_NAME = "boardprep.db"
BUSY_TIMEOUT_MS = 5000


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating) the database with the pragmas every connection needs.

    ``isolation_level=None``: the sqlite3 module never opens transactions behind our back, so
    every write is exactly the transaction that :func:`transaction` makes.
    """
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    _private_dir(path.parent)
    existed = path.exists()
    conn = sqlite3.connect(
        str(path), isolation_level=None, check_same_thread=True, timeout=BUSY_TIMEOUT_MS / 1000
    )
    if not existed:
        os.chmod(path, 0o600)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    # In WAL mode NORMAL keeps the database consistent after a crash; only the very last
    # commits can be lost on power failure (never on a process kill).
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.row_factory = sqlite3.Row
    for suffix in ("-wal", "-shm"):
        side = Path(str(path) + suffix)
        if side.exists():
            os.chmod(side, 0o600)
    return conn


def utils_db(conn: sqlite3.Connection) -> Any:
    """sqlite-utils over the same connection, for introspection and table transforms.

    Imported on demand: ``import sqlite_utils`` costs ~0.25 s (click, dateutil, plugin entry
    points), which every app start and CLI call would otherwise pay.
    """
    import sqlite_utils

    return sqlite_utils.Database(conn)


def _private_dir(path: Path) -> None:
    # A shared dir we do not own stays as it is: the file itself is 0600.
    with contextlib.suppress(OSError):
        os.chmod(path, 0o700)


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One short write transaction; IMMEDIATE so a writer waits for the lock up front."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def new_uid() -> str:
    return uuid.uuid4().hex
