"""Geometry of the continuous page strip: where each page sits at a given zoom.

Pure arithmetic (no Qt), so it is cheap to recompute on every zoom or resize and easy to test.
Coordinates are logical pixels of the whole document strip; zoom 1.0 means 100 % (96 dpi).
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass

PX_PER_PT = 96.0 / 72.0  # logical pixels per PDF point at 100 %
GAP = 14  # logical pixels between pages and around the strip
MIN_ZOOM = 0.1
MAX_ZOOM = 8.0


def quantize_zoom(zoom: float, floor: bool = False) -> float:
    """Round a zoom to 1/200 steps so cache keys repeat and images match the layout.

    Fit zooms round down: a page one pixel too wide would bring up a horizontal scrollbar.
    """
    zoom = min(MAX_ZOOM, max(MIN_ZOOM, zoom))
    steps = math.floor(zoom * 200.0 + 1e-9) if floor else round(zoom * 200.0)
    return max(MIN_ZOOM, steps / 200.0)


@dataclass(frozen=True)
class PageBox:
    """A page's place in the strip (logical px): x is relative to the centred column."""

    top: int
    width: int
    height: int


class PageLayout:
    """Pages stacked vertically with gaps, each centred horizontally."""

    def __init__(self, sizes: list[tuple[float, float]], zoom: float) -> None:
        self.sizes = sizes
        self.zoom = zoom
        self.scale = zoom * PX_PER_PT
        self.boxes: list[PageBox] = []
        y = GAP
        for w, h in sizes:
            box = PageBox(y, max(1, round(w * self.scale)), max(1, round(h * self.scale)))
            self.boxes.append(box)
            y += box.height + GAP
        self.tops = [b.top for b in self.boxes]
        self.height = y
        self.width = max((b.width for b in self.boxes), default=0) + 2 * GAP

    def __len__(self) -> int:
        return len(self.boxes)

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
        so a rare wide slide scrolls sideways without pushing portrait pages off-centre."""
        own = self.boxes[index].width
        return (max(strip_width, own + 2 * GAP) - own) / 2.0


def typical_width(sizes: list[tuple[float, float]]) -> float:
    """The median page width: packs mix portrait reports with a few landscape slide decks,
    and fitting the rare wide page would show every portrait page at about half size."""
    widths = sorted(w for w, _ in sizes)
    return widths[len(widths) // 2] if widths else 595.0


def fit_width_zoom(sizes: list[tuple[float, float]], viewport_w: int) -> float:
    """Zoom at which a typical page fills the viewport width (minus the side gaps); the rare
    wider page then scrolls horizontally."""
    return quantize_zoom((viewport_w - 2 * GAP) / (typical_width(sizes) * PX_PER_PT), floor=True)


def fit_page_zoom(sizes: list[tuple[float, float]], viewport_w: int, viewport_h: int) -> float:
    """Zoom at which the largest page fits the viewport entirely."""
    widest = max((w for w, _ in sizes), default=595.0)
    tallest = max((h for _, h in sizes), default=842.0)
    zw = (viewport_w - 2 * GAP) / (widest * PX_PER_PT)
    zh = (viewport_h - 2 * GAP) / (tallest * PX_PER_PT)
    return quantize_zoom(min(zw, zh), floor=True)
