"""Which pages of a pack hold the agenda.

The agenda sits near the front (after a front sheet or a notice letter), spans one to four
pages and looks like a list: an AGENDA heading, lines starting with item numbers, page ranges,
column headings and procedural titles. Minutes and reports share some of those signs, so their
own markers (Present:, RESOLVED, a page stamp inside the agenda's own ranges) count against.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import overload

import pymupdf

from boardprep.core.engine.agenda.lines import (
    PAGES_RE,
    cell_range,
    is_header_line,
    list_mark,
    match_number,
    number_value,
    starts_like_title,
    symbol_glyph,
    take_range,
)
from boardprep.core.engine.agenda.times import CLOCK_OPENS_RE, LEAD_TIME_RE, PURE_TIME_RE
from boardprep.core.engine.meeting import find_date
from boardprep.core.engine.pages.ocr import (
    MAX_OCR_EXTRA,
    MAX_OCR_PAGES,
    AgendaOcr,
    is_scanned,
    ocr_available,
    ocr_workers,
)
from boardprep.core.engine.pages.textlayer import Line, PageLines, page_lines
from boardprep.core.engine.vocabulary import (
    AGENDA_HEAD_RE,
    BUSINESS_INTRO_RE,
    CALENDAR_HEAD_RE,
    CONTENTS_HEAD_RE,
    FILE_NUMBER_RE,
    ITEM_ALONE_RE,
    NOTES_HEAD_RE,
    PAGE_STAMP_RE,
    PROCEDURAL_RE,
    PROPOSED_RESOLUTION_RE,
    SUPPLEMENT_LETTER_RE,
    TYPESET_SECTION_RE,
    US_SECTION_RE,
)

# Where an agenda may start (front sheets, notices and a contents page come first), and
# how long it may run: US dockets and school-board agendas reach 8-20 pages, a Legistar
# committee agenda of 37 referrals (each with its subject, sponsor and urgency) 33.
MAX_SCAN = 48
MAX_AGENDA_PAGES = 40

_MINUTES_SIGNS = re.compile(
    # "Present:" heads a list of names; "present the City Clerk with 7 copies" (a wrapped
    # sentence of a notice) does not.
    r"^\s*((?-i:Present|PRESENT)\b\s*:?|in\s+attendance|also\s+present|resolved\b|it\s+was\s+resolved|"
    r"minutes\s+of\s+(?:(?:a|the)\s+)?meeting\s+of|the\s+meeting\s+(?:closed|ended|finished)|"
    # "Members Present: …", "Members Absent: None"; "SENATE EXECUTIVE COMMITTEE MINUTES –
    # Approved 10/5/17"; "President Swenson called the meeting to order at 1:03 p.m."
    r"(?:members|councill?ors|trustees|directors|governors|senators)\s+(?:present|absent)\s*:|"
    r"[^.]{0,60}\bminutes\s*[–—-]\s*approved\b|"
    r"[^.]{0,60}\bcalled\s+the\s+meeting\s+to\s+order\s+at\s+\d|"
    r"the\s+meeting\s+was\s+called\s+to\s+order\b|"
    # "October 2021 Minutes – ACTION, a motion was made (P. Newton), seconded …"
    r".{0,70}?\ba\s+motion\s+was\s+made\b|.{0,70}?\bmotion\s+carried\b|"
    # "Minutes of the Second Annual General Meeting (AGM) of …", held on a date.
    r"minutes\s+of\s+the\s+(?:\w+\s+){0,2}annual\s+general\s+meeting\b.*\d|"
    # "Minutes of the 76th ANNUAL GENERAL MEETING", its date on the line below.
    r"minutes\s+of\s+the\s+\d{1,3}(?:st|nd|rd|th)\s+annual\s+general\s+meeting\s*$)",
    re.IGNORECASE,
)
_RESOLVED = re.compile(r"^\s*(?:it\s+was\s+)?resolved\b", re.IGNORECASE)


@dataclass
class PageScore:
    score: float
    items: int
    numbers: list[int]
    ranges: list[tuple[int, int]]
    heading: bool
    minutes_signs: int
    stamp: int | None
    header_cols: bool = False
    procedural: int = 0
    subs: int = 0  # lettered sub-items ("a. 22-0346 PROCLAMATION ...")
    letters: list[int] = field(default_factory=list)  # "A.", "B." items in order (A = 1)
    romans: int = 0  # "I.", "II." items
    # The numbers in the page's leftmost number column: the items', not a recommendation's
    # "1.", "2." further in.
    lead: list[float] = field(default_factory=list)
    # The running head (lines in the top band), when it names an agenda ("January 26 | City
    # Council | Notice and Agenda"): a web print repeats it on every page of the agenda.
    agenda_head: str = ""
    worded: int = 0  # numbers printed as "Item 1", "ITEM NO. (1)": an agenda's own
    # "Agenda Item 10" alone in the top right corner: the first page of that item's paper.
    paper_mark: bool = False
    # Headed "NOTES:" (a notice's numbered notes on proxies and attendance): not agenda.
    notes_head: bool = False
    resolved: int = 0  # of the minutes signs counted, "RESOLVED …" lines
    calendar: bool = False  # headed "CALENDAR": a board's agenda of resolutions to be moved
    contents: bool = False  # headed "Contents" / "Table of Contents" (and not AGENDA)
    timed: int = 0  # lines opening with a clock time and a title: a schedule's rows
    # The top band's lines that name the agenda, numbers blanked: a browser's print header
    # ("https://….granicus.com/GeneratedAgendaViewer.php… 5 of 8") is the same on every page.
    print_head: str = ""
    # The first date among the page's first lines: the meeting an agenda's heading names.
    top_date: str | None = None


_TITLE_LABEL = re.compile(r"^\s*title\s*:\s*", re.IGNORECASE)
_LEADER_ENTRY = re.compile(r"(?:\s?\.){5,}\s*\d{1,3}\s*$")
_CAPS_LABEL = re.compile(r"^([A-Z][A-Z /&'’-]{3,60}):\s+\S")


def _own_item(number: str, rest: str) -> bool:
    """ "1.A 16-0303 Approve …" (a file of its own) or "2.3 Approval of Council Committee
    Minutes." (a short dotted title): distinct items, not a report's "3.1" paragraphs, which
    run on as sentences."""
    if rest.split() and FILE_NUMBER_RE.match(rest.split()[0]):
        return True  # the one file-number pattern (vocabulary), on the first word
    words = rest.split()
    return "." in number and 2 <= len(words) <= 12 and not re.search(r"[.;:,]\s+\S", rest)


def _ordinal(number: str, value: int) -> float:
    """ "4.12" after "4.9": the sub-number orders items within one main number."""
    sub = re.fullmatch(r"\d+\.(\d{1,3})", number)
    return value + int(sub.group(1)) / 1000 if sub else float(value)


def _leftmost(placed: list[tuple[float, float]]) -> list[float]:
    if not placed:
        return []
    x = min(x for x, _n in placed)
    return [n for px, n in placed if px <= x + 6]


def _short_agenda_cell(cell: str) -> bool:
    c = cell.strip()
    return len(c.split()) <= 4 and AGENDA_HEAD_RE.match(c) is not None


@dataclass
class _Tally:
    """What ``score_page`` counts over a page's lines."""

    heading: bool = False
    header_cols: bool = False
    items: int = 0
    ranges: list[tuple[int, int]] = field(default_factory=list)
    numbers: list[int] = field(default_factory=list)
    procedural: int = 0
    minutes: int = 0
    resolved: int = 0  # of the minutes signs, "RESOLVED …" lines
    stamp: int | None = None
    singles: int = 0
    subs: int = 0
    letters: list[int] = field(default_factory=list)
    romans: int = 0
    keys: list[object] = field(default_factory=list)  # what makes each numbered line an item
    placed: list[tuple[float, float]] = field(default_factory=list)  # (x, ordinal) of each
    contents: bool = False
    worded: int = 0
    heading_cell: bool = False  # "Agenda" only as a cell beside other text
    leaders: int = 0  # entries run out to their page number by leader dots
    paper_mark: bool = False
    timed: int = 0

    def headed(self) -> bool:
        """An agenda heading: a line of its own, or a cell of one (not a contents entry)."""
        return self.heading or (self.heading_cell and not self.contents)


