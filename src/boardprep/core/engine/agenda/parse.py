"""Agenda pages -> item tree (numbers, titles, page ranges, times, papers, people, purposes).

Reads layout, not flat text: real item lines share the x position of their number, their font
and an upward numbering; a number inside a purpose paragraph (a date, "3 speakers") fails those
tests. Each item row is split into cells (title, time, range, paper) and the rows after it are
title continuations (same style, no gap), people labels, stray ranges/times, or the purpose.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from boardprep.core.engine.agenda.captions import (
    bullet_items,
    business_bullets,
    caption_items,
    labelled_openers,
    order_of_business,
    outline_items,
    timed_items,
)
from boardprep.core.engine.agenda.finish import finalise, starts_exclusion
from boardprep.core.engine.agenda.item import (
    OpenItem,
    is_file_number_cell,
    is_type_cell,
    read_item_row,
    set_time,
    start_item,
    title_bold,
    title_italic,
)
from boardprep.core.engine.agenda.lines import (
    ROMAN,
    NumberMatch,
    clean_title,
    is_header_line,
    is_upperish,
    number_value,
    roman_value,
    starts_like_title,
    take_paper,
    take_range,
)
from boardprep.core.engine.agenda.rows import Row, RowNumber, collect_rows, row_number
from boardprep.core.engine.agenda.text import read_text_row, title_cut_mid, was_group_heading
from boardprep.core.engine.agenda.times import CLOCK_OPENS_RE, TIME_SPAN_RE, parse_pure_time
from boardprep.core.engine.pages.textlayer import PageLines
from boardprep.core.engine.vocabulary import (
    ADJOURNMENT_RE,
    AGENDA_HEAD_RE,
    CLOSED_SESSION_END_RE,
    CLOSING_BUSINESS_RE,
    EXEMPT_SECTION_RE,
    FINITE_VERB,
    ITEM_ALONE_RE,
    MONTHS,
    NOTES_HEAD_RE,
    OPENING_BUSINESS_RE,
    PROCEDURAL_RE,
    PUBLIC_SECTION_RE,
    TYPESET_SECTION_RE,
    plain,
)
from boardprep.core.membership import members_in_text
from boardprep.core.model import Item, normalise_number, sub_item_number

_WELSH_RE = re.compile(r"\b(?:Eitem|Teitl|Tudalen(?:nau)?|Cofnodion|Ymddiheuriadau)\b", re.I)
_PRE_MEETING_RE = re.compile(r"pre-?\s*meeting|members?[- ]only", re.IGNORECASE)
_MAIN_KINDS = ("arabic", "letter", "roman", "code")


@dataclass
class ParsedAgenda:
    items: list[Item] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def parse_agenda(
    pages: list[PageLines], meeting_start: str | None, front: Sequence[PageLines] = ()
) -> ParsedAgenda:
    """Parse the agenda pages into items (pdf_pages left None for reconcile). ``front``: the
    front sheet's pages, where the members are listed by office."""
    all_rows = collect_rows(pages)
    start = _agenda_start(all_rows)
    # The members as the front sheet's list gives them (core/membership.py reads it for the
    # clerk's roll too), by surname: "(HURT)" after a title names one.
    roll = members_in_text(
        "\n".join([ln.text for pl in front for ln in pl.lines] + [r.text for r in all_rows])
    )
    members = {m.name.split()[-1].upper(): m.name for m in roll}
    listed, end = order_of_business(all_rows[start:])
    if listed:
        # The listing after the bullets may print some items twice (a consent list, then the
        # same resolutions under OLD / NEW BUSINESS): each is read once, where it comes last,
        # under the bullet its heading names.
        later, no_papers = _listing_under_bullets(all_rows[start + end :], listed, meeting_start)
        top = [*listed, *_last_of_each(later)]
        return ParsedAgenda(items=top, warnings=finalise(top, no_papers, members))
    top, no_papers = _read_items(all_rows, start, meeting_start)
    return ParsedAgenda(items=top, warnings=finalise(top, no_papers, members))


def _listing_under_bullets(
    rows: list[Row], listed: list[Item], meeting_start: str | None
) -> tuple[list[Item], set[int]]:
    """The items of the listing after a bulleted order of business. Those printed under a
    heading that repeats a bullet's title ("OLD BUSINESS" for "❖ Old Business") become that
    bullet's items; the rest (a consent list printed first) stay at the top."""
    heads = {plain(it.title): it for it in listed if not it.number and not it.children}
    cuts = [(k, heads[key]) for k, r in enumerate(rows) if (key := plain(r.text)) in heads]
    bounds = [0, *(k for k, _ in cuts), len(rows)]
    top, no_papers = _read_items(rows[: bounds[1]], 0, meeting_start)
    for (k, owner), stop in zip(cuts, bounds[2:], strict=True):
        items, silent = _read_items(rows[k + 1 : stop], 0, meeting_start)
        owner.children.extend(_last_of_each(items))
        no_papers |= silent
    # A consent list printed before the headings repeats their items: theirs are kept.
    under = {(it.number, plain(it.title)) for o in heads.values() for it in o.sub_items}
    return [it for it in top if (it.number, plain(it.title)) not in under], no_papers


def _last_of_each(items: list[Item]) -> list[Item]:
    def key(it: Item) -> tuple[str, str]:
        return it.number, " ".join(it.title.lower().split())

    last = {key(it): k for k, it in enumerate(items)}
    return [it for k, it in enumerate(items) if last[key(it)] == k]


def _read_items(
    all_rows: list[Row], start: int, meeting_start: str | None
) -> tuple[list[Item], set[int]]:
    """The items of the agenda's rows from ``all_rows[start]``, and the ids of those printed
    with no papers."""
    rows = all_rows[start:]
    numbered = {
        i: rn
        for i, r in enumerate(rows)
        if (rn := _candidate(r)) is not None and not _enumeration_runs_on(rows, i)
    }
    numbered.update(_placeholders(rows, numbered))
    numbered.update(_lower_case_firsts(rows, numbered))
    numbered.update(_dated_entries(rows, numbered))
    numbered.update(_numbers_in_gaps(rows, numbered))
    _misread_first(rows, numbered)
    numbered.update(_centred_headings(rows, numbered))
    _letters_not_romans(numbered)
    opening: list[Item] = []
    closing: list[Item] = []
    stop = len(rows)
    if numbered:
        number_x = _main_column(numbered) or 0.0
        opening, closing, cut = business_bullets(
            all_rows, start + min(numbered), start + max(numbered), number_x
        )
        opening = opening or labelled_openers(all_rows, start + min(numbered), number_x)
        stop = cut - start  # closing bullets are items of their own, not the last item's text
    st = _Reading(
        rows=rows,
        numbered=numbered,
        main_x=_main_column(numbered),
        section_kind=_section_kind(numbered, rows),  # "letter" / "roman" sections over numbers
        # Welsh and English side by side: an italic line under a title is its other language.
        bilingual=any(_WELSH_RE.search(r.text) for r in rows[:25]),
        time_ref=meeting_start,
        sentence_titles=_titles_are_sentences(rows[:stop], numbered),
    )
    opened: dict[int, OpenItem] = {}
    for i, row in enumerate(rows[:stop]):
        _read_row(st, i, row)
        if st.cur is not None:
            opened.setdefault(id(st.cur), st.cur)
    _year_not_pages(list(opened.values()))
    top = st.top
    if not top:
        # No numbered item at all: a timed schedule, or captions and their points.
        top = timed_items(rows) or outline_items(rows) or caption_items(rows)
    elif len(top) == 1 and not top[0].children and len(listed := bullet_items(rows)) >= 5:
        # The one "number" was an address ("12 Mill Lane") over a bulleted list, maybe under
        # captions ("SELECTMEN BUSINESS:").
        top = caption_items(rows) or listed
    else:
        top = _one_printing([*opening, *top, *closing])
    return top, st.no_papers


def _titles_are_sentences(rows: list[Row], numbered: dict[int, RowNumber]) -> bool:
    """Each item is a sentence of a few tight lines ending in a full stop, and nothing else
    ("7. Resolution Authorizing the City Manager to Enter into a Contract" / "for Sanitary
    Sewer Replacement at Heron Street between East" / "Pine Street … Bidder."): a line
    broken short by hand does not end the title there."""
    starts = sorted(numbered)
    ok = 0
    for a, b in itertools.pairwise(starts):
        block = rows[a:b]
        tight = all(r.gap < r.size * 0.6 for r in block[1:])
        ok += len(block) <= 4 and tight and block[-1].text.rstrip().endswith(".")
    return len(starts) >= 5 and ok >= 0.8 * (len(starts) - 1)


