"""Automatic backups of the member's database, and the way out when it is damaged.

Once a day (on the first open after :data:`EVERY`), a consistent copy is taken with SQLite's
online backup API into ``<data dir>/backups/boardprep-YYYYMMDD-HHMMSS.db``, written to a
temporary file, checked (``PRAGMA quick_check``) and renamed into place; the last :data:`KEEP`
are kept. A copy that fails its check means the database itself is damaged: the good backups
are kept and DatabaseDamagedError is raised.

A damaged database is never written to: :func:`recover` moves it (with its ``-wal`` and
``-shm`` files) aside as ``boardprep.db.damaged-<time>``, then puts the latest backup in its
place (``restore=True``) or leaves the place empty for a new database.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from boardprep.core.errors import StoreError
from boardprep.core.store.db import SQLITE_MAGIC, Connection, damaged, translate_os

BACKUP_DIR = "backups"
KEEP = 5
EVERY = timedelta(hours=20)  # "daily", also for someone who starts work a bit earlier each day
_PREFIX, _SUFFIX = "boardprep-", ".db"
_STAMP = "%Y%m%d-%H%M%S"


@dataclass
class Recovery:
    """What :func:`recover` did: where the damaged file went, which backup replaced it."""

    aside: Path
    restored: Path | None
    salvaged: int = 0  # records still readable in the damaged file, copied back

    def sentence(self, db_path: Path) -> str:
        if self.restored is not None:
            out = (
                f"it is kept aside as {self.aside} and the backup of {backup_time(self.restored)}"
                f" ({self.restored}) is now in its place"
            )
        else:
            out = f"it is kept aside as {self.aside} and a new {db_path.name} was started"
        if self.salvaged:
            out += f"; {self.salvaged} later records still readable in it were copied back"
        return out


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / BACKUP_DIR


def list_backups(db_path: Path) -> list[Path]:
    """The automatic backups, newest first."""
    folder = backup_dir(db_path)
    try:
        names = [p for p in folder.iterdir() if _stamp_of(p) is not None]
    except OSError:
        return []
    return sorted(names, key=lambda p: p.name, reverse=True)


def latest_backup(db_path: Path) -> Path | None:
    """The newest backup that still looks like a database (a damaged one is passed over)."""
    for path in list_backups(db_path):
        try:
            with open(path, "rb") as fh:
                if fh.read(16) == SQLITE_MAGIC:
                    return path
        except OSError:
            continue
    return None


def backup_time(path: Path) -> str:
    stamp = _stamp_of(path)
    return f"{stamp.day} {stamp:%b %Y %H:%M}" if stamp else path.name


def _stamp_of(path: Path) -> datetime | None:
    name = path.name
    if not (name.startswith(_PREFIX) and name.endswith(_SUFFIX)):
        return None
    try:
        return datetime.strptime(name[len(_PREFIX) : -len(_SUFFIX)], _STAMP)
    except ValueError:
        return None


def copy_database(conn: sqlite3.Connection, dest: Path) -> None:
    """A consistent copy of ``conn``'s database (WAL included) at ``dest``, private (0600).

    Written to ``dest.part`` and renamed: a failure (full disk) never leaves half a copy.
    """
    tmp = dest.with_name(dest.name + ".part")
    try:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        target = sqlite3.connect(str(tmp), factory=Connection)
        target.db_path = tmp  # type: ignore[attr-defined]
        try:
            conn.backup(target)
            # A rollback-journal copy: opening it (check, restore) leaves no -wal/-shm beside it.
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
        os.chmod(tmp, 0o600)
        os.replace(tmp, dest)
    except OSError as err:
        _unlink(tmp)
        raise translate_os(err, dest) from err
    except BaseException:
        _unlink(tmp)
        raise


def maybe_backup(
    conn: sqlite3.Connection, db_path: Path, now: datetime | None = None
) -> Path | None:
    """Take the daily backup if it is due; returns its path, or None when none was taken.

    A backup that cannot be written (full disk, read-only folder) is skipped quietly: it costs
    safety, not work. A copy that fails its check raises DatabaseDamagedError.
    """
    now = now or datetime.now()
    backups = list_backups(db_path)
    newest = _stamp_of(backups[0]) if backups else None
    if newest is not None and now - newest < EVERY:
        return None
    try:
        if conn.execute("SELECT 1 FROM packs LIMIT 1").fetchone() is None:
            return None  # nothing to protect yet
        folder = backup_dir(db_path)
        folder.mkdir(mode=0o700, exist_ok=True)
        dest = folder / f"{_PREFIX}{now.strftime(_STAMP)}{_SUFFIX}"
        copy_database(conn, dest)
    except (StoreError, OSError, sqlite3.Error):
        return None
    if not _check(dest):
        _unlink(dest)
        raise damaged(db_path, "a check of its contents failed")
    for old in list_backups(db_path)[KEEP:]:
        _unlink(old)
    return dest


def _check(path: Path) -> bool:
    try:
        check = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return bool(check.execute("PRAGMA quick_check").fetchone()[0] == "ok")
        finally:
            check.close()
    except sqlite3.Error:
        return False


def recover(db_path: Path, *, restore: bool = True) -> Recovery:
    """Move the damaged database aside and (``restore``) put the latest backup in its place.

    Nothing is deleted: the damaged file and its -wal/-shm keep their contents for recovery.
    """
    backup = latest_backup(db_path) if restore else None
    stamp = datetime.now().strftime(_STAMP)
    aside = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    try:
        if db_path.exists():
            os.rename(db_path, aside)
        for suffix in ("-wal", "-shm"):
            side = Path(str(db_path) + suffix)
            if side.exists():
                os.rename(side, Path(str(aside) + suffix))
        if backup is not None:
            tmp = db_path.with_name(db_path.name + ".restoring")
            shutil.copyfile(backup, tmp)
            os.chmod(tmp, 0o600)
            os.replace(tmp, db_path)
    except OSError as err:
        raise translate_os(err, db_path) from err
    return Recovery(aside=aside, restored=backup)


def _unlink(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


# Tables whose rows are the member's own words (keyed by uid), and the packs they hang on
# (with their agendas: a pack's records are filed under its stored agenda's items).
_SALVAGE_PACKS = ("packs", "agendas")
_SALVAGE_RECORDS = ("notes", "questions", "declarations", "highlights", "bookmarks",
                    "outcomes", "attendance", "actions", "meeting_declarations")  # fmt: skip


def salvage(aside: Path, conn: sqlite3.Connection) -> int:
    """Copy the records still readable in a damaged file (kept aside) that ``conn`` lacks.

    Read only, row by row, forwards then backwards (a damaged page stops a scan, not the
    salvage); a record is added only when its uid is new. Returns how many were added.
    """
    sides = [Path(f"{aside}{suffix}") for suffix in ("-wal", "-shm")]
    made_here = [p for p in sides if not p.exists()]  # reading may create these: undone below
    try:
        src = sqlite3.connect(f"file:{aside}?mode=ro", uri=True)
    except sqlite3.Error:
        return 0
    added = 0
    try:
        for table in (*_SALVAGE_PACKS, *_SALVAGE_RECORDS):
            key = "sha256" if table in _SALVAGE_PACKS else "uid"
            try:
                want = [r[1] for r in conn.execute(f"PRAGMA table_info({table})").fetchall()]
                have = {r[1] for r in src.execute(f"PRAGMA table_info({table})").fetchall()}
            except (sqlite3.Error, StoreError):
                continue
            cols = [c for c in want if c in have and c != "id"]
            if key not in cols:
                continue
            rows = _readable_rows(src, table, cols)
            marks = ", ".join("?" for _ in cols)
            for row in rows:
                exists = conn.execute(
                    f"SELECT 1 FROM {table} WHERE {key} = ?", (row[cols.index(key)],)
                ).fetchone()
                if exists:
                    continue
                try:
                    conn.execute("BEGIN IMMEDIATE")
                    conn.execute(
                        f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({marks})", list(row)
                    )
                    conn.execute("COMMIT")
                except (sqlite3.Error, StoreError):
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    continue
                if table not in _SALVAGE_PACKS:
                    added += 1
    finally:
        src.close()
        for p in made_here:
            _unlink(p)
    return added


def _readable_rows(src: sqlite3.Connection, table: str, cols: list[str]) -> list[tuple[Any, ...]]:
    rows: dict[int, tuple[Any, ...]] = {}
    for order in ("ASC", "DESC"):
        try:
            cur = src.execute(
                f"SELECT rowid, {', '.join(cols)} FROM {table} ORDER BY rowid {order}"
            )
            for r in cur:
                rows.setdefault(r[0], tuple(r[1:]))
        except sqlite3.Error:
            continue
    return [rows[k] for k in sorted(rows)]