def score_page(pl: PageLines) -> PageScore:
    """How much a page looks like (part of) an agenda."""
    t = _Tally()
    for k, line in enumerate(pl.lines):
        text = line.text.strip()
        if text:
            _tally_line(t, pl, k, line, text)
    # A notice's summons ending "… for the transaction of the following business:" (over two
    # lines, maybe) heads its numbered business as an AGENDA heading would.
    intro = BUSINESS_INTRO_RE.search(" ".join(ln.text for ln in pl.lines[:40]))
    calendar = any(CALENDAR_HEAD_RE.match(ln.text) for ln in pl.lines[:15])
    if t.resolved and (
        calendar or PROPOSED_RESOLUTION_RE.search(" ".join(ln.text for ln in pl.lines))
    ):
        # A notice's proposed "RESOLVED THAT …" (or a board's calendar of resolutions to be
        # moved), not a decision taken.
        t.minutes, t.resolved = t.minutes - t.resolved, 0
    t.heading = t.heading or bool(intro)
    if intro and not t.items:
        t.procedural = max(t.procedural, _routine_after_intro(pl))
    band = [ln.text.lower() for ln in pl.lines if ln.y1 < pl.height * 0.1 and ln.text.strip()]
    head = " ".join(band)
    return PageScore(
        _score(t),
        t.items,
        t.numbers,
        t.ranges,
        t.headed(),
        t.minutes,
        t.stamp,
        t.header_cols,
        t.procedural,
        t.subs,
        t.letters,
        t.romans,
        _leftmost(t.placed),
        " ".join(head.split()) if "agenda" in head else "",
        t.worded,
        t.paper_mark,
        _notes_head(pl),
        t.resolved,
        calendar,
        t.contents and not t.headed(),
        t.timed,
        " ".join(re.sub(r"\d+", "#", t) for t in band if "agenda" in t),
        next((d for t in _first_texts(pl) if (d := find_date(t, month_first=True))), None),
    )


def _notes_head(pl: PageLines) -> bool:
    first = next((ln for ln in pl.lines if ln.text.strip()), None)
    return (
        first is not None and first.y0 < pl.height * 0.25 and bool(NOTES_HEAD_RE.match(first.text))
    )


def _routine_after_intro(pl: PageLines) -> int:
    """Lines of routine business ("Call the meeting to order", "Approval of minutes",
    "Adjournment") listed, unnumbered, under a notice's "… to consider the following"."""
    texts = [ln.text for ln in pl.lines]
    start = next((k for k, t in enumerate(texts) if BUSINESS_INTRO_RE.search(t)), len(texts))
    return sum(1 for t in texts[start + 1 :] if len(t.split()) <= 8 and PROCEDURAL_RE.search(t))


