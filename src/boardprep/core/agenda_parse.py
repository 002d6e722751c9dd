"""Agenda pages -> item tree (numbers, titles, page ranges, times, papers, people, purposes).

Reads layout, not flat text: real item lines share the x position of their number, their font
and an upward numbering; a number inside a purpose paragraph (a date, "3 speakers") fails those
tests. Each item row is split into cells (title, time, range, paper) and the rows after it are
title continuations (same style, no gap), people labels, stray ranges/times, or the purpose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from boardprep.core.agenda_lines import (
    EXCLUSION_RE,
    EXEMPT_MARK_RE,
    EXEMPT_SECTION_RE,
    PUBLIC_SECTION_RE,
    NumberMatch,
    cell_range,
    clean_title,
    is_header_line,
    is_upperish,
    looks_like_group_heading,
    number_value,
    starts_like_title,
    take_no_papers,
    take_paper,
    take_range,
)
from boardprep.core.agenda_people import match_label, people_from
from boardprep.core.agenda_rows import Row, RowNumber, collect_rows, row_number
from boardprep.core.agenda_split import split_title
from boardprep.core.agenda_times import parse_pure_time, resolve_time
from boardprep.core.model import Item, Person
from boardprep.core.textlayer import PageLines

_TIME_SPAN_RE = re.compile(
    r"^\s*(\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?)\s*[-–—]\s*\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\s*$",
    re.IGNORECASE,
)
_TRAILING_TIME_RE = re.compile(r"\s(\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?)\s*$", re.IGNORECASE)
_PRE_MEETING_RE = re.compile(r"pre-?\s*meeting|members?[- ]only", re.IGNORECASE)
_AGENDA_START_RE = re.compile(r"^\s*(?:supplementary\s+|revised\s+)?agenda\s*:?\s*$", re.IGNORECASE)
_EXEMPT_PURPOSE_RE = re.compile(
    r"not\s+for\s+publication|exempt\s+information|schedule\s+12a|\bpart\s+(?:ii|2)\b|in\s+private",
    re.IGNORECASE,
)
_EXEMPT_SUFFIX_RE = re.compile(
    r"\s*[-–—(\[]\s*(?:part\s+(?:ii|2|b)|exempt|private|confidential|not\s+for\s+publication)"
    r"\s*[)\]]?\s*$",
    re.IGNORECASE,
)
_MAIN_KINDS = ("arabic", "letter", "roman")
_EXEMPT_LINE_RE = re.compile(
    r"^\s*[(\[]?\s*(?:part\s+(?:ii|2|b)|exempt|private|confidential|closed|not\s+for\s+publication)"
    r"\b[^()]*[)\]]?\s*$",
    re.IGNORECASE,
)


@dataclass
class ParsedAgenda:
    items: list[Item] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class _Open:
    """Parsing state of the item being read."""

    item: Item
    x: float  # x of its number
    bold: bool
    upper: bool
    title_open: bool
    size: float = 0.0
    last_x1: float | None = None  # right end of the last title line of a one-cell row
    has_purpose_started: bool = False
    purpose_closed: bool = False
    no_papers: bool = False
    raw: list[str] = field(default_factory=list)  # every text attached, for exempt markers
    pending_role: str | None = None  # a people label whose names follow on the next rows
    cell_time: str | None = None


def parse_agenda(pages: list[PageLines], meeting_start: str | None) -> ParsedAgenda:
    """Parse the agenda pages into items (pdf_pages left None for reconcile)."""
    rows = collect_rows(pages)
    rows = rows[_agenda_start(rows) :]
    numbered = {i: rn for i, r in enumerate(rows) if (rn := _candidate(r)) is not None}
    main_x = _main_column(numbered)
    out = ParsedAgenda()
    top: list[Item] = []
    cur: _Open | None = None  # the item text attaches to (a main item or a sub-item)
    main: _Open | None = None
    last_value = 0
    section_break = False  # a group heading since the last item allows a numbering restart
    exempt_section = False
    excluded = False
    time_ref = meeting_start
    no_papers: set[int] = set()  # ids of items printed "Verbal update" / "To follow"
    for i, row in enumerate(rows):
        if is_header_line(row.text):
            continue
        rn = numbered.get(i)
        if rn is not None:
            nm = rn.nm
            parent_num = main.item.number if main else None
            if main is not None and _is_child_of(nm, parent_num, rn, main, row):
                child_num = nm.number if nm.kind in ("dotted", "arabic") else parent_num + nm.number
                cur = _start(rn, row, child_num)
                main.item.children.append(cur.item)
                _finish_row(cur, rn, row, time_ref)
                if cur.no_papers:
                    no_papers.add(id(cur.item))
                time_ref = cur.item.time or time_ref
                cur.item.exempt = cur.item.exempt or exempt_section or excluded
                continue
            value = number_value(nm)
            ok_col = main_x is None or abs(rn.x - main_x) <= 8
            ok_kind = nm.kind in _MAIN_KINDS or nm.kind == "dotted" or nm.worded
            ok_seq = (
                main is None
                or last_value < value <= last_value + 6
                or (section_break and value <= 2)
                or (nm.kind == "dotted" and value >= last_value)
            )
            if (
                ok_col
                and ok_kind
                and ok_seq
                and not _PRE_MEETING_RE.search(" ".join(rn.title_cells))
            ):
                if cur is not None:
                    excluded = excluded or _starts_exclusion(cur)
                main = cur = _start(rn, row, nm.number)
                top.append(cur.item)
                _finish_row(cur, rn, row, time_ref)
                if cur.no_papers:
                    no_papers.add(id(cur.item))
                time_ref = cur.item.time or time_ref
                cur.item.exempt = cur.item.exempt or exempt_section or excluded
                last_value = value
                section_break = False
                continue
        if cur is None:
            continue
        _text_row(cur, row, time_ref)
        if cur.no_papers:
            no_papers.add(id(cur.item))
        time_ref = cur.item.time or time_ref
        if (
            cur.title_open is False
            and not cur.has_purpose_started
            and looks_like_group_heading(row.text)
        ):
            pass
        if _was_group_heading(cur, row):
            section_break = True
            if EXEMPT_SECTION_RE.match(row.text):
                exempt_section = True
            elif PUBLIC_SECTION_RE.match(row.text):
                exempt_section = False
    _finalise(top, out, no_papers)
    return out


def _agenda_start(rows: list[Row]) -> int:
    """Skip front-sheet text above an AGENDA heading or the column headings."""
    for i, r in enumerate(rows[:80]):
        if _AGENDA_START_RE.match(r.text.replace("\t", " ")) or is_header_line(r.text):
            return i + 1
    return 0


def _candidate(row: Row) -> RowNumber | None:
    rn = row_number(row)
    if rn is None:
        return None
    if not rn.title_cells:
        return None
    first = rn.title_cells[0]
    if not starts_like_title(first):
        return None
    if rn.nm.kind in ("letter", "roman") and len(first) < 3:
        return None
    if re.match(r"^\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m)", row.text, re.IGNORECASE):
        return None  # "12.15 pm Pre-meeting": a time, not item 12.15
    return rn


def _main_column(numbered: dict[int, RowNumber]) -> float | None:
    """x of the item-number column: where the longest upward run of main numbers sits."""
    groups: list[tuple[float, list[int]]] = []
    for rn in numbered.values():
        if rn.nm.kind not in _MAIN_KINDS and not rn.nm.worded:
            continue
        for x, vals in groups:
            if abs(x - rn.x) <= 6:
                vals.append(number_value(rn.nm))
                break
        else:
            groups.append((rn.x, [number_value(rn.nm)]))
    best: tuple[int, float] | None = None
    for x, vals in groups:
        score = _lis(vals)
        if best is None or score > best[0] or (score == best[0] and x < best[1]):
            best = (score, x)
    return best[1] if best else None


def _lis(vals: list[int]) -> int:
    tails: list[int] = []
    for v in vals:
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if tails[mid] < v:
                lo = mid + 1
            else:
                hi = mid
        if lo == len(tails):
            tails.append(v)
        else:
            tails[lo] = v
    return len(tails)


def _is_child_of(nm: NumberMatch, parent: str | None, rn: RowNumber, main: _Open, row: Row) -> bool:
    if parent is None:
        return False
    if nm.kind == "dotted":
        return nm.number.split(".")[0] == parent.split(".")[0] and "." not in parent
    if nm.kind == "arabic" and re.fullmatch(r"\d+[a-z]", nm.number):
        return nm.number[:-1] == parent
    if nm.kind in ("sub-letter", "sub-roman"):
        if rn.x < main.x - 2:
            return False
        # A lettered list inside a purpose sentence ("To receive an update on: a) ..., and")
        # is prose, not sub-items; sub-items carry their own range/time/paper or sit right
        # under the title.
        own = _has_own_locator(rn)
        prose = main.has_purpose_started or re.search(r"(,|;|\band)\s*$", row.text) is not None
        return own or not prose
    return False


def _has_own_locator(rn: RowNumber) -> bool:
    joined = "\t".join(rn.title_cells)
    rng, _ = take_range(joined, allow_bare=len(rn.title_cells) > 1)
    return rng is not None or take_paper(joined)[0] is not None


def _start(rn: RowNumber, row: Row, number: str) -> _Open:
    bold = _title_bold(row)
    first = rn.title_cells[0] if rn.title_cells else ""
    return _Open(
        item=Item(number=number, title=""),
        x=rn.x,
        bold=bold,
        upper=is_upperish(first.split(" (")[0]),
        title_open=True,
        size=row.size,
    )


def _title_bold(row: Row) -> bool:
    """Whether the title's first words are bold (ignoring a plain number span)."""
    for sp in row.line.spans:
        t = sp.text.strip()
        if not t or re.fullmatch(r"(?:Agenda\s+)?(?:Item\s+)?[\dA-Za-z.()]{1,6}[.:)]?", t):
            if sp.bold and t and not re.fullmatch(r"[\d.]+[.:)]?", t):
                return True
            continue
        return sp.bold
    return row.line.bold


