"""open_pack: every kind of unreadable file raises its own typed error."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pymupdf
import pytest

from boardprep.core import errors
from boardprep.core.pdfopen import open_pack, repair_warning, sha256_file


def _pdf(path: Path, pages: int = 3) -> bytes:
    doc = pymupdf.open()
    for i in range(pages):
        doc.new_page().insert_text((72, 72), f"Fictional page {i + 1}")
    doc.save(path)
    return path.read_bytes()


def test_good_file_opens(tmp_path: Path) -> None:
    p = tmp_path / "ok.pdf"
    _pdf(p)
    doc = open_pack(p)
    assert doc.page_count == 3
    assert repair_warning(doc) is None


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(errors.PackError, match="no such file"):
        open_pack(tmp_path / "nope.pdf")


def test_empty_file(tmp_path: Path) -> None:
    p = tmp_path / "empty.pdf"
    p.write_bytes(b"")
    with pytest.raises(errors.EmptyFileError):
        open_pack(p)


@pytest.mark.parametrize(
    "content",
    [b"<html><body><h1>Agenda</h1></body></html>", b"Just some text\nnot a pdf\n", b"\x89PNG\r\n"],
)
def test_not_a_pdf(tmp_path: Path, content: bytes) -> None:
    p = tmp_path / "fake.pdf"
    p.write_bytes(content)
    with pytest.raises(errors.NotAPdfError):
        open_pack(p)


def test_truncated_beyond_repair(tmp_path: Path) -> None:
    p = tmp_path / "t.pdf"
    data = _pdf(p)
    p.write_bytes(data[:120])
    with pytest.raises((errors.DamagedPdfError, errors.NoPagesError)):
        open_pack(p)


def test_truncated_repairable_warns(tmp_path: Path) -> None:
    p = tmp_path / "t.pdf"
    data = _pdf(p)
    p.write_bytes(data[: data.rfind(b"xref")])
    doc = open_pack(p)
    assert doc.page_count == 3
    assert repair_warning(doc) is not None


def test_encrypted_needs_password(tmp_path: Path) -> None:
    src = pymupdf.open()
    src.new_page().insert_text((72, 72), "secret")
    p = tmp_path / "enc.pdf"
    src.save(p, encryption=pymupdf.PDF_ENCRYPT_AES_256, owner_pw="own", user_pw="usr")
    with pytest.raises(errors.EncryptedPdfError) as info:
        open_pack(p)
    assert "file is encrypted" in str(info.value)


def test_owner_password_only_opens(tmp_path: Path) -> None:
    src = pymupdf.open()
    src.new_page().insert_text((72, 72), "restricted but readable")
    p = tmp_path / "own.pdf"
    src.save(p, encryption=pymupdf.PDF_ENCRYPT_AES_256, owner_pw="own", user_pw="")
    assert open_pack(p).page_count == 1


def test_zero_pages(tmp_path: Path) -> None:
    body = (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    )
    xref_at = len(body)
    body += (
        b"xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000052 00000 n \n"
        b"trailer<</Size 3/Root 1 0 R>>\nstartxref\n" + str(xref_at).encode() + b"\n%%EOF\n"
    )
    p = tmp_path / "zero.pdf"
    p.write_bytes(body)
    with pytest.raises((errors.NoPagesError, errors.DamagedPdfError)):
        open_pack(p)


def test_sha256_streams(tmp_path: Path) -> None:
    p = tmp_path / "big.bin"
    data = b"x" * (3 * 1024 * 1024 + 7)
    p.write_bytes(data)
    assert sha256_file(p) == hashlib.sha256(data).hexdigest()


def test_the_structure_tree_is_left_out_of_the_open_copy(tmp_path: Path) -> None:
    """MuPDF draws a page of a file whose structure tree loops back on itself forever (a
    PyMuPDF test file; the window waiting on the drawing would hang). Nothing reads the
    tree, so the opened copy goes without it, its text and pages unchanged; the annotated
    export, which saves the copy again, keeps it (``keep_structure``)."""
    doc = pymupdf.open()
    page = doc.new_page(width=300, height=200)
    page.insert_text((20, 40), "Minutes of the meeting", fontsize=11)
    root = doc.get_new_xref()
    doc.update_object(root, "<< /Type /StructTreeRoot /K [] >>")
    doc.xref_set_key(doc.pdf_catalog(), "StructTreeRoot", f"{root} 0 R")
    path = tmp_path / "tagged.pdf"
    doc.save(path)

    opened = open_pack(path)
    assert opened.xref_get_key(opened.pdf_catalog(), "StructTreeRoot") == ("null", "null")
    assert opened[0].get_text().strip() == "Minutes of the meeting"
    kept = open_pack(path, keep_structure=True)
    assert kept.xref_get_key(kept.pdf_catalog(), "StructTreeRoot")[0] == "xref"
