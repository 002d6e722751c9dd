"""HTML -> PDF with PyMuPDF's Story (page flow, fonts and wrapping done by MuPDF).

One Story over a whole export of 100,000 records made MuPDF lay out one enormous document
(minutes and gigabytes). :func:`write_pdf` takes the export as a list of self-contained HTML
blocks and lays them out a few hundred at a time, each Story continuing on the page where the
previous one stopped: time and memory grow linearly with the number of records.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Iterator
from pathlib import Path

import pymupdf

from boardprep.core.export.docxfast import xml_safe
from boardprep.core.export.output import step

_CSS = """
body { font-family: sans-serif; font-size: 10pt; }
h1 { font-size: 16pt; margin-bottom: 4pt; }
h2 { font-size: 12pt; margin-top: 10pt; margin-bottom: 2pt; }
p { margin-top: 2pt; margin-bottom: 2pt; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #444; padding: 3pt; font-size: 9pt; vertical-align: top; }
th { background-color: #ddd; }
.small { font-size: 8pt; color: #555; }
"""
CHUNK_CHARS = 40_000  # HTML laid out per Story
MAX_PAGES = 500_000


def esc(text: object) -> str:
    return html.escape(xml_safe(text))


def table_blocks(header_html: str, rows_html: list[str], per_table: int = 60) -> list[str]:
    """A long table as several tables (heading repeated) so it can be laid out in pieces."""
    if not rows_html:
        return [f"<table>{header_html}</table>"]
    return [
        f"<table>{header_html}{''.join(rows_html[i : i + per_table])}</table>"
        for i in range(0, len(rows_html), per_table)
    ]


def _chunks(blocks: Iterable[str]) -> Iterator[tuple[str, int]]:
    buf: list[str] = []
    size = 0
    count = 0
    for b in blocks:
        buf.append(b)
        size += len(b)
        count += 1
        if size >= CHUNK_CHARS:
            yield "\n".join(buf), count
            buf, size = [], 0
    if buf:
        yield "\n".join(buf), count


def write_pdf(blocks: str | list[str], out: str | Path, *, title: str = "") -> None:
    """Lay the HTML blocks out on A4 pages, one after another, and save them to ``out``."""
    if isinstance(blocks, str):
        blocks = [blocks]
    total = len(blocks)
    paper = pymupdf.paper_rect("a4")
    where = pymupdf.Rect(paper.x0 + 50, paper.y0 + 50, paper.x1 - 50, paper.y1 - 50)
    writer = pymupdf.DocumentWriter(str(out))
    device = None
    top = where.y0
    pages = 0
    try:
        for chunk, done in _chunks(blocks):
            story = pymupdf.Story(html=f"<body>{chunk}</body>", user_css=_CSS)
            more = True
            while more:
                if device is None:
                    device = writer.begin_page(paper)
                    top = where.y0
                    pages += 1
                    if pages > MAX_PAGES:
                        raise ValueError("the export would be more than 500,000 pages")
                fresh = top <= where.y0
                more, filled_t = story.place(pymupdf.Rect(where.x0, top, where.x1, where.y1))
                filled = pymupdf.Rect(filled_t)
                story.draw(device)
                if more:
                    if fresh and filled.is_empty:
                        raise ValueError("a part of the export does not fit on a page")
                    writer.end_page()
                    device = None
                else:
                    top = filled.y1 + 4
                    if top >= where.y1 - 12:
                        writer.end_page()
                        device = None
            step(done, total, "pages")
        if device is None and pages == 0:
            device = writer.begin_page(paper)
        if device is not None:
            writer.end_page()
    finally:
        writer.close()
    if title:
        doc = pymupdf.open(str(out))
        doc.set_metadata({"title": title, "creator": "boardprep"})
        doc.saveIncr()
        doc.close()
