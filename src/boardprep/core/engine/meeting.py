"""Front-sheet metadata: organisation, body, date, time and venue of the meeting.

Labelled fields ("Date:", "Venue:") win over facts found in sentences ("a meeting of the
Planning Committee will be held ... on Tuesday 3 June 2025 at 7pm"), and earlier pages win
over later ones: the front sheet is the authority, later pages may contradict it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Sequence

from boardprep.core.engine.agenda.times import (
    AMPM_RE,
    CLOCK_RE,
    PURE_TIME_RE,
    find_time_in_text,
    share_ampm,
    to_24h,
)
from boardprep.core.engine.pages.textlayer import Line, PageLines
from boardprep.core.engine.vocabulary import EMERGENCY_ORDER_RE, WEEKDAY
from boardprep.core.model import Meeting

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        1,
    )
    for m in names
}
# Welsh month names ("Dydd Mawrth, 18 Chwefror 2025"): bilingual front sheets use them.
_MONTHS |= {
    m: i
    for i, m in enumerate(
        [
            "ionawr",
            "chwefror",
            "mawrth",
            "ebrill",
            "mai",
            "mehefin",
            "gorffennaf",
            "awst",
            "medi",
            "hydref",
            "tachwedd",
            "rhagfyr",
        ],
        1,
    )
}
# Swedish, Norwegian, Danish, German, French, Dutch, Spanish, Portuguese and Italian month
# names ("tisdag 21 maj 2019", "21. november 2013", "le 14 juin 2023", "15 de octubre de
# 2020"); English spellings are above.
_MONTHS |= {
    m: i
    for i, names in enumerate(
        [
            ("januari", "januar", "janvier", "jänner", "enero", "janeiro", "gennaio"),
            ("februari", "februar", "février", "fevrier", "febrero", "fevereiro", "febbraio"),
            ("mars", "märz", "maart", "marzo", "março", "marco"),
            ("avril", "abril", "aprile"),
            ("maj", "mai", "mei", "mayo", "maio", "maggio"),
            ("juni", "juin", "junio", "junho", "giugno"),
            ("juli", "juillet", "julio", "julho", "luglio"),
            ("augusti", "août", "aout", "augustus", "agosto"),
            ("septembre", "septiembre", "setiembre", "setembro", "settembre"),
            ("oktober", "octobre", "octubre", "outubro", "ottobre"),
            ("novembre", "noviembre", "novembro"),
            ("desember", "dezember", "décembre", "decembre", "diciembre", "dezembro", "dicembre"),
        ],
        1,
    )
    for m in names
}
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE_RE = re.compile(
    # "the 4th day of May next A. D. 2026": a warrant's legal form.
    rf"\b(\d{{1,2}})(?:st|nd|rd|th|er|º|\.)?(?:\s+day)?(?:\s+(?:of|de))?\s+({_MONTH_ALT})\.?,?"
    rf"\s+(?:next\s+)?(?:A\.\s?D\.,?\s+)?(?:de\s+|del\s+)?(\d{{4}})\b"
    rf"|\b({_MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*|\s+)(\d{{4}})\b",
    re.IGNORECASE,
)
_NUM_DATE_RE = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b")
_LABEL_RE = re.compile(
    r"^\s*(?P<label>meeting|committee|body|date(?:\s+of\s+meeting)?|time|start\s+time|"
    r"place|venue|location|where|when|date\s+and\s+time(?:\s+of\s+the\s+meeting)?|"
    r"date\s*(?:&|/)\s*time|"
    r"meeting\s+(?:venue|date|time|place|location)|time\s+of\s+meeting|place\s+of\s+meeting|"
    r"dyddiad|amser|lleoliad|re|subject)"
    r"\s*[:\t]\s*(?P<value>.*)$",
    re.IGNORECASE,
)
# The nouns that name who meets; the first set also ends a name ("… Commission"), the rest
# run on ("Health and Social Care Scrutiny" / "Commission", "… Partnership Board").
_BODY_END_NOUNS = (
    "Board", "Committee", "Sub-Committee", "Council", "Cabinet", "Panel", "Forum",
    "Commission", "Executive", "Assembly", "Group", "Governors", "Trustees", "Authority",
)  # fmt: skip
_BODY_NOUNS = (*_BODY_END_NOUNS, "Partnership", "Scrutiny")
_BODY_TITLE_WORDS = re.compile(
    rf"\b({'|'.join(_BODY_NOUNS)})\b|\b({'|'.join(w.upper() for w in _BODY_NOUNS)})\b"
)
# A word that ends a body's name: what follows it on the next line is another title.
_BODY_END_RE = re.compile(rf"\b(?:{'|'.join(_BODY_END_NOUNS)})\s*$", re.IGNORECASE)
_BODY_SENTENCE_RE = re.compile(
    r"\b(?:[Aa]|[Aa]n|[Tt]he)\s+(?:\w+\s+)?[Mm]eeting\s+of\s+(?:the\s+)?"
    r"(?P<body>[A-Z][\w&'’,()\- ]+?)"
    r"(?=\s+(?:will|to\s+be|is|shall|which|on|at|in|held)\b|[,.;]|$)",
)
_ORG_RE = re.compile(
    r"\b(?P<org>(?:(?:London|Royal)\s+Borough\s+of\s+[A-Z][\w\-]+(?:\s+(?:and|upon|on)\s+[A-Z][\w\-]+)*)"
    r"|(?:City\s+of\s+[A-Z][\w\-]+\s+Council)"
    r"|(?:(?:[A-Z][\w\-']+\s+(?:(?:and|upon|on|in|under|le)\s+)?){1,5}"
    r"(?:County\s+|Borough\s+|District\s+|City\s+|Town\s+|Parish\s+|Unitary\s+|Metropolitan\s+)*Council(?!\s+Tax))"
    r"|(?:(?:[A-Z][\w\-']+\s+(?:and\s+)?){1,6}NHS\s+(?:Foundation\s+)?Trust)"
    r"|(?:NHS\s+(?:[A-Z][\w\-']+\s+(?:and\s+)?){1,6}(?:Integrated\s+Care\s+Board|ICB|CCG|"
    r"Clinical\s+Commissioning\s+Group))"
    r"|(?:(?:[A-Z][\w\-']+\s+(?:and\s+)?){1,6}(?:Integrated\s+Care\s+(?:Board|Partnership|System)|Combined\s+Authority|"
    r"Fire\s+and\s+Rescue\s+Authority|National\s+Park\s+Authority|Police\s+and\s+Crime\s+Panel))"
    r"|(?:(?:[A-Z][\w\-']+\s+){1,5}(?:Transportation|Transit|Airport|Port)"
    r"\s+Authority)"  # "Ann Arbor Area Transportation Authority"
    r"|(?:University\s+of\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)"
    # US and NZ governments: "City of Sunnyvale", "Township of Nipissing", "Cupertino Union
    # School District", "Hawke's Bay District Health Board".
    r"|(?:(?:City|Town|Township|Village|County)\s+of\s+[A-Z][\w\-'’é]+"
    r"(?:\s+(?!(?:City|Council|Town|Hall|Clerk|Manager|Board|Planning|Notice|Regular|Special|"
    r"Community|Page|Offices?|Staff|Website|Agenda|Meeting|Minutes|Department|Public)\b)"
    r"[A-Z][\w\-'’é]+)?)"
    r"|(?:(?:[A-Z][\w\-'’]+\s+){1,4}(?:Unified\s+|Union\s+|High\s+|Elementary\s+|"
    r"(?:Joint\s+)?Community\s+College\s+)?(?:School\s+)?District(?=\s+Board|\s*$|\s*[,.)])"
    r"(?<!Council\sDistrict))"
    r"|(?:(?:[A-Z][\w\-'’]+\s+){1,4}(?:District\s+)?Health\s+Board))\b"
)
# "City Council", "Clinical Council", "Neighborhood Council": a body's kind, not whose it is.
_GENERIC_ORG_WORDS = {
    "city",
    "town",
    "parish",
    "county",
    "district",
    "borough",
    "clinical",
    "consumer",
    "neighborhood",
    "neighbourhood",
    "community",
    "student",
    "staff",
    "youth",
    "advisory",
    "executive",
    "full",
    "village",
    "regular",
    "special",
    "the",
}
_NOT_PLACES = {"members", "officers", "residents", "partners", "staff", "public", "scrutiny"}
_ORG_STOP = {"the", "this", "that", "a", "an", "each", "every", "any", "your", "our", "of", "to"}
_VENUE_SENTENCE_RE = re.compile(
    # A warrant's "… to meet at the High School, Field House, …"; a label's colon ("Greeting:")
    # ends a sentence for this as a full stop does.
    r"\b(?:held\s+(?:at|in)|take\s+place\s+(?:at|in)|meet\s+at|venue\s+is|in\s+the)\s+"
    r"(?:the\s+)?"
    r"(?P<venue>[A-Z0-9][^.;:]*?(?:Room|Chamber|Hall|House|Suite|Centre|Center|Offices|Building|"
    r"Library|Guildhall|Town Hall|Council Offices)\b[^.;:]*?)"
    # Flattened lines run on: stop before an AGENDA heading or a ", for the purpose" clause.
    # A UK postcode ("Oxford OX2 9BH") ends the address.
    r"(?=\s+on\s+|\s+at\s+\d|\s+commencing|\s+starting|\s+AGENDA\b|,\s+(?:for|to)\s|[.;]|$"
    r"|(?<=\d[A-Z]{2})\s)",
)
_POSTCODE_RE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b")  # a UK address's "SE1 2QH"
_VENUE_WORDS = re.compile(
    r"\b(room|chamber|hall|house|suite|centre|center|offices|building|library|guildhall|"
    r"pavilion|hub|online|microsoft\s+teams|zoom|rooms)\b",
    re.IGNORECASE,
)
_NOT_MEETING_DATE = re.compile(
    r"no\s+later\s+than|deadline|next\s+meeting|minutes|(?<!be\s)(?<!^meeting\s)held\s+on|"
    r"published|issued|"
    r"date\s+of\s+(?:issue|publication)|received\s+by|closing\s+date",
    re.IGNORECASE,
)
_PRE_MEETING_PART = re.compile(r"pre-?\s*meeting|members?\s+only|briefing", re.IGNORECASE)
_NOT_MEETING_TIME = re.compile(
    r"pre-?\s*meeting|doors\s+open|refreshments|no\s+later\s+than|deadline|by\s+\d|before\s+\d|register|submitted|"
    r"next\s+(?:\w+\s+){0,2}meeting|closing\s+date|received\s+by|buffet|supper|lunch|stalls|"
    r"viewing\s+from",
    re.IGNORECASE,
)


# A bare council/cabinet name is the body, though it looks like an organisation name.
_PLAIN_BODY_RE = re.compile(
    r"(?:(?:Full|Annual|Extraordinary|Special|Ordinary)\s+)*"
    r"(?:(?:County|Borough|District|City|Town|Parish|University)\s+)?(?:Council|Cabinet|Executive)"
    r"(?:\s+Meeting)?",
    re.IGNORECASE,
)
# "Members of the Finance and General Purposes Committee are summoned to a meeting ..."
_SUMMONED_RE = re.compile(
    r"\bMembers\s+of\s+the\s+(?P<body>[A-Z][\w&'’,\- ]+?)[ \t]+(?:are|is)\s+(?:hereby\s+)?"
    r"(?:summoned|requested|invited)"
)
# Letter furniture: a "Date:" near these is when the letter was sent, not the meeting.
_LETTER_RE = re.compile(
    r"\b(?:our|your)\s+ref\b|\bdear\s+(?:member|councillor|sir|colleague)|please\s+ask\s+for"
    r"|notice\s+is\s+hereby\s+given|hereby\s+summoned|you\s+are\s+(?:hereby\s+)?(?:summoned|requested)",
    re.IGNORECASE,
)
_INLINE_LABEL_RE = re.compile(r"(?<=\s)(?=(?:date|time|venue|place|location)\s*:)", re.IGNORECASE)


def extract_meeting(front: list[PageLines]) -> Meeting:
    """Meeting facts from the front sheet (and agenda pages); fields None when not found."""
    lines = [ln.text for pl in front for ln in pl.lines if ln.text.strip()]
    text = "\n".join(lines)
    big = _title_lines(front)
    mf = month_first(text)

    def fd(line: str) -> str | None:  # a date as this pack writes them
        return find_date(line, month_first=mf)

    m = Meeting()
    labels = _labelled(lines)
    _from_labels(m, labels, fd)
    if m.date is None and (said := _label(labels, _DATE_LABELS)):
        # "Date/Time: June 6, 530pm": the label's day, in the year the pack's text uses.
        m.date = _date_without_year(lines, said)
    _prefer_title_date(m, big, lines, fd)
    _find_body(m, front, big, text)
    sentence = _meeting_sentence(front)
    if sentence:
        _from_sentence(m, sentence, text, fd)
    if m.date is None or m.time is None:
        _from_dated_line(m, lines, fd)
    announced = _announced_without_year(front, lines)
    if announced is not None and (m.date is None or announced[0] > m.date):
        # "… will take place on Monday 16 June at 6.15pm" under a letter dated 11 June: the
        # meeting it announces is later than the letter (or an item's "vote taken on …").
        m.date, m.time = announced[0], announced[1] or m.time
    if m.date is None:
        m.date = _date_without_year(lines)
    if m.time is None:
        m.time = _time_from_sentences(lines)
    if m.venue is None:
        m.venue = _venue_from_sentence(sentence or "") or _venue_after_date(lines)
        m.venue = m.venue or _venue_from_sentence(text) or _venue_from_titles(big, m.body)
    m.organisation = _organisation(lines, m.body)
    return m


_DATE_LABELS = (
    "date", "date of meeting", "date and time", "meeting date", "when", "date & time",
    "date / time",
)  # fmt: skip
_TIME_LABELS = ("time", "start time", "meeting time", "time of meeting")
_VENUE_LABELS = (
    "venue", "place", "location", "where", "meeting venue", "meeting place",
    "meeting location", "place of meeting",
)  # fmt: skip


def _label(labels: dict[str, str], names: tuple[str, ...]) -> str | None:
    return next((v for n in names if (v := labels.get(n))), None)


def _from_labels(m: Meeting, labels: dict[str, str], fd: Callable[[str], str | None]) -> None:
    """ "Date:", "Time:", "Venue:", "Meeting:" lines of a front sheet."""
    m.body = _clean_body(_label(labels, ("meeting", "committee", "body")))
    date_src = _label(labels, _DATE_LABELS)
    if date_src:
        m.date = fd(date_src)
        m.time = _meeting_time(date_src)
    time_src = _label(labels, _TIME_LABELS)
    if time_src:
        m.time = _first_time(time_src) or m.time
    venue = _label(labels, _VENUE_LABELS)
    m.venue = _clean_venue(venue) if venue else None
    # A memo's "Date: July 10, 2025 / Re: July 17, 2025 Work Session": the memo went out
    # before the meeting it is about, so a later date in its subject is the meeting's.
    about = _label(labels, ("re", "subject"))
    said = fd(about) if about and m.date else None
    if said and m.date and said > m.date:
        m.date, m.time = said, _meeting_time(about or "")


def _prefer_title_date(
    m: Meeting, big: list[str], lines: list[str], fd: Callable[[str], str | None]
) -> None:
    """A front sheet headed "Cabinet / Tuesday 6 January 2026 / 11.00 am" whose "Date:" label
    (beside the chief executive's signature, or atop a supplement's contact block) says when
    the papers went out: a meeting is never before its papers, so the later title date wins."""
    if m.date is None:
        return
    for t in big:
        d = fd(t) if date_only(t) else None
        if d is not None and d > m.date:
            m.date = d
            k = next((k for k, ln in enumerate(lines) if ln.strip() == t), None)
            m.time = (
                _meeting_time(t) or (_time_under(lines, k) if k is not None else None)
            ) or m.time
            return


def _find_body(m: Meeting, front: list[PageLines], big: list[str], text: str) -> None:
    """The meeting's body when no label names it: the title lines, the summons sentence."""
    if m.body is None:
        m.body = _body_from_titles(big) or _body_from_sentence(text) or _meeting_org(big)
    if m.body is None:
        # A text cover (the council's name and motto) before the front sheet proper.
        m.body = _body_from_titles(_title_lines(front, 1))
    if m.body and m.body.isupper():
        m.body = _mixed_case_variant(m.body, text) or m.body


