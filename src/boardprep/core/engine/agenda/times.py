"""Clock times as agendas print them: "10.00am", "2.30 pm", "14:30", "7pm", bare "1.30".

Agendas often print 12-hour times without am/pm; they are read against the meeting's start
time and the previous item's time, because an agenda runs forwards through the day.
"""

from __future__ import annotations

import re

# A time with an explicit am/pm, or a 24-hour time with a colon or dot ("14:30", "9.15").
TIME_RE = re.compile(
    r"(?<![\d.:/])(\d{1,2})(?:[.:](\d{2}))?\s*(a\.?m\.?|p\.?m\.?|noon)?(?![\d/])",
    re.IGNORECASE,
)
# A cell that is nothing but a time.
PURE_TIME_RE = re.compile(
    r"^\s*(\d{1,2})(?:[.:](\d{2}))\s*(a\.?m\.?|p\.?m\.?)?\s*$|^\s*(\d{1,2})\s*(a\.?m\.?|p\.?m\.?)\s*$",
    re.IGNORECASE,
)
_CLOCK = r"\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?"
# A time (or a time slot, "14:50 –15:05") opening a cell before the item number or title:
# "10.00am 1 <tab> Welcome"; group 1 is when the item starts.
LEAD_TIME_RE = re.compile(rf"^\s*({_CLOCK})(?:\s*[-–—]\s*{_CLOCK})?\s+(?=\S)", re.IGNORECASE)
# A cell that is a slot with its am/pm printed once at its end: "9-9:10 am", "10:30-11 am".
SLOT_CELL_RE = re.compile(
    r"^\s*(\d{1,2}(?:[.:]\d{2})?)\s*[-–—]\s*(\d{1,2}(?:[.:]\d{2})?)\s*([ap]\.?m\.?)\s*$",
    re.IGNORECASE,
)


def slot_start(cell: str) -> str | None:
    """The start of a slot cell, as a time ``parse_pure_time`` reads: "9-9:10 am" -> "9 am";
    "11:30-12:15 pm" -> "11:30" (the slot crosses noon: its start is read against the day)."""
    m = SLOT_CELL_RE.match(cell)
    if m is None:
        return None
    start, end = m.group(1), m.group(2)
    h0, h1 = int(re.split(r"[.:]", start)[0]), int(re.split(r"[.:]", end)[0])
    if h0 <= h1 and not (h1 == 12 and h0 < 12):
        return f"{start} {m.group(3)}"
    return start if re.search(r"[.:]", start) else f"{start}:00"


# A cell that is nothing but a time slot: "11.00 - 11.10".
TIME_SPAN_RE = re.compile(rf"^\s*({_CLOCK})\s*[-–—]\s*{_CLOCK}\s*$", re.IGNORECASE)
# A line opening with a clock time, never an item number: "7 P.M. COUNCIL MEETING", "12.15 pm
# Pre-meeting".
CLOCK_OPENS_RE = re.compile(r"^\s*\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\b|[ap]\.m\.)", re.IGNORECASE)
# Explicit am/pm times anywhere in a sentence: "at 3.15 pm", "7pm", "12 noon".
AMPM_RE = re.compile(
    r"(?<![\d.:/£])(\d{1,2})(?:[.:](\d{2}))?\s*(?:o['’]\s?clock\s*)?(a\.?m\b\.?|p\.?m\b\.?|noon\b)",
    re.IGNORECASE,
)
# Minutes allotted to an item, ending a title or a cell: "– 15 minutes", "(10 mins)", "15 MIN";
# not the end of a year or a number ("the November 17, 2022 minutes": no 22 minutes).
_MINUTE_WORDS = {
    "one": 1, "two": 2, "three": 3, "five": 5, "ten": 10, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty-five": 45, "sixty": 60,
}  # fmt: skip
ALLOTMENT_RE = re.compile(
    r"\s*[-–—,(]?\s*\(?(?<![\d,.])(?:(?P<min>\d{1,3}|"
    + "|".join(_MINUTE_WORDS)
    # "(5-10 minutes)": up to the second.
    + r")(?:\s*[-–]\s*(?P<upto>\d{1,3}))?\s*(?:minutes?|mins?\.?)"
    # "(1.5 hours)", "– 2 hrs": the same in hours.
    + r"|(?P<hours>\d(?:\.\d{1,2})?)\s*(?:hours?|hrs?\.?))\)?\s*$",
    re.IGNORECASE,
)


