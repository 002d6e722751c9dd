"""A packet's contents page: its entries' page ranges, for an agenda that prints none.

Board packets often open with a "Table of Contents" that lists each paper with its pages
("1. Club Building Chair ...... 27-29") while the agenda itself prints no ranges. An item
whose title is an entry's takes the entry's range (printed page numbers, which reconcile maps
to the file's pages like any range on the agenda).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from boardprep.core.engine.agenda.lines import cell_range, match_number
from boardprep.core.engine.pages.textlayer import PageLines
from boardprep.core.engine.reconcile import title_similarity, tokens
from boardprep.core.engine.vocabulary import ADJOURNMENT_RE, AGENDA_HEAD_RE, CONTENTS_HEAD_RE
from boardprep.core.model import Item, PageRange, normalise_number, walk_items

_LEADERS = re.compile(r"\s*(?:\.{3,}|…+|_{3,})\s*$")
_GLUED_NUMBER = re.compile(r"^(\d{1,2}\.)(?=[A-Z][a-z])")
# "2.1 Attendance ........ 4"; a title that fills the line keeps one dot ("… pool . 6").
_DOTTED_TO_PAGE = re.compile(r"^(.*?\S)(?:\s*(?:\.{4,}|…{2,})|\s\.)\s*(\d{1,4})$")


def contents_entries(pages: Iterable[PageLines]) -> list[tuple[str, PageRange]]:
    """(title, printed range) of each entry of the first contents page among ``pages``, and of
    the pages after it that carry on its list (entries with ranges, no heading of their own)."""
    return [(title, rng) for _number, title, rng in numbered_entries(pages)]


def numbered_entries(pages: Iterable[PageLines]) -> list[tuple[str | None, str, PageRange]]:
    """(number as printed or None, title, printed range) of the contents entries."""
    entries: list[tuple[str | None, str, PageRange]] = []
    own = 0  # the agenda's own entry: no item's paper, but evidence of a contents page
    for pl in pages:
        headed = any(CONTENTS_HEAD_RE.match(ln.text.strip()) for ln in pl.lines[:15])
        if not headed and not entries:
            continue
        if not headed and any(AGENDA_HEAD_RE.match(ln.text.strip()) for ln in pl.lines):
            break  # the agenda itself
        found, agenda = _page_entries(pl)
        if not headed and not found:
            break  # the list has ended
        entries.extend(found)
        own += agenda
    return entries if len(entries) + own >= 3 else []


def _page_entries(pl: PageLines) -> tuple[list[tuple[str | None, str, PageRange]], int]:
    """A contents page's entries, and how many of them name the agenda itself."""
    entries: list[tuple[str | None, str, PageRange]] = []
    own = 0
    prev = ""
    for ln in pl.lines:
        # "1.Communications Chair": a number glued to its title is a number all the same.
        cells = [_GLUED_NUMBER.sub(r"\1 ", c.strip()) for c in ln.text.split("\t") if c.strip()]
        if len(cells) == 1 and (dotted := _DOTTED_TO_PAGE.match(cells[0])):
            cells = [dotted.group(1), dotted.group(2)]  # "2.1 Attendance ........ 4"
        margin = not pl.height * 0.12 < ln.y0 < pl.height * 0.88
        if margin and len(cells) == 1 and cells[0].isdigit():
            continue  # the page's own number in its margin ("3"), not an entry's range
        rng = cell_range(cells[-1]) if cells else None
        if rng is None or (len(cells) == 1 and not prev):
            prev = " ".join(cells)
            continue
        # The range in a cell of its own, or alone on the line under its entry; an entry
        # that wrapped ("G. Circle K Convention – Steve Lopez, Onto International" /
        # "Convention Chair  39-41") is one title.
        title = " ".join(cells[:-1]) if len(cells) >= 2 else prev
        if len(cells) >= 2 and prev and match_number(title) is None and match_number(prev):
            title = f"{prev} {title}"
        title = _LEADERS.sub("", title)
        prev = ""
        nm = match_number(title)
        title = nm.rest.strip() if nm and nm.rest else title
        if AGENDA_HEAD_RE.match(title):
            own += 1
        else:
            entries.append((nm.number if nm and nm.rest else None, title, rng))
    return entries, own


def ranges_from_contents(items: list[Item], entries: list[tuple[str, PageRange]]) -> int:
    """Give items without a range the range of the contents entry titled like them (when the
    agenda prints no range at all); the number of items given one.

    Each entry is one paper, so it goes to one item: the closest pairs first, so "Chair
    Reports" (a heading over its sub-items) does not take "7. Service Chair" from "Service
    Chair". Alike, then closest in length: "District Governor" is "Governor", not "2019-2020
    Governor's Project – Wayne Cheng, District Governor".
    """
    if not entries or any(it.pack_pages for it in walk_items(items)):
        return 0
    pairs = []
    for i, it in enumerate(walk_items(items)):
        if ADJOURNMENT_RE.match(it.title):
            continue  # printed at the foot of the last paper: no pages of its own
        for k, (title, _rng) in enumerate(entries):
            sim = title_similarity(it.title, title) if it.title else 0.0
            if sim >= 0.8:
                # On a tie an item without sub-items first: a heading over sub-items seldom
                # has a paper of its own.
                pairs.append((-sim, -_share(it.title, title), bool(it.sub_items), i, k, it))
    pairs.sort(key=lambda p: p[:5])
    taken_items: set[int] = set()
    taken_entries: set[int] = set()
    for *_, i, k, it in pairs:
        if i in taken_items or k in taken_entries:
            continue
        it.pack_pages = entries[k][1]
        taken_items.add(i)
        taken_entries.add(k)
    return len(taken_items)


def _share(a: str, b: str) -> float:
    """The words two titles share, over the longer's words."""
    ta, tb = tokens(a), tokens(b)
    return len(ta & tb) / max(len(ta), len(tb), 1)


def items_after_the_agenda(
    items: list[Item], entries: list[tuple[str | None, str, PageRange]]
) -> list[Item]:
    """Items the contents page lists after the last one the agenda's text gave (a business
    paper whose agenda runs on through its reports: "5.1.2 Consider the sale of the Medical
    Centre .... 10", "6. Closure .... 15"), put in place under their parents; the items added.
    A closing item ("Closure") takes no pages: it is printed at the foot of the last paper.

    Only when the contents agree with the agenda up to its last item (every numbered entry
    before it is an item), and only entries numbered under an item or after the last one."""
    have = {normalise_number(it.number): it for it in walk_items(items) if it.number}
    numbered = [(normalise_number(n), t, r) for n, t, r in entries if n]
    last = max((k for k, (n, _t, _r) in enumerate(numbered) if n in have), default=None)
    if last is None or last < 2 or any(n not in have for n, _t, _r in numbered[:last]):
        return []
    added: list[Item] = []
    for number, title, rng in numbered[last + 1 :]:
        parent = have.get(number.rsplit(".", 1)[0]) if "." in number else None
        if parent is None and ("." in number or not _after_top(items, number)):
            break  # not this agenda's numbering: stop rather than guess
        it = Item(
            number=number, title=title, pack_pages=None if ADJOURNMENT_RE.match(title) else rng
        )
        (parent.children if parent else items).append(it)
        have[number] = it
        added.append(it)
    return added


def _after_top(items: list[Item], number: str) -> bool:
    """``number`` is a whole number one past the agenda's last main item's."""
    last = items[-1].number if items else ""
    return number.isdigit() and last.isdigit() and int(number) == int(last) + 1
