"""The presenter view: a clean window for the room's second screen (a projector, a wall TV).

It shows only the current item (number and title) and the page in front of the chair: no
menus, notes, questions or clock. It follows the chair's window by signals (MeetingTools calls
:meth:`PresenterView.show_state` when the item or the page changes, never on a timer). The
page is rendered off the UI thread through its own :class:`RenderWorker` (at this screen's
size, on the PDF owner's thread, from the pack's shared Document) and kept in a small
:class:`PageCache`: the UI thread only paints.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QKeyEvent, QPixmap, QResizeEvent, QScreen
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from boardprep.ui.page_cache import PageCache
from boardprep.ui.page_layout import PX_PER_PT
from boardprep.ui.render_worker import RenderJob, RenderWorker

CACHE_BYTES = 96 * 1024 * 1024  # a few full-screen pages: back and forth costs no render


class PresenterView(QWidget):
    closed = Signal()  # closed on its own screen (Esc): the chair's action unticks

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle("boardprep – presenter view")
        self.setAccessibleName("Presenter view")
        self.setStyleSheet("background: #111; color: #f2f2f2;")
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setStyleSheet("font-size: 28pt; font-weight: 700; padding: 12px;")
        self.page = QLabel(self)
        self.page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 8, 16, 16)
        lay.addWidget(self.heading)
        lay.addWidget(self.page, 1)
        self.resize(960, 720)  # mirrored screens: a window the chair drags where it belongs
        self._path: str | None = None
        self._gen = 0
        self._sizes: list[tuple[float, float]] = []  # page sizes in points, once opened
        self._wanted: RenderJob | None = None
        self.cache = PageCache(CACHE_BYTES)
        # No parent, as the reading view's: the worker outlives this widget's C++ side and
        # stops (its thread joined) when the widget is destroyed.
        self.worker = RenderWorker()
        queued = Qt.ConnectionType.QueuedConnection
        self.worker.opened.connect(self._opened, queued)
        self.worker.rendered.connect(self._rendered, queued)
        self.destroyed.connect(self.worker.stop)
        self.shown: tuple[str, int | None] = ("", None)  # (heading, physical page)

    def place_on(self, screen: QScreen) -> None:
        """Full screen on ``screen`` (the one the chair's window is not on)."""
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()

    def set_pack(self, path: str | None) -> None:
        if path == self._path:
            return
        self._path = path
        self._sizes, self._wanted = [], None
        self.cache.clear()
        self.page.clear()
        self._gen = self.worker.open(path)

    def close_document(self) -> None:
        self._path, self._sizes, self._wanted = None, [], None
        self.cache.clear()
        self._gen = self.worker.open(None)

    def show_state(self, heading: str, page: int | None) -> None:
        """``page`` is 1-based; None shows the heading alone."""
        if (heading, page) == self.shown:
            return  # the signals of one change may come several times
        self.shown = (heading, page)
        self.heading.setText(heading)
        self._request()

    # ---- the page, rendered by the worker -----------------------------------------------------
    def _job(self) -> RenderJob | None:
        page = self.shown[1]
        if not page or not 1 <= page <= len(self._sizes):
            return None
        w, h = self._sizes[page - 1]
        area = self.page.size()
        if w <= 0 or h <= 0 or area.width() < 10 or area.height() < 10:
            return None
        fit = min(area.width() / w, area.height() / h)  # device-independent pixels per point
        return RenderJob(page - 1, round(max(0.1, fit / PX_PER_PT), 3), self.devicePixelRatioF())

    def _request(self) -> None:
        job = self._job()
        self._wanted = job
        if job is None:
            self.page.clear()
            return
        image = self.cache.get((job.page, job.zoom, job.dpr))
        if image is not None:
            self._paint(image, exact=True)
            return
        older = self.cache.any_for_page(job.page, job.dpr)
        if older is not None:  # the same page at another size, while the right one renders
            self._paint(older[1], exact=False)
        else:
            self.page.clear()
        self.worker.set_jobs([job])

    def _opened(self, gen: int, geometry: Any) -> None:
        if gen != self._gen:
            return
        self._sizes = list(geometry[0])
        self._request()

    def _rendered(self, gen: int, job: RenderJob, image: QImage) -> None:
        if gen != self._gen:
            return
        self.cache.put((job.page, job.zoom, job.dpr), image)
        if job == self._wanted:
            self._paint(image, exact=True)

    def _paint(self, image: QImage, *, exact: bool) -> None:
        pix = QPixmap.fromImage(image)
        if not exact:
            # Another size shown meanwhile: scaled fast, the exact one follows.
            pix = pix.scaled(
                self.page.size() * pix.devicePixelRatio(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation,
            )
        self.page.setPixmap(pix)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.shown[1]:
            self._request()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: Any) -> None:
        super().closeEvent(event)
        self.closed.emit()
