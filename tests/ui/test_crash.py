"""Errors people can report: the rotating log file, the crash dialog, Help ▸ Open log folder."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication

from boardprep.core import logfile, paths
from boardprep.ui import crash


@pytest.fixture(autouse=True)
def fresh(monkeypatch: pytest.MonkeyPatch) -> Any:
    """Each test starts without a log file, a shown fault or an open dialog."""
    monkeypatch.setattr(crash, "_shown", set())
    monkeypatch.setattr(crash, "_open_dialog", None)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.delenv(paths.ENV_DATA_DIR, raising=False)
    yield
    for w in QApplication.topLevelWidgets():
        if isinstance(w, crash.CrashDialog):
            w.close()
            w.deleteLater()
    logfile.close()


def _dialogs() -> list[crash.CrashDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, crash.CrashDialog)]


def _raise(kind: type[BaseException], text: str) -> tuple[Any, BaseException, Any]:
    try:
        raise kind(text)
    except BaseException:
        return sys.exc_info()  # type: ignore[return-value]


def test_log_file_lives_under_a_given_data_dir_and_rotates(tmp_path: Path) -> None:
    path = logfile.setup(tmp_path / "d", max_bytes=2_000, backups=2)
    assert path == tmp_path / "d" / "logs" / "boardprep.log"
    assert logfile.current() == path
    for i in range(200):
        logging.getLogger("boardprep.test").info("line %d %s", i, "x" * 40)
    assert path.exists() and path.stat().st_size <= 2_000
    assert (path.parent / "boardprep.log.1").exists()
    assert (path.parent / "boardprep.log.2").exists()
    assert not (path.parent / "boardprep.log.3").exists()  # two old files kept
    if sys.platform != "win32":
        assert path.stat().st_mode & 0o077 == 0  # the user's alone


def test_log_file_without_data_dir_goes_to_the_platform_log_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def user_log_dir(app: str, author: object) -> str:
        asked.append(app)
        return str(tmp_path / "platform-logs")

    monkeypatch.setattr(paths.platformdirs, "user_log_dir", user_log_dir)
    path = logfile.setup(None)
    assert asked == ["boardprep"]
    assert path == tmp_path / "platform-logs" / "boardprep.log"


def test_hook_logs_the_traceback_and_shows_the_dialog(qtbot: Any, tmp_path: Path) -> None:
    log_path = crash.install(str(tmp_path / "d"))
    assert sys.excepthook is crash.excepthook
    sys.excepthook(*_raise(ValueError, "the widget had no page"))
    (dialog,) = _dialogs()
    assert "ValueError: the widget had no page" in dialog.message.text()
    assert str(log_path) in dialog.message.text()
    assert "Traceback" in dialog.text.toPlainText()
    text = log_path.read_text(encoding="utf-8")
    assert "started" in text and "ValueError: the widget had no page" in text
    assert "Traceback (most recent call last)" in text
    # "Copy details": the traceback and the log's path, ready to paste into a report.
    dialog.copy_btn.click()
    copied = QGuiApplication.clipboard().text()
    assert "ValueError: the widget had no page" in copied and str(log_path) in copied
    assert "boardprep " in copied.splitlines()[0]  # the version leads
    opened: list[QUrl] = []
    qtbot_patch = pytest.MonkeyPatch()
    qtbot_patch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog.folder_btn.click()
    qtbot_patch.undo()
    assert [u.toLocalFile() for u in opened] == [str(log_path.parent)]


def test_the_same_fault_is_shown_once_and_only_one_dialog_at_a_time(tmp_path: Path) -> None:
    crash.install(str(tmp_path / "d"))
    info = _raise(RuntimeError, "paint failed")
    crash.excepthook(*info)
    crash.excepthook(*info)  # a dialog is open: only logged
    crash.excepthook(*_raise(KeyError, "other"))
    assert len(_dialogs()) == 1
    for d in _dialogs():
        d.close()
    crash.excepthook(*info)  # shown before: only logged
    assert [d for d in _dialogs() if d.isVisible()] == []
    log_text = logfile.current().read_text(encoding="utf-8")  # type: ignore[union-attr]
    assert log_text.count("RuntimeError: paint failed") == 3


def test_an_exception_in_a_qt_slot_reaches_the_dialog(qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import QTimer

    crash.install(str(tmp_path / "d"))

    def slot() -> None:
        raise ZeroDivisionError("slot broke")

    QTimer.singleShot(0, slot)
    qtbot.waitUntil(lambda: bool(_dialogs()), timeout=5000)
    assert "ZeroDivisionError: slot broke" in _dialogs()[0].message.text()


def test_an_exception_in_a_thread_reaches_the_dialog_in_the_gui_thread(
    qtbot: Any, tmp_path: Path
) -> None:
    crash.install(str(tmp_path / "d"))

    def work() -> None:
        raise OSError("worker failed")

    t = threading.Thread(target=work)
    t.start()
    t.join()
    qtbot.waitUntil(lambda: bool(_dialogs()), timeout=5000)
    assert "OSError: worker failed" in _dialogs()[0].message.text()


def test_a_windowed_build_without_stderr_writes_it_to_the_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr(sys, "stdout", None)
    path = crash.install(str(tmp_path / "d"))
    print("a message for stderr", file=sys.stderr)
    crash.excepthook(*_raise(ValueError, "no console"))
    text = path.read_text(encoding="utf-8")
    assert "a message for stderr" in text and "ValueError: no console" in text


def test_help_menu_opens_the_log_folder(
    window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log_path = crash.install(window.data_dir)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    help_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Help"
    )
    assert window.act_log_folder in help_menu.actions()
    window.act_log_folder.trigger()
    assert [u.toLocalFile() for u in opened] == [str(log_path.parent)]
    assert not QApplication.windowIcon().isNull()  # the app's own icon, from the package


def test_a_data_dir_that_cannot_hold_logs_falls_back_to_the_platform_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        paths.platformdirs, "user_log_dir", lambda *a: str(tmp_path / "platform-logs")
    )
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    # The store explains a data directory that is a file; the log must not stop the start.
    path = crash.install(str(blocked))
    assert path == tmp_path / "platform-logs" / "boardprep.log"
    assert "started" in path.read_text(encoding="utf-8")
