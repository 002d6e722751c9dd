"""Carrying a member's records to a re-issued pack of the same meeting.

Items are matched by number + title, renumbered items by title alone; page-anchored records
by their quoted text in the new pack, else by the same stamped page (records without a quote),
else the item's first page. What cannot be placed is kept with no item ("unplaced") and
reported: never dropped, never attached to a passage we are not sure of.
"""

from __future__ import annotations

import contextlib
import copy
import json
import re
from difflib import SequenceMatcher
from typing import Any

from boardprep.core.corrections import CorrectionError, apply_one, describe
from boardprep.core.model import AgendaTree, Item, normalise_number
from boardprep.core.store import packtext
from boardprep.core.store.db import transaction
from boardprep.core.store.records import CarryOver, PackOpenResult
from boardprep.core.store.store import TABLES, Store, _encode, new_uid, now_iso

SAME_NUMBER_TITLE = 0.6  # same number, lightly edited title
RENUMBERED_TITLE = 0.85  # different number: the title must match closely
QUOTE_PROBE = 120  # letters of a long quote that are enough to find it
UNIQUE_ENOUGH = 24  # letters; a shorter quote must be found on one page only
_SQUASH = re.compile(r"[\W_]+", re.UNICODE)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00ad", "")).strip().lower()


def edited_title_similarity(a: str | None, b: str | None) -> float:
    """How alike two versions of one item's title are (a re-issued pack's lightly edited
    wording), letter by letter. Not the engine's ``reconcile.title_similarity``, which asks
    whether a paper's heading names an agenda item (shared words, in any order)."""
    if not a or not b:
        return 0.0
    return SequenceMatcher(None, _norm(a), _norm(b)).ratio()


def match_item(number: str | None, title: str | None, new: AgendaTree) -> tuple[Item | None, str]:
    """The new tree's item for an old (number, title) and how it was matched."""
    if number is None:
        return None, "unplaced"
    same = new.find_item(number)
    if same is not None and (
        not title or edited_title_similarity(same.title, title) >= SAME_NUMBER_TITLE
    ):
        return same, "item"
    best, score = None, 0.0
    for it in new.walk():
        s = edited_title_similarity(it.title, title)
        if s > score:
            best, score = it, s
    if best is not None and score >= RENUMBERED_TITLE:
        return best, "renumbered"
    return None, "unplaced"


def squash(text: str) -> str:
    """Letters and digits only, lower case: line breaks, hyphenation and spacing of the
    extraction do not matter when looking for a quote again."""
    return _SQUASH.sub("", text.replace("\u00ad", "")).lower()


def find_quote(
    quote: str | None, squashed: list[str] | None, within: tuple[int, int] | None
) -> int | None:
    """Physical page (1-based) holding ``quote``; the item's own pages are tried first.

    ``squashed``: the new pack's page texts through :func:`squash`. A short quote found on more
    than one candidate page is ambiguous: None, rather than the wrong passage.
    """
    if not quote or not squashed:
        return None
    probe = squash(quote)[:QUOTE_PROBE]
    if len(probe) < 4:
        return None
    pages = range(1, len(squashed) + 1)
    scopes = [[p for p in pages if within[0] <= p <= within[1]]] if within else []
    scopes.append(list(pages))
    for scope in scopes:
        found = [p for p in scope if probe in squashed[p - 1]]
        if len(found) == 1 or (found and len(probe) >= UNIQUE_ENOUGH):
            return found[0]
        if found:
            return None  # a short quote seen on several pages: ambiguous
    return None


def _physical_for_label(tree: AgendaTree, pack_page: int | None) -> int | None:
    if pack_page is None:
        return None
    for i, label in enumerate(tree.page_labels):
        if label == pack_page:
            return i + 1
    return None


