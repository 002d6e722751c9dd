"""The Store: every record a member keeps, keyed by pack sha256 + agenda item number."""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from boardprep.core import paths
from boardprep.core.errors import BoardprepError, NotFoundError, UsageError
from boardprep.core.model import AgendaTree, Item, normalise_number
from boardprep.core.store import db
from boardprep.core.store.backup import Recovery, maybe_backup, recover, salvage
from boardprep.core.store.db import (
    DB_NAME,
    connect,
    new_uid,
    now_iso,
    rollback,
    transaction,
    translate_os,
    utils_db,
)
from boardprep.core.store.migrations import migrate
from boardprep.core.store.packs import PackRegistry
from boardprep.core.store.records import (
    INTEREST_KINDS,
    QUESTION_STATUSES,
    Bookmark,
    Declaration,
    Highlight,
    ItemCounts,
    Note,
    Quad,
    Question,
    Rect,
    columns_of,
    from_row,
    row_decoder,
)
from boardprep.core.store.restore import put_row, take_row

TABLES: dict[str, tuple[str, type]] = {
    "note": ("notes", Note),
    "question": ("questions", Question),
    "declaration": ("declarations", Declaration),
    "highlight": ("highlights", Highlight),
    "bookmark": ("bookmarks", Bookmark),
}
_EDITABLE = {
    "note": {"text", "quote", "page", "rect", "item"},
    "question": {"text", "status", "answer", "asker", "item", "answered_by"},
    "declaration": {
        "interest",
        "nature",
        "withdraw",
        "dispensation",
        "sensitive",
        "action",
        "declared",
        "item",
    },
    "highlight": {"colour"},
}
# Colours a highlight may take: "#rrggbb" (what the view paints and the PDF export writes).
_COLOUR_DIGITS = set("0123456789abcdefABCDEF")


class UnknownItemError(UsageError):
    """An item number the pack's agenda does not have; the message lists the valid ones."""

    def __init__(self, item: str, tree: AgendaTree) -> None:
        valid = ", ".join(it.number for it in tree.walk()) or "(none: no agenda found)"
        super().__init__(f"no item {item!r} in this pack's agenda; valid items: {valid}")


BATCH_SECONDS = 1.0
# Between two batches the lock is free this long: SQLite's busy handler retries every 100 ms,
# so a writer waiting for the lock (the window, `boardprep add`) always gets its turn.
BATCH_PAUSE = 0.11


class Batch:
    """See :meth:`Store.batched`."""

    def __init__(self, conn: sqlite3.Connection, seconds: float, pause: float) -> None:
        self.conn, self.seconds, self.pause = conn, seconds, pause
        self.committed = 0  # ticks committed so far
        self._ticks = 0
        self._since = time.monotonic()

    def tick(self) -> None:
        self._ticks += 1
        if time.monotonic() - self._since >= self.seconds:
            self.conn.execute("COMMIT")
            self.committed = self._ticks
            time.sleep(self.pause)
            self.conn.execute("BEGIN IMMEDIATE")
            self._since = time.monotonic()


def _db_path(data_dir: str | Path | None) -> Path:
    """The database's path; a data folder that cannot be made is a StoreError in words."""
    try:
        return paths.data_dir(data_dir) / DB_NAME
    except OSError as err:
        chosen = data_dir or os.environ.get(paths.ENV_DATA_DIR)
        folder = Path(chosen).expanduser() if chosen else Path(err.filename or ".")
        raise translate_os(err, folder / DB_NAME) from err


def recover_damaged(db_path: Path, *, restore: bool = True) -> Recovery:
    """A damaged database: kept aside, the latest backup (``restore``) or a new one in its
    place, then every record still readable in the damaged file and missing is copied back."""
    done = recover(db_path, restore=restore)
    try:
        with Store(db_path.parent, backup=False) as fresh:
            done.salvaged = salvage(done.aside, fresh.conn)
    except BoardprepError:
        pass  # the restored database is there; salvage is a bonus
    return done