def _from_sentence(m: Meeting, sentence: str, text: str, fd: Callable[[str], str | None]) -> None:
    """ "… will be held on Tuesday 29 April 2014 at 7.30pm": the summons sentence's date and
    time, over a letter's own date or a notice's date of issue."""
    said = fd(sentence)
    if _LETTER_RE.search(text) and said:
        m.date = said  # the summons sentence beats the letter's own date
        m.time = _meeting_time(sentence) or m.time
    if said and m.date and said > m.date:
        # "Date: 15/4/14" beside the clerk's signature is when the notice went out; the
        # meeting it announces ("will be held on Tuesday 29 April 2014") is later.
        m.date = said
        m.time = _meeting_time(sentence) or m.time
    if m.date is None or m.time is None:
        m.date = m.date or said
        m.time = m.time or _meeting_time(sentence)


def _from_dated_line(m: Meeting, lines: list[str], fd: Callable[[str], str | None]) -> None:
    """The first line with the meeting's date, and the time on it or just under it."""
    for k, ln in enumerate(lines):
        d = fd(ln)
        if d is None or _NOT_MEETING_DATE.search(ln.strip()):
            continue
        if m.date is not None and d != m.date:
            continue  # another date; keep looking for the time beside the meeting's
        m.date = m.date or d
        if m.time is None:
            m.time = _meeting_time(_with_next(lines, k)) or _time_under(lines, k)
        if m.time is not None:
            break  # a dated running header ("Board 14.01.27") may come before the time


