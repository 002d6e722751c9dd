"""Page geometry, rendering, words, links and search hits, done by the PDF owner's thread.

PyMuPDF runs on one thread only (``core.pdf_owner``): a :class:`RenderWorker` keeps its view's
wishes (the pages to render, words and links wanted, a search under way) and feeds them to the
owner one at a time; results come back through Qt signals with queued connections, so the UI
thread only paints. The GUI replaces the whole job list on every scroll, which drops stale
requests for free. The reader's pages, the side views and the presenter each have a worker,
all sharing the owner's one Document of the pack.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

import pymupdf
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QImage, QPainter

from boardprep.core import pdf_owner
from boardprep.core.errors import PackError
from boardprep.core.pagebudget import page_too_heavy, too_many_links
from boardprep.core.pdfopen import viewer_message
from boardprep.ui.page_layout import PX_PER_PT

log = logging.getLogger(__name__)

Rect = tuple[float, float, float, float]
# (x0, y0, x1, y1, text, block, line, word) exactly as page.get_text("words") gives them
Word = tuple[float, float, float, float, str, int, int, int]


@dataclass(frozen=True)
class LinkInfo:
    rect: Rect
    page: int | None  # 1-based target page for internal links
    y: float | None  # target y in PDF points from the page top
    uri: str | None


@dataclass
class PageInfo:
    words: list[Word] = field(default_factory=list)
    links: list[LinkInfo] = field(default_factory=list)


@dataclass(frozen=True)
class RenderJob:
    page: int  # 0-based
    zoom: float
    dpr: float


@dataclass(frozen=True)
class InfoJob:
    page: int  # 0-based


@dataclass(frozen=True)
class OutlineJob:
    """Read the PDF's own outline (bookmarks)."""


Job = RenderJob | InfoJob | OutlineJob
# What the owner's thread does next: a job, an open ("open", path, document generation) or
# one page of a search ("search", (search generation, term), 0-based page).
OpenTask = tuple[Literal["open"], str, int]
SearchTask = tuple[Literal["search"], tuple[int, str], int]
Task = Job | OpenTask | SearchTask


@dataclass(frozen=True)
class OutlineEntry:
    level: int  # 1 for the top level
    title: str
    page: int | None  # 1-based target page; None when the entry points nowhere in this file
    y: float | None  # target y in PDF points from the page top, when the entry gives one


MAX_OUTLINE = 5000  # a hostile file's million bookmarks must not freeze the tree


def read_outline(doc: pymupdf.Document) -> list[OutlineEntry]:
    entries: list[OutlineEntry] = []
    for row in doc.get_toc(simple=False)[:MAX_OUTLINE]:
        level, title, page = int(row[0]), " ".join(str(row[1]).split()), int(row[2])
        dest = row[3] if len(row) > 3 and isinstance(row[3], dict) else {}
        to = dest.get("to")
        y = float(to.y) if to is not None and hasattr(to, "y") else None
        ok = 1 <= page <= doc.page_count
        entries.append(OutlineEntry(max(1, level), title or "(untitled)", page if ok else None, y))
    return entries


# Affine matrix (a, b, c, d, e, f) from unrotated PDF coordinates to the displayed page.
Matrix6 = tuple[float, float, float, float, float, float]


def page_geometry(doc: pymupdf.Document) -> tuple[list[tuple[float, float]], dict[int, Matrix6]]:
    """Displayed size of every page, and the rotation matrix of the rotated ones."""
    sizes: list[tuple[float, float]] = []
    rotations: dict[int, Matrix6] = {}
    for i in range(doc.page_count):
        try:
            page = doc[i]
            r = page.rect
            sizes.append((float(r.width), float(r.height)))
            if page.rotation:
                m = page.rotation_matrix
                rotations[i] = (m.a, m.b, m.c, m.d, m.e, m.f)
        except Exception:  # a damaged page still gets a slot, shown as an error
            sizes.append((595.0, 842.0))
    return sizes, rotations


def page_sizes(doc: pymupdf.Document) -> list[tuple[float, float]]:
    return page_geometry(doc)[0]


MAX_PIXELS = 12_000_000  # ~48 MB per page image at most
BAND_PX = 160  # device pixels per render band: bounds how long one call holds the GIL


