"""Finishing touches on parsed items: exempt marks from purposes, people de-duplicated,
and warnings in plain words.
"""

from __future__ import annotations

import itertools
import re

from boardprep.core.engine.agenda.item import OpenItem, ends_on_a_day
from boardprep.core.engine.agenda.lines import (
    BULLET_RE,
    clean_title,
    is_upperish,
    take_no_papers,
)
from boardprep.core.engine.agenda.people import (
    SUBJECT_WORDS,
    bracketed_presenters,
    is_titled_name,
    labelled_people,
    name_and_office,
    split_presenter,
)
from boardprep.core.engine.agenda.split import title_case_then_prose
from boardprep.core.engine.agenda.times import ALLOTMENT_RE, allotted_minutes, to_24h
from boardprep.core.engine.vocabulary import (
    EXCLUSION_RE,
    FINITE_VERB,
    MONTHS,
    NO_PAPERS_BUSINESS_RE,
    PAPER_LINK_RE,
    SECTION_HEAD_RE,
    WEEKDAY,
)
from boardprep.core.model import Item, Person, walk_items

_EXEMPT_PURPOSE_RE = re.compile(
    r"not\s+for\s+publication|exempt\s+information|schedule\s+12a|\bpart\s+(?:ii|2)\b(?![.\d]|\s+of\b)"
    r"|in\s+private",
    re.IGNORECASE,
)


def starts_exclusion(op: OpenItem) -> bool:
    return bool(EXCLUSION_RE.search(op.item.title)) or (
        bool(re.search(r"exclu", op.item.title, re.IGNORECASE))
        and bool(EXCLUSION_RE.search(op.item.purpose or ""))
    )


def finalise(
    top: list[Item], no_papers: set[int], members: dict[str, str] | None = None
) -> list[str]:
    """Tidy every item in place; return the warnings. ``members``: the members the front sheet
    lists ("Councilmember Richard W. Hurt" as "Richard W. Hurt"), by surname in capitals
    ("HURT")."""
    has_ranges = _ranges_are_habit(top, no_papers)  # judged on the titles as printed
    sure = sum(1 for it in walk_items(top) if split_presenter(it.title)[1])
    # "Capital – Joey Pontillas", "Citrus – Katherine Hoang": bare names after a dash are
    # presenters where the agenda does it item after item.
    plain = sum(1 for it in walk_items(top) if split_presenter(it.title, plain_names=True)[1])
    # (Counted against the main items: an officers' list of sub-items names no presenter.)
    sure += 2 if plain >= max(3, 0.25 * len(top)) else 0
    for it in walk_items(top):
        # "Abstract Model (Andy) - Saturday": a two-day meeting's day for the item is its
        # time, like an allotment; the name in brackets before it is then the title's end.
        it.title = _DAY_SUFFIX_RE.sub("", it.title) or it.title
        if _BRACKETED_TITLE_RE.fullmatch(it.title):
            it.title = it.title[1:-1].strip()  # "[Settlement of Lawsuit - …]": a short title
    # "Approval of Minutes (Takaoka)": US agendas end a title with its staff author's name;
    # taken off only where the agenda does it item after item (a town meeting's warrant of
    # 48 articles with four "(Fire)", "(Traffic Supervisors)" does not).
    found = [m.group(1) for it in walk_items(top) if (m := _author_suffix(it.title))]
    # Or twice, a first name and a surname: "Minutes and action points (Nigel Shadbolt)".
    full_names = sum(1 for n in found if _full_name(n))
    many = len(found) >= max(3, 0.2 * len(top))  # against the main items, as above
    authors = many or full_names >= 2
    # "President's Report – Iovino", "Friends of the Library – Walker": a surname after a
    # dash, a different one item after item (a repeated word is a note: "– Update").
    # A slide deck's first names the same way, alone or several: "– Gab", "– Gab and Rob".
    tails = [m.group("who") for it in walk_items(top) if (m := _surname_tail(it.title))]
    surnames = len(tails) >= 3 and len(set(tails)) == len(tails)
    for it in walk_items(top):
        _tidy(it, no_papers, names_plain=sure >= 2, authors=authors)
        if surnames and (m := _surname_tail(it.title)):
            it.title = m.group("title")
            for name in _NAME_LIST_SPLIT_RE.split(m.group("who")):
                it.people.append(Person(role="Presenter", name=name))
            it.purpose = it.purpose or m.group("note")  # "(report submitted)"
    _speakers_leading(top)
    _members_bracketed(top, members or {})
    if not top:
        return ["No agenda items were recognised on the agenda pages."]
    _speakers_first_names(top)
    for it in walk_items(top):
        it.no_papers = it.no_papers or id(it) in no_papers
    return _range_warnings(top, no_papers) if has_ranges else []


