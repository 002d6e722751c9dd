"""Reading a pack's page text (for the FTS index and for re-anchoring quotes)."""

from __future__ import annotations

import contextlib
from typing import Any

import pymupdf


def _open(path: str) -> Any:
    try:  # the engine's safe opener when present (checks encryption, non-PDFs...)
        from boardprep.core.pdfopen import open_pack
    except ImportError:
        pymupdf.TOOLS.mupdf_display_errors(False)
        return pymupdf.open(path)
    return open_pack(path)


def read_page_texts(path: str) -> list[str]:
    """One string per physical page; raises the opener's PackError for unreadable files."""
    doc = _open(path)
    try:
        return [page.get_text("text") for page in doc]
    finally:
        doc.close()


def try_read_page_texts(path: str | None) -> list[str] | None:
    if not path:
        return None
    with contextlib.suppress(Exception):
        return read_page_texts(path)
    return None
