"""The one thread of the app that calls PyMuPDF.

PyMuPDF is not thread-safe: MuPDF's context (its store, its warning buffer, its font cache) is
shared even between separate ``Document`` objects, so two threads calling it at once can
corrupt memory. In the window every PyMuPDF call therefore runs on one long-lived daemon
thread, the *owner*: the Qt layer submits jobs (callables) and gets
``concurrent.futures.Future`` objects back; it never calls PyMuPDF and never waits on a future.

- Jobs run in priority order, first come first served within a priority: a page the reader
  waits for (:data:`INTERACTIVE`) jumps ahead of a search step (:data:`BACKGROUND`), which
  jumps ahead of an analysis, a print or an export (:data:`LONG`).
- A long job does not freeze the pages: it calls :func:`cooperate` between pages (the
  analysis from its progress callback, exports from ``export.output.step``, printing between
  sheets), which runs the more urgent jobs waiting, on this same thread, before it goes on.
  So rendering stays live during an analysis, and still no two PyMuPDF calls ever overlap.
- Documents the reader shares (the pages, the side views, the presenter, printing) are opened
  once per file and kept here (:meth:`PdfOwner.acquire` / :meth:`PdfOwner.release`, counted;
  closed when the last user lets go). A job that changes a document (the annotated export)
  opens its own.

The command line is single-threaded: it calls the core directly and never starts an owner
(:func:`cooperate` is then a no-op). ``$BOARDPREP_PDF_GUARD`` turns on ``pdf_guard``, which
reports any PyMuPDF call made off this thread while it runs.
"""

from __future__ import annotations

import atexit
import contextlib
import heapq
import itertools
import logging
import os
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)

INTERACTIVE = 0  # a page on screen: its image, words, links, the outline, the page sizes
BACKGROUND = 10  # a step of a search through the pages
LONG = 20  # analysis, printing, exports: they cooperate() to let the above through

COOPERATE_BUDGET_S = 0.1  # at most this long per cooperate() call: the long job goes on too


@dataclass(order=True)
class _Job:
    priority: int
    seq: int
    fn: Callable[[], Any] = field(compare=False)
    future: Future[Any] = field(compare=False)


