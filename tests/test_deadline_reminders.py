"""Deadline reminders as the window shows them: what, when, how soon; coming ones first."""

from __future__ import annotations

from datetime import date, datetime

from boardprep.core.deadlines import (
    Deadline,
    find_deadlines,
    has_passed,
    reminder,
    upcoming_first,
)

NOW = datetime(2026, 3, 6, 9, 0)


def test_reminder_says_what_when_and_how_soon() -> None:
    q = Deadline("Written questions", datetime(2026, 3, 9, 12, 0), "…", 2)
    assert reminder(q, NOW) == "Written questions: by 12:00, Mon 9 Mar 2026 — in 3 days"
    d = Deadline("Deputations", date(2026, 3, 6), "…", 2)
    assert reminder(d, NOW) == "Deputations: by Fri 6 Mar 2026 — today"
    old = Deadline("Petitions", datetime(2026, 3, 1, 17, 0), "…", 2)
    assert reminder(old, NOW).endswith("— passed") and has_passed(old, NOW)
    assert not has_passed(d, NOW)  # a date without a time lasts the whole day
    assert [x.what for x in upcoming_first([old, q, d], NOW)] == [
        "Deputations",
        "Written questions",
        "Petitions",
    ]


def test_found_in_a_front_sheet_sentence() -> None:
    text = (
        "Public questions must be received by the Democratic Services Officer no later than "
        "12 noon on Monday 9 March 2026. Questions should be brief."
    )
    (dl,) = find_deadlines([text])
    assert reminder(dl, NOW) == "Public questions: by 12:00, Mon 9 Mar 2026 — in 3 days"
