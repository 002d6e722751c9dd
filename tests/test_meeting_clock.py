"""The chair's clock driven by an injected clock: allotted times from the agenda (durations,
printed times) or the chair, per-item timers, over/under for the item and the meeting."""

from __future__ import annotations

from boardprep.core.meeting_clock import MeetingClock, clock_text
from boardprep.core.model import AgendaTree, Item, Meeting, PackInfo


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t

    def advance(self, minutes: float) -> None:
        self.t += minutes * 60


def _tree() -> AgendaTree:
    items = [
        Item("1", "Apologies", time="10:00"),
        Item("2", "Minutes", time="10:05"),
        Item("3", "Budget", duration=20),
        Item("4", "Any other business"),
        Item("5", "Close", time="11:00"),
    ]
    return AgendaTree(PackInfo("p.pdf", "0" * 64, 10), Meeting(), items)


def test_allotted_times_from_the_agenda_and_the_chair() -> None:
    clock = MeetingClock(_tree(), now=FakeClock())
    assert clock.allotted("1") == 5 * 60  # 10:00 to the next printed time, 10:05
    assert clock.allotted("2") == 55 * 60  # 10:05 to 11:00 (items between print none)
    assert clock.allotted("3") == 20 * 60  # "– 20 minutes"
    assert clock.allotted("4") is None
    clock.set_allotted("4", 10)
    assert clock.allotted("4") == 600
    clock.set_allotted("4", None)
    assert clock.allotted("4") is None


def test_item_timers_and_over_under() -> None:
    fake = FakeClock()
    clock = MeetingClock(_tree(), now=fake)
    clock.go_to("1")
    fake.advance(3)
    assert clock.item().elapsed == 180 and clock.item().over == -120
    assert clock.item().describe() == "3:00 of 5:00 — 2:00 left"
    clock.go_to("3")
    fake.advance(25)
    assert clock.item("3").over == 300
    assert clock.item().describe() == "25:00 of 20:00 — 5:00 over"
    assert clock.item("1").elapsed == 180  # stopped when the meeting moved on
    # item 1 two minutes under, item 3 five over: the meeting is three minutes over
    assert clock.meeting_over() == 180
    assert clock.describe_meeting() == "Meeting 28:00 — 3:00 over"
    clock.go_to("1")  # back to an item: its time adds up
    fake.advance(1)
    assert clock.item("1").elapsed == 240
    clock.stop()
    fake.advance(10)
    assert clock.item("1").elapsed == 240 and clock.current is None
    assert clock.item("4").describe() == "0:00 (no time allotted)"


def test_clock_text() -> None:
    assert clock_text(65) == "1:05" and clock_text(-65) == "1:05"
    assert clock_text(3725) == "1:02:05"
