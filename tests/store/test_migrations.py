from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from boardprep.core.search import search
from boardprep.core.store import DatabaseTooNewError, Store
from boardprep.core.store import migrations as mig
from boardprep.core.store.db import DB_NAME, connect, utils_db
from tests.store.fixtures import ISSUE_1, ISSUE_2, build_pack


def _old_database(data_dir: Path, tmp_path: Path, version: int) -> str:
    """A database as boardprep left it at schema ``version``, with a pack and records."""
    tree = build_pack(tmp_path / "p.pdf", ISSUE_1)
    c = connect(data_dir / DB_NAME)
    assert mig.migrate(c, data_dir / DB_NAME, target=version) == 0
    assert mig.user_version(c) == version
    assert ("sensitive" in utils_db(c)["declarations"].columns_dict) == (version >= 2)
    sha, ts = tree.pack.sha256, "2026-01-01T00:00:00.000Z"
    tree_json = json.dumps(tree.to_json(with_labels=True))
    if version < 6:  # the agenda in the packs row
        c.execute(
            "INSERT INTO packs (sha256, organisation, body, date, pages, tree_json, last_path,"
            " first_opened, last_opened) VALUES (?,?,?,?,?,?,?,?,?)",
            (sha, "Wexcombe Borough Council", "Cabinet", "2026-03-12", tree.pack.pages,
             tree_json, "p.pdf", ts, ts),
        )  # fmt: skip
    else:  # in its own table
        c.execute(
            "INSERT INTO packs (sha256, organisation, body, date, pages, last_path,"
            " first_opened, last_opened) VALUES (?,?,?,?,?,?,?,?)",
            (sha, "Wexcombe Borough Council", "Cabinet", "2026-03-12", tree.pack.pages,
             "p.pdf", ts, ts),
        )  # fmt: skip
        c.execute(
            "INSERT INTO agendas (sha256, analysis_version, tree_json, stored) VALUES (?,?,?,?)",
            (sha, None, tree_json, ts),
        )
    common = "uid, sha256, item, item_title, created, updated"
    c.execute(
        f"INSERT INTO notes ({common}, text, page) VALUES ('n1',?,'4','Riverside',?,?,"
        "'towpath lighting missing',6)",
        (sha, ts, ts),
    )
    c.execute(
        f"INSERT INTO questions ({common}, text, status) VALUES ('q1',?,'4','Riverside',?,?,"
        "'Who pays for upkeep?','ready')",
        (sha, ts, ts),
    )
    c.execute(
        f"INSERT INTO declarations ({common}, interest, nature, withdraw) VALUES"
        " ('d1',?,'5','Parking',?,?,'pecuniary','I lease a garage',1)",
        (sha, ts, ts),
    )
    c.close()
    return sha


@pytest.mark.parametrize("version", range(1, mig.LATEST))
def test_every_earlier_version_upgrades_with_data_intact(
    data_dir: Path, tmp_path: Path, version: int
) -> None:
    sha = _old_database(data_dir, tmp_path, version)
    store = Store(data_dir)
    try:
        assert mig.user_version(store.conn) == mig.LATEST
        assert store.db["declarations"].columns_dict["sensitive"] is int
        assert [n.text for n in store.notes(sha)] == ["towpath lighting missing"]
        assert store.questions(sha)[0].status == "ready"
        d = store.declarations(sha)[0]
        assert (d.nature, d.withdraw, d.sensitive, d.action) == (
            "I lease a garage",
            True,
            False,
            None,
        )
        # v2's FTS index covers records written before it existed.
        assert [h.record_id for h in search(store, sha, "towpath")] == [store.notes(sha)[0].id]
        assert [h.kind for h in search(store, sha, "upkeep")] == ["question"]
        # v6: the agenda is stored once, in its own table (engine version unknown: NULL).
        assert "tree_json" not in store.db["packs"].columns_dict
        assert store.tree(sha).find_item("4").title == "Riverside Regeneration Scheme"
        versions = [r[0] for r in store.conn.execute("SELECT analysis_version FROM agendas")]
        assert versions == [None]
        # v7: the badges' count of notes with words is answered from an index.
        plan = store.conn.execute(
            "EXPLAIN QUERY PLAN SELECT item, count(*) FROM notes WHERE sha256=? AND text != ''"
            " GROUP BY item",
            (sha,),
        ).fetchall()
        assert "notes_pack_item_words" in " ".join(str(tuple(r)) for r in plan)
        assert {n: c.notes for n, c in store.counts(sha).items()} == {"4": 1, "5": 0}
    finally:
        store.close()
    backup = data_dir / f"{DB_NAME}.bak-v{version}"
    with sqlite3.connect(backup) as b:
        assert b.execute("PRAGMA user_version").fetchone()[0] == version
        assert b.execute("SELECT text FROM notes").fetchone()[0] == "towpath lighting missing"