def _score(t: _Tally) -> float:
    score = 0.0
    score += 4.0 if t.headed() else 0.0
    score += 2.5 if t.header_cols else 0.0
    # Distinct numbers: a report's "3.1, 3.2, 3.3" paragraphs count once.
    distinct = len(set(t.keys)) + (t.items - len(t.keys))
    score += min(distinct, 8) * 0.6
    score += min(len(t.ranges), 6) * 0.8
    score += min(t.procedural, 4) * 1.0
    # Item numbers that count upwards are an agenda's backbone.
    ups = sum(1 for a, b in itertools.pairwise(t.numbers) if 0 < b - a <= 2)
    score += min(ups, 6) * 0.4
    score += min(t.singles, 6) * 0.3
    # Lettered points under numbered business ("1. PRESENTATIONS" / "a. Demographics …").
    score += min(t.subs, 4) * 0.25 if t.numbers else 0.0
    score -= t.minutes * 3.0
    # A contents page (by its heading, or five entries or more dotted out to their page
    # numbers, as on the contents pages of a constitution appended to a notice).
    if (t.contents or t.leaders >= 5) and not t.headed():
        score -= 6.0
    return score


def _tally_line(t: _Tally, pl: PageLines, k: int, line: Line, text: str) -> None:
    # "AGENDA" in a column of its own beside the front sheet's notices (web prints); not a
    # running header's "City Council | Regular Meeting Agenda | May 24", nor a contents
    # page's entry "I. <tab> Agenda <tab> 3-4".
    in_cell = pl.height * 0.1 < line.y0 < pl.height * 0.9 and any(
        _short_agenda_cell(c) for c in text.split("\t")[1:]
    )
    flat = _TITLE_LABEL.sub("", text.replace("\t", " "))  # "Title: Usage Board Meeting Agenda"
    numbered_head = k <= 2 and TYPESET_SECTION_RE.match(flat) is not None
    if numbered_head:
        flat = TYPESET_SECTION_RE.sub("", flat)  # "1 Dagordning": a typeset section's number
    own = bool(AGENDA_HEAD_RE.match(flat) or SUPPLEMENT_LETTER_RE.search(text))
    t.heading = t.heading or own
    t.heading_cell = t.heading_cell or in_cell
    if own or in_cell:
        # Numbers above the heading (a numbered membership list) are not item numbers:
        # the next page's items must carry on from the agenda's, not from the list's.
        t.numbers.clear()
    if own and numbered_head:
        return  # the section's number is no item's
    if is_header_line(text):
        t.header_cols = True
    if _MINUTES_SIGNS.match(text) and not _checklist_after(pl, k):
        t.minutes += 1
        t.resolved += bool(_RESOLVED.match(text))
    sm = PAGE_STAMP_RE.match(text)
    # Only the outer bands: a "Page 43" range on the line under an item is not a stamp.
    if sm and (line.y0 > pl.height * 0.92 or line.y1 < pl.height * 0.08):
        t.stamp = int(sm.group(1))
        return  # the page's own stamp, not an agenda range
    cells = [c for c in text.split("\t") if c.strip()]
    if len(cells) >= 2 and line.y0 > pl.height * 0.85 and (sm := PAGE_STAMP_RE.match(cells[-1])):
        t.stamp = int(sm.group(1))
        return  # "CITY COUNCIL <tab> Page 5": a footer above an access notice
    _tally_range(t, text, cells)
    if (lead := LEAD_TIME_RE.match(text)) and re.match(r"[A-Z][a-z]", text[lead.end() :]):
        t.timed += 1  # "6:05 - 6:15 Principal's Report": a row of a timed schedule
    if len(cells) >= 2 and PURE_TIME_RE.match(cells[0]):
        text = "\t".join(cells[1:])  # "09:30 <tab> 1 <tab> Apologies": a time column first
    elif (lead := LEAD_TIME_RE.match(text)) and match_number(text[lead.end() :]):
        text = text[lead.end() :]  # "10.00am 1 <tab> Apologies": the same, a space apart
    _tally_number(t, pl, k, line, text, cells)


def _checklist_after(pl: PageLines, k: int) -> bool:
    """ "Members present:" over "__Mayor Cody Schmidt": a roll call's blanks to tick on an
    agenda, not the names minutes record."""
    nxt = pl.lines[k + 1].text.lstrip() if k + 1 < len(pl.lines) else ""
    return nxt[:1] in ("_", "☐", "□")


def _tally_range(t: _Tally, text: str, cells: list[str]) -> None:
    rng, _ = take_range(text, allow_bare=False)
    if rng is None and len(cells) >= 2:
        rng = cell_range(cells[-1])
    if rng is None and PAGES_RE.search(text) is None:
        rng2, rest = take_range(text, allow_bare=True)
        if rng2 and rest and match_number(text):
            rng = rng2
    explicit = PAGES_RE.search(text) is not None
    if rng and (rng[0] < rng[1] or explicit):
        t.ranges.append(rng)
    elif rng:
        t.singles += 1  # "Introduction<tab>3": agendas and contents pages alike
    if CONTENTS_HEAD_RE.match(text):
        t.contents = True
    if _LEADER_ENTRY.search(text):
        t.leaders += 1  # "Membership fees . . . . . . . 20": a contents page's entry


