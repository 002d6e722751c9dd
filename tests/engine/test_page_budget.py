"""Hostile pages: a small file whose page expands to tens of megabytes of drawing is not read."""

from __future__ import annotations

import time
from pathlib import Path

import pymupdf

from boardprep.core.engine.analysis import analyze
from boardprep.core.pagebudget import MAX_CONTENT_BYTES, page_too_heavy
from boardprep.core.store.packtext import read_page_texts


def content_bomb(path: Path, decoded: int = 48_000_000) -> Path:
    """Page 2 of 3 draws ``decoded`` bytes of text operators, deflated to a few hundred KB."""
    doc = pymupdf.open()
    for k in range(3):
        doc.new_page().insert_text((72, 72), f"Agenda page {k + 1}", fontsize=12)
    doc.save(path)
    doc = pymupdf.open(path)
    page = doc[1]
    font = page.get_fonts()[0][4]
    line = f"BT /{font} 1 Tf 10 10 Td (" + "A" * 200 + ") Tj ET\n"
    doc.update_stream(page.get_contents()[0], (line * (decoded // len(line))).encode())
    doc.save(path, incremental=True, encryption=pymupdf.PDF_ENCRYPT_KEEP)
    return path


def test_a_content_bomb_is_refused_quickly_and_named(tmp_path: Path) -> None:
    pdf = content_bomb(tmp_path / "bomb.pdf")
    assert pdf.stat().st_size < 1_000_000
    doc = pymupdf.open(pdf)
    assert [page_too_heavy(p) for p in doc] == [False, True, False]
    t0 = time.perf_counter()
    tree = analyze(pdf, data_dir=tmp_path, use_cache=False)
    assert time.perf_counter() - t0 < 3  # refused: not run, not recognised (0.1 s idle)
    assert any("Page 2 holds far more drawing instructions" in w for w in tree.warnings)
    assert read_page_texts(str(pdf))[1] == ""
    assert "Agenda page 3" in read_page_texts(str(pdf))[2]


def test_ordinary_pages_are_within_budget(tmp_path: Path) -> None:
    pdf = content_bomb(tmp_path / "small.pdf", decoded=MAX_CONTENT_BYTES // 4)
    assert not any(page_too_heavy(p) for p in pymupdf.open(pdf))


def test_streams_stored_without_compression_are_judged_by_their_size(tmp_path: Path) -> None:
    """A stream that is not deflated (no filter) counts as stored: a 300 KB one is an ordinary
    page, one over the budget is refused all the same."""
    for decoded, heavy in ((300_000, False), (MAX_CONTENT_BYTES + 200_000, True)):
        pdf = content_bomb(tmp_path / f"plain{decoded}.pdf", decoded=decoded)
        doc = pymupdf.open(pdf)
        doc.save(tmp_path / "out.pdf", deflate=False, expand=255)
        plain = pymupdf.open(tmp_path / "out.pdf")
        xref = plain[1].get_contents()[0]
        assert plain.xref_get_key(xref, "Filter")[0] == "null"
        assert [page_too_heavy(p) for p in plain] == [False, heavy, False]
