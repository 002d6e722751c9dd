from __future__ import annotations

import json
from pathlib import Path

import pytest

from boardprep.core.bundle import import_bundle
from boardprep.core.errors import UsageError
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
    assert first.added == {"question": 1} and first.source == "Cllr Ng"
    assert first.duplicates == [{"item": "4", "text": "Who maintains the footbridge?"}]
    imported = store.questions(sha, "6")[0]
    assert imported.source == "Cllr Ng" and imported.text == "Are Saturday hours protected?"
    assert store.questions(sha, "4") == [mine]

    second = import_bundle(store, bundle)
    assert second.added == {} and second.already_present == 1 and len(second.duplicates) == 1
    assert len(store.questions(sha)) == 2


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


def test_not_a_bundle_is_a_usage_error(store: Store, tmp_path: Path) -> None:
    bad = tmp_path / "x.json"
    bad.write_text(json.dumps({"hello": 1}))
    with pytest.raises(UsageError, match="not a boardprep bundle"):
        import_bundle(store, bad)
    bad.write_text("{nope")
    with pytest.raises(UsageError, match="not readable JSON"):
        import_bundle(store, bad)


def test_unknown_values_from_a_bundle_are_made_safe(pack1, tmp_path: Path) -> None:
    bundle = _other_members_bundle(pack1, tmp_path)
    data = json.loads(bundle.read_text())
    data["records"]["questions"][0].update(status="urgent!!", text=42)
    data["records"]["declarations"] = [{"uid": "x1", "item": "5", "interest": "prejudicial",
                                        "nature": "old wording", "withdraw": True}]  # fmt: skip
    bundle.write_text(json.dumps(data))
    fresh = Store(tmp_path / "clerk-data")
    try:
        import_bundle(fresh, bundle)
        sha = pack1[1].pack.sha256
        q = fresh.questions(sha, "4")[0]
        assert (q.status, q.text) == ("draft", "42")
        assert fresh.declarations(sha)[0].interest == "other"
        assert fresh.recent_packs() == []  # known from a bundle only: no file to open
        assert len(fresh.recent_packs(include_unopened=True)) == 1
    finally:
        fresh.close()
