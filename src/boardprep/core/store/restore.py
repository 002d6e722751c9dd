"""Taking a record out and putting the very same record back: what undo needs from the store.

A deletion keeps the record's whole row (every column, as stored); putting it back inserts
that row again, under its old id when nobody took it meanwhile (ids are not AUTOINCREMENT, so
SQLite may hand a deleted last id to the next insert) and its old uid when that is free, so a
restored question is the same question for exports, bundles and the clerk's register.
The search index follows by the tables' own triggers.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from boardprep.core.errors import NotFoundError
from boardprep.core.store.db import new_uid, transaction

Row = dict[str, Any]


def take_row(conn: sqlite3.Connection, table: str, record_id: int) -> Row:
    """Delete the record and return its row (to give to :func:`put_row` on undo)."""
    with transaction(conn) as c:
        found = c.execute(f"SELECT * FROM {table} WHERE id=?", (record_id,)).fetchone()
        if found is None:
            raise NotFoundError(f"no record {record_id} in {table}")
        row = dict(found)
        c.execute(f"DELETE FROM {table} WHERE id=?", (record_id,))
    return row


def put_row(conn: sqlite3.Connection, table: str, row: Row) -> int:
    """Insert a row taken by :func:`take_row`; its id (the old one unless it was taken)."""
    values = dict(row)
    with transaction(conn) as c:
        if c.execute(f"SELECT 1 FROM {table} WHERE id=?", (values["id"],)).fetchone():
            del values["id"]
        if c.execute(f"SELECT 1 FROM {table} WHERE uid=?", (values["uid"],)).fetchone():
            values["uid"] = new_uid()
        if not c.execute("SELECT 1 FROM packs WHERE sha256=?", (values["sha256"],)).fetchone():
            raise NotFoundError("the pack of this record is no longer in the database")
        cols = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        cur = c.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(values.values()))
        return int(values.get("id") or cur.lastrowid or 0)