def time_on_dated_line(pages: Sequence[PageLines], date: str) -> str | None:
    """The time on (or just under) a line of ``pages`` dated ``date``: the meeting's time on an
    agenda page after the front sheet that gave its date alone."""
    lines = [ln.text for pl in pages for ln in pl.lines if ln.text.strip()]
    mf = month_first("\n".join(lines))
    for k, ln in enumerate(lines):
        said = find_date(ln, month_first=mf)
        # The same day a year out is last year's template not updated ("Sunday, January 27,
        # 2018 at 1:00 PM" on the agenda of the January 2019 meeting): its time still holds.
        stale = (
            said is not None and said[4:] == date[4:] and abs(int(said[:4]) - int(date[:4])) == 1
        )
        if (said != date and not stale) or _NOT_MEETING_DATE.search(ln.strip()):
            continue
        if (t := _meeting_time(_with_next(lines, k)) or _time_under(lines, k)) is not None:
            return t
    return None


def _with_next(lines: list[str], k: int) -> str:
    """Line k, and the line after it when k ends on a clock time ("… at 7:00" / "o'clock in
    the afternoon", "… at 7:30" / "p.m."): what the time is said with."""
    ln = lines[k]
    if k + 1 < len(lines) and re.search(r"\d[:.]\d\d\s*$", ln):
        return f"{ln} {lines[k + 1]}"
    return ln


