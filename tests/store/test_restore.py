"""Taking records out and putting them back (undo): same id, same uid, searchable again."""

from __future__ import annotations

import pytest

from boardprep.core.errors import NotFoundError, UsageError
from boardprep.core.model import AgendaTree
from boardprep.core.search import search
from boardprep.core.store import Store


def test_a_deleted_question_comes_back_the_same(registered: tuple[Store, str, AgendaTree]) -> None:
    store, sha, _ = registered
    first = store.add_question(sha, "4", "Who pays for the bridge?")
    second = store.add_question(sha, "4", "When does it open?", asker="Cllr Ames")
    store.update_question(second.id, status="ready", answer="In May")
    before = store.get("question", second.id)

    row = store.take_record("question", second.id)
    assert [q.id for q in store.questions(sha, "4")] == [first.id]
    assert not [h for h in search(store, sha, "open") if h.kind == "question"]
    assert store.restore_record("question", row) == second.id
    assert store.get("question", second.id) == before  # every field, position included
    assert [q.id for q in store.questions(sha, "4")] == [first.id, second.id]
    assert [h.record_id for h in search(store, sha, "open") if h.kind == "question"] == [second.id]


def test_a_taken_id_gives_an_equivalent_record(registered: tuple[Store, str, AgendaTree]) -> None:
    store, sha, _ = registered
    note = store.add_note(sha, "4", "phasing", page=6, rect=(1, 2, 3, 4), quote="phasing")
    row = store.take_record("note", note.id)
    other = store.add_note(sha, "4", "another")  # SQLite reuses the freed last id
    assert other.id == note.id
    new_id = store.restore_record("note", row)
    assert new_id != note.id
    back = store.get("note", new_id)
    assert (back.uid, back.text, back.rect, back.page) == (note.uid, "phasing", note.rect, 6)


def test_highlights_of_an_item_and_their_colour(
    registered: tuple[Store, str, AgendaTree],
) -> None:
    store, sha, _ = registered
    quad = (0, 0, 1, 0, 0, 1, 1, 1)
    late = store.add_highlight(sha, 7, [quad], "later page", item="4")
    early = store.add_highlight(sha, 6, [quad], "first page", item="4")
    store.add_highlight(sha, 6, [quad], "elsewhere", item="5")
    assert [h.id for h in store.item_highlights(sha, "4")] == [early.id, late.id]
    assert store.set_highlight_colour(early.id, "#A5D6A7").colour == "#a5d6a7"
    with pytest.raises(UsageError):
        store.set_highlight_colour(early.id, "green; drop table")
    row = store.take_record("highlight", early.id)
    assert store.restore_record("highlight", row) == early.id
    assert store.get("highlight", early.id).colour == "#a5d6a7"
    with pytest.raises(NotFoundError):
        store.take_record("highlight", 9999)
