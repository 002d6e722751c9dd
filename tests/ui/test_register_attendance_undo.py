"""Undo for the clerk's windows (issue 10 §2): every change in the question register (status,
answer, who answers, running order, merge, keep apart) and in the attendance (statuses, names,
quorum) is a step on the window's one undo stack, taken back with Ctrl+Z in that window or in
the main window."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from boardprep.core import meeting_record as mr
from boardprep.core import membership, register
from boardprep.ui.register_model import COL_ANSWER, COL_STATUS

pytestmark = pytest.mark.gui
CTRL = Qt.KeyboardModifier.ControlModifier


def _entries(w: Any, item: str) -> list[tuple[str, list[str], str, str | None]]:
    return [(e.text, e.askers, e.status, e.answer)
            for e in register.entries(w.store, w.sha) if e.item == item]  # fmt: skip


def test_register_changes_are_undone_one_by_one(opened: Any, qtbot: Any) -> None:
    w = opened
    item = w.tree.items[1].number
    first = w.store.add_question(w.sha, item, "Who maintains the bridge?", asker="Cllr Ng")
    w.store.add_question(w.sha, item, "When does the bridge reopen?", asker="Cllr Lee")
    w.store.add_question(w.sha, item, "Who maintains the bridge", asker="Cllr Roe")
    register.group_with(w.store, w.store.questions(w.sha, item)[2].id, first.id)
    w.act_register.trigger()
    rw = w.meeting_tools.register
    model = rw.model
    start = _entries(w, item)
    assert [e[1] for e in start] == [["Cllr Ng", "Cllr Roe"], ["Cllr Lee"]]

    row = next(r for r, e in enumerate(model.rows) if e.text == "Who maintains the bridge?")
    assert model.setData(model.index(row, COL_STATUS), "accepted")
    assert model.setData(model.index(row, COL_ANSWER), "The county, from April")
    assert rw.model.keep_apart(row)
    lee = next(r for r, e in enumerate(model.rows) if e.askers == ["Cllr Lee"])
    model.move(lee, -1)
    changed = _entries(w, item)
    assert changed[0][0] == "When does the bridge reopen?" and len(changed) == 3
    assert rw.act_undo.isEnabled() and "Move a question" in rw.act_undo.text()

    rw.activateWindow()
    rw.table.setFocus()
    qtbot.keyClick(rw.table, Qt.Key.Key_Z, CTRL)  # the move
    assert _entries(w, item)[0][0] == "Who maintains the bridge?"
    qtbot.keyClick(rw.table, Qt.Key.Key_Z, CTRL)  # keep apart: one line, both askers again
    assert [e[1] for e in _entries(w, item)] == [["Cllr Ng", "Cllr Roe"], ["Cllr Lee"]]
    assert len(model.rows) == 2  # the table shows it
    qtbot.keyClick(rw.table, Qt.Key.Key_Z, CTRL)  # the answer
    assert _entries(w, item)[0][2:] == ("accepted", None)
    w.act_undo.trigger()  # the main window's Edit ▸ Undo: the same stack
    assert _entries(w, item) == start
    w.act_redo.trigger()
    assert _entries(w, item)[0][2] == "accepted"
    # Merge, undone: apart again.
    lines = sorted(r for r, e in enumerate(model.rows) if e.item == item)
    assert model.merge(lines) and len(_entries(w, item)) == 1
    rw.act_undo.trigger()
    assert len(_entries(w, item)) == 2


def test_attendance_changes_are_undone(opened: Any, qtbot: Any) -> None:
    w = opened
    w.act_attendance.trigger()
    aw = w.meeting_tools.attendance
    before = membership.snapshot(w.store, w.sha)
    for name in ("Ann Ford", "Bo Lee", "Cy Ng"):
        aw.new_name.setText(name)
        aw.add_btn.click()
    box = aw.status_box("Bo Lee")
    box.setCurrentIndex(box.findData("apologies"))
    aw.mark_rest_present()  # one step for all of them
    for n in (6, 7, 8):
        aw.quorum.setValue(n)  # one step for the run of arrows
    w.set_meeting_mode(True)
    assert "quorum 8 (set)" in w.meeting.attendance.text()
    status = {a.name: a.status for a in mr.attendance(w.store, w.sha)}
    assert status["Bo Lee"] == "apologies" and len(status) == len(aw.names())
    assert {status["Ann Ford"], status["Cy Ng"]} == {"present"}

    aw.activateWindow()
    aw.table.setFocus()
    qtbot.keyClick(aw.table, Qt.Key.Key_Z, CTRL)  # the quorum, back to the printed / a third
    assert membership.quorum(w.store, w.sha)[1] != "set"
    assert aw.quorum.value() == 0 and "(set)" not in w.meeting.attendance.text()
    qtbot.keyClick(aw.table, Qt.Key.Key_Z, CTRL)  # "Mark the rest present"
    assert {a.name: a.status for a in mr.attendance(w.store, w.sha)} == {"Bo Lee": "apologies"}
    assert aw.status_box("Ann Ford").currentData() is None
    aw.undo_btn.click()  # Bo Lee's apologies
    assert mr.attendance(w.store, w.sha) == []
    # Removing a member (and their attendance) comes back whole.
    aw.status_box("Cy Ng").setCurrentIndex(aw.status_box("Cy Ng").findData("absent"))
    aw.table.selectRow(aw.names().index("Cy Ng"))
    aw.remove_btn.click()
    assert "Cy Ng" not in aw.names() and mr.attendance(w.store, w.sha) == []
    aw.act_undo.trigger()
    assert "Cy Ng" in aw.names() and aw.status_box("Cy Ng").currentData() == "absent"
    for _ in range(5):  # absent, then the three names added
        aw.act_undo.trigger()
    assert membership.snapshot(w.store, w.sha) == before
    aw.times["opened"].setText("9.30")
    aw.times["opened"].editingFinished.emit()
    assert aw.times["opened"].text() == "09:30"
    assert mr.meeting_times(w.store, w.sha)["opened"] == "09:30"
    aw.act_undo.trigger()
    assert mr.meeting_times(w.store, w.sha)["opened"] is None and aw.times["opened"].text() == ""