def _time_under(lines: list[str], k: int) -> str | None:
    """The time in the lines under a date: a title block's "7:00 P.M." line, or a cell of a
    block in columns ("1309 S. Mary Avenue <tab> 6:00 p.m.", "CLOSED SESSION – 5:30 p.m.
    <tab> OPEN SESSION – 7:00 p.m.": the first)."""
    alone = k + 1 < len(lines) and _TIME_ALONE.match(lines[k + 1])
    if alone and (t := _meeting_time(lines[k + 1])) is not None:
        return t
    if k + 1 < len(lines) and (hours := _HOURS_LINE.match(lines[k + 1])):
        return f"{hours.group(1)}:{hours.group(2)}"  # "1330 h – 1700 h": the 24-hour clock
    for nxt in lines[k + 1 : k + 4]:
        cell = next(
            (c for c in nxt.split("\t") if _TIME_CELL.search(c) or _TIME_LEADS.match(c)),
            None,
        )
        if cell is not None:
            return _meeting_time(cell)
    return None


_TIME_CELL = re.compile(
    r"(?:^|[–—-]\s*)\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s*m\.?\s*[!.]?\s*$", re.IGNORECASE
)
# "6:45 P.M. CLOSED SESSION" over "7:00 PM REGULAR MEETING": the meeting opens at the first.
_TIME_LEADS = re.compile(
    r"^\s*\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s*m\.?\s+(?:[A-Z]+\s+){0,3}(?:SESSION|MEETING)\b",
    re.IGNORECASE,
)
_TIME_ALONE = re.compile(r"^\s*\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s*m\.?\s*$", re.IGNORECASE)
_HOURS_LINE = re.compile(
    r"^\s*([01]\d|2[0-3])([0-5]\d)\s*(?:h|hrs|hours)\b(?:\s*[–—-]\s*\d{4}\s*(?:h|hrs|hours)\b)?\s*$",
    re.IGNORECASE,
)


# Words of a notice that announce the meeting: "… a meeting of …", "You are summoned to …",
# "… will be held / will take place on …", "The Board … will hold a regular meeting on …".
_ANNOUNCES_RE = re.compile(
    r"\bmeeting\s+of\b|\bsummoned\b"
    r"|\bwill\s+(?:be\s+held|take\s+place|hold\s+(?:a|an|its)\b[^.]*\bmeeting)"
    # French, Swedish, Norwegian and German notices: "… aura lieu le dimanche 1er février".
    r"|\baura\s+lieu\b|\bse\s+tiendra\b|\bäger\s+rum\b|\bavholdes\b|\bfindet\b[^.]*\bstatt\b"
    # Spanish, Portuguese and Italian: "… para celebrar la Asamblea … del día jueves 29 de
    # Octubre del 2020", "se celebrará", "tendrá lugar", "terá lugar", "avrà luogo".
    r"|\b(?:se\s+)?celebrar(?:á|a)?\b|\bten(?:drá|rá)\s+lugar\b|\bterá\s+lugar\b"
    r"|\bavrà\s+luogo\b|\bsi\s+terrà\b",
    re.IGNORECASE,
)


def _meeting_sentence(front: list[PageLines]) -> str | None:
    """The sentence of a notice letter that announces the meeting ("... a meeting of ...")."""
    for pl in front[:2]:
        flat = " ".join(ln.text.replace("\t", " ") for ln in pl.lines)
        for sent in re.split(r"(?<=[.!?])\s+(?=[A-Z])", flat):
            announces = _ANNOUNCES_RE.search(sent)
            # Not "approve the Minutes of the ... meeting of October 18": a past meeting.
            past = re.search(
                r"next\s+meeting|\bminutes\b", sent, re.I
            ) or EMERGENCY_ORDER_RE.search(sent)
            if announces and find_date(sent) and not past:
                # Unpunctuated letter headers run into the sentence: start at the announcement.
                tail = sent[announces.start() :]
                return tail if find_date(tail) else sent
    return None


def _announced_without_year(
    front: list[PageLines], lines: list[str]
) -> tuple[str, str | None] | None:
    """(date, time) from a sentence announcing the meeting on a weekday and date printed without
    a year ("You are summoned to the next meeting … on Monday 16 June at 6.15pm"; "… will hold
    a regular monthly meeting … on WEDNESDAY, February 19, at 12:10 p.m."). The year is the
    one that puts the date on that weekday (see ``_date_without_year``)."""
    for pl in front[:2]:
        flat = " ".join(ln.text.replace("\t", " ") for ln in pl.lines)
        for said in _ANNOUNCES_RE.finditer(flat):
            if re.search(r"\bnext\b[^.]{0,50}$", flat[max(0, said.start() - 60) : said.start()]):
                continue  # "The next Parish Council meeting will be held …": another meeting
            # The date follows the announcement closely ("(Cal. Bus. & Prof. Code § 6304) on
            # WEDNESDAY, …": no sentence split, abbreviations would cut it).
            tail = flat[said.start() : said.start() + 240]
            day = _DAY_MONTH_RE.search(tail)
            if day is None or find_date(tail[: day.end() + 8]):
                continue  # none, or a date with its year (the sentence reader's)
            before = tail[: day.start()]
            if not _WEEKDAY_RE.search(before) or re.search(r"\bminutes\b", before, re.I):
                continue
            date = _date_without_year([tail[day.start() :], *lines])
            if date is not None:
                return date, _meeting_time(tail[day.start() : day.start() + 60])
    return None


def _mixed_case_variant(body: str, text: str) -> str | None:
    """The same name printed in mixed case elsewhere ("CABINET" -> "Cabinet")."""
    for mt in re.finditer(re.escape(body), text, re.IGNORECASE):
        found = mt.group(0)
        if not found.isupper() and found[:1].isupper():
            return found
    return None


def _venue_after_date(lines: list[str]) -> str | None:
    """A title block: "Tuesday, 22 July 2014, 2.00 pm" then the venue on the next line (or
    after a line with the time alone: "Tuesday 6 January 2026 / 11.00 am / Ground floor …")."""
    for k, ln in enumerate(lines[:30]):
        if find_date(ln) and k + 1 < len(lines):
            if PURE_TIME_RE.match(lines[k + 1]) and k + 2 < len(lines):
                k += 1
            nxt = lines[k + 1].replace("\t", " ").strip()
            place = _VENUE_WORDS.search(nxt) or _POSTCODE_RE.search(nxt)
            if place and not find_date(nxt) and ":" not in nxt[:12]:
                return _clean_venue(nxt)
            return None
    return None