def _finish_row(op: _Open, rn: RowNumber, row: Row, time_ref: str | None) -> None:
    """Fill title, range, time and paper from an item's own row."""
    cells = list(rn.title_cells)
    op.raw.append(row.text)
    op.last_x1 = row.line.x1 if len(cells) == 1 else None
    if rn.lead_time:
        op.cell_time = rn.lead_time
    # Cells after the title: ranges, times, papers, "verbal".
    title_cell = cells[0] if cells else ""
    for c in cells[1:]:
        _absorb_cell(op, c)
    bold_run = _bold_run(row)
    title, rest = split_title(title_cell, bold_run, op.upper)
    # A range glued to the title ends it; one in a column of its own does not (the subject
    # cell can wrap below it).
    title, tail_found = _strip_locators(op, title, allow_bare=True)
    tail_found = tail_found and len(cells) == 1 and not op.upper
    if rest:
        rest, _ = _strip_locators(op, rest, allow_bare=True)
        if rest:
            op.item.purpose = rest
            op.has_purpose_started = True
            op.title_open = False
    op.item.title = clean_title(_strip_exempt_suffix(op, title))
    if tail_found and not rest:
        op.title_open = False
    _set_time(op, time_ref)


def _bold_run(row: Row) -> str:
    out: list[str] = []
    started = False
    for sp in row.line.spans:
        t = sp.text.strip()
        if not t:
            continue
        if sp.bold:
            out.append(t)
            started = True
        elif started:
            break
        elif re.fullmatch(r"(?:Agenda\s+)?(?:Item\s+)?[\dA-Za-z.()]{1,6}[.:)]?", t) and not out:
            continue
        else:
            break
    return " ".join(out)