_BRACKETED_TITLE_RE = re.compile(r"\[[^\[\]]{3,400}\]")


def _members_bracketed(top: list[Item], members: dict[str, str]) -> None:
    """ "PROCLAMATION - BLACK HISTORY MONTH (HURT)", "… (ACKLEY / HARRINGTON)": the members
    who bring the item, by the surnames the agenda's own list gives them (a bracket of
    capitals is as often an acronym: "(CEQA)")."""
    for it in walk_items(top):
        m = _CAPS_BRACKET_RE.search(it.title)
        if m is None or m.start() < 4:
            continue
        names = [n.strip() for n in m.group(1).split("/")]
        if names and all(n in members for n in names):
            it.title = it.title[: m.start()].rstrip()
            it.people.extend(Person(role="Sponsor", name=members[n]) for n in names)


_CAPS_BRACKET_RE = re.compile(r"\s*\(([A-Z][A-Z'’-]+(?:\s*/\s*[A-Z][A-Z'’-]+){0,3})\)\s*$")


_DAY_SUFFIX_RE = re.compile(rf"(?<=\S)\s+[-–—]{{1,2}}\s*(?i:{WEEKDAY})\s*$")


def _speakers_leading(top: list[Item]) -> None:
    """ "Katayo Sagata: Evaluation of integrated management options …": a webinar's talks, each
    led by its speaker's full name and a colon; taken off where the agenda does it for three
    talks or more, each by another speaker (a label repeats: "New Business: …")."""
    leads = [m for it in walk_items(top) if (m := _NAMED_LEAD_RE.match(it.title))]
    names = [m.group(1) for m in leads if _full_name(m.group(1))]
    if len(names) < 3 or len(set(names)) < len(names):
        return
    for it in walk_items(top):
        if (m := _NAMED_LEAD_RE.match(it.title)) and _full_name(m.group(1)):
            it.title = m.group(2)
            it.people.insert(0, Person(role="Presenter", name=m.group(1)))


_NAMED_LEAD_RE = re.compile(r"^([A-Z][a-z'’-]+\s[A-Z][a-z'’-]+):\s+(\S.{3,})$")


def _speakers_first_names(top: list[Item]) -> None:
    """ "2. Chris: Welcome, recognition of first-time attenders" where item 1 is led by
    "Chris Stanley": the first name before the colon is who speaks to the item, not its
    title (nor is "Chris" alone, with "Next Meeting … is planned for …" as its purpose)."""
    firsts = {p.name.split()[0] for it in walk_items(top) for p in it.people if " " in p.name}
    if not firsts:
        return
    for it in walk_items(top):
        said = _SPEAKER_RE.match(it.title)
        if said and said.group(1) in firsts:
            name, it.title = said.group(1), said.group(2)
        elif it.title in firsts and it.purpose:
            name, (title, _sep, rest) = it.title, it.purpose.partition(". ")
            it.title, it.purpose = title.rstrip(" ."), rest.strip() or None
        else:
            continue
        it.people.append(Person(role="Presenter", name=name))


_SPEAKER_RE = re.compile(r"^([A-Z][a-z'’]+):\s+(\S.{3,})$")