def _tally_number(
    t: _Tally, pl: PageLines, k: int, line: Line, text: str, cells: list[str]
) -> None:
    nm = None if CLOCK_OPENS_RE.match(text) else match_number(text)
    if nm is None:
        _tally_section(t, line, text, cells)
        if len(cells) >= 2 and ITEM_ALONE_RE.match(cells[-1]) and line.y1 < pl.height * 0.1:
            t.paper_mark = True  # "March 4, 2025 <tab> Item No. 1" atop a council's paper
        return
    if nm.worded and not nm.rest and _paper_corner(pl, line):
        t.paper_mark = True  # a report's "Agenda Item 10" stamp, not an agenda line
        return
    if nm.worded and not nm.rest and len(cells) == 1 and k + 1 < len(pl.lines):
        # "ITEM 5" on a line of its own, the title on the next line (stacked layout).
        nm.rest = pl.lines[k + 1].text.strip()
    if nm.kind in ("sub-letter", "sub-roman") and starts_like_title(nm.rest):
        t.subs += 1
    listed = nm.kind in ("arabic", "dotted", "letter", "roman", "code")
    if not (listed and starts_like_title(nm.rest) and (nm.rest or len(cells) > 1)):
        return
    t.items += 1
    t.worded += bool(nm.worded)
    if nm.kind in ("arabic", "dotted"):
        t.numbers.append(number_value(nm))
        # "1.A 16-0303 Approve the claims": a file of its own, not a report's "3.1".
        t.keys.append(nm.number if _own_item(nm.number, nm.rest) else t.numbers[-1])
        t.placed.append((line.x0, _ordinal(nm.number, t.numbers[-1])))
    elif nm.kind == "letter" and len(nm.number) == 1:
        t.letters.append(ord(nm.number.upper()) - 64)
    elif nm.kind == "roman":
        t.romans += 1
    if PROCEDURAL_RE.search(nm.rest):
        t.procedural += 1


def _tally_section(t: _Tally, line: Line, text: str, cells: list[str]) -> None:
    """Count a meeting's routine business printed unnumbered: "CALL TO ORDER", "Call to
    Order <tab> Rebecca Galves", "❖ Invocation"."""
    if text[:1] != "o" and list_mark(text[:1]) and text[1:2] == " ":
        text = text[2:]  # a bulleted list of business
    # A short line on its own ("Call to Order", "Consent Calendar <tab> 7:30 PM") is a
    # heading even in plain type; a sentence that starts so is not.
    first = text.split("\t")[0]
    short = len(first.split()) <= 4
    # "CONSENT CALENDAR: Matters listed under …": the heading in capitals, then a sentence.
    label = _CAPS_LABEL.match(text)
    if label and US_SECTION_RE.match(label.group(1)):
        t.procedural += 1
    elif US_SECTION_RE.match(text) and (line.bold or text.isupper() or short):
        t.procedural += 1  # "CALL TO ORDER", "CONSENT CALENDAR": an agenda's own headings
    elif len(cells) >= 2 and short and US_SECTION_RE.match(first):
        t.procedural += 1  # its presenter in a cell beside it


def _paper_corner(pl: PageLines, line: Line) -> bool:
    """In the top right corner, where ModernGov stamps a paper's first page "Agenda Item 10"."""
    return line.y1 < pl.height * 0.1 and line.x0 > pl.width * 0.5


def _headed(scores: Sequence[PageScore], i: int) -> PageScore:
    """Page i's score, counting an "AGENDA" heading up to four pages before it that headed no
    items (a cover page titled AGENDA, then pages of notices, then the items)."""
    s = scores[i]
    if s.heading or i == 0:
        return s
    # A web print may put three pages of notices on taking part between them.
    for j in range(max(0, i - 4), i):
        between = scores[j + 1 : i]
        if scores[j].heading and scores[j].items <= 1 and not any(b.heading for b in between):
            return replace(s, heading=True, score=s.score + 4.0)
    return s


def _is_start(s: PageScore) -> bool:
    # A report's contents page or numbered sections score well on numbers alone: an agenda
    # also needs a heading, column headings, page ranges or procedural items.
    strong = s.heading or s.header_cols or len(s.ranges) >= 2 or s.procedural >= 2
    # One "Present" cell (an item's purpose) on a page headed AGENDA with many items is no
    # minutes page; real minutes carry several signs (Present:, RESOLVED, ...).
    no_minutes = s.minutes_signs == 0 or (s.heading and s.items >= 5 and s.minutes_signs == 1)
    # A one-item agenda (an extraordinary meeting) needs its heading and a range to count.
    enough = s.items >= 2 or (s.items == 1 and s.heading and bool(s.ranges or s.worded))
    # Or business printed unnumbered (bullets, captions) under its heading: "❖ Invocation".
    enough = enough or (s.heading and s.procedural >= 3)
    # A one-item calendar ("CALENDAR" over "NO. 1. …" and its resolution): the heading and
    # a worded number are all there is to score.
    high = s.score >= 5.0 or (s.heading and s.worded >= 1 and s.score >= 4.0)
    return high and enough and strong and no_minutes and not s.contents


def _continues(prev: PageScore, cur: PageScore, first_range: int | None) -> bool:
    if cur.minutes_signs or (cur.paper_mark and not cur.heading) or cur.notes_head:
        return False
    if _carries_on(prev, cur):
        return True  # numbers and ranges both continue: still the agenda, whatever its stamp
    if first_range is not None and cur.stamp is not None and cur.stamp >= first_range:
        return False  # this page is already inside the papers the agenda points to
    if cur.heading and cur.items:
        return True
    if cur.items == 0 and cur.subs < 2:
        return False
    if (
        (prev.letters or prev.romans)
        and not prev.numbers
        and cur.numbers[:1] == [1]
        and not (cur.letters or cur.romans or cur.heading)
    ):
        return False  # "I."-"VI." then a page of "1", "2" rows: a paper's table, not items
    if prev.letters and cur.letters and cur.letters[0] == prev.letters[-1] + 1 and not cur.ranges:
        return True  # "B.", "C." carry on from the "A." under the last item of the page before
    if (
        (cur.procedural or cur.subs >= 2)
        and not cur.ranges
        and not prev.ranges
        and not _told_again(prev, cur)
    ):
        return True  # sections whose numbering restarts ("1. ... 2. ..." under "L. ITEMS")
    # Numbering must carry on from the previous page, not restart like a report's sections.
    if prev.numbers and cur.numbers:
        if (
            cur.numbers[0] == max(prev.numbers) + 1
            and cur.lead[:1] == cur.numbers[:1]
            and (cur.romans or cur.letters)
        ):
            return True  # "7." after "6.", set in under a section's "II." printed again
        # Compare the items' own column when it runs on ("19." after "18." with the
        # recommendation's "2.", "3." of item 18 at the top of the page).
        a = prev.lead if prev.lead and cur.lead and cur.lead[0] > max(prev.lead) else prev.numbers
        b = cur.lead if a is prev.lead else cur.numbers
        if b[0] < max(a):
            return False
        if b[0] <= max(a) + 2:
            return True
    return cur.score >= 2.5