def _absorb_cell(op: _Open, c: str) -> bool:
    """Use a cell that holds a range, a time, a paper or a no-papers note. True if used."""
    c = c.strip()
    if not c:
        return True
    marked = _EXEMPT_SUFFIX_RE.search(c)
    if marked and marked.start() > 0:
        # "Paper C (confidential)": the paper of a closed item.
        core = c[: marked.start()].strip()
        if take_paper(core)[0] and _absorb_cell(op, core):
            op.item.exempt = True
            if op.item.paper and "(" not in op.item.paper:
                op.item.paper = f"{op.item.paper} {c[marked.start() :].strip()}"
            return True
    rng = cell_range(c)
    if rng is not None and op.item.pack_pages is None:
        op.item.pack_pages = rng
        return True
    m = _TIME_SPAN_RE.match(c)
    if parse_pure_time(c) is not None or m:
        op.cell_time = m.group(1) if m else c
        return True
    paper, before = take_paper(c)
    if paper and not before.strip():
        op.item.paper = op.item.paper or paper
        return True
    no, before = take_no_papers(c)
    if no and (not before.strip() or before == c):
        op.no_papers = True
        return True
    if EXEMPT_MARK_RE.fullmatch(c.strip("() ")):
        op.item.exempt = True
        return True
    label = match_label(c)
    if label and label[1]:
        op.item.people.extend(people_from(*label))
        return True
    # Neighbouring columns merged into one cell ("09:40 TB 25/041"): all locators, or nothing.
    scratch = _Open(Item(number="", title=""), op.x, op.bold, op.upper, False)
    left, found = _strip_locators(scratch, c, allow_bare=True)
    if found and not left.strip():
        op.item.pack_pages = op.item.pack_pages or scratch.item.pack_pages
        op.item.paper = op.item.paper or scratch.item.paper
        op.cell_time = op.cell_time or scratch.cell_time
        op.no_papers = op.no_papers or scratch.no_papers
        return True
    return False


