"""Agendas whose items carry no numbers: bold capitals captions, with bullets under them.

A township board prints "CALL TO ORDER:", "ROLL CALL:", "APPROVAL OF MINUTES:" with "•" points
under some of them; nothing is numbered. When the numbered reading finds no item at all on
pages that are an agenda (an AGENDA heading over a meeting's routine business), each caption is
an item and each bullet under it a sub-item. Without such captions, a one-page notice's lines
of business under its centred title block are the items (``line_items``). Their numbers stay
"" as printed; the model tells them apart for notes ("[3]").
"""

from __future__ import annotations

import re
import statistics

from boardprep.core.engine.agenda.lines import (
    BULLET_RE,
    all_capitalised,
    clean_title,
    is_header_cells,
    is_upperish,
)
from boardprep.core.engine.agenda.people import looks_like_name, split_presenter
from boardprep.core.engine.agenda.rows import Row, bullet_body
from boardprep.core.engine.agenda.text import join_wrapped
from boardprep.core.engine.agenda.times import (
    LEAD_TIME_RE,
    PURE_TIME_RE,
    TIME_SPAN_RE,
    parse_pure_time,
    resolve_time,
    slot_start,
    to_24h,
)
from boardprep.core.engine.meeting import date_only
from boardprep.core.engine.vocabulary import BUSINESS_INTRO_RE, PROCEDURAL_RE
from boardprep.core.model import Item, Person

_PARENTHESISED = re.compile(r"^\s*\(.*\)\s*$")


def _caption(row: Row) -> str | None:
    """The caption's title when the row is one: bold, in capitals, a few words."""
    first = row.cells[0].strip() if row.cells else ""
    spans = [sp for sp in row.line.spans if sp.text.strip()]
    bold = spans[0].bold if spans else row.line.bold  # "SUPERVISOR: Financial Reports"
    if not first or not bold or BULLET_RE.match(first) or _PARENTHESISED.match(first):
        return None
    head = first.split(":")[0]
    if not is_upperish(head) or len(first.split()) > 12 or first.endswith("."):
        return None
    return first


