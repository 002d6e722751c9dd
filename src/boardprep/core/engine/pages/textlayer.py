"""Text lines with positions and fonts, from PyMuPDF's ``dict`` extraction.

The engine reads layout, not flat text: bold runs end titles, right-hand columns hold page
ranges, stamps sit in header and footer bands. This module turns a page (or a band of it)
into ``Line`` objects in reading order, and is the only place that calls ``get_text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

import pymupdf

from boardprep.core.pagebudget import page_too_heavy

# PyMuPDF span flag bits (TEXT_FONT_*)
_ITALIC = 2
_BOLD = 16


@dataclass(frozen=True)
class Span:
    text: str
    x0: float
    x1: float
    size: float
    bold: bool
    italic: bool


@dataclass
class Line:
    """One visual line: spans that share a baseline, left to right."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float  # the largest span's font size
    bold: bool  # every non-blank span bold
    spans: list[Span] = field(default_factory=list)

    def centred_in(self, width: float) -> bool:
        """Set in the middle of a page (or column) ``width`` wide: a title block's line."""
        return abs((self.x0 + self.x1) / 2 - width / 2) < width * 0.06

    @property
    def bold_prefix(self) -> str:
        """The leading run of bold spans: usually the item title."""
        out = []
        for s in self.spans:
            if not s.bold and s.text.strip():
                break
            out.append(s.text.strip())
        return " ".join(out).strip()


@dataclass
class PageLines:
    index: int  # 0-based physical page
    width: float
    height: float
    lines: list[Line]
    ocr: bool = False  # read by text recognition from a scanned image (ours or the publisher's)

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f]|(?<=[A-Za-z])\ufffd")
# A font's ligature with no character map comes out as U+FFFD or a control code ("Mee�ng" for
# "Meeting" in Calibri printed through a PostScript driver). Which ligature it was shows in
# the letters after it: "ti" before "on", "ng", "ve" …, "tt" before "ee" ("Commi…ee") or
# "ers" ("ma…ers").
_LOST = r"(?<=[A-Za-z])[\x00-\x08\x0b-\x1f\ufffd]"
_LIGATURE_BEFORE = [
    ("tt", re.compile(_LOST + r"(?=ee|le|ach|end|orne|ract|ers|ing)")),
    ("ti", re.compile(_LOST + r"(?=on|ng|ve|c|al|me|es|ci|tu|a[lt])")),
]


def _span_text(span: dict) -> str:
    # A soft hyphen is how some writers print every "-" ("13\xad0600"); zero-width marks
    # (Google Docs puts one after each list number: "1)\u200b") are nothing.
    text = span.get("text", "").replace("\xad", "-").translate(ZERO_WIDTH)
    # A writer that spells each word space "\t\r \xa0" ("Call\t\r \xa0to\t\r \xa0Order"):
    # a space, not a tab stop between cells.
    text = _SPACE_AS_TAB_RE.sub(" ", text)
    return _lost_ligatures(text) if _CONTROL_RE.search(text) else text


_SPACE_AS_TAB_RE = re.compile(r"\t[\r ]*\xa0")


def _lost_ligatures(text: str) -> str:
    """Control codes (or U+FFFD after a letter) in a span's text: a lost ligature where its
    letters can be told, else nothing inside a word and a space elsewhere. A run of U+FFFD
    (a font without any character map) stays for the OCR check (``ocr.garbled``)."""
    for letters, pattern in _LIGATURE_BEFORE:
        text = pattern.sub(letters, text)
    # Inside a word, an unknown ligature; elsewhere a gap (a tab drawn with no glyph).
    return _CONTROL_RE.sub(lambda m: "" if text[m.end() : m.end() + 1].islower() else " ", text)


def _is_bold(span: dict) -> bool:
    return bool(span["flags"] & _BOLD) or "bold" in span.get("font", "").lower()


_Placed = tuple[float, float, float, float, Span]  # y0, y1, x0, x1, span: a span on the page