_ONE_NAME = r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
_NAME_SEP = r"\s*(?:,|/|&|\band\b)\s*"  # between names: "Gab and Rob", "Ann / Bo"
_NAME_LIST_SPLIT_RE = re.compile(_NAME_SEP)
_SURNAME_TAIL_RE = re.compile(
    rf"^(?P<title>.{{3,}}?\S)(?:\s+-\s*|\s*[–—]\s*)"
    rf"(?P<who>{_ONE_NAME}(?:{_NAME_SEP}{_ONE_NAME}){{0,3}})"
    r"(?:\s*\((?P<note>[^()]{1,60})\))?\s*$"
)


# A company notice's kind of business or resolution, numbered as if it were the item.
_BUSINESS_LABEL_RE = re.compile(
    r"^(?:(?:ordinary|special)\s+(?:business|resolutions?)(?:\s*[–—-]\s*)?){1,2}\s*:?\s*$",
    re.IGNORECASE,
)


def _surname_tail(title: str) -> re.Match[str] | None:
    """A name after a dash, or a few joined by "and", "&", "/" (none a subject's word:
    "– Finance and Audit" is no pair of people)."""
    m = _SURNAME_TAIL_RE.match(title)
    if m and _NAME_LIST_SPLIT_RE.search(m.group("who")) and SUBJECT_WORDS.search(m.group("who")):
        return None
    return m


def _tidy(it: Item, no_papers: set[int], names_plain: bool, authors: bool) -> None:
    """One item's title, people, purpose and exemption, as the agenda printed them."""
    # A comma left at the end ("• Breakthrough Fund," in a list of points) ends nothing.
    it.title = clean_title(it.title).rstrip(" ,") or it.title
    # "17. Section 5: Recommendation to Exclude the Public": the section is no part of it.
    # "Reports from Sub-Committees:- Finance. Consider ...": a list follows ":-".
    head, sep, _rest = it.title.partition(":-")
    if sep and len(head.strip()) > 3:
        it.title = head.strip()
    moved = re.match(r"^([^:]{3,120}):\s+(RESOLVED\b.*)$", it.title)
    if moved and is_upperish(moved.group(1)):
        # "APPROVAL OF MINUTES: RESOLVED, That the minutes … be approved": the resolution
        # moved under the heading is what the item is for.
        it.title, it.purpose = moved.group(1).strip(), it.purpose or moved.group(2)
    if _BUSINESS_LABEL_RE.match(it.title) and it.purpose:
        # "3. SPECIAL BUSINESS – ORDINARY RESOLUTION:" over "Appointment of Ms. A as an
        # Independent Director.": the label says how it is voted; the line under it is what.
        it.title, it.purpose = it.purpose.rstrip(" ."), None
    if len(it.title) > 100:  # a heading and its description set as one paragraph
        it.title, prose = title_case_then_prose(it.title)
        it.purpose = it.purpose or prose or None
    _take_allotment(it)
    # "PUBLIC HEARINGS - TO COMMENCE AT 6:30 P.M." with its time taken: no dangling words.
    it.title = _DANGLING_START_RE.sub("", it.title) or it.title
    _take_purpose_suffix(it)
    _take_acceptor(it)
    section = SECTION_HEAD_RE.match(it.title)
    if section and len(it.title) - section.end() > 3:
        it.title = it.title[section.end() :]
    author = _author_suffix(it.title)
    if author and not (authors or _person_named(author.group(1))):
        author = None  # "(Takaoka)" once: maybe a place or a project; "(Martin Croft)" never
    if author:
        it.title = clean_title(it.title[: author.start()]) or it.title
        if (holder := name_and_office(author.group(1))) is not None:
            it.people.append(holder)  # "(David Gregory, Public Utilities Superintendent)"
        else:
            names = re.split(r",\s*|\s*/\s*|\s+(?:and|&)\s+", author.group(1))
            # "(Councilman Hayes)" names the member who brings the item; "(Wilkinson)" its
            # author.
            it.people.extend(
                Person(role="Sponsor" if is_titled_name(n) else "Staff", name=n) for n in names
            )
    it.title, bracketed = bracketed_presenters(it.title)
    it.people.extend(bracketed)
    alone = re.fullmatch(r"\(([^()]{3,60})\)\.?", (it.purpose or "").strip())
    if alone and is_titled_name(alone.group(1)):
        # "(Councilman Alexander)" on a line of its own after a title that ended in a full
        # stop: the sponsor, not what the item is for.
        it.people.append(Person(role="Sponsor", name=alone.group(1).strip()))
        it.purpose = None
    lead = re.match(r"\(([^()]{3,160})\)\s*", it.purpose or "")
    named = labelled_people(lead.group(1)) if lead else []
    if lead and named:
        # "(Staff Reference: Acting City Clerk Moreno)" under a title ending in a full stop.
        it.people.extend(named)
        it.purpose = (it.purpose or "")[lead.end() :].strip() or None
    _take_purpose_suffix(it)  # "Public Safety – Verbal update. (Wilkinson)": now at the end
    title, presenters = split_presenter(it.title, plain_names=names_plain)
    if presenters:
        it.title = title
        it.people.extend(presenters)
        verbal, title = take_no_papers(it.title)  # "Update (verbal) – Safety Champion"
        if verbal:
            it.title = title
            no_papers.add(id(it))
    if it.purpose:
        # "○ Building sustainable task tracking": a bullet's glyph is no part of the words.
        purpose = _PURPOSE_LABEL_RE.sub("", BULLET_RE.sub("", " ".join(it.purpose.split())))
        it.purpose = purpose.strip() or None
    if not it.exempt and (
        _EXEMPT_PURPOSE_RE.search(it.purpose or "")
        and not EXCLUSION_RE.search(it.title)
        and not re.search(r"exclu", it.title, re.IGNORECASE)
    ):
        it.exempt = True
    it.people = _dedupe(it.people)


