"""Rows under an item: title continuations, stray locators, people labels, purpose text.

A wrapped title continues in the same font, size and case with no paragraph gap; a short
plain title line does not run on (the line did not wrap); everything else is the purpose
(first paragraph only) or a people label.
"""

from __future__ import annotations

import re

from boardprep.core.engine.agenda.item import (
    OpenItem,
    absorb_cell,
    all_italic,
    bold_run,
    continue_fields,
    continue_italic_tail,
    is_file_number_cell,
    range_column,
    set_time,
    side_presenter,
    span_x,
    strip_exempt_suffix,
    strip_locators,
    take_italic_tail,
    title_bold,
)
from boardprep.core.engine.agenda.lines import (
    BARE_PAGE_RE,
    BULLET_RE,
    RANGE_CLOSE_RE,
    cell_range,
    clean_title,
    is_upperish,
    looks_like_group_heading,
    take_no_papers,
    take_paper,
    take_range,
)
from boardprep.core.engine.agenda.people import (
    looks_like_name,
    match_label,
    people_from,
    presenter_line,
)
from boardprep.core.engine.agenda.rows import Row, bullet_body
from boardprep.core.engine.agenda.split import split_title
from boardprep.core.engine.vocabulary import (
    CUT_AT_JOIN_RE,
    EXEMPT_SECTION_RE,
    FILE_NUMBER_RE,
    FILE_REFERENCE_RE,
    MONTHS,
    PAPERS_LISTED_RE,
    PUBLIC_SECTION_RE,
)
from boardprep.core.model import Item, Person

_EXEMPT_WORD = r"(?:part\s+(?:ii|2|b)|exempt|private|confidential|closed|not\s+for\s+publication)"
# A line that marks the item exempt: "(Exempt – paragraph 3)", "CONFIDENTIAL", "Private item –
# not for publication"; never a title running on ("Confidential Salary Schedule", "Closed
# Session in the Board Room").
EXEMPT_LINE_RE = re.compile(
    rf"^\s*(?:[(\[]\s*{_EXEMPT_WORD}\b[^()]*[)\]]"
    rf"|{_EXEMPT_WORD}(?:\s+(?:item|report|information|business|session|appendix|paper)s?)?"
    r"(?:\s*[-–—:,]\s*[^()]{0,60})?"
    r"|not\s+for\s+publication\b[^()]*"
    r"|(?:exempt|confidential)\s+(?:information\s+)?(?:under|by\s+virtue|paragraphs?|pursuant|"
    r"as\s+defined|within)\b[^()]*)\s*$",
    re.IGNORECASE,
)


def read_text_row(op: OpenItem, row: Row, time_ref: str | None) -> None:
    """A row without an item number: continuation, locator, people or purpose.

    The row goes through the stages below in order; the first that uses it up ends the read.
    """
    op.raw.append(row.text)
    if continue_italic_tail(op, row):
        return
    had_range = op.item.pack_pages is not None
    own = _own_cells(op, row)
    if own is None:
        return
    text, cells = own
    if len(cells) == 1 and _in_side_column(op, row, row.x0) and side_presenter(op, row, cells[0]):
        return  # "Olive Yonge" alone in the presenters' column, under the first one
    if _announced_point(op, row, text):
        return
    if op.title_open and cells and (head := take_italic_tail(op, row, cells[-1])) != cells[-1]:
        # "… is Put Into Place - *Town Staff*" on the title's second line.
        cells[-1] = head
        text = "\t".join(cells)
    if _open_parts(op, row, text, cells, time_ref):
        return
    rest = _leftover_text(op, row, text, cells, time_ref, had_range)
    if rest is None:
        return
    text, lone_heading, gave_range = rest
    if _heading_or_label(op, row, text, lone_heading):
        return
    if _presenters_under_title(op, text):
        return
    if op.title_open and _continues_title(op, row, text, gave_range):
        _run_title_on(op, row, text)
        set_time(op, time_ref)
        return
    op.title_open = False
    _read_purpose(op, row, text)


