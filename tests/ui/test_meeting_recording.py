"""Record as you go in meeting mode (issue 10 §2): the item's outcome with its text pre-filled
from the recommendations, votes, actions and declarations made at the meeting — each saved
through the core within a second, each undone by Ctrl+Z — and the draft minutes made from
them."""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path
from typing import Any

import docx
import pytest
from PySide6.QtCore import Qt

from boardprep.core import meeting_record as mr
from boardprep.core import membership
from boardprep.core.export import export
from tests.ui.conftest import open_and_wait

pytestmark = pytest.mark.gui

ITEM = "6"  # the sample pack's Library Service Review: "(a) NOTE …; (b) AGREE …"
PRINTED = "(a) note the contents of this report; (b) agree the proposals set out in section 4"
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def chair(qtbot: Any, data_dir: Path, sample_pack: Path) -> Any:
    """The window on the sample pack (the real engine), in meeting mode on item 6."""
    from boardprep.ui.main_window import MainWindow

    w = MainWindow(str(data_dir))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    open_and_wait(qtbot, w, sample_pack)
    for name in ("Cllr Ann Ford", "Cllr Bo Lee", "Cllr Cy Ng"):
        membership.add_member(w.store, w.sha, name)
    mr.set_attendance(w.store, w.sha, "Cllr Cy Ng", "present")
    w.select_item(ITEM)
    w.set_meeting_mode(True)
    w.activateWindow()
    return w


def saved_within_a_second(qtbot: Any, check: Any) -> float:
    start = time.monotonic()
    qtbot.waitUntil(check, timeout=1000)
    return time.monotonic() - start


