"""One window per data directory: a second start hands its pack to the running one.

The running app listens on a QLocalServer (a Unix socket in the temp folder, a named pipe on
Windows; only this user may connect) whose name is derived from the data directory, so two
data directories (`--data-dir`) are two independent apps. A second `boardprep PACK.pdf` (or a
double-click in the file manager) connects, sends one JSON line ``{"open": "/abs/PACK.pdf"}``
(``{"sample": true}``, or ``{}`` just to bring the window forward), waits for ``ok`` and ends.

macOS delivers "Open With" / a double-click to the running app as a QFileOpenEvent rather than
a second start: the same `SingleInstance` takes those from the application's event queue.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent, QGuiApplication
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication

from boardprep.core import paths

log = logging.getLogger("boardprep.instance")
CONNECT_MS = 1000
REPLY_MS = 5000
MAX_LINE = 64 * 1024


class Window(Protocol):
    def open_pack(self, path: str) -> None: ...
    def open_sample(self) -> None: ...


def server_name(data_dir: str | os.PathLike[str] | None) -> str:
    """The local server's name for this user and data directory (short: socket paths are)."""
    where = str(paths.chosen_data_dir(data_dir).resolve())
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = str(os.getuid()) if hasattr(os, "getuid") else ""
    digest = hashlib.sha256(f"{user}\0{where}".encode()).hexdigest()[:16]
    return f"boardprep-{digest}"


def request(pack: str | None, sample: bool = False) -> dict[str, Any]:
    if pack:
        return {"open": os.path.abspath(os.path.expanduser(pack))}
    return {"sample": True} if sample else {}


class SingleInstance(QObject):
    """Hand over to a running window (`hand_over`) or become the one that listens (`serve`)."""

    def __init__(self, data_dir: str | None, app: QApplication | None = None) -> None:
        super().__init__()
        self.name = server_name(data_dir)
        self.server: QLocalServer | None = None
        self.window: Window | None = None
        self.pending: list[dict[str, Any]] = []
        self.app = app or QApplication.instance()
        if self.app is not None:  # macOS "Open With", even before the window exists
            self.app.installEventFilter(self)

    # ---- the second start ---------------------------------------------------------------
    def hand_over(self, pack: str | None, sample: bool = False) -> bool:
        """True when a running window took the request (this start should then end)."""
        sock = QLocalSocket()
        sock.connectToServer(self.name)
        if not sock.waitForConnected(CONNECT_MS):
            return False
        message = request(pack, sample)
        sock.write(json.dumps(message).encode("utf-8") + b"\n")
        sock.waitForBytesWritten(CONNECT_MS)
        reply = b""
        while b"\n" not in reply and sock.waitForReadyRead(REPLY_MS):
            reply += bytes(sock.readAll().data())
        sock.disconnectFromServer()
        if not reply.startswith(b"ok"):
            return False
        what = message.get("open") or ("the sample pack" if sample else "nothing")
        log.info("handed %s to the running window (%s)", what, self.name)
        print(f"boardprep: opened {what} in the boardprep window already running")
        return True

    # ---- the running app ----------------------------------------------------------------
    def serve(self, window: Window) -> bool:
        """Listen for later starts; requests go to WINDOW. False if listening failed."""
        self.window = window
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # Another start that won the race: never steal its name (with access options set, Qt
        # binds in a private folder and renames the socket over an existing one).
        if self._someone_listens():
            log.warning("another boardprep window already listens as %s", self.name)
            return False
        if not server.listen(self.name):
            # A socket left by an app that crashed: nobody answers on it, so reclaim it.
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                log.warning("cannot listen as %s: %s", self.name, server.errorString())
                return False
        server.newConnection.connect(self._accept)
        self.server = server
        log.info("listening as %s for packs opened while this window runs", self.name)
        for message in self.pending:
            QTimer.singleShot(0, lambda m=message: self.deliver(m))
        self.pending.clear()
        return True

    def _someone_listens(self) -> bool:
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        live = probe.waitForConnected(300)
        probe.abort()
        return live

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        if self.app is not None:
            self.app.removeEventFilter(self)

    def _accept(self) -> None:
        assert self.server is not None
        while (sock := self.server.nextPendingConnection()) is not None:
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(sock.deleteLater)

    def _read(self, sock: QLocalSocket) -> None:
        if not sock.canReadLine():
            if sock.bytesAvailable() > MAX_LINE:
                sock.abort()
            return
        line = bytes(sock.readLine(MAX_LINE).data())
        try:
            message = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            message = None
        if not isinstance(message, dict):
            sock.write(b"bad\n")
            sock.flush()
            return
        sock.write(b"ok\n")
        sock.flush()
        self.deliver(message)

    def deliver(self, message: dict[str, Any]) -> None:
        """Open what another start (or the system) asked for, and bring the window forward."""
        if self.window is None:
            self.pending.append(message)
            return
        path = message.get("open")
        if isinstance(path, str) and path:
            log.info("another start opens %s", path)
            self.window.open_pack(path)
        elif message.get("sample"):
            log.info("another start opens the sample pack")
            self.window.open_sample()
        self._raise_window()

    def _raise_window(self) -> None:
        w = self.window
        if w is None or not hasattr(w, "activateWindow"):
            return
        if QGuiApplication.platformName() == "offscreen":  # no window manager to ask
            return
        if w.isMinimized():  # type: ignore[attr-defined]
            w.showNormal()  # type: ignore[attr-defined]
        w.raise_()  # type: ignore[attr-defined]
        w.activateWindow()  # type: ignore[attr-defined]

    # ---- macOS: Finder's "Open With" and double-clicks -----------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file() or event.url().toLocalFile()
            if path:
                log.info("the system asks to open %s", path)
                self.deliver({"open": str(Path(path))})
                return True
        return False
