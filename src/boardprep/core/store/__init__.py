"""The member's store: SQLite records, migrations, re-issued packs (see ``store.Store``)."""

from __future__ import annotations

from boardprep.core.store.migrations import DatabaseTooNewError
from boardprep.core.store.records import (
    Bookmark,
    CarryOver,
    Declaration,
    Highlight,
    ItemCounts,
    Note,
    PackOpenResult,
    Question,
    RecentPack,
)
from boardprep.core.store.store import Store, UnknownItemError

__all__ = [
    "Bookmark",
    "CarryOver",
    "DatabaseTooNewError",
    "Declaration",
    "Highlight",
    "ItemCounts",
    "Note",
    "PackOpenResult",
    "Question",
    "RecentPack",
    "Store",
    "UnknownItemError",
]
