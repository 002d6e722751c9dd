"""Ruled agenda tables read cell by cell: every cell's text moved to the top of its row.

Word and committee systems often centre or bottom-align table cells, so a row's number,
title and page range sit on different baselines ("3" beside the second line of a two-line
subject). Where the page draws a grid, MuPDF's table finder gives the row and cell boxes;
where it draws only rules between the rows (Word's "Plain Table"), the rules give the rows
and each cell is found from where its lines start. Each cell's lines are then re-stacked
from the row's top, as if the table were top-aligned, and the parser reads the row as it
reads any other. Borderless tables are left alone.
"""

from __future__ import annotations

import contextlib
import io
import itertools
from typing import Any

from boardprep.core.engine.agenda.lines import match_number
from boardprep.core.engine.pages.textlayer import Line, PageLines, Span, line_of_spans

_MIN_ROWS = 3
Box = tuple[float, float, float, float]


def top_align_tables(page: Any, pl: PageLines) -> PageLines:
    """``pl`` with the lines inside ruled tables re-stacked cell by cell; ``pl`` on any doubt."""
    try:
        if not page.get_cdrawings():
            return pl  # nothing drawn, so no rules: skip the table finder (~40-80 ms a page)
        if _one_line_rows(_ruled_bands(page, pl.width), pl):
            return pl  # every ruled row is one line: nothing to re-stack, no finder needed
        with contextlib.redirect_stdout(io.StringIO()):  # the finder prints advice to stdout
            tables = [
                t
                for t in page.find_tables().tables
                if t.row_count >= _MIN_ROWS and t.col_count >= 2
            ]
        rows: list[tuple[float, float, list[Box] | None]] = [
            (r.bbox[1], r.bbox[3], [c for c in r.cells if c is not None])
            for t in tables
            for r in t.rows
        ]
        if not rows:
            # Rules between the rows only: the rows are real, the columns are found per row.
            rows = [(y0, y1, None) for y0, y1 in _ruled_bands(page, pl.width)]
    except Exception:  # a table finder failure must never cost the agenda
        return pl
    if len(rows) < _MIN_ROWS:
        return pl
    lines = _restack(rows, list(pl.lines))
    lines.sort(key=lambda ln: (round(ln.y0, 1), ln.x0))
    return PageLines(pl.index, pl.width, pl.height, lines)


def _one_line_rows(bands: list[tuple[float, float]], pl: PageLines) -> bool:
    """The rules mark out rows and each holds a single line of text (already one baseline)."""
    if len(bands) < _MIN_ROWS:
        return False
    for y0, y1 in bands:
        if sum(1 for ln in pl.lines if y0 - 1 <= (ln.y0 + ln.y1) / 2 <= y1 + 1) > 1:
            return False
    return True


def _ruled_bands(page: Any, width: float) -> list[tuple[float, float]]:
    """Bands between consecutive horizontal rules that cross most of the text width."""
    ys: list[float] = []
    for path in page.get_drawings():
        for item in path.get("items", []):
            if item[0] == "l":
                a, b = item[1], item[2]
                if abs(a.y - b.y) < 1 and abs(b.x - a.x) > width * 0.4:
                    ys.append(a.y)
            elif item[0] == "re":
                r = item[1]
                if r.height < 2 and r.width > width * 0.4:
                    ys.append((r.y0 + r.y1) / 2)
    ys = sorted(ys)
    rules = [y for k, y in enumerate(ys) if k == 0 or y - ys[k - 1] > 3]
    return [(a, b) for a, b in itertools.pairwise(rules) if b - a > 8]


def _restack(rows: list[tuple[float, float, list[Box] | None]], lines: list[Line]) -> list[Line]:
    out = list(lines)
    for y0, y1, boxes in rows:
        inside = [ln for ln in out if y0 - 1 <= (ln.y0 + ln.y1) / 2 <= y1 + 1]
        cells = boxes if boxes is not None else _cells_from_starts(inside, y0, y1)
        if len(inside) < 2 or len(cells) < 2:
            continue
        if boxes is None and not _separate(cells, inside):
            continue  # centred text: its lines start at different x -- leave the row
        # Each cell's lines, top to bottom: the spans of each row line that fall in the cell.
        per_cell: list[list[tuple[Line, list[Span]]]] = []
        for cx0, _cy0, cx1, _cy1 in cells:
            stack = []
            for ln in inside:
                spans = [sp for sp in ln.spans if cx0 - 1 <= (sp.x0 + sp.x1) / 2 <= cx1 + 1]
                if any(sp.text.strip() for sp in spans):
                    stack.append((ln, spans))
            per_cell.append(stack)
        if all(len(stack) <= 1 for stack in per_cell) and _same_baseline(per_cell):
            continue  # one line per cell, already on one baseline
        if _numbers_in(per_cell[0]) >= 2 or any(_blank_line_in(stack) for stack in per_cell):
            # Several items between two rules (rules under headings, not a table): a number
            # column with two numbers, or a blank line inside what would be one cell.
            continue
        tallest = max(per_cell, key=len)
        rebuilt: list[Line] = []
        for k, (ref, _spans) in enumerate(tallest):
            spans = [sp for stack in per_cell if k < len(stack) for sp in stack[k][1]]
            spans.sort(key=lambda sp: sp.x0)
            rebuilt.append(line_of_spans(spans, ref.y0, ref.y1))
        taken = {id(ln) for ln in inside}
        out = [ln for ln in out if id(ln) not in taken] + rebuilt
    return out


def _numbers_in(stack: list[tuple[Line, list[Span]]]) -> int:
    return sum(1 for _ln, spans in stack if match_number(" ".join(sp.text for sp in spans)))


def _blank_line_in(stack: list[tuple[Line, list[Span]]]) -> bool:
    return any(b.y0 - a.y1 > b.size * 0.8 for (a, _s), (b, _t) in itertools.pairwise(stack))


def _cells_from_starts(inside: list[Line], y0: float, y1: float) -> list[Box]:
    """Cell boxes of one table row from where its spans start: a cell's wrapped lines start
    at the same x, so each distinct start (within 3 pt) opens a column up to the next."""
    starts: list[float] = []
    for x in sorted(sp.x0 for ln in inside for sp in ln.spans if sp.text.strip()):
        if not starts or x - starts[-1] > 3:
            starts.append(x)
    edges = [*starts, 1e9]
    return [(edges[k] - 1, y0, edges[k + 1] - 1, y1) for k in range(len(starts))]


def _separate(cells: list[Box], inside: list[Line]) -> bool:
    """No cell's text reaches into the next cell (as a centred cell's wider lines would)."""
    for x0, _y0, x1, _y1 in cells:
        for ln in inside:
            for sp in ln.spans:
                if x0 <= sp.x0 < x1 and sp.x1 > x1 + 2 and sp.text.strip():
                    return False
    return True


def _same_baseline(per_cell: list[list[tuple[Line, list[Span]]]]) -> bool:
    firsts = {id(stack[0][0]) for stack in per_cell if stack}
    return len(firsts) <= 1
