"""One agenda item being read: its own row split into title, range, time and paper.

The item row's cells and trailing tokens are "locators" (a page range, a time, a paper
reference, "Verbal update"); what is left is the title, split from any description.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from boardprep.core.engine.agenda.lines import (
    BARE_RANGE_RE,
    BULLET_RE,
    OPEN_RANGE_RE,
    cell_range,
    clean_title,
    is_upperish,
    match_code,
    take_no_papers,
    take_paper,
    take_range,
)
from boardprep.core.engine.agenda.people import (
    ROLE_WORDS_RE,
    SUBJECT_WORDS,
    looks_like_name,
    match_label,
    people_from,
    split_presenter,
)
from boardprep.core.engine.agenda.rows import Row, RowNumber
from boardprep.core.engine.agenda.split import split_title
from boardprep.core.engine.agenda.times import (
    ALLOTMENT_RE,
    PURE_TIME_RE,
    TIME_SPAN_RE,
    allotted_minutes,
    parse_pure_time,
    resolve_time,
)
from boardprep.core.engine.pages.textlayer import Span
from boardprep.core.engine.vocabulary import (
    ACTION_LABEL_RE,
    BYLINE_RE,
    EXEMPT_MARK_RE,
    FILE_NUMBER_RE,
    FILE_REFERENCE_RE,
    FILE_TYPE_CELL_RE,
    HOUSE_NUMBER_RE,
    MONTHS,
    NOT_A_STREET,
    STREET_RE,
)
from boardprep.core.model import Item, Person

_TRAILING_TIME_RE = re.compile(r"\s(\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?)\s*$", re.IGNORECASE)


_EXEMPT_SUFFIX_RE = re.compile(
    r"\s*[-–—(\[]\s*(?:part\s+(?:ii|2|b)|exempt|private|confidential|not\s+for\s+publication)"
    # "(confidential – not published)", "(exempt - paragraph 3)": a qualifier in the brackets
    r"(?:\s*[-–—,:]\s*[^()\[\]]{1,40}(?=[)\]]))?"
    r"\s*[)\]]?\s*$",
    re.IGNORECASE,
)


@dataclass
class OpenItem:
    """Parsing state of the item being read."""

    item: Item
    x: float  # x of its number
    bold: bool
    upper: bool
    title_open: bool
    size: float = 0.0
    italic: bool = False
    last_x1: float | None = None  # right end of the last title line of a one-cell row
    side_x: float | None = None  # a short cell right of the title (a presenter's column)
    has_purpose_started: bool = False
    purpose_closed: bool = False
    no_papers: bool = False
    raw: list[str] = field(default_factory=list)  # every text attached, for exempt markers
    pending_role: str | None = None  # a people label whose names follow on the next rows
    cell_time: str | None = None
    # "(Pages 15 -" ended a line: the "40)" is on the next one (0: "(Pages" alone ended it)
    open_range: int | None = None
    dash_end: bool = False  # the title's line ended in a dash that the next line follows
    lead_open: bool = False  # the Lead column's text may wrap onto the next row
    bilingual: bool = False  # a Welsh/English agenda: an italic line under a title translates it
    translated: bool = False  # the title's other language has been joined
    title_x: float | None = None  # where the title cell starts on the item's row
    loc_x: float | None = None  # where the first cell after the title starts (a locator column)
    # The last people label (role, value so far, people taken, x0, x1): its value may wrap.
    open_label: tuple[str, str, int, float, float] | None = None
    # The dash-separated fields may run on to the next line: "dash" (the row ended in a
    # dash) or "wrap" (the row reached the margin, mid-field).
    open_fields: str | None = None
    awaits_title: bool = False  # the item's row named only its sponsor: the title follows
    tail_open: bool = False  # the row ended in an italic presenter that may wrap
    bare_range: str | None = None  # the range was a bare pair ("25-26"), as printed
    # The last character of the title's last line as printed: "." (its sentence is over),
    # ":" (it announces what follows)
    line_end: str = ""
    sentence_title: bool = False  # the agenda's titles are sentences ending in a full stop
    points: bool = False  # the title announced bulleted points ("… Update:"): its sub-items
    point_x: float = 0.0  # where the last point's bullet stands: its wrapped lines are near


def start_item(rn: RowNumber, row: Row, number: str) -> OpenItem:
    bold = title_bold(row)
    first = rn.title_cells[0] if rn.title_cells else ""
    return OpenItem(
        item=Item(number=number, title="", agenda_page=row.page + 1),
        x=rn.x,
        bold=bold,
        upper=_upper_title(first),
        title_open=True,
        size=row.size,
        italic=all_italic(row) or title_italic(row),
    )


def _upper_title(first: str) -> bool:
    """A title in capitals, also when a dash and a sentence follow it ("DECLARATIONS OF
    INTEREST – Members to declare …"); a reference code ("DC/25/0131 – …") is not one."""
    head = first.split(" (")[0]
    if is_upperish(head):
        return True
    lead = re.split(r"\s[–—-]\s", head)[0]
    return is_upperish(lead) and len(re.findall(r"\b[A-Za-z]{3,}\b", lead)) >= 2


def all_italic(row: Row) -> bool:
    spans = [sp for sp in row.line.spans if sp.text.strip()]
    return bool(spans) and all(sp.italic for sp in spans)


def title_italic(row: Row) -> bool:
    """Every span after the row's number is italic (the number itself may be upright)."""
    spans = [sp for sp in row.line.spans if sp.text.strip()]
    return len(spans) > 1 and all(sp.italic for sp in spans[1:])


_TAIL_DASH_RE = re.compile(r"\s*[-–—]\s*$")
# An italic tail that says what became of the item, not who brings it.
_STATUS_NOTE_RE = re.compile(
    r"^(?:tabled|continued|postponed|deferred|carried\s+(?:over|forward)|moved)\b", re.I
)


# "APPROVAL OF MINUTES – *NONE*": part of what the agenda says about the item.
_NOT_A_TAIL_RE = re.compile(r"^(?:none|n/?a|nil|no\s+items?)\W*$", re.I)


def italic_tail(row: Row) -> str | None:
    """The italic words after a dash that ends an upright title ("Selection of Mayor Pro-Tem -
    *Board of Trustees*"): set apart by type, they say who brings the item, not what it is."""
    spans = [sp for sp in row.line.spans if sp.text.strip()]
    k = len(spans)
    while k > 0 and spans[k - 1].italic:
        k -= 1
    if k == 0 or k == len(spans) or any(sp.italic for sp in spans[:k]):
        return None
    if not _TAIL_DASH_RE.search(spans[k - 1].text):
        return None
    tail = " ".join(" ".join(sp.text.split()) for sp in spans[k:])
    if not re.match(r"[A-Z]", tail) or _NOT_A_TAIL_RE.match(tail):
        return None
    # "- *Paper TB(4)3*", "- *Pages 5 - 9*": the item's paper or pages, read as such later.
    if take_paper(tail)[0] is not None or take_range(tail, allow_bare=False)[0] is not None:
        return None
    return tail


def take_italic_tail(op: OpenItem, row: Row, text: str) -> str:
    """``text`` without the row's italic tail, which becomes the item's presenter (or, "Tabled
    from April 14", a note on the item)."""
    tail = italic_tail(row)
    flat = " ".join(text.split())
    if tail is None or not flat.endswith(tail) or len(flat) == len(tail):
        return text
    head = _TAIL_DASH_RE.sub("", flat[: -len(tail)])
    if not head:
        return text
    if _STATUS_NOTE_RE.match(tail):
        op.item.purpose = f"{op.item.purpose} {tail}".strip() if op.item.purpose else tail
    else:
        # Read as a dash's presenters are ("- Council Member Waronek", "- Jane Hall, Director
        # of Finance"); whatever that does not recognise is still this item's presenter.
        people = split_presenter(f"{head} - {tail}", plain_names=True)[1]
        op.item.people.extend(people or [Person(role="Presenter", name=tail)])
        op.tail_open = not people  # a tail cut at the line's end runs on the next line
    return head


def continue_italic_tail(op: OpenItem, row: Row) -> bool:
    """An italic line right under a presenter cut at the line's end ("- *Town*" /
    "*Administrator/Treasurer Wynn*"): the rest of the presenter."""
    was, op.tail_open = op.tail_open, False
    if not (was and op.item.people and all_italic(row) and len(row.text.split()) <= 6):
        return False
    last = op.item.people[-1]
    last.name = f"{last.name} {' '.join(row.text.split())}"
    op.tail_open = True
    return True


def title_bold(row: Row) -> bool:
    """Whether the title's first words are bold (ignoring a plain number span)."""
    label_bold = False
    for sp in row.line.spans:
        t = sp.text.strip()
        t = re.sub(r"^[\dA-Za-z.()]{1,6}\s+(?=\d{2}-\d{3,5}$)", "", t)  # "1.A 16-0303"
        if PURE_TIME_RE.match(t) or _is_code(t) or FILE_NUMBER_RE.match(t):
            continue  # a time column or an item code ("ICB/26/040", "22-0342") before the title
        if FILE_TYPE_CELL_RE.fullmatch(t) and not sp.bold:
            continue  # Legistar's plain type cell ("RESOLUTION") before the bold title
        if not t or re.fullmatch(r"(?:Agenda\s+)?(?:Item\s+)?[\dA-Za-z.()]{1,6}[.:)]?", t):
            label_bold = label_bold or bool(
                sp.bold and t and not re.fullmatch(r"[\d.]+[A-Za-z]?[.:)]?", t)
            )
            continue
        # The title's own span decides; a bold "a." before a plain title is only the label.
        if sp.bold and _bold_label(row, sp):
            return False  # "Discussion/Action:" or "Resolution No. 7-34" in bold, then the title
        return sp.bold
    return label_bold or row.line.bold


def _bold_label(row: Row, first: Span) -> bool:
    """The bold run from ``first`` is a label or a file reference ("Discussion/Action:",
    "First " + "Reading Ordinance No. O21Ø2-5") and the rest of the row is plain type."""
    spans = [sp for sp in row.line.spans if sp.text.strip()]
    at = spans.index(first)
    while at > 0 and spans[at - 1].bold and not re.fullmatch(r"[\d.]+", spans[at - 1].text.strip()):
        at -= 1  # the run began earlier ("First " was passed over as a short label)
    spans = spans[at:]
    k = next((i for i, sp in enumerate(spans) if not sp.bold), len(spans))
    run, rest = " ".join(sp.text.strip() for sp in spans[:k]), spans[k:]
    # "Discussion/Action:", "Funding Item: Funding Action Item:", "Resolution No. 7-34".
    label = (
        (run.endswith(":") and len(run) < 30)
        or ACTION_LABEL_RE.match(" ".join(run.split())) is not None
        or FILE_REFERENCE_RE.match(run) is not None
    )
    return label and bool(rest) and not any(sp.bold for sp in rest)


def read_item_row(op: OpenItem, rn: RowNumber, row: Row, time_ref: str | None) -> None:
    """Fill title, range, time and paper from an item's own row."""
    cells = _item_cells(op, rn, row)
    if cells:
        cells[-1] = take_italic_tail(op, row, cells[-1])
    _read_title_cells(op, row, cells)
    op.awaits_title = op.awaits_title or not cells  # a number and its time slot, then the title
    set_time(op, time_ref)


# A file's number printed bare ("200175": the year's two digits and the file's four), known
# by the bracketed short title after it.
_BARE_FILE_RE = re.compile(r"^\d{6}$")
_SUBJECT_LABEL_RE = re.compile(r"\s*(?:subject|title)\s*:\s*", re.IGNORECASE)


def _item_cells(op: OpenItem, rn: RowNumber, row: Row) -> list[str]:
    """The row's cells from the title on, with a file number, a type cell, a Lead column and
    dash-joined fields taken into the item's fields."""
    cells = list(rn.title_cells)
    op.raw.append(row.text)
    if len(cells) >= 2 and (
        FILE_NUMBER_RE.match(cells[0]) or (_BARE_FILE_RE.match(cells[0]) and cells[1][:1] == "[")
    ):
        # "a. <tab> 22-0346 <tab> PROCLAMATION ...": Legistar's file number, then the title;
        # "1. <tab> 200175 <tab> [Settlement of Lawsuit …]": a file's number, its short title.
        op.item.paper, cells = cells[0], cells[1:]
    if len(cells) >= 2 and is_type_cell(row, cells):
        # "a. <tab> REPORT <tab> CITY COUNCIL MEETING MINUTES": a plain type cell, then the
        # bold title (Legistar prints the file number under the type).
        cells = cells[1:]
    subject = _SUBJECT_LABEL_RE.match(cells[0]) if cells else None
    if subject and (cells[0][subject.end() :].strip() or len(cells) >= 2):
        # "3.1 <tab> Subject: Grand Performance Mural" (Legistar): the subject is the title.
        cells = [cells[0][subject.end() :].strip(), *cells[1:]]
        cells = cells if cells[0] else cells[1:]
    op.title_x = span_x(row, cells[0]) if cells else None
    # The title's own type size, not the number's or the file number's set larger.
    sizes = [sp.size for sp in row.line.spans if op.title_x is not None and sp.x0 >= op.title_x - 1]
    if sizes and _has_span_at(row, op.title_x):
        # Recognised words' sizes are guesses from their boxes: the middle one, not the
        # largest (a page number read 19 pt beside 16 pt words).
        op.size = sorted(sizes)[len(sizes) // 2] if row.ocr else max(sizes)
    op.loc_x = span_x(row, cells[1], last=True) if len(cells) > 1 else None
    if row.lead and not absorb_cell(op, row.lead):
        op.item.people.append(Person(role="Lead", name=row.lead))
        op.lead_open = True
    op.last_x1 = row.line.x1 if len(cells) == 1 else None
    if rn.lead_time:
        op.cell_time = rn.lead_time
    fields = split_fields(cells[0]) if cells else None
    if fields:
        # "Integrated Performance Report — Paper C — Chief Operating Officer — 10:45": one
        # line holding the columns of a table, joined by dashes.
        for f in fields[1:]:
            absorb_field(op, f)
        cells = [fields[0], *cells[1:]]
        if _DANGLING_SEP_RE.search(row.text):
            op.open_fields = "dash"
        elif row.right and row.line.x1 > row.right - row.size * 4:
            op.open_fields = "wrap"  # the row reached the margin: its last field may run on
    return cells


def address_cell(cell: str) -> bool:
    """A cell holding a street address ("2814 INGERSOLL", "1300 SE 1ST ST", "830 McKINLEY
    AVE", "12 Mill Lane")."""
    cell = cell.strip()
    m = HOUSE_NUMBER_RE.match(cell)
    if m is None:
        return False
    # Ending in its kind, counted from the house number or after its direction ("N").
    if STREET_RE.match(cell) or STREET_RE.match(m.group("street")):
        return True
    first = m.group("street").split()[0]
    year = 1900 <= int(m.group("num")) <= 2099
    return not year and first.isupper() and first.lower() not in NOT_A_STREET


def _read_title_cells(op: OpenItem, row: Row, cells: list[str]) -> None:
    """The title from the first cell, ranges, times and papers from the others."""
    if len(cells) >= 2 and address_cell(cells[1]):
        # A list of licences or properties: the name, its address and what is asked for
        # make the entry ("SHAGS 216 COURT AVE C Liquor").
        cells = [" ".join(c.strip() for c in cells if c.strip())]
    # Cells after the title: ranges, times, papers, "verbal".
    title_cell = cells[0] if cells else ""
    absorbed = [absorb_cell(op, c) for c in cells[1:]]
    used = [a or len(c.split()) <= 3 for a, c in zip(absorbed, cells[1:], strict=True)]
    side = [span_x(row, c) for c in cells[1:] if len(c.split()) <= 3 and c.strip()]
    op.side_x = min((x for x in side if x is not None), default=None)
    for took, c in zip(absorbed, cells[1:], strict=True):
        if not took:
            side_presenter(op, row, c)
    if not all(used):
        op.loc_x = None  # a text column beside the title, not a narrow locator column
    column = range_column(row) if len(cells) == 1 else None
    bold = bold_run(row)
    title, rest = _split_at_field_gap(row, title_cell) or split_title(title_cell, bold, op.upper)
    # A range glued to the title ends it; one in a column of its own does not (the subject
    # cell can wrap below it).
    title, tail_found = strip_locators(op, title, allow_bare=True)
    if column is not None and title.rstrip().endswith(column[1]):
        # "Revenue Budget and Council 7 to 12": the page cell sat too close to be its own.
        title = title.rstrip()[: -len(column[1])].rstrip()
        op.item.pack_pages = op.item.pack_pages or cell_range(column[1])
    column_x1 = column[0] if column is not None else None
    if column_x1 is not None:
        # A bare "9 - 30" in a span of its own is a narrow page column beside the subject
        # cell, which can still wrap below it; the title's own right end tells if it did.
        op.last_x1, tail_found = column_x1, False
    tail_found = tail_found and len(cells) == 1 and not op.upper
    if rest:
        rest, _ = strip_locators(op, rest, allow_bare=True)
        if rest:
            op.item.purpose = rest
            op.has_purpose_started = True
            op.title_open = False
    listed = [c for c in cells[1:] if BULLET_RE.match(c)]
    if not listed and re.search(r"\s[–—-]$", title_cell) and len(cells) > 1 and not all(used):
        # "9. Policy Reviews - <tab> Asset Register", then "Standing Orders" under it: the
        # dash introduces the things the item covers, in a column of their own.
        listed, title = cells[1:], title_cell.rstrip(" –—-")
    if listed:
        # "8. Finance <tab> - Insurance", then "- Hall Fees" below: what the item covers,
        # listed beside its title, never part of it.
        op.item.purpose = op.item.purpose or " ".join(listed)
        op.has_purpose_started = True
        op.title_open = False
    op.item.title = clean_title(strip_exempt_suffix(op, title))
    op.line_end = title.rstrip()[-1:]
    if (by := BYLINE_RE.match(op.item.title)) and not rest:
        # "Recommended by Water System": the sponsor; the title is the next line.
        op.item.people.append(Person(role=f"{by.group('role')} by", name=by.group("name")))
        op.item.title, op.awaits_title = "", True
    elif FILE_REFERENCE_RE.match(op.item.title) and not rest:
        # "Item 3 <tab> Resolution No. 2025-04-02", "Sponsors: …", then the subject in
        # capitals: the resolution is the item's paper, the subject its title.
        op.item.paper, op.item.title, op.awaits_title = op.item.title, "", True
    op.dash_end = bool(re.search(r"\s[–—-]$", title.rstrip())) or (
        not rest and bool(re.search(r"\s[–—-]$", title_cell.rstrip()))
    )
    if tail_found and not rest:
        op.title_open = False


_FIELD_GAP_RE = re.compile(r"(?<=[A-Za-z0-9)])\s{2,}(?=[A-Z][a-z])")


def _split_at_field_gap(row: Row, title_cell: str) -> tuple[str, str] | None:
    """(title, description) where an agenda viewer set both in one run two spaces apart
    ("Approval of Minutes  Approval of the minutes of …"; the line's text has the spaces
    folded, its spans keep them)."""
    for sp in row.line.spans:
        m = _FIELD_GAP_RE.search(sp.text)
        if m is None:
            continue
        head = " ".join(sp.text[: m.start()].split())
        if len(head.split()) >= 2 and title_cell.startswith(head) and len(title_cell) > len(head):
            return head, title_cell[len(head) :].strip()
    return None


def _has_span_at(row: Row, x: float | None) -> bool:
    """Whether a span with text starts at ``x`` on the row."""
    return x is not None and any(abs(sp.x0 - x) < 1 and sp.text.strip() for sp in row.line.spans)


def side_presenter(op: OpenItem, row: Row, cell: str) -> bool:
    """A name alone in a column at the right of the page ("Tammy Hopper" beside the title's
    lines): who presents the item. True when the cell was one."""
    x = span_x(row, cell)
    name = cell.strip()
    if x is None or not row.right or x < row.right * 0.6:
        return False
    if not looks_like_name(name) or SUBJECT_WORDS.search(name):
        return False
    if any(len(w) == 1 for w in name.split()):
        return False  # "C Liquor": a licence's class and kind, not a name
    if all(p.name != name for p in op.item.people):
        op.item.people.append(Person(role="Presenter", name=name))
    return True


def span_x(row: Row, cell: str, last: bool = False) -> float | None:
    """x of the span where ``cell`` starts (cells are built from spans, left to right); with
    ``last``, the rightmost such span (a page cell "3" is not the number "3. Minutes")."""
    head = cell.strip()[:6]
    spans = reversed(row.line.spans) if last else row.line.spans
    for sp in spans:
        t = sp.text.strip()
        if t and (t.startswith(head) or head.startswith(t)):
            return sp.x0
    return None


def range_column(row: Row) -> tuple[float, str] | None:
    """(right end of the title, the range's text) when the row ends in a bare range printed
    as its own span."""
    spans = [sp for sp in row.line.spans if sp.text.strip()]
    if len(spans) < 2:
        return None
    last = spans[-1].text.strip()
    if not BARE_RANGE_RE.fullmatch(last) or cell_range(last) is None:
        return None
    return spans[-2].x1, last


_FIELD_SEP_RE = re.compile(r"\s+[—–-]\s+|\s+[—–]$")
_DANGLING_SEP_RE = re.compile(r"\s[—–-]\s*$")


def split_fields(text: str) -> list[str] | None:
    """[title, field, ...] when dash-separated fields follow a title: at least one locator
    (paper, time, "Verbal") and otherwise a lead's name or job title; else None.

    Dashes inside brackets ("(confidential – not published)") or a range do not separate;
    a dashed part of the title itself ("Budget – Quarter 2 – Paper C") stays in the title.
    """
    cuts = _field_cuts(text)
    if not cuts:
        return None
    parts = _cut(text, cuts)
    first = next(
        (k for k, p in enumerate(parts) if k and (is_locator(p) or looks_like_lead(p))), None
    )
    if first is None:
        return None
    fields = [p for p in parts[first:] if p]
    if all(cell_range(f) is not None for f in fields):
        return None  # "Title - 23 to 26": a range after a dash is the page column, not fields
    if not any(is_locator(f) for f in fields) or not all(
        is_locator(f) or looks_like_lead(f) for f in fields
    ):
        return None
    return [text[: cuts[first - 1][0]].strip(), *fields]


def _field_cuts(text: str) -> list[tuple[int, int]]:
    cuts: list[tuple[int, int]] = []
    for m in _FIELD_SEP_RE.finditer(text):
        depth = text.count("(", 0, m.start()) - text.count(")", 0, m.start())
        if depth > 0 or (
            (
                text[m.start() - 1 : m.start()].isdigit()
                or re.search(r"\d\s*[ap]\.?m\.?$", text[: m.start()], re.IGNORECASE)
            )
            and text[m.end() :][:1].isdigit()
        ):
            continue  # inside brackets, or the dash of a range "59 - 69", "6:15 PM – 8:30 PM"
        cuts.append((m.start(), m.end()))
    return cuts


def _cut(text: str, cuts: list[tuple[int, int]]) -> list[str]:
    bounds = [0, *[c for cut in cuts for c in cut], len(text)]
    return [text[bounds[k] : bounds[k + 1]].strip() for k in range(0, len(bounds), 2)]


def continue_fields(op: OpenItem, text: str) -> bool:
    """The next line of a dash-field row that wrapped: "... — Chief" / "Finance Officer — 10:20".

    Its first part ends the last field (a lead's job title) unless the row above ended in a
    dash; True when the whole line was used.
    """
    parts = [p for p in _cut(text, _field_cuts(text))]
    dangling, op.open_fields = op.open_fields == "dash", None
    lead = op.item.people[-1] if op.item.people and op.item.people[-1].role == "Lead" else None
    if not dangling:
        if lead is None or not parts or not looks_like_lead(f"{lead.name} {parts[0]}"):
            return False
        joined, parts = f"{lead.name} {parts[0]}", parts[1:]
    if not all(p and (is_locator(p) or looks_like_lead(p)) for p in parts):
        return False
    if not dangling and lead is not None:
        lead.name = joined
    for p in parts:
        absorb_field(op, p)
    return True


def looks_like_lead(text: str) -> bool:
    """A person or a job title as printed in a lead column ("Chief Nurse", "Dr Amy Lo")."""
    t = text.strip()
    return len(t.split()) <= 8 and (looks_like_name(t) or bool(ROLE_WORDS_RE.search(t)))


def absorb_field(op: OpenItem, field: str) -> None:
    """A dash-separated field: a locator, or else the lead (a name or a job title)."""
    if not absorb_cell(op, field):
        op.item.people.append(Person(role="Lead", name=field))


def is_locator(text: str) -> bool:
    """A field that only locates an item: a range, a time, a paper or a no-papers note."""
    t = text.strip()
    if cell_range(t) is not None or parse_pure_time(t) is not None or TIME_SPAN_RE.match(t):
        return True
    paper, before = take_paper(t)
    if paper and not before.strip():
        return True
    no, before = take_no_papers(t)
    return no and before == t


def is_file_number_cell(row: Row, cells: list[str]) -> bool:
    """Whether a row opens with a Legistar file number: "22-0342" before bold text, or one
    with a leading zero ("26-0418", never a page range) alone or before other text."""
    first = cells[0].strip()
    if not FILE_NUMBER_RE.match(first):
        return False
    # "26-0418" (a leading zero), "2026-537" (a year) or "TMP-7021" is never a page range.
    sure = r"\d{2}-0\d{2,4}|(?:19|20)\d{2}-\d{3,5}|TMP-\d{3,5}"
    return bool(re.fullmatch(sure, first)) or (len(cells) > 1 and _bold_cell(row, cells[1]))


def is_type_cell(row: Row, cells: list[str]) -> bool:
    """ "REPORT" in plain type before a bold title: Legistar's type column, not the title."""
    return (
        bool(FILE_TYPE_CELL_RE.match(cells[0].strip()))
        and not _bold_cell(row, cells[0])
        and _bold_cell(row, cells[1])
        and len(re.findall(r"[A-Za-z]", cells[1])) >= 3
    )


def _bold_cell(row: Row, cell: str) -> bool:
    head = cell.strip()[:12]
    return any(sp.bold for sp in row.line.spans if head and sp.text.strip().startswith(head))


def _is_code(text: str) -> bool:
    nm = match_code(text)
    return nm is not None and not nm.rest


def bold_run(row: Row) -> str:
    out: list[str] = []
    started = False
    spans = [sp for sp in row.line.spans if sp.text.strip()]
    for k, sp in enumerate(spans):
        t = sp.text.strip()
        # "Diversity Fair" "/" "Event": a plain slash or dash between bold words joins them.
        joiner = re.fullmatch(r"[/&+–—-]", t) and k + 1 < len(spans) and spans[k + 1].bold
        if sp.bold or (started and joiner):
            before = spans[k - 1] if k else None
            if out and before is not None and _touching(before, sp):
                out[-1] += t  # one word over two spans ("Fair/Event")
            else:
                out.append(t)
            started = True
        elif started:
            break
        elif not out and (
            re.fullmatch(r"(?:Agenda\s+)?(?:Item\s+)?[\dA-Za-z.()]{1,6}[.:)]?", t)
            or PURE_TIME_RE.match(t)
            or _is_code(t)
        ):
            continue
        else:
            break
    return " ".join(out)


def _touching(a: Span, b: Span) -> bool:
    return b.x0 - a.x1 < 1.0 and not a.text[-1:].isspace() and not b.text[:1].isspace()


def absorb_cell(op: OpenItem, c: str) -> bool:
    """Use a cell that holds a range, a time, a paper or a no-papers note. True if used."""
    c = c.strip()
    if not c:
        return True
    marked = _EXEMPT_SUFFIX_RE.search(c)
    if marked and marked.start() > 0:
        # "Paper C (confidential)": the paper of a closed item.
        core = c[: marked.start()].strip()
        if take_paper(core)[0] and absorb_cell(op, core):
            op.item.exempt = True
            if op.item.paper and "(" not in op.item.paper:
                op.item.paper = f"{op.item.paper} {c[marked.start() :].strip()}"
            return True
    rng = cell_range(c)
    if rng is not None and op.item.pack_pages is None:
        op.item.pack_pages = rng
        return True
    m = TIME_SPAN_RE.match(c)
    if parse_pure_time(c) is not None or m:
        op.cell_time = m.group(1) if m else c
        return True
    if (allotted := ALLOTMENT_RE.fullmatch(c)) and op.item.duration is None:
        op.item.duration = allotted_minutes(allotted)  # "15 MIN" in a cell or line
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
    scratch = OpenItem(Item(number="", title=""), op.x, op.bold, op.upper, False)
    left, found = strip_locators(scratch, c, allow_bare=True)
    if found and not left.strip():
        op.item.pack_pages = op.item.pack_pages or scratch.item.pack_pages
        op.item.paper = op.item.paper or scratch.item.paper
        op.cell_time = op.cell_time or scratch.cell_time
        op.no_papers = op.no_papers or scratch.no_papers
        return True
    return False


def strip_locators(op: OpenItem, text: str, allow_bare: bool) -> tuple[str, bool]:
    """Remove a trailing range / time / paper / no-papers note from a title text.

    Once the item has a range (from its own column, or one taken here), a bare "13 - 15"
    left in the title is the title's own ("Standing Orders 13 - 15"), not a second range.
    """
    found = False
    allow_bare = allow_bare and op.item.pack_pages is None
    m_open = OPEN_RANGE_RE.search(text)
    if m_open and op.item.pack_pages is None:
        first = m_open.group(1) or m_open.group(2) or m_open.group(3)
        start = int(first) if first else 0  # 0: both numbers are on the next line
        op.item.pack_pages = (start, start) if start else None
        op.open_range = start
        text, found = text[: m_open.start()].rstrip(), True
    for _ in range(4):
        rng, rest = take_range(text, allow_bare=allow_bare)
        if rng is not None:
            if op.item.pack_pages is None:
                op.item.pack_pages = rng
                if allow_bare and take_range(text, allow_bare=False)[0] is None:
                    op.bare_range = text[len(rest) :].strip()
            text, found, allow_bare = rest, True, False
            continue
        m = _TRAILING_TIME_RE.search(" " + text)
        before = text[: max(m.start() - 1, 0)] if m else ""
        # "Budget Workshop 2:00 – 4:00 pm": the slot starts at the span's start.
        span = _SPAN_START_RE.search(before)
        if (
            m
            and (found or re.search(r"[ap]\.?m", m.group(1), re.IGNORECASE))
            and not ends_on_a_day(before[: span.start()] if span else before)
        ):
            opens = span.group().strip(" -–—") if span else ""
            # "2:00 – 4:00 pm": the start shares the end's half of the day ("11:00 – 1:00 pm"
            # does not).
            if (
                span
                and not re.search(r"[ap]\.?m", opens, re.IGNORECASE)
                and _hour(opens) <= _hour(m.group(1)) < 12
            ):
                opens += " " + re.sub(r"^[\d.:\s]+", "", m.group(1))
            op.cell_time = op.cell_time or (opens.strip() if span else m.group(1))
            text = before[: span.start()].strip() if span else before.strip()
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


# The start of a span before its end: "6:15 PM – " (8:30 PM).
_SPAN_START_RE = re.compile(r"\s*\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?\s*[-–—]\s*$", re.I)
# "… October 20th", "… January 19, 2023 at", "May 7 or 8, 2026": a day, maybe its year.
_DAY_BEFORE_RE = re.compile(
    r"\b([A-Za-z]{3,9})\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:or|and|&|[-–])\s*\d{1,2}(?:st|nd|rd|th)?)?"
    r"(?:,?\s+(?:19|20)\d\d)?,?(?:\s+(?:at|@))?\s*$"
)


def _hour(clock: str) -> int:
    m = re.match(r"\d+", clock.strip())
    return int(m.group()) if m else 0


def ends_on_a_day(text: str) -> bool:
    """Text that ends on a day ("Road Commission Meeting October 20th", "… on 10/20/16"): a
    time after it is when that other event happens, part of the title, not the item's slot."""
    m = _DAY_BEFORE_RE.search(text)
    if m and m.group(1).lower() in MONTHS:
        return True
    return re.search(r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?,?(?:\s+(?:at|@))?\s*$", text) is not None


def strip_exempt_suffix(op: OpenItem, title: str) -> str:
    m = _EXEMPT_SUFFIX_RE.search(title)
    if m and m.start() > 0:
        op.item.exempt = True
        return title[: m.start()]
    return title


def set_time(op: OpenItem, ref: str | None) -> None:
    if op.cell_time and op.item.time is None:
        t = op.cell_time.strip()
        m = re.match(r"(\d{1,2})(?:[.:](\d{2}))?\s*([ap]\.?m\.?)?", t, re.IGNORECASE)
        if m:
            op.item.time = resolve_time(int(m.group(1)), int(m.group(2) or 0), m.group(3), ref)
