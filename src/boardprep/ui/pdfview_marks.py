"""Search hits, the user's highlights and the text selection of PdfView.

A mixin so pdfview.py stays about layout, rendering and painting; rects are PDF points on
the unrotated page, the coordinates of page.get_text() and page.search_for().
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QGuiApplication

from boardprep.ui.pdfview_select import PagePoint, selection_spans, span_rects, spans_text, to_rect
from boardprep.ui.render_worker import Rect

if TYPE_CHECKING:
    from PySide6.QtCore import Signal
    from PySide6.QtWidgets import QAbstractScrollArea

    from boardprep.ui.page_layout import PageLayout
    from boardprep.ui.render_worker import PageInfo, RenderWorker

    # PdfView's Qt base: this mixin is only ever part of a PdfView (which cannot be its base,
    # being built from it); the rest of PdfView it uses is declared in the class.
    _Base = QAbstractScrollArea
else:
    _Base = object

HIT_SLACK = 1.5  # PDF points around a highlight's rects that still count as on it


class PdfViewMarksMixin(_Base):
    if TYPE_CHECKING:  # PdfView's state (set by PdfView._reset_state) and what it does
        searchHitsFound: ClassVar[Signal]
        _worker: RenderWorker
        _info: dict[int, PageInfo]
        _sizes: list[tuple[float, float]]
        _layout: PageLayout | None
        _programmatic: bool
        _search_gen: int
        _search_term: str | None
        _hits: dict[int, list[Rect]]
        _current_hit: tuple[int, int] | None
        _highlights: dict[int, list[tuple[list[Rect], str, int | None]]]
        _sel_anchor: PagePoint | None  # the selection (pdfview_input.py)
        _sel_focus: PagePoint | None
        _selection_cache: list[tuple[int, list[int]]] | None

        def _pdf_point(self, pos: QPointF) -> PagePoint | None: ...
        def _rect_to_view(self, index: int) -> Callable[[Rect], QRectF]: ...
        def _set_current(self, page: int) -> None: ...
        def _visible(self) -> range: ...
        def go_to_page(self, page: int, y: float | None = None) -> None: ...

    # --- search and highlights --------------------------------------------------------------
    def set_search_term(self, term: str | None) -> None:
        term = term or None
        if term == self._search_term:
            return  # stepping through hits re-sends the term: keep the hits found so far
        self._search_gen += 1
        self._search_term = term
        self._hits = {}
        self._current_hit = None
        if self._sizes:
            self._worker.search(self._search_gen, term)
        self.viewport().update()

    def search_hits(self) -> dict[int, list[Rect]]:
        """Hits found so far: 1-based page -> rects in PDF points."""
        return {i + 1: list(r) for i, r in self._hits.items()}

    def _on_search_hits(self, gen: int, page: int, rects: list[Rect]) -> None:
        if gen != self._search_gen:
            return
        self._hits[page] = rects
        self.searchHitsFound.emit(page + 1, len(rects))
        if self._current_hit is not None and self._current_hit[0] == page:
            if self._current_hit[1] < 0:  # "the last hit" of a page searched only now
                self._current_hit = (page, max(0, len(rects) + self._current_hit[1]))
            self._reveal_current_hit()
        if page in self._visible():
            self.viewport().update()

    def set_current_hit(self, page: int, index: int) -> None:
        """Mark hit ``index`` of a 1-based page as the current one (drawn apart from the others)
        and scroll it into view; a negative index counts from the page's last hit."""
        hits = self._hits.get(page - 1)
        if index < 0 and hits:
            index = max(0, len(hits) + index)
        self._current_hit = (page - 1, index)
        self._reveal_current_hit()
        self.viewport().update()

    def current_hit(self) -> tuple[int, int] | None:
        """(1-based page, index among that page's hits) of the current hit, if any."""
        return (
            None if self._current_hit is None else (self._current_hit[0] + 1, self._current_hit[1])
        )

    def _reveal_current_hit(self) -> None:
        if self._current_hit is None or self._layout is None:
            return
        page, index = self._current_hit
        hits = self._hits.get(page)
        if not hits or not 0 <= index < len(hits):
            if 0 <= page < len(self._sizes) and page not in self._visible():
                self.go_to_page(page + 1)
            return
        r = self._rect_to_view(page)(hits[index])
        vp = self.viewport().rect()
        if not QRectF(vp).contains(r):
            vbar, hbar = self.verticalScrollBar(), self.horizontalScrollBar()
            self._programmatic = True
            vbar.setValue(round(vbar.value() + r.top() - vp.height() / 3.0))
            if r.left() < 0 or r.right() > vp.width():
                hbar.setValue(round(hbar.value() + r.center().x() - vp.width() / 2.0))
            self._programmatic = False
            self._set_current(page + 1)

    def set_highlights(self, by_page: dict[int, list[tuple[Any, ...]]]) -> None:
        """page (1-based) -> [(rects or quads in PDF points, "#rrggbb"[, highlight id])];
        replaces all. With ids, :meth:`highlight_at` tells which one is under the mouse."""
        self._highlights = {
            int(page) - 1: [
                ([to_rect(s) for s in mark[0]], mark[1], mark[2] if len(mark) > 2 else None)
                for mark in marks
            ]
            for page, marks in by_page.items()
        }
        self.viewport().update()

    def highlight_at(self, pos: QPointF) -> int | None:
        """The id of the highlight under a viewport position (the one drawn last, on top)."""
        point = self._pdf_point(pos)
        if point is None:
            return None
        index, x, y = point
        for rects, _colour, hid in reversed(self._highlights.get(index, [])):
            if hid is not None and any(
                r[0] - HIT_SLACK <= x <= r[2] + HIT_SLACK
                and r[1] - HIT_SLACK <= y <= r[3] + HIT_SLACK
                for r in rects
            ):
                return int(hid)
        return None

    # --- selection -----------------------------------------------------------------------
    def _spans(self) -> list[tuple[int, list[int]]]:
        if self._sel_anchor is None or self._sel_focus is None:
            return []
        if self._selection_cache is None:
            first, last = sorted((self._sel_anchor[0], self._sel_focus[0]))
            for page in range(first, last + 1):
                if page not in self._info:  # e.g. shift-click far away: fetch skipped pages
                    self._worker.request_info(page)
            words = {i: info.words for i, info in self._info.items()}
            self._selection_cache = selection_spans(self._sel_anchor, self._sel_focus, words)
        return self._selection_cache

    def selected_text(self) -> str:
        return spans_text(self._spans(), {i: info.words for i, info in self._info.items()})

    def selected_rects(self) -> dict[int, list[Rect]]:
        """1-based page -> one rect per selected line fragment, in PDF points."""
        return {
            page + 1: span_rects(self._info[page].words, idxs)
            for page, idxs in self._spans()
            if idxs
        }

    def copy_selection(self) -> None:
        text = self.selected_text()
        if text:
            QGuiApplication.clipboard().setText(text)
