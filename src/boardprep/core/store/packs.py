"""Pack-level state: which packs the member opened, their agenda tree, text, reading position."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, cast

from boardprep.core.errors import (
    DatabaseBusyError,
    DiskFullError,
    NoPermissionError,
    NotFoundError,
    ReadOnlyError,
)
from boardprep.core.model import AgendaTree, Meeting
from boardprep.core.store.agendas import stored_version, write_agenda
from boardprep.core.store.db import now_iso, transaction
from boardprep.core.store.fixes import AgendaFixes
from boardprep.core.store.records import PackOpenResult, RecentPack

if TYPE_CHECKING:
    from boardprep.core.store.store import Store


class PackRegistry(AgendaFixes):
    """Mixed into :class:`Store`: everything keyed by pack sha256 alone (with the member's
    corrections to each pack's agenda, :class:`~boardprep.core.store.fixes.AgendaFixes`)."""

    conn: sqlite3.Connection
    _trees: dict[str, AgendaTree]
    busy_timeout_ms: int

    # ---- packs -------------------------------------------------------------------------------
    def register_pack(
        self, tree: AgendaTree, path: str, page_texts: list[str] | None = None
    ) -> PackOpenResult:
        """Remember a pack opened from ``path``; a re-issue of a known meeting gets its records.

        ``page_texts`` (one string per physical page) lets a re-issue place quoted records
        without reading the PDF again; without it the text is read from ``path`` if needed.
        """
        from boardprep.core.store import carryover  # import cycle: carryover uses Store

        sha = tree.pack.sha256
        is_new = self._upsert_pack(tree, path)
        result = PackOpenResult(sha256=sha, is_new=is_new)
        if page_texts is not None and not self.has_pack_text(sha):
            self.index_pack_text(sha, page_texts)
        if not is_new:
            return result
        previous = self.previous_issue(tree.meeting, sha)
        if previous is not None:
            carryover.carry_over(cast("Store", self), previous, tree, path, result)
        return result

    def ensure_pack(self, tree: AgendaTree, path: str | None = None) -> bool:
        """Know a pack without opening it (import of a bundle); True when it was new."""
        return self._upsert_pack(tree, path)

    def _upsert_pack(self, tree: AgendaTree, path: str | None) -> bool:
        if not self.has_pack(tree.pack.sha256):
            return self._write_pack(tree, path)
        # A known pack only refreshes its path, time and tree here: reading (list, search,
        # export) goes on when the disk is full or read-only, or another process is importing;
        # a write that follows says in words why it cannot.
        self._trees[tree.pack.sha256] = tree
        with self._best_effort(wait_ms=500):
            self._write_pack(tree, path)
        return False

    def _write_pack(self, tree: AgendaTree, path: str | None) -> bool:
        sha, m, now = tree.pack.sha256, tree.meeting, now_iso()
        tree_json = json.dumps(tree.to_json(with_labels=True))
        with transaction(self.conn) as c:
            known = c.execute("SELECT 1 FROM packs WHERE sha256 = ?", (sha,)).fetchone()
            if known:
                c.execute(
                    "UPDATE packs SET organisation=?, body=?, date=?, time=?, venue=?, pages=?,"
                    " last_path=coalesce(?, last_path), last_opened=? WHERE sha256=?",
                    (m.organisation, m.body, m.date, m.time, m.venue, tree.pack.pages,
                     path, now, sha),
                )  # fmt: skip
            else:
                c.execute(
                    "INSERT INTO packs (sha256, organisation, body, date, time, venue, pages,"
                    " last_path, first_opened, last_opened) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (sha, m.organisation, m.body, m.date, m.time, m.venue, tree.pack.pages,
                     path, now, now),
                )  # fmt: skip
            # The analysis stored this very row already (same engine version): not twice.
            if tree.analysis_version is None or stored_version(c, sha) != tree.analysis_version:
                write_agenda(c, tree, tree_json)
            if path:
                c.execute(
                    "INSERT INTO pack_paths (sha256, path, last_seen) VALUES (?,?,?)"
                    " ON CONFLICT(sha256, path) DO UPDATE SET last_seen = excluded.last_seen",
                    (sha, path, now),
                )
        self._trees[sha] = AgendaTree.from_json(json.loads(tree_json))
        return not known

    def previous_issue(self, meeting: Meeting, sha: str) -> str | None:
        """The latest other pack of the same meeting (organisation, body, date), if any."""
        if not meeting.date or not (meeting.organisation or meeting.body):
            return None  # too little to be sure it is the same meeting
        row = self.conn.execute(
            "SELECT sha256 FROM packs WHERE date = ? AND organisation IS ? AND body IS ?"
            " AND sha256 != ? ORDER BY first_opened DESC, rowid DESC LIMIT 1",
            (meeting.date, meeting.organisation, meeting.body, sha),
        ).fetchone()
        return row[0] if row else None

    # tree(sha) (corrected), engine_tree(sha), corrections: see fixes.AgendaFixes

    def has_pack(self, sha: str) -> bool:
        return (
            self.conn.execute("SELECT 1 FROM packs WHERE sha256=?", (sha,)).fetchone() is not None
        )

    def pack_paths(self, sha: str) -> list[str]:
        rows = self.conn.execute(
            "SELECT path FROM pack_paths WHERE sha256=? ORDER BY last_seen DESC", (sha,)
        )
        return [r[0] for r in rows]

    def recent_packs(self, limit: int = 20, *, include_unopened: bool = False) -> list[RecentPack]:
        """Most recently opened first; packs only known from an imported bundle (no file seen
        here yet) are left out unless ``include_unopened``."""
        where = "" if include_unopened else " WHERE p.last_path IS NOT NULL"
        rows = self.conn.execute(
            "SELECT p.*,"
            " (SELECT count(*) FROM notes n WHERE n.sha256=p.sha256 AND n.text != '') AS n_notes,"
            " (SELECT count(*) FROM questions q WHERE q.sha256=p.sha256) AS n_questions,"
            " (SELECT count(*) FROM declarations d WHERE d.sha256=p.sha256) AS n_decl"
            f" FROM packs p{where} ORDER BY last_opened DESC, rowid DESC LIMIT ?",
            (limit,),
        ).fetchall()
        return [
            RecentPack(
                sha256=r["sha256"],
                path=r["last_path"],
                meeting=Meeting(r["organisation"], r["body"], r["date"], r["time"], r["venue"]),
                pages=r["pages"],
                last_opened=r["last_opened"],
                notes=r["n_notes"],
                questions=r["n_questions"],
                declarations=r["n_decl"],
            )
            for r in rows
        ]

    def forget_pack(self, sha: str) -> None:
        with transaction(self.conn) as c:
            c.execute("DELETE FROM page_fts WHERE sha256 = ?", (sha,))
            c.execute("DELETE FROM packs WHERE sha256 = ?", (sha,))
            c.execute("DELETE FROM agendas WHERE sha256 = ?", (sha,))
        self._trees.pop(sha, None)

    # ---- pack text (search, re-anchoring) ----------------------------------------------------
    def index_pack_text(self, sha: str, page_texts: list[str]) -> None:
        """Store the pack's page text once (page i+1 = page_texts[i]) for search and carry-over."""
        self._require_pack(sha)
        with transaction(self.conn) as c:
            c.execute("DELETE FROM page_fts WHERE sha256 = ?", (sha,))
            c.executemany(
                "INSERT INTO page_fts (text, sha256, page) VALUES (?,?,?)",
                [(t or "", sha, i + 1) for i, t in enumerate(page_texts)],
            )
            c.execute(
                "INSERT OR REPLACE INTO pack_text (sha256, pages, indexed) VALUES (?,?,?)",
                (sha, len(page_texts), now_iso()),
            )

    def has_pack_text(self, sha: str) -> bool:
        q = "SELECT 1 FROM pack_text WHERE sha256=?"
        return self.conn.execute(q, (sha,)).fetchone() is not None

    def page_texts(self, sha: str) -> list[str] | None:
        if not self.has_pack_text(sha):
            return None
        rows = self.conn.execute(
            "SELECT page, text FROM page_fts WHERE sha256=? ORDER BY page", (sha,)
        ).fetchall()
        return [r[1] for r in rows]

    # ---- reading position --------------------------------------------------------------------
    def set_last_page(self, sha: str, pdf_page: int) -> None:
        """Best effort: the reading position is skipped, never waited for, on a store fault."""
        with self._best_effort(), transaction(self.conn) as c:
            c.execute("UPDATE packs SET last_page=? WHERE sha256=?", (pdf_page, sha))

    def last_page(self, sha: str) -> int | None:
        row = self.conn.execute("SELECT last_page FROM packs WHERE sha256=?", (sha,)).fetchone()
        return row[0] if row else None

    def mark_page_read(self, sha: str, pdf_page: int) -> None:
        """Best effort, like :meth:`set_last_page`: reading progress never blocks reading."""
        with self._best_effort(), transaction(self.conn) as c:
            c.execute(
                "INSERT OR IGNORE INTO page_reads (sha256, pdf_page, read_at) VALUES (?,?,?)",
                (sha, pdf_page, now_iso()),
            )

    def item_progress(self, sha: str, tree: AgendaTree | None = None) -> dict[str, float]:
        tree = tree or self.tree(sha)
        q = "SELECT pdf_page FROM page_reads WHERE sha256=?"
        read = {r[0] for r in self.conn.execute(q, (sha,))}
        out: dict[str, float] = {}
        for it in tree.walk():
            if it.pdf_pages:
                a, b = it.pdf_pages
                total = b - a + 1
                out[it.number] = sum(1 for p in range(a, b + 1) if p in read) / total
        return out

    @contextmanager
    def _best_effort(self, wait_ms: int = 200) -> Iterator[None]:
        """For writes that only remember where the member was: a full disk, a read-only
        folder or another writer holding the lock skips them after at most ``wait_ms``."""
        self.conn.execute(f"PRAGMA busy_timeout = {int(wait_ms)}")
        try:
            yield
        except (DiskFullError, ReadOnlyError, DatabaseBusyError, NoPermissionError):
            pass
        finally:
            self.conn.execute(f"PRAGMA busy_timeout = {self.busy_timeout_ms}")

    def set_busy_timeout(self, ms: int) -> None:
        """How long a write waits for another writer (the window waits less than a command:
        its failed saves are kept and retried, and its interface must not freeze)."""
        self.busy_timeout_ms = int(ms)
        self.conn.execute(f"PRAGMA busy_timeout = {self.busy_timeout_ms}")
        self.conn.busy_ms = self.busy_timeout_ms  # type: ignore[attr-defined]

    # ---- settings ----------------------------------------------------------------------------
    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM settings WHERE key=?", (key,)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str | None) -> None:
        with transaction(self.conn) as c:
            c.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?,?)", (key, value))

    def _require_pack(self, sha: str) -> None:
        if not self.has_pack(sha):
            raise NotFoundError(f"unknown pack {sha[:12]}: open or register it first")