_WEEKDAY_RE = re.compile(
    rf"\b{WEEKDAY}\b|\b(?:mon|tue|wed|thu|fri|sat|sun)\b\.?",
    re.IGNORECASE,
)


def date_only(text: str) -> bool:
    """A line that is a date and nothing else ("Mar 12, 2026", "Tuesday April 8, 2025")."""
    m = _DATE_RE.search(text)
    if m is None:
        return False
    rest = _WEEKDAY_RE.sub("", text[: m.start()] + text[m.end() :])
    return not re.sub(r"[\s,.]", "", rest)


def month_first(text: str) -> bool:
    """Whether the pack writes dates month first ("January 20, 2021", US style) rather than
    day first ("20 January 2021"): how to read its "2/9/2021". A numeric date that can be read
    one way only ("12/16/14") tells as much."""
    forms = Counter("day" if mt.group(1) else "month" for mt in _DATE_RE.finditer(text))
    for a, b, _year in _NUM_DATE_RE.findall(text):  # the numeric dates find_date reads
        if int(b) > 12 >= int(a):
            forms["month"] += 1
        elif int(a) > 12 >= int(b):
            forms["day"] += 1
    return forms["month"] > forms["day"]


_DAY_SPAN_RE = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s*[-–—]\s*\d{{1,2}}(?:st|nd|rd|th)?(?=\s+(?:{_MONTH_ALT})\b)"
    rf"|\b((?:{_MONTH_ALT})\.?\s+\d{{1,2}})(?:st|nd|rd|th)?\s*[-–—]\s*\d{{1,2}}(?:st|nd|rd|th)?(?=,?\s+\d{{4}})"
    # "18, 19 and 22 October 2021": a meeting held over several days starts on the first.
    rf"|\b(\d{{1,2}})(?:st|nd|rd|th)?(?:\s*(?:,|and|&)\s*\d{{1,2}}(?:st|nd|rd|th)?)+(?=\s+(?:{_MONTH_ALT})\b)",
    re.IGNORECASE,
)


_TENS_AND_TEENS = (
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth",
)  # fmt: skip
_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_ORDINAL_DAYS = {
    **{w: k for k, w in enumerate(_UNITS, 1)},
    **{w: k for k, w in enumerate(_TENS_AND_TEENS, 10)},
    **{f"twenty-{w}": 20 + k for k, w in enumerate(_UNITS, 1)},
    "thirtieth": 30,
    "thirty-first": 31,
}
_ORDINAL_DAY_RE = re.compile(
    r"\b(" + "|".join(sorted(_ORDINAL_DAYS, key=len, reverse=True)) + r")\s+day\s+of\b",
    re.IGNORECASE,
)


# A number of a date with letters recognised for its digits ("L6", "2OI9", "l7th"): a digit and
# O, I, l or L mixed in one word (a word of letters alone is never changed).
_MISREAD_NUMBER_RE = re.compile(
    r"(?<![A-Za-z])(?=[0-9OIlL]*\d)(?=[0-9OIlL]*[OIlL])[0-9OIlL]{2,4}(?=st|nd|rd|th|\b|,)"
)


def _digits_read_as_letters(m: re.Match[str]) -> str:
    return m.group(0).translate(str.maketrans("OIlL", "0111"))


def find_date(text: str, month_first: bool = False) -> str | None:
    """First date in ``text`` as ISO ("1st November 2022" -> "2022-11-01"); weekday ignored.
    A numeric date ("2/9/2021") is read day first unless ``month_first`` (or a part > 12
    says which is which)."""
    # "the fourth day of May": the day in words, as warrants and legal notices write it.
    text = _ORDINAL_DAY_RE.sub(lambda m: f"{_ORDINAL_DAYS[m.group(1).lower()]} day of", text)
    # A meeting over two days ("16-17 June 2003", "June 16-17, 2003") starts on the first.
    text = _DAY_SPAN_RE.sub(lambda m: m.group(1) or m.group(2) or m.group(3), text)
    # A text layer recognised from a scan: "OCTOBER L6,2OI9" for "OCTOBER 16, 2019".
    text = _MISREAD_NUMBER_RE.sub(_digits_read_as_letters, text)
    for mt in _DATE_RE.finditer(text):
        if mt.group(1):
            day, mon, year = int(mt.group(1)), _MONTHS[mt.group(2).lower()], int(mt.group(3))
        else:
            day, mon, year = int(mt.group(5)), _MONTHS[mt.group(4).lower()], int(mt.group(6))
        try:
            return dt.date(year, mon, day).isoformat()
        except ValueError:
            continue
    iso = re.search(r"\b(20\d\d)-(\d\d)-(\d\d)\b", text)
    if iso:
        try:
            return dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3))).isoformat()
        except ValueError:
            pass
    mt2 = _NUM_DATE_RE.search(text)
    if mt2:
        year = int(mt2.group(3))
        year = year + 2000 if year < 100 else year
        a, b = int(mt2.group(1)), int(mt2.group(2))
        day, mon = (b, a) if (month_first and b <= 31 and a <= 12) or b > 12 else (a, b)
        try:
            found = dt.date(year, mon, day)
        except ValueError:
            return None
        wd = _WEEKDAY_RE.search(text[: mt2.start()])
        if wd and a != b and a <= 12 and b <= 12:
            # "Sunday 3/8/26": the printed weekday says which number is the month.
            other = dt.date(year, day, mon)
            want = _WEEKDAY_NUM[wd.group(0)[:3].lower()]
            if found.weekday() != want and other.weekday() == want:
                found = other
        return found.isoformat()
    return None


_DAY_MONTH_RE = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+({_MONTH_ALT})\b(?!\.?,?\s+\d{{4}})"
    rf"|\b({_MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\.?,?\s*\d{{4}})",
    re.IGNORECASE,
)
_WEEKDAY_NUM = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def _date_without_year(lines: list[str], said: str | None = None) -> str | None:
    """ "Monday 1st November" on a cover sheet, "Wednesday, March 16 8:00" atop an agenda: the
    year is the one the pack's text uses most, or the next when only its calendar puts the
    printed weekday on that day (papers look back more than forward). A line about minutes or
    a next meeting says another meeting's date. ``said``: the day is read there only (a
    "Date:" label's value)."""
    years = Counter(int(y) for y in re.findall(r"\b(20\d\d)\b", "\n".join(lines)))
    if not years:
        return None
    common = years.most_common(1)[0][0]
    for ln in [said] if said is not None else lines:
        mt = _DAY_MONTH_RE.search(ln)
        if mt is None or _NOT_MEETING_DATE.search(ln):
            continue
        day = int(mt.group(1) or mt.group(4))
        mon = _MONTHS[(mt.group(2) or mt.group(3)).lower()]
        wd = _WEEKDAY_RE.search(ln[: mt.start()])
        want = _WEEKDAY_NUM.get(wd.group(0)[:3].lower()) if wd else None
        for year in (common, common + 1):
            try:
                day_date = dt.date(year, mon, day)
            except ValueError:
                break
            if want is None or day_date.weekday() == want:
                return day_date.isoformat()
        else:
            return dt.date(common, mon, day).isoformat()  # a misprinted weekday
    return None


