"""The member's corrections to the agenda: a list of operations on top of the engine's tree.

Pure (no Qt, no database). A correction is a small JSON object (an "operation") naming the item
it changes by number, and the document inside an item by its title, so the same list applies
again to a new analysis of the same pack (a new engine version) or to a re-issued pack:
:func:`apply_corrections` returns the corrected tree and the operations that no longer apply,
each with the reason in words (reported, never dropped).

Operations (``op`` field; ``page``/``end`` are physical pages, 1-based):

- ``rename``   item [document] title
- ``renumber`` item number
- ``start``    item [document] page         where the item (document) starts
- ``end``      item [document] page         where it ends
- ``add_item`` number title page [end] [parent]
- ``add_document`` item title page [end]
- ``delete``   item [document]
- ``merge``    item into                    the item's pages and papers join ``into``
- ``split``    item page number title       a new item from ``page`` to the item's end
- ``exempt``   item exempt (bool)
- ``agenda_page`` page [agenda (bool)]      the page is (not) part of the agenda itself

Every operation also has a ``uid`` (to merge lists from bundles without repeating one).
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from boardprep.core.model import AgendaTree, Document, Item, normalise_number
from boardprep.core.pageref import PageNames

VERSION = 1  # of the operations' format (the "agenda" bundle says which it holds)
OPS = (
    "rename",
    "renumber",
    "start",
    "end",
    "add_item",
    "add_document",
    "delete",
    "merge",
    "split",
    "exempt",
    "agenda_page",
)
# Fields each operation needs (besides op and uid), and those it may have.
_NEEDS: dict[str, tuple[str, ...]] = {
    "rename": ("item", "title"),
    "renumber": ("item", "number"),
    "start": ("item", "page"),
    "end": ("item", "page"),
    "add_item": ("number", "title", "page"),
    "add_document": ("item", "title", "page"),
    "delete": ("item",),
    "merge": ("item", "into"),
    "split": ("item", "page", "number", "title"),
    "exempt": ("item", "exempt"),
    "agenda_page": ("page",),
}
_MAY: dict[str, tuple[str, ...]] = {
    "rename": ("document",),
    "start": ("document",),
    "end": ("document",),
    "add_item": ("end", "parent"),
    "add_document": ("end",),
    "delete": ("document",),
    "agenda_page": ("agenda",),
}
_TEXT_FIELDS = ("item", "title", "number", "document", "into", "parent")
_PAGE_FIELDS = ("page", "end")
_BOOL_FIELDS = ("exempt", "agenda")
MAX_OPS = 10_000
MAX_LINE = 2_000


class CorrectionError(ValueError):
    """An operation that is malformed or cannot apply to the tree (the message says why)."""


@dataclass
class Corrected:
    """The tree with the corrections applied, and what did not apply."""

    tree: AgendaTree
    failed: list[tuple[dict[str, Any], str]] = field(default_factory=list)
    agenda_pages: list[int] = field(default_factory=list)
    applied: int = 0

    @property
    def corrected(self) -> bool:
        return self.applied > 0


def new_op(op: str, **fields: Any) -> dict[str, Any]:
    """A checked operation with a fresh uid: ``new_op("rename", item="7", title="Budget")``."""
    out = {"op": op, **{k: v for k, v in fields.items() if v is not None}}
    out["uid"] = uuid.uuid4().hex
    return check_op(out)


def check_op(raw: Any) -> dict[str, Any]:
    """The operation with its fields checked and typed; CorrectionError says what is wrong."""
    if not isinstance(raw, dict):
        raise CorrectionError("a correction must be an object")
    op = raw.get("op")
    if op not in OPS:
        raise CorrectionError(f"unknown correction {str(op)[:40]!r} (known: {', '.join(OPS)})")
    out: dict[str, Any] = {"op": op}
    uid = raw.get("uid")
    if uid is not None:
        if not isinstance(uid, str) or not 0 < len(uid) <= 64:
            raise CorrectionError(f"{op}: uid must be short text")
        out["uid"] = uid
    allowed = _NEEDS[op] + _MAY.get(op, ())
    for key in _NEEDS[op]:
        if raw.get(key) is None:
            raise CorrectionError(f"{op}: {key} is missing")
    for key in allowed:
        v = raw.get(key)
        if v is None:
            continue
        if key in _TEXT_FIELDS:
            if not isinstance(v, str) or not v.strip() or len(v) > MAX_LINE:
                raise CorrectionError(f"{op}: {key} must be text")
            out[key] = " ".join(v.split())
        elif key in _PAGE_FIELDS:
            if isinstance(v, bool) or not isinstance(v, int) or not 1 <= v <= 100_000:
                raise CorrectionError(f"{op}: {key} must be a page number")
            out[key] = v
        elif key in _BOOL_FIELDS:
            if not isinstance(v, bool):
                raise CorrectionError(f"{op}: {key} must be true or false")
            out[key] = v
    if "end" in out and out["end"] < out["page"]:
        raise CorrectionError(f"{op}: it cannot end (page {out['end']}) before it starts")
    return out


def check_ops(raw: Any) -> list[dict[str, Any]]:
    """A list of operations from outside (a bundle, the database); CorrectionError if bad."""
    if not isinstance(raw, list):
        raise CorrectionError("the corrections must be a list")
    if len(raw) > MAX_OPS:
        raise CorrectionError(f"more than {MAX_OPS:,} corrections")
    out = []
    for i, r in enumerate(raw, 1):
        try:
            out.append(check_op(r))
        except CorrectionError as err:
            raise CorrectionError(f"correction {i}: {err}") from None
    return out


def describe(op: dict[str, Any], names: PageNames | None = None) -> str:
    """One line in words: 'rename item 7 to "Budget"'; pages as printed when ``names`` knows
    the pack's numbers ("page 37 (#41)"), else the PDF's own ("page #41")."""

    def page() -> str:
        p = op.get("page")
        return names.words(p) if names is not None and isinstance(p, int) else f"page #{p}"

    kind = op.get("op")
    what = f"item {op.get('item')}"
    if op.get("document"):
        what = f"document {op['document']!r} of item {op.get('item')}"
    if kind == "rename":
        return f"rename {what} to {op.get('title')!r}"
    if kind == "renumber":
        return f"renumber {what} as {op.get('number')}"
    if kind in ("start", "end"):
        return f"{what} {'starts' if kind == 'start' else 'ends'} on {page()}"
    if kind == "add_item":
        return f"add item {op.get('number')} {op.get('title')!r} at {page()}"
    if kind == "add_document":
        return f"add document {op.get('title')!r} to {what} at {page()}"
    if kind == "delete":
        return f"delete {what}"
    if kind == "merge":
        return f"merge {what} into item {op.get('into')}"
    if kind == "split":
        return f"split {what} at {page()} as item {op.get('number')}"
    if kind == "exempt":
        return f"mark {what} {'exempt' if op.get('exempt') else 'not exempt'}"
    if kind == "agenda_page":
        return f"{page()} {'is' if op.get('agenda', True) else 'is not'} agenda"
    return str(kind)


# ---- application -------------------------------------------------------------------------------
def apply_corrections(tree: AgendaTree, ops: Iterable[dict[str, Any]]) -> Corrected:
    """``tree`` with ``ops`` applied in order (``tree`` itself is not changed)."""
    ops = list(ops)
    if not ops:
        return Corrected(tree)
    out = Corrected(copy.deepcopy(tree))
    agenda: dict[int, bool] = {}
    for op in ops:
        try:
            if op.get("op") == "agenda_page":
                _check_page(out.tree, op["page"])
                agenda[op["page"]] = bool(op.get("agenda", True))
            else:
                apply_one(out.tree, op)
            out.applied += 1
        except CorrectionError as err:
            out.failed.append((op, str(err)))
        except (KeyError, TypeError, ValueError) as err:  # a malformed stored op: reported
            out.failed.append((op, f"it is malformed ({err})"))
    out.agenda_pages = sorted(p for p, on in agenda.items() if on)
    return out


def apply_one(tree: AgendaTree, op: dict[str, Any]) -> None:
    """Apply one operation to ``tree`` in place; CorrectionError when it does not apply."""
    kind = op["op"]
    if kind == "add_item":
        _add_item(tree, op)
        return
    if kind == "agenda_page":  # changes which pages the agenda is read from, not the items
        _check_page(tree, op["page"])
        return
    item = _find(tree, op["item"])
    if op.get("document") and kind in ("rename", "start", "end", "delete"):
        doc = _find_doc(item, op["document"])
        if kind == "rename":
            doc.title = op["title"]
        elif kind == "delete":
            item.children.remove(doc)
            item.corrected = True
            return
        else:
            _check_page(tree, op["page"])
            a, b = doc.pdf_pages or (op["page"], op["page"])
            a, b = (
                (op["page"], max(b, op["page"]))
                if kind == "start"
                else (min(a, op["page"]), op["page"])
            )
            doc.pdf_pages = (a, b)
        doc.corrected = True
        return
    if kind == "rename":
        item.title = op["title"]
    elif kind == "renumber":
        other = tree.find_item(op["number"])
        if other is not None and other is not item:
            raise CorrectionError(f"there is already an item {op['number']}")
        item.number, item.printed = op["number"], None
    elif kind == "exempt":
        item.exempt = bool(op["exempt"])
    elif kind in ("start", "end"):
        _set_bound(tree, item, kind, op["page"])
    elif kind == "add_document":
        _check_page(tree, op["page"])
        end = op.get("end") or _doc_end(item, op["page"], tree)
        doc = Document(title=op["title"], pdf_pages=(op["page"], end), corrected=True)
        docs = [c for c in item.children if isinstance(c, Document)]
        after = [d for d in docs if d.pdf_pages and d.pdf_pages[0] > op["page"]]
        where = item.children.index(after[0]) if after else len(item.children)
        item.children.insert(where, doc)
        if item.pdf_pages is None or not item.pdf_pages[0] <= op["page"] <= item.pdf_pages[1]:
            a, b = item.pdf_pages or (op["page"], end)
            _set_range(tree, item, min(a, op["page"]), max(b, end))
        return
    elif kind == "delete":
        siblings = _siblings(tree, item)
        siblings.remove(item)
        return
    elif kind == "merge":
        into = _find(tree, op["into"])
        if into is item:
            raise CorrectionError("an item cannot be merged into itself")
        _siblings(tree, item).remove(item)
        into.children.extend(item.children)
        ranges = [r for r in (into.pdf_pages, item.pdf_pages) if r]
        if ranges:
            _set_range(tree, into, min(r[0] for r in ranges), max(r[1] for r in ranges))
        into.corrected = True
        return
    elif kind == "split":
        _split(tree, item, op)
        return
    item.corrected = True


def _find(tree: AgendaTree, number: str) -> Item:
    it = tree.find_item(number)
    if it is None:
        raise CorrectionError(f"the agenda has no item {number}")
    return it


def _find_doc(item: Item, title: str) -> Document:
    key = _key(title)
    for d in item.documents:
        if _key(d.title) == key:
            return d
    raise CorrectionError(f"item {item.number} has no document {title!r}")


def _key(s: str) -> str:
    return " ".join(s.lower().split())


def _check_page(tree: AgendaTree, page: int) -> None:
    if not 1 <= page <= max(tree.pack.pages, 1):
        raise CorrectionError(f"the pack has no page #{page} (it has {tree.pack.pages})")


def _siblings(tree: AgendaTree, item: Item) -> list[Any]:
    if any(x is item for x in tree.items):
        return tree.items  # type: ignore[return-value]
    for it in tree.walk():
        if any(x is item for x in it.children):
            return it.children
    raise CorrectionError(f"item {item.number} is not in the agenda")


def _set_range(tree: AgendaTree, item: Item, a: int, b: int) -> None:
    item.pdf_pages = (a, b)
    la, lb = tree.label_for(a), tree.label_for(b)
    if la is not None and lb is not None:
        item.pack_pages = (la, lb)
    item.corrected = True


def _set_bound(tree: AgendaTree, item: Item, kind: str, page: int) -> None:
    """Where an item starts or ends; the item before (after) it gives way."""
    _check_page(tree, page)
    old = item.pdf_pages
    if kind == "start":
        end = old[1] if old and old[1] >= page else _next_start(tree, item, page)
        _set_range(tree, item, page, end)
        if old and item.documents and item.documents[0].pdf_pages:
            d = item.documents[0]
            if d.pdf_pages and d.pdf_pages[0] == old[0]:
                d.pdf_pages = (page, max(page, d.pdf_pages[1]))
        for other in _siblings(tree, item):
            r = getattr(other, "pdf_pages", None)
            if other is not item and isinstance(other, Item) and r and r[0] < page <= r[1]:
                _set_range(tree, other, r[0], page - 1)
    else:
        start = old[0] if old and old[0] <= page else page
        _set_range(tree, item, start, page)
        for other in _siblings(tree, item):
            r = getattr(other, "pdf_pages", None)
            mine = other is item or not isinstance(other, Item)
            if not mine and r and r[0] <= page < r[1] and r[0] > start:
                _set_range(tree, other, page + 1, r[1])


def _next_start(tree: AgendaTree, item: Item, page: int) -> int:
    """The page before the next item's first page after ``page`` (or the pack's last page)."""
    starts = [
        it.pdf_pages[0]
        for it in tree.walk()
        if it is not item and it.pdf_pages and it.pdf_pages[0] > page
    ]
    return min(starts) - 1 if starts else max(tree.pack.pages, page)


def _doc_end(item: Item, page: int, tree: AgendaTree) -> int:
    starts = [d.pdf_pages[0] for d in item.documents if d.pdf_pages and d.pdf_pages[0] > page]
    if starts:
        return min(starts) - 1
    if item.pdf_pages and item.pdf_pages[1] >= page:
        return item.pdf_pages[1]
    return _next_start(tree, item, page)


def _add_item(tree: AgendaTree, op: dict[str, Any]) -> None:
    if tree.find_item(op["number"]) is not None:
        raise CorrectionError(f"there is already an item {op['number']}")
    page = op["page"]
    _check_page(tree, page)
    siblings: list[Any] = tree.items
    if op.get("parent"):
        siblings = _find(tree, op["parent"]).children
    item = Item(number=op["number"], title=op["title"], corrected=True)
    end = op.get("end") or _next_start(tree, item, page)
    _set_range(tree, item, page, end)
    # Among its siblings by first page: after the last that starts at or before it.
    where = 0
    for i, s in enumerate(siblings):
        r = getattr(s, "pdf_pages", None)
        if isinstance(s, Item) and r and r[0] <= page:
            where = i + 1
        elif isinstance(s, Item) and r is None and where == i:
            where = i + 1  # procedural items before the papers stay first
    siblings.insert(where, item)
    for other in siblings:
        r = getattr(other, "pdf_pages", None)
        if other is not item and isinstance(other, Item) and r and r[0] < page <= r[1]:
            _set_range(tree, other, r[0], page - 1)


def _split(tree: AgendaTree, item: Item, op: dict[str, Any]) -> None:
    page = op["page"]
    r = item.pdf_pages
    if r is None or not r[0] < page <= r[1]:
        raise CorrectionError(f"page #{page} is not inside item {item.number}'s papers")
    if tree.find_item(op["number"]) is not None:
        raise CorrectionError(f"there is already an item {op['number']}")
    new = Item(number=op["number"], title=op["title"], exempt=item.exempt, corrected=True)
    moved = [d for d in item.documents if d.pdf_pages and d.pdf_pages[0] >= page]
    for d in moved:
        item.children.remove(d)
    new.children = list(moved)
    _set_range(tree, item, r[0], page - 1)
    _set_range(tree, new, page, r[1])
    siblings = _siblings(tree, item)
    siblings.insert(siblings.index(item) + 1, new)


def marked_agenda_pages(ops: Iterable[dict[str, Any]]) -> list[int]:
    """The pages the member says hold the agenda (physical, sorted); [] when none are marked.

    Each ``agenda_page`` operation marks its page (``agenda`` true, the default) or unmarks it;
    the agenda is then read from exactly the pages marked (core.agenda_reread)."""
    marked: dict[int, bool] = {}
    for op in ops:
        if op.get("op") == "agenda_page" and isinstance(op.get("page"), int):
            marked[op["page"]] = bool(op.get("agenda", True))
    return sorted(p for p, on in marked.items() if on)


def agenda_page_ops(ops: Iterable[dict[str, Any]], pages: Iterable[int]) -> list[dict[str, Any]]:
    """The operations that make ``pages`` the agenda's pages, given the stored ``ops``: pages
    marked before and not now are unmarked, new ones marked."""
    before, after = set(marked_agenda_pages(ops)), set(pages)
    out = [new_op("agenda_page", page=p, agenda=False) for p in sorted(before - after)]
    return out + [new_op("agenda_page", page=p) for p in sorted(after - before)]


# ---- merge with the next item, split at a page (the window's and the CLI's way in) ----------
def next_item(tree: AgendaTree, number: str) -> Item | None:
    """The item after ``number`` at its own level (a sub-item's next sub-item), or None."""
    item = tree.find_item(number)
    if item is None:
        return None
    siblings = [s for s in _siblings(tree, item) if isinstance(s, Item)]
    at = next(i for i, s in enumerate(siblings) if s is item)
    return siblings[at + 1] if at + 1 < len(siblings) else None


def merge_with_next(tree: AgendaTree, number: str) -> dict[str, Any]:
    """The operation that merges the item after ``number`` into it: that item's pages, papers
    and the member's records join ``number``, which keeps its number and title."""
    item = _find(tree, number)
    following = next_item(tree, item.number)
    if following is None:
        raise CorrectionError(f"no item follows item {item.number} to merge with it")
    return new_op("merge", item=following.number, into=item.number)


def split_number(tree: AgendaTree, number: str) -> str:
    """A free number for the second part of ``number``: 7 -> 7a, 7a -> 7b, 7.2 -> 7.2a."""
    base, start = number, "a"
    if len(number) > 1 and number[-1].isalpha() and number[-2].isdigit():
        base, start = number[:-1], chr(ord(number[-1].lower()) + 1)
    for code in range(ord(start), ord("z") + 1):
        candidate = base + (chr(code).upper() if number[-1:].isupper() else chr(code))
        if tree.find_item(candidate) is None:
            return candidate
    n = 2
    while tree.find_item(f"{number}-{n}") is not None:
        n += 1
    return f"{number}-{n}"


def split_at(
    tree: AgendaTree, number: str, page: int, title: str, new_number: str | None = None
) -> dict[str, Any]:
    """The operation that splits ``number`` at ``page``: a new item (``new_number``, or
    :func:`split_number`'s) from that page to the item's end; the records stay on the first
    part."""
    item = _find(tree, number)
    r = item.pdf_pages
    if r is None or not r[0] < page <= r[1]:
        where = PageNames.of(tree).words(page) or f"page #{page}"
        raise CorrectionError(
            f"item {item.number} cannot be split at {where}: the page must be inside its papers, "
            "after their first page"
        )
    return new_op(
        "split",
        item=item.number,
        page=page,
        number=new_number or split_number(tree, item.number),
        title=title,
    )


# ---- what records follow ---------------------------------------------------------------------
def number_moves(op: dict[str, Any]) -> dict[str, str]:
    """The item numbers whose records move when ``op`` is applied: {old: new}."""
    if op.get("op") == "renumber":
        return {op["item"]: op["number"]}
    if op.get("op") == "merge":
        return {op["item"]: op["into"]}
    return {}


def same_number(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and normalise_number(a) == normalise_number(b)
