"""Where documents start inside the papers: cover sheets, appendices, minutes, stamps.

Works on the shared page scans (one extraction per page, see ``pagemap.scan_pages``) and
reads only the top of each page plus the header/footer bands, where these markers live.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import pymupdf

from boardprep.core.engine.meeting import date_only, find_date, name_case
from boardprep.core.engine.pages.pagemap import (
    PageMap,
    PageScan,
    VisualLine,
    band_cells,
    scan_pages,
)
from boardprep.core.engine.vocabulary import (
    BOARD_CODE_RE,
    EXCLUSION_RE,
    FINITE_VERB,
    ITEM_ALONE_RE,
    MONTHS,
    PAGE_OF_WORD,
    PAGE_STAMP_RE,
    PAGE_WORD,
    REPORT_LABEL_RE,
    REPORT_NUMBER_RE,
    report_code,
)

_ITEM_STAMP = re.compile(
    r"^[ \t]*agenda\s*item\s*(?:no\.?|number|#)?\s*:?\s*(\d{1,3}(?:\.\d{1,2})?[a-z]?)\b"
    r"(?![ \t]*[:.]?[ \t]*(?-i:[a-z]{2}))",
    re.I | re.M,
)
# "Item 3(d) At our Annual General Meeting, we elect …": a page that opens with its item's
# number (the first line only: inside a paper "Item 5" is often just a reference).
# A company notice's explanatory statement: "ITEM NO. 4", "Item No: 2 & 3" (the first's).
_ITEM_OPENS = re.compile(
    r"^\s*Item\s+(?:No\s*[.:]?\s*)?(\d{1,2})\s*(?:\(([a-z])\)|([a-z]))?(?=[\s:.&]|$)", re.I
)
# A paper headed by the meeting's code and its item's number: "AGM-2007/04: Minutes of the
# Previous AGM" is item 4's paper (the agenda prints the code over its number column).
_CODED_PAPER = re.compile(r"^[A-Z]{2,6}[-\s]?(?:19|20)\d{2}/0?(\d{1,2})\s*:\s*\S")
# "Appendix 2 – Budget", "Annex B"; US packets' "Exhibit 'A'" / "EXHIBIT “B”" (quoted label).
_APPENDIX = re.compile(
    r"^(appendix|annex|annexe|enclosure|attachment|schedule|exhibit)"
    r"(?:\s+['‘’\"“”]?|\s*['‘’\"“”])([A-Z0-9]{1,3}(?:\.\d{1,2})?|[ivx]{1,4})['‘’\"“”]?(?![\w'‘’\"“”])"
    r"\s*([:\-–—·.|]\s*(.*))?$",
    re.I,
)
_MINUTES = re.compile(r"\bminutes\s+of\s+(?:the\s+)?.{0,120}?\b(?:meetings?|held)\b", re.I)
_PAPER_REF = re.compile(
    r"^(?:((?i:paper|enclosure|enc\.?|appendix))\s+([A-Z0-9]{1,3}(?:\.\d{1,2})?)"
    r"|([A-Z]{2,5}\s?\d{2}/\d{2,3}[A-Z0-9]*|[A-Z]{2,5}\s\d{2}/\d{2}\s[0-9A-Z]{1,3}))$"
)
_PAGE_ONE = re.compile(rf"^{PAGE_WORD}\s*1\s*{PAGE_OF_WORD}\s*(\d{{1,3}})$", re.I)
# A web page printed from a browser counts its sheets in the footer: "1/3", "2/3".
_PRINTED_SHEET = re.compile(r"^(\d{1,2})/(\d{1,2})$")
_PAGE_N_OF = re.compile(rf"^{PAGE_WORD}\s*(\d{{1,3}})\s*{PAGE_OF_WORD}\s*(\d{{1,3}})$", re.I)
_BROKEN_A = re.compile(r"\bA\s*\n\s*genda")
_BROKEN_ITEM = re.compile(r"(?i)(agenda\s*item)\s*\n\s*(\d)")
_BLANK = re.compile(r"intentionally\s+(left\s+)?blank", re.I)

# Cover-sheet labels (case-insensitive), as they open a line; "Subject:" alone is strong enough.
_COVER_LABELS: list[tuple[str, str]] = [
    # "Subject Matter / Title of Decision:" is one label (its value follows), as is "Subject:".
    # "Subject:", "Subject Matter / Title of Decision"; never prose ("subject to section 24",
    # "subject of the mediation").
    (
        "subject",
        r"^subject(?:\s+matter)?(?:\s*/\s*title\s+of\s+(?:decision|report))?"
        # the value after a colon, a cell gap or on the next line: "Subject Property" on a
        # map is no label
        r"(?!\s+(?:to|of|matter\s+of)\b)(?:\s*:|\s*$|\t|\s{2,})",
    ),
    # A memo's "Re: Monthly Report" names it as "Subject:" does.
    ("subject", r"^re\s*:"),
    ("title", r"^(report\s+)?title(?:\s+of\s+(?:decision|report))?\s*(?::|$)"),
    # A US agenda memo's "Agenda Item:" over its subject ("Setback Variance for a Carport");
    # "Agenda Item: 7" is a stamp, and no title. A university's "Agenda Title:" is the same.
    ("agenda item", r"^agenda\s+(?:item(?:\s+title)?|title)\s*:"),
    ("report of", r"^report\s+(of|by|from|author)\b"),
    ("report to", r"^report\s+to\b"),
    ("purpose", r"^(\d+\.?\s*)?purpose\s+of\s+(this\s+|the\s+)?(report|paper)"),
    ("summary", r"^executive\s+summary\b"),
    ("cabinet member", r"^(cabinet|portfolio)\s+(member|holder)\b"),
    ("key decision", r"^key\s+decision\b"),
    ("lead", r"^(lead\s+(contact|officer|director)s?|presenter|contact\s+officer)"),
    ("meeting date", r"^(date\s+of\s+meeting|meeting\s+date)\b"),
    # A memo's head: "TO: Faculty President" and "FROM: Educational Policies Committee".
    ("memo to", r"^to\s*:"),
    ("memo from", r"^from\s*:"),
    ("recommendation", r"^recommendations?\s*(for|to)?\b.*:?$"),
]
# All the labels in one pattern, tried once per line: alternatives are tried in list order, so
# the first group that matched is the label the loop over ``_COVER_LABELS`` would have found.
_ANY_COVER_LABEL = re.compile(
    "|".join(f"(?P<g{k}>{pat})" for k, (_n, pat) in enumerate(_COVER_LABELS)), re.I
)
# Cover-table field names, printed without a colon, that are not cover labels above: the
# subject's value ends before them (the labels above end it too).
_FIELD_NAME = re.compile(
    r"^(?:wards?\s+affected|executive\s+lead|lead\s+member|author|contact\b|classification|"
    r"status|appendices|background\s+papers|date\b|exempt|decision\s+required|decision\s+no\b|"
    r"report\s+no\b|key\s+decision|forward\s+plan\s+ref|ward\b|item\s*$|proposed\s+by\b)",
    re.IGNORECASE,
)
# A numbered paragraph of body text ("3.1 Members will recall that ..."): never a heading.
_PROSE_RE = re.compile(r"^\s*\d+\.\d+\s+\S+(?:\s+\S+){7,}")
# "Location:  Citywide", "Person(s) Responsible: …": the next field of a cover sheet.
_LABELLED_VALUE = re.compile(r"^[A-Z][a-z]+(?:\(s\))?(?:\s+[A-Za-z]+){0,2}:\s+\S")
_LABEL_LINE = re.compile(r"^[A-Za-z][A-Za-z ()/]{1,40}:$|^(title|date|subject)$", re.I)
# A councillor's or officer's name: the value of the next label ("Cabinet Member:", "From:"),
# which a two-column cover table may print before its label; never a title's second line.
_NAMED_PERSON = re.compile(
    r"^(?i:councill?or|cllr|mayor|dr|mrs?|ms|miss|prof(?:essor)?)\.?\s+[A-Z]"
)


@dataclass
class DocStart:
    """A page where a document (or an item's papers) begins. ``pdf_page`` is 1-based."""

    pdf_page: int
    title: str
    kind: str  # "report" | "appendix" | "minutes" | "slides" | "paper" | "stamp" | "heading"
    # | "enactment" (a resolution or ordinance: an item's paper only where titles agree)
    agenda_item: str | None = None  # from an "Agenda Item N" stamp
    paper: str | None = None  # from a paper reference in the header ("Paper B")
    score: float = 1.0  # strength of the evidence (cover sheet 3, appendix 2, stamp 2, ...)
    # A bookmark points here too: a big heading on this page opens a paper of the item, not
    # a section inside one.
    bookmarked: bool = False
    # Starts inside the page, below another item's text (a notice's "Item No. 3" statement
    # halfway down): items may share this page.
    inside: bool = False
    # The paper numbers its own pages from here ("Page 1 of 3", or "2", "3" on the next
    # pages): a new paper whatever the page before looks like.
    first_page: bool = False
    # A council's blank resolution form, one per motion: the paper of the next "Resolution:"
    # or "By-Law:" item, whatever its title (the council's name) says.
    form: bool = False

    @property
    def page(self) -> int:  # 0-based, for callers that count like PyMuPDF
        return self.pdf_page - 1


def _headed_by_code(scan: PageScan | None, code: str) -> bool:
    """The page's header or footer starts with the board paper code ``code``."""
    return scan is not None and any(
        (m := BOARD_CODE_RE.match(_clean(c))) and m[0] == code for c in band_cells(scan)
    )


def _clean(text: str) -> str:
    return " ".join(text.split()).strip(" :.-–—·|")


def _join_broken(lines: list[str]) -> str:
    """Top-of-page text with "A" / "genda Item" / " 10" pieces glued back."""
    text = "\n".join(lines)
    if "genda" in text:  # cheap guards: most pages carry no broken "Agenda Item" at all
        text = _BROKEN_A.sub("Agenda", text)
    if "tem" in text.lower():
        text = _BROKEN_ITEM.sub(r"\1 \2", text)
    return text


def _cover_title(lines: list[str]) -> tuple[int, str | None]:
    """(number of cover-sheet labels, the title the sheet gives) from the top lines."""
    found: set[str] = set()
    title: str | None = None
    for i, line in enumerate(lines):
        # A label opens with a capital; "subject area. No disruptive conduct …" is prose run on.
        m = _ANY_COVER_LABEL.match(line) if not line[:1].islower() else None
        if not m:
            continue
        name = _COVER_LABELS[int(m.lastgroup[1:])][0]  # type: ignore[index]
        found.add(name)
        if name in ("subject", "title", "agenda item") and title is None:
            rest = _clean(line[m.end() :])
            parts = [rest] if rest else []
            for nxt in lines[i + 1 : i + 4]:
                if (
                    _LABEL_LINE.match(nxt)
                    or _LABELLED_VALUE.match(nxt)  # "Location:  Citywide": the next field
                    or _ANY_COVER_LABEL.match(nxt)
                    or _FIELD_NAME.match(nxt)
                    or _NAMED_PERSON.match(nxt)
                ):
                    break
                parts.append(nxt)
                if rest:
                    break
            title = plausible_title(_clean(" ".join(parts)))
    return len(found), title


def _heading(scan: PageScan, skip: Iterable[str] = ()) -> str | None:
    """The page's most prominent top line: the tallest among the first few lines."""
    skipped = set(skip)
    top = [
        ln
        for ln in scan.top(0.5)
        if ln.y0 > scan.height * 0.06
        and ln.text not in skipped
        and len(ln.text) > 3
        and ln.height < ln.x1 - ln.x0  # not a spreadsheet's column heading set sideways
    ][:8]
    top = [
        ln
        for ln in top
        if not _ITEM_STAMP.search(ln.text)
        and not ITEM_ALONE_RE.match(ln.text)  # "Item No. 13" over the paper's heading
        and not ln.text.isdigit()
        and not _PROSE_RE.match(ln.text)
    ]
    top = [ln for ln in top if len(re.sub(r"[\d\W]", "", ln.text)) >= 3]  # not "6", "9."
    if not top:
        return None
    for k, ln in enumerate(top[:-1]):
        if REPORT_LABEL_RE.match(ln.text) and (subject := plausible_title(top[k + 1].text)):
            # "STAFF REPORT" over the subject: the label under the body's name, then the title.
            wrapped = _wrapped_heading(scan, top[k + 1]) or subject
            return f"{_clean(ln.text).title()} – {wrapped}"
    top = [ln for ln in top if plausible_title(ln.text)]
    if not top:
        return None
    # The first of the tallest lines; line boxes of one size differ a little by font (a
    # regular label cell stands taller than the bold title above it).
    tallest = max(ln.height for ln in top)
    best = min((ln for ln in top if ln.height >= tallest * 0.9), key=lambda ln: ln.y0)
    label = _APPENDIX.match(best.text.strip())
    if label and not label.group(4):
        # "Appendix 2" alone over its title ("PCT Operating Plan 2007/08"): the two together.
        below = [ln for ln in scan.lines if ln.y0 > best.y0 and ln.text.strip()]
        return _norm_appendix(label, below[0].text if below else None)
    return _wrapped_heading(scan, best)


def _stacked(text: str) -> bool:
    """A heading line of one or two words in capitals: likely the first of a stacked title."""
    words = text.split()
    return 1 <= len(words) <= 2 and text.isupper() and not any(ch.isdigit() for ch in text)


# Words a title line cannot end on: it runs on to the next line ("Health System and").
_LINKING_WORDS = "and|of|the|for|to|in|on|with"
_CUT_AT = re.compile(rf"(?:\b(?:{_LINKING_WORDS})|[,:–—&-])$", re.IGNORECASE)


_SENTENCE_VERB_RE = re.compile(rf"\b{FINITE_VERB}\s")


def _runs_on(scan: PageScan, first: VisualLine, measure: bool = False) -> str:
    """ "Resolution Authorizing the City Manager to Enter into a Contract" / "for Sanitary
    Sewer Replacement at …": the heading's own paragraph (one text block of the page, its
    lines touching) going on up to a full stop, three lines at most: in lower case, or in
    any case after a word that cannot end a title or under a measure's title ("Resolution
    Authorizing …" / "Time Clocks for Various Departments.")."""
    words, prev = [first.text.strip()], first
    if _SENTENCE_VERB_RE.search(words[0]) or words[0][:1] in "“\"‘'":
        return _clean(words[0])  # prose or a quotation taken for a heading: no more of it
    k = scan.lines.index(first)
    for ln in scan.lines[k + 1 : k + 4]:
        text = ln.text.strip()
        same_block = (
            abs(ln.x0 - prev.x0) < 0.5 and abs(ln.x1 - prev.x1) < 0.5 and abs(ln.y0 - prev.y1) < 0.5
        )
        goes_on = text[:1].islower() or measure or _CUT_AT.search(words[-1]) is not None
        if not same_block or not goes_on or words[-1].endswith((".", ":", ";")):
            break
        words.append(text)
        prev = ln
    return _clean(" ".join(words))


def _wrapped_heading(scan: PageScan, first: VisualLine) -> str | None:
    """A heading with the line it wrapped onto ("Wairoa Integrated Health System and" /
    "Community Led Commissioning"): the next line in the same size, when the first stops at
    a word that cannot end a title."""
    k = scan.lines.index(first)
    # The lines below it in its own column (a bilingual page sets its two titles side by side).
    column = [ln for ln in scan.lines[k + 1 : k + 8] if ln.x0 < first.x1 and ln.x1 > first.x0]
    nxt = column[0] if column else None
    # On a title page (little text), "Tower Hamlets" / "Multi Agency Refugee Strategy" in one
    # size is one title too.
    title_page = scan.char_count < 300 and len(first.text.split()) <= 3 and first.height >= 18
    if _stacked(first.text) or title_page:
        # "PRESIDENT'S" / "REPORT" / "TO THE GENERAL FACULTIES COUNCIL": a title set a word
        # or two a line, in capitals, the lines close under each other.
        words, prev = [first.text.strip()], first
        for ln in scan.lines[k + 1 : k + 4]:
            line = ln.text.strip()
            close = 0 <= ln.y0 - prev.y1 <= prev.height
            # One column: set from the same left edge, or centred on the same axis (an
            # invoice's "INVOICE" over a "BILL TO" box sits elsewhere).
            aligned = abs(ln.x0 - first.x0) <= 3 or abs(ln.x0 + ln.x1 - first.x0 - first.x1) <= 6
            same = line.isupper() or (title_page and abs(ln.height - first.height) <= 1.5)
            plain = ":" not in line and not any(c.isdigit() for c in line)
            if not (close and aligned and same and plain) or len(line.split()) > 8:
                break
            words.append(line)
            prev = ln
        joined = " ".join(words)
        # A title never ends on "to" or "and": "INVOICE" over a "BILL TO" box is no title.
        if len(words) > 1 and len(joined.split()) <= 12 and not _CUT_AT.search(joined):
            return _clean(joined) or None
    # "Housing Revenue Account" / "(HRA) 2026-27": a bracket opening the next line runs on too.
    if not _CUT_AT.search(first.text.strip()) and not (nxt and nxt.text.startswith("(")):
        return _runs_on(scan, first) or None
    # The lines it wrapped onto, while each stops at a word that cannot end a title ("Metro's
    # Cart," / "Stroller &" / "Carry-on Policy").
    words, prev = [first.text.strip()], first
    for ln in column[:3]:
        same_size = abs(ln.height - first.height) <= first.height * 0.2
        if not (same_size and 0 <= ln.y0 - prev.y1 <= first.height and len(ln.text) < 90):
            break
        words.append(ln.text.strip())
        prev = ln
        if not _CUT_AT.search(words[-1]):
            break
    return _clean(" ".join(words)) or None


# A slide deck's section divider: "II. FINOS Project" / "Lifecycles Review" / "Gab", alone.
_DIVIDER_RE = re.compile(r"^\s*(?:[IVX]{1,4}|\d{1,2})[.)]\s+(?=[A-Z])")


def _divider_title(scan: PageScan, running: frozenset[str]) -> str | None:
    """A landscape slide holding a numbered heading and a few words more (its speakers):
    the divider that opens an agenda item's part of a deck. Its title without the number."""
    if scan.width <= scan.height:
        return None
    body = [ln for ln in scan.lines if ln.text.strip() and ln.text not in running]
    if not body or sum(len(ln.text.split()) for ln in body) > 16:
        return None
    first = body[0]
    m = _DIVIDER_RE.match(first.text)
    if m is None or first.y0 > scan.height * 0.6:
        return None
    wrapped = [first.text[m.end() :]]
    for prev, ln in itertools.pairwise(body):
        if abs(ln.height - first.height) > first.height * 0.2 or ln.y0 - prev.y1 > first.height:
            break
        wrapped.append(ln.text)
    return plausible_title(_clean(" ".join(t.strip() for t in wrapped)))


def _slide_start(
    scan: PageScan, prev: PageScan | None, running: frozenset[str]
) -> tuple[str, str | None, float] | None:
    """A deck's divider slide (a numbered heading alone), or its first slide after portrait
    pages."""
    if (divider := _divider_title(scan, running)) is not None:
        return "heading", divider, 1.0
    if scan.width > scan.height and (prev is None or prev.width <= prev.height):
        if prev is not None and _shares_running_line(scan, prev):
            return None  # a landscape table inside a report, under the report's own header
        return "slides", _heading(scan, running), 1.5
    return None


def _shares_running_line(scan: PageScan, prev: PageScan) -> bool:
    """The page repeats a line of four words or more from the page before it: a paper's
    running header or footer ("… Refugee Strategy- Draft 2/5/2006"), so the paper goes on."""
    before = {" ".join(ln.text.split()) for ln in prev.lines if len(ln.text.split()) >= 4}
    return any(" ".join(ln.text.split()) in before for ln in scan.lines)


def _first_body_line(scan: PageScan, running: frozenset[str] = frozenset()) -> str | None:
    top = [ln for ln in scan.top(0.3) if ln.y0 > scan.height * 0.06 and ln.text not in running]
    if not top or _ANY_COVER_LABEL.match(top[0].text) or not 1 <= len(top[0].text.split()) <= 16:
        return None
    return _clean(top[0].text) or None


def _big_heading(scan: PageScan, running: frozenset[str] = frozenset()) -> str | None:
    """The page's first line when it is set clearly larger than its text (a paper's title);
    the ``running`` heads over every page are not the page's."""
    body = [
        ln
        for ln in scan.lines
        if scan.height * 0.06 < ln.y0 < scan.height * 0.92 and ln.text not in running
    ]
    if len(body) < 3:
        return None
    heights = sorted(ln.height for ln in body)
    median = heights[len(heights) // 2]
    # The body's name set over the title as the title's first line ("Tower Hamlets Primary
    # Care Trust" / "Commissioning Intentions 2007/08"): the title is both.
    letterhead = _LETTERHEAD_RE.match(body[0].text.strip()) is not None
    first = body[1] if letterhead else body[0]
    if first.y0 > scan.height * 0.35:
        return None
    words = first.text.split()
    if first.height < median * 1.1 or not 1 <= len(words) <= 16 or first.text.endswith("."):
        return None
    k = body.index(first)
    if (
        not letterhead
        and len(body) > k + 2
        and date_only(body[k + 1].text)
        and abs(body[k + 2].height - first.height) < 0.5
        and plausible_title(body[k + 2].text)
    ):
        # The committee's name and the meeting's date over the paper's title, all in one
        # size ("NFTA-Metro CAC / May 22, 2013 / Proposal for New Member Organizations").
        return _clean(body[k + 2].text) or None
    return _clean(f"{body[0].text} {first.text}" if letterhead else first.text) or None


def _title_page_lines(scan: PageScan, running: frozenset[str]) -> str | None:
    """The title of a page holding a few short lines only: its first block of two lines or
    more set in title case (apart from the rest by a wide gap, or by prose), less a period
    under it ("2006-09") and its lone page number."""
    body = _sparse_body(scan)
    if body is None:
        return None
    body = [ln for ln in body if ln.text not in running and not ln.text.strip(" -.").isdigit()]
    if not body:
        return None
    step = sorted(ln.height for ln in body)[len(body) // 2]
    blocks: list[list[VisualLine]] = [[]]
    for k, ln in enumerate(body):
        apart = k and ln.y0 - body[k - 1].y1 > 2.5 * max(step, 1.0)
        if apart or not _title_like(ln.text):
            blocks.append([])
        if _title_like(ln.text):
            blocks[-1].append(ln)
    # A slide's title may be one line ("Annual Project Review: Veraison by Simon Frost"); a
    # page's lone line ("Agenda Item Time Page No") is rather a table's head.
    least = 1 if scan.width > scan.height else 2
    for block in blocks:
        lines = [ln.text.strip() for ln in block]
        while lines and (lines[-1].endswith(":") or _period_line(lines[-1])):
            lines.pop()  # "Vi har:" over its list, or "2006-09" under the title
        if len(lines) >= least:
            return _clean(" ".join(lines))
    return None


def _period_line(text: str) -> bool:
    return bool(re.search(r"\d", text)) and len(re.findall(r"[^\W\d_]{2,}", text)) <= 2


_FORM_LABEL_END = re.compile(rf"\b(?:{_LINKING_WORDS}|by)$", re.IGNORECASE)
_SMALL_WORDS = frozenset(
    ["a", "an", "and", "at", "for", "in", "of", "on", "or", "the", "to", "with"]
)


def _title_like(text: str) -> bool:
    """A line that can be part of a title: a few words, most of them capitalised, no
    sentence's end ("Tower Hamlets", "LONG TERM CONDITIONS"; not "• Keysigningparty",
    "WHEREAS, congestion has grown; and", "Over the past two months we have")."""
    words = text.split()
    if not 1 <= len(words) <= 10 or text.rstrip().endswith((".", ",", ";")):
        return False
    if not words[0][:1].isalnum():
        return False  # a bullet, a dash
    if len(words) <= 2 and _FORM_LABEL_END.search(text.rstrip()):
        return False  # a form's label: "BILL TO", "Report to"
    alpha = [w for w in words if w[:1].isalpha() and w.lower() not in _SMALL_WORDS]
    return 2 * sum(w[:1].isupper() for w in alpha) >= len(alpha)


def _continues_numbering(prev: PageScan, page_count: int) -> bool:
    for cell in band_cells(prev):
        m = _PAGE_N_OF.match(_clean(cell))
        if m and int(m.group(1)) < int(m.group(2)) < max(page_count * 0.6, 2):
            return True
    return False


# A body's name set over its papers as letterhead, never a paper's title: a publisher ("CITY OF
# GARDENA", "Wyre Borough Council"), a health body ("Tower Hamlets Primary Care Trust", "Barts
# Health NHS Trust", "Hawke's Bay District Health Board").
_LETTERHEAD = (
    r"(?:(?:the\s+)?(?:city|town|township|county|village|borough|district|municipality)\s+of"
    r"\s+[\w .'’-]{2,40})|"
    r"(?:[\w.'’-]+\s+){1,3}(?:city|town|county|borough|district|parish|community)\s+council|"
    r"(?:[\w.'’&-]+\s+){1,6}(?:nhs\s+(?:foundation\s+)?trust|primary\s+care\s+trust|"
    r"(?:district\s+)?health\s+board|integrated\s+care\s+board|"
    r"clinical\s+commissioning\s+group)"
)
_LETTERHEAD_RE = re.compile(rf"^(?:{_LETTERHEAD})$", re.IGNORECASE)

# What tops a page without being a paper's title: a month or a lone table word, a date or an
# amount, a classification mark, a cover sheet's own labels, a letterhead.
_NOT_A_TITLE = re.compile(
    r"^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|total|totals|"
    # A date alone ("January 2007", "March 3, 2024").
    rf"(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\.?(?:\s+\d{{1,2}},?)?"
    r"(?:\s+(?:19|20)\d\d)?|"
    r"(?:un)?restricted|official(?:[- ]sensitive)?|confidential|public|classification\b.*|"
    r"subject\s+matter|title\s+of\s+(?:decision|report)|decision\s+no\b.*|report\s+no\b.*|"
    r"contents|index|page\s+\d+.*|for\s+the\s+attention\s+of\b.*|"
    r"(?:document\s+)?authors?(?:\(s\))?\s*:.*|reviewed\s+by\b.*|prepared\s+by\b.*|"
    rf"{_LETTERHEAD}|"
    # A notary's block under an agreement's signatures: "ACKNOWLEDGMENT / STATE OF KANSAS ) SS".
    r"(?:[\w.'’-]+\s+){0,3}acknowledge?ment(?:\s+state\s+of\b.*)?|state\s+of\b[^)]*\).*)$",
    re.IGNORECASE,
)


def plausible_title(text: str | None) -> str | None:
    """``text`` when it can be a paper's title, else None."""
    if not text:
        return None
    t = text.strip()
    letters = re.sub(r"[^A-Za-z]", "", t)
    if len(letters) < 3 or t[:1].islower() or _NOT_A_TITLE.match(t):
        return None
    if len(set(letters.lower())) <= 2:
        return None  # a banner drawn in letters ("XXXXXXX   XXX"), or "IIII": no words
    if re.fullmatch(r"[\d\s.,/:%£$€()-]+", t) or date_only(t):
        return None  # "31.3.2026", "£1,200", "16 June 2025" under the body's name
    if re.match(r"\d{1,2}\.\d{1,2}(?:\.[\da-z]+)*\s", t):
        return None  # "3.2 The National Co-ordinator": a numbered section inside a paper
    return t


# "Harbour Trust AGM Minutes 12 May 2024", not "Minutes taken by the secretary".
_MINUTES_NAMED = re.compile(
    r"\bminutes\b(?!\s+(?:taken|recorded|written|approved|were|was|are|by|to)\b)", re.I
)


def _minutes_in_body(c: _Clues) -> str | None:
    """The title of minutes opening the page's body (their heading, or the record of a
    meeting called to order), or None."""
    if _MINUTES.search(" ".join(c.body_lines[:6])) or _minutes_heading(c.body_lines[:8]):
        return _minutes_title(c.body_lines[:6])
    return (
        _late_minutes_heading(c.body_lines)
        or _meeting_record(c.body_lines)
        or _body_and_date(c)
        or _minutes_title_block(c)
    )


def _minutes_title_block(c: _Clues) -> str | None:
    """A title block set high on the page ("DRAFT" / "BUILDING TRADES BOARD MEETING" / …
    / "MINUTES" / "FEBRUARY 27, 2017"): a line that is "Minutes" in a word or two, the
    meeting's date under it. Their title: the block down to the date."""
    # (Under a mission statement's sentences, set over every page of the pack.)
    prose = re.compile(r"\s*[a-z]|.*[.,]\s*$")
    body = [t for t in c.body_lines if not prose.match(t)][:4]
    lines = [t.strip() for t in [*c.band_top, *body] if t.strip() and not prose.match(t)]
    lines = [t for t in lines if not t.rstrip(".").isdigit()]  # the page's own number
    for k, line in enumerate(lines[:7]):
        if not _MINUTES_WORD_RE.fullmatch(line):
            continue
        dated = next((j for j in range(k + 1, min(k + 3, len(lines))) if find_date(lines[j])), None)
        if dated is not None:
            return _clean(" ".join(lines[: dated + 1]))[:150]
    return None


_MINUTES_WORD_RE = re.compile(
    r"(?:(?:draft|meeting|regular|special|proposed|unapproved|unconfirmed)\s+)?minutes", re.I
)


def _late_minutes_heading(lines: list[str]) -> str | None:
    """ "Minutes of the 76th ANNUAL GENERAL MEETING" opening a line under a letterhead of
    six lines or more (name, founding year, web address, patron), its date just under it."""
    for k in range(6, min(len(lines), 14)):
        if _MINUTES.match(lines[k].strip()) and any(find_date(t) for t in lines[k + 1 : k + 3]):
            return _clean(lines[k])[:150]
    return None


def _minutes_title(lines: list[str]) -> str:
    """The minutes' own heading ("Minutes of the Board Meeting held on 28 August 2019")."""
    for k, line in enumerate(lines):
        pair = " ".join(lines[k : k + 2])
        m = _MINUTES.search(pair)
        if m and m.start() < len(line):
            text = _clean(pair if m.end() > len(line) else line)
            # The date that ends the heading may sit on the next line.
            if k + 1 < len(lines) and re.search(r"\b(?:held|on)$", text, re.I):
                text = _clean(f"{text} {lines[k + 1]}")
            return text[:150]
    # A short heading naming them: "OCLT AGM Minutes 19 September 2022".
    above = list(itertools.takewhile(lambda ln: not _PRESENT_RE.match(ln), lines))
    at = next((j for j, ln in enumerate(above) if _MINUTES_NAMED.search(ln)), None)
    if at is None or len(above[at].split()) > 10:
        return "Minutes"
    named = above[at]
    if at + 1 < len(above) and _MEETING_OF_RE.match(above[at + 1]):
        named = f"{named} {above[at + 1]}"  # "DRAFT Minutes" / "Regular Meeting of the Council"
    return _clean(named)[:150]


def _norm_appendix(m: re.Match[str], nxt: str | None) -> str:
    word = m.group(1).capitalize()
    label = m.group(2)
    rest = _clean(m.group(4) or "")
    if not rest and nxt and not _LABEL_LINE.match(nxt) and len(nxt) < 120:
        rest = _clean(nxt)
    return f"{word} {label} – {rest}" if rest else f"{word} {label}"


def is_blank(scan: PageScan) -> bool:
    """A separator page: no text, or only "This page is intentionally left blank" and a stamp."""
    if scan.char_count == 0:
        return True
    if scan.char_count > 300:  # a blank page carries one sentence at most
        return False
    band = {id(ln) for ln in scan.band()}
    body = [ln.text for ln in scan.lines if id(ln) not in band]
    return not body or (len(body) <= 2 and any(_BLANK.search(t) for t in body))


@dataclass
class _Clues:
    """What a page's top and bands say about a document starting on it."""

    body_lines: list[str]  # the top's lines without the header and footer bands
    agenda_item: str | None  # "Agenda Item 7"
    coded_line: str | None  # "S 23/24 3E Minutes of …": a paper code opening the page
    paper: str | None  # "Paper B" in a band
    page_one: bool  # "Page 1 of 14" in a band
    inside: bool  # "Page 5 of 8": inside a paper that numbers its own pages
    appendix: str | None
    n_labels: int  # cover-sheet labels ("Report of:", "Wards affected:")
    cover_title: str | None
    running: frozenset[str] = frozenset()  # running heads: not titles
    band_top: list[str] = field(default_factory=list)  # lines in the top band (maybe a title)
    form: bool = False  # a council's blank resolution form ("RESOLUTION / Moved by / …")


# ModernGov's last page, "AGENDA DISTRIBUTION LIST (OPEN)" or "CABINET AGENDA DISTRIBUTION
# LIST": a list of recipients, no paper.
_DISTRIBUTION_RE = re.compile(
    r"^\s*(?:(?:\w+\s+){0,3}?agenda\s+)?(?:distribution|circulation)\s+list(?![a-z])", re.I
)


def page_start(
    scan: PageScan,
    prev: PageScan | None,
    page_count: int = 0,
    opens_numbering: bool = False,
    running: frozenset[str] = frozenset(),
) -> DocStart | None:
    """Evidence that a document starts on this page, or None. ``opens_numbering``: the next
    pages are numbered 2, 3 in their margins (a paper numbering its own pages from here);
    ``running``: lines printed at the top of page after page (never a paper's title)."""
    if scan.char_count == 0:
        return None
    clues = _clues(scan, prev, page_count)
    if any(_DISTRIBUTION_RE.match(t) for t in clues.body_lines[:6]):
        return None  # the pack's back matter: who the agenda was sent to
    clues.page_one = clues.page_one or opens_numbering
    clues.running = running
    found = _kind_of(scan, prev, clues)
    if found is None:
        return None
    kind, title, score = found
    agenda_item = clues.agenda_item
    if kind == "paper" and clues.coded_line:
        coded = _CODED_PAPER.match(clues.coded_line)
        agenda_item = agenda_item or (coded.group(1) if coded else None)
    if clues.inside and kind != "appendix" and not agenda_item:
        return None
    if agenda_item:
        score += 2.0
    if clues.paper:
        score += 1.0
    return DocStart(
        scan.index + 1,
        title or "",
        kind,
        agenda_item,
        clues.paper,
        score,
        # A heading on a page of another paper size than the page before opens a file
        # joined into the pack: a document inside its item, though no item's paper by it.
        first_page=clues.page_one or (kind == "heading" and _new_sheet(scan, prev)),
        form=clues.form,
    )


def _new_sheet(scan: PageScan, prev: PageScan | None) -> bool:
    """The page is cut to another paper size than the page before (US Letter after A4, not
    A4 turned on its side): a file of its own joined into the pack. (In the corpus 50 of 56
    such pages open a document.)"""
    if prev is None:
        return False
    mine, theirs = sorted((scan.width, scan.height)), sorted((prev.width, prev.height))
    return any(abs(a - b) > _SHEET_TOLERANCE for a, b in zip(mine, theirs, strict=True))


_SHEET_TOLERANCE = 10.0  # points: scanners and croppers vary a page's size by a few


def _clues(scan: PageScan, prev: PageScan | None, page_count: int) -> _Clues:
    top_lines = [ln.text for ln in scan.top(0.45)]
    m_item = _ITEM_STAMP.search(_join_broken(top_lines[:14]))
    opens = _ITEM_OPENS.match(top_lines[0]) if top_lines and not m_item else None
    if opens is None and not m_item:
        # "March 4, 2025" / "Item No. 1" / "Ordinance No.": a council calendar's papers carry
        # their item's number on a line of its own under the date, page after page.
        opens = next((m for ln in top_lines[1:4] if (m := ITEM_ALONE_RE.match(ln))), None)
        if any((p := PAGE_STAMP_RE.match(ln)) and int(p.group(1)) > 1 for ln in top_lines[:4]):
            opens = None  # "Page 2" over the stamp: the paper goes on
    band = {id(ln) for ln in scan.band()}
    inside, paper, page_one = _band_marks(scan, prev, page_count)
    n_labels, cover_title = _cover_title(top_lines[:30])
    return _Clues(
        body_lines=[ln.text for ln in scan.top(0.45) if id(ln) not in band],
        agenda_item=(
            m_item.group(1)
            if m_item
            else "".join(g or "" for g in opens.groups())
            if opens
            else None
        ),
        coded_line=next((t for t in top_lines[:4] if _CODED_PAPER.match(t)), None),
        paper=paper,
        page_one=page_one,
        inside=inside,
        appendix=_appendix_heading(scan),
        n_labels=n_labels,
        cover_title=cover_title,
        band_top=[ln.text for ln in scan.top(0.2) if id(ln) in band],
    )


def _band_marks(
    scan: PageScan, prev: PageScan | None, page_count: int
) -> tuple[bool, str | None, bool]:
    """(inside a paper that numbers its own pages, a paper reference, "Page 1 of N") from the
    page's header and footer cells."""
    # "Page 5 of 8" here, or "Page 13 of 14" on the page before: inside a paper that numbers
    # its own pages (a landscape table in a report is no slide deck).
    inside = prev is not None and _continues_numbering(prev, page_count)
    paper: str | None = None
    page_one = False
    for cell in band_cells(scan):
        c = _clean(cell)
        n_of = _PAGE_N_OF.match(c)
        if n_of and 1 < int(n_of.group(1)) <= int(n_of.group(2)) < max(page_count * 0.6, 2):
            inside = True
        pm = _PAPER_REF.match(c)
        if pm and paper is None:
            paper = f"{pm.group(1).capitalize()} {pm.group(2)}" if pm.group(1) else pm.group(3)
        elif paper is None and (bm := BOARD_CODE_RE.match(c)) and not _headed_by_code(prev, bm[0]):
            # "TB(4)3      WORK IN PROGRESS …" at the head of the paper's first page (its
            # next pages repeat it).
            paper = bm.group(0)
        # "Page 1 of 14" starts a paper; "Page 1 of 200" is the pack's own numbering. So does
        # a browser's "1/3" by the printed page's address.
        one, sheet = _PAGE_ONE.match(c), _PRINTED_SHEET.match(c)
        of = one.group(1) if one else sheet.group(2) if sheet and sheet.group(1) == "1" else None
        if of is not None and (not page_count or int(of) < page_count * 0.6):
            page_one = True
        elif sheet and 1 < int(sheet.group(1)) <= int(sheet.group(2)):
            inside = inside or int(sheet.group(2)) < max(page_count * 0.6, 2)
    return inside, paper, page_one


def _top_texts(scan: PageScan) -> list[str]:
    """The top's lines from 3% down: a title ("Attachment 1", "RESOLUTION NO.") can sit
    right under a packet's page stamp, over the band where running headers go."""
    return [ln.text for ln in scan.top(0.3) if ln.y0 > scan.height * 0.03]


def _sparse_body(scan: PageScan) -> list[VisualLine] | None:
    """The lines outside the header and footer bands of a page that holds a few short lines
    only (a title page or a divider), else None."""
    if scan.char_count > 300:
        return None
    band = {id(ln) for ln in scan.band()}
    body = [ln for ln in scan.lines if id(ln) not in band]
    return body if 1 <= len(body) <= 6 else None


def _appendix_heading(scan: PageScan) -> str | None:
    """ "Appendix 2 – Budget tables" among the first lines of the body, or opening a title
    page, where it is often set halfway down."""
    body_top = _top_texts(scan)[:4]
    for k, line in enumerate(body_top[:3]):
        if label := _appendix_label(line, body_top[k + 1] if k + 1 < len(body_top) else None):
            return label
    sparse = _sparse_body(scan)
    # (Two labels there are a report's list of its attachments.)
    if sparse is not None and sum(bool(_APPENDIX.match(ln.text)) for ln in sparse) == 1:
        return _appendix_label(sparse[0].text, sparse[1].text if len(sparse) > 1 else None)
    return None


def _appendix_label(line: str, nxt: str | None) -> str | None:
    am = _APPENDIX.match(line)
    if am and not re.match(r"^\s*[a-z]", am.group(4) or "X"):
        return _norm_appendix(am, nxt)
    return None


# "RESOLUTION NO. 2019-17", "RESOLUTION XX-2019", "ORDINANCE 1234", "Resolution" over its
# title in capitals; and the title line itself: "A RESOLUTION OF THE CITY COUNCIL OF …".
# The two words as recognition misreads them on scanned packets ("RBSOLUTION", "ORDTNANCE").
# A Canadian municipality's "By-law Number No. 3617-26" / "BY-LAW 2024-15" is one too.
_ENACTED = r"(?:r[eb3]so[l1i]ut[il1t][o0]n|[o0]rd[il1t]nanc[eb]|by-?\s?law)"
_ENACTMENT_NUMBER = re.compile(
    rf"^\s*(?:(?:draft|proposed)\s+)?{_ENACTED}"
    r"(?:\s+(?:number\s+no\.?|no\.?|number|#)?\s*[\w-]*\d[\w/-]*(?:\s*-\s*\d+)?|\s+[X#]{2,}\s*-?\s*\d*"
    r"|\s+(?:no\.?|number|#)\s*_{3,}"  # a draft's number left blank: "ORDINANCE NO. ____"
    # recognised from a scan: "NO. O29D7.28", "R2A'O6.32", "NO: R2A@7 -37"
    r"|\s+(?:no[.:]?|number|#)\s*[^\s:]*\d[^\s:]*(?:\s*-\s*\d+)?)?\s*$",
    re.I,
)
_ENACTMENT_TITLE = re.compile(rf"^\s*(?:A\s+|AN\s+)?(?i:{_ENACTED})\s+OF\s+TH[EB]\b")


# A packet's cover sheet before each item's papers, named as such at the top of the page.
_COVER_SHEET_HEAD = re.compile(r"^\s*(?:agenda\s+item\s+)?cover\s+sheet\s*$", re.I)


def names_cover_sheet(title: str) -> bool:
    """The start is a page headed "AGENDA ITEM COVER SHEET": where an item's papers begin."""
    return _COVER_SHEET_HEAD.match(title) is not None


# "Resolution Authorizing the Filing of …", "ORDINANCE TO AMEND THE CODE …": a measure named
# by its title, not its number line ("Resolution No.").
_ENACTMENT_NAMED = re.compile(
    rf"^\s*(?:an?\s+)?{_ENACTED}\s+(?!no\b|number\b|#)[a-z]\w+\s+\S+\s+\S", re.I
)


def _stamped_title(scan: PageScan, c: _Clues) -> str | None:
    """The title of a page stamped with its item's number: the measure it carries, else the
    page's heading (which may be the stamp: "ITEM NO: 10" heads an explanatory statement)."""
    named = next((ln for ln in c.body_lines[:12] if _ENACTMENT_NAMED.match(ln)), None)
    if named is None:
        return _heading(scan, c.running)
    line = next((ln for ln in scan.lines if ln.text == named), None)
    return _runs_on(scan, line, measure=True) if line is not None else _clean(named)


def _enactment(top: list[str], c: _Clues) -> str | None:
    """The heading of a resolution or ordinance opening the page (a county's resolution form
    also gives the item's number and the paper's code)."""
    form = _resolution_form(top)
    if form is None:
        return _enactment_heading(top)
    c.agenda_item, number = form
    c.paper = c.paper or number  # the code the agenda's listing gives the item's paper
    return number


def _report_title(scan: PageScan, top: list[str], c: _Clues) -> str | None:
    """The title of a report's cover sheet starting on the page: a sheet that names itself
    ("City Commission Meeting / AGENDA ITEM COVER SHEET"), or one with cover labels ("Report
    to:", "Subject:") that is not a report's last page."""
    sheet = next((t for t in top if _COVER_SHEET_HEAD.match(t)), None)
    if sheet is not None:
        return _clean(sheet)
    if (c.n_labels >= 2 or (c.n_labels == 1 and c.cover_title)) and not _report_end(
        [*c.band_top, *c.body_lines]
    ):
        return c.cover_title or _heading(scan, c.running) or ""
    return None


def _resolution_form(lines: list[str]) -> tuple[str, str] | None:
    """(item, "Resolution No. …") of a county's resolution form: under its letterhead, "Item 3"
    over "Resolution No. 2025-04-02" (or "Resolution, No."). Every page of the form repeats
    the two lines, so every page gives the same start, and only the first one counts."""
    for k, line in enumerate(lines[:3]):
        item = ITEM_ALONE_RE.match(line)
        if item and k + 1 < len(lines):
            number = re.sub(r",\s*(?=no\b)", " ", lines[k + 1].strip(), flags=re.I)
            if _ENACTMENT_NUMBER.match(number) and re.search(r"\d", number):
                return item.group(1), _clean(number)
    return None


def _motion_form(lines: list[str]) -> str | None:
    """A council's blank resolution form, one per motion in the package: "RESOLUTION" alone
    under the body's letterhead, then the form's "Moved by" and "Seconded by" (its date and
    number beside them). Titled by the body's name the letterhead prints over it ("Township
    of Nipissing Resolution"), else "Resolution"."""
    head = next((k for k, t in enumerate(lines[:14]) if _FORM_HEAD_RE.match(t)), None)
    if head is None:
        return None
    below = lines[head + 1 : head + 12]
    if not (any(_MOVED_RE.match(t) for t in below) and any(_SECONDED_RE.match(t) for t in below)):
        return None
    body = next((m.group(0) for t in lines[:head] if (m := _LETTERHEAD_RE.match(t.strip()))), None)
    return f"{name_case(body)} Resolution" if body else "Resolution"


_FORM_HEAD_RE = re.compile(r"^\s*resolution\s*(?:form)?\s*:?\s*$", re.IGNORECASE)
_MOVED_RE = re.compile(r"^\s*moved\s+by\b", re.IGNORECASE)
_SECONDED_RE = re.compile(r"^\s*seconded\s+by\b", re.IGNORECASE)


def _enactment_heading(lines: list[str]) -> str | None:
    """A resolution or ordinance opening the page: its number line over its title in
    capitals, or its title line ("A RESOLUTION OF THE CITY COUNCIL …") first."""
    for k, line in enumerate(lines[:2]):  # (under a packet's page stamp, at most)
        first = line.strip()
        if (
            re.fullmatch(rf"(?i){_ENACTED}\s+(?:no\.?|number|#)", first)
            and k + 1 < len(lines)
            and re.fullmatch(r"[\w-]*\d[\w-]*", lines[k + 1].strip())
        ):
            return _clean(f"{first} {lines[k + 1].strip()}")  # "RESOLUTION NO." / "2019-R-017"
        if _ENACTMENT_TITLE.match(first):
            return _clean(first)
        nxt = lines[k + 1].strip() if k + 1 < len(lines) else ""
        if (
            _ENACTMENT_NUMBER.match(first)
            and nxt
            and (
                _ENACTMENT_TITLE.match(nxt)
                or (nxt.isupper() and len(nxt.split()) >= 3)
                or (re.search(r"\d", first) and _MEASURE_NAME.match(nxt))
            )
        ):
            return _clean(f"{first}: {nxt}")
    return None


# A measure's name in mixed case under its number line ("Resolution 17/2015" / "Express Bus
# Service on U.S. 23"): short, capitalised, not the first recital.
_MEASURE_NAME = re.compile(
    r"^(?!(?:whereas|be\s+it|now,?\s+therefore|section|an?\s|the\s)\b)[A-Z][^,;:]{3,90}$",
    re.IGNORECASE,
)


# The record of who was there: "PRESENT:", "In attendance", "Attendance", "Members Present".
_PRESENT_RE = re.compile(
    r"^\s*(?:present|in\s+attendance|attendance|attendees|apologies"
    r"|(?:members|directors|trustees|councillors|councilors|governors|commissioners)"
    r"\s+present)\b",
    re.I,
)
_MEETING_NAME_RE = re.compile(r"\bmeeting\s*$", re.I)
_CALLED_TO_ORDER_RE = re.compile(
    r"\bcalled\s+the\s+meeting\s+to\s+order\b|\bmeeting\s+was\s+called\s+to\s+order\b", re.I
)
# "Regular Meeting of the City Council" under a "DRAFT Minutes" heading.
_MEETING_OF_RE = re.compile(
    r"^\s*(?:(?:regular|special|adjourned|annual|joint|ordinary|extraordinary)\s+)?"
    r"(?:meeting|session)\s+of\s+the\s+[A-Z]",
    re.I,
)


def _meeting_record(lines: list[str]) -> str | None:
    """Minutes that never say "minutes": the meeting's name ("November District Board
    Meeting"), its date, then "Attendance" (or "Members Present", or who called the meeting to
    order). Their title: name and date."""
    at = next((k for k, t in enumerate(lines[:8]) if _PRESENT_RE.match(t)), None)
    if at is None:
        # "… Mayor Steve Camp called the meeting to order at 6:00 P.M." under a paragraph
        # on how the meeting was held: only a record of it says so.
        at = next((k for k, t in enumerate(lines[:14]) if _CALLED_TO_ORDER_RE.search(t)), None)
    if at is None:
        return None
    for k in range(at - 1, -1, -1):
        if _MEETING_NAME_RE.search(lines[k]) and len(lines[k].split()) <= 10:
            nxt = lines[k + 1].lower() if k + 1 < at else ""
            dated = re.search(r"\b(?:19|20)\d\d\b", nxt) and any(m in nxt for m in MONTHS)
            return _clean(f"{lines[k]}, {lines[k + 1]}" if dated else lines[k])
    return None


_BODY_NAME_RE = re.compile(
    r"\b(?:committee|board|council|cabinet|panel|commission|authority|forum|trust|executive)\b",
    re.I,
)


def _body_and_date(c: _Clues) -> str | None:
    """ "AUDIT COMMITTEE" over "24 SEPTEMBER 2009" atop the page, then "PRESENT:": a council's
    minutes under the body's name and the meeting's date, never saying "minutes". Their title:
    name and date. (Two minutes of one day share the date line, so it may repeat.)"""
    heads = c.band_top
    if len(heads) < 2 or heads[-2] in c.running or not _minutes_body(c.body_lines[:3]):
        return None
    name, date = heads[-2].strip(), heads[-1].strip()
    if not (_BODY_NAME_RE.search(name) and len(name.split()) <= 12 and date_only(date)):
        return None
    return _clean(f"{name} {date}")


def _minutes_body(lines: list[str]) -> bool:
    """The record of who was there opens the body: "PRESENT:", "In attendance"."""
    return any(_PRESENT_RE.match(t) for t in lines)


def _minutes_heading(lines: list[str]) -> bool:
    """A "Minutes" heading ("Minutes", "OCLT AGM Minutes 19 September 2022") with the record
    of who was there just under it (the body's "Minutes of" is matched elsewhere; a running
    header's is not a start)."""
    for k, line in enumerate(lines[:3]):
        if re.search(r"\bminutes\b", line, re.I) and len(line.split()) <= 10:
            after = lines[k + 1 : k + 4]
            # "DRAFT Minutes" / "Regular Meeting of the City Council" / its date
            return _minutes_body(after) or any(_MEETING_OF_RE.match(t) for t in after[:1])
    return False


def _running_heads(scans: list[PageScan]) -> frozenset[str]:
    """Lines at the top of an eighth of the pages or more (five at least): the publisher's
    running head ("CALIFORNIA-NEVADA-HAWAI'I DISTRICT" over every paper), never a title.
    Spellings that differ only in punctuation ("HAWAI'I", "HAWAII") are one head."""
    seen: Counter[str] = Counter()
    spellings: dict[str, set[str]] = {}
    for scan in scans:
        for text in {ln.text for ln in scan.top(0.2)[:3]}:
            key = " ".join(re.sub(r"[^\w\s]", "", text).lower().split())
            seen[key] += 1
            spellings.setdefault(key, set()).add(text)
    floor = max(5, len(scans) // 8)
    return frozenset(t for key, n in seen.items() if n >= floor for t in spellings[key])


_HEADER_SPLIT_RE = re.compile(r"^(.{6,80}?)\s+[-–—|]\s+(.{3,120})$")
# The page's number inside the header ("… 10 June 2026   4 | P a g e", "… Page 4 of 9").
_PAGE_NUMBER_IN_HEADER_RE = re.compile(
    r"(?i)\s*(?:\d{1,4}\s*\|\s*p\s?a\s?g\s?e|\bpage\s*\d{1,4}(?:\s*of\s*\d{1,4})?|\s\d{1,4})\s*$"
)


def _retitled(
    start: DocStart,
    scan: PageScan,
    prev: PageScan,
    page_count: int,
    opens: bool,
    running: frozenset[str],
) -> DocStart:
    """A heading start whose title begins with a top line the page repeats from the page
    before is titled by the letterhead, too few pages long to count as a running head
    ("KESGRAVE TOWN COUNCIL / PLANNING … MEETING" over both of a short pack's schedules):
    the heading under it is the paper's ("Schedule of Decisions by ESC")."""
    before = {ln.text for ln in prev.top(0.2)[:3]}
    repeated = frozenset(ln.text for ln in scan.top(0.2)[:3] if ln.text in before)
    if not any(start.title.startswith(_clean(t)) for t in repeated if _clean(t)):
        return start
    again = page_start(scan, prev, page_count, opens, running | repeated)
    if again is None or again.kind != "heading":
        return start
    # Not a smaller line under a report's own repeated heading ("KCFEFS Trial Balance Detail"
    # / "Selection Criteria: …" on each of its pages): the title is set as large as the head.
    head = max(ln.height for ln in scan.top(0.2)[:3] if ln.text in repeated)
    line = next(
        (ln for ln in scan.lines if (c := _clean(ln.text)) and again.title.startswith(c)), None
    )
    return again if line is not None and line.height >= head * 0.95 else start


def _header_titles(scans: list[PageScan]) -> list[str | None]:
    """Per page, the paper's title a running header gives after the meeting's name ("Board
    Meeting 27 March 2019 - Interests Register"): a board portal prints the paper's title
    there, so where it changes a paper starts. None where the page has no such header."""
    found: list[tuple[str, str] | None] = []
    prefixes: Counter[str] = Counter()
    for scan in scans:
        pair = None
        for ln in scan.band()[:4]:
            text = _PAGE_NUMBER_IN_HEADER_RE.sub("", ln.text).strip()
            if ln.y0 < scan.height / 2 and (m := _HEADER_SPLIT_RE.match(text)):
                pair = (m.group(1), m.group(2).strip())
                prefixes[pair[0]] += 1
                break
        found.append(pair)
    if not prefixes:
        return [None] * len(scans)
    prefix, count = prefixes.most_common(1)[0]
    titles = [pair[1] if pair and pair[0] == prefix else None for pair in found]
    if count < max(5, len(scans) // 3) or len({t for t in titles if t}) < 3:
        return [None] * len(scans)
    return titles


def _own_numbers(scans: list[PageScan]) -> list[set[int]]:
    """Bare page numbers in each page's header and footer ("2", "- 3 -"): a paper's own."""
    out = []
    for scan in scans:
        cells = [re.sub(r"^[-–\s]+|[-–\s]+$", "", c) for c in band_cells(scan)]
        out.append({int(c) for c in cells if c.isdigit() and len(c) <= 3})
    return out


def _numbering_goes_on(numbers: list[set[int]], i: int, page_map: PageMap | None) -> bool:
    """Page ``i`` (0-based) carries its paper's own next number ("22" after "21"), not the
    pack's stamp: it is a page of the paper before."""
    if i == 0:
        return False
    stamp = page_map.labels[i] if page_map and i < len(page_map.labels) else None
    return any(n > 1 and n - 1 in numbers[i - 1] and n != stamp for n in numbers[i])


def _opens_numbering(numbers: list[set[int]], i: int) -> bool:
    """Page ``i`` (0-based) is the unnumbered or "1" first page of a paper whose next pages are
    numbered 2 and 3 (or 2 on the last page)."""
    if i + 1 >= len(numbers) or 2 not in numbers[i + 1] or numbers[i] - {1}:
        return False
    return i + 2 >= len(numbers) or 3 in numbers[i + 2]


# A report's closing page ("BACKGROUND DOCUMENTS", then tables of appendices with a "Title"
# column and an "AUDIT TRAIL" naming the cabinet member): labels, but no cover sheet.
_REPORT_END = re.compile(r"^\s*(?:background\s+(?:documents|papers)|audit\s+trail)\s*$", re.I)


def _report_end(top_lines: list[str]) -> bool:
    return any(_REPORT_END.match(t) for t in top_lines[:14])


# What a title page of its own announces: "Oxfordshire CLT Limited" / "Financial Statements"
# / "Year ended 31 March 2023", and nothing else on the page.
_TITLE_PAGE_WORDS = re.compile(
    r"^(?:(?:annual\s+)?financial\s+statements|annual\s+report(?:\s+and\s+accounts)?|"
    r"(?:annual\s+)?report\s+and\s+(?:financial\s+statements|accounts)|"
    r"statement\s+of\s+accounts)\b",
    re.I,
)


def _title_page(scan: PageScan, lines: list[str]) -> str | None:
    """A sparse page that is a document's title page: its title, with the line naming whose
    it is above it and the period under it ("Oxfordshire CLT Limited Financial Statements
    Year ended 31 March 2023")."""
    if scan.char_count > 300:
        return None
    for k, line in enumerate(lines[:10]):
        if _TITLE_PAGE_WORDS.match(line.strip()):
            above = lines[k - 1].strip() if k else ""
            whose = (
                above
                if above[:1].isupper()
                and len(above.split()) <= 6
                and not any(ch.isdigit() for ch in above)
                else ""
            )
            after = lines[k + 1].strip() if k + 1 < len(lines) else ""
            when = (
                after if re.match(r"(?i)(?:for\s+the\s+)?(?:year|period)\s+ended\b", after) else ""
            )
            return _clean(f"{whose} {line.strip()} {when}")
    return None


_REPORT_NUMBER_LINE = re.compile(rf"^\s*(?:{REPORT_NUMBER_RE.pattern})\s*$", re.IGNORECASE)


def _kind_of(
    scan: PageScan, prev: PageScan | None, c: _Clues
) -> tuple[str, str | None, float] | None:
    """(kind, title, score) of the document the clues say starts here, strongest first."""
    if c.coded_line:
        return "paper", _clean(c.coded_line), 1.5
    if c.appendix:
        return "appendix", c.appendix, 2.0
    top = [t for t in _top_texts(scan) if t not in c.running][:4]
    numbered = next((t for t in top[:2] if _REPORT_NUMBER_LINE.match(t)), None)
    if numbered is not None:
        # "FIN Report No. 03-2026" opening the page: the report the agenda lists by number.
        c.paper = c.paper or report_code(numbered)
        return "paper", _clean(numbered), 1.5
    if (form := _motion_form([*c.band_top, *c.body_lines])) is not None:
        c.page_one = c.form = True  # each form a paper of its own, however alike they are
        return "paper", form, 1.5
    if (enacted := _enactment(top, c)) is not None:
        # An attachment to a report as often as an item's own paper: reconcile takes it as
        # an item's start only where its title is the item's.
        return "enactment", enacted, 1.5
    heading = c.body_lines[0].strip() if c.body_lines else ""
    if EXCLUSION_RE.search(heading) and len(heading.split()) <= 8 and heading[:1].isalpha():
        # "Recommendation to Exclude the Public" over the list of the items it names: the
        # resolution's paper, though that list quotes "Confirmation of Minutes …".
        return "paper", _clean(heading), 1.5
    minutes = _minutes_in_body(c)
    if (minutes := _minutes_in_margin(c) if minutes is None else minutes) is not None:
        return "minutes", minutes, 2.5
    if (report := _report_title(scan, top, c)) is not None:
        return "report", report or None, 3.0
    if (slide := _slide_start(scan, prev, c.running)) is not None:
        return slide
    if c.paper or c.page_one:
        return "paper", _paper_title(scan, c), 1.5
    if c.agenda_item:
        return "stamp", _stamped_title(scan, c), 2.0
    if (titled := _title_page(scan, c.body_lines)) is not None:
        return "paper", titled, 1.5
    weak = _weak_heading(scan, c)
    return ("heading", weak, 0.5) if weak is not None else None


def _minutes_in_margin(c: _Clues) -> str | None:
    """ "MINUTES OF THE ANNUAL GENERAL MEETING …" set high in the top margin, over "PRESENT:"
    (a running head would be in ``running``, or repeat on the next pages)."""
    heads = [t for t in c.band_top if t not in c.running]
    if (
        heads
        and (
            (_MINUTES.search(" ".join(heads[:3])) and _minutes_body(c.body_lines[:3]))
            or _minutes_heading([*heads[-1:], *c.body_lines[:3]])
            # "MINUTES OF THE ASCSU MEETINGS MAY 18-19, 2017" opening the page: no doubt.
            or (heads[0][:1].isupper() and _MINUTES.match(heads[0].lstrip()) is not None)
        )
    ):
        return _minutes_title(heads[:3])
    return None


def _paper_title(scan: PageScan, c: _Clues) -> str | None:
    """The title of a paper known by a code or a "Page 1 of N" in its margin."""
    heading = _heading(scan, {c.paper or "", *c.running})
    whole = _title_page_lines(scan, c.running)
    if heading and whole and heading.lower() in whole.lower():
        heading = whole  # a title page's lines are one title: "TOWER HAMLETS / LONG …"
    appendix = c.paper if c.paper and c.paper.lower().startswith("appendix") else None
    if appendix and heading and not heading.lower().startswith(appendix.lower()):
        heading = f"{appendix} – {heading}"  # "APPENDIX 2" in a corner: the appendix's title
    return heading


def _weak_heading(scan: PageScan, c: _Clues) -> str | None:
    """A title with nothing else to say a paper starts: reconcile uses it only where it is an
    agenda item's title (a report's section heading looks the same)."""
    if c.n_labels == 1 and (first := plausible_title(_first_body_line(scan, c.running))):
        return first  # one cover label ("Report to: …") under a title in the body's size
    # A line set clearly larger than the page's text; else a title page ("Tower Hamlets /
    # Multi Agency Refugee Strategy / 2006-09"), or a divider.
    return (
        plausible_title(_big_heading(scan, c.running))
        or plausible_title(_title_page_lines(scan, c.running))
        or plausible_title(_large_cover_title(scan, c.running))
    )


def _large_cover_title(scan: PageScan, running: frozenset[str]) -> str | None:
    """A cover's title set large anywhere on the page, over the lines that go on with it in
    its column ("Grant Research Report:" / "Small Surface Water and" / "Groundwater Storage
    Projects" low on the page, "PREPARED FOR:" and the client beside them)."""
    if scan.char_count > _COVER_CHARS:
        return None
    band = {id(ln) for ln in scan.band()}
    body = [ln for ln in scan.lines if id(ln) not in band and ln.text not in running]
    if not 3 <= len(body) <= _COVER_LINES:
        return None
    # Set clearly larger than the cover's small print (its labels and names); a paragraph's
    # lines share their block's height, so the title's block may be as many lines as the rest.
    heights = sorted(ln.height for ln in body)
    tallest, small = heights[-1], heights[len(heights) // 4]
    if tallest < max(_COVER_TITLE_SIZE, 1.3 * small):
        return None
    first = min((ln for ln in body if ln.height >= tallest * 0.9), key=lambda ln: ln.y0)
    words, prev = [first.text.strip()], first
    for ln in body[body.index(first) + 1 :]:
        if abs(ln.x0 - first.x0) > 3:
            continue  # the other column ("PREPARED FOR:" beside the title)
        if ln.y0 - prev.y1 > prev.height or len(words) == 3:
            break
        words.append(ln.text.strip())
        prev = ln
    title = _clean(" ".join(words))
    # Words, two at least (a recognised scan's stamp reads "Pow. Ov 06.4. 20LF").
    return title if len(re.findall(r"[A-Za-z]{3,}", title)) >= 2 else None


_COVER_CHARS = 400  # a cover holds a title and a few names, dates and labels
_COVER_LINES = 14
_COVER_TITLE_SIZE = 18.0  # points of line height: a title set large


def _exact_cover_title(doc: pymupdf.Document, index: int) -> str | None:
    """The cover sheet's title from the page's exact lines. The shared scan places the lines
    of a two-column cover table only roughly (by block), so a label's value can come out
    above its label; a cover is one page per report, so reading it again costs little."""
    from boardprep.core.engine.pages.textlayer import page_lines

    try:
        pl = page_lines(doc[index])
    except Exception:  # a page MuPDF cannot read again: keep the scan's title
        return None
    top = [ln.text.strip() for ln in pl.lines if ln.y0 < pl.height * 0.45 and ln.text.strip()]
    return _cover_title(top[:30])[1]


def find_documents(
    doc: pymupdf.Document,
    page_map: PageMap | None = None,
    scans: list[PageScan] | None = None,
    skip_pages: Iterable[int] = (),
) -> list[DocStart]:
    """Document starts in page order. ``skip_pages`` (0-based) are the front sheet and agenda."""
    if scans is None:
        scans = scan_pages(doc)
    skip = set(skip_pages)
    numbers = _own_numbers(scans)
    running = _running_heads(scans)
    headed = _header_titles(scans)
    last_header: str | None = None  # the paper's title the last header gave
    out: list[DocStart] = []
    prev: PageScan | None = None
    seen: DocStart | None = None  # the last start read, kept or not
    for k, scan in enumerate(scans):
        if scan.index in skip:
            prev = scan
            continue
        opens = _opens_numbering(numbers, k)
        start = page_start(scan, prev, len(scans), opens, running)
        if start is not None and start.kind == "heading" and prev is not None:
            start = _retitled(start, scan, prev, len(scans), opens, running)
        prev = scan
        if headed[k] and headed[k] != last_header and (start is None or start.kind == "heading"):
            # The header names a new paper: stronger than a line set large on the page. Its
            # title is the page's own heading where it has one (the header's is shortened).
            title = (
                plausible_title(_title_page_lines(scan, running))
                or plausible_title(_heading(scan, running))
                or headed[k]
                or ""
            )
            start = DocStart(scan.index + 1, title, "paper", score=1.5, first_page=True)
        last_header = headed[k] or last_header
        if start is None:
            continue
        if start.kind == "slides" and _numbering_goes_on(numbers, k, page_map):
            continue  # a landscape table inside a paper whose own page numbers run on
        if start.kind == "report":
            start.title = _exact_cover_title(doc, scan.index) or start.title
        last = out[-1] if out else None
        # Running headers ("Appendix 2" on every page of the appendix, "Item No. 7" on every
        # page of its cover sheet) are not new documents (a page where a paper's own
        # numbering starts over always is one). A run of stamps is followed page by page.
        before, seen = seen, start
        near = (
            before if before is not None and (before.kind, start.kind) == ("stamp",) * 2 else last
        )
        if (
            not start.first_page
            and last is not None
            and near is not None
            and near.pdf_page >= start.pdf_page - 3
            and (start.kind == last.kind or (start.kind, last.kind) == ("stamp", "report"))
            and start.agenda_item == last.agenda_item
            and start.paper == last.paper
            and (start.title == last.title or start.kind in ("paper", "stamp"))
            and start.kind != "report"
        ):
            continue
        if before is not None and _part_of_appendix(before, start):
            continue
        if (
            last is not None
            and last.kind == "appendix"
            and last.pdf_page == start.pdf_page - 1
            and start.kind in ("paper", "heading")
            and start.agenda_item is None
            and _sparse_body(scans[k - 1]) is not None
            and not (headed[k] and headed[k] != headed[k - 1])  # (the header names a new paper)
        ):
            continue  # an appendix's title page, then its first page ("1. Declarations …")
        # A cover sheet after a contents page of the same report is the same document (not
        # the next of a package's resolution forms, each a first page of its own).
        if (
            last is not None
            and not (start.first_page and last.first_page)
            and last.pdf_page >= start.pdf_page - 3
            and start.agenda_item is None
            and start.paper is None
            and start.title
            and _clean(start.title).lower() == _clean(last.title).lower()
        ):
            continue
        out.append(start)
    return out


_SUB_APPENDIX_RE = re.compile(r"^(\w+) (\w{1,3})(?:\.(\d{1,2}))?(?:\s|$)")


def _part_of_appendix(last: DocStart, start: DocStart) -> bool:
    """ "Attachment 2.1", "2.2" … a page or two after "Attachment 2.0" (its index), or
    "Attachment 1.0" atop each of its pages: the attachment's numbered parts (figures,
    tables) or running head, not papers of their own. ``last``: the start read before."""
    a, b = _SUB_APPENDIX_RE.match(last.title), _SUB_APPENDIX_RE.match(start.title)
    return (
        (last.kind, start.kind) == ("appendix", "appendix")
        and a is not None
        and b is not None
        and b.group(3) is not None
        and a.group(1) == b.group(1)
        and a.group(2) == b.group(2)
        and int(a.group(3) or 0) <= int(b.group(3))
        and start.pdf_page - last.pdf_page <= 3
    )


_EXPLANATORY_RE = re.compile(r"^\s*explanatory\s+statements?\b", re.IGNORECASE)
# "Item No. 3", "ITEM NO.1:", "ITEM NO: 3&4", "Item No. 2 & 3:" over a notice's statement.
_STATEMENT_MARK_RE = re.compile(
    r"^\s*item\s+nos?\s*[.:]?\s*(\d{1,3}(?:\s*(?:&|and|,)\s*\d{1,3})*)\s*[:.–-]?\s*",
    re.IGNORECASE,
)


def statement_starts(scans: list[PageScan], after: int) -> list[DocStart]:
    """A company notice's explanatory statement, item by item ("Item No. 2 & 3:" wherever it
    falls on the page): one start per item named, from the statement's heading on. Pages
    from ``after`` (0-based) are read; the notice's own "ITEM NO. 1" headings come before."""
    out: list[DocStart] = []
    reading = False
    for scan in scans[after:]:
        for line in scan.lines:
            text = line.text.strip()
            if not reading:
                reading = bool(_EXPLANATORY_RE.match(text))
                continue
            m = _STATEMENT_MARK_RE.match(text)
            if m is None:
                continue
            title = _clean(text[: m.end()]) or text
            for number in re.findall(r"\d{1,3}", m.group(1)):
                out.append(DocStart(scan.index + 1, title, "stamp", number, score=2.0, inside=True))
    return out


def blank_pages(scans: list[PageScan]) -> list[bool]:
    return [is_blank(s) for s in scans]


def title_of_cover(lines: list[str]) -> str | None:
    """The title a cover sheet's lines give ("Subject: …", "Title" / value), or None."""
    return _cover_title(lines)[1]


_JUNK_OUTLINE = re.compile(
    r"microsoft\s+word|\.(docx?|pdf|xlsx?|pptx?)$|^(document|untitled|slide|page)\s*\d*$|^\W*$"
    r"|^blank(\s+page)?$|^(this\s+)?page\s+(is\s+)?intentionally",
    re.I,
)
_OUTLINE_NUMBER = re.compile(
    r"^(?:agenda\s+)?(?:item\s+)?(\d{1,3}(?:\.\d{1,2})?[a-z]?)[.):]?\s+(\S.*)$", re.I
)
# A bookmark that is only the item's label: "Agenda Item 9.1" on its paper's first page.
_OUTLINE_ITEM_ONLY = re.compile(
    r"^(?:agenda\s+)?item\s+(?:no\.?\s*)?(\d{1,3}(?:\.\d{1,2})?[a-z]?)$", re.I
)


def _outline_number(title: str) -> tuple[str | None, str]:
    """(the item number a bookmark names, its title without it; the label if that is all)."""
    if m := _OUTLINE_NUMBER.match(title):
        return m.group(1), m.group(2)
    if m := _OUTLINE_ITEM_ONLY.match(title):
        return m.group(1), title
    return None, title


# A bookmark naming a file the pack was combined from: the bookmarks under it are that file's
# own outline (its sections), not papers of the pack.
_FILE_BOOKMARK = re.compile(r"\.(?:pdf|docx?|pptx?|xlsx?)$", re.IGNORECASE)
_SLIDE_BOOKMARK = re.compile(r"slide\s+\d+\s*:", re.IGNORECASE)  # "Slide 7: Why Now?"


def outline_starts(toc: list[list[object]], page_count: int) -> list[DocStart]:
    """Starts from the PDF outline (bookmarks) when it looks like the pack's own.

    Outlines left behind by a word processor ("Microsoft Word - template.docx", "Document1")
    or pointing backwards are ignored: an empty list means "no usable outline".
    """
    rows = [e for e in toc if len(e) >= 3]
    top = min((int(e[0]) for e in rows), default=1)  # type: ignore[call-overload]
    entries: list[tuple[int, str, bool]] = []
    inside_file: int | None = None  # the level of a file's bookmark whose own outline follows
    for entry in rows:
        title, page = str(entry[1]).strip(), int(entry[2])  # type: ignore[call-overload]
        level = int(entry[0])  # type: ignore[call-overload]
        if inside_file is not None and level > inside_file:
            continue  # "Table of Contents", "Project Overview" under "Draft report.pdf"
        # So are the bookmarks under one that only labels an item's paper ("Agenda Item 7"
        # over the refugee strategy's own headings).
        own_outline = _FILE_BOOKMARK.search(title) or _OUTLINE_ITEM_ONLY.match(title)
        inside_file = level if own_outline else None
        if 1 <= page <= page_count and not _JUNK_OUTLINE.search(title):
            entries.append((page, title, level == top))
    if len(entries) < 2:
        return []
    forward = sum(1 for a, b in itertools.pairwise(entries) if b[0] >= a[0])
    if forward < 0.8 * (len(entries) - 1):
        return []
    out: list[DocStart] = []
    for page, title, is_top in entries:
        if _DISTRIBUTION_RE.match(title):
            continue  # "Distribution List_Health & Social Care …": back matter, no paper
        if slide := _SLIDE_BOOKMARK.match(title):
            # A presentation program's bookmark per slide ("Slide 4: Accelerated Housing
            # Review"): the slide's heading, which may open an item, never a paper of its own.
            if text := _clean(title[slide.end() :]):
                out.append(DocStart(page, text, "heading"))
            continue
        number, text = _outline_number(title)
        # A nested bookmark with a plain number counts the item's attachments ("1 - Capital
        # Forecast"); one like "9a" or "9.1" is a sub-item.
        if not is_top and number is not None and number.isdigit():
            number = None
        out.append(DocStart(page, _clean(text), "outline", number, score=1.5))
    return out


# A bookmark named after the file it came from ("ResoFireAgreement", "6-17-19 draft
# minutes", "FiscalYear~2019"), not after the paper.
# "registry of public agenc_001": a scanner's file, its words clipped, a counter after them.
FILE_NAME_RE = re.compile(
    r"^(?:\S*[a-z][A-Z]\S*|\S*[_~]\S*|\d{1,2}-\d{1,2}-\d{2,4}\b.*|.*\.(?:pdf|docx?|xlsx?)"
    r"|.*\S_\d{1,4}|https?://\S+)$"  # (a web page printed to PDF: its address)
)


def merge_outline(
    starts: list[DocStart], extra: list[DocStart], scans: Sequence[PageScan] = ()
) -> list[DocStart]:
    """Outline entries fill missing item numbers on known starts, or add starts of their own
    (titled by the page's heading where the bookmark only names a file)."""
    by_page = {s.pdf_page: s for s in starts}
    merged = list(starts)
    for o in extra:
        known = by_page.get(o.pdf_page)
        if known is None:
            named = FILE_NAME_RE.match(o.title) or _OUTLINE_ITEM_ONLY.match(o.title)
            if named and o.pdf_page <= len(scans):
                o.title = _heading(scans[o.pdf_page - 1]) or o.title
            merged.append(o)
            by_page[o.pdf_page] = o
        else:
            if known.agenda_item is None and o.agenda_item is not None:
                known.agenda_item = o.agenda_item
            known.bookmarked = known.bookmarked or o.kind != "heading"  # not a slide's
    merged.sort(key=lambda s: s.pdf_page)
    return merged


@dataclass
class OutlineEntry:
    """A top-level bookmark: the publisher's own name for a paper and where it starts."""

    title: str
    page: int | None  # 1-based; None for a bookmark that points nowhere (a paper left out)
    number: str | None  # an item number printed in the bookmark ("6.1 FIN Report …")


def outline_entries(toc: list[list[object]], page_count: int) -> list[OutlineEntry]:
    """The outline's top-level entries in order, junk dropped; [] when it is no pack outline.

    Unlike ``outline_starts`` this keeps bookmarks that point nowhere (page -1): boards
    bookmark every item, and one whose paper is not published says so by pointing nowhere.
    """
    rows = [e for e in toc if len(e) >= 3]
    if not rows:
        return []
    top = min(int(e[0]) for e in rows)  # type: ignore[call-overload]
    out: list[OutlineEntry] = []
    for entry in rows:
        if int(entry[0]) != top:  # type: ignore[call-overload]
            continue
        title, page = str(entry[1]).strip(), int(entry[2])  # type: ignore[call-overload]
        if _JUNK_OUTLINE.search(title):
            continue
        number, text = _outline_number(title)
        out.append(OutlineEntry(_clean(text), page if 1 <= page <= page_count else None, number))
    pages = [e.page for e in out if e.page is not None]
    if len(out) < 3 or len(pages) < 2:
        return []
    if sum(1 for a, b in itertools.pairwise(pages) if b >= a) < 0.8 * (len(pages) - 1):
        return []
    return out
