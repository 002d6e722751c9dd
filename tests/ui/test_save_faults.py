"""The window when saving fails: the text stays, the panel says so, retries, quitting waits.

Faults are real SQLite faults on the window's own connection: a full disk is SQLITE_FULL from
``PRAGMA max_page_count``, a busy database is another connection holding the write lock.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from boardprep.core.errors import DataDirError
from boardprep.core.store import Store, backup, db
from boardprep.ui import autosave, member_panel
from boardprep.ui.agenda_model import CountsRole
from boardprep.ui.store_faults import ensure_store

ROOT = Path(__file__).resolve().parents[2]
LONG = "Challenge the savings assumption in 3.2. " * 400  # needs new database pages


def _items(window: Any) -> list[Any]:
    return [it for it in window.tree.walk() if it.pdf_pages and not it.sub_items]


def _fill_disk(window: Any) -> None:
    pages = window.store.conn.execute("PRAGMA page_count").fetchone()[0]
    window.store.conn.execute(f"PRAGMA max_page_count = {pages}")


def _free_disk(window: Any) -> None:
    window.store.conn.execute("PRAGMA max_page_count = 1073741823")


def _fault_dialogs() -> list[QMessageBox]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "storeFaultDialog" and w.isVisible()
    ]


@pytest.fixture
def opened(opened: Any) -> Any:
    """The conftest window, which may close at teardown whatever a failed test left unsaved."""
    yield opened
    opened.panel.allow_close()


@pytest.fixture(autouse=True)
def _close_dialogs(monkeypatch: pytest.MonkeyPatch) -> Any:
    # A test that fails with text unsaved must not leave a modal question open at teardown.
    monkeypatch.setattr(member_panel, "_ask_before_close", lambda _panel: "stay")
    yield
    for box in _fault_dialogs():
        box.close()


def test_full_disk_keeps_the_text_says_so_and_saves_on_retry(qtbot: Any, opened: Any) -> None:
    item = _items(opened)[0]
    opened.select_item(item.number)
    panel = opened.panel
    _fill_disk(opened)
    panel.notes.editor.setPlainText(LONG)
    qtbot.waitUntil(lambda: panel.fault.isVisible(), timeout=3000)
    assert "disk is full" in panel.fault_text.text()
    assert panel.notes.indicator.text() == "Not saved: kept here"
    assert panel.notes.editor.toPlainText() == LONG and panel.has_unsaved()
    (box,) = _fault_dialogs()  # one dialog: what happened, what was kept, what to do
    assert "disk is full" in box.text() and "kept in the panel" in box.informativeText()
    assert "Free some disk space" in box.informativeText()
    panel.retry()  # still full: still kept, still one dialog
    assert panel.has_unsaved() and len(_fault_dialogs()) == 1
    # Typing on is not interrupted by a doomed save every 0.6 s: the retry timer takes over.
    assert panel.notes.autosave.schedule.deadline == autosave.FAILING_DEADLINE_MS / 1000

    _free_disk(opened)
    assert panel.retry()
    assert not panel.fault.isVisible() and not panel.has_unsaved()
    assert panel.notes.autosave.schedule.deadline == autosave.DEADLINE_MS / 1000
    assert panel.notes.indicator.text() == "✓ Saved"
    with Store(opened.data_dir, backup=False) as fresh:
        assert fresh.item_note_text(opened.sha, item.number) == LONG


def test_the_retry_timer_saves_when_space_returns(
    qtbot: Any, opened: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    item = _items(opened)[0]
    opened.select_item(item.number)
    panel = opened.panel
    panel._retry.setInterval(200)
    _fill_disk(opened)
    panel.notes.editor.setPlainText(LONG)
    qtbot.waitUntil(lambda: panel.fault.isVisible(), timeout=3000)
    _free_disk(opened)
    qtbot.waitUntil(lambda: not panel.fault.isVisible(), timeout=3000)
    assert opened.store.item_note_text(opened.sha, item.number) == LONG


def test_switching_items_while_the_disk_is_full_loses_nothing(qtbot: Any, opened: Any) -> None:
    first, second = _items(opened)[:2]
    panel = opened.panel
    opened.select_item(first.number)
    _fill_disk(opened)
    panel.notes.editor.setPlainText(LONG)
    opened.select_item(second.number)  # the save on the switch fails: the text is parked
    assert panel.has_unsaved() and panel.fault.isVisible()
    opened.select_item(first.number)
    assert panel.notes.editor.toPlainText() == LONG  # shown as typed, not the empty database
    opened.select_item(second.number)
    _free_disk(opened)
    assert panel.retry()
    assert opened.store.item_note_text(opened.sha, first.number) == LONG


def test_question_and_declaration_edits_are_kept_while_busy(qtbot: Any, opened: Any) -> None:
    first, second = _items(opened)[:2]
    panel = opened.panel
    opened.select_item(first.number)
    qid = panel.questions.add_question("Original question?")
    panel.declaration.has_interest.setChecked(True)
    opened.store.conn.execute("PRAGMA busy_timeout = 100")
    holder = sqlite3.connect(str(opened.store.path), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process holds the write lock
    try:
        panel.questions.text.setPlainText("Edited while the database was busy?")
        panel.declaration.nature.setText("Governor of the school")
        panel.declaration.nature.textEdited.emit("Governor of the school")
        assert not panel.flush()
        assert "is busy" in panel.fault_text.text()
        assert opened.store.busy_timeout_ms == member_panel.RETRY_BUSY_MS  # retries stay snappy
        start = time.monotonic()
        assert not panel.retry()
        assert time.monotonic() - start < 2.0
        opened.select_item(second.number)  # edits parked, not dropped
        opened.select_item(first.number)
        assert panel.questions.text.toPlainText() == "Edited while the database was busy?"
        assert panel.declaration.nature.text() == "Governor of the school"
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert panel.retry() and not panel.fault.isVisible()
    assert opened.store.busy_timeout_ms == member_panel.WINDOW_BUSY_MS  # back to normal
    with Store(opened.data_dir, backup=False) as fresh:
        (q,) = fresh.questions(opened.sha, first.number)
        assert q.id == qid and q.text == "Edited while the database was busy?"
        assert fresh.declarations(opened.sha, first.number)[0].nature == "Governor of the school"


def test_closing_waits_until_the_text_is_saved(qtbot: Any, opened: Any) -> None:
    item = _items(opened)[0]
    opened.select_item(item.number)
    panel = opened.panel
    _fill_disk(opened)
    panel.notes.editor.setPlainText(LONG)
    asked: list[str] = []
    panel.guard.ask = lambda _p: asked.append("stay") or "stay"
    opened.close()
    assert asked and opened.isVisible()  # Ctrl+Q refused: the words are not saved
    _free_disk(opened)
    panel.guard.ask = lambda _p: asked.append("retry") or "retry"
    opened.close()  # saved now: the window closes without asking again
    assert not opened.isVisible() and asked == ["stay"]
    with Store(opened.data_dir, backup=False) as fresh:
        assert fresh.item_note_text(opened.sha, item.number) == LONG


def test_closing_after_saving_the_text_to_a_file(
    qtbot: Any, opened: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    item = _items(opened)[0]
    opened.select_item(item.number)
    panel = opened.panel
    _fill_disk(opened)
    panel.notes.editor.setPlainText(LONG)
    target = tmp_path / "elsewhere.txt"
    real = panel.save_elsewhere
    monkeypatch.setattr(panel, "save_elsewhere", lambda path=None: real(str(target)))
    panel.guard.ask = lambda _p: "file"
    opened.close()
    assert not opened.isVisible()
    assert LONG.strip() in target.read_text()


def test_records_from_another_process_appear_without_a_restart(qtbot: Any, opened: Any) -> None:
    item = _items(opened)[0]
    opened.select_item(item.number)
    opened.panel._poll.setInterval(100)
    code = (
        "import sys; from boardprep.core.store import Store\n"
        "with Store(sys.argv[1]) as s:\n"
        "    s.add_question(sys.argv[2], sys.argv[3], 'From the command line?')\n"
        "    s.set_item_note(sys.argv[2], sys.argv[3], 'written by another process')\n"
    )
    subprocess.run(
        [sys.executable, "-c", code, str(opened.data_dir), opened.sha, item.number],
        cwd=ROOT, check=True, timeout=60,
    )  # fmt: skip
    qw = opened.panel.questions
    qtbot.waitUntil(lambda: qw.list.count() == 1, timeout=5000)
    assert "From the command line?" in qw.list.item(0).text()
    assert opened.panel.notes.editor.toPlainText() == "written by another process"
    qtbot.waitUntil(
        lambda: opened.model.index_for_number(item.number).data(CountsRole)[1] == 1, timeout=3000
    )


def test_typing_is_never_replaced_by_another_process_write(qtbot: Any, opened: Any) -> None:
    item = _items(opened)[0]
    opened.select_item(item.number)
    panel = opened.panel
    panel.notes.autosave.set_delays(60_000, 60_000)  # still typing: nothing saved yet
    panel.notes.editor.setPlainText("my words, being typed")
    with Store(opened.data_dir, backup=False) as other:
        other.set_item_note(opened.sha, item.number, "someone else's words")
    panel.poll_other_writers()
    panel.poll_other_writers()
    assert panel.notes.editor.toPlainText() == "my words, being typed"


# ---- start-up ---------------------------------------------------------------------------------
def _with_backup(data: Path, registered_tree: Any) -> Path:
    with Store(data, backup=False) as s:
        s.register_pack(registered_tree, registered_tree.pack.path)
        s.add_note(registered_tree.pack.sha256, None, "in the backup")
        made = backup.maybe_backup(s.conn, s.path)
    assert made is not None
    return made


def test_start_up_offers_the_backup_for_a_damaged_database(tmp_path: Path, opened: Any) -> None:
    data = tmp_path / "d2"
    made = _with_backup(data, opened.tree)
    (data / db.DB_NAME).write_bytes(b"garbage " * 1000)
    for suffix in ("-wal", "-shm"):
        Path(str(data / db.DB_NAME) + suffix).unlink(missing_ok=True)
    offered: list[Any] = []
    ok = ensure_store(str(data), choose=lambda err, b: offered.append((err, b)) or "restore")
    assert ok and offered[0][1] == made and "not a database" in offered[0][0].reason
    aside = [p for p in data.iterdir() if ".damaged-" in p.name]
    assert aside and aside[0].read_bytes() == b"garbage " * 1000
    with Store(data, backup=False) as s:
        assert [n.text for n in s.notes(opened.tree.pack.sha256)] == ["in the backup"]


def test_start_up_new_database_or_quit(tmp_path: Path, opened: Any) -> None:
    data = tmp_path / "d3"
    _with_backup(data, opened.tree)
    (data / db.DB_NAME).write_bytes(b"garbage " * 1000)
    assert not ensure_store(str(data), choose=lambda e, b: "quit")
    assert (data / db.DB_NAME).read_bytes() == b"garbage " * 1000  # untouched
    assert ensure_store(str(data), choose=lambda e, b: "new")
    with Store(data, backup=False) as s:
        assert not s.has_pack(opened.tree.pack.sha256)
    assert any(".damaged-" in p.name for p in data.iterdir())


def test_start_up_explains_an_unusable_data_folder(tmp_path: Path) -> None:
    not_a_dir = tmp_path / "file"
    not_a_dir.write_text("x")
    reported: list[Any] = []
    assert not ensure_store(str(not_a_dir), report=reported.append)
    assert isinstance(reported[0], DataDirError) and "is a file" in str(reported[0])


# ---- termination ------------------------------------------------------------------------------
CHILD = """
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QSettings
from boardprep.ui.app import make_app
from boardprep.ui.main_window import MainWindow
from boardprep.ui.store_faults import install_termination_save

