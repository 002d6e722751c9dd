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


def make_looped_page_tree(path: str | Path) -> Path:
    """A two-page PDF whose second page is its page tree itself (the tree loops back on its
    root): MuPDF counts two pages and loads the first, then fails on the second, as it does
    on hostile files crafted to hang readers. The first page is an agenda."""
    content = (
        b"BT /F1 14 Tf 72 760 Td (Finance Committee) Tj 0 -28 Td (AGENDA) Tj"
        b" /F1 11 Tf 0 -28 Td (1. Apologies for absence) Tj 0 -18 Td (2. Minutes of the"
        b" last meeting) Tj 0 -18 Td (3. Budget monitoring report) Tj ET"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for k, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (k, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer << /Root 1 0 R /Size %d >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    path = Path(path)
    path.write_bytes(bytes(out))
    return path


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