def _ranges_are_habit(top: list[Item], no_papers: set[int]) -> bool:
    """Ranges are the agenda's habit when a fair share of its items print one; a single stray
    "range" (a file number "21-233" read as pages) must not flag every other item."""
    may_have = [
        it
        for it in walk_items(top)
        if id(it) not in no_papers and not it.sub_items and not _procedural(it.title)
    ]
    ranged_count = sum(1 for it in may_have if it.pack_pages)
    return ranged_count >= 1 and ranged_count >= 0.2 * len(may_have)


def _range_warnings(top: list[Item], no_papers: set[int]) -> list[str]:
    """Items with no range in the agenda, and ranges out of order."""
    warnings: list[str] = []
    for it in walk_items(top):
        if it.pack_pages is None and it.paper is None and not it.sub_items:
            if _procedural(it.title) or id(it) in no_papers:
                continue
            warnings.append(f"Item {it.number} has no page range in the agenda.")
    ranged = [it for it in walk_items(top) if it.pack_pages]
    for before, it in itertools.pairwise(ranged):
        if it.pack_pages and before.pack_pages and it.pack_pages[0] < before.pack_pages[0]:
            warnings.append(
                f"Item {it.number}'s pages ({it.pack_pages[0]}-{it.pack_pages[1]}) come "
                f"before item {before.number}'s in the agenda; check the page ranges."
            )
    return warnings


_PURPOSE_LABEL_RE = re.compile(
    r"^(?:purpose(?:\s+of\s+(?:the\s+)?(?:report|item|paper))?|summary|description|"
    r"action\s+required|decision\s+required)\s*:\s*",
    re.IGNORECASE,
)
# Items an agenda commonly prints without a range, beyond the business that never has papers.
_OFTEN_UNRANGED_RE = re.compile(
    r"questions|introduction|chair|petition|matters arising|announcement", re.IGNORECASE
)


_SPAN_RE = re.compile(
    r"\s*[-–—,(]?\s*\(?(\d{1,2})(?:[.:](\d{2}))?\s*([ap]\.?m\.?)?\s*[-–—]\s*"
    r"\d{1,2}(?:[.:]\d{2})?\s*([ap]\.?m\.?)\)?\s*$",
    re.IGNORECASE,
)