_QUALIFIER_RE = re.compile(
    r"\b(?:despatch|dispatch|issue|publication|published|print|letter|deadline|closing)\s*$",
    re.IGNORECASE,
)
_WELSH_LABELS = {"dyddiad": "date", "amser": "time", "lleoliad": "venue"}


def _labelled(lines: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    # "Date: ... Time: ... Venue: ..." on one line or table row: one label per part.
    # An item's line says another meeting's: "3. Approval of minutes from meeting date: May 9".
    parts = [
        p
        for ln in lines
        if not _NUMBERED_ITEM_RE.match(ln)
        for p in _INLINE_LABEL_RE.split(ln.replace("\t", "\t "))
    ]
    for i, ln in enumerate(parts):
        mt = _LABEL_RE.match(ln)
        if mt and i and _QUALIFIER_RE.search(parts[i - 1]):
            continue  # "Despatch date:", "Issue date:": when the papers went out
        if mt:
            key = " ".join(mt.group("label").lower().split())
            key = re.sub(r"\s*([/&])\s*", r" \1 ", key)  # "Date/Time" as "Date / Time"
            key = _WELSH_LABELS.get(key, key).replace(
                " of the meeting", ""
            )  # "Date and Time of the Meeting:"
            value = mt.group("value").replace("\t", " ").strip()
            nxt = parts[i + 1].strip() if i + 1 < len(parts) else ""
            if not value:
                if not nxt or _LABEL_RE.match(nxt):
                    continue
                value = nxt  # "Date:" on a line of its own, the value below it
            if value.endswith(",") and nxt and not _LABEL_RE.match(nxt):
                value = f"{value} {nxt}"  # an address wrapped after its comma
            out.setdefault(key, value)
    return out


def _first_time(text: str) -> str | None:
    """The meeting time in a "Time:" value: the first time not attached to a pre-meeting."""
    cleaned = re.sub(r"\((?:[^)]*pre-?\s*meeting[^)]*)\)", " ", text, flags=re.IGNORECASE)
    # A text layer recognised from a scan reads a 1 as "l" or "I": "Time: l1:00 am".
    cleaned = re.sub(r"(?<![A-Za-z])[lI](?=\d?[.:][0-5]\d\b)", "1", cleaned)
    # "5.30 pm – pre-meeting for members only; 6.00 pm – public meeting": drop that part.
    parts = re.split(r"[;,]|\s{2,}", cleaned)
    if len(parts) > 1:
        cleaned = " ; ".join(p for p in parts if not _PRE_MEETING_PART.search(p))
    t = _meeting_time(cleaned)
    if t:
        return t
    hrs = re.search(r"\b([01]\d|2[0-3])([0-5]\d)\s*(?:hrs|hours|h)\b", cleaned, re.IGNORECASE)
    hrs = hrs or re.fullmatch(r"\s*([01]\d|2[0-3])([0-5]\d)\s*", cleaned)  # "Time: 1730"
    if hrs:  # "1030 hrs": the 24-hour clock of fire and police services
        return f"{hrs.group(1)}:{hrs.group(2)}"
    mt = re.search(r"(?<![\d.:])(\d{1,2})[.:](\d{2})(?![\d])", cleaned)
    if mt:
        h, mi = int(mt.group(1)), int(mt.group(2))
        # A bare 12-hour time on a front sheet: 1-6 o'clock is an afternoon meeting.
        return to_24h(h + 12 if 1 <= h <= 6 else h, mi, None)
    return None


_AFTERNOON_RE = re.compile(r"\s*(?:o['’]\s?clock\s+)?in\s+the\s+(?:afternoon|evening)\b", re.I)


_JOINED_AMPM_RE = re.compile(r"(?<![\d.:/£])(\d{1,2})([0-5]\d)\s*([ap])\.?m\b", re.IGNORECASE)


def _meeting_time(text: str) -> str | None:
    """An explicit time in a date line or sentence ("2.00 pm", "19:00"; "7-9pm" starts at 7)."""
    text = share_ampm(text)
    prev_end = 0  # what a time is said of lies between it and the time before it
    for mt in AMPM_RE.finditer(text):
        before = text[max(prev_end, mt.start() - 25) : mt.start()]
        prev_end = mt.end()
        if _NOT_MEETING_TIME.search(before):
            continue  # "Buffet Supper 5.30pm, AGM 6.30pm": the AGM's
        return to_24h(int(mt.group(1)), int(mt.group(2) or 0), mt.group(3))
    # "June 6, 530pm": the clock's colon left out before "am" / "pm".
    joined = _JOINED_AMPM_RE.search(text)
    if joined and not _NOT_MEETING_TIME.search(text[max(0, joined.start() - 25) : joined.start()]):
        return to_24h(int(joined.group(1)), int(joined.group(2)), joined.group(3) + "m")
    for mt in CLOCK_RE.finditer(text):
        if _DATE_RE.search(text[mt.start() - 3 : mt.end() + 3]):
            continue
        before = text[max(0, mt.start() - 25) : mt.start()]
        if _NOT_MEETING_TIME.search(before):
            continue
        hour = int(mt.group(1))
        if hour < 12 and _AFTERNOON_RE.match(text, mt.end()):
            hour += 12  # "7:00 o'clock in the afternoon"
        elif 1 <= hour <= 6 and not mt.group(1).startswith("0"):
            hour += 12  # a bare "6:00": no meeting starts before dawn ("06:00" is 24-hour)
        return f"{hour:02d}:{mt.group(2)}"
    # "on Wednesday 13th February 2019 at 1900": a 24-hour time without its colon.
    hhmm = re.search(r"\bat\s+([01]\d|2[0-3])([0-5]\d)(?:\s*(?:hrs|hours|h))?\b(?![\d/])", text)
    if hhmm:
        return f"{hhmm.group(1)}:{hhmm.group(2)}"
    # French: "à partir de 14h00", "à 14 h 30", "à 14 heures".
    french = re.search(r"\b([01]?\d|2[0-3])\s?(?:h\s?([0-5]\d)\b|h\b|heures\b)", text)
    if french:
        return f"{int(french.group(1)):02d}:{french.group(2) or '00'}"
    return None


def _time_from_sentences(lines: list[str]) -> str | None:
    for ln in lines[:40]:
        # "Pilot's Meeting (12:45 PM)" then "Call To Order (1:00 PM)": the meeting opens at
        # its call to order.
        if _CALL_TO_ORDER_RE.search(ln) and (t := _meeting_time(ln)) is not None:
            return t
    for k, ln in enumerate(lines):
        if _NUMBERED_ITEM_RE.match(ln):
            continue  # "15. Road Commission Meeting October 20th 9:45 am.": another meeting
        if re.search(r"\b(meeting|held|commenc|start|begin)", ln, re.IGNORECASE) and not re.search(
            r"next\s+(?:\w+\s+){0,2}meeting|pre-?\s*meeting", ln, re.IGNORECASE
        ):
            t = _meeting_time(_with_next(lines, k))
            if t:
                return t
    for k, ln in enumerate(lines[:40]):
        starts_timed = re.match(r"^\s*\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m", ln, re.IGNORECASE)
        # "Next Regularly Scheduled Meeting / January 21, 2026 / 1:30 PM": the next one's.
        said_of = " ".join([*lines[max(0, k - 2) : k], ln])
        if starts_timed and not _NOT_MEETING_TIME.search(said_of):
            return find_time_in_text(ln)
    # A title block's lines above the first item ("Discovery Centre, 7.00-9.00pm", "Buffet
    # Supper 5.30pm, AGM 6.30pm-8.00pm" under the venue's address).
    for ln in lines[:15]:
        if _FIRST_ITEM_RE.match(ln):
            break
        if (t := _meeting_time(ln)) is not None:
            return t
    return None


_CALL_TO_ORDER_RE = re.compile(r"\bcall(?:ed)?\s+to\s+order\b", re.IGNORECASE)
_FIRST_ITEM_RE = re.compile(r"^\s*1\s*[.):]?\s+\S|^\s*1\s*[.):]\s*$")
_NUMBERED_ITEM_RE = re.compile(r"^\s*\d{1,2}\s*[.)]\s+[A-Z]")


def _title_lines(front: list[PageLines], nth: int = 0) -> list[str]:
    """Lines of the first page (or the ``nth`` page with text) set in the largest or bold
    fonts, top to bottom."""
    # The first page with text: a pack may open with an image-only cover.
    texts = [pl.lines for pl in front if any(ln.text.strip() for ln in pl.lines)]
    lines = texts[nth] if nth < len(texts) else None
    if not lines:
        return []
    sizes = sorted({round(ln.size, 1) for ln in lines}, reverse=True)
    # The body's size is the one most of the page's words are set in (a cover's few short
    # lines in 14 pt, "Thursday 29 January 2026", "6.00 pm", are not its text).
    weight: Counter[float] = Counter()
    for ln in lines:
        weight[round(ln.size, 1)] += len(ln.text.strip()) or 1
    body_size = weight.most_common(1)[0][0]
    out: list[str] = []
    prev: Line | None = None
    for ln in lines[:40]:
        big = round(ln.size, 1) > body_size + 0.5 or (ln.bold and len(ln.text) < 90)
        if big and ln.text.strip():
            text = ln.text.replace("\t", " ").strip()
            if prev is not None and out and _wraps_onto(prev, ln):
                out[-1] = f"{out[-1]} {text}"
            else:
                out.append(text)
        prev = ln if big and ln.text.strip() else None
    if not out and sizes:
        out = [ln.text for ln in lines[:3]]
    return out


_NOTICE_OF_RE = re.compile(r"(?:notice\s+of\s+)?(?:agenda|meeting)", re.IGNORECASE)


def _clean_body(value: str | None) -> str | None:
    if not value:
        return None
    parts = [p.strip().rstrip(".,:-–— ") for p in re.split(r"\s+-\s+|\s+–\s+|\t", value)]
    # "Jun 10, 2024 - FINANCE COMMITTEE MEETING" (BoardDocs' "Meeting :" field): the date
    # first, then who meets.
    v = parts[1] if len(parts) > 1 and date_only(parts[0]) and parts[1] else parts[0]
    if len(parts) > 1 and parts[1] and _NOTICE_OF_RE.fullmatch(v):
        v = parts[1]  # "Notice of Agenda – Special Council Meeting": who meets comes second
    v = re.sub(r"\s*\([^)]*$", "", v).strip()  # "Trust Board (Part 1 – Public)" split mid-bracket
    return v or None


# An agenda item's line ("1. COMMUNITY PARTICIPATION FORUM", "3.1 Candidate Interviews"):
# what the meeting does, never who meets.
_ITEM_LINE_RE = re.compile(r"^\s*(?:\d{1,3}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.|[A-Z][.)])\s+\S")


def _wraps_onto(prev: Line, ln: Line) -> bool:
    """Whether title line ``ln`` continues a body's name on ``prev`` ("Health and Social Care
    Scrutiny" / "Commission", "Planning Committee (Smaller" / "Applications)"): same size, just
    under it, and an open bracket or a lone body noun not after a name already complete."""
    gap = ln.y0 - prev.y1  # a little below zero where big line boxes overlap
    if round(prev.size, 1) != round(ln.size, 1) or not -prev.size / 3 <= gap < prev.size:
        return False
    t, head = ln.text.strip(), prev.text.strip()
    lone_noun = len(t.split()) == 1 and _BODY_TITLE_WORDS.fullmatch(t)
    return head.count("(") > head.count(")") or bool(lone_noun and not _BODY_END_RE.search(head))


def _body_from_titles(titles: list[str]) -> str | None:
    for t in titles:
        if re.match(r"^\s*(agenda|public document pack|notice of meeting|summons)\b", t, re.I):
            continue
        if named := re.match(r"^\s*([A-Z][^:\t]{2,60}?)\s*[-–—]\s*agenda\b", t, re.IGNORECASE):
            return _clean_body(named.group(1))  # "Chapel Hill Friends Meeting- Agenda for …"
        if _ITEM_LINE_RE.match(t) or date_only(t):
            continue
        if t.strip()[:1].islower() or re.match(r"^\s*(?:to|dear)\s+(?:all\s+)?[a-z]", t, re.I):
            continue  # "at the discretion of the Council", "To members of the Public and …"
        if _PLAIN_BODY_RE.fullmatch(t.strip()):
            return _clean_body(t)
        if _ORG_RE.fullmatch(t.strip()) or (
            t.isupper() and _ORG_RE.fullmatch(name_case(t.strip()))
        ):
            continue  # the organisation's name, not the body
        if re.match(r"^[^:\t]{0,25}[:\t]", t):
            continue  # a labelled field ("Title<tab>...", "Purpose of this report: ...")
        if _BODY_SENTENCE_RE.search(t):
            return _body_from_sentence(t)  # "NOTICE IS HEREBY GIVEN that a meeting of X ..."
        if re.search(r"\b(?:that|will|shall|hereby|is|are|may|must|can)\b", t, re.IGNORECASE):
            continue  # a sentence (also in capitals), not a title
        if _BODY_TITLE_WORDS.search(t) and len(t) <= 90 and not find_date(t):
            if re.search(r"\bchambers?\b|\broom\b|\bhall\b", t, re.IGNORECASE):
                continue  # "COUNCIL CHAMBERS", "Committee Room 2": where it meets, not who
            return _clean_body(t)
    return None


def _meeting_org(titles: list[str]) -> str | None:
    """A panel or authority that meets as itself ("Westmarch Police and Crime Panel")."""
    for t in titles:
        mt = _ORG_RE.fullmatch(t.strip())
        if mt and re.search(r"\b(?:Panel|Authority|Board)$", t.strip()):
            return _clean_body(t)
    return None


def _body_from_sentence(text: str) -> str | None:
    flat = text.replace("\n", " ")
    mt = _BODY_SENTENCE_RE.search(flat)
    if mt:
        body = mt.group("body")
        if body.count("(") > body.count(")"):
            # "Trust Board (Meeting in Public)": the stop words matched inside the brackets.
            close = flat.find(")", mt.end())
            if close != -1 and close - mt.end() < 40:
                body = flat[mt.start("body") : close + 1]
        return _clean_body(body)
    # Within a line: "… all Members of the Council" / "You are summoned …" is no body "Council You".
    mt = _SUMMONED_RE.search(text)
    return _clean_body(mt.group("body")) if mt else None


def _clean_venue(v: str) -> str | None:
    v = re.sub(r"\s+", " ", v).strip().rstrip(".,;")
    v = re.sub(r"^(?:at|in)\s+(?:the\s+)?(?=[A-Z])", "", v)  # "at the Fire Hall": the place
    return v or None


def _venue_from_sentence(text: str) -> str | None:
    mt = _VENUE_SENTENCE_RE.search(text.replace("\n", " "))
    if mt:
        return _clean_venue(mt.group("venue"))
    return None


def _venue_from_titles(titles: list[str], body: str | None) -> str | None:
    """A title block: body on one line, the venue on the next."""
    for k, t in enumerate(titles[:-1]):
        if body and body.lower() in t.lower():
            nxt = titles[k + 1]
            if not find_date(nxt) and re.search(
                r"\b(room|hall|house|chamber|centre|suite)\b", nxt, re.I
            ):
                return _clean_venue(nxt)
    return None


def _organisation(lines: list[str], body: str | None) -> str | None:
    # "8. Carolyn Stuart, Clerk of the InterFaith Council Committee, …": a name an item
    # mentions is no organisation holding the meeting.
    own = [ln for ln in lines if not _NUMBERED_ITEM_RE.match(ln)]
    return _most_named_org(own) or _org_from_email("\n".join(lines))


def _most_named_org(lines: list[str]) -> str | None:
    counts: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    for k, ln in enumerate(lines):
        for cell in ln.split("\t"):  # a name never runs across a table's cells
            # "HORSLEY PARISH COUNCIL" in capitals reads as its name in title case.
            for mt in _ORG_RE.finditer(name_case(cell) if cell.isupper() else cell):
                org = _trim_org(mt.group("org"))
                if org is None:
                    continue
                counts[org] += 1
                first_seen.setdefault(org, k)
    if counts:
        return max(counts, key=lambda o: (counts[o], -first_seen[o]))
    return None


def name_case(text: str) -> str:
    """ "CITY OF ROSEMEAD" -> "City of Rosemead": capitals as a name is written."""
    small = {"of", "and", "upon", "on", "in", "under", "the", "le", "cum", "by"}

    def word(w: str, k: int) -> str:
        parts = w.split("-")  # "BURTON-CUM-WALDEN" -> "Burton-cum-Walden"
        return "-".join(
            p.lower() if p.lower() in small and (k or j) else p.capitalize()
            for j, p in enumerate(parts)
        )

    return " ".join(word(w, k) for k, w in enumerate(text.split(" ")))


_TRAILING_SMALL = {"after", "before", "for", "from", "to", "with", "on", "at", "in", "during",
                   "until", "by", "and", "or", "as"}  # fmt: skip


def _trim_org(org: str) -> str | None:
    words = org.split()
    while words and words[0].lower() in _ORG_STOP:
        words = words[1:]
    # "… FOR THE CITY OF BIGGS AFTER DISTRIBUTION …" in capitals: the name ends before "After".
    while words and words[-1].lower() in _TRAILING_SMALL:
        words = words[:-1]
    # "Wiltshire Council's" is caught without the 's; single "Council" is not a name.
    if len(words) < 2:
        return None
    if words[0] in ("Dear", "Members", "Member", "Chairman", "Chair", "Cabinet", "Full"):
        return None
    if len(words) == 2 and words[0].lower() in _GENERIC_ORG_WORDS:
        return None
    if any(w in ("Hall", "Chamber", "Chambers") for w in words):
        return None  # "City Hall Council Chamber": where it meets
    if "and" in words:
        # "recommend to Cabinet and Council", "Scrutiny and Council": bodies in a sentence,
        # unlike a place joined by "and" ("Brighton and Hove City Council").
        before = words[words.index("and") - 1] if words.index("and") else ""
        if _BODY_TITLE_WORDS.fullmatch(before) or before.lower() in _NOT_PLACES:
            return _trim_org(" ".join(words[words.index("and") + 1 :]))
    return " ".join(words)


def _org_from_email(text: str) -> str | None:
    mt = re.search(r"@([a-z0-9\-]+)\.gov\.uk\b", text, re.IGNORECASE)
    if mt:
        name = mt.group(1).replace("-", " ").title()
        return f"{name} Council"
    return None
