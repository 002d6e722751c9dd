"""Full-text search (SQLite FTS5) over a pack's page text and the member's own records."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from boardprep.core.store import Store

_TOKEN = re.compile(r"\w[\w'’-]*", re.UNICODE)
_SNIPPET_WORDS = 12


@dataclass
class SearchHit:
    kind: str  # "pack" | "note" | "question" | "declaration"
    pdf_page: int | None
    item: str | None
    snippet: str
    record_id: int | None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def fts_query(query: str) -> str | None:
    """The user's words as quoted FTS5 tokens (AND), the last one a prefix.

    Quoting makes FTS syntax in user input (AND, NEAR, quotes, ``*``, ``:``, ``-``) plain text.
    """
    tokens = [t.strip("'’-") for t in _TOKEN.findall(query)]
    tokens = [t for t in tokens if t]
    if not tokens:
        return None
    quoted = ['"' + t.replace('"', '""') + '"' for t in tokens]
    quoted[-1] += "*"
    return " ".join(quoted)


def search(store: Store, sha: str, query: str, limit: int = 200) -> list[SearchHit]:
    """Hits in the member's records first (their own words, newest first), then pack pages."""
    match = fts_query(query)
    if match is None:
        return []
    tree = store.tree(sha) if store.has_pack(sha) else None
    hits: list[SearchHit] = []
    # Newest records first: rowid order streams with LIMIT (no bm25 over every match), and
    # snippets are made only for the rows kept (snippet() is the expensive part).
    top = store.conn.execute(
        "SELECT rowid FROM records_fts WHERE records_fts MATCH ? AND sha256 = ?"
        " ORDER BY rowid DESC LIMIT ?",
        (match, sha, limit),
    ).fetchall()
    order = {r[0]: i for i, r in enumerate(top)}
    rows: list[Any] = []
    if order:
        marks = ",".join("?" for _ in order)
        rows = store.conn.execute(
            "SELECT rowid, kind, record_id, item,"
            f" snippet(records_fts, 0, '[', ']', '…', {_SNIPPET_WORDS}) AS snip"
            f" FROM records_fts WHERE records_fts MATCH ? AND rowid IN ({marks})",
            (match, *order),
        ).fetchall()
        rows.sort(key=lambda r: order[r["rowid"]])
    pages = _record_pages(store, rows)
    for r in rows:
        hits.append(
            SearchHit(r["kind"], pages.get((r["kind"], r["record_id"])), r["item"], r["snip"],
                      r["record_id"])
        )  # fmt: skip
    # Pages are inserted in page order, so rowid order is page order: no sort, and the
    # LIMIT stops the scan (and the snippets) early.
    rows = store.conn.execute(
        "SELECT page, snippet(page_fts, 0, '[', ']', '…', ?) AS snip FROM page_fts"
        " WHERE page_fts MATCH ? AND sha256 = ? ORDER BY rowid LIMIT ?",
        (_SNIPPET_WORDS, match, sha, max(0, limit - len(hits))),
    ).fetchall()
    for r in rows:
        page = int(r["page"])
        item = tree.item_at_page(page) if tree else None
        hits.append(SearchHit("pack", page, item.number if item else None, r["snip"], None))
    return hits[:limit]


def _record_pages(store: Store, rows: list[Any]) -> dict[tuple[str, int], int | None]:
    """Physical pages of anchored notes/questions (declarations have none)."""
    out: dict[tuple[str, int], int | None] = {}
    for kind, table in (("note", "notes"), ("question", "questions")):
        ids = [r["record_id"] for r in rows if r["kind"] == kind]
        if not ids:
            continue
        marks = ",".join("?" for _ in ids)
        q = f"SELECT id, page FROM {table} WHERE id IN ({marks})"
        for rid, page in store.conn.execute(q, ids):
            out[(kind, rid)] = page
    return out
