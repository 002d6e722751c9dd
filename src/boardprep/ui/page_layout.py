"""Geometry of the continuous page strip: where each page sits, and at which zoom.

Pure arithmetic (no Qt), so it is cheap to recompute on every zoom or resize and easy to test.
Coordinates are logical pixels of the whole document strip; zoom 1.0 means 100 % (96 dpi).
Each page has its own zoom: at fit width a portrait report and a landscape slide deck in the
same pack are both as wide as the pane; a zoom the user chose applies to every page alike.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass

PX_PER_PT = 96.0 / 72.0  # logical pixels per PDF point at 100 %
GAP = 14  # logical pixels between pages and around the strip
FIT_WIDTH_SIDE = 0  # at fit width the page meets the pane's edges: every pixel is reading room
MIN_ZOOM = 0.1
MAX_ZOOM = 8.0


def quantize_zoom(zoom: float, floor: bool = False) -> float:
    """Round a zoom the user steps through to 1/200, so cache keys repeat.

    floor=True never rounds up (a page one pixel too wide would bring up a horizontal scrollbar).
    """
    zoom = min(MAX_ZOOM, max(MIN_ZOOM, zoom))
    steps = math.floor(zoom * 200.0 + 1e-9) if floor else round(zoom * 200.0)
    return max(MIN_ZOOM, steps / 200.0)


def _fit(zoom: float) -> float:
    """A fit zoom, clamped and rounded just enough for stable cache keys (1e-6 of a zoom is
    a thousandth of a pixel on a page, so the page still fills its width exactly)."""
    return round(min(MAX_ZOOM, max(MIN_ZOOM, zoom)) - 5e-7, 6)


@dataclass(frozen=True)
class PageBox:
    """A page's place in the strip (logical px): x is relative to the centred column."""

    top: int
    width: int
    height: int


class PageLayout:
    """Pages stacked vertically with gaps, each centred horizontally, each at its own zoom.

    ``side`` is the margin left and right of the widest page (GAP, or none at fit width).
    """

    def __init__(
        self, sizes: list[tuple[float, float]], zooms: float | Sequence[float], side: int = GAP
    ) -> None:
        self.sizes = sizes
        self.zooms = [float(zooms)] * len(sizes) if isinstance(zooms, int | float) else list(zooms)
        assert len(self.zooms) == len(sizes)
        self.side = side
        self.boxes: list[PageBox] = []
        y = GAP
        for (w, h), zoom in zip(sizes, self.zooms, strict=True):
            s = zoom * PX_PER_PT
            box = PageBox(y, max(1, round(w * s)), max(1, round(h * s)))
            self.boxes.append(box)
            y += box.height + GAP
        self.tops = [b.top for b in self.boxes]
        self.height = y
        self.width = max((b.width for b in self.boxes), default=0) + 2 * side

    def __len__(self) -> int:
        return len(self.boxes)

    def scale_of(self, index: int) -> float:
        """Logical pixels per PDF point on a 0-based page."""
        return self.zooms[index] * PX_PER_PT

    def page_at_y(self, y: float) -> int:
        """0-based index of the page whose box (plus the gap above it) contains y."""
        if not self.boxes:
            return -1
        i = bisect.bisect_right(self.tops, y) - 1
        return min(max(i, 0), len(self.boxes) - 1)

    def visible_range(self, y0: float, y1: float) -> range:
        """0-based indexes of pages that intersect the band [y0, y1)."""
        if not self.boxes:
            return range(0)
        first = self.page_at_y(y0)
        if self.boxes[first].top + self.boxes[first].height < y0:
            first += 1
        last = self.page_at_y(y1)
        return range(first, max(first, last + 1)) if first < len(self.boxes) else range(0)

    def page_x(self, index: int, strip_width: float) -> float:
        """Left edge of a page in a strip_width-wide viewport: each page is centred on its own,
        so a page wider than the pane scrolls sideways without pushing narrower ones off-centre."""
        own = self.boxes[index].width
        return (max(strip_width, own + 2 * self.side) - own) / 2.0


def fit_width_zooms(sizes: list[tuple[float, float]], viewport_w: int) -> list[float]:
    """The zoom of each page at which it is exactly as wide as the viewport (minus
    FIT_WIDTH_SIDE each side): portrait pages and landscape slides alike fill the pane."""
    room = max(1, viewport_w - 2 * FIT_WIDTH_SIDE)
    return [_fit(room / (max(w, 1.0) * PX_PER_PT)) for w, _ in sizes]


def fit_page_zooms(
    sizes: list[tuple[float, float]], viewport_w: int, viewport_h: int
) -> list[float]:
    """The zoom of each page at which the whole page shows in the viewport."""
    room_w, room_h = max(1, viewport_w - 2 * GAP), max(1, viewport_h - 2 * GAP)
    return [
        _fit(min(room_w / (max(w, 1.0) * PX_PER_PT), room_h / (max(h, 1.0) * PX_PER_PT)))
        for w, h in sizes
    ]
