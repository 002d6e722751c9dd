from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from boardprep.core.errors import NotFoundError, UsageError
from boardprep.core.model import AgendaTree
from boardprep.core.store import Store, UnknownItemError


def test_note_round_trip_keeps_anchor(registered: tuple[Store, str, AgendaTree]) -> None:
    store, sha, _ = registered
    n = store.add_note(
        sha, "Item 4.", "Ask about phasing", page=6, rect=(10, 20, 30, 40), quote="q"
    )
    again = store.notes(sha, "4")[0]
    assert again == n
    assert (n.item, n.item_title, n.page, n.pack_page) == (
        "4",
        "Riverside Regeneration Scheme",
        6,
        4,
    )
    assert n.rect == (10, 20, 30, 40) and n.quote == "q" and n.carried_from is None
    changed = store.update_note(n.id, "Ask about phasing and cost")
    assert changed.text == "Ask about phasing and cost" and changed.created == n.created
    store.delete_note(n.id)
    assert store.notes(sha) == []
    with pytest.raises(NotFoundError):
        store.update_note(n.id, "gone")


def test_item_note_is_one_per_item(registered: tuple[Store, str, AgendaTree]) -> None:
    store, sha, _ = registered
    assert store.item_note_text(sha, "5") == ""
    first = store.set_item_note(sha, "5", "draft")
    second = store.set_item_note(sha, "5", "final words")
    assert first.id == second.id and second.is_item_note
    assert store.item_note_text(sha, "5") == "final words"
    assert len(store.notes(sha, "5")) == 1


def test_question_round_trip_status_and_order(registered: tuple[Store, str, AgendaTree]) -> None:
    store, sha, _ = registered
    a = store.add_question(sha, "4", "What is the total cost?")
    b = store.add_question(
        sha, "4", "Who maintains the bridge?", asker="Cllr Amberley", page=5, quote="upkeep"
    )
    assert [q.id for q in store.questions(sha, "4")] == [a.id, b.id]
    assert b.asker == "Cllr Amberley" and b.pack_page == 3 and a.status == "draft"
    assert b.quote == "upkeep" and store.questions(sha, "4")[1] == b
    store.reorder_questions(sha, "4", [b.id, a.id])
    assert [q.id for q in store.questions(sha, "4")] == [b.id, a.id]
    answered = store.update_question(a.id, status="answered", answer="£4.2m")
    assert (answered.status, answered.answer) == ("answered", "£4.2m")
    with pytest.raises(UsageError):
        store.update_question(a.id, status="pondered")
    with pytest.raises(UsageError):
        store.update_question(a.id, sha256="elsewhere")
    store.delete_question(b.id)
    assert [q.id for q in store.questions(sha)] == [a.id]


def test_declaration_round_trip(registered: tuple[Store, str, AgendaTree]) -> None:
    store, sha, _ = registered
    d = store.add_declaration(
        sha, "5", interest="pecuniary", nature="I own a car park", withdraw=True,
        dispensation=None, sensitive=True, action="leave the room",
    )  # fmt: skip
    got = store.declarations(sha, "5")[0]
    assert got == d and got.withdraw is True and got.sensitive is True
    upd = store.update_declaration(d.id, withdraw=False, dispensation="granted 1 Jan 2026")
    assert upd.withdraw is False and upd.dispensation == "granted 1 Jan 2026"
    with pytest.raises(UsageError):
        store.add_declaration(sha, "5", interest="prejudicial", nature="x", withdraw=False)
    store.delete_declaration(d.id)
    assert store.declarations(sha) == []


def test_highlight_and_bookmark_round_trip(registered: tuple[Store, str, AgendaTree]) -> None:
    store, sha, _ = registered
    quad = (1.0, 2.0, 3.0, 2.0, 1.0, 4.0, 3.0, 4.0)
    h = store.add_highlight(sha, 9, [quad], "evening charges", colour="#ff0000")
    assert h.item == "5" and h.quads == [quad] and h.pack_page == 7
    assert store.highlights(sha, page=9) == [h] and store.highlights(sha, page=8) == []
    b = store.add_bookmark(sha, 10, "library figures")
    assert store.bookmarks(sha) == [b] and b.item == "6"
    store.delete_highlight(h.id)
    store.delete_bookmark(b.id)
    assert store.highlights(sha) == [] and store.bookmarks(sha) == []