def _announced_point(op: OpenItem, row: Row, text: str) -> bool:
    """ "Cabinet Office Update:" over bulleted points ("• UK National Action Plan"): each
    point is a sub-item of the item, its wrapped line joined. True when the row was one."""
    body = bullet_body(row)
    kids = op.item.children
    if body is None:
        if not op.points:
            return False
        last = kids[-1] if kids else None
        if (
            isinstance(last, Item)
            and row.gap < row.size * 0.6
            and not text.lstrip().startswith("(")
            # (not "Nigel Shadbolt" in the Lead column, far right of the point)
            and row.x0 < op.point_x + row.size * 4
        ):
            _name_point(last, join_wrapped(last.title, text.strip()))  # "… and OGP" / "Summit"
            _point_lead(op, row)
            return True
        op.points = False  # "(Olivia Burman)": who presents the item, after its points
        return False
    # Word's second-level bullet ("o" in Courier) marks points under the title, colon or not
    # ("Transparency Vision and approach to a strategy" / "o Progress report and discussion").
    if row.o_bullet:  # (under a title its paper code closed: "… strategy - Paper TB(4)3")
        announced = _heading_like(op.item.title, 12) and not op.item.purpose
    else:
        announced = op.line_end == ":" and op.title_open and _heading_like(op.item.title, 6)
    if not (op.points or announced):
        return False
    point = Item(number="", title="")
    _name_point(point, clean_title(body) or body)
    kids.append(point)
    op.points, op.title_open, op.point_x = True, False, row.x0
    _point_lead(op, row)
    return True


def _point_lead(op: OpenItem, row: Row) -> None:
    """The Lead column's text beside a point ("Tom Reyes" level with "o Licensing") is the
    item's lead, as beside any line of the item."""
    if row.lead:
        _add_lead(op, row)


def _name_point(point: Item, title: str) -> None:
    """A point's title without the papers it names ("… Publication Plan - paper TB(4)2.i",
    "Data sets - papers TB(2)1.i, 1.ii and 1.iii")."""
    paper, before = take_paper(title)
    if paper is None and (listed := PAPERS_LISTED_RE.search(title)):
        paper, before = listed.group(1), title[: listed.start()]
    if paper and before.strip():
        point.paper, title = paper, before
    point.title = title


def _heading_like(title: str, words: int) -> bool:
    """A few words naming a subject ("DCLG Update"), not a sentence that lists what it deals
    with ("To receive the following invoices for payment": its payees are no sub-items)."""
    return len(title.split()) <= words and not re.match(r"(?i)to\s", title)


def _own_cells(op: OpenItem, row: Row) -> tuple[str, list[str]] | None:
    """The row's text and cells without a Legistar file number or a page cell that belong to
    the item's fields; None when nothing is left."""
    text = row.text
    cells = [c for c in row.cells if c]
    if cells and op.item.paper is None and is_file_number_cell(row, cells):
        # Legistar prints the file number under the type cell, beside the title's next line.
        op.item.paper = cells[0]
        cells = cells[1:]
        text = " ".join(cells)
        if not cells:
            return None
    column = range_column(row)
    if (
        column is not None
        and op.item.pack_pages is None
        and len(cells) == 1
        and text.endswith(column[1])
    ):
        # "Meeting held on 8 December  3 to 6": the page cell, centred on the subject's
        # second line, sits a space from the text.
        op.item.pack_pages = cell_range(column[1])
        text = text[: -len(column[1])].rstrip()
        cells = [text]
    return text, cells


def _open_parts(op: OpenItem, row: Row, text: str, cells: list[str], time_ref: str | None) -> bool:
    """Rows that finish something the item left open: its title after a bare number, a Lead
    column, a range cut at a line end, wrapped fields, an appendix's pages, a people label.
    True when the row was used up."""
    if op.awaits_title and cells and not match_label(text):
        op.awaits_title = False
        kept, found = _title_row_cells(op, row, cells)
        raw = " ".join(kept)
        op.item.title, op.line_end = clean_title(raw), raw.rstrip()[-1:]
        # A paper code ends the title ("Open Business platforms – paper TB(6)3" over
        # "presented at the Board"), as it does on a title's next line.
        op.last_x1, op.title_open = row.line.x1, not found
        op.size, op.bold, op.upper = row.size, title_bold(row), is_upperish(op.item.title)
        set_time(op, time_ref)
        return True
    if row.lead:
        _add_lead(op, row)
        if not cells:
            return True  # only the Lead column's text on this row
    else:
        op.lead_open = False
    if op.open_range is not None and _close_range(op, text):
        return True
    if op.open_fields and row.gap < row.size * 0.6 and continue_fields(op, text):
        set_time(op, time_ref)
        return True
    op.open_fields = None
    if _APPENDIX_LINE_RE.match(text) and _extend_by_appendix(op, text):
        return True
    if op.open_label and _wraps_label(op.open_label, row, text):
        # "Presenter: Dr Ines" / "Morrow, Head of Commissioning": the label's value wrapped.
        role, value, count, x0, _x1 = op.open_label
        del op.item.people[len(op.item.people) - count :]
        _read_label(op, row, role, f"{value} {text}", x0)
        return True
    op.open_label = None
    if len(cells) == 1 and (label := match_label(text)) and label[1]:
        _read_label(op, row, *label)
        return True
    if op.loc_x is not None and row.x0 >= op.loc_x - 3 and len(cells) == 1:
        # A locator cell that wrapped ("Not for" / "publication"): never part of the title.
        joined = f"{op.raw[-2] if len(op.raw) > 1 else ''}"
        absorb_cell(op, _last_cell(joined) + " " + text)
        set_time(op, time_ref)
        return True
    return False


