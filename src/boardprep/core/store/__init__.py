"""The member's store: SQLite records, migrations, re-issued packs.

``Store(data_dir=None)`` opens ``<data_dir>/boardprep.db`` (WAL, foreign keys, busy timeout,
0600), migrating it on ``PRAGMA user_version`` after a backup copy. One Store per thread.
Every write is its own short transaction. Records are keyed by pack sha256 + item number
(``item=None`` = unplaced: carried from an earlier issue with no home found).

Packs: ``register_pack(tree, path, page_texts=None) -> PackOpenResult`` (a new sha of a known
meeting = re-issue: records carried, see ``carryover``), ``ensure_pack``, ``tree(sha)``,
``has_pack``, ``pack_paths``, ``recent_packs(limit)``, ``forget_pack``, ``index_pack_text``,
``has_pack_text``, ``page_texts``, ``set_last_page``/``last_page``, ``mark_page_read``,
``item_progress(sha, tree)``, ``setting``/``set_setting`` (e.g. "member_name").

Records (``records.py`` dataclasses): notes (``add_note``, ``set_item_note``,
``item_note_text``, ``update_note``, ``delete_note``, ``notes``), questions (``add_question``,
``update_question``, ``reorder_questions``, ``delete_question``, ``questions``), declarations
(``add_declaration``, ``update_declaration``, ``delete_declaration``, ``declarations``),
highlights (``add_highlight``, ``highlights``, ``item_highlights``, ``set_highlight_colour``,
``delete_highlight``), bookmarks, ``counts(sha)``; undo: ``take_record(kind, id)`` deletes a
record and returns its row, ``restore_record(kind, row)`` puts the same record back
(``restore.py``). Search: ``boardprep.core.search.search``.
"""

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
