"""Mouse and keyboard behaviour of PdfView: selection, links, context menu, scrolling keys.

A mixin so pdfview.py stays about layout, rendering and painting.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QMenu, QMessageBox, QToolTip, QWidget

from boardprep.ui.pdfview_select import PagePoint, nearest_word, union_rect
from boardprep.ui.render_worker import LinkInfo

if TYPE_CHECKING:
    from PySide6.QtCore import Signal
    from PySide6.QtWidgets import QAbstractScrollArea

    from boardprep.ui.render_worker import PageInfo, Rect, RenderWorker

    # PdfView's Qt base: this mixin is only ever part of a PdfView (which cannot be its base,
    # being built from it); the rest of PdfView it uses is declared in the class.
    _Base = QAbstractScrollArea
else:
    _Base = object

DRAG_THRESHOLD = 4  # pixels the mouse must travel before a press becomes a selection drag


# Links a pack may hand on to another program: the web and e-mail. Everything else
# (javascript:, file:, smb:, data:, custom app schemes...) is refused with a message.
SAFE_SCHEMES = ("http", "https", "mailto")
MAX_SHOWN = 500  # characters of an address shown in a dialog


def external_url(uri: str | None) -> QUrl | None:
    """The link as a QUrl when boardprep may offer it (http, https, mailto), else None."""
    text = (uri or "").strip()
    if not text or any(ord(c) < 32 or 127 <= ord(c) < 160 for c in text):
        return None  # control characters hide what the address really is
    url = QUrl(text, QUrl.ParsingMode.StrictMode)
    if not url.isValid() or url.scheme().lower() not in SAFE_SCHEMES:
        return None
    if url.scheme().lower() in ("http", "https") and not url.host():
        return None
    if url.scheme().lower() == "mailto" and not url.path():
        return None
    return url


def _shown(address: str) -> str:
    return address if len(address) <= MAX_SHOWN else address[:MAX_SHOWN] + "…"


def confirm_external_url(parent: QWidget | None, url: str) -> bool:
    """Ask before leaving the app: packs come from outside, links may not be what they say."""
    parsed = QUrl(url)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Open external link?")
    box.setTextFormat(Qt.TextFormat.PlainText)  # an address is never read as HTML
    if parsed.scheme().lower() == "mailto":
        box.setText("This link writes an e-mail in your mail program, to:")
    else:
        box.setText(
            f"This link opens a web page on {parsed.host() or 'another site'} in your browser:"
        )
    box.setInformativeText(_shown(url))
    box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Open


def refuse_external_url(parent: QWidget | None, uri: str) -> None:
    """Say why a link was not followed (javascript:, file:, smb: and the like)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Link not opened")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        "boardprep did not open this link: only web (http, https) and e-mail (mailto) links "
        "are opened from a pack. It points to:"
    )
    box.setInformativeText(_shown(" ".join((uri or "").split())) or "(no address)")
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