def _agenda_again(run: list[int], first: PageScore, cur: PageScore) -> bool:
    """This page heads an agenda of its own, for another day than the agenda's ``first`` page,
    numbered from "1" again after the agenda's items ran from "1" to "5" or more in order:
    another meeting's agenda filed as a paper (the last meeting's, for its unfinished
    business). The same agenda printed again is still the agenda."""
    return (
        cur.heading
        and cur.top_date is not None
        and first.top_date is not None
        and cur.top_date != first.top_date
        and cur.numbers[:1] == [1]
        and len(run) >= 5
        and run[0] == 1
        and run == sorted(run)
        and max(run) >= 5
    )


def _told_again(prev: PageScore, cur: PageScore) -> bool:
    """The page before listed the whole agenda, "1." to "15." in one run with no sections,
    and this page starts again at "1.": a slide taking the first items up again ("Opening of
    the meeting (items 1-4)"), not more of the agenda."""
    run = prev.numbers
    return (
        len(run) >= 5
        and run == list(range(1, len(run) + 1))
        and cur.numbers[:1] == [1]
        and not (prev.letters or prev.romans or cur.letters or cur.romans)
    )


def find_agenda_pages(doc: pymupdf.Document) -> list[int]:
    """0-based pages that hold the agenda, in order; [] when the file has none."""
    return find_agenda(doc)[0]


def find_agenda(
    doc: pymupdf.Document, on_page: Callable[[], None] | None = None
) -> tuple[list[int], dict[int, PageLines]]:
    """The agenda pages and the positioned lines of every page that was read to find them.

    Pages are read only as far as the search needs them (an agenda on pages 2-3 is settled by
    page 4 or 5, not 12), and the caller reuses their lines instead of reading them again.
    """
    scores = _LazyScores(doc, min(doc.page_count, MAX_SCAN), on_page)
    try:
        return _agenda_of(doc, scores)
    finally:
        scores.close()


def _agenda_of(
    doc: pymupdf.Document, scores: _LazyScores
) -> tuple[list[int], dict[int, PageLines]]:
    pages = pages_from_scores(scores)
    # An AGENDA heading over bulleted motions, pages before the numbered pages found (a
    # constitution's contents appended to the notice): the bullets are the business. (Right
    # before them, the heading's page is the agenda's first, its bullets notices.)
    before = pages[0] - 1 if pages else min(len(scores), 4)
    if not (pages and scores[pages[0]].heading):
        headed = [i for i in range(before) if scores[i].heading and headed_bullets(scores.read[i])]
        if headed:
            return [headed[0]], scores.read
    if not pages and len(scores):
        first = scores.read[0]
        short = doc.page_count <= 2  # a posted notice, not a pack with papers
        # Before a pack's papers, the numbers must run to 5 at least ("1." to "7." under a
        # committee's name and date, no AGENDA heading).
        numbered = _numbered_notice(scores[0]) and (
            short or (len(scores[0].lead) >= 5 and _dated_top(first))
        )
        if (
            (short and listing_notice(first))
            or numbered
            or bullet_listing(first, least=1 if short else 5)
        ):
            pages = [0]  # a one-page notice: a title block over unnumbered business
    if not pages:
        pages = _contents_as_agenda(scores, scores.read)
    return pages, scores.read


def _contents_as_agenda(scores: Sequence[PageScore], read: dict[int, PageLines]) -> list[int]:
    """No agenda page, but a meeting's papers typeset as one report under a dated title page:
    its contents page lists the business in order from "1" ("Innhold" / "1 Valg av
    møteleder … 3"). That list is the agenda. ``read``: the lines of the pages scored."""
    for i in range(min(len(scores), 3)):
        s = scores[i]
        if not (s.contents and len(s.lead) >= 5 and s.lead == list(range(1, len(s.lead) + 1))):
            continue  # numbered on from "1" (a plan's "1.", "2.", "3." again under each part: no)
        if s.minutes_signs or not any(_dated_top(read[j]) for j in range(i + 1) if j in read):
            return []
        return [i]
    return []


def _first_texts(pl: PageLines) -> list[str]:
    return [ln.text for ln in pl.lines if ln.text.strip()][:6]


def _dated_top(pl: PageLines) -> bool:
    """A meeting's date among the page's first lines (a report's sections carry none)."""
    return any(find_date(t, month_first=True) for t in _first_texts(pl))


def headed_bullets(pl: PageLines) -> bool:
    """An agenda heading with three bulleted lines of business or more under it."""
    lines = [ln for ln in pl.lines if ln.text.strip()]
    head = next(
        (k for k, ln in enumerate(lines) if AGENDA_HEAD_RE.match(ln.text.replace("\t", " "))),
        None,
    )
    if head is None:
        return False
    marked = [ln for ln in lines[head + 1 :] if _bulleted(ln.text.strip())]
    return len(marked) >= 3