def caption_items(rows: list[Row]) -> list[Item]:
    """Items from the captions (and sub-items from the points under them) of ``rows``; else,
    from the lines of business under a centred title block (a one-page notice)."""
    captions = {i: c for i, r in enumerate(rows) if (c := _caption(r)) is not None}
    if len(captions) < 3 and not (len(captions) == 2 and _listed_under(rows, min(captions)) >= 4):
        # A posted notice may list just one or two bullets ("• Approve Ordinance 2024-01").
        return (
            bullet_items(rows)
            or label_items(rows)
            or line_items(rows)
            or intro_items(rows)
            or bullet_items(rows, least=1)
        )
    # Where most captions end in a colon ("CLERK:"), a capitals line without one is a detail
    # of the caption above ("APPROVAL OF BILLS: TOWN FUND" / "ROAD AND BRIDGE FUND").
    # A colonless caption after a blank line or a note is a caption all the same
    # ("ADJOURNMENT" at the end).
    if sum(":" in c for c in captions.values()) >= 0.6 * len(captions):
        captions = {
            i: c
            for i, c in captions.items()
            if ":" in c or not (i - 1 in captions and rows[i].gap < rows[i].size * 0.8)
        }
    caption_x = min((rows[i].x0 for i in captions), default=0.0)
    items: list[Item] = _lines_before(rows[: min(captions)], caption_x)
    first_caption = len(items)
    point_x: float | None = None  # where the current caption's points stand
    prev: Row | None = None
    for i, row in enumerate(rows):
        before, prev = prev, row
        if i in captions:
            # "SUPERVISOR: Financial Reports" keeps its words after the colon; "CLERK:" none.
            title = captions[i].strip().rstrip(":").strip()
            items.append(Item(number="", title=clean_title(title) or title))
            point_x = None
            continue
        cells = [c.strip() for c in row.cells if c.strip()]
        if len(items) <= first_caption or not cells:
            continue
        marked = bullet_body(row)  # "\uf0b7 Consent Agenda": a Symbol-font bullet, glued
        bullet = bool(marked) or cells[0] in _BULLETS or BULLET_RE.match(cells[0]) is not None
        if cells[0] in _BULLETS:
            cells = cells[1:]
        body = marked or BULLET_RE.sub("", " ".join(cells), count=1).strip()
        at, body = _appointment(body)
        if (
            not body
            or _PARENTHESISED.match(body)
            or (row.x0 - caption_x < 20 and not at)
            or row.text.rstrip().endswith("*")
        ):
            # "(CITIZENS WILL HAVE 3 MINUTES TO SPEAK)", a note at the margin, "* Meetings
            # are held in the Town Hall *"
            continue
        parent = items[-1]
        subs = parent.sub_items
        wrapped = (
            before is not None
            and before.right > 0
            and before.line.x1 > before.right - 80  # the line above ran to the margin
            and row.gap < row.size * 0.6
            # "Senior Transportation – Supervisor Liccar" under "… – Trustee Albrecht": a
            # point of its own that names its presenter, as the one above did.
            and not split_presenter(body)[1]
        )
        if subs and not bullet and not at and wrapped and point_x is not None:
            subs[-1].title = f"{subs[-1].title} {body}"  # a point wrapped onto a next line
            continue
        if point_x is not None and row.x0 > point_x + 20:
            # "Action Items (Ongoing)" over "Sidewalk Project", "Road Names (911)" set further
            # in: the point's own items; a dashed detail ("- Lawn Contract") is a note on it.
            if (
                subs
                and not bullet
                and (body[:1].isupper() or body[:1].isdigit())
                and not subs[-1].title.endswith(".")
            ):
                subs[-1].children.append(Item(number="", title=clean_title(body) or body))
            continue
        if bullet or body[:1].isupper():
            parent.children.append(Item(number="", title=body, time=at))
            point_x = row.x0 if point_x is None else point_x
    return items


def _appointment(body: str) -> tuple[str | None, str]:
    """(time, business) of a timed line under a caption ("6:15 p.m. – Sam Stark re: …");
    (None, body) for any other line."""
    lead = LEAD_TIME_RE.match(body)
    parts = parse_pure_time(lead.group(1).strip()) if lead else None
    rest = body[lead.end() :] if lead else ""
    if parts is None or not parts[2] or rest[:1] not in ("-", "–", "—"):
        return None, body  # a clock with am/pm, then a dash: an appointment
    return to_24h(*parts), rest[1:].strip()


def _listed_under(rows: list[Row], first: int) -> int:
    """How many bulleted or timed lines follow the first caption: two captions over such a
    list are an agenda's headings ("APPOINTMENTS:" over "6:15 p.m. – …")."""
    return sum(1 for r in rows[first + 1 :] if bullet_body(r) or _appointment(r.text.strip())[0])


def _lines_before(rows: list[Row], caption_x: float) -> list[Item]:
    """Short lines of business set at the captions' margin above the first caption ("Pledge of
    Allegiance" over "APPOINTMENTS:"), under the title block."""
    return [
        Item(number="", title=r.text.strip())
        for r in rows
        if abs(r.x0 - caption_x) <= 6
        and "\t" not in r.text
        and 1 <= len(r.text.split()) <= 6
        and r.text.strip()[:1].isupper()
        and not any(ch.isdigit() for ch in r.text)
    ]


_BULLETS = {"•", "▪", "◦", "‣", "·", "-", "–", "\uf0b7"}
# "i. Airport Road", "b) Fees", "1) Proclamation of April as Donate Life Month".
_LIST_LABEL = re.compile(r"^\(?([ivx]{1,4}|[a-z]|\d{1,2})[.)]\s+(\S.*)$")


