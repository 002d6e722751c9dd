"""The member's corrections to a pack's agenda, kept per pack (by sha256) in the store.

Mixed into :class:`~boardprep.core.store.packs.PackRegistry`: ``tree(sha)`` is the engine's
tree with the corrections applied (what every layer shows and files records under), and
``engine_tree(sha)`` the engine's own. The corrections are a list of operations
(:mod:`boardprep.core.corrections`) in the ``settings`` table under ``agenda_fixes:<sha256>``,
so they are applied again to a new analysis of the pack; the ones that no longer apply are
reported by ``corrected(sha).failed``, never dropped.

Records are keyed by item number: a correction that renumbers or merges an item moves the
item's notes, questions, declarations, highlights and bookmarks in the same transaction, and
returns what it moved so that undo can put them back.
"""

from __future__ import annotations

import copy
import json
import sqlite3
import uuid
from dataclasses import dataclass, field
from typing import Any

from boardprep.core.corrections import (
    Corrected,
    CorrectionError,
    apply_corrections,
    apply_one,
    check_op,
    check_ops,
    describe,
    marked_agenda_pages,
    number_moves,
)
from boardprep.core.errors import NotFoundError, UsageError
from boardprep.core.model import AgendaTree
from boardprep.core.store.agendas import read_tree_json
from boardprep.core.store.db import transaction

KEY = "agenda_fixes:"
# The records a correction moved, kept so that an undo from another process (``boardprep fix
# --undo``) puts them back too: "agenda_fix_moved:<sha256>:<uid>" -> [[table, id, item, title]].
MOVED_KEY = "agenda_fix_moved:"
# The agenda read again from the pages the member marked (core.agenda_reread), the base the
# other corrections apply to: "agenda_reread:<sha256>:<pages, comma-separated>" ->
# {"version": the engine's, "tree": the tree with page labels}.
REREAD_KEY = "agenda_reread:"

# (table, record id, item before, item title before)
Moved = tuple[str, int, str | None, str | None]


@dataclass
class Fix:
    """One stored correction and the records it moved (for undo)."""

    op: dict[str, Any]
    moved: list[Moved] = field(default_factory=list)