def render_page(doc: pymupdf.Document, job: RenderJob) -> QImage:
    """Render through a display list in horizontal bands.

    PyMuPDF keeps the GIL for a whole call, so one big get_pixmap would freeze the UI
    thread for the full render (30-90 ms on dense pages). Short band calls with a yield
    in between let the UI thread run every few milliseconds.
    """
    page = doc[job.page]
    s = job.zoom * PX_PER_PT * job.dpr
    area = page.rect.width * page.rect.height * s * s
    if area > MAX_PIXELS:
        # Deep zoom: a full-page image would eat the cache; the view scales this one up.
        s *= (MAX_PIXELS / area) ** 0.5
    matrix = pymupdf.Matrix(s, s)
    full = (page.rect * matrix).irect
    image = QImage(full.width, full.height, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFFFF)
    if page_too_heavy(page):
        image.setDevicePixelRatio(job.dpr)
        return image  # a hostile page: a blank sheet, never minutes of drawing
    dlist = page.get_displaylist()
    painter = QPainter(image)
    try:
        rows = max(1, -(-full.height // BAND_PX))
        for k in range(rows):
            y0, y1 = full.y0 + k * BAND_PX, min(full.y1, full.y0 + (k + 1) * BAND_PX)
            clip = pymupdf.Rect(full.x0, y0, full.x1, y1) * ~matrix
            pix = dlist.get_pixmap(matrix=matrix, clip=clip, alpha=False)
            band = QImage(
                pix.samples, pix.width, pix.height, pix.stride, QImage.Format.Format_RGB888
            )
            painter.drawImage(pix.x - full.x0, pix.y - full.y0, band)
            time.sleep(0)  # hand the GIL to the UI thread between bands
    finally:
        painter.end()
    image.setDevicePixelRatio(job.dpr)
    return image


def page_info(doc: pymupdf.Document, index: int) -> PageInfo:
    page = doc[index]
    if page_too_heavy(page):
        return PageInfo()
    words: list[Word] = [tuple(w) for w in page.get_text("words", sort=False)]  # type: ignore[misc]
    links: list[LinkInfo] = []
    if too_many_links(page):
        log.warning("page %d has too many links to read; its links are left out", index + 1)
        return PageInfo(words, links)
    for link in page.get_links():
        r = link.get("from")
        if r is None:
            continue
        # Link rects come rotated, words and search hits do not: store all unrotated.
        r = pymupdf.Rect(r) * page.derotation_matrix if page.rotation else r
        rect = (float(r.x0), float(r.y0), float(r.x1), float(r.y1))
        kind = link.get("kind")
        if kind in (pymupdf.LINK_GOTO, pymupdf.LINK_NAMED) and link.get("page", -1) >= 0:
            to = link.get("to")
            links.append(LinkInfo(rect, int(link["page"]) + 1, float(to.y) if to else None, None))
        elif kind == pymupdf.LINK_URI and link.get("uri"):
            links.append(LinkInfo(rect, None, None, str(link["uri"])))
    return PageInfo(words, links)


class RenderWorker(QObject):
    """One view's wishes, fed to the PDF owner's thread one task at a time.

    Public methods are called from the GUI thread; ``_pump`` and ``_do`` run on the owner's
    thread. At most one pump per priority waits in the owner's queue: it takes the most
    urgent wish when its turn comes (open, then words/links/outline, then the pages in the
    order last asked for, then a step of the search), so wishes replaced meanwhile are
    never done.
    """

    opened = Signal(int, object)  # doc generation, page_geometry() result
    openFailed = Signal(int, str)  # doc generation, message
    rendered = Signal(int, object, QImage)  # doc generation, RenderJob, image
    renderFailed = Signal(int, object, str)  # doc generation, RenderJob, message
    infoReady = Signal(int, int, object)  # doc generation, 0-based page, PageInfo
    searchHits = Signal(int, int, object)  # search generation, 0-based page, list[Rect]
    outlineReady = Signal(int, object)  # doc generation, list[OutlineEntry]
    searchFinished = Signal(int)  # search generation

    def __init__(
        self,
        parent: QObject | None = None,
        owner: pdf_owner.PdfOwner | None = None,
        priority: int = pdf_owner.INTERACTIVE,
    ) -> None:
        """``priority``: the owner's priority of this view's pages (thumbnails wait for the
        reader's pages); its search steps run at ``BACKGROUND``.

        The owner's queue holds the worker, and may hold the last Python reference to it: a
        Qt parent (the application when none is given) keeps its C++ side from being
        deleted on the owner's thread; once stopped it is deleted with ``deleteLater``, in
        the GUI thread."""
        super().__init__(parent if parent is not None else QCoreApplication.instance())
        self._owner = owner or pdf_owner.owner()
        self._priority = priority
        self._lock = threading.RLock()  # guards the wishes below (GUI thread <-> owner)
        self._doc_gen = 0
        self._open_path: str | None = None  # an open to do ("" closes)
        self._jobs: list[Job] = []
        self._urgent: list[Job] = []
        self._inflight: Job | None = None
        self._search: tuple[int, str] | None = None
        self._search_next = 0
        self._stopped = False
        self._deleted = False  # deleteLater asked, once stopped and let go of the document
        self._has_doc = False
        self._queued: set[int] = set()  # priorities of the pumps waiting in the owner's queue
        # Owner-thread state: the shared document and its generation.
        self._doc: pymupdf.Document | None = None
        self._gen = 0

    # --- GUI-thread API -------------------------------------------------------------------
    def open(self, path: str | None) -> int:
        """Start loading a document (None closes); returns the new document generation."""
        with self._lock:
            self._doc_gen += 1
            self._open_path = path if path is not None else ""
            self._jobs, self._urgent, self._search = [], [], None
            self._kick()
            return self._doc_gen

    def set_jobs(self, jobs: Sequence[Job]) -> None:
        """Replace the queue: jobs in priority order; whatever was not started is dropped."""
        with self._lock:
            self._jobs = [j for j in jobs if j != self._inflight]
            self._kick()

    def request_info(self, page: int) -> None:
        with self._lock:
            job = InfoJob(page)
            if job not in self._urgent and job != self._inflight:
                self._urgent.append(job)
                self._kick()

    def request_outline(self) -> None:
        with self._lock:
            if OutlineJob() not in self._urgent:
                self._urgent.append(OutlineJob())
                self._kick()

    def search(self, generation: int, term: str | None) -> None:
        with self._lock:
            self._search = (generation, term) if term else None
            self._search_next = 0
            self._kick()

    def stop(self) -> None:
        """No more work; the shared document is let go (the owner closes it when unused)."""
        with self._lock:
            self._stopped = True
            self._open_path = ""
            self._jobs, self._urgent, self._search = [], [], None
            self._kick()

    # --- feeding the owner ------------------------------------------------------------------
    def _wanted_priority(self) -> int | None:
        """How urgent the most urgent wish is (lock held); None when there is none."""
        if self._open_path is not None:
            return self._priority
        if self._stopped:
            return None
        if self._urgent or self._jobs:
            return self._priority
        if self._search is not None and self._has_doc:
            return pdf_owner.BACKGROUND
        return None

    def _kick(self) -> None:
        """Queue a pump unless one at least as urgent already waits (lock held)."""
        want = self._wanted_priority()
        if want is None or any(p <= want for p in self._queued):
            return
        self._queued.add(want)
        self._owner.submit(self._pump, want, priority=want)

    def _take(self) -> Task | None:
        """The most urgent wish, removed from the wishes (lock held); None when none is left."""
        if self._open_path is not None:
            opening: OpenTask = ("open", self._open_path, self._doc_gen)
            self._open_path = None
            return opening
        if self._stopped:
            return None
        if self._urgent or self._jobs:
            job = (self._urgent or self._jobs).pop(0)
            self._inflight = job
            return job
        if self._search is not None and self._has_doc:
            step: SearchTask = ("search", self._search, self._search_next)
            self._search_next += 1
            return step
        return None

    def _pump(self, priority: int) -> None:
        with self._lock:
            self._queued.discard(priority)
            task = self._take()
        try:
            if task is not None:
                self._do(task)
        except Exception:  # the owner must survive anything a hostile file triggers
            log.exception("PDF worker task failed: %r", task)
        finally:
            with self._lock:
                self._inflight = None
                self._kick()
                done = self._stopped and self._open_path is None and not self._deleted
                self._deleted = self._deleted or done
            if done:
                self.deleteLater()  # no signal follows: the C++ side goes, in the GUI thread

    def _do(self, task: Task) -> None:
        if isinstance(task, tuple) and task[0] == "open":
            self._switch(task[1], task[2])
            return
        doc, gen = self._doc, self._gen
        if doc is None:
            return
        if isinstance(task, RenderJob):
            try:
                self.rendered.emit(gen, task, render_page(doc, task))
            except Exception as exc:  # a damaged page must not take the app down
                self.renderFailed.emit(gen, task, str(exc))
        elif isinstance(task, OutlineJob):
            try:
                entries = read_outline(doc)
            except Exception:  # a damaged outline is no outline
                entries = []
            self.outlineReady.emit(gen, entries)
        elif isinstance(task, InfoJob):
            try:
                info = page_info(doc, task.page)
            except Exception:
                info = PageInfo()
            self.infoReady.emit(gen, task.page, info)
        else:
            self._search_step(doc, task[1], task[2])

    def _switch(self, path: str, gen: int) -> None:
        """Let go of the open document, then take the shared one of ``path`` (owner thread)."""
        if self._doc is not None:
            doc, self._doc = self._doc, None
            with self._lock:
                self._has_doc = False
            self._owner.release(doc)
        if not path:
            return
        try:
            doc = self._owner.acquire(path)
        except PackError as err:
            self.openFailed.emit(gen, viewer_message(path, err))
            return
        self._doc, self._gen = doc, gen
        with self._lock:
            self._has_doc = True
        self.opened.emit(gen, page_geometry(doc))

    def _search_step(self, doc: pymupdf.Document, search: tuple[int, str], index: int) -> None:
        sgen, term = search
        if index >= doc.page_count:
            with self._lock:
                if self._search == (sgen, term):
                    self._search = None
            self.searchFinished.emit(sgen)
            return
        try:
            rects = [(r.x0, r.y0, r.x1, r.y1) for r in doc[index].search_for(term)]
        except Exception:
            rects = []
        if rects:
            self.searchHits.emit(sgen, index, rects)