def _numbered_notice(s: PageScore) -> bool:
    """A one- or two-page notice with no AGENDA heading whose business is numbered 1, 2, 3, 4
    … down one column (a society's "Formal notice of the Annual General Meeting"); two
    numbers do among routine business ("CALL TO ORDER", "1. DISCUSSION", "2. ADJOURNMENT":
    a work session's one-page agenda)."""
    lead = [int(v) for v in s.lead if float(v).is_integer()]
    enough = len(lead) >= 4 or (len(lead) >= 2 and s.procedural >= 2)
    return enough and lead == list(range(1, len(lead) + 1)) and not s.minutes_signs


_BULLET_GLYPHS = ("•", "▪", "·", "\uf0b7", "\uf0a7")


def _bulleted(text: str) -> bool:
    """A line opening with a bullet: a Word list's, or any symbol font's glyph."""
    return text[:1] in _BULLET_GLYPHS or symbol_glyph(text[:1])


def bullet_listing(pl: PageLines, least: int = 5) -> bool:
    """A first page that is the meeting's date over a bulleted list of (``least`` or more)
    short lines of business (a Word list, nothing numbered): "• Call Meeting to Order"."""
    lines = [ln for ln in pl.lines if ln.text.strip()]
    marked = [ln for ln in lines if ln.spans and _bulleted(ln.spans[0].text.strip())]
    if len(marked) < max(least, 1) or marked[0].y0 > pl.height * 0.6:
        return False
    above = [ln for ln in lines if ln.y1 <= marked[0].y0]
    words = sorted(len(ln.text.split()) for ln in marked)
    return words[len(words) // 2] <= 10 and any(_DATE_WORD.search(ln.text) for ln in above)


def listing_notice(pl: PageLines) -> bool:
    """A meeting notice whose agenda numbers nothing and has no heading: a centred title
    block with the meeting's date at the top, then four lines or more of business set at the
    left margin ("Welcome, Introductions and Roll Call – Chair", "IDOC Reports – Director")."""
    lines = [ln for ln in pl.lines if ln.text.strip()]
    centred = [ln for ln in lines if _centred(ln, pl) and ln.y0 < pl.height * 0.4]
    if len(centred) < 3 or not any(_DATE_WORD.search(ln.text) for ln in centred):
        return False
    below = [ln for ln in lines if ln.y0 > max(c.y1 for c in centred)]
    left = min((ln.x0 for ln in below), default=0.0)
    listed = [ln for ln in below if abs(ln.x0 - left) < 3 and len(ln.text.split()) >= 2]
    return len(listed) >= 4 and not any(_MINUTES_SIGNS.match(ln.text) for ln in below)


_DATE_WORD = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b",
    re.IGNORECASE,
)


def _centred(ln: Line, pl: PageLines) -> bool:
    return ln.centred_in(pl.width) and ln.x0 > pl.width * 0.15


def read_agenda_pages(doc: pymupdf.Document, pages: Sequence[int]) -> dict[int, PageLines]:
    """The lines of pages the member says hold the agenda (0-based), scanned ones recognised."""
    reader = _LazyScores(doc, doc.page_count)
    try:
        return {i: reader._read(i) for i in pages}
    finally:
        reader.close()


class _LazyScores(Sequence[PageScore]):
    """``score_page`` of the first pages, each page read when first asked for."""

    def __init__(
        self, doc: pymupdf.Document, n: int, on_page: Callable[[], None] | None = None
    ) -> None:
        self.doc = doc
        self.n = n
        self.on_page = on_page  # after each page read: the caller's progress (and the UI's turn)
        self.read: dict[int, PageLines] = {}
        self._scores: dict[int, PageScore] = {}
        self._ocr_left = MAX_OCR_PAGES
        self._ocr = AgendaOcr()

    def _read(self, i: int) -> PageLines:
        """The page's lines; a scanned page (an image, no text) is read by text recognition.
        A page MuPDF cannot load (a damaged file's page tree that loops back on itself)
        reads as blank, as it does for the page map: the pages around it still count."""
        try:
            page = self.doc[i]
            lines = page_lines(page)
        except Exception:
            return PageLines(i, 595.0, 842.0, [])
        if (self._ocr_left > 0 or self._runs_on(i)) and is_scanned(page, lines) and ocr_available():
            self._ocr_left -= 1
            self._read_ahead(i + 1)
            return self._ocr.lines(page) or lines
        return lines

    def _read_ahead(self, i: int) -> None:
        """A scanned agenda page is read with the next one, if scanned too, started beside
        it: the agenda usually runs on (on two cores a scanned AGM notice opened in 8.8 s
        instead of 12.1 s, a scanned finance AGM's in 7.3 s instead of 11.8 s)."""
        if i >= self.n or i in self.read or self._ocr_left <= 0 or ocr_workers() < 2:
            return
        try:
            page = self.doc[i]
            if is_scanned(page, page_lines(page)):
                self._ocr.ahead(page)
        except Exception:  # a page that cannot be read is not read ahead either
            return

    def scanned(self, i: int) -> bool:
        """Page i has no text layer (read without recognising it, if not read yet)."""
        if i in self.read:
            return not any(ln.text.strip() for ln in self.read[i].lines)
        try:
            page = self.doc[i]
            return is_scanned(page, page_lines(page))
        except Exception:
            return True

    def close(self) -> None:
        """Stop recognising pages read ahead that nobody asked for."""
        self._ocr.close()

    def _runs_on(self, i: int) -> bool:
        """The recognised page before this one lists items: the agenda may go on over the page,
        so a few pages past the budget are read (a notice's resolutions 1-13 on its seventh
        page, 14-18 on its eighth and ninth)."""
        before = self._scores.get(i - 1)
        return (
            self._ocr_left > -MAX_OCR_EXTRA
            and before is not None
            and before.items >= 3
            and self.read[i - 1].ocr
        )

    def __len__(self) -> int:
        return self.n

    @overload
    def __getitem__(self, i: int) -> PageScore: ...
    @overload
    def __getitem__(self, i: slice) -> list[PageScore]: ...
    def __getitem__(self, i: int | slice) -> PageScore | list[PageScore]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError(i)
        if i not in self._scores:
            self.read[i] = self._read(i)
            self._scores[i] = score_page(self.read[i])
            if self.on_page is not None:
                self.on_page()
        return self._scores[i]