pack, data_dir, settings_dir, text, full = sys.argv[1:6]
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
app = make_app(["term-child"])
window = MainWindow(data_dir)
saver = install_termination_save(app, window)
window.show()
window.open_pack(pack)
deadline = time.monotonic() + 60
while window.sha is None and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
item = next(it for it in window.tree.walk() if it.pdf_pages)
window.select_item(item.number)
window.panel.notes.autosave.set_delays(60_000, 60_000)  # only the signal can save it
if full == "1":
    pages = window.store.conn.execute("PRAGMA page_count").fetchone()[0]
    window.store.conn.execute(f"PRAGMA max_page_count = {pages}")
window.panel.notes.editor.setPlainText(text)
print(f"TYPED {window.sha} {item.number}", flush=True)
sys.exit(app.exec())
"""


def _term_child(tmp_path: Path, pack: Path, text: str, full: bool) -> tuple[int, str, str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    data = tmp_path / "data"
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(pack), str(data), str(tmp_path / "settings"), text,
         "1" if full else "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT,
    )  # fmt: skip
    try:
        assert proc.stdout is not None and proc.stderr is not None
        line = proc.stdout.readline()
        assert line.startswith("TYPED"), proc.stderr.read()
        time.sleep(0.2)
        proc.send_signal(signal.SIGTERM)
        proc.wait(20)
        _, sha, item = line.split()
        return proc.returncode, sha, item, proc.stderr.read()
    finally:
        if proc.poll() is None:
            proc.kill()


def test_sigterm_saves_the_pending_text_first(
    tmp_path: Path, pack: tuple[Path, dict[str, Any]]
) -> None:
    text = "Typed a moment before the session ended"
    rc, sha, item, _err = _term_child(tmp_path, pack[0], text, full=False)
    assert rc == 128 + signal.SIGTERM
    with Store(tmp_path / "data", backup=False) as s:
        assert s.item_note_text(sha, item) == text


def test_sigterm_on_a_full_disk_writes_the_text_to_a_file(
    tmp_path: Path, pack: tuple[Path, dict[str, Any]]
) -> None:
    rc, _sha, _item, err = _term_child(tmp_path, pack[0], LONG, full=True)
    assert rc == 128 + signal.SIGTERM
    (recovered,) = (tmp_path / "data").glob("boardprep-unsaved-*.txt")
    assert LONG.strip() in recovered.read_text()
    assert str(recovered) in err and "Traceback" not in err


def test_member_panel_constants_are_sane() -> None:
    assert member_panel.RETRY_MS <= 10_000 and member_panel.POLL_MS <= 3000


def test_a_store_fault_escaping_a_slot_is_a_dialog_not_a_traceback(
    opened: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from boardprep.core.store.db import disk_full
    from boardprep.ui.store_faults import install_fault_hook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    install_fault_hook(opened, opened.store.path)
    err = disk_full(opened.store.path)
    sys.excepthook(type(err), err, None)
    (box,) = _fault_dialogs()
    assert "disk is full" in box.text() and "Everything saved before this" in box.informativeText()
    raw = sqlite3.OperationalError("database is locked")
    sys.excepthook(type(raw), raw, None)  # a raw sqlite3 fault is put in words too
    assert any("is busy" in b.text() for b in _fault_dialogs())
    assert "Traceback" not in capsys.readouterr().err


def test_an_open_window_still_takes_its_daily_backup(
    qtbot: Any, opened: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not backup.list_backups(opened.store.path)  # the store opened before any pack
    monkeypatch.setattr(member_panel, "BACKUP_CHECK_S", 0)
    opened.panel.poll_other_writers()
    (made,) = backup.list_backups(opened.store.path)
    assert made.stat().st_size > 0


def test_going_back_to_the_start_screen_keeps_the_unsaved_text(qtbot: Any, opened: Any) -> None:
    item = _items(opened)[0]
    opened.select_item(item.number)
    panel = opened.panel
    _fill_disk(opened)
    panel.notes.editor.setPlainText(LONG)
    opened.show_start()  # the panel loses its store; the text stays parked
    assert panel.has_unsaved()
    _free_disk(opened)
    assert panel.retry()
    assert opened.store.item_note_text(opened.sha, item.number) == LONG


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0, reason="a real full disk needs root (tmpfs)"
)
def test_a_really_full_disk_under_the_window(
    qtbot: Any, tmp_path: Path, pack: tuple[Path, dict[str, Any]]
) -> None:
    from boardprep.ui.main_window import MainWindow
    from tests.ui.conftest import open_and_wait, truth_analyzer

    disk = tmp_path / "disk"
    disk.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(disk)]).returncode:
        pytest.skip("cannot mount a small tmpfs here")
    try:
        w = MainWindow(str(disk / "data"), analyze_fn=truth_analyzer(pack[1]))
        qtbot.addWidget(w)
        w.show()
        open_and_wait(qtbot, w, pack[0])
        item = _items(w)[0]
        w.select_item(item.number)
        w.panel._retry.setInterval(300)
        # Fill the disk to the last block.
        with open(disk / "ballast", "wb") as fh, contextlib.suppress(OSError):
            while True:
                fh.write(b"x" * 65536)
                fh.flush()
        w.panel.notes.editor.setPlainText(LONG)
        qtbot.waitUntil(lambda: w.panel.fault.isVisible(), timeout=5000)
        assert "disk is full" in w.panel.fault_text.text()
        (disk / "ballast").unlink()  # the member frees some space
        qtbot.waitUntil(lambda: not w.panel.fault.isVisible(), timeout=5000)
        assert w.store.item_note_text(w.sha, item.number) == LONG
        w.close()
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)
