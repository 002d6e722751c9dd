"""When the database or the disk misbehaves, in the window: a dialog in words, nothing lost.

- :func:`show_fault`: a (non-blocking) dialog saying what happened, what was kept and what to
  do, for any :class:`~boardprep.core.errors.StoreError`; the same fault is not repeated while
  its dialog is open.
- :func:`install_fault_hook`: store faults escaping a slot (reading position, highlights...)
  become that dialog instead of a traceback.
- :func:`ensure_store`: at start-up, a database that cannot be opened is explained; a damaged
  one offers to restore the latest backup or to start a new database, keeping it aside.
- :func:`install_termination_save`: SIGTERM / SIGHUP and the session ending save the panel
  first (or write the unsaved text to a file) before the app quits.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import sqlite3
import sys
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from boardprep.core.errors import DatabaseDamagedError, StoreError

_open_dialogs: dict[str, QMessageBox] = {}


def show_fault(
    parent: QWidget | None, err: StoreError, *, title: str = "", kept: str = ""
) -> QMessageBox:
    """The dialog for a store fault: what happened, what was kept, what to do (not modal)."""
    key = f"{type(err).__name__}:{err}"
    box = _open_dialogs.get(key)
    if box is not None and box.isVisible():
        return box
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or "boardprep could not use its database")
    text = str(err)
    box.setText(text[:1].upper() + text[1:] + ".")
    box.setInformativeText("\n\n".join(p for p in (kept or err.kept, err.todo) if p))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setObjectName("storeFaultDialog")
    box.setModal(False)
    box.finished.connect(lambda *_: _open_dialogs.pop(key, None))
    _open_dialogs[key] = box
    box.show()
    return box


def as_store_error(exc: BaseException, db_path: Path | None) -> StoreError | None:
    """The StoreError an exception stands for (a raw sqlite3 fault is put in words)."""
    if isinstance(exc, StoreError):
        return exc
    if isinstance(exc, sqlite3.Error) and db_path is not None:
        from boardprep.core.store.db import translate

        new = translate(exc, db_path)
        return new if isinstance(new, StoreError) else None
    return None


def install_fault_hook(parent: QWidget, db_path: Path | None) -> None:
    """Store faults escaping a Qt slot become a dialog; anything else goes to the old hook."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        err = as_store_error(exc, db_path)
        if err is None:
            previous(kind, exc, tb)
            return
        print(f"boardprep: {err}", file=sys.stderr)
        with contextlib.suppress(RuntimeError):  # the window may be gone at exit
            show_fault(parent, err)

    sys.excepthook = hook


# ---- start-up ------------------------------------------------------------------------------
Chooser = Callable[[DatabaseDamagedError, Path | None], str]


def ask_damaged(err: DatabaseDamagedError, backup: Path | None) -> str:
    """Restore / new / quit, asked of the user (modal: nothing else can happen first)."""
    from boardprep.core.store.backup import backup_time

    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle("Your boardprep database is damaged")
    box.setText(f"The database {err.path} is damaged ({err.reason}).")
    info = (
        "It has not been changed. Whatever you choose, the damaged file is kept aside (renamed "
        "“…damaged-DATE”) so that it can still be recovered."
    )
    restore = None
    if backup is not None:
        info += f"\n\nThe latest automatic backup is from {backup_time(backup)}."
        restore = box.addButton(
            f"Restore the backup of {backup_time(backup)}", QMessageBox.ButtonRole.AcceptRole
        )
    new = box.addButton("Start a new database", QMessageBox.ButtonRole.DestructiveRole)
    box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
    box.setInformativeText(info)
    box.setDefaultButton(restore or new)
    box.exec()
    clicked = box.clickedButton()
    return "restore" if clicked is restore else ("new" if clicked is new else "quit")


