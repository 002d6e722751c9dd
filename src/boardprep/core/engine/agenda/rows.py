"""Agenda pages -> rows: visual lines with cells, the gap above them, running footers removed.

Also finds the item number at the start of a row, wherever the layout puts it: glued to the
title ("3 Minutes"), alone in a first cell ("6<tab>TITLE"), after a time cell
("10.00<tab>1<tab>Welcome") or worded ("Agenda Item 5").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from boardprep.core.engine.agenda.lines import (
    NumberMatch,
    cell_range,
    is_header_cells,
    is_header_line,
    list_mark,
    match_number,
    starts_like_title,
    take_paper,
)
from boardprep.core.engine.agenda.times import LEAD_TIME_RE, PURE_TIME_RE, TIME_SPAN_RE
from boardprep.core.engine.pages.textlayer import Line, PageLines, line_of_spans
from boardprep.core.engine.vocabulary import (
    AGENDA_HEAD_RE,
    CUT_AT_JOIN_RE,
    FILE_NUMBER_RE,
    SECTION_HEAD_RE,
)

_FOOTER_RE = re.compile(
    r"^\s*(date\s+of\s+(?:issue|publication)|published|issued|printed|produced)\b"
    r"|^\s*(?:pack\s+)?(?:page|tudalen)\s+\d+(?:\s+of\s+\d+)?\s*$|^\s*-?\s*\d{1,4}\s*-?\s*$"
    r"|^\s*\d{1,4}\s*\|\s*page\s*$|^\s*p\.\s*\d+\s*$|^\s*continued\b|^\s*\(?cont(?:inued|'d)\)?\s*$",
    re.IGNORECASE,
)


@dataclass
class Row:
    line: Line
    page: int
    text: str
    cells: list[str]
    gap: float  # empty space above the row, in points (large at the top of a page)
    right: float = 0.0  # the text's right margin on this page (where lines wrap)
    lead: str | None = None  # the text in a "Lead" / "Presenter" column of a table
    ocr: bool = False  # recognised from a scan: its font sizes are estimates

    @property
    def x0(self) -> float:
        return self.line.x0

    @property
    def o_bullet(self) -> bool:
        """The row opens with a letter "o" as a span of its own: Word's second-level bullet
        (a Courier "o"), not the word "o"."""
        spans = [sp.text.strip() for sp in self.line.spans if sp.text.strip()]
        return spans[:1] == ["o"] and len(spans) > 1

    @property
    def size(self) -> float:
        return self.line.size or 10.0


def bullet_body(row: Row) -> str | None:
    """The text after the row's bullet glyph, or None when the row does not start with one."""
    cells = [c.strip() for c in row.cells if c.strip()]
    if not cells:
        return None
    if list_mark(cells[0]):
        return " ".join(cells[1:]).strip()
    # A letter "o" is a bullet only as a glyph of its own (Word's Courier "o" bullet span).
    glyph = (cells[0][:1] != "o" and list_mark(cells[0][:1])) or (
        cells[0][:1] == "o" and row.o_bullet
    )
    if glyph and cells[0][1:2] == " ":
        return " ".join([cells[0][2:], *cells[1:]]).strip()
    return None