_FIGURE_RE = re.compile(r"^(?:[£$€]\s?\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d+)?\s?%)$")


def _leftover_text(
    op: OpenItem, row: Row, text: str, cells: list[str], time_ref: str | None, had_range: bool
) -> tuple[str, bool, bool] | None:
    """The row's words once ranges, times, papers and "Verbal update" cells are taken into
    the item's fields, with whether the row is a lone heading and whether it gave the item its
    range (``had_range``: it had one before this row); None when nothing is left."""
    # "CLOSED SESSION" on its own line at the number column heads the next part; it marks
    # the item above it neither exempt nor anything else.
    # (Or set out left of the titles' column, between it and the numbers': "CLOSED SESSION"
    # indented a little from "14." but well left of its title.)
    outdented = op.title_x is not None and row.x0 < op.title_x - 8
    lone_heading = (
        len(cells) == 1
        and (row.x0 <= op.x + 4 or outdented)
        and (
            looks_like_group_heading(cells[0])
            # "Closed Session" in title case heads the next part just the same.
            or (len(cells[0].split()) >= 2 and looks_like_group_heading(cells[0].upper()))
        )
    )
    # "Mohinidevi Bhaiya | 200 | 0.0039%": a table of figures under the item, no locators.
    figures = len(cells) >= 2 and any(_FIGURE_RE.match(c) for c in cells)
    absorbed = _in_sentence(op, row, text, cells) or lone_heading or figures
    leftovers = cells if absorbed else [c for c in cells if not _absorb_cell_quiet(op, c)]
    if not leftovers:
        op.title_open = False if op.item.title else op.title_open
        set_time(op, time_ref)
        return None
    gave_range = not had_range and op.item.pack_pages is not None
    # "Administration (MBA) programs …" with "Michael Maier" in the presenters' column the
    # first line set its short cell in: that cell is the column's, not the title's.
    side = leftovers[1] if len(leftovers) == 2 and len(leftovers[1].split()) <= 3 else None
    if op.title_open and side and _in_side_column(op, row, span_x(row, side)):
        side_presenter(op, row, side)
        leftovers = leftovers[:1]
    if op.title_open and op.last_x1 is not None and len(leftovers) == 2:
        # A short cell starting right of where the title's line ended is another column's
        # ("Motion" set level with the title's second line), not the title running on. (A
        # justified line's wide word gaps make many cells: those are all words of the title.)
        x = span_x(row, leftovers[1])
        if x is not None and x > op.last_x1 + row.size and len(leftovers[1].split()) <= 3:
            leftovers = leftovers[:1]
    return " ".join(leftovers), lone_heading, gave_range


def _in_side_column(op: OpenItem, row: Row, x: float | None) -> bool:
    """``x`` lies in the column where the item's first line set a short cell (presenters)."""
    return op.side_x is not None and x is not None and x >= op.side_x - row.size * 3


def _in_sentence(op: OpenItem, row: Row, text: str, cells: list[str]) -> bool:
    """A row that is only a range, a time, a paper or "Verbal update" is read as such, unless
    it is the wrapped end of a purpose sentence ("... starting at" / "2.30pm.") or a number
    wrapped under the title ("… Month" / "11")."""
    if (
        op.title_open
        and op.title_x is not None
        and abs(row.x0 - op.title_x) <= 3
        and BARE_PAGE_RE.match(text)
    ):
        return True
    return (
        op.has_purpose_started
        and not op.purpose_closed
        and row.gap < row.size * 0.5
        and len(cells) == 1
        and not re.search(r"\b(?:pages?|pp?\.)\s*\d", text, re.IGNORECASE)
        and not cell_range(text)
    )


def _heading_between_entries(op: OpenItem, row: Row, text: str) -> bool:
    """ "RENEWAL APPLICATIONS" in bold capitals set in the middle of the page between two
    entries of a list (after "(C) SMOKERS GENIE 2 …", before "(D) AMERICANA …"): a heading of
    the entries below it, never the purpose of the entry above."""
    column = op.title_x if op.title_x is not None else op.x
    return (
        row.line.bold
        and is_upperish(text)
        and "\t" not in text
        and len(text.split()) <= 5
        and row.gap >= row.size * 0.6  # apart: not a title's next line in its own column
        and row.x0 > column + row.size * 4
        and bool(row.right)
        and row.line.x1 < row.right - row.size * 4
    )


