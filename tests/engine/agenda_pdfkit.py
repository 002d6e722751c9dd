"""Tiny PDF builder for the agenda tests: lines with x position, bold flag and size.

A page is a list of rows; each row is a list of cells ``(x, text, bold)`` printed on one
baseline, so table rows come out of the text layer as tab-separated cells.
"""

from __future__ import annotations

from collections.abc import Sequence

import pymupdf

from boardprep.core.engine.pages.textlayer import Line, PageLines, Span, line_of_spans, page_lines

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
            if "**" in text:
                # "3 **Minutes**(Pages 9 - 14)": alternate plain and bold runs.
                runs = [(t, k % 2 == 1) for k, t in enumerate(text.split("**")) if t]
                write_runs(page, x, y, runs, size)
                continue
            page.insert_text((x, y), text, fontname=_font(page, text, bold), fontsize=size)
        y += size * 1.35


def write_runs(
    page: pymupdf.Page, x: float, y: float, runs: Sequence[tuple[str, bool]], size: float = 10.0
) -> None:
    """Spans of mixed fonts on one baseline: ``[("11 ", False), ("Better Care", True)]``."""
    for text, bold in runs:
        font = _font(page, text, bold)
        page.insert_text((x, y), text, fontname=font, fontsize=size)
        if font == "uni":
            x += _UNI.text_length(text, fontsize=size)
        else:
            x += pymupdf.get_text_length(text, fontname=font, fontsize=size)


_UNI = pymupdf.Font("cjk")


def _font(page: pymupdf.Page, text: str, bold: bool) -> str:
    """Base-14 Helvetica for Latin-1 text; a built-in Unicode font for dashes and quotes."""
    if all(ord(ch) < 256 for ch in text):
        return "hebo" if bold else "helv"
    page.insert_font(fontname="uni", fontbuffer=_UNI.buffer)
    return "uni"


def build_doc(pages: Sequence[Sequence[Row]]) -> pymupdf.Document:
    doc = pymupdf.open()
    for rows in pages:
        page = doc.new_page(width=595, height=842)
        write_page(page, rows)
    return doc


def lines_of(pages: Sequence[Sequence[Row]]) -> list[PageLines]:
    doc = build_doc(pages)
    return [page_lines(doc[i]) for i in range(doc.page_count)]


def typed_line(y: float, *cells: tuple[float, str], size: float = 10.0) -> Line:
    """A text-layer line built directly from spans at these x positions, their text as typed
    (a tab a PDF's writer put inside a span stays: no font draws one for ``write_page``)."""
    spans = [Span(t, x, x + 0.52 * size * len(t), size, False, False) for x, t in cells]
    return line_of_spans(spans, y, y + size)


def put_lines(
    page: pymupdf.Page,
    texts: Sequence[str],
    x: float,
    y: float,
    step: float,
    size: float = 11.0,
) -> None:
    """Plain Helvetica lines one under another: the first at (x, y), each ``step`` lower."""
    for k, text in enumerate(texts):
        page.insert_text((x, y + step * k), text, fontsize=size)
