"""What the member types for a page: "37" / "p37" (the printed page) or "#41" (the physical one).

Pure (no Qt): the window's Go to page and ``boardprep fix --start PAGE`` read pages the same way.
"""

from __future__ import annotations

import re

from boardprep.core.model import AgendaTree

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