def _exempt_part_heading(text: str) -> bool:
    """The heading of the agenda's closed part ("PART B - CLOSED BUSINESS"), set in the titles'
    column after the last open item: it heads the items below it, never marks the one above."""
    return (
        looks_like_group_heading(text)
        and EXEMPT_SECTION_RE.match(text) is not None
        and _SECTION_NOUN_RE.search(text) is not None
    )


_SECTION_NOUN_RE = re.compile(r"\b(?:business|items|session|reports|agenda)\b", re.IGNORECASE)


def _heading_or_label(op: OpenItem, row: Row, text: str, lone_heading: bool) -> bool:
    """An exempt marker line, a section heading (left to the main loop), a heading between a
    list's entries, a people label or the names under one. True when the row was used up."""
    if _heading_between_entries(op, row, text):
        op.title_open = False
        return True
    heading = (
        lone_heading
        or (looks_like_group_heading(text) and row.x0 <= op.x + 4)
        or section_line(op, row)
    )
    if EXEMPT_LINE_RE.match(text) and not heading and not _exempt_part_heading(text):
        op.item.exempt = True
        op.title_open = False
        return True
    if heading and section_line(op, row):
        op.title_open = False
        return True  # a section heading: the main loop reads it
    label = match_label(text)
    if label:
        _read_label(op, row, *label)
        return True
    if op.pending_role:
        names = people_from(op.pending_role, text)
        if names:
            op.item.people.extend(names[:1])
            return True
        if row.gap < row.size * 0.6:
            return True  # a wrapped job title of the presenter above
        op.pending_role = None
    return False


def _presenters_under_title(op: OpenItem, text: str) -> bool:
    """ "Deone Zell, Faculty Technology Center" right under the title (not a title cut at
    "with" running on): who presents the item."""
    if op.has_purpose_started or CUT_AT_JOIN_RE.search(op.item.title):
        return False
    names = presenter_line(text)
    if not names:
        return False
    op.item.people.extend(Person(role="Presenter", name=n) for n in names)
    op.title_open = False
    return True


def _run_title_on(op: OpenItem, row: Row, text: str) -> None:
    """The row is the title's next line: join it, splitting off a purpose that follows."""
    more, found = strip_locators(op, text, allow_bare=True)
    more2, rest = split_title(more, bold_run(row), op.upper)
    head = op.item.title
    if op.line_end in (";", ":") and not head.endswith(op.line_end):
        head += op.line_end  # "… FIRE CODE;" / "TOGETHER WITH …": the tidy-up took its ';'
    joined = join_wrapped(head + (" –" if op.dash_end else ""), more2)
    if op.bilingual and all_italic(row) and not op.italic:
        joined, op.translated = f"{op.item.title} / {more2}", True
    op.dash_end = bool(re.search(r"\s[–—-]$", more2.rstrip()))
    op.item.title = clean_title(strip_exempt_suffix(op, joined))
    op.line_end = more2.rstrip()[-1:]
    op.last_x1 = row.line.x1 if op.last_x1 is not None else None
    if rest:
        op.item.purpose = rest
        op.has_purpose_started = True
        op.title_open = False
    if found:
        op.title_open = False


def _read_purpose(op: OpenItem, row: Row, text: str) -> None:
    """The item's purpose: its first paragraph of plain text (headings between items skipped)."""
    if looks_like_group_heading(text) and row.gap > row.size * 0.3 and not op.has_purpose_started:
        return
    if looks_like_group_heading(text) and (row.x0 <= op.x + 4 or row.gap > row.size):
        return
    if op.purpose_closed:
        return
    if not op.has_purpose_started and _unnumbered_entry(op, row, text):
        op.purpose_closed = True  # "DISCUSSION OF ANY OTHER CLOSED ITEMS …": an entry, no purpose
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


def _unnumbered_entry(op: OpenItem, row: Row, text: str) -> bool:
    """A bold capitals line set apart under a bold capitals title, in its column: the next,
    unnumbered entry of the order of business, not this item's purpose."""
    return op.bold and op.upper and row.line.bold and _capitals_apart_in_title_column(op, row, text)


def _capitals_apart_in_title_column(op: OpenItem, row: Row, text: str) -> bool:
    """A line in capitals, set apart from the one above, where the item's title starts: how
    an order of business sets its headings and unnumbered entries among the titles."""
    return (
        text.isupper()
        and row.gap > row.size * 0.5
        and op.title_x is not None
        and abs(row.x0 - op.title_x) <= 3
    )


