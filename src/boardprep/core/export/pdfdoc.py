"""HTML -> PDF with PyMuPDF's Story (page flow, fonts and wrapping done by MuPDF)."""

from __future__ import annotations

import html
from pathlib import Path

import pymupdf

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


def esc(text: object) -> str:
    return html.escape("" if text is None else str(text))


def write_pdf(body_html: str, out: str | Path, *, title: str = "") -> None:
    """Lay ``body_html`` out on A4 pages and save it to ``out``."""
    story = pymupdf.Story(html=f"<body>{body_html}</body>", user_css=_CSS)
    paper = pymupdf.paper_rect("a4")
    where = pymupdf.Rect(paper.x0 + 50, paper.y0 + 50, paper.x1 - 50, paper.y1 - 50)
    writer = pymupdf.DocumentWriter(str(out))
    more = True
    while more:
        device = writer.begin_page(paper)
        more, _ = story.place(where)
        story.draw(device)
        writer.end_page()
    writer.close()
    if title:
        doc = pymupdf.open(str(out))
        doc.set_metadata({"title": title, "creator": "boardprep"})
        doc.saveIncr()
        doc.close()
