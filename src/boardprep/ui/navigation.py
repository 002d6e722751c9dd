"""Pure navigation helpers: 'Go to page' parsing, back/forward history, stepping (no Qt)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

from boardprep.core.model import AgendaTree
from boardprep.core.pageref import parse_page_ref

__all__ = ["NavHistory", "missing_page_message", "neighbour", "parse_page_ref"]

T = TypeVar("T")


class NavHistory:
    """Browser-style history of jumps: visiting a page drops the forward list."""

    def __init__(self, limit: int = 200) -> None:
        self._pages: list[int] = []
        self._pos = -1
        self._limit = limit

    def visit(self, page: int) -> None:
        if self._pos >= 0 and self._pages[self._pos] == page:
            return
        del self._pages[self._pos + 1 :]
        self._pages.append(page)
        if len(self._pages) > self._limit:
            self._pages.pop(0)
        self._pos = len(self._pages) - 1

    def replace_current(self, page: int) -> None:
        """Remember where the reader scrolled to, so 'back' returns there, not to the jump."""
        if self._pos >= 0:
            self._pages[self._pos] = page

    def can_back(self) -> bool:
        return self._pos > 0

    def can_forward(self) -> bool:
        return self._pos < len(self._pages) - 1

    def back(self) -> int | None:
        if not self.can_back():
            return None
        self._pos -= 1
        return self._pages[self._pos]

    def forward(self) -> int | None:
        if not self.can_forward():
            return None
        self._pos += 1
        return self._pages[self._pos]


def neighbour(items: Sequence[T], current: T | None, delta: int) -> T | None:
    """The entry ``delta`` steps from ``current``, held at either end; from no entry, the first.

    Previous/next item: stepping past the last item stays on it rather than wrapping round.
    """
    if not items:
        return None
    i = items.index(current) if current in items else -1
    return items[min(max(i + delta, 0), len(items) - 1)]


_PAGE_REF = re.compile(r"(#)?\s*(?:p(?:age)?\.?\s*)?(\d+)", re.IGNORECASE)


def missing_page_message(text: str, tree: AgendaTree | None, page_count: int) -> str:
    """One sentence for a Go to page that names no page: which pages the pack has instead."""
    typed = " ".join(text.split())
    m = _PAGE_REF.fullmatch(typed)
    printed = sorted({n for n in (tree.page_labels if tree else []) if n is not None})
    if m is None:
        return (
            f"“{typed}” is not a page number: type a page as printed (37 or p37), "
            f"or #41 for the 41st page of the PDF."
        )
    if m.group(1) or not printed or printed == list(range(1, page_count + 1)):
        # "#N", or a pack whose printed numbers are the PDF's own (or that prints none).
        return f"There is no page {typed} in this pack: it has {page_count} pages."
    span = f"{printed[0]}–{printed[-1]}" if len(printed) > 1 else str(printed[0])
    gaps = " with gaps" if len(printed) != printed[-1] - printed[0] + 1 else ""
    return (
        f"There is no page {m.group(2)} in this pack: its printed page numbers run "
        f"{span}{gaps} (#1–#{page_count} in the PDF)."
    )
