"""Small text-layout helpers over PyMuPDF's base-14 fonts (fast: no HTML, no font files)."""

from __future__ import annotations

import functools

import pymupdf

A4 = (595.0, 842.0)
A4_LANDSCAPE = (842.0, 595.0)
LEFT = 56.0
RIGHT = 539.0
TOP = 72.0
BOTTOM = 770.0  # leave the footer band free for stamps


_FONTS = {
    "helv": "Helvetica",
    "hebo": "Helvetica-Bold",
    "heit": "Helvetica-Oblique",
    "tiro": "Times-Roman",
    "tibo": "Times-Bold",
    "tiit": "Times-Italic",
}
# The pack's font family: build_pack maps the Helvetica names to Times for serif packs.
_ALIAS: dict[str, str] = {}
_SERIF = {"helv": "tiro", "hebo": "tibo", "heit": "tiit"}


def set_serif(serif: bool) -> None:
    _ALIAS.clear()
    if serif:
        _ALIAS.update(_SERIF)


# Text is collected as raw PDF operators per page and written once per page by flush():
# page.insert_text costs ~2 ms a call, far too slow for 400-page packs.
_pending: dict[int, dict[int, tuple[float, list[str]]]] = {}


def width_of(text: str, font: str = "helv", size: float = 10) -> float:
    return _width(text, _ALIAS.get(font, font), size)


@functools.lru_cache(maxsize=65536)
def _width(text: str, font: str, size: float) -> float:
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


def _ops(page: pymupdf.Page) -> list[str]:
    pages = _pending.setdefault(id(page.parent), {})
    entry = pages.get(page.number)
    if entry is None:
        entry = pages[page.number] = (page.rect.height, [])
    return entry[1]


def _height(page: pymupdf.Page) -> float:
    return _pending[id(page.parent)][page.number][0]


def text_at(
    page: pymupdf.Page, x: float, y: float, text: str, font: str = "helv", size: float = 10
) -> None:
    """One line of text with its baseline at (x, y), top-left page coordinates."""
    ops = _ops(page)
    data = text.encode("cp1252", errors="replace").hex()
    font = _ALIAS.get(font, font)
    ops.append(f"BT /{font} {size:g} Tf 1 0 0 1 {x:.2f} {_height(page) - y:.2f} Tm <{data}> Tj ET")


def flush(doc: pymupdf.Document) -> None:
    """Write the pending text of every page of ``doc`` (call before copying or saving it)."""
    pages = _pending.pop(id(doc), {})
    if not pages:
        return
    refs = []
    for name, base in _FONTS.items():
        xref = doc.get_new_xref()
        doc.update_object(
            xref, f"<</Type/Font/Subtype/Type1/BaseFont/{base}/Encoding/WinAnsiEncoding>>"
        )
        refs.append(f"/{name} {xref} 0 R")
    fonts = "<<" + " ".join(refs) + ">>"
    for pno, (_h, ops) in pages.items():
        page_xref = doc.page_xref(pno)
        xref = doc.get_new_xref()
        doc.update_object(xref, "<<>>")
        doc.update_stream(xref, ("q\n" + "\n".join(ops) + "\nQ").encode("latin-1"))
        kind, value = doc.xref_get_key(page_xref, "Contents")
        if kind == "null":
            contents = f"{xref} 0 R"
        elif kind == "array":
            contents = value[:-1] + f" {xref} 0 R]"
        else:
            contents = f"[{value} {xref} 0 R]"
        doc.xref_set_key(page_xref, "Contents", contents)
        kind, value = doc.xref_get_key(page_xref, "Resources")
        if kind == "xref":
            doc.xref_set_key(int(value.split()[0]), "Font", fonts)
        else:
            doc.xref_set_key(page_xref, "Resources/Font", fonts)


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
    for k, line in enumerate(lines):
        text_at(page, x, y + k * size * lh, line, font, size)
    return y + len(lines) * size * lh


def put_right(
    page: pymupdf.Page, right: float, y: float, text: str, font: str = "helv", size: float = 10
) -> None:
    text_at(page, right - width_of(text, font, size), y, text, font, size)


def put_centre(
    page: pymupdf.Page, y: float, text: str, font: str = "helv", size: float = 10
) -> None:
    text_at(page, (page.rect.width - width_of(text, font, size)) / 2, y, text, font, size)


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
