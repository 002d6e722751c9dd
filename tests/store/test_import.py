from __future__ import annotations

import json
from pathlib import Path

import pytest

from boardprep.core.bundle import BundleError, import_bundle
from boardprep.core.export import export
from boardprep.core.model import AgendaTree
from boardprep.core.store import Store


def _other_members_bundle(pack1: tuple[Path, AgendaTree], tmp_path: Path) -> Path:
    """Cllr Ng's questions, exported from her own data dir."""
    path, tree = pack1
    theirs = Store(tmp_path / "ng-data")
    try:
        theirs.set_setting("member_name", "Cllr Ng")
        theirs.register_pack(tree, str(path))
        sha = tree.pack.sha256
        theirs.add_question(sha, "4", "Who maintains the footbridge?")
        theirs.add_question(sha, "6", "Are Saturday hours protected?")
        out = tmp_path / "ng-questions.json"
        export(theirs, sha, "questions", "json", out)
    finally:
        theirs.close()
    return out


def test_import_is_idempotent_flags_duplicates_and_keeps_provenance(
    registered: tuple[Store, str, AgendaTree], pack1, tmp_path: Path
) -> None:
    store, sha, _ = registered
    mine = store.add_question(sha, "4", "who maintains the footbridge")  # same, other spelling
    bundle = _other_members_bundle(pack1, tmp_path)

    first = import_bundle(store, bundle)
    # The same question from Cllr Ng is grouped with mine, never dropped (issue 10).
    assert first.added == {"question": 2} and first.source == "Cllr Ng"
    assert first.duplicates == [{"item": "4", "text": "Who maintains the footbridge?"}]
    imported = store.questions(sha, "6")[0]
    assert imported.source == "Cllr Ng" and imported.text == "Are Saturday hours protected?"
    assert imported.asker == "Cllr Ng"  # the bundle's member becomes the asker
    mine_again, theirs = store.questions(sha, "4")
    assert mine_again == mine and theirs.group_uid == mine.uid and theirs.asker == "Cllr Ng"

    second = import_bundle(store, bundle)
    assert second.added == {} and second.already_present == 2 and not second.duplicates
    assert len(store.questions(sha)) == 3


def test_import_works_without_the_pack(pack1, tmp_path: Path) -> None:
    bundle = _other_members_bundle(pack1, tmp_path)
    fresh = Store(tmp_path / "clerk-data")
    try:
        result = import_bundle(fresh, bundle)
        assert not result.pack_was_known and result.added == {"question": 2}
        sha = pack1[1].pack.sha256
        assert fresh.tree(sha).meeting.body == "Cabinet"
        assert [q.item for q in fresh.questions(sha)] == ["4", "6"]
    finally:
        fresh.close()


def test_backup_restores_everything(
    registered: tuple[Store, str, AgendaTree], tmp_path: Path
) -> None:
    store, sha, _ = registered
    store.add_note(sha, "4", "my own note", page=6, rect=(1, 2, 3, 4), quote="phases")
    store.set_item_note(sha, "3", "item note")
    store.add_declaration(sha, "5", interest="non-registrable", nature="neighbour", withdraw=True)
    store.add_highlight(sha, 6, [(1, 2, 3, 4, 5, 6, 7, 8)], "phases", colour="#00ff00")
    store.add_bookmark(sha, 7, "costs")
    q = store.add_question(sha, "4", "own question")
    export(store, sha, "everything", "json", tmp_path / "backup.json")

    restored = Store(tmp_path / "new-laptop")
    try:
        res = import_bundle(restored, tmp_path / "backup.json")
        assert res.added == {"note": 2, "question": 1, "declaration": 1, "highlight": 1,
                             "bookmark": 1}  # fmt: skip
        for kind, getter in (("notes", "notes"), ("declarations", "declarations"),
                             ("highlights", "highlights"), ("bookmarks", "bookmarks")):  # fmt: skip
            ours = [_no_id(r) for r in getattr(store, getter)(sha)]
            theirs = [_no_id(r) for r in getattr(restored, getter)(sha)]
            assert ours == theirs, kind
        assert restored.questions(sha)[0].source is None  # own words: no provenance added
        assert restored.questions(sha)[0].uid == q.uid
        assert import_bundle(restored, tmp_path / "backup.json").added == {}
    finally:
        restored.close()


