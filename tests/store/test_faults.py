"""Store faults a laptop meets, through the real command line: one line, exit 1, nothing lost.

Real faults where the machine allows them: another process holding the write lock, a tiny tmpfs
that fills up (root only), a read-only folder and a folder of another user (as root the command
runs as ``nobody``), garbage and truncated files. A full disk is also made with SQLite's
``max_page_count``, which raises the very SQLITE_FULL a full disk does.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from boardprep import cli as cli_module
from boardprep.core.errors import DiskFullError
from boardprep.core.model import AgendaTree
from boardprep.core.store import Store, backup, db, packref
from tests.store.cli_driver import _fake_analyze

ROOT = Path(__file__).resolve().parents[2]
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
NOBODY = 65534


class Cli:
    """``boardprep`` in a subprocess, on a hand-made tree, in a folder anyone may enter."""

    def __init__(self, base: Path, pack: Path, tree: AgendaTree) -> None:
        self.base = base
        self.data = base / "data"
        self.trees = base / "trees"
        self.trees.mkdir()
        (self.trees / f"{tree.pack.sha256}.json").write_text(
            json.dumps(tree.to_json(with_labels=True))
        )
        self.pack = str(base / "pack.pdf")
        shutil.copy(pack, self.pack)
        self.sha = tree.pack.sha256
        for p in (base, self.trees, Path(self.pack), *self.trees.iterdir()):
            os.chmod(p, 0o755 if p.is_dir() else 0o644)

    def __call__(
        self, *argv: str, data: Path | None = None, as_nobody: bool = False
    ) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "BOARDPREP_TEST_TREES": str(self.trees), "HOME": str(self.base)}
        env.pop("BOARDPREP_DATA_DIR", None)
        cmd = [sys.executable, "-m", "tests.store.cli_driver", *argv]
        cmd += ["--data-dir", str(data or self.data)]
        if as_nobody:  # root ignores file modes: run as an ordinary user instead
            if not shutil.which("setpriv"):
                pytest.skip("running as root without setpriv: cannot drop privileges")
            cmd = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *cmd]
        return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)

    def add(self, text: str, **kw: object) -> subprocess.CompletedProcess[str]:
        return self("add", "note", self.pack, "--item", "4", "--text", text, **kw)  # type: ignore[arg-type]


def one_line(r: subprocess.CompletedProcess[str], *words: str) -> str:
    """The command failed as promised: exit 1, one line on stderr, no traceback."""
    assert r.returncode == 1, (r.returncode, r.stdout, r.stderr)
    assert "Traceback" not in r.stderr + r.stdout, r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("boardprep: "), r.stderr
    for w in words:
        assert w in lines[0], lines[0]
    return lines[0]


def texts(data: Path, sha: str) -> list[str]:
    with Store(data, backup=False) as s:
        return [n.text for n in s.notes(sha)]


@pytest.fixture
def cli(pack1: tuple[Path, AgendaTree]) -> Iterator[Cli]:
    base = Path(tempfile.mkdtemp(prefix="boardprep-faults-"))
    os.chmod(base, 0o755)
    try:
        yield Cli(base, *pack1)
    finally:
        for p in base.rglob("*"):  # undo read-only folders so they can be removed
            with contextlib.suppress(OSError):
                if p.is_dir():
                    os.chmod(p, 0o755)
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def with_notes(cli: Cli) -> Cli:
    for text in ("first", "second"):
        assert cli.add(text).returncode == 0
    return cli


# ---- concurrent writers ---------------------------------------------------------------------
HOLDER = """
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN IMMEDIATE")
c.execute("INSERT INTO settings (key, value) VALUES ('holder', 'x')")
print("HOLDING", flush=True)
time.sleep(float(sys.argv[2]))
c.execute("COMMIT")
"""


def test_add_waits_for_another_writer_then_succeeds(with_notes: Cli) -> None:
    cli = with_notes
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(cli.data / db.DB_NAME), "3"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "HOLDING"
    start = time.monotonic()
    r = cli.add("written while another process held the database")
    waited = time.monotonic() - start
    assert holder.wait(10) == 0
    assert r.returncode == 0, r.stderr
    assert waited > 1.5  # it really waited for the lock
    assert texts(cli.data, cli.sha)[-1] == "written while another process held the database"


def test_reading_verbs_do_not_wait_for_a_long_writer(with_notes: Cli) -> None:
    cli = with_notes
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(cli.data / db.DB_NAME), "8"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "HOLDING"
        start = time.monotonic()
        r = cli("list", cli.pack)
        assert r.returncode == 0 and "second" in r.stdout, r.stderr
        assert time.monotonic() - start < 5  # it did not queue behind the 8 s writer
    finally:
        holder.kill()
        holder.wait()


def test_locked_for_too_long_is_one_clear_line(
    with_notes: Cli, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    cli = with_notes
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 300)
    monkeypatch.setattr(packref, "analyze_pack", _fake_analyze)
    monkeypatch.setenv("BOARDPREP_TEST_TREES", str(cli.trees))
    holder = sqlite3.connect(str(cli.data / db.DB_NAME), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        argv = ["add", "note", cli.pack, "--item", "4", "--text", "x", "--data-dir", str(cli.data)]
        assert cli_module.main(argv) == 1
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    err = capsys.readouterr().err
    r = subprocess.CompletedProcess([], 1, "", err)
    one_line(r, "is busy", "another boardprep", "try again")
    assert texts(cli.data, cli.sha) == ["first", "second"]


def test_batched_writes_let_another_writer_in(registered: tuple[Store, str, AgendaTree]) -> None:
    store, sha, _ = registered
    done: dict[str, float] = {}

    def other_writer() -> None:
        with Store(store.path.parent, backup=False) as other:
            other.add_note(sha, "4", "slipped in between two batches")
        done["at"] = time.monotonic()

    worker = threading.Thread(target=other_writer)
    with store.batched(seconds=0.1) as batch:
        for i in range(60):
            store.conn.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (f"k{i}", "v"))
            batch.tick()
            time.sleep(0.01)
            if i == 5:
                worker.start()  # it waits for the lock this batch holds
    finished = time.monotonic()
    worker.join(10)
    assert done["at"] < finished - 0.1  # it got in long before the import ended
    assert [n.text for n in store.notes(sha)] == ["slipped in between two batches"]
    assert store.setting("k59") == "v"


# ---- full disk --------------------------------------------------------------------------------
def _fill(store: Store) -> None:
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages}")


def test_disk_full_keeps_the_store_usable_and_saves_on_retry(
    registered: tuple[Store, str, AgendaTree],
) -> None:
    store, sha, _ = registered
    store.add_note(sha, "4", "before the disk filled")
    _fill(store)
    big = "a long note " * 20000
    with pytest.raises(DiskFullError) as info:
        store.add_note(sha, "4", big)
    assert "disk is full" in str(info.value) and info.value.retry
    with pytest.raises(DiskFullError):
        store.set_item_note(sha, "4", big)
    assert not store.conn.in_transaction  # no half transaction left behind
    assert [n.text for n in store.notes(sha)] == ["before the disk filled"]
    store.conn.execute("PRAGMA max_page_count = 1073741823")  # space is back
    store.set_item_note(sha, "4", big)
    assert store.item_note_text(sha, "4") == big


def test_disk_full_from_the_command_line(
    with_notes: Cli, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    cli = with_notes
    real_connect = db.connect

    def full_connect(path: Path) -> db.Connection:
        conn = real_connect(path)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")
        return conn

    monkeypatch.setattr("boardprep.core.store.store.connect", full_connect)
    monkeypatch.setattr(packref, "analyze_pack", _fake_analyze)
    monkeypatch.setenv("BOARDPREP_TEST_TREES", str(cli.trees))
    argv = ["add", "note", cli.pack, "--item", "4", "--text", "x " * 50000]
    assert cli_module.main([*argv, "--data-dir", str(cli.data)]) == 1
    err = capsys.readouterr().err
    one_line(subprocess.CompletedProcess([], 1, "", err), "disk is full", "free some disk space")
    assert cli_module.main(["list", cli.pack, "--data-dir", str(cli.data)]) == 0  # reads work
    assert "second" in capsys.readouterr().out


@contextlib.contextmanager
def tiny_tmpfs(where: Path, size: str) -> Iterator[Path]:
    where.mkdir()
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                       capture_output=True)  # fmt: skip
    if r.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


@pytest.mark.skipif(not IS_ROOT or not shutil.which("mount"), reason="a real full disk needs root")
def test_really_full_disk_loses_no_acknowledged_record(cli: Cli) -> None:
    with tiny_tmpfs(cli.base / "disk", "1m") as disk:
        data = disk / "data"
        # The ballast leaves room for a few notes beside the schema (v7: agendas, indexes).
        (disk / "ballast").write_bytes(b"x" * 250_000)
        acknowledged: list[str] = []
        failure = None
        for i in range(200):
            text = f"note {i} " + os.urandom(6000).hex()
            r = cli.add(text, data=data)
            if r.returncode != 0:
                failure = r
                break
            acknowledged.append(text)
        assert failure is not None and len(acknowledged) > 3
        one_line(failure, "disk is full", str(data / db.DB_NAME))
        r = cli("list", cli.pack, data=data)  # reading still works on the full disk
        assert r.returncode == 0, r.stderr
        with Store(data, backup=False) as s:
            assert s.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert [n.text for n in s.notes(cli.sha)] == acknowledged
        (disk / "ballast").unlink()  # the user frees some space: the same command works
        r = cli.add("after space came back", data=data)
        assert r.returncode == 0, r.stderr
        assert texts(data, cli.sha)[-1] == "after space came back"


# ---- folders and permissions ------------------------------------------------------------------
def test_data_dir_is_a_file(cli: Cli) -> None:
    cli.data.write_text("not a folder")
    one_line(cli.add("x"), "is a file, not a folder", str(cli.data), "--data-dir")
    one_line(cli.add("x", data=cli.data / "sub"), "is a file, not a folder")
    assert cli.data.read_text() == "not a folder"


def test_read_only_data_dir(with_notes: Cli) -> None:
    cli = with_notes
    if IS_ROOT:
        for p in [cli.data, *cli.data.rglob("*")]:
            os.chown(p, NOBODY, NOBODY)
    os.chmod(cli.data, 0o555)
    line = one_line(cli.add("x", as_nobody=IS_ROOT), "read-only", "nothing was written")
    assert str(cli.data) in line
    os.chmod(cli.data, 0o755)
    assert texts(cli.data, cli.sha) == ["first", "second"]


def test_read_only_database_file(with_notes: Cli) -> None:
    cli = with_notes
    if IS_ROOT:
        for p in [cli.data, *cli.data.rglob("*")]:
            os.chown(p, NOBODY, NOBODY)
    os.chmod(cli.data / db.DB_NAME, 0o444)
    one_line(cli.add("x", as_nobody=IS_ROOT), "read-only")
    os.chmod(cli.data / db.DB_NAME, 0o644)
    assert texts(cli.data, cli.sha) == ["first", "second"]


def test_missing_permissions(with_notes: Cli) -> None:
    cli = with_notes
    if IS_ROOT:
        os.chmod(cli.data, 0o700)  # root's private folder, and we run as nobody
    else:
        os.chmod(cli.data, 0o000)
    try:
        one_line(cli.add("x", as_nobody=IS_ROOT), "no permission", str(cli.data))
    finally:
        os.chmod(cli.data, 0o700)
    assert texts(cli.data, cli.sha) == ["first", "second"]


# ---- damaged and newer databases --------------------------------------------------------------
def test_garbage_database_is_kept_aside_never_overwritten(cli: Cli) -> None:
    cli.data.mkdir()
    garbage = os.urandom(8192)
    (cli.data / db.DB_NAME).write_bytes(garbage)
    line = one_line(cli.add("x"), "is damaged", "not a database file", "kept aside as")
    aside = [p for p in cli.data.iterdir() if ".damaged-" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes() == garbage and str(aside[0]) in line
    assert "a new boardprep.db was started" in line  # no backup yet
    r = cli.add("a fresh start")
    assert r.returncode == 0, r.stderr
    assert texts(cli.data, cli.sha) == ["a fresh start"]


def test_truncated_database_restores_the_latest_backup(with_notes: Cli) -> None:
    cli = with_notes
    assert cli("list", cli.pack).returncode == 0  # this open takes the day's backup
    backups = backup.list_backups(cli.data / db.DB_NAME)
    assert len(backups) == 1
    path = cli.data / db.DB_NAME
    with Store(cli.data, backup=False) as s:
        s.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.truncate(size // 2)
    line = one_line(cli("list", cli.pack), "is damaged", "truncated", "kept aside as")
    assert str(backups[0]) in line and "is now in its place" in line
    aside = next(p for p in cli.data.iterdir() if ".damaged-" in p.name)
    assert aside.stat().st_size == size // 2  # kept exactly as found
    r = cli("list", cli.pack)
    # The backup was taken by the first open that found records (after "first"); what came
    # later is only in the kept file (past the cut, nothing readable to copy back).
    assert r.returncode == 0 and "first" in r.stdout


def test_emptied_database_is_not_started_over_silently(with_notes: Cli) -> None:
    cli = with_notes  # two adds: the second open took a backup (with "first")
    (cli.data / db.DB_NAME).write_bytes(b"")
    line = one_line(cli("list", cli.pack), "is damaged", "the file is empty", "backup of")
    assert "kept aside as" in line
    r = cli("list", cli.pack)
    assert r.returncode == 0 and "first" in r.stdout


def test_corrupt_pages_are_reported_and_readable_records_copied_back(with_notes: Cli) -> None:
    cli = with_notes  # the backup (taken by the second add's open) holds "first" only
    assert cli.add("third").returncode == 0
    path = cli.data / db.DB_NAME
    with Store(cli.data, backup=False) as s:
        s.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        sql = "SELECT rootpage FROM sqlite_master WHERE name='questions_pack_item'"
        root = s.conn.execute(sql).fetchone()[0]
        page_size = s.conn.execute("PRAGMA page_size").fetchone()[0]
    with open(path, "r+b") as fh:  # scribble over an index of the questions
        fh.seek((root - 1) * page_size)
        fh.write(b"\xff" * page_size)
    line = one_line(cli("list", cli.pack), "is damaged", "kept aside as", "backup of")
    assert "2 later records still readable in it were copied back" in line
    r = cli("list", cli.pack)
    assert r.returncode == 0, r.stderr
    assert [t in r.stdout for t in ("first", "second", "third")] == [True, True, True]


def test_database_from_a_newer_boardprep(with_notes: Cli) -> None:
    cli = with_notes
    conn = sqlite3.connect(str(cli.data / db.DB_NAME))
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = (cli.data / db.DB_NAME).read_bytes()
    one_line(cli.add("x"), "newer boardprep", "update boardprep")
    assert (cli.data / db.DB_NAME).read_bytes() == before


# ---- automatic backups ------------------------------------------------------------------------
def test_daily_backups_keep_the_last_few(registered: tuple[Store, str, AgendaTree]) -> None:
    from datetime import datetime, timedelta

    store, sha, _ = registered
    store.add_note(sha, "4", "kept in every backup")
    day = datetime(2026, 3, 1, 9, 0)
    made = []
    for i in range(backup.KEEP + 3):
        made.append(backup.maybe_backup(store.conn, store.path, now=day + timedelta(days=i)))
        again = backup.maybe_backup(store.conn, store.path, now=day + timedelta(days=i, hours=2))
        assert again is None  # once a day
    kept = backup.list_backups(store.path)
    assert kept == sorted(p for p in made if p)[-backup.KEEP :][::-1]
    assert not list(kept[0].parent.glob("*-wal")) and not list(kept[0].parent.glob("*.part"))
    copy = sqlite3.connect(str(kept[0]))
    assert copy.execute("SELECT text FROM notes").fetchall() == [("kept in every backup",)]
    copy.close()