def _read_label(op: OpenItem, row: Row, role: str, value: str, x0: float | None = None) -> None:
    op.title_open = False
    people = people_from(role, value)
    op.item.people.extend(people)
    op.pending_role = role if not value else None
    x0 = row.x0 if x0 is None else x0
    op.open_label = (role, value, len(people), x0, row.line.x1) if value else None


def _wraps_label(label: tuple[str, str, int, float, float], row: Row, text: str) -> bool:
    _role, _value, _count, x0, x1 = label
    return (
        row.gap < row.size * 0.5
        and abs(row.x0 - x0) <= 2
        and not title_bold(row)
        and match_label(text) is None
        and _wrapped(x1, row, text)
    )


def _close_range(op: OpenItem, text: str) -> bool:
    """The "40)" that ends a range wrapped after "(Pages 15 -"; True when the row is used up."""
    start, op.open_range = op.open_range, None
    m = RANGE_CLOSE_RE.match(text)
    if start is None or m is None:
        return False
    if start == 0:  # "(Pages" / "228 - 231)", or "(p." / "37)": a single page
        start = int(m.group(1) or m.group(2))
    elif m.group(1) is not None:
        return False
    end = int(m.group(2))
    if not start <= end <= start + 1000:
        return False
    op.item.pack_pages = (start, end)
    return not text[m.end() :].strip()


def _absorb_cell_quiet(op: OpenItem, c: str) -> bool:
    c = c.strip()
    if cell_range(c) is not None and op.item.pack_pages is not None:
        return False  # a second number cell: leave it to the purpose text
    if take_no_papers(c)[0] and take_no_papers(c)[1] == c:
        op.no_papers = True
        return True
    return absorb_cell(op, c)


# The fields a US staff-report agenda prints under each title (never its words).
_FIELD_LINE_RE = re.compile(
    r"^(?:(?:staff\s+)?recommendations?|recommended\s+actions?|contact|purpose|summary|"
    r"background|fiscal\s+impact|action\s+requested|requested\s+action|attachments?|"
    r"sponsors?|from)\s*:",
    re.IGNORECASE,
)
_LABEL_LINE_RE = re.compile(r"^[A-Z][A-Za-z /&']{2,30}:(?:\s|$)")
_CONNECTOR_START_RE = re.compile(
    r"^(?:of|and|to|for|in|on|with|from|by|at|the)(?:\s|$)",
    re.IGNORECASE,  # "and" alone too
)


# A web agenda's link to an item's attachment: "MAV Mins 09 28 2022 5PM.pdf".
_ATTACHMENT_RE = re.compile(r"^[^()]{0,120}\.(?:pdf|docx?|xlsx?|pptx?)\s*$", re.IGNORECASE)


def _point_under(op: OpenItem, row: Row, text: str) -> bool:
    """ "- Halloween – 31st Oct" under "Upcoming Events", its dash hung out or set in: a point.
    At the title's own margin ("… POLICY 6.01" / "- CUNY CONFLICT OF …") the title wrapped
    before its dash; Word's "o" bullet glyph is a point wherever it sits."""
    if text.startswith("o ") and row.o_bullet:
        return True  # Word's "o" bullet at the title's own margin: a point all the same
    return (
        BULLET_RE.match(text) is not None
        and op.title_x is not None
        and abs(row.x0 - op.title_x) > 3
    )


def _off_title_margin(op: OpenItem, row: Row, text: str) -> bool:
    """The line stands back under the item's number, or set in under a short title
    ("Secretary" under "Election of Officers"): not the title wrapping. (A long title's next
    line may be set in: centred titles wrap so.)"""
    if row.x0 < op.x + 2 and not _wraps_to_number(op, row, text):
        return True
    short = len(op.item.title.split()) <= 5
    return short and op.title_x is not None and row.x0 > op.title_x + 8 and not row.ocr