def collect_rows(pages: list[PageLines]) -> list[Row]:
    """Every line of the agenda pages in order, minus running headers and footers."""
    # Text that repeats near the top or bottom of several pages, at the same height, is a
    # running header/footer; "RECOMMENDATION: It is recommended that the City" under items
    # that happen to end two pages is not.
    seen: Counter[tuple[str, int]] = Counter()
    for pl in pages:
        for ln in pl.lines:
            if _in_running_band(ln, pl):
                for y in _height_keys(ln):
                    seen[(_norm(ln.text), y)] += 1
    masthead = _masthead(pages[0]) if pages else set()
    rows: list[Row] = []
    for pl in pages:
        prev: Line | None = None
        for ln in _column_order(_without_sidebar(pl)):
            text = ln.text.strip()
            if not text:
                continue
            if (
                _in_running_band(ln, pl)
                and len(pages) > 1
                and seen[(_norm(text), round(ln.y0 / 12))] > 1
            ):
                continue
            if (
                prev is None
                and pl is not pages[0]
                and ln.y1 < pl.height * 0.35
                and " ".join(text.lower().split()) in masthead
                and match_number(text) is None
                and not AGENDA_HEAD_RE.match(text)  # (an agenda printed again: kept)
            ):
                continue  # the first page's masthead again over the next page's items
            if _page_furniture(ln, text, pl):
                continue
            gap = (ln.y0 - prev.y1) if prev is not None else 100.0
            # "6. *Conference with Legal Counsel": a mark for a footnote or a late addition.
            text = _LEADING_MARK_RE.sub("", text)
            cells = [c.strip() for c in text.split("\t")]
            rows.append(Row(ln, pl.index, text, cells, gap, ocr=pl.ocr))
            prev = ln
    rows = _lift_centred_numbers(_attach_lone_numbers(_apply_columns(rows)))
    for page in {r.page for r in rows}:
        ends = sorted(r.line.x1 for r in rows if r.page == page)
        right = ends[int(len(ends) * 0.9)] if ends else 0.0
        for r in rows:
            if r.page == page:
                r.right = right
    _close_page_breaks(rows)
    return rows


def _close_page_breaks(rows: list[Row]) -> None:
    """A page's first row that carries on the sentence the last page cut ("… Crescent Park," /
    "Community Center and …", in the same column and size) gets a line's gap, not a page's,
    so a title wrapped over the page break stays one title."""
    for k in range(1, len(rows)):
        prev, row = rows[k - 1], rows[k]
        if (
            row.page != prev.page
            and (
                (
                    (
                        prev.text.rstrip().endswith((",", ";"))
                        or CUT_AT_JOIN_RE.search(prev.text.rstrip())
                    )
                    and abs(row.x0 - prev.x0) <= 3
                )
                or _numbered_line_wraps_over(prev, row)
            )
            and abs(row.size - prev.size) <= 1
            and match_number(row.text) is None
        ):
            row.gap = min(prev.gap, row.size * 0.3)


def _numbered_line_wraps_over(prev: Row, row: Row) -> bool:
    """ "5.11 Re-Classify Tax Forfeited Properties to Non-Conservation for Future", the last
    line of a page, filled to the margin; "Sales" atop the next, set in under the title's
    words (not back at the number) in the same weight: the title's last word."""
    return (
        match_number(prev.text) is not None
        and prev.line.x1 >= prev.right - 2
        and prev.x0 + 8 < row.x0 < prev.x0 + 80
        and row.line.bold == prev.line.bold
        and len(row.text.split()) <= 12
        and not row.text.isupper()
    )


def _without_sidebar(pl: PageLines) -> PageLines:
    """The page without a side column of short lines at its left edge: the board's members and
    their roles ("Rose Savage" / "Vice Chair") printed down the margin beside the agenda, whose
    lines would otherwise run into the items' ("Mubarak Ahmed  1.  CALL TO ORDER").

    A sidebar shows as six or more short lines starting at the left margin, none an item number
    or a label ("Venue:"), and every other line from its top down starting right of it."""
    edge = pl.width * 0.2
    starts = Counter(round(ln.spans[0].x0) for ln in pl.lines if ln.spans and ln.x0 < edge)
    if not starts:
        return pl
    margin = starts.most_common(1)[0][0]  # the column's own left edge (not a centred heading)
    # Two sidebar lines can share a text line ("Michael McKenzie" over "Chair"): every span.
    side = [sp for ln in pl.lines for sp in ln.spans if abs(sp.x0 - margin) <= 3]
    if (
        len(side) < 6
        or any(len(sp.text.split()) > 5 or match_number(sp.text.strip()) for sp in side)
        or sum(sp.text.strip().endswith(":") for sp in side) * 2 >= len(side)
    ):
        return pl
    cut = max(sp.x1 for sp in side)
    top = min(ln.y0 for ln in pl.lines if any(sp in side for sp in ln.spans))
    below = [ln for ln in pl.lines if ln.y1 > top]
    beside = [sp for ln in below for sp in ln.spans if sp not in side and sp.text.strip()]
    if cut > pl.width * 0.33 or len(beside) < 3 or min(sp.x0 for sp in beside) < cut + 10:
        return pl  # text comes back to the margin: no separate column
    # The agenda's own column is the page's text from the sidebar down: moved onto the margin,
    # its numbers stand where they do on the next page, which has no sidebar.
    shift = min(sp.x0 for sp in beside) - margin
    lines = [ln for ln in pl.lines if ln.y1 <= top]
    for ln in below:
        rest = [
            replace(sp, x0=sp.x0 - shift, x1=sp.x1 - shift)
            for sp in ln.spans
            if sp not in side and sp.text.strip()
        ]
        if rest:
            lines.append(line_of_spans(rest, ln.y0, ln.y1))
    return replace(pl, lines=lines)