def _year_not_pages(opened: list[OpenItem]) -> None:
    """ "k. Consider Snow Removal Bids 25-26" among items printed without pages: a school or
    financial year, not the item's pages. A bare pair of consecutive two-digit numbers is
    pages only where other items print theirs too."""
    ranged = [op for op in opened if op.item.pack_pages is not None]
    if len(opened) < 6 or len(ranged) != 1 or not ranged[0].bare_range:
        return
    op = ranged[0]
    a, b = op.item.pack_pages  # type: ignore[misc]
    if b == a + 1 and 10 <= a <= 98:
        op.item.title = f"{op.item.title} {op.bare_range}"
        op.item.pack_pages = None


def _one_printing(top: list[Item]) -> list[Item]:
    """A pack that prints its agenda twice (a summary page, then the agenda annotated with
    ranges and sub-items, or the same list on a second notice) lists each item once: the
    printing that tells more. A numbering that restarts on other titles (a closed session
    numbered from 1) is no second printing."""
    first = top[0].number if top else ""
    restart = next((k for k in range(1, len(top)) if first and top[k].number == first), None)
    if restart is None:
        return top
    a, b = top[:restart], top[restart:]
    in_b = {_key(it.title): it for it in b}
    if len(a) < 3 or sum(_key(it.title) in in_b for it in a) < 0.7 * len(a):
        return top
    for it in a:
        twin = in_b.get(_key(it.title))
        points = {_key(c.title) for c in it.children}
        if (
            twin
            and points
            and twin.children
            and not points & {_key(c.title) for c in twin.children}
        ):
            return top  # "STUDY SESSION" twice, on other business: two sessions
    if len(b) < 0.7 * len(a):
        return top

    def detail(items: list[Item]) -> int:
        return sum(len(it.children) + (it.pack_pages is not None) for it in items)

    keep, other = (a, b) if detail(a) > detail(b) else (b, a)
    # An item one printing lost (a scan's recognition skipped its line) comes from the other.
    numbers = {it.number for it in keep}
    lost = [it for it in other if it.number not in numbers]
    if not lost or not all(it.number.isdigit() for it in [*keep, *lost]):
        return keep
    return sorted([*keep, *lost], key=lambda it: int(it.number))


@dataclass
class _Reading:
    """Where the reading of the agenda's rows stands (one agenda, top to bottom)."""

    rows: list[Row]
    numbered: dict[int, RowNumber]  # rows that may start an item, by index
    main_x: float | None  # the main items' number column
    section_kind: str | None  # lettered or Roman sections over numbered items, or None
    bilingual: bool
    time_ref: str | None  # the last time read (an item's clock time runs on to the next)
    top: list[Item] = field(default_factory=list)
    top_puncts: list[str] = field(default_factory=list)  # each main number's ending: "." or ")"
    heading_text: str | None = None  # the last short unnumbered line (a section's heading)
    section_x: float | None = None  # a section's own number column, where it restarts at 1
    cur: OpenItem | None = None  # the item text attaches to (a main item or a sub-item)
    main: OpenItem | None = None
    last_value: int = 0
    used_values: set[int] = field(default_factory=set)
    last_letter: int = 0  # in an agenda of lettered sections, the last section's letter
    child_x: float | None = None  # ... and where the numbers of the items in them stand
    section_max: int = 0  # ... and the highest item number in the current section
    section_item: OpenItem | None = None  # ... and the section's numbered item being read
    main_style: tuple[bool, bool] = (False, False)  # the first main item's (bold, capitals)
    # The first main item's number as printed: worded ("ITEM NO. 1") and its kind
    main_worded: tuple[bool, str] = (False, "")
    section_break: bool = False  # a group heading since the last item allows a numbering restart
    exempt_section: bool = False
    excluded: bool = False
    no_papers: set[int] = field(default_factory=set)  # items printed "Verbal update" / "To follow"
    ended: bool = False  # the business is over (a notice's "NOTES:" list follows)
    new_agenda: bool = False  # a second agenda in the file (an annual meeting, then the ordinary)
    # The open sub-items of the main item, outermost first, with the kind of their numbers:
    # an outline ("I." / "A." / "1." / "a.") nests by indent and by kind.
    levels: list[tuple[OpenItem, str]] = field(default_factory=list)
    decimal_subs: bool = False  # sub-items numbered "2.1", "2.2" so far
    noted: OpenItem | None = None  # the main item whose lettered notes are being read
    resumed: OpenItem | None = None  # a section read again where its items are printed apart
    at: int = 0  # the index of the row being read
    sentence_titles: bool = False  # every item is one sentence ending in a full stop

    @property
    def lettered(self) -> bool:
        return self.section_kind is not None


def _read_row(st: _Reading, i: int, row: Row) -> None:
    st.at = i
    if st.ended or is_header_line(row.text):
        return
    if st.top and NOTES_HEAD_RE.match(row.text) and _numbering_restarts(st, i):
        # "NOTES:" then "1. A member entitled to attend …": a notice's numbered notes on
        # proxies and voting follow its business; they are no items.
        st.ended = True
        return
    flat = row.text.replace("\t", " ")
    cut_mid = st.cur is not None and title_cut_mid(st.cur)
    if st.cur is not None and st.cur.title_open and st.cur.title_x is not None:
        # "… Statutory, Organizational & Regular County" / "Board Meeting Agenda": the title's
        # own next line, tight under it at its margin, is no agenda's heading.
        cut_mid = cut_mid or (abs(row.x0 - st.cur.title_x) <= 3 and row.gap < row.size * 0.5)
    if st.top and "agenda" in flat.lower() and AGENDA_HEAD_RE.match(flat) and not cut_mid:
        st.new_agenda = True
        if _reprinted(st, i):
            st.used_values.clear()  # read it again: the fuller printing is kept
        return
    if st.top and i not in st.numbered and _SESSION_HEAD_RE.match(flat) and flat.isupper():
        # "5:30 P.M.-STUDY SESSION, PART II", "IMMEDIATELY FOLLOWING THE SPECIAL SESSION -
        # CLOSED SESSION": one file, several sessions, each numbered from 1.
        st.new_agenda = True
        st.used_values.clear()
        return
    if _next_meeting_after_close(st, i, flat):
        st.ended = True  # "Next Meeting: Regular Meeting / January 22, 2024 / 5:00 p.m."
        return
    rn = _row_item_number(st, i, row)
    if (
        rn is not None
        and not st.top
        and TYPESET_SECTION_RE.match(row.text)
        and AGENDA_HEAD_RE.match(" ".join(rn.title_cells))
    ):
        return  # "1 Dagordning": the agenda's heading, numbered as a typeset section
    if (rn is not None and _read_numbered(st, rn, row)) or (rn is None and _closing(st, row)):
        return
    st.heading_text = row.text if len(row.text.split()) <= 6 and "\t" not in row.text else None
    cur = st.cur
    if cur is None:
        return
    read_text_row(cur, row, st.time_ref)
    if cur.no_papers:
        st.no_papers.add(id(cur.item))
    st.time_ref = cur.item.time or st.time_ref
    _track_sections(st, cur, row)


def _track_sections(st: _Reading, cur: OpenItem, row: Row) -> None:
    """A section heading under the item: the closed part begins or ends here."""
    if st.exempt_section and CLOSED_SESSION_END_RE.search(row.text):
        st.exempt_section = False  # "[Elect Not to Disclose] … its closed session deliberations"
    if was_group_heading(cur, row):
        st.section_break = True
        if EXEMPT_SECTION_RE.match(row.text):
            st.exempt_section = True
        elif PUBLIC_SECTION_RE.match(row.text):
            st.exempt_section = False


_NEXT_MEETING_RE = re.compile(r"^\s*next\s+(?:\w+\s+){0,2}meeting\b", re.IGNORECASE)


def _next_meeting_after_close(st: _Reading, i: int, flat: str) -> bool:
    """An unnumbered "Next Meeting: …" under the closing item: the next meeting's notice,
    whose date and time are not the adjournment's."""
    return (
        st.cur is not None
        and st.main is not None
        and ADJOURNMENT_RE.match(st.main.item.title) is not None
        and i not in st.numbered
        and _NEXT_MEETING_RE.match(flat) is not None
    )


def _reprinted(st: _Reading, i: int) -> bool:
    """The agenda starts over after its heading, with the very first item it began with: the
    same agenda printed again (a summary, then the annotated one)."""
    for k in range(i + 1, min(i + 4, len(st.rows))):
        if (rn := st.numbered.get(k)) is not None:
            again = " ".join(rn.title_cells)
            return rn.nm.number == st.top[0].number and _key(again) == _key(st.top[0].title)
    return False


def _key(title: str) -> str:
    """A title's first words, for telling the same item printed twice."""
    return " ".join(plain(title).split()[:4])


