"""Pages in the member's words, both ways: "37" / "p37" (printed), "#41" (the PDF's own page).

Pure (no Qt). :func:`parse_page_ref` reads what the member types (the window's Go to page,
``boardprep fix --start PAGE``); :class:`PageNames` is the one place that writes a page for the
member to read (status bar, panel, lists, the brief and every export): the printed number, the
PDF's own in brackets where it differs ("Page 37 (#41)").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from boardprep.core.errors import BoardprepError
from boardprep.core.model import AgendaTree, Item, PageRange

_PRINTED = re.compile(r"^(?:p(?:age)?\.?\s*)?(\d+)$", re.IGNORECASE)
_PHYSICAL = re.compile(r"^#\s*(\d+)$")


def parse_page_ref(text: str, tree: AgendaTree | None, page_count: int) -> int | None:
    """The physical page (1-based) for what the user typed, or None if it names no page.

    "37" and "p37" are printed pack pages (the "Page 37" stamps, mapped through
    ``tree.page_labels``); "#41" is the 41st physical page. Where the pack has no stamps at all
    a bare number is taken as physical, as any PDF viewer would.
    """
    s = text.strip()
    m = _PHYSICAL.match(s)
    if m:
        n = int(m.group(1))
        return n if 1 <= n <= page_count else None
    m = _PRINTED.match(s)
    if not m:
        return None
    n = int(m.group(1))
    labels = tree.page_labels if tree else []
    if any(label is not None for label in labels):
        for i, label in enumerate(labels):
            if label == n:
                return i + 1
        return None
    return n if 1 <= n <= page_count else None


MAX_PAGE_LIST = 40  # pages one list may name (an agenda runs to a few pages, never hundreds)


def parse_page_list(text: str, tree: AgendaTree | None, page_count: int) -> list[int] | None:
    """Physical pages (sorted, 1-based) for "2-3", "#2-#4, #7", "p2–p3"; None when a part
    names no page, a range runs backwards or the list is longer than MAX_PAGE_LIST.

    Each part is read as :func:`parse_page_ref` reads one page; in "#2-4" the end takes the
    start's "#" (physical pages both)."""
    pages: set[int] = set()
    for part in (p.strip() for p in text.replace(";", ",").split(",")):
        if not part:
            continue
        ends = [e.strip() for e in re.split(r"\s*[-–—]\s*|\s+to\s+", part, maxsplit=1)]
        if len(ends) == 2 and ends[0].startswith("#") and ends[1][:1].isdigit():
            ends[1] = "#" + ends[1]
        got = [parse_page_ref(e, tree, page_count) for e in ends]
        if any(g is None for g in got):
            return None
        a, b = got[0], got[-1]
        assert a is not None and b is not None
        if b < a or b - a >= MAX_PAGE_LIST:
            return None
        pages.update(range(a, b + 1))
    if not pages or len(pages) > MAX_PAGE_LIST:
        return None
    return sorted(pages)


def page_refs(pages: Sequence[int], tree: AgendaTree | None) -> str:
    """Pages as :func:`parse_page_list` reads them back: printed numbers where the page has
    one, "#N" where not; runs joined ("#2-#3, 5")."""
    labels = tree.page_labels if tree else []
    stamped = any(label is not None for label in labels)

    def ref(p: int) -> str:
        printed = labels[p - 1] if 0 < p <= len(labels) else None
        if printed is not None:
            return str(printed)
        return f"#{p}" if stamped else str(p)

    runs: list[list[int]] = []
    for p in sorted(set(pages)):
        if runs and p == runs[-1][-1] + 1:
            runs[-1].append(p)
        else:
            runs.append([p])

    def run(r: list[int]) -> str:
        if len(r) == 1:
            return ref(r[0])
        a, b = ref(r[0]), ref(r[-1])
        if a.startswith("#") != b.startswith("#"):  # half printed: name both by the PDF's own
            a, b = f"#{r[0]}", f"#{r[-1]}"
        return f"{a}-{b}"

    return ", ".join(run(r) for r in runs)


def page_label(page: int | None, printed: int | None, *, stamped: bool = True) -> str:
    """A page as the member sees it: "37" as printed, "37 (#41)" when the PDF's own differs.

    A page that prints no number is "#41" in a pack that prints numbers (so that "41" is never
    taken for a printed page) and plain "41" in a pack that prints none; "" for no page.
    """
    if printed is None:
        if not page:
            return ""
        return f"#{page}" if stamped else str(page)
    if not page or page == printed:
        return str(printed)
    return f"{printed} (#{page})"