def _no_id(record: object) -> dict:
    d = dict(vars(record))
    d.pop("id")
    return d


def test_not_a_bundle_is_refused_in_one_sentence(store: Store, tmp_path: Path) -> None:
    bad = tmp_path / "x.json"
    bad.write_text(json.dumps({"hello": 1}))
    with pytest.raises(BundleError, match="not a boardprep bundle"):
        import_bundle(store, bad)
    bad.write_text("{nope")
    with pytest.raises(BundleError, match="not valid JSON"):
        import_bundle(store, bad)


def test_unknown_values_from_a_bundle_are_made_safe(pack1, tmp_path: Path) -> None:
    bundle = _other_members_bundle(pack1, tmp_path)
    data = json.loads(bundle.read_text())
    data["records"]["questions"][0].update(status="urgent!!")
    data["kind"] = "backup"  # Cllr Ng's own backup, with an interest kind from elsewhere
    data["records"]["declarations"] = [{"uid": "x1", "item": "5", "interest": "prejudicial",
                                        "nature": "old wording", "withdraw": True}]  # fmt: skip
    bundle.write_text(json.dumps(data))
    fresh = Store(tmp_path / "clerk-data")
    try:
        fresh.set_setting("member_name", "cllr  ng")  # the same member, on another computer
        result = import_bundle(fresh, bundle)
        assert result.own
        assert any("status" in w and "urgent!!" in w for w in result.warnings)
        assert any("prejudicial" in w for w in result.warnings)
        sha = pack1[1].pack.sha256
        q = fresh.questions(sha, "4")[0]
        assert (q.status, q.source) == ("draft", None)
        assert fresh.declarations(sha)[0].interest == "other"
        assert fresh.recent_packs() == []  # known from a bundle only: no file to open
        assert len(fresh.recent_packs(include_unopened=True)) == 1
    finally:
        fresh.close()


def test_a_colleagues_backup_never_becomes_the_members_own(
    registered: tuple[Store, str, AgendaTree], pack1, tmp_path: Path
) -> None:
    store, sha, _ = registered
    store.set_setting("member_name", "Cllr Amberley")
    bundle = _other_members_bundle(pack1, tmp_path)
    data = json.loads(bundle.read_text())
    data["kind"] = "backup"  # claims to be a backup...
    data["records"]["declarations"] = [{"uid": "d1", "item": "5", "interest": "pecuniary",
                                        "nature": "Ng's garage", "withdraw": True}]  # fmt: skip
    data["records"]["notes"] = [{"uid": "n1", "item": "4", "text": "Ng's note",
                                 "is_item_note": True}]  # fmt: skip
    bundle.write_text(json.dumps(data))
    result = import_bundle(store, bundle)
    assert not result.own and result.source == "Cllr Ng"
    assert "made by Cllr Ng, not by you" in result.warnings[0]
    assert {q.source for q in store.questions(sha)} == {"Cllr Ng"}
    assert store.declarations(sha) == []  # personal: never imported as the member's
    assert any("declaration" in w for w in result.warnings)
    note = store.notes(sha, "4")[0]
    assert note.source == "Cllr Ng" and not note.is_item_note
    assert store.item_note_text(sha, "4") == ""


def test_unknown_items_and_kinds_are_reported(pack1, tmp_path: Path) -> None:
    bundle = _other_members_bundle(pack1, tmp_path)
    data = json.loads(bundle.read_text())
    data["records"]["questions"][0]["item"] = "99"
    data["records"]["questions"][1]["colour_of_hat"] = "red"
    data["records"]["votes"] = [{"uid": "v1"}]
    data["extra"] = 1
    bundle.write_text(json.dumps(data))
    fresh = Store(tmp_path / "clerk-data")
    try:
        result = import_bundle(fresh, bundle)
        text = "\n".join(result.warnings)
        assert "items this pack's agenda does not have: kept as unplaced (99)" in text
        assert "colour_of_hat" in text and "votes" in text and "extra" in text
        sha = pack1[1].pack.sha256
        assert [q.text for q in fresh.unplaced(sha)] == ["Who maintains the footbridge?"]
    finally:
        fresh.close()