def _numbering_restarts(st: _Reading, i: int) -> bool:
    """The next numbered row, within three, is a "1." (a list of its own starts)."""
    for k in range(i + 1, min(i + 4, len(st.rows))):
        if (rn := st.numbered.get(k)) is not None:
            return rn.nm.number == "1"
    return False


_SESSION_HEAD_RE = re.compile(
    r"^(?:\d{1,2}[:.]\d{2}\s*[AP]\.?M\.?\s*[-–—]\s*(?:[A-Z]+\s+){0,3}(?:SESSION|MEETING)\b"
    r"|IMMEDIATELY\s+FOLLOWING\b.*\bSESSION\b)",
)


def _row_item_number(st: _Reading, i: int, row: Row) -> RowNumber | None:
    """The row's item number, unless the row is prose wrapped onto a number or the steps
    listed under a sub-item."""
    rn = st.numbered.get(i)
    if rn is None or (i > 0 and _runs_on(st.rows[i - 1], row)):
        return None  # "... the Library located at" / "E. Central during ...": prose wrapped
    cur = st.cur
    if (
        cur is not None
        and cur is not st.main
        and "." in cur.item.number
        and rn.nm.kind in ("sub-letter", "sub-roman", "sub-number")
    ):
        cur.title_open = False  # they describe it: its purpose, never its title
        return None  # "i) Presentation by …" under "6.1": the sub-item's steps, not items
    return rn


def _read_numbered(st: _Reading, rn: RowNumber, row: Row) -> bool:
    """A numbered row: a sub-item, a main item, or neither (then read as text). True when it
    started an item."""
    nm = rn.nm
    if _inside_worded_text(st, rn, row):
        return False
    if _resumes_section(st, rn):
        return True
    if st.resumed is not None and st.main is st.resumed and _next_in_resumed(st, rn):
        _start_sub_item(st, rn, row, st.main, st.main.item.number, True)
        return True
    parent_num = st.main.item.number if st.main else None
    in_section = _in_section(st, rn)
    if in_section:
        st.used_values.add(number_value(nm))
        st.section_max = number_value(nm)
        st.child_x = rn.x if st.child_x is None else st.child_x
    if _implied_section(st, rn, row):
        parent_num = st.main.item.number if st.main else None
    owner = st.main
    inner = _letter_level_above(st, rn)
    if inner is not None and inner.has_purpose_started:
        return False  # "a. Proponents" deep under "A. Tentative Parcel Map …" and its text
    if (deeper := inner or _open_level_above(st, rn) or _dotted_level_above(st, rn)) is not None:
        owner, parent_num = deeper, deeper.item.number
    elif (
        st.lettered
        and st.section_item is not None
        and nm.kind in ("sub-letter", "sub-roman")
        and rn.x > st.section_item.x + 8
    ):
        said = st.section_item.item.purpose or ""
        if _recommends(st.section_item) or _RECOMMENDATION_LABEL_RE.match(said):
            return False  # "Recommendation - … a. Reading, by title only …": its options
        # "(a) Personnel Actions" under "7. Consent Agenda" under "II. OPEN SESSION":
        # a third level, under the section's numbered item.
        owner, parent_num = st.section_item, st.section_item.item.number
    if _after_adjournment(st, owner, nm):
        return _try_main_item(st, rn, row)  # nothing is business under "Adjourn"
    if (
        st.main is not None
        and owner is not None
        and parent_num is not None
        and (in_section or owner is not st.main or _is_child_of(nm, parent_num, rn, st.main, row))
    ):
        if _lettered_prose(st, rn, owner):
            return False
        _start_sub_item(st, rn, row, owner, parent_num, in_section)
        return True
    return _try_main_item(st, rn, row)


def _lettered_prose(st: _Reading, rn: RowNumber, owner: OpenItem) -> bool:
    """ "a. Public Question Time provides the public with an opportunity to put …" right under
    a main item, in an agenda whose sub-items are "2.1", "2.2": the item's numbered notes,
    not its sub-items."""
    if not (st.decimal_subs and owner is st.main and rn.nm.kind in ("sub-letter", "letter")):
        return False
    text = " ".join(rn.title_cells)
    if st.noted is owner or (len(text.split()) >= 8 and _NOTE_VERB_RE.search(text)):
        st.noted = owner  # "b.", "c." go on with the notes "a." began
        return True
    return False


# A sentence's verb: "… provides the public with …", "Questions should be submitted …".
_NOTE_VERB_RE = re.compile(rf"\b{FINITE_VERB}\s+(?!of\b)[a-z]")


def _resumes_section(st: _Reading, rn: RowNumber) -> bool:
    """A main number printed again after the business ran on past it, over its own title's
    words ("II. CONSENT AGENDA ITEMS 1 THROUGH 10" on the agenda, then "ATTACHMENT 1 … /
    II. CITY COUNCIL CONSENT AGENDA ITEMS" after "XI."): the section's items printed apart.
    Reading goes back into it; True when it did."""
    nm = rn.nm
    value = number_value(nm)
    # Only a Roman section number: "2." printed again opens a session numbered afresh.
    if nm.kind != "roman" or not st.top:
        return False
    section = st.lettered and nm.kind == st.section_kind  # "II." over numbered items
    used = value <= st.last_letter if section else value in st.used_values
    last = st.last_letter if section else st.last_value
    if not (section or nm.kind == st.main_worded[1]) or not used:
        return False
    if value >= last and st.main is not st.resumed:
        return False
    key = normalise_number(nm.number)
    earlier = next((it for it in st.top if normalise_number(it.number) == key), None)
    if earlier is None or len(_words(earlier.title) & _words(" ".join(rn.title_cells))) < 2:
        return False
    if st.main is not None and st.main.item is earlier:
        return True  # "II. CONSENT PLANNING AGENDA ITEMS": the same section goes on
    op = st.main = st.cur = _reopened(earlier, rn)
    st.resumed, st.levels, st.section_item = op, [], None
    return True


def _reopened(item: Item, rn: RowNumber) -> OpenItem:
    return OpenItem(item=item, x=rn.x, bold=False, upper=False, title_open=False)


def _next_in_resumed(st: _Reading, rn: RowNumber) -> bool:
    """The next number of a resumed section's own items ("1." on, whatever its indent)."""
    if rn.nm.kind != "arabic" or rn.nm.worded or st.main is None:
        return False
    values = [_arabic_label(c.number) for c in st.main.item.sub_items]
    return number_value(rn.nm) == (values[-1] or 0) + 1 if values else rn.nm.number == "1"


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", text.lower())}


def _inside_worded_text(st: _Reading, rn: RowNumber, row: Row) -> bool:
    """A plain "A.", "(1)" inside the text under a bold "ARTICLE 4:" or "ITEM 3" (a bylaw's
    sections quoted in full after "To see if the Town will vote to …"): the text's own
    numbering; sub-items there are bold like the items ("a. Assume Liability" under
    "ARTICLE 3: Consent Articles")."""
    return (
        st.main is not None
        and st.main_worded[0]
        and st.main_style[0]
        and st.main.has_purpose_started
        and not rn.nm.worded
        and not row.line.bold
        and not title_bold(row)
    )


def _open_level_above(st: _Reading, rn: RowNumber) -> OpenItem | None:
    """The open lettered sub-item this number is indented under ("1." under "A." under "V.",
    "i." under "a." under "8."): the outline's next level down. None when the row is no
    deeper than the main item's sub-items. (Numbers under a "4.4" are its recommendation's
    steps, never items.)"""
    if st.main is None or st.lettered:
        return None
    if rn.nm.kind not in ("arabic", "roman", "sub-roman", "sub-letter"):
        return None
    for level, kind in reversed(st.levels):
        # Deeper than the level's own title, not just its number: a line starting "12 Elm
        # Street" under the title's first words is the title wrapping ("(i)" never is).
        bare = rn.nm.kind == "arabic" and not rn.nm.punct
        inside = max(level.x + 8, (level.title_x or level.x) + 3) if bare else level.x + 8
        # "i." deep under "4." under "VIII.", "a)" under "2)" under "E)": the numbered
        # sub-item's own list.
        if rn.nm.kind == "sub-letter":
            nested = kind == "arabic"
        else:
            # "1. Fare media" deep under "i. Increasing ridership" under "a. Ongoing".
            nested = kind in ("letter", "sub-letter") or (
                (kind == "arabic" and rn.nm.kind == "sub-roman")
                or (kind == "sub-roman" and rn.nm.kind == "arabic")
            )
        if rn.x > inside and nested:
            # Right under its title, not inside the text below it (a recommendation's
            # "1. Approve …", "2. Affirm …").
            said = " ".join([*level.raw[1:], level.item.purpose or ""])
            if level.has_purpose_started or _RECOMMENDS_RE.search(said):
                return None
            return level
    return None


