"""Pure navigation helpers: 'Go to page' parsing, back/forward history, stepping (no Qt)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

from boardprep.core.model import AgendaTree

_PRINTED = re.compile(r"^(?:p(?:age)?\.?\s*)?(\d+)$", re.IGNORECASE)
_PHYSICAL = re.compile(r"^#\s*(\d+)$")

T = TypeVar("T")


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