class Store(PackRegistry):
    """One SQLite database per data dir. Use one Store per thread (sqlite3 rule).

    Pack-level calls (register, text index, reading position, settings) are in
    :class:`~boardprep.core.store.packs.PackRegistry`; this class adds the records.
    """

    def __init__(self, data_dir: str | Path | None = None, *, backup: bool = True) -> None:
        self.path = _db_path(data_dir)
        self.conn: sqlite3.Connection = connect(self.path)
        self.busy_timeout_ms = db.BUSY_TIMEOUT_MS
        try:
            migrate(self.conn, self.path)
            if backup:
                maybe_backup(self.conn, self.path)
        except BaseException:
            self.conn.close()  # e.g. a database from a newer boardprep: leave it untouched
            raise
        self._trees: dict[str, AgendaTree] = {}

    def backup_if_due(self) -> Path | None:
        """The daily backup, for a process that stays open for days (the window)."""
        return maybe_backup(self.conn, self.path)

    def data_version(self) -> int:
        """Changes when another connection (process, thread) commits: poll it to refresh."""
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    @contextmanager
    def batched(
        self, seconds: float = BATCH_SECONDS, pause: float = BATCH_PAUSE
    ) -> Iterator[Batch]:
        """A long write (an import of thousands of records) in short transactions.

        Call ``batch.tick()`` after each record: the transaction is committed and a new one
        begun every ``seconds`` after a ``pause``, so another writer (the window,
        ``boardprep add``) waits at most about that long. Records committed before a failure
        stay (imports skip known uids, so running the import again completes it).
        """
        batch = Batch(self.conn, seconds, pause)
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield batch
            self.conn.execute("COMMIT")
        except BaseException:
            rollback(self.conn)
            raise

    @property
    def db(self) -> Any:
        """The database as a ``sqlite_utils.Database`` (same connection), for tools and tests."""
        return utils_db(self.conn)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- anchoring helpers -------------------------------------------------------------------
    def resolve_item(self, sha: str, item: str | None, page: int | None = None) -> Item | None:
        """The tree's item for a typed number ("Item 4a." -> 4a), or the item at ``page``."""
        tree = self.tree(sha)
        if item is None or str(item).strip() == "":
            return tree.item_at_page(page) if page else None
        found = tree.find_item(str(item))
        if found is None:
            raise UnknownItemError(str(item), tree)
        return found

    def _anchor(self, sha: str, item: str | None, page: int | None) -> dict[str, Any]:
        it = self.resolve_item(sha, item, page)
        now = now_iso()
        return {
            "uid": new_uid(),
            "sha256": sha,
            "item": it.number if it else None,
            "item_title": it.title if it else None,
            "created": now,
            "updated": now,
        }

    def _insert(self, table: str, values: dict[str, Any]) -> int:
        cols = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        with transaction(self.conn) as c:
            cur = c.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(values.values()))
            return int(cur.lastrowid or 0)

    def insert_record(self, kind: str, values: dict[str, Any]) -> int:
        """Low-level insert (import, carry-over): ``values`` already complete and valid."""
        return self._insert(TABLES[kind][0], _encode(values))

    def get(self, kind: str, record_id: int) -> Any:
        table, cls = TABLES[kind]
        row = self.conn.execute(f"SELECT * FROM {table} WHERE id=?", (record_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no {kind} with id {record_id}")
        return from_row(cls, row)

    def has_uid(self, kind: str, uid: str) -> bool:
        q = f"SELECT 1 FROM {TABLES[kind][0]} WHERE uid=?"
        return self.conn.execute(q, (uid,)).fetchone() is not None

    def _list(self, kind: str, sha: str, item: str | None, order: str = "id") -> list[Any]:
        table, cls = TABLES[kind]
        where, params = "sha256=?", [sha]
        if item is not None:
            it = self.resolve_item(sha, item)
            where, params = "sha256=? AND item=?", [sha, it.number if it else item]
        return self._select(cls, table, where, params, order)

    def _select(
        self, cls: type, table: str, where: str, params: list[Any], order: str
    ) -> list[Any]:
        # Plain tuples in dataclass field order: ~3x faster than sqlite3.Row for long lists.
        cur = self.conn.cursor()
        cur.row_factory = None
        cols = columns_of(cls)
        cur.execute(f"SELECT {', '.join(cols)} FROM {table} WHERE {where} ORDER BY {order}", params)
        decode = row_decoder(cls, cols)
        return [decode(r) for r in cur.fetchall()]

    def _update(self, kind: str, record_id: int, fields: dict[str, Any]) -> Any:
        bad = set(fields) - _EDITABLE[kind]
        if bad:
            raise UsageError(f"cannot change {', '.join(sorted(bad))} of a {kind}")
        current = self.get(kind, record_id)
        values = _encode(dict(fields))
        if "item" in fields:
            it = self.resolve_item(current.sha256, fields["item"])
            values["item"] = it.number if it else None
            values["item_title"] = it.title if it else None
        values["updated"] = now_iso()
        sets = ", ".join(f"{k}=?" for k in values)
        with transaction(self.conn) as c:
            c.execute(
                f"UPDATE {TABLES[kind][0]} SET {sets} WHERE id=?", [*values.values(), record_id]
            )
        return self.get(kind, record_id)

    def _delete(self, kind: str, record_id: int) -> None:
        with transaction(self.conn) as c:
            c.execute(f"DELETE FROM {TABLES[kind][0]} WHERE id=?", (record_id,))

    def take_record(self, kind: str, record_id: int) -> dict[str, Any]:
        """Delete a record, returning its stored row for :meth:`restore_record` (undo)."""
        return take_row(self.conn, TABLES[kind][0], record_id)

    def restore_record(self, kind: str, row: dict[str, Any]) -> int:
        """Put back a row from :meth:`take_record`: the same id and uid unless since taken."""
        return put_row(self.conn, TABLES[kind][0], row)

    # ---- notes -------------------------------------------------------------------------------
    def item_note_text(self, sha: str, item: str) -> str:
        it = self.resolve_item(sha, item)
        row = self.conn.execute(
            "SELECT text FROM notes WHERE sha256=? AND item=? AND is_item_note=1",
            (sha, it.number if it else item),
        ).fetchone()
        return row[0] if row else ""

    def set_item_note(self, sha: str, item: str, text: str) -> Note:
        """The item's free-text note (autosaved by the panel): one short upsert transaction."""
        values = self._anchor(sha, item, None)
        with transaction(self.conn) as c:
            row = c.execute(
                "SELECT id FROM notes WHERE sha256=? AND item IS ? AND is_item_note=1",
                (sha, values["item"]),
            ).fetchone()
            if row:
                note_id = row[0]
                c.execute(
                    "UPDATE notes SET text=?, updated=? WHERE id=?",
                    (text, values["updated"], note_id),
                )
            else:
                values.update(text=text, is_item_note=1)
                cols = ", ".join(values)
                cur = c.execute(
                    f"INSERT INTO notes ({cols}) VALUES ({', '.join('?' for _ in values)})",
                    list(values.values()),
                )
                note_id = int(cur.lastrowid or 0)
        return self.get("note", note_id)

    def add_note(
        self,
        sha: str,
        item: str | None,
        text: str,
        *,
        page: int | None = None,
        rect: Rect | None = None,
        quote: str | None = None,
    ) -> Note:
        values = self._anchor(sha, item, page)
        values.update(
            text=text,
            page=page,
            pack_page=self.tree(sha).label_for(page) if page else None,
            rect=rect,
            quote=quote,
        )
        return self.get("note", self._insert("notes", _encode(values)))

    def update_note(self, note_id: int, text: str) -> Note:
        return self._update("note", note_id, {"text": text})

    def delete_note(self, note_id: int) -> None:
        self._delete("note", note_id)

    def notes(self, sha: str, item: str | None = None) -> list[Note]:
        return self._list("note", sha, item)

    # ---- questions ---------------------------------------------------------------------------
    def add_question(
        self,
        sha: str,
        item: str | None,
        text: str,
        *,
        status: str = "draft",
        asker: str | None = None,
        page: int | None = None,
        quote: str | None = None,
    ) -> Question:
        _check_status(status)
        values = self._anchor(sha, item, page)
        values.update(
            text=text,
            status=status,
            asker=asker,
            page=page,
            pack_page=self.tree(sha).label_for(page) if page else None,
            quote=quote,
        )
        cols = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        with transaction(self.conn) as c:
            # The next position is read inside the write transaction: two writers never share it.
            cur = c.execute(
                f"INSERT INTO questions ({cols}, position) VALUES ({marks}, (SELECT"
                " coalesce(max(position), -1) + 1 FROM questions WHERE sha256=? AND item IS ?))",
                [*values.values(), sha, values["item"]],
            )
            qid = int(cur.lastrowid or 0)
        return self.get("question", qid)

    def update_question(self, qid: int, **fields: Any) -> Question:
        if "status" in fields:
            _check_status(fields["status"])
        return self._update("question", qid, fields)

    def reorder_questions(self, sha: str, item: str, ids: list[int]) -> None:
        it = self.resolve_item(sha, item)
        number = it.number if it else item
        with transaction(self.conn) as c:
            for pos, qid in enumerate(ids):
                c.execute(
                    "UPDATE questions SET position=? WHERE id=? AND sha256=? AND item=?",
                    (pos, qid, sha, number),
                )

    def delete_question(self, qid: int) -> None:
        self._delete("question", qid)

    def questions(
        self, sha: str, item: str | None = None, *, include_apart: bool = False
    ) -> list[Question]:
        """The questions in running order; ``include_apart`` adds other members' questions
        that a clerk's bundle brought (kept apart from the member's own list)."""
        found = self._list("question", sha, item, order="position, id")
        return found if include_apart else [q for q in found if not q.apart]

    # ---- declarations ------------------------------------------------------------------------
    def add_declaration(
        self,
        sha: str,
        item: str | None,
        *,
        interest: str,
        nature: str,
        withdraw: bool,
        dispensation: str | None = None,
        sensitive: bool = False,
        action: str | None = None,
    ) -> Declaration:
        _check_interest(interest)
        values = self._anchor(sha, item, None)
        values.update(
            interest=interest,
            nature=nature,
            withdraw=int(bool(withdraw)),
            dispensation=dispensation,
            sensitive=int(bool(sensitive)),
            action=action,
        )
        return self.get("declaration", self._insert("declarations", values))

    def update_declaration(self, did: int, **fields: Any) -> Declaration:
        if "interest" in fields:
            _check_interest(fields["interest"])
        return self._update("declaration", did, fields)

    def delete_declaration(self, did: int) -> None:
        self._delete("declaration", did)

    def declarations(self, sha: str, item: str | None = None) -> list[Declaration]:
        return self._list("declaration", sha, item)

    # ---- highlights and bookmarks ------------------------------------------------------------
    def add_highlight(
        self,
        sha: str,
        page: int,
        quads: Iterable[Quad],
        quote: str | None,
        colour: str = "#ffd54f",
        item: str | None = None,
    ) -> Highlight:
        values = self._anchor(sha, item, page)
        values.update(
            page=page,
            pack_page=self.tree(sha).label_for(page),
            quads=[tuple(q) for q in quads],
            quote=quote,
            colour=colour,
        )
        return self.get("highlight", self._insert("highlights", _encode(values)))

    def highlights(self, sha: str, page: int | None = None) -> list[Highlight]:
        if page is None:
            return self._list("highlight", sha, None)
        return self._select(Highlight, "highlights", "sha256=? AND page=?", [sha, page], "id")

    def item_highlights(self, sha: str, item: str) -> list[Highlight]:
        """The item's highlights in reading order (page, then where they were made)."""
        return self._list("highlight", sha, item, order="page, id")

    def set_highlight_colour(self, hid: int, colour: str) -> Highlight:
        if len(colour) != 7 or colour[0] != "#" or not set(colour[1:]) <= _COLOUR_DIGITS:
            raise UsageError(f"a highlight colour is #rrggbb, not {colour!r}")
        return self._update("highlight", hid, {"colour": colour.lower()})

    def delete_highlight(self, hid: int) -> None:
        self._delete("highlight", hid)

    def add_bookmark(self, sha: str, page: int, label: str, item: str | None = None) -> Bookmark:
        values = self._anchor(sha, item, page)
        values.update(page=page, pack_page=self.tree(sha).label_for(page), label=label)
        return self.get("bookmark", self._insert("bookmarks", values))

    def bookmarks(self, sha: str) -> list[Bookmark]:
        return self._list("bookmark", sha, None, order="page, id")

    def delete_bookmark(self, bid: int) -> None:
        self._delete("bookmark", bid)

    def unplaced(self, sha: str) -> list[Any]:
        """Records carried from an earlier issue that found no item: shown, never dropped."""
        out: list[Any] = []
        for table, cls in TABLES.values():
            out += self._select(cls, table, "sha256=? AND item IS NULL", [sha], "id")
        return out

    # ---- summaries ---------------------------------------------------------------------------
    def counts(self, sha: str) -> dict[str, ItemCounts]:
        out: dict[str, ItemCounts] = {}
        for field, table, extra in (
            ("notes", "notes", " AND text != ''"),
            ("questions", "questions", ""),
            ("declarations", "declarations", ""),
        ):
            rows = self.conn.execute(
                f"SELECT item, count(*) FROM {table} WHERE sha256=?{extra} GROUP BY item", (sha,)
            )
            for item, n in rows:
                key = item if item is not None else ""
                setattr(out.setdefault(key, ItemCounts()), field, n)
        return out


def _encode(values: dict[str, Any]) -> dict[str, Any]:
    """JSON-encode geometry columns and turn bools into SQLite integers."""
    out = dict(values)
    if out.get("rect") is not None:
        out["rect"] = json.dumps(list(out["rect"]))
    if "quads" in out:
        out["quads"] = json.dumps([list(q) for q in out["quads"] or []])
    for key in ("withdraw", "sensitive", "is_item_note", "declared"):
        if isinstance(out.get(key), bool):
            out[key] = int(out[key])
    return out


def _check_status(status: str) -> None:
    if status not in QUESTION_STATUSES:
        raise UsageError(f"question status must be one of: {', '.join(QUESTION_STATUSES)}")


def _check_interest(interest: str) -> None:
    if interest not in INTEREST_KINDS:
        raise UsageError(f"interest must be one of: {', '.join(INTEREST_KINDS)}")


def normalised_text(text: str) -> str:
    """For duplicate detection: case, spacing and trailing punctuation do not count."""
    return " ".join(text.lower().split()).rstrip(" ?.!")


def same_number(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and normalise_number(a) == normalise_number(b)