def _dotted_level_above(st: _Reading, rn: RowNumber) -> OpenItem | None:
    """The open sub-item a deeper decimal number belongs to: "1.1.1" under "1.1" under
    "1.0", "5.1.1.2" under "5.1.1"; "1-1" (printed "1.-1.") under the "1." inside a
    lettered section."""
    if st.main is None or rn.nm.kind != "dotted":
        return None
    number = rn.nm.number
    if number.count(".") >= 2:
        head, kinds = normalise_number(number.rsplit(".", 1)[0]), ("dotted",)
    elif "-" in number and "." not in number:
        head, kinds = number.rsplit("-", 1)[0], ("arabic",)
    else:
        return None
    for level, kind in reversed(st.levels):
        if kind in kinds and normalise_number(level.item.number) == head:
            return level
    return None


def _after_adjournment(st: _Reading, owner: OpenItem | None, nm: NumberMatch) -> bool:
    """A number under the "Adjourn" item that is not its own ("25.01" under "25" is): the
    notes printed after the business ("1. Each agenda item will be called in order")."""
    main = st.main
    return (
        main is not None
        and owner is main
        and ADJOURNMENT_RE.match(main.item.title) is not None
        and nm.kind != "dotted"
        and not normalise_number(nm.number).startswith(normalise_number(main.item.number))
    )


def _letter_level_above(st: _Reading, rn: RowNumber) -> OpenItem | None:
    """The open lettered sub-item a letter of the other case is indented under ("a." under
    "A."): the outline's next level down, or the steps its text lists."""
    letters = ("letter", "sub-letter")
    if st.main is None or st.lettered or rn.nm.kind not in letters or not st.levels:
        return None
    level, kind = st.levels[-1]
    mark = re.match(r"\s*\(?([A-Za-z])[.)]", level.raw[0] if level.raw else "")  # as printed
    if kind not in letters or mark is None or rn.x <= level.x + 8:
        return None
    return level if mark.group(1).isupper() != rn.nm.number.isupper() else None


def _in_section(st: _Reading, rn: RowNumber) -> bool:
    """A numbered item inside the current lettered (or Roman) section."""
    nm, main = rn.nm, st.main
    return (
        st.lettered
        and main is not None
        and re.fullmatch(r"[A-Z]" if st.section_kind == "letter" else ROMAN, main.item.number)
        is not None
        and nm.kind == "arabic"
        and not nm.worded
        and (st.main_x is None or rn.x >= st.main_x - 8)
        and (st.child_x is None or abs(rn.x - st.child_x) <= 8)
        # Rising within the section (numbering may run on, or restart per section);
        # a recommendation's own "1." under item 8 does not.
        and number_value(nm) > st.section_max
        # "D-1" … "D-5" were the section's own numbers: a "1." in its column after them is
        # the next item at the section's level ("1.", "1.-1." after "D.-5.").
        and not any(
            isinstance(c, Item) and c.number[:1] == main.item.number and c.number[1:2] in ".-"
            for c in main.item.children
        )
    )


def _implied_section(st: _Reading, rn: RowNumber, row: Row) -> bool:
    """ "2.01 Expulsion(s)" indented under a "Closed Session" heading whose "2." is not in the
    text (drawn as an image): the section is there all the same. True when it was started."""
    nm, main = rn.nm, st.main
    implied = re.match(r"(\d{1,3})\.\d", nm.number) if nm.kind == "dotted" else None
    if (
        implied is None
        or main is None
        or st.main_x is None
        or rn.x <= st.main_x + 8
        or int(implied.group(1)) != st.last_value + 1
        or _is_child_of(nm, main.item.number, rn, main, row)
    ):
        return False
    st.main = st.cur = start_item(rn, row, implied.group(1))
    st.levels = []
    st.main.item.title = st.heading_text or f"Item {implied.group(1)}"
    st.top.append(st.main.item)
    st.top_puncts.append(".")
    st.last_value = int(implied.group(1))
    st.used_values.add(st.last_value)
    st.main.item.exempt = st.exempt_section or st.excluded
    return True


def _start_sub_item(
    st: _Reading, rn: RowNumber, row: Row, owner: OpenItem, parent_num: str, in_section: bool
) -> None:
    st.decimal_subs = st.decimal_subs or rn.nm.kind == "dotted"
    child_num, printed = sub_item_number(parent_num, _printed_label(rn.nm, row))
    cur = st.cur = start_item(rn, row, child_num)
    cur.sentence_title = st.sentence_titles
    cur.item.printed, cur.bilingual = printed, st.bilingual
    owner.item.children.append(cur.item)
    owners = [lvl for lvl, _k in st.levels]
    keep = owners.index(owner) + 1 if owner in owners else 0
    st.levels = [*st.levels[:keep], (cur, rn.nm.kind)]
    if in_section:
        st.section_item = cur
    read_item_row(cur, rn, row, st.time_ref)
    _item_row_read(st, cur)


def _item_row_read(st: _Reading, cur: OpenItem) -> None:
    """What an item's own row tells the rest of the reading: no papers, the time, exempt."""
    if cur.no_papers:
        st.no_papers.add(id(cur.item))
    st.time_ref = cur.item.time or st.time_ref
    cur.item.exempt = cur.item.exempt or st.exempt_section or st.excluded


def _try_main_item(st: _Reading, rn: RowNumber, row: Row) -> bool:
    """Start a main item at this row when its number stands in the items' column, is of an
    item's kind and carries the numbering on. True when it did."""
    nm = rn.nm
    value = number_value(nm)
    if _notes_before_agenda(st.top, value, rn, st.top_puncts):
        # "1. PARTICIPATE BEFORE THE MEETING", "2. ATTEND IN PERSON", then "1. CALL
        # MEETING TO ORDER": the first list was how to take part, not business.
        st.top.clear()
        st.top_puncts.clear()
        st.used_values.clear()
        st.main = st.cur = None
        st.last_value = 0
    # A section whose numbering restarts in a column of its own ("CONSENT CALENDAR: …" then
    # "1. ASSEMBLY BILL 361 …" indented): its items, in that column.
    restart_col = (
        st.section_break
        and value == 1
        and nm.kind == "arabic"
        and st.main_x is not None
        and rn.x > st.main_x + 8
        and is_upperish(" ".join(rn.title_cells))
    )
    ok_kind = nm.kind in _MAIN_KINDS or nm.kind == "dotted" or nm.worded
    if not (
        _in_item_column(st, rn, row, value, restart_col)
        and ok_kind
        and _carries_numbering_on(st, rn, row, value)
        and not _PRE_MEETING_RE.search(" ".join(rn.title_cells))
    ):
        return False
    _start_main_item(st, rn, row, value, restart_col)
    return True


def _in_item_column(st: _Reading, rn: RowNumber, row: Row, value: int, restart_col: bool) -> bool:
    main_x = st.main_x
    if main_x is None or abs(rn.x - main_x) <= 8 or restart_col:
        return True
    if rn.nm.kind == "roman" and 0 < rn.x - main_x <= 14 and value == st.last_value + 1:
        return True  # Word sets Roman numbers flush right: "I." stands right of "III."
    # The next number set a little to the LEFT of the column ("9." typed with a different
    # tab): still the items' own; a list inside an item is indented right.
    if main_x - 24 <= rn.x < main_x and value == st.last_value + 1:
        return True
    if st.section_x is not None and abs(rn.x - st.section_x) <= 8 and not st.section_break:
        return True
    if _own_page_column(st, rn, row, value):
        return True
    # Lettered sections may stand out to the left of the items' numbers.
    return st.lettered and rn.nm.kind == st.section_kind and rn.x <= main_x + 8


def _own_page_column(st: _Reading, rn: RowNumber, row: Row, value: int) -> bool:
    """A front sheet set with other margins ("I.", "II." at 86 pt, then "III." on at 73 pt on
    the next page): on a page before any number stands in the items' column, the page's
    leftmost numbers of the same kind are the column there, when they carry the numbering on."""
    if st.main_x is None or value != st.last_value + 1:
        return False
    main_x = st.main_x
    in_column = [st.rows[k].page for k, n in st.numbered.items() if abs(n.x - main_x) <= 8]
    if not in_column or row.page >= min(in_column):
        return False
    xs = [
        n.x
        for k, n in st.numbered.items()
        if st.rows[k].page == row.page and n.nm.kind == rn.nm.kind
    ]
    return bool(xs) and abs(rn.x - min(xs)) <= 3


