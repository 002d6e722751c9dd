"""A pack's page text: one reading for the search index, the carry-over and the analysis.

The analysis scans every page once (``engine.pages.pagemap.scan_pages``) and hands its text
over (``AgendaTree.page_texts``, made by :func:`text_of`); when that reading is not at hand (an
agenda from the store, a re-issue's carry-over) :func:`page_texts` reads the pages the same
way, so the index holds the same words whichever path filled it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from boardprep.core.pdfopen import open_pack


def text_of(scan: Any) -> str:
    """The plain text of one scanned page (a ``PageScan``): its lines in reading order."""
    return "\n".join(ln.text for ln in scan.lines)


def page_texts(doc: Any, progress: Callable[[int, int], None] | None = None) -> list[str]:
    """One string per physical page of an open document; a page over the content budget
    (a hostile or broken page, see ``pagebudget``) reads as empty. ``progress(done, total)``
    is called every few pages."""
    from boardprep.core.engine.pages.pagemap import scan_pages

    return [text_of(scan) for scan in scan_pages(doc, progress)]


def read_page_texts(path: str) -> list[str]:
    """One string per physical page; raises the opener's PackError for unreadable files."""
    doc = open_pack(path)
    try:
        return page_texts(doc)
    finally:
        doc.close()
