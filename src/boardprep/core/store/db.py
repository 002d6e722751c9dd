"""Opening the member's database: one file, private to the user, WAL, short transactions.

Every fault the disk or SQLite can raise (busy, full, read-only, no permission, damaged) is
turned into a :class:`~boardprep.core.errors.StoreError` with one sentence for the user, by the
:class:`Connection` every Store uses; :func:`translate` and :func:`translate_os` do the wording.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NoReturn

from boardprep.core.errors import (
    DatabaseBusyError,
    DatabaseDamagedError,
    DataDirError,
    DiskFullError,
    NoPermissionError,
    ReadOnlyError,
    StoreError,
    StoreIOError,
)

DB_NAME = "boardprep.db"
# A writer waits this long for another (the window importing a colleague's bundle, a command
# line `add`) before giving up; imports commit in batches far shorter than this.
BUSY_TIMEOUT_MS = 60_000
SQLITE_MAGIC = b"SQLite format 3\x00"

# SQLite primary result codes that are faults of the disk or the file, not of our SQL.
_BUSY, _LOCKED, _FULL, _READONLY, _NOTADB, _CORRUPT = 5, 6, 13, 8, 26, 11
_CANTOPEN, _PERM, _AUTH, _IOERR, _NOMEM = 14, 3, 23, 10, 7
_FAULTS = {_BUSY, _LOCKED, _FULL, _READONLY, _NOTADB, _CORRUPT, _CANTOPEN, _PERM, _AUTH, _IOERR}


class Connection(sqlite3.Connection):
    """A sqlite3 connection whose faults arrive as StoreError (one clear sentence)."""

    db_path: Path = Path(DB_NAME)
    busy_ms: int = BUSY_TIMEOUT_MS  # for the busy sentence: how long a write waited

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        try:
            return super().execute(sql, parameters)
        except sqlite3.Error as err:
            _reraise(err, self.db_path, self.busy_ms)

    def executemany(self, sql: str, parameters: Any, /) -> sqlite3.Cursor:
        try:
            return super().executemany(sql, parameters)
        except sqlite3.Error as err:
            _reraise(err, self.db_path, self.busy_ms)

    def executescript(self, script: str, /) -> sqlite3.Cursor:
        try:
            return super().executescript(script)
        except sqlite3.Error as err:
            _reraise(err, self.db_path, self.busy_ms)

    def cursor(self, factory: Any = None) -> Any:
        return super().cursor(factory or Cursor)

    def backup(self, target: sqlite3.Connection, **kw: Any) -> None:  # type: ignore[override]
        try:
            super().backup(target, **kw)
        except sqlite3.Error as err:
            _reraise(err, Path(str(getattr(target, "db_path", self.db_path))))


class Cursor(sqlite3.Cursor):
    def execute(self, sql: str, parameters: Any = (), /) -> Cursor:
        try:
            return super().execute(sql, parameters)  # type: ignore[return-value]
        except sqlite3.Error as err:
            _reraise(err, _path_of(self), _waited(self))

    def executemany(self, sql: str, seq: Any, /) -> Cursor:
        try:
            return super().executemany(sql, seq)  # type: ignore[return-value]
        except sqlite3.Error as err:
            _reraise(err, _path_of(self), _waited(self))

    def fetchone(self) -> Any:
        try:
            return super().fetchone()
        except sqlite3.Error as err:
            _reraise(err, _path_of(self), _waited(self))

    def fetchall(self) -> list[Any]:
        try:
            return super().fetchall()
        except sqlite3.Error as err:
            _reraise(err, _path_of(self), _waited(self))


def _reraise(err: sqlite3.Error, path: Path, waited_ms: int | None = None) -> NoReturn:
    new = translate(err, path, waited_ms)
    if new is err:
        raise err
    raise new from err


def _path_of(cur: sqlite3.Cursor) -> Path:
    return Path(getattr(cur.connection, "db_path", DB_NAME))


def _waited(cur: sqlite3.Cursor) -> int | None:
    return getattr(cur.connection, "busy_ms", None)


def connect(path: Path) -> Connection:
    """Open (creating) the database with the pragmas every connection needs.

    ``isolation_level=None``: the sqlite3 module never opens transactions behind our back, so
    every write is exactly the transaction that :func:`transaction` makes. A file that is not a
    database, or is shorter than its own header says, raises DatabaseDamagedError before
    SQLite touches it.
    """
    try:
        check_data_dir(path.parent)
        check_header(path)
        existed = path.exists()
        conn = sqlite3.connect(
            str(path),
            isolation_level=None,
            check_same_thread=True,
            timeout=BUSY_TIMEOUT_MS / 1000,
            factory=Connection,
        )
    except OSError as err:
        raise translate_os(err, path) from err
    except sqlite3.Error as err:
        _reraise(err, path)
    assert isinstance(conn, Connection)
    conn.db_path = path
    conn.busy_ms = BUSY_TIMEOUT_MS
    try:
        if not existed:
            with contextlib.suppress(OSError):
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
                with contextlib.suppress(OSError):
                    os.chmod(side, 0o600)
    except BaseException:
        conn.close()
        raise
    return conn


def check_data_dir(folder: Path) -> None:
    """Create the data folder (private) or say in words why it cannot be used."""
    for parent in [folder, *folder.parents]:
        if parent.exists() and not parent.is_dir():
            if parent == folder:
                raise DataDirError(
                    f"the data folder {folder} is a file, not a folder; move that file away or "
                    "choose another folder with --data-dir",
                    todo="Move that file away, or start boardprep with --data-dir on another "
                    "folder.",
                )
            raise DataDirError(
                f"cannot use the data folder {folder}: {parent} is a file, not a folder; "
                "choose another folder with --data-dir"
            )
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    # Private to the user: group and others lose access; the owner's own bits (a folder made
    # read-only on purpose) are kept. A shared dir we do not own stays as it is.
    with contextlib.suppress(OSError):
        st = folder.stat()
        mine = not hasattr(os, "getuid") or st.st_uid == os.getuid()
        if mine and st.st_mode & 0o077:
            os.chmod(folder, st.st_mode & 0o700)


def check_header(path: Path) -> None:
    """Refuse a file that is not a SQLite database, or is shorter than its header says."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    if size == 0:
        # A new file: SQLite makes it a database. With backups beside it, it is one that was
        # emptied (truncated to nothing): never start over on top of it silently.
        backups = path.parent / "backups"
        if backups.is_dir() and any(backups.glob("boardprep-*.db")):
            raise damaged(path, "the file is empty")
        return
    with open(path, "rb") as fh:
        head = fh.read(100)
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise damaged(path, "it is not a database file")
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    header_valid = head[24:28] == head[92:96]  # the in-header size is valid (SQLite >= 3.7)
    # With a WAL (or a hot journal) beside it, a short file can be healthy: a checkpoint that
    # stopped part-way (disk full, kill) wrote page 1 before the file grew; the WAL has it all.
    if header_valid and pages and size < pages * page_size and not _has_journal(path):
        raise damaged(path, f"it is truncated: {size} of {pages * page_size} bytes are left")