def _carries_numbering_on(st: _Reading, rn: RowNumber, row: Row, value: int) -> bool:
    nm, last = rn.nm, st.last_value
    if (
        st.main_worded[0]
        and not nm.worded
        and nm.kind in ("roman", "letter")
        and nm.kind != st.main_worded[1]
    ):
        return False  # "V. The Authorized Share Capital …" quoted in "ITEM NO. 2"'s resolution
    if st.main is None or last < value <= last + 6:
        return True
    if (st.section_break and value <= 2) or (
        value <= 2 and st.cur is not None and starts_exclusion(st.cur)
    ):
        return True
    if (nm.kind == "dotted" and value >= last) or (nm.kind == "code" and value > last):
        return True
    if value == last and _next_letter(st.main.item.number, nm.number):
        return True
    if value == last and _number_printed_twice(st, rn):
        return True
    if value == 1 and nm.kind == "arabic" and re.fullmatch(r"[A-Z]", st.main.item.number):
        return True  # "D. CONSENT AGENDA" … then "1. Boards' minutes" in the same column
    if (st.new_agenda and value not in st.used_values) or (
        st.lettered and nm.kind == st.section_kind and value == st.last_letter + 1
    ):
        return True
    # Printed out of order ("9. FINANCE" before "8. STANDING ITEMS"): a number not used yet,
    # set in the main items' own style, is one of them all the same ("10. NEXT MEETING - to
    # suggest items" is in capitals up to its dash).
    head = re.split(r"\s[-–—]\s", " ".join(rn.title_cells))[0]
    bold = row.line.bold or (bool(head) and title_bold(row))  # the head bold, its note plain
    # "14. FINANCE", then "10. ITEMS FOR FUTURE AGENDA" and "11. AOB": a template's closing
    # business that kept its old numbers when items were added above it.
    closing = CLOSING_BUSINESS_RE.match(head) is not None and value > 1
    return (
        value < last
        and (value not in st.used_values or closing)
        and bold == st.main_style[0]
        and is_upperish(head) == st.main_style[1]
        and bold | st.main_style[1]
    )


def _closing(st: _Reading, row: Row) -> bool:
    """ "Adjournment" after the last numbered item, unnumbered but in the items' column and
    bold as they are, where the agenda numbers its routine business ("1. Call to Order &
    Roll Call"): the meeting's closing item. True when it started it. (Where the call to
    order is an unnumbered heading, so is the adjournment: neither is an item.)"""
    # "ADJOURNMENT <tab> 7:45": a time cell beside it, as the items have.
    text, *cells = [c.strip() for c in row.text.strip().split("\t")]
    if not (
        st.main is not None
        and OPENING_BUSINESS_RE.match(st.top[0].title)
        and st.main_x is not None
        and ADJOURNMENT_RE.match(text) is not None
        and all(parse_pure_time(c) is not None for c in cells)
        and abs(row.x0 - st.main_x) <= 8
        and row.line.bold
        and st.main_style[0]
        and not any(ADJOURNMENT_RE.match(it.title) for it in st.top)
    ):
        return False
    closing = Item(number="", title=clean_title(text), agenda_page=row.page + 1)
    st.top.append(closing)
    st.main = st.cur = OpenItem(
        item=closing, x=row.x0, bold=True, upper=text.isupper(), title_open=False
    )
    if cells:
        st.main.cell_time = cells[0]
        set_time(st.main, st.time_ref)
    st.levels, st.section_item = [], None
    return True


def _number_printed_twice(st: _Reading, rn: RowNumber) -> bool:
    """ "13. Proposed Solar Farm" then "13. What to spend funds on", then "14.": a typing slip
    in the numbering; the second is an item of its own, in the column, as the next one is."""
    nxt = next((st.numbered[k] for k in sorted(st.numbered) if k > st.at), None)
    main = st.main
    return (
        main is not None
        and rn.nm.kind == "arabic"
        and rn.nm.punct == (st.top_puncts[-1] if st.top_puncts else None)
        and st.main_x is not None
        and abs(rn.x - st.main_x) <= 3
        and not main.item.children
        and not ADJOURNMENT_RE.match(main.item.title)  # a second language's list after it
        and plain(" ".join(rn.title_cells)) not in {plain(it.title) for it in st.top}
        and _words(main.item.title).isdisjoint(_words(" ".join(rn.title_cells)))
        and nxt is not None
        and nxt.nm.kind == "arabic"
        and number_value(nxt.nm) == st.last_value + 1
        and abs(nxt.x - rn.x) <= 3
    )


def _start_main_item(st: _Reading, rn: RowNumber, row: Row, value: int, restart_col: bool) -> None:
    nm = rn.nm
    if st.cur is not None:
        st.excluded = st.excluded or starts_exclusion(st.cur)
    if st.main is None:
        st.main_style = (row.line.bold, is_upperish(" ".join(rn.title_cells)))
        st.main_worded = (nm.worded, nm.kind)
    if st.lettered and nm.kind == st.section_kind:
        st.last_letter, st.section_max = value, 0
    else:
        st.used_values.add(value)
    st.new_agenda = False
    if restart_col:
        st.section_x = rn.x
    elif st.main_x is not None and abs(rn.x - st.main_x) <= 8:
        st.section_x = None  # back in the agenda's own column
    cur = st.main = st.cur = start_item(rn, row, nm.number)
    cur.sentence_title = st.sentence_titles
    st.section_item = None
    st.levels = []
    cur.bilingual = st.bilingual
    st.top.append(cur.item)
    st.top_puncts.append(nm.punct)
    read_item_row(cur, rn, row, st.time_ref)
    _item_row_read(st, cur)
    st.last_value = value
    st.section_break = False


def _printed_label(nm: NumberMatch, row: Row) -> str:
    """The sub-item label with its brackets as printed: "(i)", "a)", "4a", "4.1"."""
    if nm.printed:
        return nm.printed
    head = row.text.lstrip()
    num = re.escape(nm.number)
    if re.match(rf"\(\s*{num}\s*\)", head):
        return f"({nm.number})"
    if re.match(rf"{num}\s*\)", head):
        return f"{nm.number})"
    return nm.number


def _next_letter(prev: str, number: str) -> bool:
    """ "4a" then "4b" printed as items of their own (no "4" above them)."""
    a, b = re.fullmatch(r"(\d+)([a-zA-Z]?)", prev), re.fullmatch(r"(\d+)([a-zA-Z])", number)
    return bool(a and b and a.group(1) == b.group(1) and b.group(2).lower() > a.group(2).lower())


def _enumeration_runs_on(rows: list[Row], i: int) -> bool:
    """ "Action Required: (1) The Clerk will ask for nominations; and" / "(2) Council to elect
    …": a sentence's own list wrapping onto the next line, not a sub-item."""
    m = re.match(r"\s*\((\d{1,2})\)", rows[i].text)
    if m is None or i == 0 or int(m.group(1)) < 2:
        return False
    before = rows[i - 1].text.strip()
    mark = f"({int(m.group(1)) - 1})"
    return mark in before and not before.startswith(mark)


def _agenda_start(rows: list[Row]) -> int:
    """Skip front-sheet text above an AGENDA heading or the column headings."""
    for i, r in enumerate(rows[:80]):
        if AGENDA_HEAD_RE.match(r.text.replace("\t", " ")) or is_header_line(r.text):
            return i + 1
    return 0


def _candidate(row: Row) -> RowNumber | None:
    rn = row_number(row)
    if rn is None:
        return None
    if not rn.title_cells:
        # "4 <tab> 15:35 - 16:10" with the title on the row below: a number and its time slot.
        after_number = re.sub(r"^\s*\S+\s+", "", row.text.replace("\t", " "))
        if rn.lead_time and TIME_SPAN_RE.match(after_number):
            return rn
        # "ITEM NO. 1" on a line of its own over the resolution's title (a company's notice).
        return rn if ITEM_ALONE_RE.match(row.text) else None
    first = rn.title_cells[0]
    if len(rn.title_cells) > 1 and is_file_number_cell(row, rn.title_cells):
        first = rn.title_cells[1]  # "a. 22-0329 UPDATES FROM ...": a file number, then the title
    if not starts_like_title(first) and not _dated_title(rn, first):
        return None
    if rn.nm.kind in ("letter", "roman") and len(first) < 3:
        return None
    if (
        rn.nm.kind == "letter"
        and _ROSTER_NAME_RE.match(first)
        and any(_ROSTER_NAME_RE.match(c) for c in rn.title_cells[1:])
    ):
        # "R. Michael Kasperzak, Jr., Councilmember <tab> Leonard M. Siegel, Councilmember":
        # a two-column roster whose first name has an initial, not item "R".
        return None
    if rn.nm.kind in ("sub-letter", "letter") and title_italic(row) and len(first.split()) >= 10:
        return None  # "a. Any person may directly address the Board …": a note in italics
    if rn.lead_time is None and CLOCK_OPENS_RE.match(row.text):
        return None  # "12.15 pm Pre-meeting", "7 P.M. COUNCIL MEETING": a time, not an item
    if _HANDLING_STEP_RE.match(first):
        return None  # "1. Presentation of item.", "3. ACTION: Authorize …": how an item is taken
    return rn


