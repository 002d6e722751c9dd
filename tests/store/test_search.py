from __future__ import annotations

from pathlib import Path

import pytest

from boardprep.core.model import AgendaTree
from boardprep.core.search import fts_query, search
from boardprep.core.store import Store
from tests.store.fixtures import page_texts


@pytest.fixture
def indexed(
    registered: tuple[Store, str, AgendaTree], pack1: tuple[Path, AgendaTree]
) -> tuple[Store, str]:
    store, sha, _ = registered
    store.index_pack_text(sha, page_texts(pack1[0]))
    return store, sha


def test_pack_text_hits_carry_physical_pages_and_items(indexed: tuple[Store, str]) -> None:
    store, sha = indexed
    hits = search(store, sha, "footbridge contract")
    assert [(h.kind, h.pdf_page, h.item) for h in hits] == [("pack", 6, "4")]
    assert "[footbridge]" in hits[0].snippet and "[contract]" in hits[0].snippet
    assert store.has_pack_text(sha)


def test_records_are_searchable_and_kept_in_sync(indexed: tuple[Store, str]) -> None:
    store, sha = indexed
    note = store.add_note(sha, "4", "Check the towpath lighting budget", page=5)
    q = store.add_question(sha, "6", "Will mobile library visits continue?")
    d = store.add_declaration(sha, "5", interest="other", nature="my sister runs a taxi rank",
                              withdraw=False)  # fmt: skip
    assert [(h.kind, h.record_id, h.pdf_page) for h in search(store, sha, "towpath")] == [
        ("note", note.id, 5)
    ]
    assert [h.record_id for h in search(store, sha, "mobile")] == [q.id]
    assert [h.kind for h in search(store, sha, "taxi")] == ["declaration"]
    store.update_note(note.id, "Check the canal lighting budget")
    assert search(store, sha, "towpath") == []
    assert [h.record_id for h in search(store, sha, "canal")] == [note.id]
    store.update_question(q.id, answer="Yes, fortnightly")
    assert [h.record_id for h in search(store, sha, "fortnightly")] == [q.id]
    store.delete_declaration(d.id)
    assert search(store, sha, "taxi") == []


@pytest.mark.parametrize(
    "query",
    ['"unbalanced', "NEAR(a b)", "bridge AND", "* OR -", "col:bridge", "^start", "a)(b", "'", ""],
)
def test_fts_syntax_in_queries_is_plain_text(indexed: tuple[Store, str], query: str) -> None:
    store, sha = indexed
    search(store, sha, query)  # must not raise sqlite3.OperationalError


def test_query_tokens_are_quoted() -> None:
    assert fts_query('bridge "AND" cost*') == '"bridge" "AND" "cost"*'
    assert fts_query("?!") is None


def test_prefix_of_last_word_matches(indexed: tuple[Store, str]) -> None:
    store, sha = indexed
    assert {h.pdf_page for h in search(store, sha, "Librar")} == {2, 10, 11}  # agenda too
    assert search(store, sha, "Riverside footbri")[0].pdf_page == 6


def test_search_is_per_pack(indexed: tuple[Store, str], tmp_path: Path) -> None:
    store, sha = indexed
    store.add_note(sha, "4", "zebra crossing")
    other = AgendaTree.from_json(store.tree(sha).to_json())
    other.pack.sha256 = "0" * 64
    other.meeting.date = "2027-01-01"  # another meeting: nothing carried over
    store.register_pack(other, str(tmp_path / "other.pdf"))
    assert search(store, "0" * 64, "zebra") == []
    assert search(store, "0" * 64, "footbridge") == []


def test_snippet_marks_matches_around_the_first_hit() -> None:
    from boardprep.core.search import _marker, snippet

    text = " ".join(f"word{i}" for i in range(40)) + " the Footbridge contracts end " + "x " * 30
    out = snippet(text, _marker("footbridge contract"), words=8)
    assert out.startswith("…") and out.endswith("…")
    assert "[Footbridge] [contracts]" in out and len(out.strip("…").split()) == 8
    assert snippet("short text", _marker("absent")) == "short text"