class NewPack:
    """The re-issued pack's PDF, opened at most once for the whole carry-over (its page text
    when the store has none yet, then the quotes' geometry), on first need; ``close`` it."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self._doc: Any = None
        self._failed = not path

    def doc(self) -> Any:
        if self._doc is None and not self._failed:
            from boardprep.core.pdfopen import open_pack

            try:
                self._doc = open_pack(self.path)  # type: ignore[arg-type]
            except Exception:  # unreadable now: records are placed without it
                self._failed = True
        return self._doc

    def page_texts(self) -> list[str] | None:
        doc = self.doc()
        if doc is None:
            return None
        with contextlib.suppress(Exception):
            return packtext.page_texts(doc)
        return None

    def quote_geometry(self, page: int, quote: str) -> list[Any] | None:
        """Quads of the quote on its new page (the layout may have changed), when readable."""
        doc = self.doc()
        if doc is None:
            return None
        with contextlib.suppress(Exception):
            quads = doc[page - 1].search_for(quote[:QUOTE_PROBE], quads=True)
            return [tuple(v for pt in (q.ul, q.ur, q.ll, q.lr) for v in pt) for q in quads]
        return None

    def close(self) -> None:
        if self._doc is not None:
            self._doc.close()
            self._doc = None


def carry_over(
    store: Store, old_sha: str, new: AgendaTree, path: str | None, result: PackOpenResult
) -> None:
    """Copy every record of ``old_sha`` onto the new pack (one transaction), filling ``result``."""
    new_sha = new.pack.sha256
    if carry_corrections(store, old_sha, new, result):
        new = store.tree(new_sha)  # records land on the items as the member corrected them
    if not _has_records(store, old_sha):
        return  # nothing to carry: do not read the new pack's text for nothing
    pdf = NewPack(path)
    try:
        texts = store.page_texts(new_sha)
        if texts is None:
            texts = pdf.page_texts()
            if texts is not None:
                store.index_pack_text(new_sha, texts)
        result.carried_from = old_sha
        squashed = [squash(t) for t in texts] if texts is not None else None
        rows: list[tuple[str, dict[str, Any], CarryOver]] = []
        item_notes: set[str] = set()
        for kind in TABLES:
            for rec in store._list(kind, old_sha, None):
                if kind == "note" and not rec.text.strip():
                    continue  # an emptied autosave note holds no words to keep
                values, move = _place(kind, rec, new, squashed, pdf)
                if kind == "note" and rec.is_item_note:
                    # One free-text note per item: a second one on the same item stays a note.
                    key = values["item"] or ""
                    values["is_item_note"] = int(
                        values["item"] is not None and key not in item_notes
                    )
                    item_notes.add(key)
                rows.append((kind, values, move))
    finally:
        pdf.close()
    with transaction(store.conn) as c:
        for kind, values, move in rows:
            enc = _encode(values)
            cols = ", ".join(enc)
            cur = c.execute(
                f"INSERT INTO {TABLES[kind][0]} ({cols}) VALUES ({', '.join('?' for _ in enc)})",
                list(enc.values()),
            )
            move.record_id = int(cur.lastrowid or 0)
            (result.unplaced if move.how == "unplaced" else result.carried).append(move)


def carry_corrections(store: Store, old_sha: str, new: AgendaTree, result: PackOpenResult) -> bool:
    """The member's corrections of the earlier issue that still apply, onto the re-issue.

    Items are found again as records are (number + title, else title alone), pages by their
    printed number; a correction whose item or page the re-issue lacks, or that no longer
    applies, is listed in ``result.corrections_not_carried``. True when some were carried."""
    ops = store.corrections(old_sha)
    if not ops:
        return False
    old_engine = store.engine_tree(old_sha)
    before = copy.deepcopy(old_engine)
    tree = copy.deepcopy(new)
    carried: list[dict[str, Any]] = []
    for op in ops:
        then = copy.deepcopy(before)
        try:
            apply_one(before, op)
            moved = _translate(op, then, old_engine.page_labels, tree)
            trial = copy.deepcopy(tree)
            apply_one(trial, moved)
        except CorrectionError as err:
            result.corrections_not_carried.append(f"{describe(op)}: {err}")
            continue
        tree = trial
        carried.append(moved)
        result.corrections_carried.append(describe(moved))
    if carried:
        store.merge_corrections(new.pack.sha256, carried)
    return bool(carried)


def _translate(
    op: dict[str, Any], old: AgendaTree, old_labels: list[int | None], new: AgendaTree
) -> dict[str, Any]:
    """``op`` as it reads in the re-issue: its items and pages found again there."""
    out = dict(op)
    for key in ("item", "into", "parent"):
        number = op.get(key)
        if not number:
            continue
        if key == "item" and op["op"] == "add_item":
            continue
        was = old.find_item(number)
        it, _how = match_item(number, was.title if was else None, new)
        if it is None:
            raise CorrectionError(f"the re-issue has no item {number} (nor one with its title)")
        out[key] = it.number
    for key in ("page", "end"):
        page = op.get(key)
        if page is None:
            continue
        label = old_labels[page - 1] if 1 <= page <= len(old_labels) else None
        found = [
            i + 1 for i, lab in enumerate(new.page_labels) if label is not None and lab == label
        ]
        if not found:
            raise CorrectionError(f"page #{page} has no printed number found in the re-issue")
        out[key] = found[0]
    return out


def _has_records(store: Store, sha: str) -> bool:
    return any(
        store.conn.execute(f"SELECT 1 FROM {table} WHERE sha256=? LIMIT 1", (sha,)).fetchone()
        for table, _ in TABLES.values()
    )


def _place(
    kind: str, rec: Any, new: AgendaTree, squashed: list[str] | None, pdf: NewPack
) -> tuple[dict[str, Any], CarryOver]:
    values = {k: v for k, v in vars(rec).items() if k != "id"}
    values.update(uid=new_uid(), sha256=new.pack.sha256, carried_from=rec.sha256)
    values["updated"] = now_iso()
    item, how = match_item(rec.item, rec.item_title, new)
    old_page = getattr(rec, "page", None)
    new_page = old_page
    if old_page is not None:
        quote = getattr(rec, "quote", None)
        found = find_quote(quote, squashed, item.pdf_pages if item else None)
        if found is not None:
            new_page, how = found, "quote"
            item = item or new.item_at_page(found)
            geometry = pdf.quote_geometry(found, quote) if quote else None
            if kind == "highlight" and geometry:
                values["quads"] = geometry
            if kind == "note" and geometry:
                q = geometry[0]
                values["rect"] = (min(q[0::2]), min(q[1::2]), max(q[0::2]), max(q[1::2]))
        elif not quote and kind != "highlight" and _physical_for_label(new, rec.pack_page):
            new_page, how = _physical_for_label(new, rec.pack_page), "pack-page"
            item = item or new.item_at_page(new_page)  # type: ignore[arg-type]
        elif kind != "highlight" and item is not None and item.pdf_pages:
            new_page, how = item.pdf_pages[0], "item-start"
            values["rect"] = None
        else:
            # A highlight whose text is gone, or no page to land on: keep it, unplaced.
            new_page, how, item = None, "unplaced", None
        values["page"] = new_page
        values["pack_page"] = new.label_for(new_page) if new_page else None
    if item is None:
        how = "unplaced"
    values["item"] = item.number if item else None
    values["item_title"] = item.title if item else rec.item_title
    if kind in ("note", "highlight") and isinstance(values.get("rect"), str):
        values["rect"] = json.loads(values["rect"])
    text = {
        "note": "text",
        "question": "text",
        "declaration": "nature",
        "highlight": "quote",
        "bookmark": "label",
    }[kind]
    move = CarryOver(
        kind=kind,
        record_id=0,
        old_item=rec.item,
        new_item=values["item"],
        old_page=old_page,
        new_page=values.get("page"),
        how=how,
        text=getattr(rec, text) or "",
    )
    return values, move


__all__ = ["carry_over", "edited_title_similarity", "find_quote", "match_item", "normalise_number"]