# The steps a commission prints under each item of business: how it is taken, not items.
_HANDLING_STEP_RE = re.compile(
    r"^(?:presentation\s+of\s+(?:the\s+)?item\b"
    r"|comment\s+from\s+the\s+public\s+related\s+to\s+the\s+item\b"
    r"|(?:requested\s+)?action(?:\s+by\s+(?:the\s+)?applicant)?\s*:)",
    re.IGNORECASE,
)


# A roster's cell: a name (maybe "Jr."), then the office after a comma.
_ROSTER_NAME_RE = re.compile(
    r"^[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'’-]+){1,2}(?:,\s*(?:Jr|Sr|II|III)\.?)?,\s*"
    r"(?:Vice\s+)?(?:Council\s*member|Councill?or|Mayor|Alderm[ae]n|Supervisor|Commissioner"
    r"|Trustee|Director|City\s+Manager|City\s+Clerk|City\s+Attorney)\b",
    re.IGNORECASE,
)
_DATE_WORDS_RE = re.compile(
    # "May 4-10, 2025, National Travel and Tourism Week": a week's days too.
    rf"^(?:{'|'.join(MONTHS)})\b[\s,]*(?:\d{{1,2}}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}})?\b[\s,]*)?"
    r"(?:\d{4}\b)?",
    re.IGNORECASE,
)


def _dated_title(rn: RowNumber, first: str) -> bool:
    """ "a. November 2025 Financials", "3. January Minutes": a title that opens with its month,
    after a number printed with its stop -- not a date read as number and words ("12 March
    2026")."""
    m = _DATE_WORDS_RE.match(first.strip())
    rest = first.strip()[m.end() :] if m else ""
    stopped = rn.nm.punct in (".", ")") or rn.nm.kind in ("sub-letter", "letter", "sub-roman")
    return stopped and bool(re.match(r"[A-Za-z][a-z]{2,}", rest.strip(" -–,")))


def _placeholders(rows: list[Row], numbered: dict[int, RowNumber]) -> dict[int, RowNumber]:
    """Sub-item numbers printed with nothing after them ("9.1" under "NEW BUSINESS", a slot
    left for business raised at the meeting): items with no title, when the next row is an
    item (or there is none), so that no title can be waiting on the next line."""
    out: dict[int, RowNumber] = {}
    for i, row in enumerate(rows):
        if i in numbered or (i + 1 < len(rows) and i + 1 not in numbered):
            continue
        rn = row_number(row)
        if rn is not None and rn.nm.kind == "dotted" and not rn.title_cells:
            out[i] = rn
    return out


def _lower_case_firsts(rows: list[Row], numbered: dict[int, RowNumber]) -> dict[int, RowNumber]:
    """ "a. updated KTC Standing Orders 2025/26" over "b. Code of Conduct": the list's first
    letter, whose title happens to start in lower case. Also a one-line list "(a) matters
    arising" between two items, where the page's other lists start "(a) Chair" at its place."""
    out: dict[int, RowNumber] = {}
    firsts = [rn for rn in numbered.values() if rn.nm.number.lower() == "a"]
    for i in range(len(rows) - 1):
        nxt = numbered.get(i + 1)
        if i in numbered or nxt is None:
            continue
        rn = row_number(rows[i])
        if (
            rn is None
            or rn.nm.number.lower() != "a"
            or not rn.title_cells
            or not re.match(r"[a-z]+\s+\S", rn.title_cells[0])
        ):
            continue
        if nxt.nm.number.lower() == "b":
            listed = rn.nm.kind == nxt.nm.kind and abs(rn.x - nxt.x) <= 3
        else:
            listed = (
                i - 1 in numbered
                and len(rows[i].text.split()) <= 7
                and any(f.nm.kind == rn.nm.kind and abs(f.x - rn.x) <= 3 for f in firsts)
            )
        if listed:
            out[i] = rn
    return out


def _dated_entries(rows: list[Row], numbered: dict[int, RowNumber]) -> dict[int, RowNumber]:
    """ "i. December 31, 2021" right under "a. Monthly Treasurer's Report", numbered where the
    outline's other "i." entries stand: an entry titled by its date, not a date."""
    out: dict[int, RowNumber] = {}
    for i, row in enumerate(rows):
        if i in numbered or i - 1 not in numbered:
            continue
        rn = row_number(row)
        if (
            rn is not None
            and (rn.nm.punct in (".", ")") or rn.nm.kind in ("sub-letter", "sub-roman"))
            and rn.title_cells
            and _DATE_WORDS_RE.fullmatch(rn.title_cells[0].strip().rstrip("."))
            and rn.x > numbered[i - 1].x + 8
            and any(o.nm.kind == rn.nm.kind and abs(o.x - rn.x) <= 3 for o in numbered.values())
        ):
            out[i] = rn
    return out


def _numbers_in_gaps(rows: list[Row], numbered: dict[int, RowNumber]) -> dict[int, RowNumber]:
    """Items whose words a scan's text layer misread ("2 second Reading ordinance …", "6 +/-
    Resolution No. …"), so that they do not start like a title: their number is still in
    the main column and fills a gap in the numbering between its neighbours."""
    arabic = sorted((i, rn) for i, rn in numbered.items() if rn.nm.kind == "arabic")
    out: dict[int, RowNumber] = {}
    for (i, before), (j, after) in itertools.pairwise(arabic):
        low, high = number_value(before.nm), number_value(after.nm)
        if high - low < 2 or j - i < 2 or abs(before.x - after.x) > 3:
            continue
        want = low + 1
        for k in range(i + 1, j):
            rn = _misread_digit(row_number(rows[k]), want)
            if (
                rn is None
                or rn.nm.kind != "arabic"
                or rn.nm.worded
                or abs(rn.x - before.x) > 3
                or number_value(rn.nm) != want
                or len(rows[k].text.split()) < 4
            ):
                continue
            out[k], want = rn, want + 1
            if want >= high:
                break
    if len(arabic) >= 3:
        out.update(_misread_after_last(numbered))
    return out


def _misread_after_last(numbered: dict[int, RowNumber]) -> dict[int, RowNumber]:
    """ "7)" then "s)" in the same column: the run's 8, misread (a letter list would not open
    at "s", nor go on without its next letter)."""
    rows = sorted(numbered.items())
    out: dict[int, RowNumber] = {}
    for (_i, a), (k, b), after in zip(rows, rows[1:], [*rows[2:], None], strict=False):
        if a.nm.kind != "arabic" or b.nm.kind == "arabic" or abs(a.x - b.x) > 3:
            continue
        fixed = _misread_digit(b, number_value(a.nm) + 1)
        if fixed is None or fixed is b:
            continue
        letters_on = after is not None and after[1].nm.number == chr(ord(b.nm.number) + 1)
        if not letters_on:
            out[k] = fixed
    return out


def _misread_first(rows: list[Row], numbered: dict[int, RowNumber]) -> None:
    """A scan's "4. Councilmember Reports" over "2.", "3." in its column: the run's 1,
    misread by text recognition."""
    arabic = sorted((i, rn) for i, rn in numbered.items() if rn.nm.kind == "arabic")
    for (i, a), (_j, b), (_k, c) in zip(arabic, arabic[1:], arabic[2:], strict=False):
        follows = (b.nm.number, c.nm.number) == ("2", "3")
        column = abs(a.x - b.x) <= 3 and abs(b.x - c.x) <= 3
        if rows[i].ocr and follows and column and a.nm.number not in ("1", "2"):
            numbered[i] = dataclasses.replace(a, nm=dataclasses.replace(a.nm, number="1"))


# Letters a scan's text layer reads for digits: "g." for 8, "S." for 5 (or 8: "s)" after
# "7)"), "l." for 1.
_DIGIT_LOOKALIKES = {
    "g": (8,),
    "B": (8,),
    "S": (5, 8),
    "s": (5, 8),
    "l": (1,),
    "I": (1,),
    "q": (9,),
    "Z": (2,),
}


def _misread_digit(rn: RowNumber | None, want: int) -> RowNumber | None:
    """``rn``, or, where its "number" is a letter that looks like the digit ``want`` ("g."
    where 8 is due), that digit."""
    if rn is None or rn.nm.kind == "arabic" or want not in _DIGIT_LOOKALIKES.get(rn.nm.number, ()):
        return rn
    nm = dataclasses.replace(rn.nm, number=str(want), kind="arabic", printed="", punct=".")
    return dataclasses.replace(rn, nm=nm)


