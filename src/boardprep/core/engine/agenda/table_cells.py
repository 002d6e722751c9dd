"""Ruled agenda tables read cell by cell: every cell's text moved to the top of its row.

Word and committee systems often centre or bottom-align table cells, so a row's number,
title and page range sit on different baselines ("3" beside the second line of a two-line
subject). The page's rules give the rows; where rules also run down the page (a grid), they
give each row's cell boxes, and where there are none (Word's "Plain Table") each cell is found
from where its lines start. The rules are read from the page's drawings directly: MuPDF's
general table finder cost 50-250 ms a page for the same boxes. Each cell's lines are then re-stacked
from the row's top, as if the table were top-aligned, and the parser reads the row as it
reads any other. Borderless tables are left alone.
"""

from __future__ import annotations

import itertools
from typing import Any

from boardprep.core.engine.agenda.lines import match_number
from boardprep.core.engine.pages.textlayer import Line, PageLines, Span, line_of_spans

_MIN_ROWS = 3
Box = tuple[float, float, float, float]
Rule = tuple[float, float, float]  # position, start, end


def top_align_tables(page: Any, pl: PageLines) -> PageLines:
    """``pl`` with the lines inside ruled tables re-stacked cell by cell; ``pl`` on any doubt."""
    if len(pl.lines) < _MIN_ROWS:
        return pl  # no text to re-stack (or a page over the content budget): skip its drawings
    try:
        across, down = _rules(page.get_cdrawings())
    except Exception:  # a drawing MuPDF cannot read must never cost the agenda
        return pl
    across = [r for r in across if not _underline(r, pl)]
    bands = _bands(across, pl.width)
    if len(bands) < _MIN_ROWS or _one_line_rows(bands, pl):
        return pl  # no table, or every ruled row is one line: nothing to re-stack
    rows = [(y0, y1, _cells(down, y0, y1)) for y0, y1 in bands]
    lines = _restack(rows, list(pl.lines))
    lines.sort(key=lambda ln: (round(ln.y0, 1), ln.x0))
    return PageLines(pl.index, pl.width, pl.height, lines)


def _underline(rule: Rule, pl: PageLines) -> bool:
    """A rule just under a line of text, starting where one of its spans starts and ending
    by the line's end: an underline (a link's), no table's border (which starts at the
    table's edge, a cell's padding away from any text)."""
    pos, start, end = rule
    return any(
        abs(pos - ln.y1) <= 4
        and end <= ln.x1 + 20
        and any(abs(sp.x0 - start) <= 2 for sp in ln.spans)
        for ln in pl.lines
    )


def _one_line_rows(bands: list[tuple[float, float]], pl: PageLines) -> bool:
    """The rules mark out rows and each holds a single line of text (already one baseline)."""
    for y0, y1 in bands:
        if sum(1 for ln in pl.lines if y0 - 1 <= (ln.y0 + ln.y1) / 2 <= y1 + 1) > 1:
            return False
    return True


def _rules(drawings: list[dict[str, Any]]) -> tuple[list[Rule], list[Rule]]:
    """The page's straight rules, across and down, each as (position, start, end).

    A rule is a stroked line, a box's edge, or a thin filled box (Word draws its table
    borders so). Rules on one line that touch are joined: a grid draws each cell's border
    apart."""
    across: list[Rule] = []
    down: list[Rule] = []

    def box(x0: float, y0: float, x1: float, y1: float, edges: bool) -> None:
        if y1 - y0 < 2:
            across.append(((y0 + y1) / 2, x0, x1))
        elif x1 - x0 < 2:
            down.append(((x0 + x1) / 2, y0, y1))
        elif edges:
            across.extend([(y0, x0, x1), (y1, x0, x1)])
            down.extend([(x0, y0, y1), (x1, y0, y1)])

    for path in drawings:
        x0, y0, x1, y1 = path["rect"]
        if "f" in path.get("type", "") and _thin(path["rect"]):
            box(x0, y0, x1, y1, edges=False)
            continue
        for item in path.get("items", ()):
            if item[0] == "l":
                (ax, ay), (bx, by) = item[1], item[2]
                box(min(ax, bx), min(ay, by), max(ax, bx), max(ay, by), edges=False)
            elif item[0] == "re":
                rx0, ry0, rx1, ry1 = item[1]
                box(rx0, ry0, rx1, ry1, edges=True)
    return _joined(across), _joined(down)


def _thin(rect: tuple[float, float, float, float]) -> bool:
    return rect[3] - rect[1] < 2 or rect[2] - rect[0] < 2


def _joined(rules: list[Rule]) -> list[Rule]:
    """Rules on the same line (within 1 pt) that touch or overlap, joined into one."""
    out: list[Rule] = []
    for pos, a, b in sorted(rules, key=lambda r: (round(r[0]), r[1])):
        if out and abs(out[-1][0] - pos) < 1 and a <= out[-1][2] + 2:
            out[-1] = (out[-1][0], out[-1][1], max(out[-1][2], b))
        else:
            out.append((pos, a, b))
    return out


def _bands(across: list[Rule], width: float) -> list[tuple[float, float]]:
    """Bands between consecutive rules that cross most of the text width."""
    ys = sorted(y for y, a, b in across if b - a > width * 0.4)
    rules = [y for k, y in enumerate(ys) if k == 0 or y - ys[k - 1] > 3]
    return [(a, b) for a, b in itertools.pairwise(rules) if b - a > 8]


def _cells(down: list[Rule], y0: float, y1: float) -> list[Box] | None:
    """A row's cell boxes where rules down the page cross it from top to bottom (a grid);
    None where there are none (rules between the rows only)."""
    xs: list[float] = []
    for x in sorted(x for x, a, b in down if a <= y0 + 2 and b >= y1 - 2):
        if not xs or x - xs[-1] > 3:
            xs.append(x)
    if len(xs) < 3:
        return None
    return [(a, y0, b, y1) for a, b in itertools.pairwise(xs)]


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