def _continues_title(op: OpenItem, row: Row, text: str, gave_range: bool = False) -> bool:
    # "Resolution No. 26-451" under the title: its file, not its words; "------- END OF
    # CLOSED SESSION": a rule drawn in dashes, then a marker.
    if (
        row.gap > row.size * 0.6
        or row.x0 < op.x - 2
        or FILE_REFERENCE_RE.match(text)
        or re.match(r"^[-_=–—*]{5,}", text)
        or _ATTACHMENT_RE.search(text)
        # "ROLL CALL" / "CHAIR MANNING, VICE CHAIR GARCIA, COMMITTEE MEMBERS FRY, …": who is
        # called, not more of the title.
        or (re.fullmatch(r"roll\s+call\s*:?", op.item.title.strip(), re.I) and text.count(",") >= 2)
    ):
        return False
    if (
        _closes_bracket(op.item.title, text)
        or _year_of_act(op.item.title, text)
        or _quoted_name(op.item.title, text)
        # "ORDINANCE NO. 298-" / "22 - Waive second reading …": the number's end, in any type.
        or (re.search(r"\d-$", op.item.title) and re.match(r"\d+(?:\s+[-–—]\s|\s*$)", text))
    ):
        # "(Councilwoman" / "Love)", whatever the sponsor's font; "Act" / "1960"; "Session
        # #2" / "“Sharing Data in a Disaster”": the session's name.
        return True
    if (
        op.item.paper is not None
        and FILE_NUMBER_RE.match(op.item.paper)
        and op.title_x is not None
        and abs(row.x0 - op.title_x) < 3
        and not _LABEL_LINE_RE.match(text)
        # "(City Treasurer Karen Nowicki)" alone: who presents it; "(Nominated by the Board)
        # to serve as a member …" runs on.
        and not re.fullmatch(r"\([^()]*\)\.?", text.strip())
    ):
        # A Legistar file's title is the whole paragraph of its title cell, up to the
        # "Sponsors:" / "Attachments:" / "Recommendation:" labels under it.
        return True
    # A title cut at "AND" / followed by "OF ELECTION ..." runs on, even back under its number.
    cut_at_end = bool(CUT_AT_JOIN_RE.search(op.item.title))
    cut_mid = cut_at_end or bool(_CONNECTOR_START_RE.match(text))
    if (_FIELD_LINE_RE.match(text) or _point_under(op, row, text)) and not cut_mid:
        return False  # "Recommendation: Receive and file …", "Contact: …": a field under it
    if not cut_mid and _off_title_margin(op, row, text):
        return False
    # The line's first words in the title's size (a larger dash or mark later on is no cue).
    first = next((sp.size for sp in row.line.spans if sp.text.strip()), row.size)
    # Recognised text has sizes estimated from line heights: 13.2 pt, then 12.0 pt for a
    # title's second line in one font (10.0 pt for a line of small letters, "thereto, or",
    # after a title cut at "and the"; 13.7 pt for "Committee. (Note: …" under a line that
    # filled the measure).
    small_start = text[:1].islower() and not re.match(r"^[a-z]{1,2}[.)]\s", text)  # not "a. …"
    # The line above filled the measure: this line is where its words went on.
    wrapped = op.last_x1 is not None and _wrapped(op.last_x1, row, text)
    slack = (0.25 if small_start or cut_mid or wrapped else 0.12) * op.size if row.ocr else 0.6
    if op.size and abs(first - op.size) > slack:
        return False
    if re.match(
        r"^(To\s+[a-z]|The\s+(purpose|report|board|committee|panel|council|paper|presentation)\b"
        r"|This\s+(report|paper|item|presentation)\b|Purpose\b|Members\s+(are|will)\b|Report\s+of\b)",
        text,
    ):
        return False
    if all_italic(row) and not op.italic:
        # An italic note in the subject cell -- or, in a bilingual agenda, the title's
        # other language right under it.
        return op.bilingual and not op.translated and not op.has_purpose_started
    if not op.upper and is_upperish(text) and len(text.split()) >= 4 and not cut_mid:
        return False  # "AN ORDINANCE OF THE CITY COUNCIL ...": the text quoted under the title
    bold_now = title_bold(row) and not _bold_in_brackets_only(row)
    # A title cut at "FROM THE" runs on whatever the next line's weight.
    if op.bold:
        return bold_now or cut_at_end
    # A bold line ending in the item's range is the title's last line in a title set partly
    # in bold ("Resolution 25/2015 Award of a Contract for Transit" / "Employee Uniforms (p.
    # 1-3)"), not a heading under it.
    ranged = op.item.pack_pages is None and take_range(text, allow_bare=False)[0] is not None
    if bold_now and not cut_at_end and not ranged:
        return False
    # The line above was cut short: this line carries the item's range (printed on the
    # title's last line), starts in lower case, or follows a connecting word.
    joined_on = (
        cut_at_end
        or op.item.title.endswith(",")
        or bool(re.search(r"\w-$", op.item.title))  # a compound broken at its hyphen: "PGC-"
        or bool(_INITIAL_END_RE.search(op.item.title))  # "… Army Post Road to U.S."
    )
    cut = gave_range or text[:1].islower() or joined_on or op.dash_end
    # In an agenda of one-sentence titles, a title not yet at its full stop goes on (not
    # after "Closed Session:", nor into a resolution's "That this part of our meeting …").
    wrapped = wrapped or (
        op.sentence_title and op.line_end not in (".", ":") and not text.startswith("That ")
    )
    if _year_of_date(op.item.title, text):
        return True
    # "… residence at 760 Via Del Monte." filling its line, then "Lot 12, Block 1537 … This
    # project is exempt from CEQA …": the title's sentence is over, however full the line.
    stopped = op.line_end == "." and _sentence_ended(op.item.title + ".")
    if not cut and (stopped or (not op.upper and op.last_x1 is not None and not wrapped)):
        return False
    if op.upper:
        return is_upperish(re.split(r" \(|\s[-–—]\s", text)[0])  # "BUDGETS - City Council to …"
    # A sentence's full stop ends a purpose line, but not the end of a title that was cut at
    # "and" / "the" / "," or that filled the line.
    return joined_on or wrapped or not text.rstrip().endswith((".", ":"))


