"""Files that are not usable packs: each must fail with its own clear error (or warn)."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from tests.packgen.draw import A4, LEFT, TOP, flush, put, wrap

DAMAGE_KINDS: tuple[str, ...] = (
    "not_pdf",
    "empty",
    "truncated",
    "encrypted",
    "zero_pages",
    "scanned",
    "html_named_pdf",
)

# A syntactically valid PDF whose page tree is empty (PyMuPDF refuses to save one).
_ZERO_PAGES = b"""%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
trailer << /Root 1 0 R /Size 3 >>
%%EOF
"""


def _text_doc(pages: int) -> pymupdf.Document:
    doc = pymupdf.open()
    for k in range(pages):
        page = doc.new_page(width=A4[0], height=A4[1])
        put(page, LEFT, TOP, f"Briefing note {k + 1}", "hebo", 14)
        put(
            page,
            LEFT,
            TOP + 30,
            wrap(
                "The committee is asked to note the contents of this "
                "briefing note and the actions proposed. " * 6,
                480,
            ),
        )
    flush(doc)
    return doc


def make_damaged(kind: str, path: str | Path) -> Path:
    """Write a broken or unusual file of ``kind`` (see DAMAGE_KINDS) at ``path``."""
    path = Path(path)
    pymupdf.TOOLS.mupdf_display_errors(False)
    if kind == "not_pdf":
        path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 8)  # looks like a zip archive
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "truncated":
        # Cut inside the first objects, where MuPDF's repair cannot rebuild anything.
        doc = _text_doc(3)
        data = doc.tobytes(deflate=True)
        doc.close()
        path.write_bytes(_unrepairable_cut(data, path))
    elif kind == "encrypted":
        doc = _text_doc(2)
        doc.save(
            str(path), encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="board", owner_pw="clerk"
        )
        doc.close()
    elif kind == "zero_pages":
        path.write_bytes(_ZERO_PAGES)
    elif kind == "scanned":
        # Image-only pages: a real PDF without any text layer.
        src = _text_doc(3)
        out = pymupdf.open()
        for page in src:
            pix = page.get_pixmap(dpi=50, colorspace=pymupdf.csGRAY)
            new = out.new_page(width=A4[0], height=A4[1])
            new.insert_image(new.rect, stream=pix.tobytes("png"))
        out.save(str(path), deflate=True)
        out.close()
        src.close()
    elif kind == "html_named_pdf":
        path.write_text(
            "<!DOCTYPE html><html><head><title>Agenda</title></head><body>"
            "<h1>Agenda pack</h1><p>Sorry, this document has moved.</p>"
            "</body></html>\n",
            encoding="utf-8",
        )
    else:
        raise ValueError(f"unknown damage kind {kind!r}; choose from {DAMAGE_KINDS}")
    return path


def _unrepairable_cut(data: bytes, path: Path) -> bytes:
    for cut in range(300, len(data) // 2, 40):
        path.write_bytes(data[:cut])
        try:
            pymupdf.open(str(path), filetype="pdf").close()
        except Exception:  # FileDataError: what a real broken download gives
            return data[:cut]
    return data[:300]