def _strip_locators(op: _Open, text: str, allow_bare: bool, times: bool = True) -> tuple[str, bool]:
    """Remove a trailing range / time / paper / no-papers note from a title text."""
    found = False
    for _ in range(4):
        rng, rest = take_range(text, allow_bare=allow_bare)
        if rng is not None:
            if op.item.pack_pages is None:
                op.item.pack_pages = rng
            text, found = rest, True
            continue
        m = _TRAILING_TIME_RE.search(" " + text)
        if m and (found or re.search(r"[ap]\.?m", m.group(1), re.IGNORECASE)):
            op.cell_time = op.cell_time or m.group(1)
            text = (" " + text)[: m.start()].strip()
            found = True
            continue
        paper, before = take_paper(text)
        if paper and before.strip():
            op.item.paper = op.item.paper or paper
            text, found = before, True
            continue
        no, before = take_no_papers(text)
        if no and before != text:
            op.no_papers = True
            text, found = before, True
            continue
        break
    return text.strip(), found


def _strip_exempt_suffix(op: _Open, title: str) -> str:
    m = _EXEMPT_SUFFIX_RE.search(title)
    if m and m.start() > 0:
        op.item.exempt = True
        return title[: m.start()]
    return title


def _set_time(op: _Open, ref: str | None) -> None:
    if op.cell_time and op.item.time is None:
        t = op.cell_time.strip()
        m = re.match(r"(\d{1,2})(?:[.:](\d{2}))?\s*([ap]\.?m\.?)?", t, re.IGNORECASE)
        if m:
            op.item.time = resolve_time(int(m.group(1)), int(m.group(2) or 0), m.group(3), ref)


def _text_row(op: _Open, row: Row, time_ref: str | None) -> None:
    """A row without an item number: continuation, locator, people or purpose."""
    text = row.text
    cells = [c for c in row.cells if c]
    op.raw.append(text)
    # A row that is only a range, a time, a paper or "Verbal update" -- unless it is the
    # wrapped end of a purpose sentence ("... starting at" / "2.30pm.").
    in_sentence = (
        op.has_purpose_started
        and not op.purpose_closed
        and row.gap < row.size * 0.5
        and len(cells) == 1
        and not re.search(r"\b(?:pages?|pp?\.)\s*\d", text, re.IGNORECASE)
        and not cell_range(text)
    )
    leftovers = cells if in_sentence else [c for c in cells if not _absorb_cell_quiet(op, c)]
    if not leftovers:
        op.title_open = False if op.item.title else op.title_open
        _set_time(op, time_ref)
        return
    text = " ".join(leftovers)
    heading = (looks_like_group_heading(text) and row.x0 <= op.x + 4) or _section_line(op, row)
    if _EXEMPT_LINE_RE.match(text) and not heading:
        op.item.exempt = True
        op.title_open = False
        return
    if heading and _section_line(op, row):
        op.title_open = False
        return  # a section heading: the main loop reads it
    label = match_label(text)
    if label:
        role, value = label
        op.title_open = False
        people = people_from(role, value)
        op.item.people.extend(people)
        op.pending_role = role if not value else None
        return
    if op.pending_role:
        names = people_from(op.pending_role, text)
        if names:
            op.item.people.extend(names[:1])
            return
        if row.gap < row.size * 0.6:
            return  # a wrapped job title of the presenter above
        op.pending_role = None
    if op.title_open and _continues_title(op, row, text):
        more, _found = _strip_locators(op, text, allow_bare=True)
        more2, rest = split_title(more, _bold_run(row), op.upper)
        op.item.title = clean_title(_strip_exempt_suffix(op, f"{op.item.title} {more2}"))
        op.last_x1 = row.line.x1 if op.last_x1 is not None else None
        if rest:
            op.item.purpose = rest
            op.has_purpose_started = True
            op.title_open = False
        if _found:
            op.title_open = False
        _set_time(op, time_ref)
        return
    op.title_open = False
    if looks_like_group_heading(text) and row.gap > row.size * 0.3 and not op.has_purpose_started:
        return
    if looks_like_group_heading(text) and (row.x0 <= op.x + 4 or row.gap > row.size):
        return
    if op.purpose_closed:
        return
    if op.has_purpose_started and row.gap > row.size * 0.5:
        op.purpose_closed = True
        return
    # Only an explicit "(Pages 9 - 14)" is taken out of a purpose; a time or "a verbal
    # update" at the end of a sentence is part of it.
    rng, body = take_range(text, allow_bare=False)
    if rng is not None and op.item.pack_pages is None:
        op.item.pack_pages = rng
    elif rng is not None:
        body = text
    if not body:
        return
    op.item.purpose = f"{op.item.purpose} {body}" if op.item.purpose else body
    op.has_purpose_started = True