_QUOTED_LINE_RE = re.compile(r'^\s*[“"](?!(?:that|to)\s)[^“”"]{3,}[”"]\s*[.,;]?\s*$', re.IGNORECASE)


def _quoted_name(title: str, text: str) -> bool:
    """A line wholly in quotation marks under a title of a few words: the name it goes by
    ("Session #1" / "“Contribution of Geodesy to Disaster Risk Reduction”"). A quoted motion
    ("“That the Council …”") is no name, nor is a quotation of many words."""
    return (
        len(title.split()) <= 4
        and not title.rstrip().endswith((".", ":"))
        and _QUOTED_LINE_RE.match(text) is not None
        and len(text.split()) <= 15
    )


def _sentence_ended(title: str) -> bool:
    t = title.rstrip()
    return t.endswith(".") and not t.endswith("..") and not _INITIAL_END_RE.search(t)


# A line ending on an initial or an abbreviation ("to U.S.", "North of E."), no full stop.
_INITIAL_END_RE = re.compile(r"(?:\b[A-Z]\.|\b(?:St|Mt|No|Dr|Ave|Rd|Co|Inc)\.)$")


def _bold_in_brackets_only(row: Row) -> bool:
    """ "Board (Councilman Fann)": the bold is the sponsor's brackets at the end, and the words
    before them are in the title's plain type."""
    spans = [sp for sp in row.line.spans if sp.text.strip()]
    first_bold = next((k for k, sp in enumerate(spans) if sp.bold), None)
    if not first_bold:
        return False  # no bold, or bold from the first word
    return bool(re.fullmatch(r"\([^()]*\)", "".join(sp.text for sp in spans[first_bold:]).strip()))


def title_cut_mid(op: OpenItem) -> bool:
    """The open title's line ended on a joining word ("… RESOLUTIONS AND"): the next line is
    its end, whatever it looks like ("MEETING MINUTES ON THE AGENDA")."""
    return op.title_open and bool(CUT_AT_JOIN_RE.search(op.item.title))


def _closes_bracket(title: str, text: str) -> bool:
    """ "… of the City (Councilwoman" / "Love)": the line closes the title's bracket, or
    goes on inside it ("(Choose Alternative A – to deny the Type" / "2 Design …"); a short
    title in square brackets the same ("[Building Code - … Places of" / "Public … Deadlines]")."""
    for left, right in ("()", "[]"):
        if title.count(left) <= title.count(right):
            continue
        if re.match(rf"^[^{left}{right}]{{1,400}}\{right}", text) or (
            left not in text and right not in text and not _LABEL_LINE_RE.match(text)
        ):
            return True
    return False


def _year_of_act(title: str, text: str) -> bool:
    """ "… under the Public Bodies (Admission to Meetings) Act" / "1960 – to consider": the
    Act's year, cut off by the line's end."""
    return title.endswith(" Act") and re.match(r"(?:1[89]|20)\d\d\b", text) is not None


def _year_of_date(title: str, text: str) -> bool:
    """ "… MINUTES OF NOVEMBER 14," / "2022": the year of a date the title's line cut off."""
    if not re.fullmatch(r"(?:19|20)\d\d\.?", text.strip()):
        return False
    words = title.rstrip(" ,").split()
    last = words[-1] if words else ""
    before = words[-2] if len(words) > 1 else ""
    return last.lower() in MONTHS or (last.isdigit() and before.lower() in MONTHS)


_APPENDIX_LINE_RE = re.compile(
    r"^\s*(?:appendix|appendices|annex|annexe|enclosure|attachment)\b", re.IGNORECASE
)


def _extend_by_appendix(op: OpenItem, text: str) -> bool:
    """ "Appendix A – Capital Programme (Pages 19 - 24)" under an item: its pages are the
    item's too. True when the line was used."""
    rng, _rest = take_range(text.replace("\t", " "), allow_bare=True)
    if rng is None:
        return False
    first, last = op.item.pack_pages or (rng[0], rng[1])
    if rng[0] < first:
        return False
    op.item.pack_pages = (first, max(last, rng[1]))
    op.title_open = False
    return True


