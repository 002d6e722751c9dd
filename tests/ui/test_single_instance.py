"""One window per data directory: a second start hands its pack to the running window."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QWidget

from boardprep.ui.single_instance import SingleInstance, server_name

ROOT = Path(__file__).resolve().parents[2]


class FakeWindow(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    def open_pack(self, path: str) -> None:
        self.opened.append(path)

    def open_sample(self) -> None:
        self.opened.append("<sample>")


@pytest.fixture
def running(tmp_path: Path) -> Any:
    """A 'running app' for tmp_path/data: its SingleInstance serving a fake window."""
    instance = SingleInstance(str(tmp_path / "data"))
    window = FakeWindow()
    assert instance.serve(window)
    yield instance, window
    instance.close()
    window.deleteLater()


def _second_start(tmp_path: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen(
        [sys.executable, "-m", "boardprep", "--data-dir", str(tmp_path / "data"), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=tmp_path,
    )


def test_a_second_start_hands_its_pack_to_the_running_window(
    qtbot: Any, tmp_path: Path, running: Any
) -> None:
    _instance, window = running
    (tmp_path / "minutes.pdf").write_bytes(b"%PDF-1.4\n")
    proc = _second_start(tmp_path, "minutes.pdf")  # relative: resolved by the second start
    qtbot.waitUntil(lambda: proc.poll() is not None or bool(window.opened), timeout=60000)
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=60000)
    out, err = proc.communicate()
    assert proc.returncode == 0, err
    assert window.opened == [str(tmp_path / "minutes.pdf")]
    assert "already running" in out
    log = (tmp_path / "data" / "logs" / "boardprep.log").read_text(encoding="utf-8")
    assert "handed" in log


def test_a_second_plain_start_brings_the_window_forward(
    qtbot: Any, tmp_path: Path, running: Any
) -> None:
    _instance, window = running
    proc = _second_start(tmp_path, "--sample")
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=60000)
    assert proc.returncode == 0, proc.communicate()[1]
    assert window.opened == ["<sample>"]


def test_without_a_running_window_nothing_is_handed_over(tmp_path: Path) -> None:
    instance = SingleInstance(str(tmp_path / "data"))
    start = time.monotonic()
    assert instance.hand_over("x.pdf") is False
    assert time.monotonic() - start < 3
    instance.close()


def test_each_data_directory_is_its_own_instance(tmp_path: Path) -> None:
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert server_name(tmp_path / "a") == server_name(str(tmp_path / "a"))
    assert len(server_name(tmp_path / "a")) < 40  # socket paths are short


def test_a_socket_left_by_a_crashed_app_is_reclaimed(tmp_path: Path) -> None:
    if sys.platform == "win32":
        pytest.skip("named pipes vanish with their process")
    from PySide6.QtCore import QDir
    from PySide6.QtNetwork import QLocalServer

    name = server_name(tmp_path / "data")
    path = Path(QDir.tempPath()) / name
    if len(str(path)) > 100:
        pytest.skip("the temp path is too long for a socket")
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(str(path))
    stale.close()  # the socket file stays, nobody listens: as after a crash
    assert path.exists()
    instance = SingleInstance(str(tmp_path / "data"))
    assert instance.hand_over("x.pdf") is False
    assert instance.serve(FakeWindow())
    assert isinstance(instance.server, QLocalServer) and instance.server.isListening()
    instance.close()


def test_macos_open_with_reaches_the_window(qtbot: Any, tmp_path: Path) -> None:
    instance = SingleInstance(str(tmp_path / "data"))
    pack = tmp_path / "agenda.pdf"
    # Finder's "Open With" before the window exists is kept until it does.
    QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(QUrl.fromLocalFile(str(pack))))
    window = FakeWindow()
    instance.serve(window)
    qtbot.waitUntil(lambda: window.opened == [str(pack)], timeout=5000)
    QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(tmp_path / "b.pdf")))
    assert window.opened == [str(pack), str(tmp_path / "b.pdf")]
    instance.close()


def test_a_live_server_is_never_taken_over(running: Any, tmp_path: Path) -> None:
    """Two starts at once: the one that lost the race does not steal the other's name."""
    first, _window = running
    late = SingleInstance(str(tmp_path / "data"))
    assert late.serve(FakeWindow()) is False
    assert first.server is not None and first.server.isListening()
    late.close()