_PURPOSE_SUFFIX_RE = re.compile(
    r"\s*[-–—({]\s*(for\s+(?:information|noting|decision|approval|discussion|assurance|debate|"
    r"endorsement|ratification)(?:\s+only)?"
    # US and Canadian boards: "Invoices - Action", "Budget Review – Discussion",
    # "Grant Program (Discussion Only)", "… - Action/Discussion".
    r"|(?:possible\s+)?action(?:\s+item)?(?:\s*/\s*discussion)?|discussion(?:\s*/\s*action)?"
    r"(?:\s+only)?|information(?:al)?(?:\s+(?:only|item))?"
    r"|verbal(?:\s+(?:update|report))?)[)}\]]?"  # "(ACTION}", "{ACTION)": misread
    # "– for discussion only (the return to be approved by Full Council)": a note after it.
    r"(?:\s+\([^()]{3,200}\))?\.?\s*$",
    re.IGNORECASE,
)


_NOTE_SUFFIX_RE = re.compile(
    r"\s*\(((?:no\s+staff\s+report|information\s+only|for\s+information|no\s+action|"
    r"(?:see\s+)?(?:attached|enclosed|attachments?)\b|see\s+(?:below|above|overleaf)\b|"
    r"(?:government|education|gov\.?|ed\.?)\s+code\b|"
    r"receive\s+and\s+file|\d+\s+minutes?\s+(?:per\s+(?:person|speaker)|each)|"
    # The clerk's record of the item's passage: "(Set on March 26, 2026, Regular Council
    # Meeting)", "(Nominated on …)", "(Introduced on …)", "(Minutes Received)".
    r"(?:set|nominated|introduced|deferred|postponed|tabled)\s+(?:on|for|from)\b|"
    r"minutes\s+received|"
    # "(written report; CFA President Nate Thomas will respond to questions.)"
    r"(?:written|verbal|oral)\s+(?:report|update)\b|[^()]*\bwill\s+(?:respond|answer)\b)"
    r"[^()]*)\)\s*$",
    re.IGNORECASE,
)


# "… Unhoused Individuals. - DEFERRED", "… Report. - NOT TO BE HEARD BEFORE 3:00 P.M.": the
# clerk's note on the item's fate, printed in capitals after a dash, is not its title.
_STATUS_SUFFIX_RE = re.compile(
    r"\s*[-–—]\s*((?:DEFERRED|WITHDRAWN|DROPPED|CONTINUED|POSTPONED|CANCELL?ED|RENUMBERED"
    r"|(?:NOT\s+)?TO\s+BE\s+HEARD|HEARD\s+(?:AFTER|BEFORE|WITH)|ORAL\s+(?:PRESENTATION|REPORT)"
    r"(?:\s+ONLY)?)\b(?:[^a-z]|[ap]\.?m\b\.?)*)$"
)


def _take_purpose_suffix(it: Item) -> None:
    """ "Quarterly report - for information only", "CITY MANAGER'S REPORT (information only)",
    "(No Staff Report)": what the board does with it, or a note, not its title. "(Staff
    Report #21-035-CC) (Presentation)": links to the papers, the first the item's paper."""
    while (ref := PAPER_LINK_RE.search(it.title)) and ref.start() > 3:
        it.title = it.title[: ref.start()].rstrip()
        code = re.search(r"#\s*([\w-]+)", ref.group(0))
        if code and not it.paper:
            it.paper = code.group(1)
    status = _STATUS_SUFFIX_RE.search(it.title)
    if status and status.start() > 3:
        it.title = it.title[: status.start()].rstrip(" .")
        it.purpose = it.purpose or status.group(1).strip().capitalize()
    said = _SENTENCE_IN_BRACKETS_RE.search(it.title)
    if said and len(said.group(1).split()) < 8:
        said = None  # "(Hearing was held on March 22, 2021)": the clerk's record, kept
    m = _PURPOSE_SUFFIX_RE.search(it.title) or _NOTE_SUFFIX_RE.search(it.title) or said
    if m and m.start() > 3:
        it.title = it.title[: m.start()].rstrip(" .")
        it.purpose = it.purpose or m.group(1)[:1].upper() + m.group(1)[1:]


