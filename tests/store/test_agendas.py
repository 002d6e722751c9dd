"""The agenda stored once (schema v6): what analyze() and the Store share, and its faults."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from boardprep.core.engine.analysis import ANALYSIS_VERSION, analyze
from boardprep.core.store import Store
from boardprep.core.store import migrations as mig
from boardprep.core.store.agendas import stored_agenda
from boardprep.core.store.db import DB_NAME
from tests.store.fixtures import ISSUE_1, build_pack


def _rows(data_dir: Path) -> list[tuple[str, int | None]]:
    with sqlite3.connect(data_dir / DB_NAME) as c:
        return c.execute("SELECT sha256, analysis_version FROM agendas").fetchall()


def test_the_analysis_and_the_registered_pack_share_one_row(data_dir: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "p.pdf"
    build_pack(pdf, ISSUE_1)
    tree = analyze(pdf, data_dir=data_dir)
    with Store(data_dir) as store:
        store.register_pack(tree, str(pdf))
        assert store.engine_tree(tree.pack.sha256).to_json() == tree.to_json()
        assert not any("tree_json" in c for c in store.db["packs"].columns_dict)
    assert _rows(data_dir) == [(tree.pack.sha256, ANALYSIS_VERSION)]  # one copy, current


def test_a_tree_from_elsewhere_is_no_cached_analysis(data_dir: Path, tmp_path: Path) -> None:
    """A hand-made or bundled tree is stored for the records, never served as an analysis."""
    tree = build_pack(tmp_path / "p.pdf", ISSUE_1)
    with Store(data_dir) as store:
        store.register_pack(tree, str(tmp_path / "p.pdf"))
    assert _rows(data_dir) == [(tree.pack.sha256, None)]
    assert stored_agenda(tree.pack.sha256, ANALYSIS_VERSION, data_dir) is None


def test_forgetting_a_pack_forgets_its_agenda(data_dir: Path, tmp_path: Path) -> None:
    tree = build_pack(tmp_path / "p.pdf", ISSUE_1)
    with Store(data_dir) as store:
        store.register_pack(tree, str(tmp_path / "p.pdf"))
        store.forget_pack(tree.pack.sha256)
    assert _rows(data_dir) == []


def test_a_database_that_cannot_take_the_agenda_costs_only_time(
    data_dir: Path, tmp_path: Path
) -> None:
    """A database from a newer boardprep (or damaged, or read-only) is left alone: the agenda
    is still printed, just not kept."""
    pdf = tmp_path / "p.pdf"
    build_pack(pdf, ISSUE_1)
    Store(data_dir).close()
    with sqlite3.connect(data_dir / DB_NAME) as c:
        c.execute(f"PRAGMA user_version = {mig.LATEST + 1}")
    assert analyze(pdf, data_dir=data_dir).items
    (data_dir / DB_NAME).write_bytes(b"not a database at all" * 100)
    assert analyze(pdf, data_dir=data_dir).items
    assert (data_dir / DB_NAME).read_bytes() == b"not a database at all" * 100