def bullet_items(rows: list[Row], least: int = 5) -> list[Item]:
    """Items of an agenda that is one bulleted list (a Word list: "•" glyphs, nothing numbered):
    each bullet at the leftmost indent is an item, a bullet indented under it a sub-item, and
    "i." / "a." lines under a bullet its lettered children. A line set where the text above
    it starts, with no blank line between, is that text wrapping."""
    marks = [k for k, r in enumerate(rows) if bullet_body(r)]
    if len(marks) < max(least, 1):
        return []
    items: list[Item] = []
    stack: list[tuple[float, Item]] = []  # open bullets by indent, outermost first
    last: tuple[Item, float] | None = None  # the item the row just read belongs to, its indent
    announces = False
    for k in range(marks[0], len(rows)):
        row = rows[k]
        body = bullet_body(row)
        cells = [c.strip() for c in row.cells if c.strip()]
        if not body and stack and _unmarked_entry(rows, k, marks, stack[0][0]):
            body = " ".join(cells)  # "Coffee Break" between two bullets, where they stand
        if body:
            item = Item(number="", title=clean_title(body) or body)
            while stack and stack[-1][0] >= row.x0 - 8:
                stack.pop()
            (stack[-1][1].children if stack else items).append(item)
            stack.append((row.x0, item))
            last = (item, row.x0)
            announces = body.rstrip().endswith(":")  # "❖ Proclamations:", a list under it
            continue
        if not stack or last is None or not cells:
            last = None
            continue
        text = " ".join(cells)
        label = _LIST_LABEL.match(text)
        if label and row.x0 > stack[-1][0] + 8:
            child = Item(number=label.group(1), title=label.group(2).strip())
            stack[-1][1].children.append(child)
            last = (child, row.x0)
        elif announces and last[0] is stack[-1][1] and row.x0 > stack[-1][0] + 8:
            child = Item(number="", title=clean_title(text) or text)
            stack[-1][1].children.append(child)  # the one line the caption announced
            last = (child, row.x0)
        elif last[1] < row.x0 < last[1] + 60 and row.gap < row.size * 0.6:
            last[0].title = join_wrapped(last[0].title, text)  # the line above wrapped
        else:
            last = None  # a note beside the list ("Next Meeting"): nothing runs on from it
    return items


def _unmarked_entry(rows: list[Row], k: int, marks: list[int], mark_x: float) -> bool:
    """Row ``k`` is an entry of the list printed without its bullet: a short title set where
    the outermost bullets stand (not where their text starts, as a wrapped line is), with a
    bullet after it ("• Jess Kidd - Water Testing", "Coffee Break", "• Business Meeting")."""
    row = rows[k]
    text = " ".join(c.strip() for c in row.cells if c.strip())
    return (
        abs(row.x0 - mark_x) < 3
        and any(m > k for m in marks)
        and 1 <= len(text.split()) <= 6
        and text[:1].isupper()
        and not text.endswith((".", ":", ","))
    )


def order_of_business(rows: list[Row]) -> tuple[list[Item], int]:
    """A bulleted order of business over a numbered listing on the pages after it (a county
    commission's "❖ Call to Order … ❖ Old Business ❖ New Business ❖ Adjournment", then "Item 1
    / Resolution No. … / Sponsors: …"): the bullets' items (numbered points indented under a
    bullet are its children), and the index of the first row after the list. ([], 0) when the
    rows do not open with such a list: at least six bullets at one indent, routine business
    among them, and nothing but their wrapped lines and points between them."""
    marks = [k for k, r in enumerate(rows) if bullet_body(r)]
    if len(marks) < 6:
        return [], 0
    x = rows[marks[0]].x0
    first, end = marks[0], marks[0]
    for k in range(first, len(rows)):
        if bullet_body(rows[k]) and abs(rows[k].x0 - x) <= 3:
            end = k + 1
        elif rows[k].x0 <= x + 3 or rows[k].line.y0 < rows[k - 1].line.y0:
            break  # back at the margin, or a new page: the list has ended
    run = [k for k in marks if k < end and abs(rows[k].x0 - x) <= 3]
    if len(run) < 6 or end >= len(rows):
        return [], 0
    items = bullet_items(rows[first:end], least=6)
    if sum(1 for it in items if PROCEDURAL_RE.search(it.title)) < 3:
        return [], 0
    return items, end