class AgendaFixes:
    conn: sqlite3.Connection
    _trees: dict[str, AgendaTree]

    # ---- reading -----------------------------------------------------------------------------
    def engine_tree(self, sha: str) -> AgendaTree:
        """The agenda as the engine found it (without the member's corrections)."""
        if sha not in self._trees:
            raw = read_tree_json(self.conn, sha)
            if raw is None:
                raise NotFoundError(f"unknown pack {sha[:12]}")
            self._trees[sha] = AgendaTree.from_json(json.loads(raw))
        return self._trees[sha]

    def base_tree(self, sha: str, ops: list[dict[str, Any]] | None = None) -> AgendaTree:
        """The tree the corrections apply to: the agenda read again from the pages the member
        marked when that reading is stored, else the engine's."""
        pages = marked_agenda_pages(self.corrections(sha) if ops is None else ops)
        reread = self.reread_tree(sha, pages) if pages else None
        return reread or self.engine_tree(sha)

    def reread_tree(self, sha: str, pages: list[int]) -> AgendaTree | None:
        """The agenda read from ``pages`` (stored by :meth:`keep_reread`), or None."""
        return _reread_from(self._reread_json(sha, pages))

    def reread_pending(self, sha: str) -> list[int]:
        """The pages marked as agenda whose reading is not stored yet ([] when none)."""
        pages = marked_agenda_pages(self.corrections(sha))
        return pages if pages and self.reread_tree(sha, pages) is None else []

    def keep_reread(self, sha: str, pages: list[int], tree: AgendaTree) -> None:
        """Store the agenda read from ``pages``; the corrections then apply on top of it."""
        from boardprep.core.agenda_reread import reader_version

        value = json.dumps({"version": reader_version(), "tree": tree.to_json(with_labels=True)})
        with transaction(self.conn) as c:
            c.execute(
                "INSERT OR REPLACE INTO settings (key, value) VALUES (?,?)",
                (_reread_key(sha, pages), value),
            )

    def _reread_json(self, sha: str, pages: list[int]) -> str | None:
        if not pages:
            return None
        row = self.conn.execute(
            "SELECT value FROM settings WHERE key=?", (_reread_key(sha, pages),)
        ).fetchone()
        return row[0] if row else None

    def tree(self, sha: str) -> AgendaTree:
        """The agenda as the member sees it: the engine's with the corrections applied."""
        return self.corrected(sha).tree

    def corrections(self, sha: str) -> list[dict[str, Any]]:
        raw = self._fixes_json(sha)
        return _load(raw)

    def corrected(self, sha: str) -> Corrected:
        """The corrected tree, what did not apply, and the pages marked as agenda."""
        engine = self.engine_tree(sha)
        raw = self._fixes_json(sha)
        if not raw:
            return Corrected(engine)
        ops = _load(raw)
        reread = self._reread_json(sha, marked_agenda_pages(ops))
        key = (id(engine), raw, reread)
        cache: dict[str, tuple[Any, Corrected]] = self.__dict__.setdefault("_fixed", {})
        hit = cache.get(sha)
        if hit is not None and hit[0] == key:
            return hit[1]
        result = apply_corrections(_reread_from(reread) or engine, ops)
        cache[sha] = (key, result)
        return result

    def _fixes_json(self, sha: str) -> str | None:
        row = self.conn.execute("SELECT value FROM settings WHERE key=?", (KEY + sha,)).fetchone()
        return row[0] if row else None

    # ---- writing -----------------------------------------------------------------------------
    def add_correction(self, sha: str, op: dict[str, Any]) -> Fix:
        """Store one correction (after checking that it applies); records follow their item.

        A correction that does not apply raises UsageError saying why; nothing is stored."""
        try:
            op = check_op(op)
        except CorrectionError as err:
            raise UsageError(f"cannot correct the agenda: {err}") from None
        current = self.tree(sha)
        op = _canonical(op, current)
        trial = copy.deepcopy(current)
        try:
            apply_one(trial, op)
        except CorrectionError as err:
            raise UsageError(f"cannot {describe(op)}: {err}") from None
        op.setdefault("uid", uuid.uuid4().hex)
        ops = self.corrections(sha)
        with transaction(self.conn) as c:
            self._write_fixes(c, sha, [*ops, op])
            moved = _move_records(c, sha, op, trial)
            _keep_moved(c, sha, op["uid"], moved)
        return Fix(op, moved)

    def remove_correction(self, sha: str, uid: str, moved: list[Moved] | None = None) -> bool:
        """Take a correction back (undo); ``moved`` (from its :class:`Fix`) puts the records
        back where they were (without it, what the correction recorded when it was stored).
        False when no correction has that uid."""
        ops = self.corrections(sha)
        keep = [o for o in ops if o.get("uid") != uid]
        if len(keep) == len(ops):
            return False
        key = f"{MOVED_KEY}{sha}:{uid}"
        with transaction(self.conn) as c:
            if moved is None:
                moved = _load_moved(c, key)
            self._write_fixes(c, sha, keep)
            _restore(c, moved)
            c.execute("DELETE FROM settings WHERE key=?", (key,))
        return True

    def merge_corrections(self, sha: str, ops: list[dict[str, Any]]) -> tuple[int, list[str]]:
        """Add corrections from elsewhere (a bundle, an earlier issue), skipping those already
        here (same uid); records follow renumbered and merged items. Returns how many were
        added and, in words, those that do not apply here (kept, so a later analysis may)."""
        ops = check_ops(ops)
        have = {o.get("uid") for o in self.corrections(sha)}
        new = [o for o in ops if o.get("uid") is None or o.get("uid") not in have]
        if not new:
            return 0, []
        problems: list[str] = []
        all_ops = self.corrections(sha)
        with transaction(self.conn) as c:
            tree = apply_corrections(self.base_tree(sha, all_ops), all_ops).tree
            for op in new:
                op = dict(op)
                op.setdefault("uid", uuid.uuid4().hex)
                trial = copy.deepcopy(tree)
                try:
                    apply_one(trial, op)
                except CorrectionError as err:
                    problems.append(f"{describe(op)}: {err}")
                else:
                    _keep_moved(c, sha, op["uid"], _move_records(c, sha, op, trial))
                    tree = trial
                all_ops.append(op)
            self._write_fixes(c, sha, all_ops)
        return len(new), problems

    def clear_corrections(self, sha: str) -> None:
        with transaction(self.conn) as c:
            c.execute("DELETE FROM settings WHERE key=?", (KEY + sha,))
            for prefix in (MOVED_KEY, REREAD_KEY):
                c.execute(
                    "DELETE FROM settings WHERE substr(key, 1, ?) = ?",
                    (len(prefix) + len(sha) + 1, f"{prefix}{sha}:"),
                )

    def _write_fixes(self, c: sqlite3.Connection, sha: str, ops: list[dict[str, Any]]) -> None:
        if ops:
            c.execute(
                "INSERT OR REPLACE INTO settings (key, value) VALUES (?,?)",
                (KEY + sha, json.dumps(ops, ensure_ascii=False)),
            )
        else:
            c.execute("DELETE FROM settings WHERE key=?", (KEY + sha,))