def in_column_order(pl: PageLines) -> PageLines:
    """The page with its lines read column by column when it is set in two columns."""
    lines = _column_order(pl)
    return pl if lines is pl.lines else replace(pl, lines=lines)


def _column_order(pl: PageLines) -> list[Line]:
    """The page's lines, read column by column when the agenda is set in two columns.

    Two columns show as item numbers starting at one x in the right half of the page on
    several lines, with no text crossing the gutter just left of it (below the heading).
    """
    half = pl.width * 0.35
    starts: Counter[int] = Counter()
    for ln in pl.lines:
        for k, sp in enumerate(ln.spans):
            nm = match_number(sp.text.strip()) if sp.x0 > half else None
            # The title in the number's span or, after the tab typed in it, in the next span
            # ("8.\t", "To propose …").
            tabbed = nm is not None and not nm.rest and sp.text.rstrip(" ").endswith("\t")
            rest = " ".join(s.text for s in ln.spans[k + 1 : k + 2]) if tabbed else ""
            rest = nm.rest if nm and nm.rest else rest
            if nm and nm.kind in ("arabic", "dotted") and starts_like_title(rest.strip()):
                starts[round(sp.x0)] += 1  # "7. Early Years Funding", not a "12.30" or "3"
    if not starts:
        return pl.lines
    gutter, count = starts.most_common(1)[0]
    if count < 3:
        return pl.lines
    first = next(
        k
        for k, ln in enumerate(pl.lines)
        if any(abs(sp.x0 - gutter) <= 3 and match_number(sp.text.strip()) for sp in ln.spans)
    )
    if not any(match_number(ln.text) for ln in pl.lines[first:] if ln.x0 < gutter - 3):
        return pl.lines  # numbers on the right only: a table column, not a second column
    body = pl.lines[first:]
    crossing = any(sp.x0 < gutter - 6 and sp.x1 > gutter - 1 for ln in body for sp in ln.spans)
    if crossing:
        return pl.lines
    left: list[Line] = []
    right: list[Line] = []
    for ln in body:
        lspans = [sp for sp in ln.spans if sp.x0 < gutter - 3]
        rspans = [sp for sp in ln.spans if sp.x0 >= gutter - 3]
        if any(sp.text.strip() for sp in lspans):
            left.append(line_of_spans(lspans, ln.y0, ln.y1))
        if any(sp.text.strip() for sp in rspans):
            right.append(line_of_spans(rspans, ln.y0, ln.y1))
    # The right column is moved onto the left one, so its numbers share the item column.
    shift = gutter - min((ln.x0 for ln in left), default=gutter)
    right = [
        line_of_spans(
            [replace(sp, x0=sp.x0 - shift, x1=sp.x1 - shift) for sp in ln.spans], ln.y0, ln.y1
        )
        for ln in right
    ]
    return [*pl.lines[:first], *left, *right]


_WORDED_ALONE_RE = re.compile(
    r"^\s*(?:Agenda\s+)?Item\s+(?:No\.?\s*)?(?:\d{1,3}[a-z]?|\(\d{1,3}\))[.:]?\s*$", re.I
)
_LONE_NUMBER_RE = re.compile(
    r"^\s*(?i:(?:Agenda\s+)?Item\s+)?(?:\d{1,3}(?:\.\d{1,2})?[a-z]?|[A-Z]|[a-z]\)|\([a-z]\))"
    r"[.:)]?\s*$"
)


_LEADING_MARK_RE = re.compile(r"(?:^|(?<=\t))[*†‡]+(?=[A-Z])")