# "Roll Call:", "Old Business: Light at Boat Ramp …": a label ending in a colon, maybe with its
# detail after it. The front sheet's own fields ("Date:", "Place:") are no business.
_LABEL_RE = re.compile(r"^([A-Z][^:]{1,70}?)\s*:(?:\s+\S.*)?$")
_FIELD_LABEL_RE = re.compile(
    r"^(?:date|time|place|venue|location|where|when|address|meeting\s+(?:id|link))$", re.I
)


def _label(row: Row) -> str | None:
    m = _LABEL_RE.match(" ".join(c.strip() for c in row.cells if c.strip()))
    if m is None or _FIELD_LABEL_RE.match(m.group(1)) or len(m.group(1).split()) > 10:
        return None
    return m.group(1)


def label_items(rows: list[Row]) -> list[Item]:
    """Items of an agenda typed as labels ending in a colon at the left margin ("Call to
    order:", "Treasurer's Report:", "Old Business: Light at Boat Ramp …"), nothing numbered,
    bulleted or bold (a township's typed or scanned agenda). Each line at the labels' margin is
    an item, its label the title; indented lines, lines wrapped on without a blank line and
    paragraphs are the item's details. Six labels at least, two of them routine business."""
    labels = {k: lab for k, r in enumerate(rows) if (lab := _label(r)) is not None}
    if len(labels) < 6:
        return []
    margin = min(rows[k].x0 for k in labels)
    ours = [k for k in labels if rows[k].x0 - margin <= 8]  # OCR's margins wander a little
    if len(ours) < 6 or sum(PROCEDURAL_RE.search(labels[k]) is not None for k in ours) < 2:
        return []
    # A line wrapped on sits closer under the one above than the labels sit to each other.
    spacing = statistics.median(rows[k].gap for k in ours[1:])
    items: list[Item] = []
    for k in range(ours[0], len(rows)):
        row = rows[k]
        text = " ".join(c.strip() for c in row.cells if c.strip())
        if abs(row.x0 - margin) > 8 or not text or (items and row.gap < spacing * 0.6):
            continue  # a detail set under the label, or the line above wrapping
        if k in labels:
            title = labels[k]
        elif len(text.split()) <= 8 and text[:1].isupper():
            title = text  # "Public Comment; Agenda Items only." without its colon
        else:
            continue  # a paragraph on the item above
        items.append(Item(number="", title=clean_title(title) or title))
    return items if len(ours) >= 0.6 * len(items) else []


def line_items(rows: list[Row]) -> list[Item]:
    """One item per line of business set at the left margin below a centred title block.
    Lines run together without a blank line between them are one item, unless the first
    ends with its presenter ("… (ORAS) – Alyssa Williams/James Pagano")."""
    if not rows:
        return []
    left = min(r.x0 for r in rows)
    width = max(r.line.x1 for r in rows) + left  # the margins taken as equal
    centred = [k for k, r in enumerate(rows) if r.x0 > left + 30 and r.line.centred_in(width)]
    start = centred[-1] + 1 if centred else 0
    items: list[Item] = []
    before: Row | None = None
    for r in rows[start:]:
        if _DECORATION.match(r.text) or abs(r.x0 - left) > 3:
            continue
        text = " ".join(c.strip() for c in r.cells if c.strip())
        together = before is not None and r.gap < r.size * 0.5  # no blank line between
        if together and items and not split_presenter(items[-1].title, plain_names=True)[1]:
            items[-1].title = f"{items[-1].title} {text}"  # the line above wrapped
        else:
            items.append(Item(number="", title=text))
        before = r
    return items if len(items) >= 4 else []


_DECORATION = re.compile(r"^[\s*_=~#.-]+$")  # "*********" under the title block