def pages_from_scores(scores: Sequence[PageScore]) -> list[int]:
    start = next((i for i, s in enumerate(scores) if _is_start(_headed(scores, i))), None)
    if start is None:
        start = _start_across_pages(scores)
    if start is None:
        return _unnumbered(scores)
    if not _is_start(scores[start]):
        # Started only thanks to a heading pages before (a numbered "order of business"
        # explained in prose): a page just after that is an agenda start by itself wins.
        own = [j for j in range(start + 1, min(len(scores), start + 3)) if _is_start(scores[j])]
        if (
            own
            and scores[own[0]].score > scores[start].score
            and not _runs_on(scores[start : own[0] + 1])
        ):
            start = own[0]
    if _routine(scores[start]) and all(_routine(s) for s in scores[start + 1 : start + 2]):
        return _routine_run(scores, start)  # unnumbered business under its heading
    start = _past_numbered_notes(scores, start)
    before = scores[start - 1] if start > 0 else None
    if (
        before is not None
        and _runs_on(scores[start - 1 : start + 1])
        and (_headed(scores, start - 1).heading or before.procedural >= 2)
    ):
        # "1. Closed session" alone on the page before "2.", "3.", under the agenda's heading
        # or the meeting's opening business ("Call to Order"): the first item.
        start -= 1
    out = [start]
    all_ranges = [r[0] for r in scores[start].ranges]
    end = min(len(scores), start + MAX_AGENDA_PAGES)
    i = start + 1
    calendar = scores[start].calendar
    while i < end:
        first_range = min(all_ranges) if all_ranges else None
        if calendar and _calendar_page(scores[i]):
            out.append(i)  # more of the calendar's resolutions (their "RESOLVED, That …")
            i += 1
            continue
        if _agenda_again([n for j in out for n in scores[j].numbers], scores[start], scores[i]):
            break
        if not _continues(scores[out[-1]], scores[i], first_range):
            if _agenda_tail(scores[out[-1]], scores[i]):
                out.append(i)  # closing headings and notices under the agenda's own head
                i += 1
                continue
            if _resumes_after_group(scores, out, i):
                pass  # the agenda's numbering resumes after a group numbered apart
            elif _notice_between(scores, out[-1], i, first_range):
                out.append(i)  # a page of notices on taking part between notes and the items
                i += 1
            elif _bridged(scores, out[-1], i, first_range):
                out.append(i)  # a long item's own text, and the numbering goes on after it
                i += 1
            else:
                break
        out.append(i)
        all_ranges += [r[0] for r in scores[i].ranges]
        i += 1
    return _running_agenda(scores, out) or out


def _running_agenda(scores: Sequence[PageScore], out: list[int]) -> list[int] | None:
    """A long agenda printed under its own running head ("Board of Supervisors Meeting Agenda
    Tuesday, May 23, 2017" atop every page), its items' numbers counting on from "1." over
    three pages or more, just after the run taken for the agenda (a notice's "1) Legislation,
    2) Budget report …", what each item's file may hold): that run is the agenda, with the
    pages before and after it under the same head (its opening business, its closing notes)."""
    taken = sum(len(scores[k].lead) for k in out)
    if len(out) > 1 or scores[out[0]].ranges or taken > _SHORT_LIST:
        return None  # (looked for after a short list alone: later pages are read only then)
    scanned = getattr(scores, "scanned", None)
    for j in range(out[-1] + 1, min(len(scores), out[-1] + 6)):
        if scanned is not None and scanned(j):
            return None  # scanned papers after a short agenda: not recognised for this
        head = scores[j].print_head  # the head's lines that name the agenda, digits blanked
        if not head or _ITEM_MARK_RE.search(head) or scores[j].lead[:1] != [1]:
            continue
        run = [j]
        while run[-1] + 1 < len(scores):
            prev, nxt = scores[run[-1]], scores[run[-1] + 1]
            if nxt.print_head != head or nxt.lead[:1] != [max(prev.lead) + 1]:
                break
            run.append(run[-1] + 1)
        if len(run) < 3 or sum(len(scores[k].lead) for k in run) < max(10, 2 * taken):
            continue
        first, last = run[0], run[-1]
        while first - 1 > out[-1] and scores[first - 1].print_head == head:
            first -= 1
        while last + 1 < len(scores) and _agenda_tail(scores[last], scores[last + 1]):
            last += 1
        return list(range(first, last + 1))
    return None


_SHORT_LIST = 6
# "Agenda Item 7" in a paper's top band: that paper's mark, no running head of the agenda.
_ITEM_MARK_RE = re.compile(r"\bagenda\s+item\b")


def _calendar_page(s: PageScore) -> bool:
    """A page of a board's calendar: its resolutions' text, no other sign of minutes."""
    return s.minutes_signs == s.resolved and s.stamp is None and not s.paper_mark