def test_a_backup_with_unplaced_records_restores_them(
    registered: tuple[Store, str, AgendaTree], tmp_path: Path
) -> None:
    """Records carried from an earlier issue with no home have no item and no page."""
    store, sha, _ = registered
    store.add_highlight(sha, 6, [(1, 2, 3, 4, 5, 6, 7, 8)], "phases")
    store.add_bookmark(sha, 7, "costs")
    store.add_note(sha, "4", "anchored", page=6, rect=(1, 2, 3, 4))
    for table in ("highlights", "bookmarks", "notes"):
        store.conn.execute(f"UPDATE {table} SET item=NULL, page=NULL, pack_page=NULL")
    export(store, sha, "everything", "json", tmp_path / "backup.json")
    restored = Store(tmp_path / "new-laptop")
    try:
        res = import_bundle(restored, tmp_path / "backup.json")
        assert res.own and res.added == {"note": 1, "highlight": 1, "bookmark": 1}
        assert len(restored.unplaced(sha)) == 3
    finally:
        restored.close()


def test_a_backup_round_trips_every_legitimate_value(
    registered: tuple[Store, str, AgendaTree], tmp_path: Path
) -> None:
    store, sha, _ = registered
    store.set_setting("member_name", "Cllr Priya Amberley")
    text = "Café — naïve 😀 ‘quoted’\n\tindented line\n" + "long " * 20_000
    store.add_note(sha, "4", text, page=6, rect=(0.5, 1.25, 300, 841.9), quote="two phases")
    store.add_question(sha, "6", text, status="answered", asker="Cllr Ng (vice-chair)")
    store.add_declaration(
        sha, "5", interest="pecuniary", nature=text, withdraw=True,
        dispensation="Standards, 2026", sensitive=True, action="not vote",
    )  # fmt: skip
    store.add_highlight(sha, 6, [(0, 0, 595, 0, 0, 842, 595, 842)] * 40, text, colour="#A1b2C3")
    store.add_bookmark(sha, 11, "")
    export(store, sha, "everything", "json", tmp_path / "b.json")
    restored = Store(tmp_path / "laptop")
    try:
        restored.set_setting("member_name", "Cllr Priya Amberley")
        res = import_bundle(restored, tmp_path / "b.json")
        assert res.own and res.warnings == []
        for getter in ("notes", "questions", "declarations", "highlights", "bookmarks"):
            ours = [_no_id(r) for r in getattr(store, getter)(sha)]
            theirs = [_no_id(r) for r in getattr(restored, getter)(sha)]
            assert ours == theirs, getter
    finally:
        restored.close()


def test_import_is_linear_8000_questions_well_under_2_s(pack1, tmp_path: Path) -> None:
    import time
    import uuid

    bundle = _other_members_bundle(pack1, tmp_path)
    data = json.loads(bundle.read_text())
    data["records"]["questions"] = [
        {"uid": uuid.uuid4().hex, "item": "4" if i % 2 else "6", "text": f"Question {i}?",
         "status": "draft", "asker": None, "answer": None, "created": "2026-01-01T00:00:00Z",
         "updated": "2026-01-01T00:00:00Z", "kind": "question", "id": i}
        for i in range(8_000)
    ]  # fmt: skip
    data["records"]["questions"].append(dict(data["records"]["questions"][0], uid="dup"))
    bundle.write_text(json.dumps(data, indent=2))
    fresh = Store(tmp_path / "clerk-data")
    try:
        start = time.perf_counter()
        result = import_bundle(fresh, bundle)
        took = time.perf_counter() - start
        # The copy is grouped with its original, never dropped (issue 10).
        assert result.added == {"question": 8_001} and len(result.duplicates) == 1
        assert took < 2.0, took
        sha = pack1[1].pack.sha256
        assert [q.position for q in fresh.questions(sha, "4")[:3]] == [0, 1, 2]
    finally:
        fresh.close()