def _attach_lone_numbers(rows: list[Row]) -> list[Row]:
    """A number alone on its row (vertically centred in a tall table cell) joins its title.

    The title is the row beside it: just above when the number sits lower than the title's
    first line, otherwise just below.
    """
    out: list[Row] = []
    k = 0
    while k < len(rows):
        r = rows[k]
        nxt_row = rows[k + 1] if k + 1 < len(rows) else None
        if _WORDED_ALONE_RE.match(r.text) and nxt_row and _title_below(r, nxt_row):
            # "Item 5" on its own line, the title on the next line (after the file number
            # "13-0600" on a line of its own, where there is one).
            third = rows[k + 2] if k + 2 < len(rows) else None
            if (
                FILE_NUMBER_RE.match(nxt_row.text.strip())
                and third
                and _title_below(nxt_row, third)
            ):
                out.append(_merge(_merge(r, nxt_row, gap=r.gap), third, r.gap, title_last=True))
                k += 3
                continue
            out.append(_merge(r, nxt_row, gap=r.gap))
            k += 2
            continue
        if _is_lone_number(r):
            near = r.size * 1.45  # one line above or below, at single to 1.35 spacing
            prev = out[-1] if out else None
            nxt = rows[k + 1] if k + 1 < len(rows) else None
            if prev and _beside(r, prev, near) and row_number_text(prev.text) is None:
                out[-1] = _merge(r, prev)
                k += 1
                continue
            if nxt and _beside(r, nxt, near) and row_number_text(nxt.text) is None:
                out.append(_merge(r, nxt, gap=r.gap))
                k += 2
                continue
        out.append(r)
        k += 1
    return out


_LEAD_HEADS = {"lead", "presenter", "owner", "presented by", "lead officer", "lead director"}


def _apply_columns(rows: list[Row]) -> list[Row]:
    """Cells cut where the table's column headings stand ("Item | Subject | Paper | Lead").

    Narrow columns set close together print as one text cell ("Paper A Chair"); the heading
    positions split them again, and the Lead column's text is kept apart as the item's lead.
    """
    heads: list[tuple[float, str]] | None = None
    for r in rows:
        if is_header_line(r.text) or is_header_cells([sp.text for sp in r.line.spans]):
            heads = _column_heads(r)
            continue
        spans = [sp for sp in r.line.spans if sp.text.strip()]
        if not heads or not spans:
            continue
        cols: list[list[str]] = [[] for _ in heads]
        for sp in spans:
            # A cell of its own may start left of its heading (a name centred under "Lead"):
            # "Home Office" at 431 under "Lead" at 457, apart from the title beside it, or
            # alone on its row ("MoS HO" at 450, centred between a title's two lines).
            own = any(c.startswith(sp.text.strip()) for c in r.cells)
            k = max(
                (
                    i
                    for i, (x, n) in enumerate(heads)
                    if sp.x0 >= x - (30 if own and n in _LEAD_HEADS else 4)
                ),
                default=0,
            )
            cols[k].append(sp.text.strip())
        texts = [" ".join(c) for c in cols]
        lead = next((t for t, (_x, n) in zip(texts, heads, strict=True) if n in _LEAD_HEADS), "")
        # A "Ref" column right of the subject holds document numbers; as the first column it
        # is the item's own code ("TB 01/25") and stays.
        dropped = {k for k, (_x, n) in enumerate(heads) if n in _LEAD_HEADS}
        dropped |= {k for k, (_x, n) in enumerate(heads) if n in _REF_HEADS and k >= 2}
        if not lead and not any(texts[k] for k in dropped):
            continue
        r.lead = lead or None
        r.cells = [t for k, t in enumerate(texts) if t and k not in dropped]
        r.text = "\t".join(r.cells)
    return rows


# A "Ref #" column holds the board's document numbers: never page numbers.
_REF_HEADS = {"ref", "ref #", "ref#", "ref no", "ref no.", "ref.", "reference", "doc ref"}


