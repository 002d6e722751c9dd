"""A copy of the pack with the member's notes and highlights as real PDF annotations."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from boardprep.core.errors import UsageError
from boardprep.core.export.common import non_empty_notes
from boardprep.core.store import Store

NOTE_ICON = "Note"


def _colour(hex_colour: str) -> tuple[float, float, float]:
    h = hex_colour.lstrip("#")
    try:
        return tuple(int(h[i : i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]
    except ValueError:
        return (1.0, 0.84, 0.31)


def to_pdf(store: Store, sha: str, out: str | Path, pack_path: str | None = None) -> int:
    """Write the annotated copy; returns the number of annotations added."""
    if not pack_path:
        raise UsageError("the annotated pdf needs the pack file itself")
    pymupdf.TOOLS.mupdf_display_errors(False)
    tree = store.tree(sha)
    doc = pymupdf.open(pack_path)
    added = 0
    try:
        for n in non_empty_notes(store, sha):
            page_no = n.page
            if page_no is None and n.item:
                it = tree.find_item(n.item)
                page_no = it.pdf_pages[0] if it and it.pdf_pages else None
            if page_no is None or not 1 <= page_no <= doc.page_count:
                continue
            page = doc[page_no - 1]
            point = pymupdf.Point(n.rect[0], n.rect[1]) if n.rect else pymupdf.Point(20, 20)
            label = f"Item {n.item}: " if n.item and n.page is None else ""
            annot = page.add_text_annot(point, label + n.text, icon=NOTE_ICON)
            annot.set_info(title="boardprep", subject="note")
            annot.update()
            added += 1
        for h in store.highlights(sha):
            if h.page is None or not h.quads or not 1 <= h.page <= doc.page_count:
                continue
            page = doc[h.page - 1]
            quads = [pymupdf.Quad(q[0:2], q[2:4], q[4:6], q[6:8]) for q in h.quads]
            annot = page.add_highlight_annot(quads=quads)
            annot.set_colors(stroke=_colour(h.colour))
            annot.set_info(title="boardprep", content=h.quote or "")
            annot.update()
            added += 1
        doc.save(str(out), garbage=1, deflate=True)
    finally:
        doc.close()
    return added
