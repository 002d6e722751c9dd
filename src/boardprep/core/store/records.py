"""What a member records, as plain dataclasses (the UI and the exports read these)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from boardprep.core.model import Meeting

INTEREST_KINDS = ("pecuniary", "other-registrable", "non-registrable", "other")
# "ready" is the member's own step before submitting; the clerk's register adds accepted, and
# withdrawn / ruled-out end a question without an answer (issue 10). Older statuses stay valid.
QUESTION_STATUSES = (
    "draft", "ready", "submitted", "accepted", "asked", "answered", "withdrawn", "ruled-out",
)  # fmt: skip

Rect = tuple[float, float, float, float]
Quad = tuple[float, float, float, float, float, float, float, float]


@dataclass
class _Record:
    id: int
    sha256: str
    item: str | None  # None = unplaced (carried from a re-issued pack, no home found)
    item_title: str | None
    created: str
    updated: str
    carried_from: str | None
    source: str | None
    uid: str

    def to_json(self) -> dict[str, Any]:
        """JSON-ready dict (tuples such as ``rect`` serialise as JSON arrays)."""
        return {"kind": self.kind, **self.__dict__}  # type: ignore[attr-defined]


@dataclass
class Note(_Record):
    text: str = ""
    is_item_note: bool = False  # the item's free-text note (one per item), not an anchored one
    page: int | None = None  # physical page, 1-based
    pack_page: int | None = None  # the stamped "Page 37"
    rect: Rect | None = None
    quote: str | None = None

    kind = "note"


@dataclass
class Question(_Record):
    text: str = ""
    status: str = "draft"
    answer: str | None = None
    asker: str | None = None
    position: int = 0
    page: int | None = None
    pack_page: int | None = None
    quote: str | None = None
    group_uid: str | None = None  # the same question from other askers shares one group
    answered_by: str | None = None  # who answers it (the clerk's register)
    apart: bool = False  # another member's question brought by a clerk's bundle: not in my list

    kind = "question"


@dataclass
class Declaration(_Record):
    interest: str = "other"
    nature: str = ""
    withdraw: bool = False
    dispensation: str | None = None
    sensitive: bool = False
    action: str | None = None
    declared: bool | None = None

    kind = "declaration"


@dataclass
class Highlight(_Record):
    page: int | None = None
    pack_page: int | None = None
    quads: list[Quad] = field(default_factory=list)
    quote: str | None = None
    colour: str = "#ffd54f"

    kind = "highlight"


@dataclass
class Bookmark(_Record):
    page: int | None = None
    pack_page: int | None = None
    label: str = ""

    kind = "bookmark"


Record = Note | Question | Declaration | Highlight | Bookmark


@dataclass
class ItemCounts:
    notes: int = 0
    questions: int = 0
    declarations: int = 0


@dataclass
class RecentPack:
    sha256: str
    path: str | None
    meeting: Meeting
    pages: int
    last_opened: str
    notes: int = 0
    questions: int = 0
    declarations: int = 0


@dataclass
class CarryOver:
    """One record moved from an earlier issue of the pack: where it was, where it went, how."""

    kind: str
    record_id: int  # id of the new copy
    old_item: str | None
    new_item: str | None
    old_page: int | None
    new_page: int | None
    how: str  # "item", "renumbered", "quote", "pack-page", "item-start", "unplaced"
    text: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class PackOpenResult:
    sha256: str
    is_new: bool
    carried: list[CarryOver] = field(default_factory=list)
    unplaced: list[CarryOver] = field(default_factory=list)
    carried_from: str | None = None
    # The member's corrections to the agenda, in words: carried to the re-issue / not (why).
    corrections_carried: list[str] = field(default_factory=list)
    corrections_not_carried: list[str] = field(default_factory=list)


def _decode_rect(v: Any) -> Any:
    # A damaged value (an old import of a hostile bundle) reads as "no rect", never an error.
    try:
        return tuple(json.loads(v)) if v else None
    except (TypeError, ValueError):
        return None


def _decode_quads(v: Any) -> Any:
    try:
        return [tuple(q) for q in json.loads(v or "[]")]
    except (TypeError, ValueError):
        return []


def _decode_opt_bool(v: Any) -> Any:
    return None if v is None else bool(v)


_DECODERS: dict[str, Any] = {
    "rect": _decode_rect,
    "quads": _decode_quads,
    "is_item_note": bool,
    "withdraw": bool,
    "sensitive": bool,
    "declared": _decode_opt_bool,
    "apart": bool,
}


def columns_of(cls: Any) -> list[str]:
    """The record's table columns in dataclass field order (SELECT these, then ``cls(*row)``)."""
    return list(cls.__dataclass_fields__)


def row_decoder(cls: Any, columns: list[str]) -> Any:
    """A fast row -> record function for one query's column order (lists of 10k records)."""
    names = cls.__dataclass_fields__
    if columns == list(names):  # positional fast path
        fixes = [(i, _DECODERS[c]) for i, c in enumerate(columns) if c in _DECODERS]

        def positional(row: Any) -> Any:
            if not fixes:
                return cls(*row)
            vals = list(row)
            for i, f in fixes:
                vals[i] = f(vals[i])
            return cls(*vals)

        return positional
    keep = [(i, c, _DECODERS.get(c)) for i, c in enumerate(columns) if c in names]

    def decode(row: Any) -> Any:
        return cls(**{c: (f(row[i]) if f else row[i]) for i, c, f in keep})

    return decode


def from_row(cls: type, row: Any) -> Any:
    """Build a record from a sqlite3.Row: JSON columns decoded, flags as bools."""
    return row_decoder(cls, list(row.keys()))(row)


INSERT_BATCH = 5000


def insert_rows(
    conn: Any, table: str, columns: list[str], rows: list[dict[str, Any]], batch: int = INSERT_BATCH
) -> int:
    """Insert many already-encoded rows: one prepared statement, one transaction per batch.

    Linear in the number of rows (an import of 100,000 records takes seconds, not hours), and
    each transaction stays short so the window's autosave never waits long for the lock.
    Missing columns are NULL. Returns the number of rows inserted.
    """
    from boardprep.core.store.db import transaction  # db imports nothing from here; keep lazy

    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
    done = 0
    for start in range(0, len(rows), batch):
        chunk = [[r.get(c) for c in columns] for r in rows[start : start + batch]]
        with transaction(conn) as c:
            c.executemany(sql, chunk)
        done += len(chunk)
    return done
