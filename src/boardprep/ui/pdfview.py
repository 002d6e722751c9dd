"""PdfView: a continuous-scroll PDF reader widget rendered in a background thread.

The UI thread lays pages out from worker-supplied geometry and only paints cached images;
PyMuPDF (rendering, words, links, search) runs in render_worker's own thread and Document.

Conventions of the public API: pages are 1-based; rects and points are PDF points on the
unrotated page (those of page.get_text / search_for / add_highlight_annot); zoom 1.0 is
100 % (one PDF point = 96/72 logical pixels); fit width is the default and Ctrl+0 returns
to it. At fit width (and fit page) every page has its own zoom, so portrait pages and
landscape slides both fill the pane; zoom() is that of the current page. Extras beyond the
contract: searchHitsFound(page, count), search_hits(), selected_rects(), page_to_viewport(),
link_at(), follow_link(), build_context_menu().
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QWidget

from boardprep.core.pageref import PageNames
from boardprep.ui import pdfview_paint as paint
from boardprep.ui.page_cache import PageCache
from boardprep.ui.page_layout import (
    FIT_WIDTH_SIDE,
    GAP,
    PageLayout,
    fit_page_zooms,
    fit_width_zooms,
    quantize_zoom,
)
from boardprep.ui.pdfview_input import (
    PdfViewInputMixin,
    confirm_external_url,
    refuse_external_url,
)
from boardprep.ui.pdfview_marks import PdfViewMarksMixin
from boardprep.ui.pdfview_select import span_rects
from boardprep.ui.render_worker import (
    InfoJob,
    Matrix6,
    PageInfo,
    Rect,
    RenderJob,
    RenderWorker,
)

PREFETCH = 2  # neighbouring pages rendered ahead on each side
ZOOM_STEP = 1.2

__all__ = ["PdfView", "confirm_external_url"]


class PdfView(PdfViewInputMixin, PdfViewMarksMixin, QAbstractScrollArea):
    documentLoaded = Signal(int)
    loadFailed = Signal(str)
    currentPageChanged = Signal(int)
    zoomChanged = Signal(float)
    quoteRequested = Signal(int, object, str)
    highlightRequested = Signal(int, object, str)
    internalLinkFollowed = Signal(int)
    renderedVisible = Signal()
    searchHitsFound = Signal(int, int)  # 1-based page, number of hits on it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("PDF page view")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.viewport().setMouseTracking(True)
        self.viewport().setAutoFillBackground(False)
        # Always on: a scrollbar that comes and goes would make fit-width oscillate.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.verticalScrollBar().setSingleStep(40)
        self.horizontalScrollBar().setSingleStep(40)
        # Injectable for tests and for embedding apps with their own policy.
        self.confirm_open_url: Callable[[QWidget | None, str], bool] = confirm_external_url
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self.refuse_url: Callable[[QWidget | None, str], object] = refuse_external_url

        self._cache = PageCache()
        self._worker = RenderWorker()  # no parent: it must outlive the widget's C++ side
        q = Qt.ConnectionType.QueuedConnection
        self._worker.opened.connect(self._on_opened, q)
        self._worker.openFailed.connect(self._on_open_failed, q)
        self._worker.rendered.connect(self._on_rendered, q)
        self._worker.renderFailed.connect(self._on_render_failed, q)
        self._worker.infoReady.connect(self._on_info, q)
        self._worker.searchHits.connect(self._on_search_hits, q)
        self.destroyed.connect(self._worker.stop)

        self._schedule_timer = QTimer(self)
        self._schedule_timer.setSingleShot(True)
        self._schedule_timer.timeout.connect(self._update_jobs)

        self._reset_state()
        self._zoom = 1.0  # the zoom the user chose; fit modes give each page its own
        self._shown_zoom = 0.0  # the current page's zoom as last announced by zoomChanged
        self._fit: str | None = "width"  # "width", "page" or None for a fixed zoom
        self._init_input()

    def _reset_state(self) -> None:
        self._doc_gen = -1
        self._sizes: list[tuple[float, float]] = []
        self._rotations: dict[int, Matrix6] = {}
        self._layout: PageLayout | None = None
        self._loading = False
        self._failed: set[int] = set()
        self._info: dict[int, PageInfo] = {}
        self._current = 0
        # The pack's printed page numbers (set with the agenda): placeholders and the screen
        # reader say "Page 37 (#41)" as the status bar does.
        self.page_names = PageNames()
        self._pending_goto: tuple[int, float | None] | None = None
        self._programmatic = False
        # Bumped, never reset: hits still queued from the previous document must not match.
        self._search_gen = getattr(self, "_search_gen", 0) + 1
        self._search_term: str | None = None
        self._hits: dict[int, list[Rect]] = {}
        self._current_hit: tuple[int, int] | None = None
        self._highlights: dict[int, list[tuple[list[Rect], str, int | None]]] = {}
        self._last_visible_state: tuple[object, ...] | None = None
        self._cache.clear()

    # --- document -------------------------------------------------------------------------
    def open_document(self, path: str) -> None:
        self._reset_state()
        self._loading = True
        self._doc_gen = self._worker.open(str(path))
        self._clear_selection()
        self._update_scrollbars()
        self.viewport().update()

    def close_document(self) -> None:
        self._worker.open(None)
        self._reset_state()
        self._clear_selection()
        self._update_scrollbars()
        self.viewport().update()

    def page_count(self) -> int:
        return len(self._sizes)

    def _on_opened(self, gen: int, geometry: tuple[list[tuple[float, float]], dict]) -> None:
        if gen != self._doc_gen:
            return
        self._loading = False
        self._sizes, self._rotations = geometry
        self._relayout(anchor=None)
        if self._search_term:
            self._worker.search(self._search_gen, self._search_term)
        self.documentLoaded.emit(len(self._sizes))
        if self._pending_goto is not None:
            self.go_to_page(*self._pending_goto)
        else:
            self._set_current(1)
        self._schedule()

    def _on_open_failed(self, gen: int, message: str) -> None:
        if gen != self._doc_gen:
            return
        self._loading = False
        self.viewport().update()
        self.loadFailed.emit(message)

    # --- navigation -----------------------------------------------------------------------
    def current_page(self) -> int:
        return self._current

    def _set_current(self, page: int) -> None:
        if page != self._current:
            self._current = page
            self.setAccessibleDescription(self.page_names.of_total(page, len(self._sizes)))
            self.currentPageChanged.emit(page)
            self._announce_zoom()

    def go_to_page(self, page: int, y: float | None = None) -> None:
        if self._layout is None:
            self._pending_goto = (page, y)
            return
        self._pending_goto = None
        index = min(max(page, 1), len(self._sizes)) - 1
        box = self._layout.boxes[index]
        top = box.top - 6 if y is None else box.top + y * self._layout.scale_of(index) - 24
        self._programmatic = True
        self.verticalScrollBar().setValue(round(top))
        # A jump starts at the page's left edge: no sideways offset carried over from the
        # page left behind (a wide slide scrolled to its right, say).
        self.horizontalScrollBar().setValue(0)
        self._programmatic = False
        self._set_current(index + 1)
        self._schedule()

    def _scroll_by(self, dy: int, dx: int = 0) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + dy)
        hbar = self.horizontalScrollBar()
        hbar.setValue(hbar.value() + dx)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        vp = self.viewport()
        if abs(dy) < vp.height() // 2 and abs(dx) < vp.width() // 2:
            vp.scroll(dx, dy)  # blit what stays visible; only the exposed strip is painted
        else:
            vp.update()
        if not self._programmatic:
            self._update_current()
        self._schedule()

    def _update_current(self) -> None:
        """The page under the top third of the viewport is the one being read."""
        if self._layout is not None:
            probe = self.verticalScrollBar().value() + self.viewport().height() / 3.0
            self._set_current(self._layout.page_at_y(probe) + 1)

    # --- zoom -----------------------------------------------------------------------------
    def zoom(self) -> float:
        """The current page's zoom (at fit width each page has its own)."""
        return self._page_zoom(self._current - 1)

    def fit_mode(self) -> str | None:
        """ "width", "page", or None for a zoom the user chose."""
        return self._fit

    def _page_zoom(self, index: int) -> float:
        lay = self._layout
        return lay.zooms[index] if lay is not None and 0 <= index < len(lay) else self._zoom

    def set_zoom(self, f: float, anchor: QPointF | None = None) -> None:
        self._fit = None
        self._zoom = quantize_zoom(f)
        self._relayout(anchor)

    def zoom_in(self, anchor: QPointF | None = None) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP, anchor)

    def zoom_out(self, anchor: QPointF | None = None) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP, anchor)

    def fit_width(self) -> None:
        self._fit = "width"
        self._relayout(None)

    def fit_page(self) -> None:
        self._fit = "page"
        self._relayout(None)

    def _new_layout(self) -> PageLayout | None:
        if not self._sizes:
            return None
        vp = self.viewport()
        if self._fit == "width":
            zooms = fit_width_zooms(self._sizes, vp.width())
            return PageLayout(self._sizes, zooms, side=FIT_WIDTH_SIDE)
        if self._fit == "page":
            return PageLayout(self._sizes, fit_page_zooms(self._sizes, vp.width(), vp.height()))
        return PageLayout(self._sizes, self._zoom, side=GAP)

    def _relayout(self, anchor: QPointF | None) -> None:
        """Lay pages out for the zoom mode, keeping the document point under anchor where it was."""
        old = self._layout
        vp = self.viewport()
        if anchor is None:
            # The point that decides current_page(): keeps the current page current.
            anchor = QPointF(vp.width() / 2.0, vp.height() / 3.0)
        keep = self._doc_point(anchor) if old is not None else None
        self._layout = self._new_layout()
        # Scrollbar clamping in between would report pages of a half-updated state.
        self._programmatic = True
        self._update_scrollbars()
        if keep is not None and self._layout is not None:
            index, x, y = keep
            box, s = self._layout.boxes[index], self._layout.scale_of(index)
            page_x = self._layout.page_x(index, vp.width())
            self.verticalScrollBar().setValue(round(box.top + y * s - anchor.y()))
            self.horizontalScrollBar().setValue(round(page_x + x * s - anchor.x()))
        self._programmatic = False
        if keep is not None:
            self._update_current()
        self.viewport().update()
        self._schedule()
        self._announce_zoom()

    def _announce_zoom(self) -> None:
        zoom = self.zoom()
        if self._layout is not None and zoom != self._shown_zoom:
            self._shown_zoom = zoom
            self.zoomChanged.emit(zoom)

    def _update_scrollbars(self) -> None:
        vp = self.viewport()
        lay = self._layout
        vbar, hbar = self.verticalScrollBar(), self.horizontalScrollBar()
        vbar.setRange(0, max(0, (lay.height if lay else 0) - vp.height()))
        vbar.setPageStep(vp.height())
        hbar.setRange(0, max(0, (lay.width if lay else 0) - vp.width()))
        hbar.setPageStep(vp.width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._sizes and self._fit is not None:
            self._relayout(None)  # fit width (or page) stays in force as the pane resizes
        else:
            self._update_scrollbars()
            self._schedule()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light/dark theme switch
            self.viewport().update()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.set_zoom(self.zoom() * (1.1**steps), event.position())
            event.accept()
            return
        super().wheelEvent(event)

    # --- coordinates ----------------------------------------------------------------------
    def page_rect(self, index: int) -> QRectF:
        """Viewport rectangle of a 0-based page at the current zoom and scroll."""
        assert self._layout is not None
        box = self._layout.boxes[index]
        x = self._layout.page_x(index, self.viewport().width())
        x -= self.horizontalScrollBar().value()
        y = box.top - self.verticalScrollBar().value()
        return QRectF(x, y, box.width, box.height)

    def _to_display(self, index: int, x: float, y: float) -> tuple[float, float]:
        """Unrotated PDF coordinates (words, hits, links) -> displayed page coordinates."""
        m = self._rotations.get(index)
        if m is None:
            return x, y
        return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]

    def _from_display(self, index: int, x: float, y: float) -> tuple[float, float]:
        m = self._rotations.get(index)
        if m is None:
            return x, y
        a, b, c, d, e, f = m
        det = a * d - b * c
        x, y = x - e, y - f
        return (d * x - c * y) / det, (a * y - b * x) / det

    def page_to_viewport(self, page: int, x: float, y: float) -> QPointF:
        """Viewport position of a point in (unrotated) PDF points on a 1-based page."""
        assert self._layout is not None
        r = self.page_rect(page - 1)
        dx, dy = self._to_display(page - 1, x, y)
        s = self._layout.scale_of(page - 1)
        return QPointF(r.x() + dx * s, r.y() + dy * s)

    def _rect_to_view(self, index: int) -> Callable[[Rect], QRectF]:
        assert self._layout is not None
        origin, s = self.page_rect(index).topLeft(), self._layout.scale_of(index)
        ox, oy = origin.x(), origin.y()

        def to_view(r: Rect) -> QRectF:
            x0, y0 = self._to_display(index, r[0], r[1])
            x1, y1 = self._to_display(index, r[2], r[3])
            return QRectF(
                ox + min(x0, x1) * s, oy + min(y0, y1) * s, abs(x1 - x0) * s, abs(y1 - y0) * s
            )

        return to_view

    def _doc_point(self, pos: QPointF) -> tuple[int, float, float] | None:
        """(0-based page, x, y in displayed page points) under a viewport position."""
        if self._layout is None or not self._layout.boxes:
            return None
        index = self._layout.page_at_y(self.verticalScrollBar().value() + pos.y())
        r = self.page_rect(index)
        s = self._layout.scale_of(index)
        return index, (pos.x() - r.x()) / s, (pos.y() - r.y()) / s

    def _pdf_point(self, pos: QPointF) -> tuple[int, float, float] | None:
        """Like _doc_point, in unrotated PDF coordinates (those of words and links)."""
        point = self._doc_point(pos)
        if point is None:
            return None
        index, x, y = point
        return (index, *self._from_display(index, x, y))

    def _visible(self) -> range:
        if self._layout is None:
            return range(0)
        top = self.verticalScrollBar().value()
        return self._layout.visible_range(top, top + self.viewport().height())

    # --- rendering ------------------------------------------------------------------------
    def _dpr(self) -> float:
        return float(self.viewport().devicePixelRatioF())

    def _schedule(self) -> None:
        if not self._schedule_timer.isActive():
            self._schedule_timer.start(0)

    def _update_jobs(self) -> None:
        """Visible renders first, then words/links of visible pages, then neighbours."""
        if self._layout is None:
            return
        vis, dpr, n = self._visible(), self._dpr(), len(self._sizes)
        zooms = self._layout.zooms
        jobs: list[RenderJob | InfoJob] = []

        def want(i: int) -> None:
            if i not in self._failed and (i, zooms[i], dpr) not in self._cache:
                jobs.append(RenderJob(i, zooms[i], dpr))

        for i in vis:
            want(i)
        jobs += [InfoJob(i) for i in vis if i not in self._info]
        if vis:
            for d in range(1, PREFETCH + 1):
                for i in (vis.stop - 1 + d, vis.start - d):
                    if 0 <= i < n:
                        want(i)
        self._worker.set_jobs(jobs)
        self._check_visible_rendered()

    def visible_pages_rendered(self) -> bool:
        if self._layout is None:
            return False
        zooms, dpr = self._layout.zooms, self._dpr()
        return all(i in self._failed or (i, zooms[i], dpr) in self._cache for i in self._visible())

    def _check_visible_rendered(self) -> None:
        vis = tuple(self._visible())
        zooms = tuple(self._page_zoom(i) for i in vis)
        state = (self._doc_gen, zooms, self._dpr(), vis)
        if state != self._last_visible_state and self.visible_pages_rendered():
            self._last_visible_state = state
            self.renderedVisible.emit()

    def _on_rendered(self, gen: int, job: RenderJob, image: QImage) -> None:
        if gen != self._doc_gen:
            return
        self._cache.put((job.page, job.zoom, job.dpr), image)
        if job.page in self._visible():
            self.viewport().update()
            self._check_visible_rendered()

    def _on_render_failed(self, gen: int, job: RenderJob, message: str) -> None:
        if gen != self._doc_gen:
            return
        self._failed.add(job.page)
        self.viewport().update()
        self._check_visible_rendered()

    def _on_info(self, gen: int, page: int, info: PageInfo) -> None:
        if gen != self._doc_gen:
            return
        self._info[page] = info
        self._selection_cache = None
        if page in self._visible():
            self.viewport().update()

    # --- painting -------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self.viewport())
        pal = self.palette()
        p.fillRect(event.rect(), paint.background_color(pal))
        if self._layout is None:
            if self._loading:
                p.setPen(pal.color(pal.ColorRole.PlaceholderText))
                p.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter, "Opening…")
            return
        dark, dpr = paint.is_dark(pal), self._dpr()
        spans = dict(self._spans())
        top = self.verticalScrollBar().value()
        band = event.rect()
        for i in self._layout.visible_range(top + band.top() - 8, top + band.bottom() + 8):
            rect = self.page_rect(i)
            paint.draw_page_frame(p, rect, dark)
            self._paint_page_image(p, i, rect, dpr)
            to_view = self._rect_to_view(i)
            for rects, color, _hid in self._highlights.get(i, []):
                c = paint.QColor(color)
                paint.draw_marks(p, rects, c, to_view)
            hits = self._hits.get(i)
            if hits:
                k = self._current_hit[1] if self._current_hit and self._current_hit[0] == i else -1
                others = [h for j, h in enumerate(hits) if j != k]
                paint.draw_marks(p, others, paint.SEARCH_HIT, to_view)
                if 0 <= k < len(hits):
                    paint.draw_marks(p, [hits[k]], paint.CURRENT_HIT, to_view, outline=True)
            if spans.get(i):
                rects = span_rects(self._info[i].words, spans[i])
                paint.draw_selection(p, rects, pal, to_view)

    def _paint_page_image(self, p: QPainter, i: int, rect: QRectF, dpr: float) -> None:
        if i in self._failed:
            paint.draw_placeholder(p, rect, self.page_names.words(i + 1, capital=True), "failed")
            return
        image = self._cache.get((i, self._page_zoom(i), dpr))
        if image is not None and image.width() / dpr >= rect.width() - 2:
            # Same zoom: unscaled blit at the page origin (the fast path for cached flips).
            p.save()
            p.setClipRect(rect)
            p.drawImage(rect.topLeft(), image)
            p.restore()
            return
        if image is None:
            # Self-healing: a missing image (say, after a move to a screen with another
            # device-pixel ratio) gets requested; the timer coalesces repeated calls.
            self._schedule()
        other = self._cache.any_for_page(i, dpr) if image is None else ((i, 0.0, dpr), image)
        if other is not None:
            # Another zoom (or a size-capped deep-zoom image): scale it to the page.
            p.save()
            p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            p.drawImage(rect, other[1])
            p.restore()
            return
        paint.draw_placeholder(p, rect, self.page_names.words(i + 1, capital=True))

    # --- keyboard -------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            return
        if not self._handle_key(event):
            super().keyPressEvent(event)