# "… Regular Session Meeting (Minutes are provided to commission members electronically and
# are available …)", "(The Commission did not have a Work Session in January)": a sentence
# in brackets after the title (eight words or more) is a note to the reader.
_SENTENCE_IN_BRACKETS_RE = re.compile(
    rf"\s*\(((?:[A-Z][a-z]+|The\s+\w+)\s+(?:[a-z]+\s+)?{FINITE_VERB}\b[^()]{{12,}})\)\s*\.?$"
)


_NAME = r"(?:[A-Z]\.?\s[A-Z][\w'’-]+|[A-Z][\w'’ñéá-]+(?:\s[A-Z][\w'’-]+){0,2})"
_FULL_NAME_RE = re.compile(r"[A-Z][a-z'’-]+\s[A-Z][a-z'’-]+")
# Two capitalised words that are an item's note, not a person: "(Second Reading)".
_NOTE_WORDS = frozenset(
    {
        "reading",
        "hearing",
        "session",
        "report",
        "update",
        "item",
        "items",
        "meeting",
        "business",
        "agenda",
        "plan",
        "policy",
        "review",
        "continued",
        "draft",
        "only",
        "deferred",
        "approval",
        "action",
        "discussion",
        "information",
        # An organisation the item is about: "(Compass Bible Church)".
        "church",
        "school",
        "club",
        "center",
        "centre",
        "association",
        "company",
        "corporation",
        "inc",
        "llc",
        # A group of staff the item is about: "Pay Schedule (Traffic Supervisors)".
        "supervisors",
        "personnel",
        "employees",
        "administrative",
    }
)


def _person_named(text: str) -> bool:
    """ "Martin Croft", "C Scott", "R. Searle": a person, by first name or initial and surname."""
    return _full_name(text) or bool(re.fullmatch(r"[A-Z]\.?\s[A-Z][a-z'’-]{2,}", text))


def _full_name(text: str) -> bool:
    """ "Nigel Shadbolt": a first name and a surname."""
    return bool(_FULL_NAME_RE.fullmatch(text)) and not any(
        w.lower() in _NOTE_WORDS for w in text.split()
    )


# "(Wilkinson)", "(Jane Frith)", "(Thompson and Sheppard)", "(Commissioners / Catellus /
# Staff)": who reports on the item.
_AUTHOR_RE = re.compile(rf"\s*\(({_NAME}(?:(?:,\s*|\s*/\s*|\s+(?:and|&)\s+){_NAME})*)\)\s*\.?\s*$")
_PLACE_RE = re.compile(r"(?i:districts?|wards?|precincts?)\s+[IVX\d]+\b")
_NOT_AUTHOR = re.compile(
    r"^(?:draft|revised|update|verbal|continued|amended|cont'?d|ceqa|new|part|exempt|closed|"
    r"private|confidential|public|attached|enclosed|tbc|tbd)$",
    re.IGNORECASE,
)


def _author_suffix(title: str) -> re.Match[str] | None:
    m = _AUTHOR_RE.search(title)
    if m is None or _NOT_AUTHOR.match(m.group(1)) or m.start() < 4:
        return None
    if _PLACE_RE.match(m.group(1)):
        return None  # "(District IV)", "(Ward 3)": where, not who
    name = m.group(1)
    if any(c.isdigit() for c in name):
        return None  # "(F16-26)": a file code
    if any(w.lower() in _NOTE_WORDS for w in re.findall(r"[A-Za-z]+", name)):
        return None  # "(Discussion and Action)": what the item is for
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", title[: m.start()]))
    if name.isupper() and len(name) >= 2 and initials.upper().endswith(name):
        return None  # "COMPREHENSIVE ANNUAL FINANCIAL REPORT (CAFR)": its acronym
    if name.isupper() and not is_upperish(title[: m.start()]):
        return None  # "Environmental Impact Report (EIR)": an acronym in a mixed-case title
    return m