def test_outcome_text_is_pre_filled_saved_within_a_second_and_undone(chair: Any, qtbot: Any):
    w = chair
    form = w.meeting.record.outcome
    assert form.item is not None and form.item.number == ITEM
    assert form.text.toPlainText() == PRINTED  # the recommendations, ready to resolve
    assert form.state.text() == "Not recorded yet" and form.decision.currentData() is None
    assert mr.outcome_row(w.store, w.sha, ITEM) is None  # nothing is stored until decided

    # Alt+D reaches the decision; the keyboard picks it.
    qtbot.keyClick(w.meeting, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert form.decision.hasFocus()
    form.decision.setCurrentIndex(form.decision.findData("agreed"))
    saved_within_a_second(qtbot, lambda: mr.outcome_row(w.store, w.sha, ITEM) is not None)
    row = mr.outcome_row(w.store, w.sha, ITEM)
    assert (row["decision"], row["text"], row["votes_for"]) == ("agreed", PRINTED, None)
    decide = [w.meeting.decide.item(i).text() for i in range(w.meeting.decide.count())]
    assert decide[0] == f"Recorded: Agreed — {PRINTED}"  # the chair's list follows

    # The votes, typed into the boxes.
    for key, n in (("for", "7"), ("against", "2"), ("abstain", "1")):
        box = form.votes[key]
        box.setFocus()
        box.selectAll()
        qtbot.keyClicks(box, n)
    saved_within_a_second(qtbot, lambda: mr.outcome_row(w.store, w.sha, ITEM)["votes_abstain"] == 1)
    row = mr.outcome_row(w.store, w.sha, ITEM)
    assert (row["votes_for"], row["votes_against"], row["votes_abstain"]) == (7, 2, 1)

    # Two runs of typing in the resolution: one undo step.
    form.text.setFocus()
    form.text.moveCursor(form.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(form.text, ", with the")
    saved_within_a_second(qtbot, lambda: mr.outcome_row(w.store, w.sha, ITEM)["text"]
                          .endswith("with the"))  # fmt: skip
    qtbot.keyClicks(form.text, " mobile library kept")
    took = saved_within_a_second(
        qtbot, lambda: mr.outcome_row(w.store, w.sha, ITEM)["text"].endswith("kept")
    )
    assert took < 1.0

    # Ctrl+Z where the chair is (the decision box): the typing, then the votes, then the
    # outcome itself go back, in the database and on screen.
    form.decision.setFocus()
    qtbot.keyClick(form.decision, Qt.Key.Key_Z, CTRL)
    assert mr.outcome_row(w.store, w.sha, ITEM)["text"] == PRINTED
    assert form.text.toPlainText() == PRINTED
    qtbot.keyClick(form.decision, Qt.Key.Key_Z, CTRL)
    assert mr.outcome_row(w.store, w.sha, ITEM)["votes_for"] is None
    assert form.votes["for"].text() == "–"
    # In a vote box Ctrl+Z is the window's too: it undoes the recorded outcome.
    form.votes["for"].setFocus()
    qtbot.keyClick(form.votes["for"], Qt.Key.Key_Z, CTRL)
    assert mr.outcome_row(w.store, w.sha, ITEM) is None
    assert form.decision.currentData() is None and form.state.text() == "Not recorded yet"
    assert not any(w.meeting.decide.item(i).text().startswith("Recorded")
                   for i in range(w.meeting.decide.count()))  # fmt: skip
    qtbot.keyClick(form.decision, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert mr.outcome_row(w.store, w.sha, ITEM)["decision"] == "agreed"  # redo


def test_deferring_clears_the_recommendations_and_not_recorded_removes(chair: Any, qtbot: Any):
    w = chair
    form = w.meeting.record.outcome
    form.decision.setCurrentIndex(form.decision.findData("deferred"))
    assert form.text.toPlainText() == ""  # a deferral does not resolve the recommendations
    qtbot.waitUntil(lambda: mr.outcome_row(w.store, w.sha, ITEM) is not None, timeout=1000)
    assert mr.outcome_row(w.store, w.sha, ITEM)["text"] == ""
    form.decision.setCurrentIndex(form.decision.findData("noted"))
    assert form.text.toPlainText() == PRINTED  # back to what the report asks
    qtbot.waitUntil(
        lambda: mr.outcome_row(w.store, w.sha, ITEM)["decision"] == "noted", timeout=1000
    )
    form.text.setFocus()
    form.text.moveCursor(form.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(form.text, " today")
    form.decision.setFocus()  # leaving the text saves it at once, not after a pause
    assert mr.outcome_row(w.store, w.sha, ITEM)["text"] == PRINTED + " today"
    form.decision.setCurrentIndex(0)  # "Not recorded": the outcome is taken away
    qtbot.waitUntil(lambda: mr.outcome_row(w.store, w.sha, ITEM) is None, timeout=1000)
    # Moving to the next item while typing saves what was typed for this one first.
    form.decision.setCurrentIndex(form.decision.findData("agreed-as-amended"))
    form.text.setPlainText("Agreed with the branch hours amended")
    w.meeting.next_btn.click()
    row = mr.outcome_row(w.store, w.sha, ITEM)
    assert row is not None and row["text"] == "Agreed with the branch hours amended"
    assert form.item is not None and form.item.number != ITEM


def test_actions_and_declarations_made_at_the_meeting(chair: Any, qtbot: Any) -> None:
    w = chair
    acts = w.meeting.record.actions_box
    names = [acts.who.itemText(i) for i in range(acts.who.count())]
    assert names[0] == "Cllr Cy Ng" and {"Cllr Ann Ford", "Cllr Bo Lee"} <= set(names)
    acts.what.setFocus()
    qtbot.keyClicks(acts.what, "Report the costs of the mobile library")
    acts.who.setEditText("Director of Communities")  # any name, not only members
    qtbot.keyClicks(acts.due, "someday")
    qtbot.keyClick(acts.due, Qt.Key.Key_Return)
    assert mr.actions(w.store, w.sha) == []  # refused in words, what was typed is kept
    assert "by when must be a date" in acts.state.text()
    assert acts.what.text() == "Report the costs of the mobile library"
    acts.due.setText("30/06/2026")
    qtbot.keyClick(acts.due, Qt.Key.Key_Return)
    (action,) = mr.actions(w.store, w.sha)
    assert (action.item, action.who, action.due) == (ITEM, "Director of Communities",
                                                     "2026-06-30")  # fmt: skip
    assert acts.texts() == [
        "Report the costs of the mobile library — Director of Communities — by 2026-06-30"
    ]
    assert acts.what.text() == "" and acts.what.hasFocus()  # ready for the next one

    dec = w.meeting.record.declared
    dec.name.setFocus()
    qtbot.keyClicks(dec.name.lineEdit(), "Cllr Ann Ford")
    qtbot.keyClick(dec.name.lineEdit(), Qt.Key.Key_Return)  # Enter on the name: next field
    assert dec.nature.hasFocus() and mr.declarations(w.store, w.sha) == []
    dec.interest.setCurrentIndex(dec.interest.findData("pecuniary"))
    dec.left.setChecked(True)
    qtbot.keyClicks(dec.nature, "Her husband works at the library")
    qtbot.keyClick(dec.nature, Qt.Key.Key_Return)
    (d,) = mr.declarations(w.store, w.sha)
    assert (d.item, d.name, d.interest, d.left_room) == (ITEM, "Cllr Ann Ford", "pecuniary", True)
    called = [w.meeting.declarations.item(i).text() for i in range(w.meeting.declarations.count())]
    assert ("Cllr Ann Ford: Disclosable pecuniary interest: Her husband works at the library"
            " – left the room") in called  # fmt: skip

    # Delete removes the chosen action; Ctrl+Z puts it back, the same record.
    acts.list.setCurrentRow(0)
    acts.list.setFocus()
    qtbot.keyClick(acts.list, Qt.Key.Key_Delete)
    assert mr.actions(w.store, w.sha) == [] and acts.texts() == []
    qtbot.keyClick(acts.list, Qt.Key.Key_Z, CTRL)
    assert [a.uid for a in mr.actions(w.store, w.sha)] == [action.uid]
    assert len(acts.texts()) == 1
    # The steps before: the declaration added, then the action added.
    qtbot.keyClick(acts.list, Qt.Key.Key_Z, CTRL)
    assert mr.declarations(w.store, w.sha) == []
    assert not any("Ann Ford" in w.meeting.declarations.item(i).text()
                   for i in range(w.meeting.declarations.count()))  # fmt: skip
    qtbot.keyClick(acts.list, Qt.Key.Key_Z, CTRL)
    assert mr.actions(w.store, w.sha) == []


def test_draft_minutes_hold_what_the_window_recorded(
    chair: Any, qtbot: Any, tmp_path: Path
) -> None:
    """End to end: recorded in the window, exported by the core, read back from the DOCX."""
    w = chair
    w.act_attendance.trigger()
    aw = w.meeting_tools.attendance
    aw.status_box("Cllr Bo Lee").setCurrentIndex(aw.status_box("Cllr Bo Lee").findData("apologies"))
    aw.mark_rest_present()
    aw.now = lambda: datetime(2026, 6, 15, 10, 2)
    aw.set_time_now("opened")
    aw.times["closed"].setText("12.1")  # not a time: said, nothing stored
    aw.times["closed"].editingFinished.emit()
    assert "10:02" in aw.times["opened"].text() and "not '12.1'" in aw.quorum_state.text()
    aw.times["closed"].setText("12.14")
    aw.times["closed"].editingFinished.emit()
    assert mr.meeting_times(w.store, w.sha) == {"opened": "10:02", "closed": "12:14"}
    aw.close()
    rec = w.meeting.record
    form = rec.outcome
    form.decision.setCurrentIndex(form.decision.findData("agreed-as-amended"))
    form.votes["for"].setValue(5)
    form.votes["against"].setValue(1)
    form.votes["abstain"].setValue(0)
    form.text.setPlainText("(a) noted the report; (b) agreed section 4, branch hours kept")
    rec.actions_box.what.setText("Publish the revised opening hours")
    rec.actions_box.who.setEditText("Cllr Cy Ng")
    rec.actions_box.due.setText("15 July 2026")
    assert rec.actions_box.add()
    rec.declared.name.setEditText("Cllr Ann Ford")
    rec.declared.interest.setCurrentIndex(rec.declared.interest.findData("non-registrable"))
    rec.declared.nature.setText("Volunteers at Hill Street library")
    assert rec.declared.add()
    qtbot.waitUntil(lambda: mr.outcome_row(w.store, w.sha, ITEM) is not None
                    and mr.outcome_row(w.store, w.sha, ITEM)["votes_for"] == 5,
                    timeout=1000)  # fmt: skip

    out = tmp_path / "minutes.docx"
    export(w.store, w.sha, "minutes", "docx", out)
    paras = [p.text for p in docx.Document(str(out)).paragraphs]
    text = "\n".join(paras)
    assert "The meeting opened at 10:02 and closed at 12:14." in paras[:4]
    present = paras[paras.index("Present") + 1 : paras.index("Apologies")]
    printed = [e.name for e in membership.roll(w.store, w.sha)][:3]  # the front sheet's
    assert {"Cllr Ann Ford", "Cllr Cy Ng", *printed} <= {p.split(" (")[0] for p in present}
    assert "Cllr Bo Lee" not in present
    assert "Cllr Bo Lee" in paras[paras.index("Apologies") :]
    assert ("Cllr Ann Ford declared a non-registrable interest in item 6 (Volunteers at Hill "
            "Street library) and remained in the meeting.") in text  # fmt: skip
    head = next(i for i, p in enumerate(paras) if p.startswith("6. Library Service Review"))
    after = paras[head + 1 : head + 4]
    assert after[0] == ("RESOLVED: Agreed as amended — (a) noted the report; (b) agreed "
                        "section 4, branch hours kept")  # fmt: skip
    assert after[1] == "Vote: For 5, against 1, abstentions 0."
    assert after[2] == "Action: Publish the revised opening hours — Cllr Cy Ng — by 2026-07-15"


def test_an_outcome_the_store_refuses_is_kept_and_written_later(
    chair: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    w = chair
    form = w.meeting.record.outcome
    form._retry.setInterval(50)  # the retry, sooner than in the room
    real = mr.add_outcome
    full = [True]

    def refused(*args: Any, **kw: Any) -> Any:
        if full[0]:
            raise sqlite3.OperationalError("database or disk is full")
        return real(*args, **kw)

    monkeypatch.setattr(mr, "add_outcome", refused)
    form.decision.setCurrentIndex(form.decision.findData("noted"))
    form.votes["for"].setValue(4)
    qtbot.waitUntil(lambda: form.state.text().startswith("Not saved"), timeout=1000)
    w.meeting.next_btn.click()  # the chair moves on: what was typed for item 6 is kept
    assert form.item.number != ITEM and mr.outcome_row(w.store, w.sha, ITEM) is None
    w.meeting.prev_btn.click()
    assert form.decision.currentData() == "noted" and form.votes["for"].value() == 4
    asked: list[list[str]] = []
    w.meeting_tools.record_guard.ask = lambda items: asked.append(items) or False
    w.close()  # "Keep working": the window stays, the outcome waits
    assert asked == [[ITEM]] and w.isVisible()
    full[0] = False  # space again: written by itself
    qtbot.waitUntil(lambda: mr.outcome_row(w.store, w.sha, ITEM) is not None, timeout=2000)
    row = mr.outcome_row(w.store, w.sha, ITEM)
    assert (row["decision"], row["votes_for"], row["text"]) == ("noted", 4, PRINTED)
    assert form.state.text() == "Recorded ✓"


def test_a_recorded_line_is_corrected_in_place_and_the_correction_undone(
    chair: Any, qtbot: Any
) -> None:
    w = chair
    acts = w.meeting.record.actions_box
    acts.what.setText("Report the costs")
    acts.who.setEditText("Cllr Bo Le")  # a typo
    assert acts.add()
    (first,) = mr.actions(w.store, w.sha)
    acts.list.setCurrentRow(0)
    acts.list.setFocus()
    qtbot.keyClick(acts.list, Qt.Key.Key_Return)  # Enter on the line: into the fields
    assert acts.editing == first.uid and acts.add_btn.text() == "Save changes"
    assert (acts.what.text(), acts.who.currentText()) == ("Report the costs", "Cllr Bo Le")
    acts.who.setEditText("Cllr Bo Lee")
    acts.due.setText("1 July 2026")
    qtbot.keyClick(acts.due, Qt.Key.Key_Return)
    (fixed,) = mr.actions(w.store, w.sha)  # the same record, corrected
    assert (fixed.uid, fixed.who, fixed.due) == (first.uid, "Cllr Bo Lee", "2026-07-01")
    assert acts.add_btn.text() == "Add action" and acts.editing is None
    w.act_undo.trigger()
    (back,) = mr.actions(w.store, w.sha)
    assert (back.uid, back.who, back.due) == (first.uid, "Cllr Bo Le", None)
    # Esc while correcting leaves the line as it was, and the window in full screen.
    dec = w.meeting.record.declared
    dec.name.setEditText("Cllr Cy Ng")
    dec.nature.setText("Lives on Mill Lane")
    assert dec.add()
    dec.list.setCurrentRow(0)
    assert dec.start_edit()
    dec.nature.setText("something else")
    assert w.isFullScreen()
    qtbot.keyClick(dec.nature, Qt.Key.Key_Escape)
    assert dec.editing is None and dec.nature.text() == "" and w.isFullScreen()
    assert mr.declarations(w.store, w.sha)[0].nature == "Lives on Mill Lane"


def test_an_item_with_parts_records_each_part(opened: Any, qtbot: Any) -> None:
    w = opened
    item = next(it for it in w.tree.items if it.sub_items)
    plain = next(it for it in w.tree.items if not it.sub_items)
    w.select_item(plain.number)
    w.set_meeting_mode(True)
    rec = w.meeting.record
    assert not rec.part_row.isVisibleTo(rec)  # nothing to choose
    w.meeting.show_item(item)
    assert rec.part_row.isVisibleTo(rec) and rec.part.count() == 1 + len(item.sub_items)
    sub = item.sub_items[0]
    rec.part.setCurrentIndex(rec.part.findData(sub.number))
    assert rec.recording() is sub and rec.actions_box.item is sub
    rec.outcome.decision.setCurrentIndex(rec.outcome.decision.findData("noted"))
    qtbot.waitUntil(lambda: mr.outcome_row(w.store, w.sha, sub.number) is not None, timeout=1000)
    assert mr.outcome_row(w.store, w.sha, item.number) is None
    rec.actions_box.what.setText("Circulate the appendix")
    assert rec.actions_box.add()
    assert [a.item for a in mr.actions(w.store, w.sha)] == [sub.number]
    decide = [w.meeting.decide.item(i).text() for i in range(w.meeting.decide.count())]
    assert decide[0].startswith(f"Recorded for {sub.display_number}: Noted")
    w.meeting.next_btn.click()  # the next item starts with the item itself again
    assert rec.recording() is w.meeting.item