def _absorb_cell_quiet(op: _Open, c: str) -> bool:
    c = c.strip()
    if cell_range(c) is not None and op.item.pack_pages is not None:
        return False  # a second number cell: leave it to the purpose text
    if take_no_papers(c)[0] and take_no_papers(c)[1] == c:
        op.no_papers = True
        return True
    return _absorb_cell(op, c)


def _continues_title(op: _Open, row: Row, text: str) -> bool:
    if row.gap > row.size * 0.6 or row.x0 < op.x + 2:
        return False
    if op.size and abs(row.size - op.size) > 0.6:
        return False
    if re.match(
        r"^(To\s+[a-z]|The\s+(purpose|report|board|committee|panel|council|paper|presentation)\b"
        r"|This\s+(report|paper|item|presentation)\b|Purpose\b|Members\s+(are|will)\b|Report\s+of\b)",
        text,
    ):
        return False
    bold_now = _title_bold(row)
    if op.bold:
        return bold_now
    if bold_now:
        return False
    if not op.upper and op.last_x1 is not None and not _wrapped(op.last_x1, row, text):
        return False
    if op.upper:
        return is_upperish(text.split(" (")[0])
    return not text.rstrip().endswith((".", ":"))


def _wrapped(last_x1: float, row: Row, text: str) -> bool:
    """Did the line above end because the next word would not fit (a wrapped title)?"""
    if row.right <= 0:
        return True
    word = text.split()[0] if text.split() else ""
    width = len(word) * row.size * 0.55
    return last_x1 + width * 1.3 + row.size > row.right


def _section_line(op: _Open, row: Row) -> bool:
    """ "Part II - Exempt Items" in mixed case, set out like a heading at the number column."""
    t = row.text.strip()
    return bool(
        (EXEMPT_SECTION_RE.match(t) or PUBLIC_SECTION_RE.match(t))
        and row.x0 <= op.x + 4
        and len(t) <= 70
        and (row.line.bold or row.gap > row.size * 0.5)
    )


def _was_group_heading(op: _Open, row: Row) -> bool:
    t = row.text.strip()
    if not _section_line(op, row) and not looks_like_group_heading(t):
        return False
    return op.item.title.endswith(t.rstrip(":")) is False


def _starts_exclusion(op: _Open) -> bool:
    return bool(EXCLUSION_RE.search(op.item.title)) or (
        bool(re.search(r"exclu", op.item.title, re.IGNORECASE))
        and bool(EXCLUSION_RE.search(op.item.purpose or ""))
    )


def _finalise(top: list[Item], out: ParsedAgenda, no_papers: set[int]) -> None:
    has_ranges = any(it.pack_pages for it in _walk(top))
    for it in _walk(top):
        it.title = clean_title(it.title) or it.title
        if it.purpose:
            it.purpose = " ".join(it.purpose.split()).strip() or None
        if not it.exempt and (
            _EXEMPT_PURPOSE_RE.search(it.purpose or "")
            and not EXCLUSION_RE.search(it.title)
            and not re.search(r"exclu", it.title, re.IGNORECASE)
        ):
            it.exempt = True
        it.people = _dedupe(it.people)
    out.items = top
    if not top:
        out.warnings.append("No agenda items were recognised on the agenda pages.")
        return
    if has_ranges:
        for it in _walk(top):
            if it.pack_pages is None and it.paper is None and not it.sub_items:
                if _procedural(it.title) or id(it) in no_papers:
                    continue
                out.warnings.append(f"Item {it.number} has no page range in the agenda.")


_PROC_RE = re.compile(
    r"apolog|declaration|welcome|announcement|urgent|any other business|date of (the )?next|"
    r"exclusion|public (question|participation)|questions|introduction|chair|petition|"
    r"matters arising|close|substitut",
    re.IGNORECASE,
)


def _procedural(title: str) -> bool:
    return bool(_PROC_RE.search(title))


def _dedupe(people: list[Person]) -> list[Person]:
    seen: set[tuple[str, str]] = set()
    out: list[Person] = []
    for p in people:
        key = (p.role.lower(), p.name.lower())
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def _walk(items: list[Item]) -> list[Item]:
    out: list[Item] = []
    for it in items:
        out.append(it)
        out.extend(_walk(it.sub_items))
    return out
