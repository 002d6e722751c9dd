"""The presenter view: a clean window for the room's second screen (a projector, a wall TV).

It shows only the current item (number and title) and the page in front of the chair: no
menus, notes, questions or clock. It follows the chair's window (MeetingTools polls the current
item and page) and renders the page itself from its own pymupdf Document, at its own size.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeyEvent, QPixmap, QResizeEvent, QScreen
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

log = logging.getLogger(__name__)


class PresenterView(QWidget):
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
        self._doc: Any = None
        self._path: str | None = None
        self.shown: tuple[str, int | None] = ("", None)  # (heading, physical page)

    def place_on(self, screen: QScreen) -> None:
        """Full screen on ``screen`` (the one the chair's window is not on)."""
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()

    def set_pack(self, path: str | None) -> None:
        if path == self._path:
            return
        self.close_document()
        self._path = path

    def close_document(self) -> None:
        if self._doc is not None:
            self._doc.close()
        self._doc = None

    def show_state(self, heading: str, page: int | None) -> None:
        """``page`` is 1-based; None shows the heading alone."""
        if (heading, page) == self.shown and self.page.pixmap() is not None:
            return
        self.shown = (heading, page)
        self.heading.setText(heading)
        self._render()

    def _render(self) -> None:
        page = self.shown[1]
        image = self._page_image(page) if page else None
        if image is None:
            self.page.clear()
            return
        pix = QPixmap.fromImage(image)
        self.page.setPixmap(
            pix.scaled(
                self.page.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def _page_image(self, page: int) -> QImage | None:
        from boardprep.core.pagebudget import page_too_heavy
        from boardprep.core.pdfopen import open_pack

        try:
            if self._doc is None and self._path:
                self._doc = open_pack(self._path)
            if self._doc is None or not 1 <= page <= self._doc.page_count:
                return None
            p = self._doc[page - 1]
            if page_too_heavy(p):
                return None
            area = self.page.size()
            zoom = max(0.2, min(area.width() / p.rect.width, area.height() / p.rect.height))
            pm = p.get_pixmap(matrix=_matrix(zoom * self.devicePixelRatioF()), alpha=False)
            fmt = QImage.Format.Format_RGB888
            return QImage(pm.samples, pm.width, pm.height, pm.stride, fmt).copy()
        except Exception:  # a damaged page: the heading alone is still useful in the room
            log.exception("presenter: cannot render page %s", page)
            return None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.shown[1]:
            self._render()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: Any) -> None:
        self.close_document()
        super().closeEvent(event)


def _matrix(zoom: float) -> Any:
    import pymupdf

    return pymupdf.Matrix(zoom, zoom)
