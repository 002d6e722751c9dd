"""The real-pack variants (benchmarks/realpacks/variants.py) take away only what they name."""

from __future__ import annotations

import sys
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks" / "realpacks"))

from variants import strip_outline, strip_ranges, strip_stamps

TRUTH = {"items": [{"pack_pages": [1, 2]}, {"pack_pages": [3, 3], "children": []}]}


def _pack() -> pymupdf.Document:
    doc = pymupdf.open()
    agenda = doc.new_page(width=595, height=842)
    agenda.insert_text((60, 100), "1. Minutes of the last meeting (Pages 1 - 2)")
    agenda.insert_text((60, 130), "2. Budget monitoring report (p. 3)")
    for number in (1, 2, 3):
        page = doc.new_page(width=595, height=842)
        page.insert_text((60, 100), f"Report text on pack page {number} of the papers.")
        page.insert_text((280, 820), f"Page {number}")
    doc.set_toc([[1, "Minutes", 2], [1, "Budget", 4]])
    return doc


def test_no_outline_removes_the_bookmarks_only() -> None:
    doc = _pack()
    assert strip_outline(doc, TRUTH)
    assert doc.get_toc() == []
    assert "Page 2" in doc[2].get_text()
    assert not strip_outline(doc, TRUTH)  # nothing left to take away: no variant


def test_no_ranges_redacts_the_agendas_page_ranges_and_keeps_the_titles() -> None:
    doc = _pack()
    assert strip_ranges(doc, TRUTH)
    text = doc[0].get_text()
    assert "Minutes of the last meeting" in text and "Budget monitoring report" in text
    assert "Pages 1" not in text and "p. 3" not in text


def test_no_stamps_redacts_the_stamps_in_the_bands_only() -> None:
    doc = _pack()
    assert strip_stamps(doc, TRUTH)
    assert all("Page" not in doc[k].get_text() for k in (1, 2, 3))
    assert "Report text on pack page 2" in doc[2].get_text()