def ensure_store(
    data_dir: str | None, *, choose: Chooser = ask_damaged, report: Any = None
) -> bool:
    """Open the database once before the window: True when it can be used.

    A damaged database: ``choose`` says restore / new / quit; the file is kept aside before
    anything else. Any other fault: explained (``report(err)``, a dialog by default) -> False.
    """
    from boardprep.core.store import Store
    from boardprep.core.store.backup import latest_backup
    from boardprep.core.store.store import recover_damaged

    report = report or _report_blocking
    for _attempt in range(3):
        try:
            Store(data_dir).close()
            return True
        except DatabaseDamagedError as err:
            path = Path(err.path)
            choice = choose(err, latest_backup(path))
            if choice == "quit":
                return False
            try:
                done = recover_damaged(path, restore=choice == "restore")
            except StoreError as failed:
                report(failed)
                return False
            print(f"boardprep: the database {path} was damaged; {done.sentence(path)}",
                  file=sys.stderr)  # fmt: skip
        except StoreError as err:
            report(err)
            return False
    return False


def _report_blocking(err: StoreError) -> None:
    print(f"boardprep: {err}", file=sys.stderr)
    box = show_fault(None, err, title="boardprep cannot start")
    box.setModal(True)
    box.exec()


# ---- termination ---------------------------------------------------------------------------
def recovery_file(data_dir: Path | None, text: str) -> Path | None:
    """Write text that could not be saved to a file a person can find; its path, or None."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    name = f"boardprep-unsaved-{stamp}.txt"
    for folder in (data_dir, Path.home(), Path(tempfile.gettempdir())):
        if folder is None:
            continue
        target = folder / name
        try:
            with open(target, "x", encoding="utf-8") as fh:
                fh.write(text)
            target.chmod(0o600)
            return target
        except OSError:
            continue
    return None


class TerminationSaver(QObject):
    """Turns SIGTERM/SIGHUP into ``on_signal()`` on the Qt event loop (wakeup fd).

    Outside the event loop (before ``exec`` or after it returned) a signal does what it always
    did; :meth:`uninstall` puts the previous handlers back.
    """

    def __init__(self, app: QApplication, on_signal: Callable[[int], None]) -> None:
        super().__init__(app)
        self._on_signal = on_signal
        self._pending: list[int] = []
        self._rsock, self._wsock = socket.socketpair()
        self._wsock.setblocking(False)
        self._rsock.setblocking(False)
        self._old_fd = signal.set_wakeup_fd(self._wsock.fileno())
        self._notifier = QSocketNotifier(self._rsock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._wake)
        self._old: dict[int, Any] = {}
        for name in ("SIGTERM", "SIGHUP"):
            sig = getattr(signal, name, None)
            if sig is not None:
                with contextlib.suppress(ValueError, OSError):
                    self._old[sig] = signal.signal(sig, self._handler)

    def _handler(self, signum: int, frame: Any) -> None:
        from PySide6.QtCore import QThread

        if QThread.currentThread().loopLevel() == 0:  # no event loop to save from: as before
            self.uninstall()
            old = self._old.get(signum)
            if callable(old):
                old(signum, frame)
            else:
                signal.signal(signum, signal.SIG_DFL)
                os.kill(os.getpid(), signum)
            return
        self._pending.append(signum)

    def uninstall(self) -> None:
        for sig, old in self._old.items():
            with contextlib.suppress(ValueError, OSError, TypeError):
                signal.signal(sig, old if old is not None else signal.SIG_DFL)
        with contextlib.suppress(ValueError, OSError):
            signal.set_wakeup_fd(self._old_fd)
        self._notifier.setEnabled(False)

    def _wake(self, *_args: Any) -> None:
        with contextlib.suppress(OSError):
            self._rsock.recv(256)
        while self._pending:
            self._on_signal(self._pending.pop(0))


def install_termination_save(app: QApplication, window: Any) -> TerminationSaver:
    """SIGTERM and friends, and the session ending: save the panel first, then quit."""

    def on_signal(signum: int) -> None:
        where = window.panel.emergency_save()
        if where is not None:
            print(f"boardprep: could not save to the database; your unsaved text is in {where}",
                  file=sys.stderr)  # fmt: skip
        window.panel.allow_close()
        window.close()
        app.exit(128 + signum)

    saver = TerminationSaver(app, on_signal)
    app.commitDataRequest.connect(lambda *_: window.panel.emergency_save())
    return saver