def test_fresh_database_needs_no_backup(data_dir: Path) -> None:
    Store(data_dir).close()
    assert not list(data_dir.glob("*.bak-v*"))


def test_newer_database_is_refused(data_dir: Path) -> None:
    Store(data_dir).close()
    with sqlite3.connect(data_dir / DB_NAME) as c:
        c.execute(f"PRAGMA user_version = {mig.LATEST + 1}")
    with pytest.raises(DatabaseTooNewError, match="newer boardprep"):
        Store(data_dir)


def test_failed_migration_leaves_old_schema(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Store(data_dir).close()
    broken = (mig.LATEST + 1, "CREATE TABLE half_done (a);\nSELECT no_such_function();\n")
    monkeypatch.setattr(mig, "MIGRATIONS", [*mig.MIGRATIONS, broken])
    monkeypatch.setattr(mig, "LATEST", mig.LATEST + 1)
    conn = connect(data_dir / DB_NAME)
    with pytest.raises(sqlite3.OperationalError):
        mig.migrate(conn, data_dir / DB_NAME, target=mig.LATEST)
    assert mig.user_version(conn) == mig.LATEST - 1
    assert "half_done" not in utils_db(conn).table_names()
    conn.close()


def _v5_with_cache_files(data_dir: Path, tmp_path: Path) -> tuple[str, Path, dict[str, Any]]:
    """A v5 database, its (empty) engine cache folder and the pack's tree as v5 stored it."""
    sha = _old_database(data_dir, tmp_path, 5)
    cache = data_dir / mig.LEGACY_CACHE
    cache.mkdir()
    with sqlite3.connect(data_dir / DB_NAME) as c:
        stored = json.loads(c.execute("SELECT tree_json FROM packs").fetchone()[0])
    return sha, cache, stored


def _cache_file(cache: Path, tree: dict[str, Any], version: int) -> None:
    sha = tree["pack"]["sha256"]
    payload = {"analysis_version": version, "tree": tree}
    (cache / f"{sha}.json").write_text(json.dumps(payload), encoding="utf-8")


def test_v6_takes_in_the_engine_cache_files_and_removes_them(
    data_dir: Path, tmp_path: Path
) -> None:
    sha, cache, stored = _v5_with_cache_files(data_dir, tmp_path)
    # The registered pack's file holds the same analysis (made where the file lay then).
    _cache_file(cache, {**stored, "pack": {**stored["pack"], "path": "/elsewhere/p.pdf"}}, 4)
    other = build_pack(tmp_path / "q.pdf", ISSUE_2).to_json(with_labels=True)
    _cache_file(cache, other, 3)  # a pack only ever analysed (`boardprep agenda`)
    (cache / "torn.json").write_text("{not json", encoding="utf-8")
    with Store(data_dir) as store:
        q = "SELECT sha256, analysis_version FROM agendas"
        rows = {r[0]: r[1] for r in store.conn.execute(q)}
        assert rows == {sha: 4, other["pack"]["sha256"]: 3}
        assert store.tree(sha).items  # the records' agenda, from the one stored copy
    assert not cache.exists()  # nothing is kept twice


def test_v6_keeps_the_stores_tree_when_the_cache_file_differs(
    data_dir: Path, tmp_path: Path
) -> None:
    _sha, cache, stored = _v5_with_cache_files(data_dir, tmp_path)
    _cache_file(cache, {**stored, "items": []}, 4)
    with Store(data_dir) as store:
        ((version, raw),) = store.conn.execute("SELECT analysis_version, tree_json FROM agendas")
        # The store's tree is what the records were filed under: kept, its version unknown.
        assert version is None and json.loads(raw) == stored


def test_a_pack_analysed_before_the_upgrade_is_not_analysed_again(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from boardprep.core.engine import analysis

    pdf = tmp_path / "p.pdf"
    tree = build_pack(pdf, ISSUE_1)
    c = connect(data_dir / DB_NAME)
    mig.migrate(c, data_dir / DB_NAME, target=5)
    c.close()
    cache = data_dir / mig.LEGACY_CACHE
    cache.mkdir()
    fresh = analysis.analyze(pdf, data_dir=tmp_path / "elsewhere", use_cache=False)
    _cache_file(cache, fresh.to_json(with_labels=True), analysis.ANALYSIS_VERSION)
    Store(data_dir).close()  # the upgrade

    def boom(*_a: object) -> None:
        raise AssertionError("analysed again after the upgrade")

    monkeypatch.setattr(analysis, "_analyze_doc", boom)
    again = analysis.analyze(pdf, data_dir=data_dir)
    assert again.to_json()["items"] == fresh.to_json()["items"]
    assert again.pack.sha256 == tree.pack.sha256