def page_lines(
    page: pymupdf.Page,
    clip: pymupdf.Rect | None = None,
    textpage: pymupdf.TextPage | None = None,
) -> PageLines:
    """Lines of ``page`` (optionally only those inside ``clip``), top to bottom, left to right.

    Spans from different PDF "lines" that share a baseline (table cells, a stamp beside a
    footer) are merged into one visual line, with cell gaps kept as a tab. ``textpage`` is a
    text page made some other way (text recognition of a scanned page, see ``ocr``).
    """
    if textpage is not None:
        raw = page.get_text("dict", textpage=textpage)
    elif page_too_heavy(page):
        raw = {}  # a hostile page (see pagebudget): not read
    else:
        raw = page.get_text("dict", clip=clip, flags=pymupdf.TEXT_PRESERVE_WHITESPACE)
    spans = _placed_spans(
        raw, page.rotation_matrix if page.rotation else None, recognised=textpage is not None
    )
    spans.sort(key=lambda t: ((t[0] + t[1]) / 2, t[2]))
    rows: list[list[_Placed]] = []
    for sp in spans:
        mid = (sp[0] + sp[1]) / 2
        if rows:
            last = rows[-1]
            ly0 = min(t[0] for t in last)
            ly1 = max(t[1] for t in last)
            height = max(ly1 - ly0, 1.0)
            if abs(mid - (ly0 + ly1) / 2) < height * 0.45:
                last.append(sp)
                continue
        rows.append([sp])
    lines = [make_line(row) for row in rows]
    rect = page.rect
    return PageLines(
        page.number, rect.width, rect.height, lines, textpage is not None or _hidden(raw)
    )


def _hidden(raw: dict) -> bool:
    """Nearly all the page's text drawn invisible: a publisher's scanner recognised the page
    and laid its text under the image, with sizes guessed from the letters' heights."""
    alphas = [
        s.get("alpha", 255)
        for b in raw.get("blocks", [])
        for ln in b.get("lines", [])
        for s in ln.get("spans", [])
        if s.get("text", "").strip()
    ]
    return len(alphas) >= 5 and sum(a == 0 for a in alphas) >= 0.9 * len(alphas)


def line_of_spans(spans: list[Span], y0: float, y1: float) -> Line:
    """A visual line made of ``spans`` set on the band ``y0``..``y1`` (part of another line,
    or cells moved onto one baseline)."""
    return make_line([(y0, y1, sp.x0, sp.x1, sp) for sp in spans])


_SPACE_RUN = re.compile(r"(?<=\S)[ \xa0]{4,}(?=\S)")


def _justified_gaps(row: list[_Placed]) -> set[int]:
    """Indexes of spans after a wide gap that is only word spacing: a justified line written
    one word per span ("PRESENTATION   TO   RETIRING   COUNCIL   MEMBER"), where every gap
    between its words is stretched alike. Cells of a table are set at uneven gaps."""
    out: set[int] = set()
    run: list[int] = []  # indexes of words in the current run of even, wide gaps
    gaps: list[float] = []

    def close() -> None:
        if len(gaps) >= 3 and max(gaps) <= min(gaps) * 1.3:
            out.update(run[1:])

    for k in range(1, len(row)) if len(row) >= 4 else ():
        prev, cur = row[k - 1][4], row[k][4]
        gap = row[k][2] - row[k - 1][3]
        wordlike = all(
            len(sp.text.split()) == 1 and any(ch.isalpha() for ch in sp.text) for sp in (prev, cur)
        )
        if wordlike and cur.size * 1.5 < gap <= cur.size * 6:
            if gaps and not (max(*gaps, gap) <= min(*gaps, gap) * 1.3):
                close()
                run, gaps = [], []
            if not run:
                run = [k - 1]
            run.append(k)
            gaps.append(gap)
        else:
            close()
            run, gaps = [], []
    close()
    return out


