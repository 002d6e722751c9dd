"""Ruled agenda tables read cell by cell: every cell's text moved to the top of its row.

Word and committee systems often centre or bottom-align table cells, so a row's number,
title and page range sit on different baselines ("3" beside the second line of a two-line
subject). Where the page draws a grid, MuPDF's table finder gives the row and cell boxes;
each cell's lines are then re-stacked from the row's top, as if the table were top-aligned,
and the parser reads the row as it reads any other. Borderless tables are left alone.
"""

from __future__ import annotations

import contextlib
import io
from typing import Any

from boardprep.core.textlayer import Line, PageLines, Span, make_line

_MIN_ROWS = 3


def top_align_tables(page: Any, pl: PageLines) -> PageLines:
    """``pl`` with the lines inside ruled tables re-stacked cell by cell; ``pl`` on any doubt."""
    try:
        with contextlib.redirect_stdout(io.StringIO()):  # the finder prints advice to stdout
            tables = page.find_tables().tables
    except Exception:  # a table finder failure must never cost the agenda
        return pl
    tables = [t for t in tables if t.row_count >= _MIN_ROWS and t.col_count >= 2]
    if not tables:
        return pl
    lines = list(pl.lines)
    for table in tables:
        lines = _restack(table, lines)
    lines.sort(key=lambda ln: (round(ln.y0, 1), ln.x0))
    return PageLines(pl.index, pl.width, pl.height, lines)


def _restack(table: Any, lines: list[Line]) -> list[Line]:
    out = list(lines)
    for row in table.rows:
        y0, y1 = row.bbox[1], row.bbox[3]
        inside = [ln for ln in out if y0 - 1 <= (ln.y0 + ln.y1) / 2 <= y1 + 1]
        cells = [c for c in row.cells if c is not None]
        if len(inside) < 2 or len(cells) < 2:
            continue
        # Each cell's lines, top to bottom: the spans of each row line that fall in the cell.
        per_cell: list[list[tuple[Line, list[Span]]]] = []
        for cx0, _cy0, cx1, _cy1 in cells:
            stack = []
            for ln in inside:
                spans = [sp for sp in ln.spans if cx0 - 1 <= (sp.x0 + sp.x1) / 2 <= cx1 + 1]
                if any(sp.text.strip() for sp in spans):
                    stack.append((ln, spans))
            per_cell.append(stack)
        tallest = max(per_cell, key=len)
        if all(len(stack) <= 1 for stack in per_cell) and _same_baseline(per_cell):
            continue  # one line per cell, already on one baseline
        rebuilt: list[Line] = []
        for k, (ref, _spans) in enumerate(tallest):
            spans = [sp for stack in per_cell if k < len(stack) for sp in stack[k][1]]
            spans.sort(key=lambda sp: sp.x0)
            rebuilt.append(make_line([(ref.y0, ref.y1, sp.x0, sp.x1, sp) for sp in spans]))
        taken = {id(ln) for ln in inside}
        out = [ln for ln in out if id(ln) not in taken] + rebuilt
    return out


def _same_baseline(per_cell: list[list[tuple[Line, list[Span]]]]) -> bool:
    firsts = {id(stack[0][0]) for stack in per_cell if stack}
    return len(firsts) <= 1