# Who receives a proclamation: "… Week. (Marcia Rozell, Director of Visit Manhattan, will be
# present to receive the proclamation.)", "… Proclamation to be Accepted by Deborah Owdom,
# Program Coordinator, RSVP of …".
_ACCEPTOR_RE = re.compile(
    r"\s*(?:\((?P<a>[^()]{3,200}?),?\s+will\s+be\s+present\s+to\s+(?:receive|accept)\b[^()]*\)"
    r"|\s+to\s+be\s+accepted\s+by\s+(?P<b>[^()]{3,200}))\s*\.?\s*$",
    re.IGNORECASE,
)


def _take_acceptor(it: Item) -> None:
    m = _ACCEPTOR_RE.search(it.title)
    if m is None or m.start() < 8:
        return
    who = (m.group("a") or m.group("b") or "").split(",")[0].strip()
    it.title = clean_title(it.title[: m.start()]) or it.title[: m.start()].rstrip()
    if who:
        it.people.append(Person(role="Accepting", name=who))


def _take_allotment(it: Item) -> None:
    """A duration or a time span printed at the end of a title is the item's time, not its
    title: "Convener's Communications – 15 minutes", "Strategy Workshop 2–5 pm"."""
    m = ALLOTMENT_RE.search(it.title)
    before = it.title[: m.start()].split() if m else []
    if m and before and before[-1].lower().rstrip(".,") in MONTHS:
        m = None  # "July 15 minutes": the minutes of the meeting on July 15
    if m and m.start() > 3:
        it.title = it.title[: m.start()].rstrip(" –—-,(")
        it.duration = allotted_minutes(m)
        return
    m = _SPAN_RE.search(it.title)
    # "… Meeting Room, November 5, 2026, 6:15 PM – 8:30 PM": the hours of the event the
    # title books, not the item's slot.
    if m and m.start() > 3 and not ends_on_a_day(it.title[: m.start()]):
        suffix = (m.group(3) or m.group(4) or "").replace(".", "").lower()
        start = to_24h(int(m.group(1)), int(m.group(2) or 0), suffix or None)
        if start:
            it.title = it.title[: m.start()].rstrip(" –—-,(")
            it.time = it.time or start
        return
    m = _CLOCK_SPAN_RE.search(it.title)  # "Public Open Forum (∼19:30-20:00)"
    if m and m.start() > 3 and (at := to_24h(int(m.group(1)), int(m.group(2)), None)):
        it.title, it.time = it.title[: m.start()].rstrip(), it.time or at
        return
    m = _CLOCK_SUFFIX_RE.search(it.title)  # "Introduction and Apologies (7pm)"
    if m and m.start() > 3 and (at := to_24h(int(m.group(1)), int(m.group(2) or 0), m.group(3))):
        it.title, it.time = it.title[: m.start()].rstrip(), it.time or at


# A slot on the 24-hour clock in brackets, maybe marked approximate ("~", "∼", "c.").
_CLOCK_SPAN_RE = re.compile(
    r"\s*\(\s*(?:[~∼≈]|c\.|approx\.?)?\s*(\d{1,2})[.:](\d{2})\s*[-–—]\s*\d{1,2}[.:]\d{2}\s*\)\s*$",
    re.I,
)
_DANGLING_START_RE = re.compile(
    r"\s*[-–—,]?\s*(?:to\s+)?(?:commenc(?:e|es|ing)|begin(?:s|ning)?|start(?:s|ing)?)\s+at\s*$",
    re.IGNORECASE,
)
_CLOCK_SUFFIX_RE = re.compile(r"\s*\((\d{1,2})(?:[.:](\d{2}))?\s*([ap]\.?m\.?)\)\s*$", re.I)


def _procedural(title: str) -> bool:
    return bool(NO_PAPERS_BUSINESS_RE.search(title) or _OFTEN_UNRANGED_RE.search(title))


def _dedupe(people: list[Person]) -> list[Person]:
    seen: set[tuple[str, str]] = set()
    out: list[Person] = []
    for p in people:
        key = (p.role.lower(), p.name.lower())
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out