def _agenda_tail(prev: PageScore, cur: PageScore) -> bool:
    """A page under the agenda's running head as the page before: with no items, the
    agenda's closing headings, information items and public notices; or the next section's
    items numbered from "1." again after lettered ones: still the agenda."""
    if cur.minutes_signs or cur.stamp is not None:
        return False
    if cur.agenda_head and cur.agenda_head == prev.agenda_head and not cur.items:
        return True
    # Lettered consent items, then "1." starting the next section's numbering, on a page of
    # the same printed agenda (not a paper's numbered paragraphs).
    return bool(
        cur.print_head
        and cur.print_head == prev.print_head
        and prev.letters
        and cur.numbers[:1] == [1]
        and not cur.paper_mark
    )


def _notice_between(
    scores: Sequence[PageScore], prev: int, i: int, first_range: int | None
) -> bool:
    """Page i holds no items, only notices (closed captions, interpreting), and the page after
    it carries the agenda on with the meeting's routine business: the agenda goes on."""
    if i + 1 >= len(scores) or scores[i].items or scores[i].numbers or scores[i].minutes_signs:
        return False
    nxt = scores[i + 1]
    return bool(nxt.procedural or nxt.heading) and _continues(scores[prev], nxt, first_range)


def _bridged(scores: Sequence[PageScore], prev: int, i: int, first_range: int | None) -> bool:
    """Page i reads like no agenda page (one item's long text, with its own "(2)" list) but runs
    under the agenda's running head, and the page after it carries the agenda's numbering on
    ("3.22" before it, "3.23" after)."""
    if i + 1 >= len(scores):
        return False
    before, cur = scores[prev], scores[i]
    return bool(
        cur.agenda_head
        and cur.agenda_head == before.agenda_head
        and not cur.minutes_signs
        and not cur.paper_mark
        and before.lead
        and scores[i + 1].lead
        and _continues(before, scores[i + 1], first_range)
    )


def _resumes_after_group(scores: Sequence[PageScore], out: list[int], i: int) -> bool:
    """The page before ``i`` was a group numbered from 1 (taken as the agenda's own), and page
    ``i`` carries on the numbering of the page before that group."""
    if len(out) < 2:
        return False
    before, group, cur = scores[out[-2]], scores[out[-1]], scores[i]
    if not (before.lead and cur.lead) or cur.minutes_signs or group.lead[:1] != [1.0]:
        return False
    return cur.lead[0] == max(before.lead) + 1


def _unnumbered(scores: Sequence[PageScore]) -> list[int]:
    """An agenda with no numbers at all: an AGENDA heading over a meeting's routine business
    ("CALL TO ORDER:", "ROLL CALL:", "APPROVAL OF MINUTES:"), and pages of more of it."""
    for i, s in enumerate(scores):
        # Or a timed schedule under its heading ("6:00 - 6:05 Welcome", "6:05 - 6:15 …").
        if s.heading and (s.procedural >= 3 or s.timed >= 3) and _routine(s):
            return _routine_run(scores, i)
    return []


def _routine(s: PageScore) -> bool:
    return not s.items and not s.minutes_signs and s.stamp is None


def _routine_run(scores: Sequence[PageScore], i: int) -> list[int]:
    """Page i and the pages after it that carry on its unnumbered routine business."""
    out = [i]
    while out[-1] + 1 < len(scores) and _routine(nxt := scores[out[-1] + 1]):
        if not nxt.procedural:
            break
        out.append(out[-1] + 1)
    return out


def _runs_on(pages: Sequence[PageScore]) -> bool:
    """The items' own number column counts on from page to page ([1], [2, 3, 4], [5, ...])."""
    if len(pages) < 2 or not all(p.lead for p in pages):
        return False
    return all(b.lead[0] == max(a.lead) + 1 for a, b in itertools.pairwise(pages))


def _start_across_pages(scores: Sequence[PageScore]) -> int | None:
    """An agenda with no heading whose first page holds one item ("1. Closed session") and
    whose numbering carries on over the next page: the two pages together make the start."""
    for i in range(len(scores) - 1):
        a, b = scores[i], scores[i + 1]
        if not (a.numbers and b.numbers and a.procedural) or b.numbers[0] != max(a.numbers) + 1:
            continue
        both = replace(
            b,
            score=a.score + b.score,
            items=a.items + b.items,
            numbers=a.numbers + b.numbers,
            procedural=a.procedural + b.procedural,
            minutes_signs=a.minutes_signs + b.minutes_signs,
        )
        if _is_start(both):
            return i
    return None


def _past_numbered_notes(scores: Sequence[PageScore], start: int) -> int:
    """Skip a front sheet's numbered housekeeping notes when the real agenda follows.

    The notes page has no page ranges; the next page restarts its numbering and carries
    ranges (or more of a meeting's routine business) and a higher score, so it is the
    agenda's first page, not a continuation.
    """
    if start + 1 >= len(scores) or scores[start].ranges:
        return start
    cur, nxt = scores[start], scores[start + 1]
    restarts = bool(cur.numbers and nxt.numbers) and nxt.numbers[0] <= min(cur.numbers)
    # The agenda proper beats the notes by its ranges or, in an agenda-only file, by the
    # business every meeting has (roll call, public comment, minutes).
    better = (
        (len(nxt.ranges) >= 2 or (cur.procedural == 0 and nxt.procedural >= 2))
        and nxt.score > cur.score
        and _is_start(nxt)
    )
    return start + 1 if restarts and better else start


def _carries_on(prev: PageScore, cur: PageScore) -> bool:
    if not (prev.numbers and cur.numbers and prev.ranges and cur.ranges):
        return False
    top = max(prev.numbers)
    follows = top <= cur.numbers[0] <= top + 2
    return follows and min(r[0] for r in cur.ranges) > max(r[0] for r in prev.ranges)
