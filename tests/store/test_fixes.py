"""The member's corrections to the agenda in the store, the CLI, bundles and re-issues."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from boardprep import cli as cli_main
from boardprep.core.bundle import import_bundle
from boardprep.core.corrections import new_op
from boardprep.core.errors import UsageError
from boardprep.core.export import export
from boardprep.core.model import AgendaTree
from boardprep.core.store import Store
from tests.store.fixtures import ISSUE_1, ISSUE_2, build_pack, page_texts
from tests.store.test_cli import Cli


def test_corrected_tree_and_engine_tree(registered: tuple[Store, str, AgendaTree]) -> None:
    store, sha, _engine = registered
    store.add_correction(sha, new_op("rename", item="Item 4.", title="Riverside (revised)"))
    assert store.tree(sha).find_item("4").title == "Riverside (revised)"
    assert store.tree(sha).find_item("4").corrected
    assert store.engine_tree(sha).find_item("4").title == "Riverside Regeneration Scheme"
    assert store.corrections(sha)[0]["item"] == "4"  # stored by the tree's own number
    with pytest.raises(UsageError, match="no item 9"):
        store.add_correction(sha, new_op("rename", item="9", title="x"))
    assert len(store.corrections(sha)) == 1


def test_renumbering_moves_records_and_undo_moves_them_back(
    registered: tuple[Store, str, AgendaTree],
) -> None:
    store, sha, _ = registered
    note = store.add_note(sha, "4", "Ask about phase two")
    store.set_item_note(sha, "4", "My item note")
    q = store.add_question(sha, "4", "Who pays?")
    d = store.add_declaration(sha, "4", interest="pecuniary", nature="I own a boat", withdraw=False)
    fix = store.add_correction(sha, new_op("renumber", item="4", number="4A"))
    assert {r[0] for r in fix.moved} >= {"notes", "questions", "declarations"}
    assert store.get("note", note.id).item == "4A"
    assert store.get("question", q.id).item == "4A"
    assert store.get("declaration", d.id).item == "4A"
    assert store.item_note_text(sha, "4A") == "My item note"
    assert store.tree(sha).find_item("4") is None
    store.add_note(sha, "4A", "filed under the new number")
    assert store.remove_correction(sha, fix.op["uid"], fix.moved)
    assert store.get("question", q.id).item == "4"
    assert store.tree(sha).find_item("4") is not None


def test_added_item_takes_records_and_merge_moves_them(
    registered: tuple[Store, str, AgendaTree],
) -> None:
    store, sha, _ = registered
    store.add_correction(sha, new_op("add_item", number="4b", title="Footbridge", page=6))
    n = store.add_note(sha, "4b", "On the new item")
    assert store.tree(sha).find_item("4").pdf_pages == (5, 5)
    store.add_correction(sha, new_op("merge", item="4b", into="4"))
    assert store.get("note", n.id).item == "4"


def test_corrections_survive_a_new_analysis_and_report_what_no_longer_applies(
    registered: tuple[Store, str, AgendaTree], pack1: tuple[Path, AgendaTree]
) -> None:
    store, sha, engine = registered
    store.add_correction(sha, new_op("rename", item="6", title="Libraries (v2)"))
    store.add_correction(sha, new_op("rename", item="5", title="Parking (v2)"))
    newer = AgendaTree.from_json(engine.to_json(with_labels=True))
    newer.items = [it for it in newer.items if it.number != "5"]  # a new engine lost item 5
    store.register_pack(newer, str(pack1[0]))
    result = store.corrected(sha)
    assert result.tree.find_item("6").title == "Libraries (v2)"
    assert [op["item"] for op, _ in result.failed] == ["5"]
    assert len(store.corrections(sha)) == 2  # kept, not dropped


def test_carry_over_to_a_reissued_pack(store: Store, tmp_path: Path) -> None:
    p1, p2 = tmp_path / "one.pdf", tmp_path / "two.pdf"
    t1, t2 = build_pack(p1, ISSUE_1), build_pack(p2, ISSUE_2)
    store.register_pack(t1, str(p1), page_texts=page_texts(p1))
    store.add_correction(t1.pack.sha256, new_op("rename", item="6", title="Libraries (fixed)"))
    store.add_correction(t1.pack.sha256, new_op("exempt", item="5", exempt=True))
    opened = store.register_pack(t2, str(p2), page_texts=page_texts(p2))
    sha2 = t2.pack.sha256
    assert store.tree(sha2).find_item("6").title == "Libraries (fixed)"
    assert [op["op"] for op in store.corrections(sha2)] == ["rename"]
    assert any("item 5" in line for line in opened.corrections_not_carried)


def _run(*argv: str) -> int:
    return cli_main.main(list(argv))


def test_cli_fix_agenda_json_and_engine(
    tmp_path: Path, pack1: tuple[Path, AgendaTree], capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    path, tree = pack1
    from boardprep.core.engine import analysis
    from boardprep.core.store import packref

    monkeypatch.setattr(packref, "analyze_pack", lambda p, d: tree)
    monkeypatch.setattr(analysis, "analyze", lambda p, **kw: tree)
    data = str(tmp_path / "data")
    pack = str(path)
    assert _run("fix", pack, "--item", "4", "--title", "Riverside (new)", "--start", "p4",
                "--data-dir", data) == 0  # fmt: skip
    assert "corrected: rename item 4" in capsys.readouterr().out
    assert _run("fix", pack, "--add-item", "7", "--title", "Late item", "--start", "#11",
                "--data-dir", data) == 0  # fmt: skip
    assert _run("fix", pack, "--delete-item", "2", "--data-dir", data) == 0
    assert _run("fix", pack, "--item", "5", "--number", "5A", "--exempt", "yes",
                "--data-dir", data) == 0  # fmt: skip
    capsys.readouterr()
    assert _run("agenda", pack, "--json", "--data-dir", data) == 0
    got = json.loads(capsys.readouterr().out)
    by = {i["number"]: i for i in got["items"]}
    assert by["4"]["title"] == "Riverside (new)" and by["4"]["corrected"] is True
    assert by["4"]["pdf_pages"] == [6, 7] and by["4"]["pack_pages"] == [4, 5]
    assert by["3"]["pdf_pages"] == [3, 4] and "corrected" not in by["3"]
    assert by["7"]["pdf_pages"] == [11, 11] and by["6"]["pdf_pages"] == [10, 10]
    assert "2" not in by and by["5A"]["exempt"] is True
    assert "corrected" not in by["1"]
    assert set(by["1"]) == set(tree.to_json()["items"][0])
    assert _run("agenda", pack, "--json", "--engine", "--data-dir", data) == 0
    assert json.loads(capsys.readouterr().out) == tree.to_json()
    assert _run("fix", pack, "--item", "4", "--start", "p99", "--data-dir", data) == 2
    assert "names no page" in capsys.readouterr().err
    assert _run("fix", pack, "--item", "9", "--title", "x", "--data-dir", data) == 2
    assert "no item 9" in capsys.readouterr().err


def test_agenda_bundle_with_a_note_into_a_fresh_data_dir(
    tmp_path: Path, pack1: tuple[Path, AgendaTree]
) -> None:
    cli = Cli(tmp_path / "a", *pack1)
    r = cli("fix", cli.pack, "--item", "4", "--title", "Riverside (new)", "--start", "p4")
    assert r.returncode == 0, r.stderr
    r = cli("add", "note", cli.pack, "--item", "4", "--text", "Ask about the bridge")
    assert r.returncode == 0, r.stderr
    agenda, notes = tmp_path / "agenda.json", tmp_path / "notes.json"
    r = cli("export", cli.pack, "--what", "agenda", "--format", "json", "-o", str(agenda))
    assert r.returncode == 0, r.stderr
    bundle = json.loads(agenda.read_text())
    assert bundle["kind"] == "agenda" and bundle["corrections"]["version"] == 1
    assert bundle["agenda"]["items"][3]["title"] == "Riverside (new)"
    r = cli("export", cli.pack, "--what", "notes", "--format", "json", "-o", str(notes))
    assert r.returncode == 0, r.stderr
    for order in ((agenda, notes), (notes, agenda), (notes,)):
        fresh = Store(tmp_path / f"fresh-{len(order)}-{order[0].stem}")
        for f in order:
            import_bundle(fresh, f)
        sha = pack1[1].pack.sha256
        item = fresh.tree(sha).find_item("4")
        assert item.title == "Riverside (new)" and item.corrected and item.pdf_pages == (6, 7)
        assert [n.text for n in fresh.notes(sha, "4")] == ["Ask about the bridge"]
        again = import_bundle(fresh, agenda)  # idempotent
        assert "agenda correction" not in again.added
        fresh.close()


def test_agenda_bundle_strict_versioned(
    tmp_path: Path, registered: tuple[Store, str, AgendaTree]
) -> None:
    store, sha, _ = registered
    store.add_correction(sha, new_op("rename", item="4", title="X"))
    out = tmp_path / "a.json"
    export(store, sha, "agenda", "json", out)
    data = json.loads(out.read_text())
    data["corrections"]["version"] = 99
    bad = tmp_path / "b.json"
    bad.write_text(json.dumps(data))
    from boardprep.core.bundle_schema import BundleError

    with pytest.raises(BundleError, match="newer boardprep"):
        import_bundle(Store(tmp_path / "x"), bad)
    data["corrections"] = {"version": 1, "operations": [{"op": "start", "item": "4", "page": "x"}]}
    bad.write_text(json.dumps(data))
    with pytest.raises(BundleError, match="page number"):
        import_bundle(Store(tmp_path / "y"), bad)


def test_cli_merge_with_the_next_item_and_split_at_a_page(
    tmp_path: Path, pack1: tuple[Path, AgendaTree], capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    path, tree = pack1
    from boardprep.core.store import packref

    monkeypatch.setattr(packref, "analyze_pack", lambda p, d: tree)
    data, pack, sha = str(tmp_path / "data"), str(path), tree.pack.sha256
    with Store(tmp_path / "data") as store:
        store.register_pack(tree, pack)
        n4 = store.add_note(sha, "4", "On the riverside report")
        q5 = store.add_question(sha, "5", "Why raise parking charges?")
        d6 = store.add_declaration(sha, "6", interest="other", nature="I use it", withdraw=False)

    # Split item 4 (pages 3-5 as printed, #5-7) at printed page 4: a new 4a from there on.
    assert _run("fix", pack, "--split-item", "4", "--at", "p4", "--title", "Riverside: costs",
                "--data-dir", data) == 0  # fmt: skip
    assert "corrected: split item 4 at page 4 (#6) as item 4a" in capsys.readouterr().out
    # Merge item 5 with the next one (6): 5 keeps its number and title, 6's records follow.
    assert _run("fix", pack, "--merge-item", "5", "--data-dir", data) == 0
    assert "merge item 6 into item 5" in capsys.readouterr().out
    with Store(tmp_path / "data") as store:
        t = store.tree(sha)
        assert [i.number for i in t.items] == ["1", "2", "3", "4", "4a", "5"]
        assert t.find_item("4").pdf_pages == (5, 5) and t.find_item("4a").pdf_pages == (6, 7)
        assert t.find_item("4a").title == "Riverside: costs" and t.find_item("4a").corrected
        assert t.find_item("5").pdf_pages == (8, 11) and t.find_item("5").corrected
        assert t.find_item("5").title == "Car Parking Charges Review"
        assert store.get("note", n4.id).item == "4"  # notes stay on the first part
        assert store.get("question", q5.id).item == "5"
        assert store.get("declaration", d6.id).item == "5"  # the merged item's records follow
        q6 = store.add_question(sha, "5", "filed on the merged item")
    assert _run("fix", pack, "--split-item", "5", "--at", "#10", "--title", "Libraries",
                "--number", "6", "--data-dir", data) == 0  # fmt: skip
    capsys.readouterr()
    assert _run("agenda", pack, "--json", "--data-dir", data) == 0
    by = {i["number"]: i for i in json.loads(capsys.readouterr().out)["items"]}
    assert by["6"]["pdf_pages"] == [10, 11] and by["6"]["corrected"] is True
    assert by["5"]["pdf_pages"] == [8, 9]

    # What cannot be done is said, exit status 2, nothing stored.
    assert _run("fix", pack, "--merge-item", "6", "--data-dir", data) == 2
    assert "no item follows item 6" in capsys.readouterr().err
    assert _run("fix", pack, "--split-item", "4a", "--at", "#6", "--title", "x",
                "--data-dir", data) == 2  # fmt: skip
    assert "cannot be split at page 4 (#6)" in capsys.readouterr().err
    assert _run("fix", pack, "--split-item", "4", "--title", "x", "--data-dir", data) == 2
    assert "--at PAGE" in capsys.readouterr().err

    # Undo takes back the latest (the split of 5), then the merge: item 6's records go back to
    # it (what the merge moved is kept in the database, so another process can undo it).
    assert _run("fix", pack, "--undo", "--data-dir", data) == 0
    assert _run("fix", pack, "--undo", "--data-dir", data) == 0
    with Store(tmp_path / "data") as store:
        t = store.tree(sha)
        assert [i.number for i in t.items] == ["1", "2", "3", "4", "4a", "5", "6"]
        assert store.get("question", q5.id).item == "5"
        assert store.get("declaration", d6.id).item == "6"
        assert store.get("question", q6.id).item == "5"
        assert (
            store.conn.execute(
                "SELECT count(*) FROM settings WHERE key LIKE 'agenda_fix_moved:%'"
            ).fetchone()[0]
            == 0
        )


def test_cli_agenda_pages_read_the_agenda_again(
    tmp_path: Path, pack1: tuple[Path, AgendaTree], capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """The engine missed most of the agenda; the member says it is on page #2: the engine's
    stages read it from there (core.agenda_reread), kept as a correction, undoable."""
    path, truth = pack1
    wrong = AgendaTree.from_json(truth.to_json(with_labels=True))
    wrong.items = wrong.items[:2]  # what a confused engine might have found
    from boardprep.core.store import packref

    monkeypatch.setattr(packref, "analyze_pack", lambda p, d: wrong)
    data, pack, sha = str(tmp_path / "data"), str(path), truth.pack.sha256
    assert _run("fix", pack, "--agenda-page", "#2", "--data-dir", data) == 0
    assert "the agenda is read from page #2 (6 items)" in capsys.readouterr().out
    with Store(tmp_path / "data") as store:
        t = store.tree(sha)
        assert [i.number for i in t.items] == ["1", "2", "3", "4", "5", "6"]
        assert t.find_item("4").pdf_pages == (5, 7) and t.find_item("4").corrected
        assert store.engine_tree(sha).find_item("4") is None  # the engine's own is kept
        assert store.corrections(sha) == [
            {"op": "agenda_page", "page": 2, "uid": store.corrections(sha)[0]["uid"]}
        ]
        store.add_note(sha, "4", "On an item the engine had missed")
    # Other corrections apply on top of the agenda read again.
    assert _run("fix", pack, "--item", "4", "--title", "Riverside (new)", "--data-dir", data) == 0
    capsys.readouterr()
    assert _run("agenda", pack, "--json", "--data-dir", data) == 0
    by = {i["number"]: i for i in json.loads(capsys.readouterr().out)["items"]}
    assert by["4"]["title"] == "Riverside (new)" and by["6"]["corrected"] is True

    # A page with no agenda on it changes nothing, and says so.
    assert _run("fix", pack, "--agenda-page", "#1", "--data-dir", data) == 2
    assert "no agenda items could be read on page #1; nothing was changed" in (
        capsys.readouterr().err
    )
    assert _run("fix", pack, "--agenda-page", "#99", "--data-dir", data) == 2
    assert "names no pages of this pack" in capsys.readouterr().err

    # Undo (the rename, then the mark): the engine's agenda again, the note kept (unplaced).
    assert _run("fix", pack, "--undo", "--data-dir", data) == 0
    assert _run("fix", pack, "--undo", "--data-dir", data) == 0
    with Store(tmp_path / "data") as store:
        assert [i.number for i in store.tree(sha).items] == ["1", "2"]
        assert store.reread_pending(sha) == []
        # Marks that came without their reading (a bundle, a re-issue) wait for it. (Page #2
        # alone was read above and is kept: marking it again would need no new reading.)
        store.merge_corrections(sha, [new_op("agenda_page", page=p) for p in (2, 3)])
        assert store.reread_pending(sha) == [2, 3]
        assert [i.number for i in store.tree(sha).items] == ["1", "2"]
    assert _run("agenda", pack, "--data-dir", data) == 0
    assert "has not been read from them yet" in capsys.readouterr().out