def _column_heads(r: Row) -> list[tuple[float, str]] | None:
    heads: list[tuple[float, str]] = []
    last_x1 = None
    for sp in r.line.spans:
        name = sp.text.strip().lower().rstrip(":")
        if not name:
            continue
        near = last_x1 is not None and sp.x0 - last_x1 <= sp.size * 0.5  # words of one cell
        if heads and (near or re.fullmatch(r"#|no\.?|\(.*\)", name)):
            heads[-1] = (heads[-1][0], f"{heads[-1][1]} {name}")  # "Ref" + "#": one heading
        else:
            heads.append((sp.x0, name))
        last_x1 = sp.x1
    wanted = _LEAD_HEADS | _REF_HEADS
    return heads if any(n in wanted for _x, n in heads) else None


def _lift_centred_numbers(rows: list[Row]) -> list[Row]:
    """A number printed beside the middle line of a tall cell moves up to the cell's first line.

    Vertically centred table cells put "F." on the same baseline as the third line of its
    subject cell ("F. <tab> the Local Government Act 1972 ..."), below the title.
    """
    out = list(rows)
    for k, r in enumerate(rows):
        cells = [c for c in r.cells if c]
        spans = [sp for sp in r.line.spans if sp.text.strip()]
        if len(cells) < 2 or len(spans) < 2 or not _LONE_NUMBER_RE.match(cells[0]):
            continue
        text_x = spans[1].x0
        tight = r.size * 0.25  # lines of one cell; cells are further apart
        start = k
        while start > 0 and (r if start == k else out[start]).gap <= tight:
            prev = out[start - 1]
            if prev.page != r.page or abs(prev.x0 - text_x) > 2 or row_number_text(prev.text):
                break
            start -= 1
        if start == k or out[start].gap < r.size * 0.8:
            # Cells set close together: the cell opens with its bold title above the number,
            # or the number's line carries on a sentence ("Item 2 <tab> prejudicial interest").
            titled = _bold_title_above(out, k, text_x, spans[1].bold)
            if titled is None and cells[1][:1].islower() and k > 0:
                above = out[k - 1]
                if _in_column(above, r, text_x) and above.text[:1].isupper():
                    titled = k - 1
            if titled is None:
                continue
            start = titled
        end = k
        while end + 1 < len(rows) and rows[end + 1].page == r.page:
            nxt = rows[end + 1]
            if abs(nxt.x0 - text_x) > 2 or (nxt.gap > r.size * 0.25 and nxt.gap > 2.0):
                break
            if nxt.line.bold and not spans[1].bold:
                break  # the next cell's bold title
            end += 1
        if abs((k - start) - (end - k)) > 1:
            continue  # not the middle line of its cell
        number = Row(
            Line(
                cells[0],
                r.line.x0,
                r.line.y0,
                spans[0].x1,
                r.line.y1,
                r.line.size,
                spans[0].bold,
                spans[:1],
            ),
            r.page,
            cells[0],
            [cells[0]],
            out[start].gap,
            ocr=r.ocr,
        )
        rest_text = "\t".join(cells[1:])
        rest = Row(
            Line(
                rest_text,
                text_x,
                r.line.y0,
                r.line.x1,
                r.line.y1,
                r.line.size,
                r.line.bold,
                spans[1:],
            ),
            r.page,
            rest_text,
            cells[1:],
            r.gap,
            ocr=r.ocr,
        )
        out[start] = _merge(number, out[start], gap=out[start].gap)
        out[k] = rest
    return out


def _bold_title_above(rows: list[Row], k: int, text_x: float, text_bold: bool) -> int | None:
    """Index of the first line of a bold title that opens the cell of row ``k``'s plain text.

    Paragraph spacing (Word's space after a paragraph) may separate the title from the
    description beside the number, but nothing wider than a line.
    """
    size = rows[k].size
    if text_bold or rows[k].gap > size * 1.2:
        return None
    j = k - 1
    while j >= 0 and _in_column(rows[j], rows[k], text_x) and not rows[j].line.bold:
        if rows[j].gap > size * 1.2:
            return None
        j -= 1  # plain lines of the same cell above the number's line
    if j < 0 or not _in_column(rows[j], rows[k], text_x) or not rows[j].line.bold:
        return None
    if SECTION_HEAD_RE.match(rows[j].text):
        return None  # "Section 2: Governance": a heading over the items, not this one's title
    while (
        j > 0
        and _in_column(rows[j - 1], rows[k], text_x)
        and rows[j - 1].line.bold
        and rows[j].gap <= size * 0.5
    ):
        j -= 1  # a title wrapped over several bold lines
    above = rows[j - 1] if j > 0 else None
    if above is not None and row_number_text(above.text) and rows[j].gap <= size * 0.5:
        return None  # the title block already has its number ("1. OPENING" / "BUSINESS")
    return j