class PdfViewInputMixin(_Base):
    if TYPE_CHECKING:  # PdfView's (pdfview.py, pdfview_marks.py), used here
        internalLinkFollowed: ClassVar[Signal]
        highlightRequested: ClassVar[Signal]
        quoteRequested: ClassVar[Signal]
        confirm_open_url: Callable[[QWidget | None, str], bool]
        open_url: Callable[[QUrl], object]
        refuse_url: Callable[[QWidget | None, str], object]
        _worker: RenderWorker
        _info: dict[int, PageInfo]

        def _pdf_point(self, pos: QPointF) -> PagePoint | None: ...
        def _scroll_by(self, dy: int, dx: int = 0) -> None: ...
        def go_to_page(self, page: int, y: float | None = None) -> None: ...
        def zoom_in(self, anchor: QPointF | None = None) -> None: ...
        def zoom_out(self, anchor: QPointF | None = None) -> None: ...
        def fit_width(self) -> None: ...
        def _spans(self) -> list[tuple[int, list[int]]]: ...
        def highlight_at(self, pos: QPointF) -> int | None: ...
        def selected_text(self) -> str: ...
        def selected_rects(self) -> dict[int, list[Rect]]: ...
        def copy_selection(self) -> None: ...

    def _init_input(self) -> None:
        self._sel_anchor: PagePoint | None = None
        self._sel_focus: PagePoint | None = None
        self._selection_cache: list[tuple[int, list[int]]] | None = None
        self._press_pos: QPointF | None = None
        self._press_link: LinkInfo | None = None
        self._dragging = False
        self._autoscroll_dy = 0
        self._drag_pos = QPointF()
        self._autoscroll = QTimer(self)
        self._autoscroll.setInterval(30)
        self._autoscroll.timeout.connect(self._autoscroll_step)
        # (menu, highlight id) -> adds that highlight's entries (recolour, remove, note...);
        # the window sets it (ui/highlight_actions.py), the bare view offers none.
        self.highlight_menu: Callable[[QMenu, int], object] | None = None

    def _autoscroll_step(self) -> None:
        if not self._dragging or not self._autoscroll_dy:
            self._autoscroll.stop()
            return
        self._scroll_by(self._autoscroll_dy)
        # The mouse stays put while the pages move under it: reuse the last drag position.
        point = self._pdf_point(self._drag_pos)
        if point is not None:
            self._sel_focus = point
            self._selection_cache = None
            if point[0] not in self._info:
                self._worker.request_info(point[0])
        self.viewport().update()

    def _clear_selection(self) -> None:
        self._sel_anchor = self._sel_focus = None
        self._selection_cache = None

    # --- links ----------------------------------------------------------------------------
    def link_at(self, pos: QPointF) -> LinkInfo | None:
        point = self._pdf_point(pos)
        if point is None:
            return None
        index, x, y = point
        info = self._info.get(index)
        if info is None:
            self._worker.request_info(index)
            return None
        for link in info.links:
            x0, y0, x1, y1 = link.rect
            if x0 <= x <= x1 and y0 <= y <= y1:
                return link
        return None

    def follow_link(self, link: LinkInfo) -> None:
        """Internal links jump (and are reported for history); web and e-mail links open
        after the member has seen the address; any other kind is refused with a message."""
        if link.page is not None:
            self.go_to_page(link.page, link.y)
            self.internalLinkFollowed.emit(link.page)
            return
        if not link.uri:
            return
        url = external_url(link.uri)
        if url is None:
            self.refuse_url(self, link.uri)
        elif self.confirm_open_url(self, url.toString()):
            self.open_url(url)

    @staticmethod
    def link_tooltip(link: LinkInfo) -> str:
        if link.page is not None:
            return f"Go to page {link.page}"
        shown = _shown(" ".join((link.uri or "").split()))
        return f"Open {shown}" if external_url(link.uri) else f"Link not opened: {shown}"

    # --- mouse ----------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        pos = event.position()
        self._press_pos = pos
        self._press_link = self.link_at(pos)
        self._dragging = False
        point = self._pdf_point(pos)
        if point is None:
            return
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and self._sel_anchor:
            self._sel_focus = point  # shift-click extends the selection
            self._selection_cache = None
        else:
            self._clear_selection()
            self._sel_anchor = point
        if point[0] not in self._info:
            self._worker.request_info(point[0])
        self.viewport().update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if event.buttons() & Qt.MouseButton.LeftButton and self._sel_anchor is not None:
            if self._press_pos is not None and not self._dragging:
                moved = (pos - self._press_pos).manhattanLength()
                self._dragging = moved >= DRAG_THRESHOLD
            if self._dragging:
                self._extend_selection(pos)
            return
        link = self.link_at(pos)
        if link is not None:
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
            QToolTip.showText(event.globalPosition().toPoint(), self.link_tooltip(link), self)
        else:
            self.viewport().setCursor(self._cursor_for(pos))
            QToolTip.hideText()

    def _cursor_for(self, pos: QPointF) -> Qt.CursorShape:
        point = self._pdf_point(pos)
        if point is not None and point[0] in self._info:
            index, x, y = point
            for w in self._info[index].words:
                if w[0] <= x <= w[2] and w[1] <= y <= w[3]:
                    return Qt.CursorShape.IBeamCursor
        return Qt.CursorShape.ArrowCursor

    def _extend_selection(self, pos: QPointF) -> None:
        vp_h = self.viewport().height()
        # Past the top or bottom edge: keep scrolling while the button is held still.
        self._drag_pos = pos
        edge = pos.y() if pos.y() < 0 else max(0.0, pos.y() - vp_h)
        self._autoscroll_dy = int(max(-80.0, min(80.0, edge)))
        if self._autoscroll_dy and not self._autoscroll.isActive():
            self._autoscroll.start()
        point = self._pdf_point(pos)
        if point is not None:
            self._sel_focus = point
            self._selection_cache = None
            if point[0] not in self._info:
                self._worker.request_info(point[0])
        self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        if not self._dragging:
            link = self._press_link
            if link is not None and self.link_at(event.position()) == link:
                self._clear_selection()
                self.follow_link(link)
            elif self._sel_focus is None:
                # A plain click leaves only the anchor, like a caret: shift-click extends it.
                self._selection_cache = None
        self._dragging = False
        self._autoscroll.stop()
        self._press_link = None
        self.viewport().update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.select_word_at(event.position())

    def select_word_at(self, pos: QPointF) -> bool:
        """Select the word under a viewport position (double-click)."""
        point = self._pdf_point(pos)
        if point is None or point[0] not in self._info:
            return False
        index, x, y = point
        words = self._info[index].words
        k = nearest_word(words, x, y)
        if k < 0:
            return False
        w = words[k]
        cx, cy = (w[0] + w[2]) / 2.0, (w[1] + w[3]) / 2.0
        self._sel_anchor = self._sel_focus = (index, cx, cy)
        self._selection_cache = None
        self.viewport().update()
        return True

    # --- context menu ---------------------------------------------------------------------
    def build_context_menu(self, pos: QPointF | None = None) -> QMenu:
        """Copy / Highlight / Quote for the selection; on a highlight (``pos`` in viewport
        coordinates), that highlight's own entries first."""
        menu = QMenu(self)
        hid = self.highlight_at(pos) if pos is not None else None
        if hid is not None and self.highlight_menu is not None:
            self.highlight_menu(menu, hid)
            menu.addSeparator()
        has = bool(self.selected_text())
        for label, slot in (
            ("Copy", self.copy_selection),
            ("Highlight", self.request_highlight),
            ("Quote into a note", self.request_quote),
        ):
            action = menu.addAction(label)
            action.setEnabled(has)
            action.triggered.connect(slot)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.build_context_menu(QPointF(event.pos())).exec(event.globalPos())

    def request_highlight(self) -> None:
        """One highlightRequested per page the selection covers."""
        spans = self._spans()
        for page, rects in self.selected_rects().items():
            words = self._info[page - 1].words
            idxs = dict(spans)[page - 1]
            text = " ".join(words[i][4] for i in idxs)
            self.highlightRequested.emit(page, rects, text)

    def request_quote(self) -> None:
        rects = self.selected_rects()
        if not rects:
            return
        page = min(rects)
        self.quoteRequested.emit(page, union_rect(rects[page]), self.selected_text())

    # --- keyboard -------------------------------------------------------------------------
    def _handle_key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        page_step = int(self.viewport().height() * 0.9)
        line = self.verticalScrollBar().singleStep()
        K = Qt.Key
        if ctrl and key in (K.Key_Plus, K.Key_Equal):
            self.zoom_in()
        elif ctrl and key == K.Key_Minus:
            self.zoom_out()
        elif ctrl and key == K.Key_0:
            self.fit_width()
        elif key == K.Key_PageDown or (key == K.Key_Space and not shift):
            self._scroll_by(page_step)
        elif key == K.Key_PageUp or (key == K.Key_Space and shift):
            self._scroll_by(-page_step)
        elif key == K.Key_Home:
            self.verticalScrollBar().setValue(0)
        elif key == K.Key_End:
            self.verticalScrollBar().setValue(self.verticalScrollBar().maximum())
        elif key == K.Key_Down:
            self._scroll_by(line)
        elif key == K.Key_Up:
            self._scroll_by(-line)
        elif key == K.Key_Right:
            self._scroll_by(0, line)
        elif key == K.Key_Left:
            self._scroll_by(0, -line)
        elif key == K.Key_Escape and self._sel_anchor is not None:
            self._clear_selection()
            self.viewport().update()
        else:
            return False
        event.accept()
        return True
