"""Agenda pages -> rows: visual lines with cells, the gap above them, running footers removed.

Also finds the item number at the start of a row, wherever the layout puts it: glued to the
title ("3 Minutes"), alone in a first cell ("6<tab>TITLE"), after a time cell
("10.00<tab>1<tab>Welcome") or worded ("Agenda Item 5").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from boardprep.core.agenda_lines import NumberMatch, match_number
from boardprep.core.agenda_times import PURE_TIME_RE
from boardprep.core.textlayer import Line, PageLines

_FOOTER_RE = re.compile(
    r"^\s*(date\s+of\s+(?:issue|publication)|published|issued|printed|produced)\b"
    r"|^\s*(?:pack\s+)?page\s+\d+(?:\s+of\s+\d+)?\s*$|^\s*-?\s*\d{1,4}\s*-?\s*$"
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

    @property
    def x0(self) -> float:
        return self.line.x0

    @property
    def size(self) -> float:
        return self.line.size or 10.0


def collect_rows(pages: list[PageLines]) -> list[Row]:
    """Every line of the agenda pages in order, minus running headers and footers."""
    # Text that repeats near the top or bottom of several pages is a running header/footer.
    seen: Counter[str] = Counter()
    for pl in pages:
        for ln in pl.lines:
            if _in_band(ln, pl, 0.1):
                seen[_norm(ln.text)] += 1
    rows: list[Row] = []
    for pl in pages:
        prev: Line | None = None
        for ln in pl.lines:
            text = ln.text.strip()
            if not text:
                continue
            if _in_band(ln, pl, 0.1) and len(pages) > 1 and seen[_norm(text)] > 1:
                continue
            if _FOOTER_RE.match(text) and _in_band(ln, pl, 0.08):
                continue
            if (
                re.match(r"^\s*date\s+of\s+(?:issue|publication)\b", text, re.IGNORECASE)
                and match_number(text) is None
            ):
                continue
            gap = (ln.y0 - prev.y1) if prev is not None else 100.0
            rows.append(Row(ln, pl.index, text, [c.strip() for c in text.split("\t")], gap))
            prev = ln
    return rows


def _norm(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.split())).lower()


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
    nm = match_number(cells[0])
    if nm is None:
        return None
    rest_cells = cells[1:]
    if nm.rest:
        rest_cells = [nm.rest, *rest_cells]
    elif rest_cells and match_number(rest_cells[0]) is None and nm.worded is False:
        pass  # number alone in its cell: the title is the next cell
    return RowNumber(nm, _number_x(row), rest_cells, lead_time)


def _number_x(row: Row) -> float:
    for sp in row.line.spans:
        if sp.text.strip():
            if PURE_TIME_RE.match(sp.text.strip()):
                continue
            return sp.x0
    return row.x0