class PdfOwner:
    """One daemon thread running submitted jobs, and the documents it keeps open."""

    def __init__(self, name: str = "pdf-owner") -> None:
        self._cond = threading.Condition()
        self._queue: list[_Job] = []  # a heap: most urgent first, then oldest
        self._seq = itertools.count()
        self._stopping = False
        self._running: list[int] = []  # priorities of the jobs on the stack (cooperate nests)
        # Owner-thread state: documents by file identity, with their users' count.
        self._docs: dict[tuple[str, int, int], list[Any]] = {}  # key -> [doc, users]
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    # ---- any thread ----------------------------------------------------------------------
    @property
    def thread(self) -> threading.Thread:
        return self._thread

    def is_owner_thread(self) -> bool:
        return threading.current_thread() is self._thread

    def alive(self) -> bool:
        return self._thread.is_alive() and not self._stopping

    def submit(
        self, fn: Callable[..., Any], /, *args: Any, priority: int = INTERACTIVE, **kwargs: Any
    ) -> Future[Any]:
        """Queue ``fn(*args, **kwargs)`` for the owner thread; its result or exception lands
        in the returned future. A future cancelled before its turn is skipped."""
        future: Future[Any] = Future()
        job = _Job(priority, next(self._seq), lambda: fn(*args, **kwargs), future)
        with self._cond:
            if self._stopping:
                future.set_exception(RuntimeError("the PDF owner has stopped"))
                return future
            heapq.heappush(self._queue, job)
            self._cond.notify()
        return future

    def pending(self) -> int:
        """Jobs queued and not started (tests, the stress run)."""
        with self._cond:
            return len(self._queue)

    def idle(self) -> bool:
        with self._cond:
            return not self._queue and not self._running

    def shutdown(self, timeout: float = 2.0) -> None:
        """Stop taking jobs, cancel the queued ones, close the documents (at exit)."""
        with self._cond:
            if self._stopping:
                return
            self._stopping = True
            dropped, self._queue = self._queue, []
            self._cond.notify()
        for job in dropped:
            job.future.cancel()
        if not self.is_owner_thread():
            self._thread.join(timeout)

    # ---- the owner thread ----------------------------------------------------------------
    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._queue and not self._stopping:
                    self._cond.wait()
                if self._stopping:
                    break
                job = heapq.heappop(self._queue)
            self._execute(job)
        self._close_all()

    def _execute(self, job: _Job) -> None:
        if not job.future.set_running_or_notify_cancel():
            return
        with self._cond:
            self._running.append(job.priority)
        try:
            result = job.fn()
        except BaseException as exc:  # the thread must survive anything a hostile file does
            job.future.set_exception(exc)
        else:
            job.future.set_result(result)
        finally:
            with self._cond:
                self._running.pop()

    def cooperate(self, budget: float = COOPERATE_BUDGET_S) -> int:
        """From inside a job: run the waiting jobs more urgent than it (renders during an
        analysis), for at most ``budget`` seconds. Returns how many ran; elsewhere a no-op."""
        if not self.is_owner_thread():
            return 0
        ran = 0
        deadline = time.monotonic() + budget
        while time.monotonic() < deadline:
            with self._cond:
                limit = self._running[-1] if self._running else LONG + 1
                if self._stopping or not self._queue or self._queue[0].priority >= limit:
                    break
                job = heapq.heappop(self._queue)
            self._execute(job)
            ran += 1
        return ran

    def _check_thread(self) -> None:
        if not self.is_owner_thread():
            raise RuntimeError("PDF documents are opened and closed on the owner thread only")

    def acquire(self, path: str | os.PathLike[str]) -> Any:
        """The shared Document of ``path`` (opened once, on first need); owner thread only.

        Raises the opener's ``PackError`` for a file that cannot be read. A file changed on
        disk since it was opened (another size or time) is opened afresh."""
        from boardprep.core.pdfopen import open_pack

        self._check_thread()
        key = _file_key(path)
        entry = self._docs.get(key)
        if entry is None:
            entry = self._docs[key] = [open_pack(path), 0]
        entry[1] += 1
        return entry[0]

    def release(self, doc: Any) -> None:
        """One user less for ``doc``; the last one out closes it. Owner thread only."""
        self._check_thread()
        for key, entry in list(self._docs.items()):
            if entry[0] is doc:
                entry[1] -= 1
                if entry[1] <= 0:
                    del self._docs[key]
                    with contextlib.suppress(Exception):
                        doc.close()
                return

    def open_documents(self) -> int:
        """How many shared documents are open (tests)."""
        return len(self._docs)

    def _close_all(self) -> None:
        for doc, _users in self._docs.values():
            with contextlib.suppress(Exception):
                doc.close()
        self._docs.clear()


def _file_key(path: str | os.PathLike[str]) -> tuple[str, int, int]:
    real = os.path.realpath(os.fspath(path))
    try:
        st = os.stat(real)
    except OSError:
        return (real, -1, -1)  # the opener says what is wrong with it
    return (real, st.st_size, st.st_mtime_ns)


_owner: PdfOwner | None = None
_owner_lock = threading.Lock()


def owner() -> PdfOwner:
    """The process's owner, started on first use (by the window, never by the CLI)."""
    global _owner
    with _owner_lock:
        if _owner is None or not _owner.alive():
            _owner = PdfOwner()
            atexit.register(_owner.shutdown)
        current = _owner
    from boardprep.core import pdf_guard

    pdf_guard.install_if_asked()
    return current


def current() -> PdfOwner | None:
    """The running owner, or None (the command line, before the window starts one)."""
    got = _owner
    return got if got is not None and got.alive() else None


def cooperate(budget: float = COOPERATE_BUDGET_S) -> int:
    """Run waiting urgent jobs when called from inside a long job on the owner thread."""
    got = _owner
    return got.cooperate(budget) if got is not None else 0


@contextlib.contextmanager
def shared_document(path: str | os.PathLike[str]) -> Iterator[Any]:
    """The document of ``path`` for the length of a block: the owner's shared copy on the
    owner thread; elsewhere (the single-threaded command line, a test) a copy of its own."""
    got = current()
    if got is not None and got.is_owner_thread():
        doc = got.acquire(path)
        try:
            yield doc
        finally:
            got.release(doc)
        return
    from boardprep.core.pdfopen import open_pack

    doc = open_pack(path)
    try:
        yield doc
    finally:
        doc.close()
