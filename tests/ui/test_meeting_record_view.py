"""Meeting mode (issue 10): the per-item clock driven by an injected tick, the outcome
recorded for the item and the recommendations printed in its report."""

from __future__ import annotations

from typing import Any

import pytest

from boardprep.core import meeting_record

pytestmark = pytest.mark.gui


def test_meeting_mode_shows_the_item_clock_and_the_recorded_outcome(opened: Any) -> None:
    now = [5000.0]
    mv = opened.meeting
    mv.tick = lambda: now[0]
    top = opened.tree.items
    meeting_record.add_outcome(opened.store, opened.sha, top[1].number, "agreed", "As printed",
                               votes_for=7, votes_against=2, votes_abstain=1)  # fmt: skip
    opened.select_item(top[1].number)
    opened.set_meeting_mode(True)
    mv.meeting_clock.set_allotted(top[1].number, 10)
    now[0] += 4 * 60
    mv.update_clock()
    assert mv.timer.text().startswith("This item 4:00 of 10:00 — 6:00 left")
    rows = [mv.decide.item(i).text() for i in range(mv.decide.count())]
    assert rows[0] == "Recorded: Agreed — As printed (For 7, against 2, abstentions 1)"
    mv.next_btn.click()  # the item's timer stops; the next one's starts
    now[0] += 60
    mv.update_clock()
    assert mv.timer.text().startswith("This item 1:00")
    assert mv.meeting_clock.item(top[1].number).elapsed == 240
    rows = [mv.decide.item(i).text() for i in range(mv.decide.count())]
    assert not any(r.startswith("Recorded:") for r in rows)
