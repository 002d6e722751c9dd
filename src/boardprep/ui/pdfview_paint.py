"""Painting helpers for PdfView: background, page frame, placeholders and overlays.

Only cached QImages and rectangles are drawn here; nothing calls pymupdf.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen

from boardprep.ui.render_worker import Rect

SEARCH_HIT = QColor("#ffe680")  # every hit: a pale marker-pen yellow
CURRENT_HIT = QColor("#ff8a1f")  # the hit F3 is on: strong orange with a dark frame
CURRENT_HIT_FRAME = QColor("#b33c00")


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def background_color(palette: QPalette) -> QColor:
    """The strip around pages: a shade darker than the window, in light and dark themes."""
    window = palette.color(QPalette.ColorRole.Window)
    return window.darker(150) if is_dark(palette) else window.darker(112)


def draw_page_frame(p: QPainter, rect: QRectF, dark: bool) -> None:
    """A soft drop shadow and a hairline border, like a sheet lying on the desk."""
    p.setPen(Qt.PenStyle.NoPen)
    base = 70 if dark else 28
    for spread, alpha in ((4.0, base // 4), (2.5, base // 2), (1.0, base)):
        p.setBrush(QColor(0, 0, 0, alpha))
        p.drawRoundedRect(rect.adjusted(-spread, -spread + 1.5, spread, spread + 1.5), 3, 3)
    p.setBrush(Qt.BrushStyle.NoBrush)


def draw_placeholder(p: QPainter, rect: QRectF, page: str, error: str | None = None) -> None:
    """A light sheet naming the page ("Page 37 (#41)") while it renders, or an error notice."""
    p.fillRect(rect, QColor("#fbeaea") if error else QColor("#fafafa"))
    p.setPen(QColor("#a33") if error else QColor("#b0b0b0"))
    font = QFont(p.font())
    font.setPointSizeF(max(8.0, min(18.0 if error else 28.0, rect.width() / 30.0)))
    p.setFont(font)
    text = page if error is None else f"{page} could not be displayed"
    p.drawText(rect, int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap), text)


def draw_marks(
    p: QPainter,
    rects: list[Rect],
    color: QColor,
    to_view: object,
    outline: bool = False,
) -> None:
    """Marker-pen rectangles: multiply keeps the printed text dark under the colour."""
    p.save()
    p.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(color)
    for r in rects:
        p.drawRect(to_view(r))  # type: ignore[operator]
    p.restore()
    if outline:
        # A 2-pixel frame set off from the text: the current hit stands out from the other
        # hits even for a reader who cannot tell yellow from orange.
        p.save()
        pen = QPen(CURRENT_HIT_FRAME)
        pen.setWidthF(2.0)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        for r in rects:
            p.drawRoundedRect(to_view(r).adjusted(-2, -2, 2, 2), 2, 2)  # type: ignore[operator]
        p.restore()


def draw_selection(p: QPainter, rects: list[Rect], palette: QPalette, to_view: object) -> None:
    color = QColor(palette.color(QPalette.ColorRole.Highlight))
    color.setAlpha(90)
    p.save()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(color)
    for r in rects:
        p.drawRect(to_view(r))  # type: ignore[operator]
    p.restore()