def _in_column(row: Row, num_row: Row, text_x: float) -> bool:
    return (
        row.page == num_row.page and abs(row.x0 - text_x) <= 2 and row_number_text(row.text) is None
    )


def _title_below(num: Row, other: Row) -> bool:
    centred = abs((other.x0 + other.line.x1) / 2 - (num.x0 + num.line.x1) / 2) < 6
    return (
        num.page == other.page
        and -num.size * 0.5 <= other.line.y0 - num.line.y1 < num.size * 1.5
        and row_number_text(other.text) is None
        and (other.x0 >= num.x0 - 2 or centred)
    )


# A purpose column's one word ("Approve", "For assurance") beside a centred number.
_PURPOSE_CELL_RE = re.compile(
    r"^(?:for\s+)?(?:note|noting|approve|approval|assure|assurance|discuss|discussion|decision|"
    r"decide|information|endorse|endorsement|ratify|agree|receive)$",
    re.IGNORECASE,
)


def _is_lone_number(r: Row) -> bool:
    """A number with nothing but locators (range, time, paper, purpose word) beside it."""
    cells = [c for c in r.cells if c]
    if not cells or not _LONE_NUMBER_RE.match(cells[0]):
        return False
    return all(
        cell_range(c) is not None
        or PURE_TIME_RE.match(c)
        or take_paper(c)[0]
        or _PURPOSE_CELL_RE.match(c)
        for c in cells[1:]
    )


def row_number_text(text: str) -> NumberMatch | None:
    return match_number(text.split("\t")[0])


def _beside(num: Row, other: Row, near: float) -> bool:
    same_page = num.page == other.page
    spans = [sp for sp in num.line.spans if sp.text.strip()]
    num_x1 = spans[0].x1 if spans else num.line.x1
    return same_page and other.x0 > num_x1 + 2 and abs(other.line.y0 - num.line.y0) < near


def _merge(num: Row, title: Row, gap: float | None = None, title_last: bool = False) -> Row:
    cells = [c for c in num.cells if c]
    parts = [*cells, title.text] if title_last else [cells[0], title.text, *cells[1:]]
    ln = Line(
        text="\t".join(parts),
        x0=num.line.x0,
        y0=min(num.line.y0, title.line.y0),
        x1=max(num.line.x1, title.line.x1),
        y1=max(num.line.y1, title.line.y1),
        size=title.line.size,
        bold=title.line.bold,
        # Number, then title, then the locators: the title's font must come right after.
        spans=[*num.line.spans, *title.line.spans]
        if title_last
        else [*num.line.spans[:1], *title.line.spans, *num.line.spans[1:]],
    )
    text = ln.text
    return Row(
        ln,
        title.page,
        text,
        [c.strip() for c in text.split("\t")],
        title.gap if gap is None else gap,
        ocr=title.ocr,
    )


def _height_keys(ln: Line) -> set[int]:
    """Buckets of 12 pt for the line's top; the neighbours too, so 5 pt apart still meet."""
    b = round(ln.y0 / 12)
    return {b - 1, b, b + 1}


# A footer that ends with its page's number: its wording may differ from page to page.
_STAMPED_FOOTER_RE = re.compile(r"[\s,|–—-]page\s+\d{1,3}\s*$", re.IGNORECASE)


def _page_furniture(ln: Line, text: str, pl: PageLines) -> bool:
    """A page number, an issue date or a stamped footer: no part of the agenda's business."""
    # A page number sits in the bottom band, or centred a little higher above a footer notice
    # of several lines.
    if _FOOTER_RE.match(text) and (
        _in_band(ln, pl, 0.08) or (ln.centred_in(pl.width) and _in_band(ln, pl, 0.15))
    ):
        return True
    if (
        re.match(r"^\s*date\s+of\s+(?:issue|publication)\b", text, re.IGNORECASE)
        and match_number(text) is None
    ):
        return True
    # "Library District <tab> 1/18/17 Board Meeting Agenda, page 2"
    return bool(
        _STAMPED_FOOTER_RE.search(text) and _in_band(ln, pl, 0.08) and not match_number(text)
    )