def _has_journal(path: Path) -> bool:
    for suffix in ("-wal", "-journal"):
        try:
            if Path(str(path) + suffix).stat().st_size > 0:
                return True
        except FileNotFoundError:
            continue
    return False


def damaged(path: Path, reason: str) -> DatabaseDamagedError:
    return DatabaseDamagedError(
        f"the database {path} is damaged ({reason}); it was not changed",
        str(path),
        reason,
        kept="The damaged file is left exactly as it is; nothing was written to it.",
        todo="Quit boardprep and start it again: it offers to restore the latest automatic "
        "backup or to start a new database, keeping the damaged file aside for recovery.",
    )


def translate(err: sqlite3.Error, path: Path, waited_ms: int | None = None) -> Exception:
    """The StoreError for a SQLite fault; other errors (our SQL, constraints) come back as is."""
    code = getattr(err, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    msg = str(err).lower()
    if primary is None:  # errors raised by the sqlite3 module itself carry no code
        if "database is locked" in msg:
            primary = _BUSY
        elif "disk is full" in msg:
            primary = _FULL
        elif "readonly" in msg:
            primary = _READONLY
        elif "not a database" in msg:
            primary = _NOTADB
        elif "malformed" in msg:
            primary = _CORRUPT
        elif "unable to open" in msg:
            primary = _CANTOPEN
    if primary not in _FAULTS:
        return err
    if primary in (_BUSY, _LOCKED):
        return DatabaseBusyError(
            f"the database {path} is busy: another boardprep window or command kept it locked "
            f"for over {_seconds(waited_ms or BUSY_TIMEOUT_MS)}; nothing was written, try again "
            "when it has finished",
            todo="Wait for the other boardprep (an import, another window) to finish, then try "
            "again.",
        )
    if primary == _FULL:
        return disk_full(path)
    if primary in (_NOTADB, _CORRUPT):
        what = "it is not a database file" if primary == _NOTADB else "its contents are corrupt"
        return damaged(path, what)
    if primary == _IOERR and _free_bytes(path.parent) < 1 << 20:
        return disk_full(path)
    if primary in (_READONLY, _CANTOPEN, _PERM, _AUTH):
        return _access_error(path, str(err))
    return StoreIOError(
        f"the disk could not read or write the database {path} ({err}); nothing more was "
        "written, try again",
        todo="Check the disk (is it removed or failing?), then try again.",
    )


def translate_os(err: OSError, path: Path) -> Exception:
    """The StoreError for an OSError met while using the data folder or a file in it."""
    if isinstance(err, StoreError):
        return err
    no = err.errno
    if no == errno.ENOSPC or no == errno.EDQUOT:
        return disk_full(path)
    if no in (errno.EROFS, errno.EACCES, errno.EPERM):
        return _access_error(path, err.strerror or str(err))
    if no in (errno.ENOTDIR, errno.EEXIST):
        try:
            check_data_dir(path.parent)
        except DataDirError as better:
            return better
        except OSError:
            pass
    return StoreIOError(
        f"cannot use {err.filename or path}: {err.strerror or err}",
        todo="Check the disk and the data folder, then try again.",
    )


def _seconds(ms: int) -> str:
    return f"{ms / 1000:g} s"


def disk_full(path: Path) -> DiskFullError:
    return DiskFullError(
        f"the disk is full: cannot write to {path}; nothing was written and your earlier records "
        "are safe; free some disk space and try again",
        todo="Free some disk space (empty the bin, delete large files); boardprep tries again.",
    )


def _access_error(path: Path, detail: str) -> Exception:
    folder = path.parent
    if not folder.exists():  # the folder could not be made: its nearest parent is the fault
        folder = next((p for p in folder.parents if p.exists()), folder)
    if folder.exists() and not folder.is_dir():
        return translate_os(NotADirectoryError(errno.ENOTDIR, "Not a directory"), path)
    if _read_only_fs(folder):
        return ReadOnlyError(
            f"cannot write to {path}: the disk holding {folder} is read-only; nothing was "
            "written; use a writable disk (--data-dir) or make it writable",
            todo="Make the disk writable, or start boardprep with --data-dir on a writable folder.",
        )
    can_enter = os.access(folder, os.X_OK) if folder.exists() else True
    if not can_enter or (path.exists() and not os.access(path, os.R_OK)):
        return NoPermissionError(
            f"no permission to open {path} (it belongs to another user or access is denied); "
            "ask for access or choose another folder with --data-dir",
            todo="Ask the owner of the folder for access, or start boardprep with --data-dir on "
            "a folder of your own.",
        )
    others = hasattr(os, "getuid") and _owner(folder) not in (None, os.getuid())
    if others and not os.access(folder, os.W_OK):
        return NoPermissionError(
            f"no permission to write in {folder} (it belongs to another user), so {path} "
            "cannot be used; ask for access or choose another folder with --data-dir",
            todo="Ask the owner of the folder for access, or start boardprep with --data-dir on "
            "a folder of your own.",
        )
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        which = path if path.exists() and not os.access(path, os.W_OK) else folder
        return ReadOnlyError(
            f"cannot write to {path}: {which} is read-only; nothing was written; make it "
            "writable (chmod u+w) or choose another folder with --data-dir",
            todo=f"Make {which} writable, or start boardprep with --data-dir on another folder.",
        )
    return NoPermissionError(
        f"cannot open {path} ({detail}); check that the folder is yours and writable, or choose "
        "another with --data-dir"
    )


def _owner(path: Path) -> int | None:
    try:
        return path.stat().st_uid
    except OSError:
        return None


def _read_only_fs(folder: Path) -> bool:
    probe = folder if folder.exists() else next((p for p in folder.parents if p.exists()), None)
    if probe is None:
        return False
    try:
        return bool(os.statvfs(probe).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs on Windows
        return False


def _free_bytes(folder: Path) -> int:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return 1 << 40


def utils_db(conn: sqlite3.Connection) -> Any:
    """sqlite-utils over the same connection, for introspection and table transforms.

    Imported on demand: ``import sqlite_utils`` costs ~0.25 s (click, dateutil, plugin entry
    points), which every app start and CLI call would otherwise pay.
    """
    import sqlite_utils

    return sqlite_utils.Database(conn)


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One short write transaction; IMMEDIATE so a writer waits for the lock up front.

    A failed statement or COMMIT (disk full, busy) rolls back: the connection is never left
    inside a half transaction, and the error that caused it is the one raised.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        rollback(conn)
        raise


def rollback(conn: sqlite3.Connection) -> None:
    """Roll back if a transaction is open (SQLite may already have rolled back on SQLITE_FULL)."""
    if conn.in_transaction:
        with contextlib.suppress(sqlite3.Error, StoreError):
            conn.execute("ROLLBACK")


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def new_uid() -> str:
    return uuid.uuid4().hex