def _load(raw: str | None) -> list[dict[str, Any]]:
    if not raw:
        return []
    try:
        data = json.loads(raw)
    except ValueError:
        return []
    return [d for d in data if isinstance(d, dict)] if isinstance(data, list) else []


def _canonical(op: dict[str, Any], tree: AgendaTree) -> dict[str, Any]:
    """Item numbers as the tree has them ("Item 7." -> "7"), so the list reads the same later."""
    out = dict(op)
    for key in ("item", "into", "parent"):
        if out.get(key):
            it = tree.find_item(out[key])
            if it is not None:
                out[key] = it.number
    return out


def _record_tables() -> list[str]:
    from boardprep.core.store.store import TABLES  # import cycle: store uses PackRegistry

    return [table for table, _cls in TABLES.values()]


def _move_records(
    c: sqlite3.Connection, sha: str, op: dict[str, Any], after: AgendaTree
) -> list[Moved]:
    """Records of a renumbered or merged item go to its new number; a renamed item's records
    take its new title. Returns what changed, for undo."""
    moved: list[Moved] = []
    moves = number_moves(op)
    if op.get("op") == "rename" and not op.get("document"):
        moves = {op["item"]: op["item"]}
    for old, new in moves.items():
        target = after.find_item(new)
        title = target.title if target else None
        for table in _record_tables():
            rows = c.execute(
                f"SELECT id, item, item_title FROM {table} WHERE sha256=? AND item=?", (sha, old)
            ).fetchall()
            for rid, item, item_title in rows:
                moved.append((table, rid, item, item_title))
            if rows:
                c.execute(
                    f"UPDATE {table} SET item=?, item_title=coalesce(?, item_title)"
                    " WHERE sha256=? AND item=?",
                    (target.number if target else new, title, sha, old),
                )
    return moved


def _reread_key(sha: str, pages: list[int]) -> str:
    return f"{REREAD_KEY}{sha}:" + ",".join(str(p) for p in sorted(pages))


def _reread_from(raw: str | None) -> AgendaTree | None:
    """A stored re-read of the current engine's version, else None (read again)."""
    if not raw:
        return None
    from boardprep.core.agenda_reread import reader_version

    try:
        data = json.loads(raw)
        if data.get("version") != reader_version():
            return None
        return AgendaTree.from_json(data["tree"])
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def read_reread(data_dir: str | None, sha: str, pages: list[int]) -> AgendaTree | None:
    """The stored re-read of ``pages``, read without opening the store (``boardprep agenda``)."""
    from urllib.parse import quote

    from boardprep.core import paths
    from boardprep.core.store.db import DB_NAME

    try:
        path = paths.data_dir(data_dir) / DB_NAME
        if not pages or not path.is_file():
            return None
        conn = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True, timeout=2)
        try:
            row = conn.execute(
                "SELECT value FROM settings WHERE key=?", (_reread_key(sha, pages),)
            ).fetchone()
        finally:
            conn.close()
    except (OSError, sqlite3.Error):
        return None
    return _reread_from(row[0] if row else None)


def _keep_moved(c: sqlite3.Connection, sha: str, uid: str, moved: list[Moved]) -> None:
    if moved:
        c.execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES (?,?)",
            (f"{MOVED_KEY}{sha}:{uid}", json.dumps(moved)),
        )


def _load_moved(c: sqlite3.Connection, key: str) -> list[Moved]:
    row = c.execute("SELECT value FROM settings WHERE key=?", (key,)).fetchone()
    try:
        data = json.loads(row[0]) if row else []
    except ValueError:
        return []
    return [
        (str(m[0]), int(m[1]), m[2], m[3])
        for m in data
        if isinstance(m, list) and len(m) == 4 and isinstance(m[1], int)
    ]


def _restore(c: sqlite3.Connection, moved: list[Moved]) -> None:
    for table, rid, item, title in moved:
        if table in _record_tables():
            c.execute(f"UPDATE {table} SET item=?, item_title=? WHERE id=?", (item, title, rid))


def read_corrections(data_dir: str | None, sha: str) -> list[dict[str, Any]]:
    """The corrections stored for ``sha``, read without opening (or migrating, or backing up)
    the store: ``boardprep agenda`` stays a reading command. [] when there are none."""
    from urllib.parse import quote

    from boardprep.core import paths
    from boardprep.core.store.db import DB_NAME

    try:
        path = paths.data_dir(data_dir) / DB_NAME
        if not path.is_file():
            return []
        conn = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True, timeout=2)
        try:
            row = conn.execute("SELECT value FROM settings WHERE key=?", (KEY + sha,)).fetchone()
        finally:
            conn.close()
    except (OSError, sqlite3.Error):
        return []
    return _load(row[0] if row else None)