def allotted_minutes(m: re.Match[str]) -> int:
    """The minutes an ALLOTMENT_RE match gives: "15", "ONE", "5-10" minutes, "1.5" hours."""
    if m.group("hours"):
        return round(float(m.group("hours")) * 60)
    count = m.group("upto") or m.group("min")
    return int(count) if count.isdigit() else _MINUTE_WORDS[count.lower()]


# 24-hour clock in a sentence: "19:00", "at 14.30" (needs two minute digits).
# "18:30", "18.30" -- also at the end of a sentence ("... at 18:30."), not in "1.2.3" or "18:30:00".
CLOCK_RE = re.compile(r"(?<![\d.:/£])([01]?\d|2[0-3])[:.]([0-5]\d)(?![\d:/%]|\.\d)")


def _fmt(h: int, m: int) -> str | None:
    if 0 <= h <= 23 and 0 <= m <= 59:
        return f"{h:02d}:{m:02d}"
    return None


def to_24h(hour: int, minute: int, suffix: str | None) -> str | None:
    """Hour/minute/"am"/"pm" -> "HH:MM"; None when impossible."""
    sfx = (suffix or "").lower().replace(".", "").strip()
    if sfx == "noon":
        return "12:00" if hour == 12 else None
    if sfx in ("am", "pm"):
        if not 1 <= hour <= 12:
            return None
        if sfx == "am":
            hour = 0 if hour == 12 else hour
        elif hour != 12:
            hour += 12
    return _fmt(hour, minute)


def parse_pure_time(text: str) -> tuple[int, int, str | None] | None:
    """A cell holding only a time -> (hour, minute, suffix or None)."""
    m = PURE_TIME_RE.match(text)
    if not m:
        return None
    if m.group(1) is not None:
        h, mi, sfx = int(m.group(1)), int(m.group(2)), m.group(3)
    else:
        h, mi, sfx = int(m.group(4)), 0, m.group(5)
    if h > 23 or mi > 59:
        return None
    return h, mi, sfx


def _minutes(hhmm: str) -> int:
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


def resolve_time(hour: int, minute: int, suffix: str | None, reference: str | None) -> str | None:
    """Resolve a printed time to "HH:MM", reading a bare 12-hour time against ``reference``.

    ``reference`` is the previous item's time or the meeting start: the first candidate at or
    after it (within a day's agenda) wins. Without a reference, 1-6 o'clock is afternoon.
    """
    if suffix:
        return to_24h(hour, minute, suffix)
    if hour == 0 or hour > 12:
        return _fmt(hour, minute)
    candidates = [hour % 12 * 60 + minute, (hour % 12 + 12) * 60 + minute]
    if hour == 12:
        candidates = [12 * 60 + minute]
    if reference:
        ref = _minutes(reference) - 15  # tolerate an item printed slightly before the last one
        later = [c for c in candidates if c >= ref]
        best = min(later) if later else max(candidates)
    else:
        best = candidates[-1] if 1 <= hour <= 6 else candidates[0]
    return _fmt(best // 60, best % 60)


_SHARED_AMPM_RE = re.compile(
    r"(?<![\d.:/£])(\d{1,2})(?:[.:](\d{2}))?(?=\s*[-–—]\s*(\d{1,2})(?:[.:](\d{2}))?\s*([ap])\.?\s*m\b)",
    re.IGNORECASE,
)


def share_ampm(text: str) -> str:
    """ "7-9pm" -> "7pm-9pm", "10.30-12.30pm" -> "10.30am-12.30pm": a span's start takes the
    am/pm printed once after its end (the other half of the day when it would come after
    the end), so the start is read as the meeting's time, not the end."""

    def fix(m: re.Match[str]) -> str:
        half = m.group(5).lower()
        start = to_24h(int(m.group(1)), int(m.group(2) or 0), f"{half}m")
        end = to_24h(int(m.group(3)), int(m.group(4) or 0), f"{half}m")
        if start is None or end is None:
            return m.group(0)
        if start > end:
            half = "a" if half == "p" else "p"
        return f"{m.group(0)}{half}m"

    return _SHARED_AMPM_RE.sub(fix, text)


def find_time_in_text(text: str) -> str | None:
    """The first explicit clock time in a sentence ("at 3.15 pm", "7pm", "19:00")."""
    text = share_ampm(text)
    m = AMPM_RE.search(text)
    if m:
        return to_24h(int(m.group(1)), int(m.group(2) or 0), m.group(3))
    m = CLOCK_RE.search(text)
    if m:
        return _fmt(int(m.group(1)), int(m.group(2)))
    return None
