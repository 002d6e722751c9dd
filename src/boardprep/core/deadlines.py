"""Deadlines printed in a pack: written questions, public questions, deputations, petitions.

A deadline is a sentence that names something to send (a question, a deputation…) and says by
when ("must be received by 12 noon on Monday 9 March 2026", "Deadline for questions: 5pm,
10 March 2026"). Read from the pack's text as stored for search; only sentences with a full
date are taken (a weekday alone is not a date).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        1,
    )
    for m in names
}  # fmt: skip
_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|" \
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"  # fmt: skip
_DMY = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}\s+(\d{{4}})\b", re.I)
_MDY = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)
_TIME = re.compile(
    r"\b(?:(12\s*(?:noon|midday)|noon|midday|midnight)|(\d{1,2})(?:[.:](\d{2}))?\s*([ap])\.?m\.?"
    r"|(\d{1,2})[:.](\d{2})\s*(?:hrs|hours)?|(\d{2})(\d{2})\s*(?:hrs|hours))\b",
    re.I,
)
_WHAT = [
    ("public question", "Public questions"),
    ("written question", "Written questions"),
    ("deputation", "Deputations"),
    ("petition", "Petitions"),
    ("statement", "Statements"),
    ("question", "Questions"),
    ("amendment", "Amendments"),
    ("request to speak", "Requests to speak"),
    ("register to speak", "Requests to speak"),
]
_CUE = re.compile(
    r"\b(deadline|no later than|not later than|must be (?:received|submitted|sent|given)|"
    r"should be (?:received|submitted|sent)|by (?:\d|12|noon|midday|5|[a-z]+day)|"
    r"before|closing date)\b",
    re.I,
)
_REACH = 160  # characters around a cue searched for the thing due and its date


@dataclass
class Deadline:
    what: str
    when: datetime | date  # a date alone when no time is printed
    text: str  # the sentence as printed
    pdf_page: int

    def to_json(self) -> dict[str, object]:
        return {
            "what": self.what,
            "when": self.when.isoformat(),
            "text": self.text,
            "pdf_page": self.pdf_page,
        }


def date_in(s: str) -> tuple[date, int] | None:
    for rx, order in ((_DMY, "dmy"), (_MDY, "mdy")):
        m = rx.search(s)
        if not m:
            continue
        if order == "dmy":
            day, month, year = int(m.group(1)), m.group(2), int(m.group(3))
        else:
            month, day, year = m.group(1), int(m.group(2)), int(m.group(3))
        try:
            return date(year, _MONTHS[month.lower().rstrip(".")], day), m.start()
        except (ValueError, KeyError):
            continue
    return None


def _time_in(s: str) -> time | None:
    m = _TIME.search(s)
    if not m:
        return None
    try:
        if m.group(1):
            word = m.group(1).lower()
            return time(0, 0) if "midnight" in word else time(12, 0)
        if m.group(2):
            h, mi, ampm = int(m.group(2)), int(m.group(3) or 0), m.group(4).lower()
            if h == 12:
                h = 0
            return time(h + (12 if ampm == "p" else 0), mi)
        if m.group(5):
            return time(int(m.group(5)), int(m.group(6)))
        return time(int(m.group(7)), int(m.group(8)))
    except ValueError:
        return None


def find_deadlines(page_texts: list[str] | None, limit: int = 20) -> list[Deadline]:
    """Deadlines in the pack's text, first pages first, the same one once.

    Around each cue ("no later than", "deadline"…): the date is the first one within a short
    reach after it, and what is due is named in the same sentence before that date.
    """
    out: list[Deadline] = []
    seen: set[tuple[str, str]] = set()
    for page, text in enumerate(page_texts or [], 1):
        if not text or not _CUE.search(text):
            continue
        flat = " ".join(text.split())
        for cue in _CUE.finditer(flat):
            after = flat[cue.start() : cue.start() + _REACH]
            found = date_in(after)
            if found is None:
                continue
            day, at_index = found
            date_end = cue.start() + at_index + 40
            before = flat[max(0, cue.start() - _REACH) : cue.start()]
            head = max(before.rfind(". "), before.rfind("? "), before.rfind("! "))
            sentence_start = cue.start() - len(before) + (head + 2 if head >= 0 else 0)
            low = flat[sentence_start : cue.start() + at_index].lower()
            what = next((label for key, label in _WHAT if key in low), None)
            if what is None:
                continue
            at = _time_in(flat[cue.start() : date_end])
            when: datetime | date = datetime.combine(day, at) if at else day
            key = (what, when.isoformat())
            if key in seen:
                continue
            seen.add(key)
            stop = flat.find(". ", cue.end())
            stop = len(flat) if stop < 0 else stop + 1
            snippet = flat[sentence_start : min(stop, cue.start() + _REACH + 60)].strip()
            out.append(Deadline(what, when, snippet, page))
            if len(out) >= limit:
                return out
    return out


def _due(dl: Deadline) -> datetime:
    """When it falls due; a date printed without a time lasts the whole day."""
    return dl.when if isinstance(dl.when, datetime) else datetime.combine(dl.when, time(23, 59))


def has_passed(dl: Deadline, now: datetime) -> bool:
    return _due(dl) < now


def reminder(dl: Deadline, now: datetime) -> str:
    """One line for the window: what is due, when, and how soon ("Written questions: by
    12:00, Mon 9 Mar 2026 — in 3 days"); "passed" once it has."""
    when = _due(dl)
    at = f"{dl.when:%H:%M}, " if isinstance(dl.when, datetime) else ""
    day = f"{dl.when:%a} {dl.when.day} {dl.when:%b %Y}"
    days = (when.date() - now.date()).days
    if has_passed(dl, now):
        soon = "passed"
    elif days == 0:
        soon = "today"
    elif days == 1:
        soon = "tomorrow"
    else:
        soon = f"in {days} days"
    return f"{dl.what}: by {at}{day} — {soon}"


def upcoming_first(found: list[Deadline], now: datetime) -> list[Deadline]:
    """Deadlines still to come first (soonest first), then the ones passed."""

    def key(dl: Deadline) -> tuple[bool, datetime]:
        when = _due(dl)
        return (when < now, when)

    return sorted(found, key=key)