def test_unknown_item_lists_valid_numbers(registered: tuple[Store, str, AgendaTree]) -> None:
    store, sha, _ = registered
    with pytest.raises(UnknownItemError, match="valid items: 1, 2, 3, 4, 5, 6"):
        store.add_note(sha, "99", "nowhere")


def test_counts_recent_progress_and_last_page(registered: tuple[Store, str, AgendaTree]) -> None:
    store, sha, tree = registered
    store.add_note(sha, "4", "n1")
    store.set_item_note(sha, "3", "")  # an emptied autosave note counts as nothing
    store.add_question(sha, "4", "q1")
    store.add_declaration(sha, "6", interest="other", nature="friend works there", withdraw=False)
    counts = store.counts(sha)
    assert (counts["4"].notes, counts["4"].questions, counts["4"].declarations) == (1, 1, 0)
    assert counts["6"].declarations == 1 and "3" not in counts
    recent = store.recent_packs()
    assert recent[0].sha256 == sha and recent[0].meeting.body == "Cabinet"
    assert (recent[0].notes, recent[0].questions, recent[0].declarations) == (1, 1, 1)
    assert store.last_page(sha) is None
    store.set_last_page(sha, 7)
    assert store.last_page(sha) == 7
    for p in (5, 6, 6):
        store.mark_page_read(sha, p)
    progress = store.item_progress(sha, tree)
    assert progress["4"] == pytest.approx(2 / 3) and progress["5"] == 0.0 and "1" not in progress


def test_register_twice_is_not_new_and_remembers_paths(
    registered: tuple[Store, str, AgendaTree], tmp_path: Path
) -> None:
    store, sha, tree = registered
    res = store.register_pack(tree, str(tmp_path / "renamed copy.pdf"))
    assert not res.is_new and res.carried == []
    assert str(tmp_path / "renamed copy.pdf") in store.pack_paths(sha)
    assert len(store.pack_paths(sha)) == 2


def test_forget_pack_removes_records_and_text(registered: tuple[Store, str, AgendaTree]) -> None:
    store, sha, _ = registered
    store.add_note(sha, "4", "bridge")
    store.index_pack_text(sha, ["bridge page"])
    store.forget_pack(sha)
    assert store.recent_packs() == [] and not store.has_pack_text(sha)
    n = store.conn.execute("SELECT count(*) FROM records_fts").fetchone()[0]
    assert n == 0 and store.conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 0


def test_database_is_private_and_in_wal(store: Store, data_dir: Path) -> None:
    assert stat.S_IMODE(os.stat(data_dir).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(store.path).st_mode) == 0o600
    store.set_setting("member_name", "Cllr Ng")  # a write creates the WAL file
    wal = Path(str(store.path) + "-wal")
    assert wal.exists() and stat.S_IMODE(os.stat(wal).st_mode) == 0o600
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_two_stores_in_two_threads_both_write(
    registered: tuple[Store, str, AgendaTree], data_dir: Path
) -> None:
    import threading

    _, sha, _ = registered
    errors: list[BaseException] = []

    def writer(tag: str) -> None:
        try:
            with Store(data_dir) as mine:  # one Store per thread, as the UI's workers do
                for i in range(40):
                    mine.add_question(sha, "4", f"{tag} {i}")
        except BaseException as err:  # reported below: a thread cannot fail the test itself
            errors.append(err)

    threads = [threading.Thread(target=writer, args=(t,)) for t in ("ui", "worker")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    questions = registered[0].questions(sha, "4")
    assert len({q.text for q in questions}) == 80
    assert sorted(q.position for q in questions) == list(range(80))
