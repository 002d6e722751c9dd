"""A long job run on the PDF owner's thread, with the face of a QThread.

Analysis, printing, exports and the password check call PyMuPDF, so they run as jobs of
``core.pdf_owner`` (one thread for all PyMuPDF work) instead of threads of their own. An
:class:`OwnerJob` keeps what the window used of QThread — ``start``, ``isRunning``,
``isFinished``, ``wait``, ``finished`` — and carries every signal its ``run`` posts to the GUI
thread, in order, through one queued connection: the UI thread never waits on the job.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal

from boardprep.core import pdf_owner

log = logging.getLogger(__name__)


class OwnerJob(QObject):
    """Subclasses define ``run`` (called on the owner's thread) and their signals; ``run``
    reports through :meth:`post`, which reaches the GUI thread in order.

    The owner's thread may drop the last Python reference to the job: a Qt parent (the
    application when none is given) keeps the C++ side from being deleted there. Whoever
    started the job deletes it with ``deleteLater`` once ``finished`` has come."""

    finished = Signal()
    _relay = Signal(str, object)  # signal name, its arguments: re-emitted in the GUI thread

    priority = pdf_owner.LONG

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else QCoreApplication.instance())
        self._future: Future[Any] | None = None
        self._finished = False
        self._relay.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def run(self) -> None:  # pragma: no cover - every subclass defines it
        raise NotImplementedError

    # ---- QThread's face --------------------------------------------------------------------
    def start(self) -> None:
        if self._future is None:
            self._future = pdf_owner.owner().submit(self._body, priority=self.priority)

    def isRunning(self) -> bool:  # QThread's name, kept for its callers
        return self._future is not None and not self._finished

    def isFinished(self) -> bool:
        return self._finished

    def wait(self, msecs: int | None = None) -> bool:
        """Block until ``run`` is over: only for a window that is closing (after a cancel)."""
        if self._future is None:
            return True
        try:
            self._future.result(None if msecs is None else msecs / 1000)
        except FutureTimeout:
            return False
        except BaseException:  # the job's own failure was reported by the job
            pass
        return True

    def drop_if_waiting(self) -> bool:
        """Take the job out of the owner's queue when it has not started; True if so."""
        if self._future is not None and self._future.cancel():
            self._relay.emit("finished", ())  # queued, as a finished thread's would be
            return True
        return False

    # ---- signals ---------------------------------------------------------------------------
    def post(self, name: str, *args: Any) -> None:
        """Emit signal ``name`` in the GUI thread (at once when already there)."""
        if QThread.currentThread() is self.thread():
            getattr(self, name).emit(*args)
        else:
            self._relay.emit(name, args)

    def _deliver(self, name: str, args: tuple[Any, ...]) -> None:
        if name == "finished":
            self._finished = True
        getattr(self, name).emit(*args)

    def _body(self) -> None:
        try:
            self.run()
        except Exception:  # run() reports its own failures; anything else is a bug: log it
            log.exception("%s failed", type(self).__name__)
        finally:
            self._relay.emit("finished", ())