def _title_row_cells(op: OpenItem, row: Row, cells: list[str]) -> tuple[list[str], bool]:
    """The cells of the row an item's title waited for, as on an item's own row: its paper
    ("– paper TB(6)3") and a Lead column's name ("David Prout") go to the item's fields.
    True with them when the title's cell ended in a paper, range or time."""
    if row.lead:
        _add_lead(op, row)
    title, found = strip_locators(op, cells[0], allow_bare=False)
    kept = [title]
    for c in cells[1:]:
        if absorb_cell(op, c):
            continue
        if looks_like_name(c):
            op.item.people.append(Person(role="Lead", name=c.strip()))
            continue
        kept.append(c)
    return kept, found


def _add_lead(op: OpenItem, row: Row) -> None:
    """Lead-column text under an item row: the lead's name, or the wrapped end of it."""
    assert row.lead is not None
    if re.fullmatch(r"(?:and|&|with)", row.lead.strip(), re.IGNORECASE):
        op.lead_open = False  # "Katie Davis" / "and" / "Nigel Shadbolt": two leads
        return
    last = op.item.people[-1] if op.item.people else None
    if last is not None and last.role == "Lead" and row.gap < row.size * 0.5 and op.lead_open:
        last.name = f"{last.name} {row.lead}"
        return
    op.item.people.append(Person(role="Lead", name=row.lead))
    op.lead_open = True


def _last_cell(text: str) -> str:
    return text.split("\t")[-1].strip()


def _wraps_to_number(op: OpenItem, row: Row, text: str) -> bool:
    """A title typed as a plain paragraph ("5: Title ...") wraps back under its number: only
    a tight line in the title's bold font, or after a line that filled the width, is one."""
    if row.gap > row.size * 0.35:
        return False
    if op.bold:
        return title_bold(row)
    return op.last_x1 is not None and _wrapped(op.last_x1, row, text)


def join_wrapped(first: str, more: str) -> str:
    """Join a wrapped title line; a line broken at a hyphen ("Medium-" + "term",
    "CAP1-Exclude-" + "Voluntary-Invoices") has no space."""
    if re.search(r"[a-z]-$", first) and more[:1].islower():
        return first + more
    if re.search(r"\w-\w+-$|\b[A-Z0-9]{2,}-$", first) and more[:1].isalnum():
        return first + more  # a hyphenated compound broken at one of its hyphens ("PGC-")
    if re.search(r"\b[A-Z]-$", first) and more[:1].isdigit():
        return first + more  # a zone or grade code: "R-" + "1(7000)"
    if re.search(r"[a-z]-$", first) and re.match(r"[A-Z][a-z]", more):
        return first + more  # a title-case compound: "Odd-" + "Numbered", "Re-" + "Zone"
    return f"{first} {more}"


def _wrapped(last_x1: float, row: Row, text: str) -> bool:
    """Did the line above end because the next word would not fit (a wrapped title)?"""
    if row.right <= 0:
        return True
    word = text.split()[0] if text.split() else ""
    width = len(word) * row.size * 0.55
    return last_x1 + width * 1.3 + row.size > row.right


def section_line(op: OpenItem, row: Row) -> bool:
    """ "Part II - Exempt Items" in mixed case, set out like a heading at the number column,
    or "PART B - CLOSED BUSINESS" in capitals at the title column after an item's purpose
    (ModernGov's order of business sets its headings there)."""
    t = row.text.strip()
    after_purpose = op.has_purpose_started and _capitals_apart_in_title_column(op, row, t)
    return bool(
        (EXEMPT_SECTION_RE.match(t) or PUBLIC_SECTION_RE.match(t))
        and (row.x0 <= op.x + 4 or after_purpose)
        and len(t) <= 70
        and (row.line.bold or row.gap > row.size * 0.5)
    )


def was_group_heading(op: OpenItem, row: Row) -> bool:
    t = row.text.strip()
    # "CONSENT CALENDAR: Matters listed under the Consent Calendar are …": a heading in
    # capitals, then a sentence about it.
    label = re.match(r"^([A-Z][A-Z /&'’-]{3,60}):\s+\S", t)
    if label and looks_like_group_heading(label.group(1)) and row.x0 <= op.x + 4:
        return True
    # "Closed Session" in title case on its own line at the number column, as in capitals.
    titled = len(t.split()) >= 2 and looks_like_group_heading(t.upper()) and row.x0 <= op.x + 4
    if not section_line(op, row) and not looks_like_group_heading(t) and not titled:
        return False
    return op.item.title.endswith(t.rstrip(":")) is False
