"""A budget for untrusted pages: one whose drawing instructions are enormous is not read.

A pack is untrusted. A 200 KB file can carry a page whose compressed content stream expands
to 50 MB of text operators: MuPDF then takes seconds to interpret it and the text it yields
takes minutes and gigabytes to process. Real agenda pages decode to well under 1 MB, so a
page whose content (its streams and the forms it draws) decodes to more than
``MAX_CONTENT_BYTES`` is treated as unreadable: its text is not extracted and it is not
rendered. The check decodes with a cap (zlib at C speed, ~0.05 ms for a typical page), so it
costs little on ordinary packs and never expands a bomb.
"""

from __future__ import annotations

import zlib
from typing import Any

MAX_CONTENT_BYTES = 4_000_000  # measured: 4 MB of text operators take MuPDF ~0.4 s to read
# Links a page may have before they are not read. PyMuPDF walks a page's links in time that
# grows with the square of their number: a test file of pdf.js with 32,768 links on one page
# took 30 ms a link (over 16 minutes for the page, the PDF thread stuck meanwhile). Real
# packs have at most 84 on a page (the corpus); 500 take ~0.35 s.
MAX_LINKS = 500


def _decoded_size(doc: Any, xref: int, raw: bytes, cap: int) -> int:
    """Bytes the stream decodes to, counting at most ``cap`` (+1 to say it went over)."""
    try:  # nearly every content stream is Flate: try it before asking the dictionary
        return len(zlib.decompressobj().decompress(raw, cap + 1))
    except zlib.error:
        pass
    try:
        filt = doc.xref_get_key(xref, "Filter")[1] or ""
    except Exception:
        return 0  # a stream that cannot be read is not drawn either
    if filt in ("null", "", "none"):
        return len(raw)
    if filt.strip("[]/ ") in ("FlateDecode", "Fl"):
        return 0  # damaged: MuPDF will read little of it
    # Other filters are rare in content streams: judge by the raw size, generously.
    return len(raw) * 20


def page_too_heavy(page: Any, cap: int = MAX_CONTENT_BYTES) -> bool:
    """Does the page's content (streams and first-level forms) decode to more than ``cap``?"""
    try:
        doc = page.parent
        xrefs = list(page.get_contents())
        xrefs += [x[0] for x in page.get_xobjects() if x[0] > 0]
    except Exception:
        return False
    raws: list[tuple[int, bytes]] = []
    for xref in dict.fromkeys(xrefs):
        try:
            raws.append((xref, doc.xref_stream_raw(xref) or b""))
        except Exception:
            continue  # a stream that cannot be read is not drawn either
    # Deflate expands at most ~1032 times: streams this small cannot reach the cap, and most
    # pages are ruled out by their raw lengths alone, without decoding anything.
    if sum(len(raw) for _x, raw in raws) * _MAX_RATIO <= cap:
        return False
    total = 0
    for xref, raw in raws:
        total += _decoded_size(doc, xref, raw, cap - total)
        if total > cap:
            return True
    return False


_MAX_RATIO = 1032


def heavy_warning(pages: list[int]) -> str:
    """The sentence for the banner (1-based page numbers)."""
    where = ("Page " if len(pages) == 1 else "Pages ") + ", ".join(map(str, pages[:10]))
    more = f" and {len(pages) - 10} more" if len(pages) > 10 else ""
    return (
        f"{where}{more} {'holds' if len(pages) == 1 else 'hold'} far more drawing instructions "
        "than any real page (possibly a damaged or hostile file): "
        f"{'it was' if len(pages) == 1 else 'they were'} not read or shown."
    )


def too_many_links(page: Any, cap: int = MAX_LINKS) -> bool:
    """Does the page carry more than ``cap`` link annotations? (Counting them is cheap.)"""
    try:
        return sum(1 for _x, kind, *_ in page.annot_xrefs() if kind == _PDF_ANNOT_LINK) > cap
    except Exception:
        return False


_PDF_ANNOT_LINK = 1  # PyMuPDF's PDF_ANNOT_LINK, without importing it here
