"""A copy of the pack with the member's notes and highlights as real PDF annotations.

The annotations are written as PDF objects directly, not through PyMuPDF's ``add_*_annot``:
those name each new annotation by scanning every other one on the page and regenerate
appearances one by one, so a page with thousands of notes took minutes (110,000 records: half
an hour). Here every note shares one "Note" icon appearance, each highlight gets a small
appearance stream of its own, and each page's /Annots array is written once: linear time.
Geometry is checked (finite, on the page); text is cleaned and written as UTF-16.
"""

from __future__ import annotations

import math
import uuid
from pathlib import Path
from typing import Any

from boardprep.core.errors import UsageError
from boardprep.core.export.common import non_empty_notes
from boardprep.core.export.docxfast import xml_safe
from boardprep.core.export.output import step
from boardprep.core.reflow import quote_and_comment, reflow
from boardprep.core.store import Store

NOTE_ICON = "Note"
NOTE_SIZE = 16.0
_NOTE_AP = (
    b"1 0.84 0.31 rg\n1 w\n0.5 0.5 15 15 re\nb\n1 0 0 -1 4 12 cm\n0 g\n"
    b"0 0 8 1 re\n0 2 8 1 re\n0 4 8 1 re\n0 6 8 1 re\nf\n"
)


def _colour(hex_colour: str) -> tuple[float, float, float]:
    h = (hex_colour or "").lstrip("#")
    try:
        return tuple(int(h[i : i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]
    except ValueError:
        return (1.0, 0.84, 0.31)


def pdf_text(text: str) -> str:
    """A PDF text string (UTF-16BE with BOM, hex) for any text."""
    return "<FEFF" + xml_safe(text).encode("utf-16-be", "replace").hex().upper() + ">"


def _num(x: float) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".") or "0"


def _finite(values: Any) -> bool:
    try:
        return all(math.isfinite(float(v)) for v in values)
    except (TypeError, ValueError):
        return False


class AnnotationWriter:
    """Collects annotations per page and writes them as objects; :meth:`finish` links them."""

    def __init__(self, doc: Any) -> None:
        import pymupdf

        self.pymupdf = pymupdf
        self.doc = doc
        self.stem = uuid.uuid4().hex[:8]
        self.count = 0
        self.per_page: dict[int, list[int]] = {}
        self._pages: dict[int, tuple[Any, Any]] = {}  # pno -> (to-PDF matrix, page rect)
        self._note_ap: int | None = None

    def _page(self, pno: int) -> tuple[Any, Any]:
        got = self._pages.get(pno)
        if got is None:
            page = self.doc[pno]
            got = self._pages[pno] = (~page.transformation_matrix, page.rect)
        return got

    def _new(self, body: str, pno: int) -> int:
        xref = self.doc.get_new_xref()
        self.count += 1
        page_xref = self.doc.page_xref(pno)
        self.doc.update_object(
            xref,
            f"<< /Type /Annot {body} /P {page_xref} 0 R /F 4 /T (boardprep) "
            f"/NM (boardprep-{self.stem}-{self.count}) >>",
        )
        self.per_page.setdefault(pno, []).append(xref)
        return xref

    def _stream(self, head: str, content: bytes) -> int:
        xref = self.doc.get_new_xref()
        self.doc.update_object(xref, head)
        self.doc.update_stream(xref, content)
        return xref

    def note(self, pno: int, x: float, y: float, text: str) -> bool:
        if not _finite((x, y)):
            x, y = 20.0, 20.0  # bad geometry (an old hostile import): the note still goes in
        x, y = float(x), float(y)
        to_pdf, rect = self._page(pno)
        x = min(max(x, rect.x0), rect.x1 - NOTE_SIZE)
        y = min(max(y, rect.y0), rect.y1 - NOTE_SIZE)
        r = self.pymupdf.Rect(x, y, x + NOTE_SIZE, y + NOTE_SIZE) * to_pdf
        if self._note_ap is None:
            self._note_ap = self._stream(
                "<< /Type /XObject /Subtype /Form /BBox [0 0 16 16] /Matrix [1 0 0 1 0 0] >>",
                _NOTE_AP,
            )
        self._new(
            f"/Subtype /Text /Rect [{_num(r.x0)} {_num(r.y0)} {_num(r.x1)} {_num(r.y1)}] "
            f"/Name /{NOTE_ICON} /C [1 0.84 0.31] /Subj (note) /Contents {pdf_text(text)} "
            f"/AP << /N {self._note_ap} 0 R >>",
            pno,
        )
        return True

    def highlight(self, pno: int, quads: list[Any], colour: str, quote: str) -> bool:
        to_pdf, rect = self._page(pno)
        points: list[list[Any]] = []
        for q in quads:
            if not isinstance(q, list | tuple) or len(q) != 8 or not _finite(q):
                continue
            pts = [self.pymupdf.Point(q[i], q[i + 1]) for i in range(0, 8, 2)]
            if not any(rect.contains(p) for p in pts):
                continue  # not on this page
            points.append([p * to_pdf for p in pts])
        if not points:
            return False
        xs = [p.x for quad in points for p in quad]
        ys = [p.y for quad in points for p in quad]
        x0, y0, x1, y1 = min(xs), min(ys), max(xs), max(ys)
        r, g, b = _colour(colour)
        paths = []
        for ul, ur, ll, lr in points:
            paths.append(
                f"{_num(ul.x)} {_num(ul.y)} m {_num(ur.x)} {_num(ur.y)} l "
                f"{_num(lr.x)} {_num(lr.y)} l {_num(ll.x)} {_num(ll.y)} l h f"
            )
        content = f"/H gs {_num(r)} {_num(g)} {_num(b)} rg\n" + "\n".join(paths) + "\n"
        ap = self._stream(
            f"<< /Type /XObject /Subtype /Form /BBox [{_num(x0)} {_num(y0)} {_num(x1)} "
            f"{_num(y1)}] /Resources << /ExtGState << /H << /Type /ExtGState /BM /Multiply "
            f"/CA 1 /ca 1 >> >> >> >>",
            content.encode("ascii"),
        )
        qp = " ".join(f"{_num(p.x)} {_num(p.y)}" for quad in points for p in quad)
        self._new(
            f"/Subtype /Highlight /Rect [{_num(x0)} {_num(y0)} {_num(x1)} {_num(y1)}] "
            f"/QuadPoints [{qp}] /C [{_num(r)} {_num(g)} {_num(b)}] /Subj (highlight) "
            f"/Contents {pdf_text(quote)} /AP << /N {ap} 0 R >>",
            pno,
        )
        return True

    def finish(self) -> None:
        """Add the new annotations to each page's /Annots (after any already there)."""
        for pno, xrefs in self.per_page.items():
            page_xref = self.doc.page_xref(pno)
            kind, value = self.doc.xref_get_key(page_xref, "Annots")
            inner = ""
            if kind == "array":
                inner = value.strip()[1:-1]
            elif kind == "xref":
                target = int(value.split()[0])
                inner = self.doc.xref_object(target, compressed=True).strip()[1:-1]
            refs = " ".join(f"{x} 0 R" for x in xrefs)
            self.doc.xref_set_key(page_xref, "Annots", f"[{inner} {refs}]")


def to_pdf(store: Store, sha: str, out: str | Path, pack_path: str | None = None) -> int:
    """Write the annotated copy; returns the number of annotations added."""
    from boardprep.core.errors import PackError
    from boardprep.core.export.output import ExportError
    from boardprep.core.pdfopen import open_pack

    if not pack_path:
        raise UsageError("the annotated pdf needs the pack file itself")
    tree = store.tree(sha)
    try:
        doc = open_pack(pack_path, keep_structure=True)  # the copy stays tagged for readers
    except PackError as err:
        raise ExportError(
            f"cannot make the annotated pack: cannot open {pack_path}: {err.detail}"
        ) from err
    added = 0
    try:
        writer = AnnotationWriter(doc)
        notes = non_empty_notes(store, sha)
        highlights = store.highlights(sha)
        total = len(notes) + len(highlights)
        for i, n in enumerate(notes, 1):
            page_no = n.page
            if page_no is None and n.item:
                it = tree.find_item(n.item)
                page_no = it.pdf_pages[0] if it and it.pdf_pages else None
            if page_no is None or not 1 <= page_no <= doc.page_count:
                continue
            x, y = (n.rect[0], n.rect[1]) if n.rect and len(n.rect) >= 2 else (20.0, 20.0)
            label = f"Item {n.item}: " if n.item and n.page is None else ""
            quote, own = quote_and_comment(n.quote, n.text)  # a quote re-flowed, not as cut
            added += writer.note(page_no - 1, x, y, label + (own or quote))
            if i % 1000 == 0:
                step(i, total, "annotations")
        for i, h in enumerate(highlights, len(notes) + 1):
            if h.page is None or not h.quads or not 1 <= h.page <= doc.page_count:
                continue
            added += writer.highlight(h.page - 1, list(h.quads), h.colour, reflow(h.quote))
            if i % 1000 == 0:
                step(i, total, "annotations")
        writer.finish()
        doc.save(str(out), garbage=1, deflate=True)
    finally:
        doc.close()
    return added
