"""The core side of what the clerk records in the window: a meeting record's stored row
written back whole (same id and uid), corrections of actions and declarations, snapshots of
the attendance and of an item's questions in the register, and the meeting's times."""

from __future__ import annotations

from typing import Any

import pytest

from boardprep.core import meeting_record as mr
from boardprep.core import membership, register
from boardprep.core.errors import UsageError


def test_outcome_row_put_back_whole(registered: Any) -> None:
    store, sha, tree = registered
    item = tree.items[0].number
    assert mr.outcome_row(store, sha, item) is None
    first = mr.add_outcome(store, sha, item, "noted", "As printed", votes_for=3)
    before = mr.outcome_row(store, sha, item)
    mr.add_outcome(store, sha, item, "deferred")  # replaces the first (a new uid)
    assert mr.outcome_row(store, sha, item)["decision"] == "deferred"
    mr.put_outcome_row(store, sha, item, before)
    (back,) = mr.outcomes(store, sha)
    assert (back.id, back.uid, back.decision, back.votes_for) == (first.id, first.uid, "noted", 3)
    mr.remove_outcome(store, sha, item)
    assert mr.outcomes(store, sha) == []


def test_actions_and_declarations_corrected_removed_and_put_back(registered: Any) -> None:
    store, sha, tree = registered
    item = tree.items[1].number
    a = mr.add_action(store, sha, item, "Report costs", "Cllr Le", None)
    mr.update_action(store, a.uid, " Report  the costs ", "Cllr Lee", "30/06/2026")
    (fixed,) = mr.actions(store, sha)
    assert (fixed.uid, fixed.text, fixed.who, fixed.due) == (a.uid, "Report the costs",
                                                             "Cllr Lee", "2026-06-30")  # fmt: skip
    with pytest.raises(UsageError):
        mr.update_action(store, a.uid, "  ", None, None)
    row = mr.stored_row(store, "action", a.uid)
    mr.remove(store, "action", a.uid)
    assert mr.actions(store, sha) == [] and mr.stored_row(store, "action", a.uid) is None
    mr.put_row(store, "action", a.uid, row)
    assert [(x.id, x.uid) for x in mr.actions(store, sha)] == [(a.id, a.uid)]

    d = mr.add_declaration(store, sha, item, "Cllr Ng", "other", "Lives nearby", False)
    mr.update_declaration(store, d.uid, "Cllr Cy Ng", "pecuniary", "Owns the site", True)
    (got,) = mr.declarations(store, sha)
    assert (got.uid, got.name, got.interest, got.left_room) == (d.uid, "Cllr Cy Ng",
                                                                "pecuniary", True)  # fmt: skip
    with pytest.raises(UsageError):
        mr.update_declaration(store, d.uid, "Cllr Ng", "maybe", "x", False)


def test_attendance_snapshot_restores_roll_statuses_and_quorum(registered: Any) -> None:
    store, sha, _tree = registered
    before = membership.snapshot(store, sha)
    membership.add_member(store, sha, "Ann Ford")
    mr.set_attendance(store, sha, "Ann Ford", "present")
    mr.set_attendance(store, sha, "Walk In", "apologies")
    membership.set_quorum(store, sha, 2)
    after = membership.snapshot(store, sha)
    membership.restore(store, sha, before)
    assert membership.snapshot(store, sha) == before
    assert mr.attendance(store, sha) == [] and membership.quorum(store, sha)[1] != "set"
    membership.restore(store, sha, after)
    assert membership.snapshot(store, sha) == after
    assert {a.name: a.status for a in mr.attendance(store, sha)} == {
        "Ann Ford": "present", "Walk In": "apologies"}  # fmt: skip


def test_register_snapshot_undoes_status_order_and_grouping(registered: Any) -> None:
    store, sha, tree = registered
    item = tree.items[1].number
    q1 = store.add_question(sha, item, "Who maintains the bridge?", asker="Cllr Ng")
    q2 = store.add_question(sha, item, "When will it reopen?", asker="Cllr Lee")
    before = register.snapshot(store, sha, item)
    register.update_group(store, q1.id, status="answered", answer="The county")
    register.group_with(store, q2.id, q1.id)
    store.reorder_questions(sha, item, [q2.id, q1.id])
    assert len(register.entries(store, sha)) == 1
    register.restore(store, before)
    assert register.snapshot(store, sha, item) == before
    got = [(e.text, e.status, e.answer) for e in register.entries(store, sha)]
    assert got == [("Who maintains the bridge?", "draft", None),
                   ("When will it reopen?", "draft", None)]  # fmt: skip


def test_the_meeting_times_go_into_the_minutes(registered: Any, tmp_path: Any) -> None:
    from boardprep.core.export import export

    store, sha, _tree = registered
    assert mr.meeting_times(store, sha) == {"opened": None, "closed": None}
    mr.set_meeting_time(store, sha, "opened", "9.05")
    with pytest.raises(UsageError, match="10:02"):
        mr.set_meeting_time(store, sha, "closed", "25:00")
    mr.set_meeting_time(store, sha, "closed", "11:40")
    assert mr.meeting_times(store, sha) == {"opened": "09:05", "closed": "11:40"}
    out = tmp_path / "minutes.md"
    export(store, sha, "minutes", "md", out)
    assert "The meeting opened at 09:05 and closed at 11:40." in out.read_text()
    mr.set_meeting_time(store, sha, "opened", "")
    mr.set_meeting_time(store, sha, "closed", None)
    assert store.setting(f"meeting-times:{sha}") is None  # nothing left behind


def test_the_meeting_times_travel_in_the_backup(registered: Any, tmp_path: Any) -> None:
    from boardprep.core.bundle_schema import BundleError
    from boardprep.core.store import Store

    store, sha, tree = registered
    mr.set_meeting_time(store, sha, "opened", "10:02")
    section = mr.backup_section(store, sha)
    assert section["times"] == {"opened": "10:02", "closed": None}
    with Store(tmp_path / "laptop") as laptop:
        laptop.register_pack(tree, tree.pack.path)
        taken = mr.take_section({"meeting_record": section}, "backup.json", tree)
        mr.restore_section(laptop, sha, taken)
        assert mr.meeting_times(laptop, sha) == {"opened": "10:02", "closed": None}
        mr.set_meeting_time(laptop, sha, "closed", "12:00")
        taken["times"] = {"opened": "09:00", "closed": None}
        mr.restore_section(laptop, sha, taken)  # times recorded here are never overwritten
        assert mr.meeting_times(laptop, sha) == {"opened": "10:02", "closed": "12:00"}
    bad = {"meeting_record": {**section, "times": {"opened": "=1+1"}}}
    with pytest.raises(BundleError, match="opened must be a time"):
        mr.take_section(bad, "backup.json", tree)