def _placed_spans(
    raw: dict, turn: pymupdf.Matrix | None, recognised: bool = False
) -> list[_Placed]:
    """The text spans of a page's text dict, placed as the reader sees the page."""
    spans: list[_Placed] = []
    seen: set[tuple[int, int, str]] = set()  # text drawn twice (fake bold, box edges) once
    # Text on a page shown turned (/Rotate 90, 270) comes in the page's unturned space, the
    # text layer's as well as recognised text: turn it as the reader sees it. A slide deck
    # printed landscape onto portrait sheets draws its text sideways and turns the page, so
    # only turned does it read across.
    for block in raw.get("blocks", []):
        if block.get("type", 0) != 0:
            continue
        for line in block.get("lines", []):
            wdir = line.get("dir", (1, 0))
            if turn is not None:
                wdir = tuple(pymupdf.Point(wdir) * turn - pymupdf.Point(0, 0) * turn)
            if abs(wdir[1]) > 0.5:  # vertical text (margins, rotated stamps): not reading text
                continue
            kept = len(spans)  # this PDF line's spans start here
            for s in line.get("spans", []):
                text = _span_text(s)
                if not text.strip():
                    # A tab drawn as a blank span in another font ("1.0", tab, "Call to
                    # Order" set 2 pt apart) still parts the words on either side.
                    if text and len(spans) > kept:
                        spans[-1] = _word_ended(spans[-1])
                    continue
                box = s["bbox"] if turn is None else pymupdf.Rect(s["bbox"]) * turn
                x0, y0, x1, y1 = box
                if not recognised and turn is None and y1 - y0 > s["size"] * 1.6:
                    # A font whose ascender and descender are misreported (3.1 and -2.5 em)
                    # gives boxes five lines tall, which then swallow the lines around them:
                    # place the line by its baseline instead (text recognition's boxes are
                    # its own, and kept).
                    base = s["origin"][1]
                    y0, y1 = base - s["size"] * 0.8, base + s["size"] * 0.2
                if lead := len(text) - len(text.lstrip(" \xa0")):
                    # "                  1.  Contacts": spaces typed to indent a line. Its
                    # box starts at the spaces; the line starts where its first letter does
                    # (a space is about a quarter of the font's size wide).
                    x0 = min(x0 + lead * s["size"] * 0.25, x1)
                if (
                    spans
                    and text.strip().lower() in _ORDINAL_ENDINGS
                    and spans[-1][4].text.rstrip()[-1:].isdigit()
                    and s["size"] < spans[-1][4].size
                    and abs(x0 - spans[-1][3]) < 1.5
                    and y0 < spans[-1][1]
                    and y1 > spans[-1][0]
                ):
                    # "8" then a raised, smaller "th": the date's ordinal, on the line's
                    # baseline (else it sorts above the line and makes a line of its own).
                    y0, y1 = spans[-1][0], spans[-1][1]
                key = (round(x0), round(y0), text.strip())
                if key in seen:
                    continue
                seen.add(key)
                spans.append(
                    (
                        y0,
                        y1,
                        x0,
                        x1,
                        Span(text, x0, x1, s["size"], _is_bold(s), bool(s["flags"] & _ITALIC)),
                    )
                )
    return spans


_ORDINAL_ENDINGS = frozenset({"st", "nd", "rd", "th"})


def _word_ended(sp: _Placed) -> _Placed:
    """A span a blank span follows: its last word ends there."""
    y0, y1, x0, x1, span = sp
    if span.text[-1:].isspace():
        return sp
    return (y0, y1, x0, x1, replace(span, text=span.text + " "))


def make_line(row: list[_Placed]) -> Line:
    """One visual line from (y0, y1, x0, x1, span) tuples: a tab where the gap is wide."""
    row.sort(key=lambda t: t[2])
    justified = _justified_gaps(row)
    parts: list[str] = []
    prev_x1: float | None = None
    for k, (_y0, _y1, x0, _x1, span) in enumerate(row):
        if prev_x1 is not None:
            gap = x0 - prev_x1
            if k in justified:
                parts.append(" ")
            elif gap > span.size * 1.5:
                parts.append("\t")
            elif gap > span.size * 0.15 and not (parts[-1].endswith(" ") or span.text[:1] == " "):
                parts.append(" ")
        parts.append(span.text)
        prev_x1 = span.x1
    # A run of spaces typed inside a span ("ROLL CALL            Chair Ungoco, …") is a gap
    # between cells, like a wide gap between spans.
    text = _SPACE_RUN.sub("\t", "".join(parts))
    text = "\t".join(" ".join(cell.split()) for cell in text.split("\t")).strip()
    sps = [t[4] for t in row]
    return Line(
        text=text,
        x0=min(t[2] for t in row),
        y0=min(t[0] for t in row),
        x1=max(t[3] for t in row),
        y1=max(t[1] for t in row),
        # A stray space in a bigger font (Word's paragraph mark) is not the line's size.
        size=max((s.size for s in sps if s.text.strip()), default=max(s.size for s in sps)),
        bold=all(s.bold for s in sps if s.text.strip()),
        spans=sps,
    )


def band_lines(page: pymupdf.Page, fraction: float = 0.12) -> list[Line]:
    """Lines in the header and footer bands (top and bottom ``fraction`` of the page)."""
    r = page.rect
    h = r.height * fraction
    top = page_lines(page, pymupdf.Rect(r.x0, r.y0, r.x1, r.y0 + h)).lines
    bottom = page_lines(page, pymupdf.Rect(r.x0, r.y1 - h, r.x1, r.y1)).lines
    return top + bottom
