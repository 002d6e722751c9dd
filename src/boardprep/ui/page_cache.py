"""LRU cache of rendered page images, bounded by bytes rather than by count."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtGui import QImage

# (0-based page, quantized zoom, device-pixel ratio)
CacheKey = tuple[int, float, float]


class PageCache:
    """Keeps the most recently used page images under max_bytes."""

    def __init__(self, max_bytes: int = 256 * 1024 * 1024) -> None:
        self.max_bytes = max_bytes
        self._items: OrderedDict[CacheKey, QImage] = OrderedDict()
        self._bytes = 0

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, key: CacheKey) -> bool:
        return key in self._items

    @property
    def bytes_used(self) -> int:
        return self._bytes

    def get(self, key: CacheKey) -> QImage | None:
        image = self._items.get(key)
        if image is not None:
            self._items.move_to_end(key)
        return image

    def put(self, key: CacheKey, image: QImage) -> None:
        old = self._items.pop(key, None)
        if old is not None:
            self._bytes -= old.sizeInBytes()
        self._items[key] = image
        self._bytes += image.sizeInBytes()
        # Evict the least recently used, but never the image just added.
        while self._bytes > self.max_bytes and len(self._items) > 1:
            _, evicted = self._items.popitem(last=False)
            self._bytes -= evicted.sizeInBytes()

    def any_for_page(self, page: int, dpr: float) -> tuple[CacheKey, QImage] | None:
        """Any image of this page (another zoom), to show scaled while the right one renders."""
        best: tuple[CacheKey, QImage] | None = None
        for key, image in reversed(self._items.items()):
            # Prefer the sharpest available image of this page.
            if key[0] == page and key[2] == dpr and (best is None or key[1] > best[0][1]):
                best = (key, image)
        return best

    def clear(self) -> None:
        self._items.clear()
        self._bytes = 0