def _masthead(pl: PageLines) -> set[str]:
    """The lines over the first agenda page's top third: the body, the meeting and its date.
    A page that prints them again before its first item ("Special Council (Budget) Meeting"
    set lower than a running head) is not continuing the item above."""
    return {" ".join(ln.text.lower().split()) for ln in pl.lines if ln.y1 < pl.height * 0.35}


def _norm(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.split())).lower()


def _in_running_band(ln: Line, pl: PageLines) -> bool:
    """Where running headers and footers sit: the top tenth, or the bottom 15% (a footer may
    stand above a notice of several lines)."""
    return ln.y1 < pl.height * 0.1 or ln.y0 > pl.height * 0.85


def _in_band(ln: Line, pl: PageLines, fraction: float) -> bool:
    return ln.y1 < pl.height * fraction or ln.y0 > pl.height * (1 - fraction)


@dataclass
class RowNumber:
    nm: NumberMatch
    x: float  # where the number is printed
    title_cells: list[str]  # the title cell(s) and the cells after it
    lead_time: str | None  # a time printed in a cell before the number


def row_number(row: Row) -> RowNumber | None:
    cells = [c for c in row.cells if c]
    if not cells:
        return None
    lead_time: str | None = None
    if len(cells) >= 2 and PURE_TIME_RE.match(cells[0]) and match_number(cells[1]):
        lead_time, cells = cells[0], cells[1:]
    else:
        # "10.00 1. Welcome" in one cell: a time, then the item number.
        tm = LEAD_TIME_RE.match(cells[0])
        if tm and match_number(cells[0][tm.end() :]):
            lead_time = tm.group(1)
            cells = [cells[0][tm.end() :], *cells[1:]]
    nm = match_number(cells[0])
    if (
        nm is None
        and len(cells) >= 3
        and re.fullmatch("[A-Z]", cells[0])
        and FILE_NUMBER_RE.match(cells[1])
    ):
        # Legistar's number column holds a bare "A" beside the file number "21-0085".
        nm = match_number(cells[0] + ".")
    if nm is None:
        return None
    rest_cells = cells[1:]
    if nm.rest:
        rest_cells = [nm.rest, *rest_cells]
    if rest_cells and (glued := _GLUED_FILE_RE.match(rest_cells[0])):
        # "p. <tab> TMP-7021 Resolution authorizing …": a file number a space from the title.
        rest_cells = [glued.group(1), rest_cells[0][glued.end() :], *rest_cells[1:]]
    slot = TIME_SPAN_RE.match(rest_cells[0]) if rest_cells and lead_time is None else None
    if len(rest_cells) >= 2 and lead_time is None and PURE_TIME_RE.match(rest_cells[0]):
        # "Item 1 <tab> 10.00am <tab> Welcome": a time column between number and title.
        lead_time, rest_cells = rest_cells[0], rest_cells[1:]
    elif slot:
        # "4 <tab> 15:35 - 16:10": a time-slot column; the title follows or sits below it.
        lead_time, rest_cells = slot.group(1).strip(), rest_cells[1:]
    elif rest_cells and lead_time is None and (tm := LEAD_TIME_RE.match(rest_cells[0])):
        # The same with the time set a space from the title: "1.4 <tab> 09:40 Action log".
        after = rest_cells[0][tm.end() :]
        if starts_like_title(after) and match_number(after) is None:
            lead_time, rest_cells = tm.group(1).strip(), [after, *rest_cells[1:]]
    return RowNumber(nm, _number_x(row), rest_cells, lead_time)


_GLUED_FILE_RE = re.compile(r"^(TMP-\d{3,5}|\d{2}-0\d{3})\s+(?=[A-Z][a-z])")


def _number_x(row: Row) -> float:
    for sp in row.line.spans:
        if sp.text.strip():
            if PURE_TIME_RE.match(sp.text.strip()):
                continue
            return sp.x0
    return row.x0
