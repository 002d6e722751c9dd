"""The chair's clock: time spent on each item against the time allotted, and the meeting's.

Headless (the meeting mode's window shows it; tests drive it): the clock is injected
(``now()`` returns seconds, ``time.monotonic`` by default), so it works on any day — a
rehearsal — and in tests without waiting. An item's allotted time is, first found: the chair's
own (:meth:`MeetingClock.set_allotted`), the agenda's duration ("– 15 minutes"), or the gap
from the item's printed time to the next item's printed time. The timer of an item runs while
it is the current one (:meth:`go_to`); going back to an item adds to its time.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass

from boardprep.core.model import AgendaTree

_HHMM = re.compile(r"\b(\d{1,2})[:.](\d{2})\b")


def _minutes_of_day(text: str | None) -> int | None:
    m = _HHMM.search(text or "")
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    return h * 60 + mi if h < 24 and mi < 60 else None


def clock_text(seconds: float) -> str:
    """12:05 (minutes:seconds), 1:02:05 past an hour."""
    s = round(abs(seconds))
    h, rest = divmod(s, 3600)
    m, sec = divmod(rest, 60)
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m}:{sec:02d}"


@dataclass
class ItemTime:
    number: str
    elapsed: float  # seconds spent on the item so far
    allotted: float | None  # seconds, None when neither the agenda nor the chair gives one

    @property
    def over(self) -> float | None:
        """Seconds over (positive) or under (negative) the allotted time."""
        return None if self.allotted is None else self.elapsed - self.allotted

    def describe(self) -> str:
        spent = clock_text(self.elapsed)
        if self.allotted is None:
            return f"{spent} (no time allotted)"
        over = self.over or 0.0
        word = "over" if over > 0 else "left"
        return f"{spent} of {clock_text(self.allotted)} — {clock_text(over)} {word}"


class MeetingClock:
    def __init__(self, tree: AgendaTree, now: Callable[[], float] = time.monotonic) -> None:
        self.tree = tree
        self.now = now
        self._order = [it.number for it in tree.walk()]
        self._agenda = self._allotted_from_agenda()
        self._chair: dict[str, float] = {}
        self._spent: dict[str, float] = {}
        self.current: str | None = None
        self._since: float | None = None
        self.started: float | None = None

    def _allotted_from_agenda(self) -> dict[str, float]:
        items = list(self.tree.walk())
        out: dict[str, float] = {}
        for i, it in enumerate(items):
            if it.duration:
                out[it.number] = it.duration * 60.0
                continue
            start = _minutes_of_day(it.time)
            if start is None:
                continue
            for later in items[i + 1 :]:
                end = _minutes_of_day(later.time)
                if end is not None:
                    if end > start:
                        out[it.number] = (end - start) * 60.0
                    break
        return out

    # ---- the chair's actions -----------------------------------------------------------------
    def go_to(self, number: str) -> None:
        """The meeting moves to item ``number``: its timer runs, the previous one's stops."""
        found = self.tree.find_item(number)
        number = found.number if found else number
        t = self.now()
        if self.started is None:
            self.started = t
        self._stop(t)
        self.current = number
        self._since = t

    def stop(self) -> None:
        """The meeting ends (or pauses): no item's timer runs."""
        self._stop(self.now())
        self.current = None

    def _stop(self, t: float) -> None:
        if self.current is not None and self._since is not None:
            self._spent[self.current] = self._spent.get(self.current, 0.0) + (t - self._since)
        self._since = None

    def set_allotted(self, number: str, minutes: float | None) -> None:
        """The chair's own time for an item (None: back to the agenda's)."""
        if minutes is None:
            self._chair.pop(number, None)
        else:
            self._chair[number] = float(minutes) * 60.0

    # ---- read-outs ---------------------------------------------------------------------------
    def allotted(self, number: str) -> float | None:
        return self._chair.get(number, self._agenda.get(number))

    def elapsed(self, number: str) -> float:
        spent = self._spent.get(number, 0.0)
        if number == self.current and self._since is not None:
            spent += self.now() - self._since
        return spent

    def item(self, number: str | None = None) -> ItemTime | None:
        number = number or self.current
        if number is None:
            return None
        return ItemTime(number, self.elapsed(number), self.allotted(number))

    def meeting_elapsed(self) -> float:
        return 0.0 if self.started is None else self.now() - self.started

    def meeting_over(self) -> float:
        """Seconds the meeting is over (positive) or under (negative) its plan so far: for each
        item taken that has an allotted time, the time spent against it; the current item
        counts only once it runs past its time (an item under way is not yet 'under')."""
        total = 0.0
        for number in self._order:
            allotted = self.allotted(number)
            spent = self.elapsed(number)
            if allotted is None or (spent == 0 and number != self.current):
                continue
            if number == self.current:
                total += max(0.0, spent - allotted)
            else:
                total += spent - allotted
        return total

    def describe_meeting(self) -> str:
        over = self.meeting_over()
        if abs(over) < 30:
            state = "on time"
        else:
            state = f"{clock_text(over)} {'over' if over > 0 else 'under'}"
        return f"Meeting {clock_text(self.meeting_elapsed())} — {state}"