def agenda_range(pack: PageRange | None, pdf: PageRange | None) -> PageRange | None:
    """The agenda's printed range where it stands for the item's papers: not a lone start page
    ("(PAGE 25)") when the papers run on over several pages (the reader then names those)."""
    if pack and pdf and pack[0] == pack[1] and pdf[1] > pdf[0]:
        return None
    return pack


def _span(a: int, b: int, mark: str = "") -> str:
    return f"{mark}{a}" if a == b else f"{mark}{a}–{mark}{b}"


def range_label(pdf: PageRange | None, printed: PageRange | None, *, stamped: bool = True) -> str:
    """A run of pages: "37–40 (#41–44)", "37–40" where both agree, "#41–#44" unprinted.

    Unprinted, both ends carry the mark: beside printed ranges, "#7–18" reads as the PDF's page
    7 to the printed page 18.
    """
    if printed is None:
        if pdf is None:
            return ""
        return _span(*pdf, "#" if stamped else "")
    if pdf is None or tuple(pdf) == tuple(printed):
        return _span(*printed)
    return f"{_span(*printed)} (#{_span(*pdf)})"


class PageNames:
    """How one pack's pages are named wherever the member sees them: the window, exports, CLI.

    The one place that turns physical pages into words: the printed number ("Page 37" stamps,
    ``AgendaTree.page_labels``), with the PDF's own in brackets where it differs. A record's
    stored ``pack_page`` is the fallback when the tree knows no labels (an old cache).
    """

    def __init__(self, labels: Sequence[int | None] = ()) -> None:
        self.labels = list(labels)
        self.stamped = any(label is not None for label in self.labels)

    @classmethod
    def of(cls, tree: AgendaTree | None) -> PageNames:
        return cls(tree.page_labels if tree is not None else ())

    @classmethod
    def of_pack(cls, store: Any, sha: str | None) -> PageNames:
        """The names of a stored pack's pages; plain numbers when the store cannot say."""
        if store is None or not sha:
            return cls()
        try:
            return cls.of(store.tree(sha))
        except BoardprepError:
            return cls()

    def printed(self, page: int | None, fallback: int | None = None) -> int | None:
        if page and 1 <= page <= len(self.labels):
            return self.labels[page - 1]
        return fallback

    def label(self, page: int | None, printed: int | None = None) -> str:
        """Like "37 (#41)"; ``printed`` (a record's own) serves where labels are unknown."""
        got = self.printed(page, printed)
        return page_label(page, got, stamped=self.stamped or got is not None)

    def range_label(self, pdf: PageRange | None, printed: PageRange | None = None) -> str:
        """Like "37–40 (#41–44)"; ``printed`` is the agenda's range (``Item.pack_pages``)."""
        if printed is None and pdf is not None:
            a, b = self.printed(pdf[0]), self.printed(pdf[1])
            printed = (a, b) if a is not None and b is not None else None
        return range_label(pdf, printed, stamped=self.stamped or printed is not None)

    def words(self, page: int | None, printed: int | None = None, *, capital: bool = False) -> str:
        """Like "page 37 (#41)"; "" for no page."""
        label = self.label(page, printed)
        return _word("page", capital) + " " + label if label else ""

    def range_words(
        self, pdf: PageRange | None, printed: PageRange | None = None, *, capital: bool = False
    ) -> str:
        """Like "pages 37–40 (#41–44)", or "page 37 (#41)" for one page; "" for none."""
        label = self.range_label(pdf, printed)
        if not label:
            return ""
        span = printed or pdf
        one = span is not None and span[0] == span[1]
        return _word("page" if one else "pages", capital) + " " + label

    def item_words(self, item: Item, *, capital: bool = False) -> str:
        """An item's pages: its printed range, the PDF's own in brackets where it differs."""
        pack = agenda_range(item.pack_pages, item.pdf_pages)
        return self.range_words(item.pdf_pages, pack, capital=capital)

    def of_total(self, page: int, total: int) -> str:
        """The status bar's "Page 37 (#41 of 182)"; "Page 41 of 182" where both agree."""
        got = self.printed(page)
        if got is None:
            return f"Page {'#' if self.stamped else ''}{page} of {total}"
        if got == page:
            return f"Page {got} of {total}"
        return f"Page {got} (#{page} of {total})"


def _word(word: str, capital: bool) -> str:
    return word.capitalize() if capital else word
