"""Tiny PDF builder for the agenda tests: lines with x position, bold flag and size.

A page is a list of rows; each row is a list of cells ``(x, text, bold)`` printed on one
baseline, so table rows come out of the text layer as tab-separated cells.
"""

from __future__ import annotations

from collections.abc import Sequence

import pymupdf

from boardprep.core.textlayer import PageLines, page_lines

Cell = tuple[float, str, bool]
# A row: one cell, several cells, or a vertical gap (a float: extra points of space).
Row = Sequence[Cell] | float


def cell(x: float, text: str, bold: bool = False) -> Cell:
    return (x, text, bold)


def line(text: str, x: float = 72, bold: bool = False) -> list[Cell]:
    return [(x, text, bold)]


def write_page(page: pymupdf.Page, rows: Sequence[Row], size: float = 10.0) -> None:
    y = 60.0
    for row in rows:
        if isinstance(row, (int, float)):
            y += float(row)
            continue
        for x, text, bold in row:
            font = "hebo" if bold else "helv"
            page.insert_text((x, y), text, fontname=font, fontsize=size)
        y += size * 1.35


def write_runs(page: pymupdf.Page, x: float, y: float, runs: Sequence[tuple[str, bool]]) -> None:
    """Spans of mixed fonts on one baseline: ``[("11 ", False), ("Better Care", True)]``."""
    for text, bold in runs:
        font = "hebo" if bold else "helv"
        page.insert_text((x, y), text, fontname=font, fontsize=10)
        x += pymupdf.get_text_length(text, fontname=font, fontsize=10)


def build_doc(pages: Sequence[Sequence[Row]]) -> pymupdf.Document:
    doc = pymupdf.open()
    for rows in pages:
        page = doc.new_page(width=595, height=842)
        write_page(page, rows)
    return doc


def lines_of(pages: Sequence[Sequence[Row]]) -> list[PageLines]:
    doc = build_doc(pages)
    return [page_lines(doc[i]) for i in range(doc.page_count)]
