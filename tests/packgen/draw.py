"""Small text-layout helpers over PyMuPDF's base-14 fonts (fast: no HTML, no font files)."""

from __future__ import annotations

import pymupdf

A4 = (595.0, 842.0)
A4_LANDSCAPE = (842.0, 595.0)
LEFT = 56.0
RIGHT = 539.0
TOP = 72.0
BOTTOM = 770.0  # leave the footer band free for stamps


def width_of(text: str, font: str = "helv", size: float = 10) -> float:
    return pymupdf.get_text_length(text, fontname=font, fontsize=size)


def wrap(text: str, width: float, font: str = "helv", size: float = 10) -> list[str]:
    """Greedy word wrap measured with the real font metrics."""
    space = width_of(" ", font, size)
    lines: list[str] = []
    cur: list[str] = []
    cur_w = 0.0
    for word in text.split():
        w = width_of(word, font, size)
        extra = w if not cur else cur_w + space + w
        if cur and extra > width:
            lines.append(" ".join(cur))
            cur, cur_w = [word], w
        else:
            cur.append(word)
            cur_w = extra
    if cur:
        lines.append(" ".join(cur))
    return lines or [""]


def put(
    page: pymupdf.Page,
    x: float,
    y: float,
    text: str | list[str],
    font: str = "helv",
    size: float = 10,
    lh: float = 1.3,
) -> float:
    """Write one or more lines with the first baseline at y; return the next baseline."""
    lines = [text] if isinstance(text, str) else text
    page.insert_text((x, y), lines, fontname=font, fontsize=size, lineheight=lh)
    return y + len(lines) * size * lh


def put_right(
    page: pymupdf.Page, right: float, y: float, text: str, font: str = "helv", size: float = 10
) -> None:
    page.insert_text((right - width_of(text, font, size), y), text, fontname=font, fontsize=size)


def put_centre(
    page: pymupdf.Page, y: float, text: str, font: str = "helv", size: float = 10
) -> None:
    w = page.rect.width
    page.insert_text(((w - width_of(text, font, size)) / 2, y), text, fontname=font, fontsize=size)


class Flow:
    """A cursor that writes paragraphs down A4 pages and starts a new page when one is full."""

    def __init__(
        self,
        doc: pymupdf.Document,
        top: float = TOP,
        bottom: float = BOTTOM,
        on_new_page: object = None,
    ) -> None:
        self.doc = doc
        self.top = top
        self.bottom = bottom
        self.on_new_page = on_new_page  # callable(page) drawing running heads/footers
        self.page: pymupdf.Page = self._new()
        self.y = top

    def _new(self) -> pymupdf.Page:
        page = self.doc.new_page(width=A4[0], height=A4[1])
        if callable(self.on_new_page):
            self.on_new_page(page)
        return page

    def new_page(self) -> None:
        self.page = self._new()
        self.y = self.top

    def ensure(self, height: float) -> None:
        if self.y + height > self.bottom:
            self.new_page()

    def para(
        self,
        text: str,
        x: float = LEFT,
        width: float | None = None,
        font: str = "helv",
        size: float = 10,
        gap: float = 6,
        keep: float = 0,
    ) -> None:
        lines = wrap(text, width if width is not None else RIGHT - x, font, size)
        self.ensure(len(lines) * size * 1.3 + keep)
        self.y = put(self.page, x, self.y + size, lines, font, size) - size + gap

    def space(self, h: float) -> None:
        self.y += h
