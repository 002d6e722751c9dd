"""Reading a pack's page text (for the FTS index and for re-anchoring quotes)."""

from __future__ import annotations

from typing import Any

from boardprep.core.pagebudget import page_too_heavy
from boardprep.core.pdfopen import open_pack


def page_texts(doc: Any) -> list[str]:
    """One string per physical page of an open document; a page over the content budget
    (a hostile or broken page, see ``pagebudget``) reads as empty."""
    return ["" if page_too_heavy(page) else page.get_text("text") for page in doc]


def read_page_texts(path: str) -> list[str]:
    """One string per physical page; raises the opener's PackError for unreadable files."""
    doc = open_pack(path)
    try:
        return page_texts(doc)
    finally:
        doc.close()
