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
    marker = _marker(query)
    tree = store.tree(sha) if store.has_pack(sha) else None
    hits: list[SearchHit] = []
    # Newest records first: rowid order streams with LIMIT (no bm25 over every match).
    rows = store.conn.execute(
        "SELECT kind, record_id, item, text FROM records_fts"
        " WHERE records_fts MATCH ? AND sha256 = ? ORDER BY rowid DESC LIMIT ?",
        (match, sha, limit),
    ).fetchall()
    pages = _record_pages(store, rows)
    for r in rows:
        hits.append(
            SearchHit(r["kind"], pages.get((r["kind"], r["record_id"])), r["item"],
                      snippet(r["text"], marker), r["record_id"])
        )  # fmt: skip
    # Pages are inserted in page order, so rowid order is page order: no sort, and the
    # LIMIT stops the scan early.
    rows = store.conn.execute(
        "SELECT page, text FROM page_fts WHERE page_fts MATCH ? AND sha256 = ?"
        " ORDER BY rowid LIMIT ?",
        (match, sha, max(0, limit - len(hits))),
    ).fetchall()
    for r in rows:
        page = int(r["page"])
        item = tree.item_at_page(page) if tree else None
        hits.append(
            SearchHit("pack", page, item.number if item else None, snippet(r["text"], marker), None)
        )
    return hits[:limit]


def _marker(query: str) -> re.Pattern[str]:
    tokens = sorted({t.strip("'’-") for t in _TOKEN.findall(query)} - {""}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(t) for t in tokens) + r")\w*", re.IGNORECASE)


def snippet(text: str, marker: re.Pattern[str], words: int = _SNIPPET_WORDS) -> str:
    """About ``words`` words around the first match, matches in [brackets].

    Made in Python: FTS5's snippet() re-reads position lists per row, which costs ~1 ms a row
    for prefix queries without a prefix index.
    """
    flat = " ".join(text.split())
    m = marker.search(flat)
    if m is None:
        return " ".join(flat.split(" ")[:words]) + ("…" if flat.count(" ") >= words else "")
    before = flat[: m.start()].split(" ")
    lead = max(0, len(before) - 1 - words // 3)
    start_char = len(" ".join(before[:lead])) + (1 if lead else 0)
    tail = flat[start_char:].split(" ")
    cut = " ".join(tail[:words])
    out = marker.sub(lambda x: f"[{x.group(0)}]", cut)
    return ("…" if lead else "") + out + ("…" if len(tail) > words else "")


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