_RUNS_ON_RE = re.compile(
    r"\b(?:at|the|of|and|to|in|on|for|with|by|from|a|an|or|that|which)$", re.IGNORECASE
)


def _runs_on(prev: Row, row: Row) -> bool:
    """The line before stops mid-sentence, just above, at the same margin: this line carries
    the sentence on, whatever it starts with ("12 March"), even a letter and a stop after a
    first name or a house number ("… renamed as the Tim" / "K. Murakami Public Safety Center",
    "… located at 15920" / "E. Central during …")."""
    cut = prev.text.rstrip()
    initial = re.search(r"\b[a-z]+\s+(?:[A-Z][a-z]+|\d{2,6})$", cut) and re.match(
        r"[A-Z]\.\s+[A-Z]", row.text
    )
    return (
        bool(_RUNS_ON_RE.search(cut) or initial)
        and row.gap < row.size * 0.5
        and abs(prev.line.x0 - row.line.x0) < 3
        and len(prev.text) > 60
    )


def _notes_before_agenda(
    top: list[Item], value: int, rn: RowNumber, puncts: list[str] | None = None
) -> bool:
    """A restart at 1 with routine business after a short list with none (numbered notes),
    or a "1." after lists numbered "1)", "2)" (ways to watch or comment on the meeting)."""
    if value != 1 or not 1 <= len(top) <= 3 or rn.nm.kind != "arabic":
        return False
    if len(top) == 1 and top[0].number.isdigit() and int(top[0].number) >= 100:
        return True  # a stray "545 ..." line read as an item, then the agenda's own "1."
    if [it.number for it in top] != [str(k) for k in range(1, len(top) + 1)]:
        return False
    if any(it.pack_pages or it.children or PROCEDURAL_RE.search(it.title) for it in top):
        return False
    if puncts and rn.nm.punct == "." and all(p == ")" for p in puncts):
        return True
    return bool(PROCEDURAL_RE.search(" ".join(rn.title_cells)))


def _letters_not_romans(numbered: dict[int, RowNumber]) -> None:
    """ "I." after "H." (or "C." after "B.", "L." after "K.") is the next letter, not Roman one."""
    last: RowNumber | None = None
    for _i, rn in sorted(numbered.items()):
        nm = rn.nm
        if (
            last is not None
            and nm.kind == "roman"
            and len(nm.number) == 1
            and abs(rn.x - last.x) <= 6
            and ord(nm.number) == ord(last.nm.number) + 1
        ):
            nm.kind = "letter"
        if nm.kind == "letter" and nm.number.isupper():
            last = rn


def _upper_name(rn: RowNumber) -> bool:
    """ "CALL TO ORDER 5:30 p.m.": in capitals, whatever the time beside it."""
    text = re.sub(r"\d{1,2}[:.]\d{2}\s*[ap]\.?\s?m\.?", "", " ".join(rn.title_cells))
    return is_upperish(text.strip())


def _section_kind(numbered: dict[int, RowNumber], rows: list[Row]) -> str | None:
    """US agendas: sections lettered "A. CONSENT", "B. PUBLIC HEARINGS" (or numbered "I.",
    "II.") with the numbered items under them ("8. City Council Minutes"), the numbering
    running on or restarting per section. The sections' kind, or None."""
    for kind in ("letter", "roman"):
        seq = [(i, rn) for i, rn in sorted(numbered.items()) if rn.nm.kind in (kind, "arabic")]
        heads = [(i, rn) for i, rn in seq if rn.nm.kind == kind and rn.nm.number.isupper()]
        if len(heads) < 3 or [number_value(rn.nm) for _i, rn in heads[:3]] != [1, 2, 3]:
            continue
        if not all(_upper_name(rn) or rows[i].line.bold for i, rn in heads[:3]):
            continue  # section names stand out (capitals, bold); "A. Approve the minutes" not
        # Items under the sections (under the last one alone, maybe: "D. NEW BUSINESS").
        first = heads[0][0]
        if sum(1 for i, rn in seq if first < i and rn.nm.kind == "arabic") < 2:
            continue
        arabic_x = min((rn.x for _i, rn in seq if rn.nm.kind == "arabic"), default=0.0)
        if heads[0][1].x > arabic_x + 8:
            continue  # "A.", "B." indented under "4. CONSENT CALENDAR": sub-items, no sections
        # Roman sections hold numbered items in several sections; a "1." / "2." list inside
        # one item's description under "XI." makes no sections of the Roman items.
        # Its items stand just right of the Roman numbers, not deep inside a description.
        x = heads[0][1].x
        starts = [i for i, _rn in heads] + [len(rows)]
        holding = sum(
            1
            for a, b in itertools.pairwise(starts)
            if any(a < i < b and rn.nm.kind == "arabic" and 0 < rn.x - x <= 40 for i, rn in seq)
        )
        if kind == "letter" or holding >= 2:
            return kind
    return None


def _centred_headings(rows: list[Row], numbered: dict[int, RowNumber]) -> dict[int, RowNumber]:
    """Main items printed as centred headings ("1. CALL TO ORDER", "7. CONSENT AGENDA"), their
    lettered items at the left margin under them: the headings' numbers stand wherever the
    title's length puts them, so they are moved to a column left of everything (the items'
    column), and the letters become their sub-items."""
    heads = {
        i: rn
        for i, rn in numbered.items()
        if rn.nm.kind == "arabic" and rn.nm.punct == "." and rn.nm.number.isdigit()
    }
    if len(heads) < 4:
        return {}

    def mid(i: int) -> float:
        return (rows[i].line.x0 + rows[i].line.x1) / 2

    # The headings share one centre while their numbers stand at many places (a list's
    # numbers share their place instead).
    groups = [{i: rn for i, rn in heads.items() if abs(mid(i) - mid(k)) < 12} for k in heads]
    centred = max(
        groups,
        key=lambda g: (
            max(rn.x for rn in g.values()) - min(rn.x for rn in g.values()) >= 40,
            len(g),
        ),
    )
    xs = [rn.x for rn in centred.values()]
    values = [int(rn.nm.number) for _i, rn in sorted(centred.items())]
    if len(centred) < 4 or max(xs) - min(xs) < 40 or values[:2] != [1, 2]:
        return {}
    if sum(1 for a, b in itertools.pairwise(values) if b == a + 1) < 0.8 * (len(values) - 1):
        return {}
    left = min(rn.x for rn in numbered.values()) - 10
    return {i: dataclasses.replace(rn, x=left) for i, rn in centred.items()}


def _worded_calendar(main: OpenItem) -> bool:
    """The main item was printed "NO. 3." (a board's calendar of resolutions): its lettered
    resolutions stand in the same margin under it."""
    return bool(main.raw) and re.match(r"\s*NO\.\s*\d{1,2}\.", main.raw[0]) is not None


def _main_column(numbered: dict[int, RowNumber]) -> float | None:
    """x of the item-number column: where the longest upward run of main numbers sits --
    unless a column further left counts upwards too and opens the agenda: the right-hand
    numbers are then sub-items ("A." to "M." under "4. CONSENT CALENDAR"). Dotted numbers
    ("4.1" ... "4.12", consent items printed without their "4.") decide only where no other
    column counts upwards."""
    mains = _number_columns(numbered, _MAIN_KINDS)
    best = _longest_run(mains)
    if best is None or best[0] < 2:
        dotted = _longest_run(_number_columns(numbered, ("dotted",)))
        if dotted is not None and dotted[0] >= 3 and (best is None or dotted[0] > best[0]):
            best = dotted
    if best is None:
        return None
    best_kinds = {numbered[i].nm.kind for x, _v, rows in mains if x == best[1] for i in rows}
    left = [
        (x, rows[0])
        for x, vals, rows in mains
        if _lis(vals) >= 3
        and rows[0] < best[2]
        and len(rows) >= 3
        and (
            x < best[1] - 20
            # "I.", "II." a tab's width left of "1.", "2." under "VIII.": Roman sections.
            or (
                x < best[1] - 10
                and bool(best_kinds)
                and best_kinds.isdisjoint(numbered[i].nm.kind for i in rows)
            )
        )
    ]
    return min(left)[0] if left else best[1]


def _number_columns(
    numbered: dict[int, RowNumber], kinds: tuple[str, ...]
) -> list[tuple[float, list[float], list[int]]]:
    """(x, values, rows) of the numbered lines of ``kinds``, grouped by where they stand."""
    groups: list[tuple[float, list[float], list[int]]] = []
    for i, rn in sorted(numbered.items()):
        if rn.nm.kind not in kinds and not (rn.nm.worded and "dotted" not in kinds):
            continue
        sub = re.fullmatch(r"\d+\.(\d{1,3})", rn.nm.number)
        value = number_value(rn.nm) + (int(sub.group(1)) / 1000 if sub else 0)
        for x, vals, rows in groups:
            if abs(x - rn.x) <= 6:
                vals.append(value)
                rows.append(i)
                break
        else:
            groups.append((rn.x, [value], [i]))
    return groups


