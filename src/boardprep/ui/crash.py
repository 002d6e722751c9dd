"""Errors people can report: the log file, and a dialog instead of dying silently.

`install(data_dir)` (called by run_app before the window exists) starts the rotating log file
(core/logfile.py), sends a windowed build's missing stdout/stderr to it, and replaces
``sys.excepthook`` and ``threading.excepthook``: an unexpected exception is written to the log
with its traceback and shown in a `CrashDialog` ("Copy details", "Open log folder", the log's
path). Exceptions raised in other threads reach the dialog through a queued signal. The same
fault shown once is only logged after that, so a fault in a paint event cannot flood the screen.
Store faults are caught before this hook (ui/store_faults.py) and explained in their own words.
"""

from __future__ import annotations

import contextlib
import logging
import platform
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from boardprep import __version__
from boardprep.core import logfile, paths

log = logging.getLogger("boardprep.crash")
_shown: set[str] = set()  # faults already shown this session (by where they were raised)
_open_dialog: CrashDialog | None = None
_bridge: _Bridge | None = None


class _Bridge(QObject):
    """Carries a fault from another thread to the GUI thread (queued connection)."""

    fault = Signal(str, str)


class _LogStream:
    """A stand-in for the stdout/stderr a windowed app does not have: lines go to the log."""

    def __init__(self, name: str) -> None:
        self._log = logging.getLogger(f"boardprep.{name}")
        self._buf = ""

    def write(self, text: str) -> int:
        self._buf += text
        *lines, self._buf = self._buf.split("\n")
        for line in lines:
            if line.strip():
                self._log.warning(line)
        return len(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False


def install(data_dir: str | None, pack: str | None = None, sample: bool = False) -> Path | None:
    """Log file, stdout/stderr of a windowed build, exception hooks; returns the log's path."""
    global _bridge
    path = logfile.setup(data_dir)
    if sys.stdout is None:
        sys.stdout = _LogStream("stdout")  # type: ignore[assignment]
    if sys.stderr is None:
        sys.stderr = _LogStream("stderr")  # type: ignore[assignment]
    log.info(
        "boardprep %s started (%s, Python %s, Qt %s, %s)",
        __version__,
        "frozen" if getattr(sys, "frozen", False) else "from source",
        platform.python_version(),
        _qt_version(),
        platform.platform(),
    )
    if pack or sample:
        log.info("asked to open %s", pack or f"the sample pack ({paths.sample_pack()})")
    if _bridge is None:
        _bridge = _Bridge()
        _bridge.fault.connect(show_fault, Qt.ConnectionType.QueuedConnection)
    sys.excepthook = excepthook
    threading.excepthook = _thread_hook
    return path


def _qt_version() -> str:
    from PySide6 import __version__ as pyside

    return pyside


def details_text(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """What a report needs: version, platform, the traceback."""
    where = "frozen" if getattr(sys, "frozen", False) else "source"
    head = (
        f"boardprep {__version__} ({where}), Python {platform.python_version()}, "
        f"Qt {_qt_version()}, {platform.platform()}\n"
    )
    return head + "".join(traceback.format_exception(kind, exc, tb))


def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    details = details_text(kind, exc, tb)
    log.error("unexpected error\n%s", details.rstrip())
    if sys.stderr is not None:
        with contextlib.suppress(OSError, ValueError):
            print(details, file=sys.stderr, end="")
    summary = f"{kind.__name__}: {exc}" if str(exc) else kind.__name__
    key = _fault_key(kind, tb)
    if QThread.currentThread() is not _main_thread() and _bridge is not None:
        _bridge.fault.emit(summary + "\0" + key, details)
        return
    show_fault(summary + "\0" + key, details)


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        excepthook(args.exc_type, args.exc_value, args.exc_traceback)


def _main_thread() -> QThread | None:
    app = QApplication.instance()
    return app.thread() if app is not None else None


def _fault_key(kind: type[BaseException], tb: TracebackType | None) -> str:
    frames = traceback.extract_tb(tb)[-3:] if tb is not None else []
    return kind.__name__ + "|" + "|".join(f"{f.filename}:{f.lineno}" for f in frames)


def show_fault(tagged: str, details: str) -> None:
    """The dialog for a fault, unless one is open or this fault was shown already."""
    global _open_dialog
    summary, _, key = tagged.partition("\0")
    if QApplication.instance() is None or _open_dialog is not None or key in _shown:
        return
    _shown.add(key)
    parent = QApplication.activeWindow()
    dialog = CrashDialog(summary, details, logfile.current(), parent)
    _open_dialog = dialog
    try:
        # Modal only where nothing else would keep it on screen (before or after the event
        # loop); never offscreen, where nobody could close it.
        offscreen = QGuiApplication.platformName() == "offscreen"
        if QThread.currentThread().loopLevel() > 0 or offscreen:
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(_dialog_closed)
            dialog.open()  # the app runs on; the dialog stays until closed
        else:  # before or after the event loop: wait for the user here
            dialog.exec()
            _dialog_closed()
    except RuntimeError:
        _dialog_closed()


def _dialog_closed(*_args: object) -> None:
    global _open_dialog
    _open_dialog = None


def open_log_folder(data_dir: str | None = None) -> Path:
    """Show the folder holding the log file in the system's file manager."""
    current = logfile.current()
    folder = current.parent if current is not None else paths.log_dir(data_dir)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
    return folder


class CrashDialog(QDialog):
    """Says what happened, where the log is, and lets the user copy the details."""

    def __init__(
        self, summary: str, details: str, log_path: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("boardprep: something went wrong")
        self.details = details
        self.log_path = log_path
        lay = QVBoxLayout(self)
        where = (
            f"The details are also in the log file:<br><code>{log_path}</code>" if log_path else ""
        )
        self.message = QLabel(
            f"<b>boardprep met an error it did not expect.</b><br>{_html(summary)}<br><br>"
            "What you had saved is safe. If something now looks wrong, close boardprep and "
            "start it again. To report the problem, press <i>Copy details</i> and paste them "
            f"into your message. {where}"
        )
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.message)
        self.text = QPlainTextEdit(details)
        self.text.setReadOnly(True)
        self.text.setMinimumSize(560, 180)
        lay.addWidget(self.text)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_btn = QPushButton("Copy details")
        self.folder_btn = QPushButton("Open log folder")
        box.addButton(self.copy_btn, QDialogButtonBox.ButtonRole.ActionRole)
        box.addButton(self.folder_btn, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_btn.clicked.connect(self.copy_details)
        self.folder_btn.clicked.connect(lambda: open_log_folder())
        self.folder_btn.setEnabled(log_path is not None)
        box.rejected.connect(self.reject)
        lay.addWidget(box)

    def copy_details(self) -> None:
        text = self.details + (f"\nLog file: {self.log_path}\n" if self.log_path else "")
        QGuiApplication.clipboard().setText(text)
        self.copy_btn.setText("Copied")


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