def intro_items(rows: list[Row]) -> list[Item]:
    """One item per line under a notice's "… to consider and decide the following.", however
    the lines are set (a township's notice centres them all); a date alone on its line is the
    answer to the line above ("Announce next year's meeting date" / "Tuesday April 8, 2025")."""
    start = next((k for k, r in enumerate(rows) if BUSINESS_INTRO_RE.search(r.text)), None)
    if start is None:
        return []
    items: list[Item] = []
    for r in rows[start + 1 :]:
        text = " ".join(c.strip() for c in r.cells if c.strip())
        if not text or _DECORATION.match(text) or date_only(text):
            continue
        if items and _RUNS_ON.match(text):
            items[-1].title = f"{items[-1].title} {text}"  # "… and discussion" / "By electors"
        else:
            items.append(Item(number="", title=clean_title(text) or text))
    return items if len(items) >= 4 else []


# A line that finishes the one above: lower case, or a short phrase opening with a preposition.
_RUNS_ON = re.compile(r"^(?:[a-z]|(?i:by|for|of|with|from|and|in|on|at)\s+\S+(?:\s+\S+){0,2}$)")


# "Roll Call: Alexander – Vice Mayor Camp – Fann": the business, then who answers it.
_ROLL_RE = re.compile(r"^(roll\s+call|attendance)\s*:\s+\S.*$", re.IGNORECASE)


def _business_run(rows: list[Row], ks: list[int]) -> list[Item]:
    """Items of a run of bulleted lines of routine business (``ks``: their rows), or none when
    a line is not business: a sentence or a long note ("• Speakers have three minutes.")."""
    items: list[Item] = []
    for k in ks:
        body = bullet_body(rows[k]) or ""
        roll = _ROLL_RE.match(body)
        title = roll.group(1) if roll else body
        if len(title.split()) > 12 or title.endswith("."):
            return []
        items.append(Item(number="", title=clean_title(title) or title))
    if not any(PROCEDURAL_RE.search(it.title) for it in items):
        return []  # no call to order, minutes or adjournment: a list of something else
    return items


def business_bullets(
    rows: list[Row], first: int, last: int, number_x: float
) -> tuple[list[Item], list[Item], int]:
    """Routine business printed as bullets around a numbered agenda (Gallatin's "• Call to
    Order", "• Approval of Minutes" over a boxed, numbered AGENDA; "• Adjourn" under it): the
    items before ``rows[first]`` (the first numbered row, past at most one heading line such
    as "AGENDA"), the items after ``rows[last]`` (the last numbered row), and the index of the
    row where the numbered reading must stop. Bullets after the last item count only at or
    left of the number column: indented, they are that item's points."""
    k = first - 1
    if k >= 0 and not bullet_body(rows[k]) and len(rows[k].text.split()) <= 3:
        k -= 1  # the "AGENDA" heading over the numbered box
    before: list[int] = []
    while k >= 0 and bullet_body(rows[k]) and rows[k].x0 <= number_x + 20:
        before.insert(0, k)
        k -= 1
    after: list[int] = []
    for k in range(last + 1, len(rows)):
        if bullet_body(rows[k]) and rows[k].x0 <= number_x + 4:
            after.append(k)
        elif after:
            break
    opening = _business_run(rows, before) if len(before) >= 2 else []
    closing = _business_run(rows, after) if after else []
    stop = after[0] if closing else len(rows)
    return opening, closing, stop


# "PUBLIC HEARING: Ordinance to Amend …": an entry introduced by its kind, in capitals.
_KIND_LABEL_RE = re.compile(r"^[A-Z][A-Z ]{2,30}:\s+\S")


def labelled_openers(rows: list[Row], first: int, number_x: float) -> list[Item]:
    """Unnumbered entries printed as paragraphs led by their kind in capitals ("PUBLIC
    HEARING: Ordinance to Amend …") right above the first numbered item, set in from its
    number (at the titles' column): items of their own, numbered "" as printed."""
    paragraphs: list[list[Row]] = []
    lines: list[Row] = []
    column = rows[first - 1].x0 if first > 0 else 0.0
    for k in range(first - 1, -1, -1):
        row = rows[k]
        if column <= number_x + 4 or abs(row.x0 - column) > 4:
            break  # the margin, a rule or the title block: the entries end there
        lines.insert(0, row)
        if row.gap >= row.size * 0.6:  # the paragraph's first line
            if not _KIND_LABEL_RE.match(row.text.strip()):
                break
            paragraphs.insert(0, lines)
            lines = []
    items: list[Item] = []
    for para in paragraphs:
        title = para[0].text.strip()
        for row in para[1:]:
            title = join_wrapped(title, row.text.strip())
        items.append(Item(number="", title=clean_title(title.rstrip(".")) or title))
    return items