def _longest_run(
    groups: list[tuple[float, list[float], list[int]]],
) -> tuple[int, float, int] | None:
    best: tuple[int, float, int] | None = None
    for x, vals, rows in groups:
        score = _lis(vals)
        if best is None or score > best[0] or (score == best[0] and x < best[1]):
            best = (score, x, rows[0])
    return best


def _lis(vals: list[float]) -> int:
    tails: list[float] = []
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


# "It is recommended that the Council:", "Recommendation -": a recommendation's options follow.
_RECOMMENDS_RE = re.compile(
    r"\b(?:recommend(?:ed|s|ation)?|(?:is|are)\s+asked\s+to)\b[^.]*(?::|\s[-–—])\s*$",
    re.IGNORECASE,
)


def _recommends(item: OpenItem) -> bool:
    """The item's text so far ends in a recommendation's lead-in ("It is recommended that the
    Council:", "Recommendation -"): options or steps follow."""
    return bool(_RECOMMENDS_RE.search(" ".join([*item.raw[-3:], item.item.purpose or ""])))


# "Recommendation - 1. Adopt …": the text under an item is its recommendation.
_RECOMMENDATION_LABEL_RE = re.compile(r"(?:staff\s+)?recommendations?\s*[-–—:]", re.IGNORECASE)


def _is_child_of(
    nm: NumberMatch, parent: str | None, rn: RowNumber, main: OpenItem, row: Row
) -> bool:
    if parent is None:
        return False
    if nm.kind == "dotted":
        # "5.1" under "5", under a section numbered "5.0", or under a Roman "V." section.
        head = parent[:-2] if parent.endswith(".0") else parent
        if re.fullmatch(ROMAN, head) and head:
            head = str(roman_value(head))
        return re.split(r"[.-]", nm.number)[0] == head and "." not in head and nm.number != parent
    if nm.kind == "arabic" and (m := re.fullmatch(r"(\d+)[a-z]+", nm.number)):
        return m.group(1) == parent  # "6a" under 6; a capital "118A" is an added item
    if nm.kind == "arabic" and nm.number.isdigit() and rn.x > main.x + 8:
        kids = [c.label for c in main.item.children if isinstance(c, Item)]
        said = (main.item.purpose or "").strip()
        values = [_arabic_label(k) for k in kids]
        # Under a letter the numbers start at 1 and run on ("1." under "B. CONSENT"'s item
        # "8." is that item's recommendation).
        counts = (values[-1] or 0) + 1 if values else 1
        if (
            (re.fullmatch(ROMAN, parent) or (len(parent) == 1 and int(nm.number) == counts))
            and re.fullmatch(r"[A-Z]+", parent)
            and all(values)  # not a lettered sub-item's own list
            # A short note ("Informational Only") is no text the numbers could belong to,
            # nor is a finished sentence ("Public comments must relate to the item.").
            and (not main.has_purpose_started or len(said.split()) <= 4 or _noted(said))
            and not _recommends(main)
        ):
            # "1. Anderson, Rodney (22FC:0119 …)" indented under "VI. CASES"; "1) Police
            # Chief" under "F) Staff Reports".
            return True
        # "7. To consider the following planning applications:" then "1. R/54/42G …",
        # "2. …" indented under it: a numbered list the title announces (never a list in
        # the purpose, which is a recommendation's "The Board is asked to: 1. note …").
        subs = [c for c in main.item.children if isinstance(c, Item)]
        if subs:
            last = _arabic_label(subs[-1].label)
            return last is not None and last + 1 == int(nm.number)
        title = main.item.title.rstrip()
        # (The title as printed: "5. VOTEs:" is read as "VOTEs".)
        printed_colon = len(main.raw) == 1 and main.raw[0].rstrip().endswith(":")
        return nm.number == "1" and (
            title.endswith(":")
            or printed_colon
            or re.search(r"\bfollowing\b", title, re.I) is not None
        )
    if nm.kind == "code" and (m := re.fullmatch(r"([A-Z])(\d{1,2})", nm.number)):
        return m.group(1) == parent  # "F1", "F2" under "F. Consent Calendar"
    if nm.kind == "code" and re.fullmatch(r"\d{2}/\d{2}/\d{2}-\d{1,2}", nm.number):
        return rn.x > main.x + 8  # "11/09/22-1. Regular Meeting" under "F. APPROVAL OF MINUTES"
    if _recommends(main):
        # "RECOMMENDATION: It is recommended that the City Council: A. Overrule protests …;
        # OR B. …": the recommendation's options, never sub-items.
        return False
    if nm.kind == "letter" and parent.isdigit() and _worded_calendar(main):
        return True  # "NO. 3. COMMITTEE ON FISCAL AFFAIRS: …" then "A. CUNY CENTRAL OFFICE – …"
    if nm.kind == "letter" and re.fullmatch(rf"\d+|(?=.){ROMAN}", parent) and rn.x > main.x + 2:
        # "A. Approval of Minutes" indented under "5. CONSENT AGENDA" or "V."; set in by a
        # few points only, it must be the next letter of the list ("A." first).
        return rn.x > main.x + 8 or nm.number == _next_child_letter(main)
    if nm.kind in ("sub-letter", "sub-roman", "sub-number"):
        if rn.x < main.x - 2:
            return False
        # A lettered list inside a purpose sentence ("To receive an update on: a) ..., and")
        # is prose, not sub-items; sub-items carry their own range/time/paper or sit right
        # under the title, or follow a title that announces them ("… the following:").
        own = _has_own_locator(rn) or _legistar_row(rn, row)
        announced: object = re.search(
            r"(?:following|below|as follows)\b[^.]*$", main.item.purpose or ""
        ) or re.search(r"\b(?:the\s+following|as\s+follows)\W*$", main.item.title)
        # "12. STANDING ITEMS / To receive reports on: / a) Works Programme": a purpose ending
        # in a colon announces sub-items too -- unless the item has its own papers and the
        # list reads as the paper's topics ("a) Performance on s136 detentions, and").
        announced = announced or (
            (main.item.purpose or "").rstrip().endswith(":")
            and main.item.pack_pages is None
            and not re.search(r"[.,;]\s*$", row.text)
        )
        # "CONSENT AGENDA: ... enacted by one motion in the form listed below. ...": the list
        # that follows is its items, whatever prose comes between.
        announced = announced or re.search(
            r"listed\s+below|following\s+items|consent\s+(?:agenda|calendar)",
            f"{main.item.title} {main.item.purpose or ''}",
            re.IGNORECASE,
        )
        # A note in brackets under the title ("(Chaired by a member not standing)") is no
        # sentence the letters could belong to.
        # Nor is a finished sentence ("The current Chairman … offer themselves for
        # re-election.") over "a. Chairman", "b. Vice-chairman".
        said = (main.item.purpose or "").strip()
        noted = _noted(said)
        prose = (main.has_purpose_started and not announced and not noted) or re.search(
            r"(,|;|\band)\s*$", row.text
        ) is not None
        return own or not prose
    return False


def _arabic_label(label: str) -> int | None:
    """The value of a sub-item's printed arabic number ("7", "2)", "3."), or None."""
    m = re.fullmatch(r"(\d+)[.)]?", label)
    return int(m.group(1)) if m else None


def _noted(said: str) -> bool:
    """The text under a title is a note in brackets or a finished sentence: nothing a list
    below it could continue."""
    return re.fullmatch(r"\([^()]*\)", said) is not None or said.endswith(".")


def _next_child_letter(main: OpenItem) -> str:
    """The letter the main item's next lettered sub-item would carry: "A", or the one after
    the last child's ("" when its children are not lettered)."""
    kids = [c.label for c in main.item.children if isinstance(c, Item)]
    if not kids:
        return "A"
    m = re.fullmatch(r"\d*\(?([A-Ya-y])\)?\.?", kids[-1])  # "C", "2c", "(c)"
    return chr(ord(m.group(1).upper()) + 1) if m else ""


def _legistar_row(rn: RowNumber, row: Row) -> bool:
    """ "a. 22-0329 UPDATES …" or "k. REPORT FINDINGS …": a file of its own, never prose."""
    cells = rn.title_cells
    return len(cells) > 1 and (is_file_number_cell(row, cells) or is_type_cell(row, cells))


def _has_own_locator(rn: RowNumber) -> bool:
    joined = "\t".join(rn.title_cells)
    rng, _ = take_range(joined, allow_bare=len(rn.title_cells) > 1)
    return rng is not None or take_paper(joined)[0] is not None