def _timed(row: Row) -> tuple[str, list[str]] | None:
    """(time, the cells after it) of a row that opens with a clock time: "11:30 <tab>
    Expanding Your Horizons", "10:30 am Standing Committee Chairs"."""
    cells = [c.strip() for c in row.text.split("\t") if c.strip()]
    if len(cells) >= 2 and PURE_TIME_RE.match(cells[0]):
        return cells[0], cells[1:]
    if len(cells) >= 2 and (start := slot_start(cells[0])):
        return start, cells[1:]  # "9-9:10 am <tab> Welcome and Introductions"
    if len(cells) >= 2 and (span := TIME_SPAN_RE.match(cells[0])):
        return span.group(1), cells[1:]  # "2:00 PM - 2:10 PM <tab> Greetings"
    lead = LEAD_TIME_RE.match(cells[0]) if cells else None
    if lead:
        return lead.group(1), [cells[0][lead.end() :], *cells[1:]]
    return None


def timed_items(rows: list[Row]) -> list[Item]:
    """A schedule with no numbers: each row opening with a clock time in the agenda's left
    column is an item, and the rows set in under it its sub-items ("10:30 am Standing
    Committee Chairs" over "Elections <tab> Yolanda King"). A time over column headings
    ("10:00 am Topic <tab> Presenter") heads rows that are items of their own. A last cell
    beside a title is its presenter."""
    timed = {i: t for i, r in enumerate(rows) if (t := _timed(r)) is not None}
    column = min((rows[i].x0 for i in timed), default=0.0)
    timed = {i: t for i, t in timed.items() if rows[i].x0 <= column + 6}
    if len(timed) < 3:
        return []
    items: list[Item] = []
    parent: Item | None = None  # the timed item the rows under it belong to
    parent_bold = False
    last: Item | None = None
    clock: str | None = None
    presenter_x: float | None = None  # where the timed row's presenter cell stands
    for i in range(min(timed), len(rows)):
        row = rows[i]
        if i in timed:
            at, cells = timed[i]
            parts = parse_pure_time(at)
            clock = resolve_time(*parts, clock) if parts else clock
            if is_header_cells(cells):
                parent = last = None  # "Topic <tab> Presenter": the rows under it are items
                continue
            parent = last = _scheduled(cells)
            parent.time, parent_bold = clock, row.line.bold
            items.append(parent)
            spans = [sp for sp in row.line.spans if sp.text.strip()]
            presenter_x = spans[-1].x0 if len(cells) >= 2 and spans else None
            continue
        if row.x0 <= column + 6:
            if i > max(timed):
                break  # a note at the margin after the schedule
            continue
        if i > max(timed) and row.gap > row.size * 2:
            break  # the page's foot (an address block) well under the schedule
        cells = [c.strip() for c in row.text.split("\t") if c.strip()]
        if last is not None and len(cells) == 1 and _named_with_office(cells[0]):
            # "Tammera Hill, Chief Operating Officer, NCDAC" under a timed title: who presents
            last.people.append(Person(role="Presenter", name=cells[0].split(",")[0].strip()))
            continue
        if last is not None and presenter_x is not None and abs(row.x0 - presenter_x) < 6:
            # "Chairperson Beth Austin" / "Secy. Erik A Hooks": more presenters in their column
            last.people.append(Person(role="Presenter", name=" ".join(cells)))
            continue
        cells += [row.lead] if row.lead else []  # the presenter column, taken apart
        # One cell close under the last title wraps it, unless it is plain type under a bold
        # timed heading ("Eastern - Inactive" under "NMNWSE Chapter"): a sub-item then.
        wraps = last is not None and len(cells) == 1 and row.gap < row.size * 0.6
        if wraps and last is not None and not (parent_bold and not row.line.bold):
            last.title = f"{last.title} {cells[0]}"  # the title wrapped onto a next line
            continue
        last = _scheduled(cells)
        (parent.children if parent is not None else items).append(last)
    return items


def _named_with_office(text: str) -> bool:
    """ "Brian Scott, OurJourney, Executive Director": a person's name, then their office."""
    parts = [p.strip() for p in text.split(",")]
    return len(parts) >= 2 and all(parts) and looks_like_name(parts[0])


def _scheduled(cells: list[str]) -> Item:
    """An item of a timed schedule: its title, and a name in the last cell as presenter."""
    title = clean_title(cells[0]) or cells[0]
    people = [Person(role="Presenter", name=cells[-1])] if len(cells) >= 2 else []
    return Item(number="", title=title, people=people)


# Text recognition reads a round bullet as "e" (and a hollow one as "o").
_OCR_BULLET_RE = re.compile(r"^[eo](?:\s+|\t)(?=[A-Z0-9])")
_NONE_RE = re.compile(r"^(?:none|none\s+scheduled|n/?a)\.?$", re.IGNORECASE)


def _outline_body(row: Row) -> str | None:
    """The text after a row's bullet, also a bullet a scan's recognition read as "e"."""
    body = bullet_body(row)
    if body is None and row.ocr and _OCR_BULLET_RE.match(row.text):
        body = _OCR_BULLET_RE.sub("", row.text, count=1).replace("\t", " ").strip()
    return body


def outline_items(rows: list[Row]) -> list[Item]:
    """Plain lines of business at the margin, each with bulleted points set in under it
    ("Consent Agenda" over "• Correction and Approval of Minutes"), bullets under a point
    its own points: the margin lines are the items, the bullets their sub-items."""
    bodies = {k: b for k, r in enumerate(rows) if (b := _outline_body(r)) is not None}
    if len(bodies) < 3:
        return []
    margin = min(r.x0 for r in rows)
    heads = [k for k, r in enumerate(rows) if k not in bodies and abs(r.x0 - margin) <= 4]
    bold = sum(rows[k].line.bold for k in heads)
    # Plain margin lines, or (nearly) all of them bold ("Call To Order", "Old Business:" over
    # bullets); a mix is a bold heading or two among lines of text.
    if len(heads) < 4 or heads[0] > min(bodies) or 1 < bold < 0.8 * len(heads):
        return []
    if bold > 1 and sum(is_upperish(rows[k].text) for k in heads) >= 0.5 * len(heads):
        return []  # bold capitals ("CITIZENS TO ADDRESS THE BOARD"): captions, read as such
    if sum(all_capitalised(rows[k].text) for k in heads) < 0.75 * len(heads):
        return []  # sentences at the margin (a notice's prose), not lines of business
    items: list[Item] = []
    stack: list[tuple[float, Item]] = []  # the open points by indent, outermost first
    last: tuple[Item, float] | None = None
    for k, row in enumerate(rows[heads[0] :], start=heads[0]):
        body = bodies.get(k)
        if k in heads:
            title = " ".join(c.strip() for c in row.cells if c.strip())
            items.append(Item(number="", title=clean_title(title) or title))
            stack, last = [], (items[-1], row.x0)
        elif body is not None and items and not _NONE_RE.match(body):
            while stack and stack[-1][0] >= row.x0 - 8:
                stack.pop()
            point = Item(number="", title=clean_title(body) or body)
            (stack[-1][1] if stack else items[-1]).children.append(point)
            stack.append((row.x0, point))
            last = (point, row.x0)
        elif body is None and last is not None and row.x0 > last[1] and row.gap < row.size * 0.6:
            last[0].title = join_wrapped(last[0].title, row.text.replace("\t", " ").strip())
    return items
