"""Text selection over the worker-supplied words of each page (pure logic, no Qt)."""

from __future__ import annotations

from boardprep.ui.render_worker import Rect, Word

# A point on a page: (0-based page, x, y) in PDF points.
PagePoint = tuple[int, float, float]


def nearest_word(words: list[Word], x: float, y: float) -> int:
    """Index of the word at (x, y), else the closest one (vertical distance weighs more)."""
    best, best_d = -1, float("inf")
    for i, w in enumerate(words):
        dx = max(w[0] - x, 0.0, x - w[2])
        dy = max(w[1] - y, 0.0, y - w[3])
        if dx == 0.0 and dy == 0.0:
            return i
        d = dx + 4.0 * dy  # prefer words on the same line as the pointer
        if d < best_d:
            best, best_d = i, d
    return best


def selection_spans(
    anchor: PagePoint, focus: PagePoint, words_of: dict[int, list[Word]]
) -> list[tuple[int, list[int]]]:
    """Per page, the word indexes between anchor and focus in reading order.

    Pages whose words are not known yet are skipped (they are filled in when they arrive).
    """
    a_page, f_page = anchor[0], focus[0]
    a_words, f_words = words_of.get(a_page), words_of.get(f_page)
    a_idx = nearest_word(a_words, anchor[1], anchor[2]) if a_words else -1
    f_idx = nearest_word(f_words, focus[1], focus[2]) if f_words else -1
    if (f_page, f_idx) < (a_page, a_idx):
        a_page, a_idx, f_page, f_idx = f_page, f_idx, a_page, a_idx
    spans: list[tuple[int, list[int]]] = []
    for page in range(a_page, f_page + 1):
        words = words_of.get(page)
        if not words:
            continue
        start = a_idx if page == a_page else 0
        end = f_idx if page == f_page else len(words) - 1
        if start < 0 or end < 0:
            continue
        spans.append((page, list(range(start, end + 1))))
    return spans


def spans_text(spans: list[tuple[int, list[int]]], words_of: dict[int, list[Word]]) -> str:
    """Selected words joined by spaces, lines by newlines, pages by a blank line."""
    parts: list[str] = []
    for n, (page, idxs) in enumerate(spans):
        if n:
            parts.append("\n\n")
        prev: tuple[int, int] | None = None
        for i in idxs:
            w = words_of[page][i]
            line = (w[5], w[6])
            if prev is not None:
                parts.append(" " if line == prev else "\n")
            parts.append(w[4])
            prev = line
    return "".join(parts)


def span_rects(page_words: list[Word], idxs: list[int]) -> list[Rect]:
    """One rectangle per selected line fragment, so highlights look like a marker pen."""
    rects: list[Rect] = []
    prev: tuple[int, int] | None = None
    for i in idxs:
        w = page_words[i]
        line = (w[5], w[6])
        if rects and line == prev:
            x0, y0, x1, y1 = rects[-1]
            rects[-1] = (min(x0, w[0]), min(y0, w[1]), max(x1, w[2]), max(y1, w[3]))
        else:
            rects.append((w[0], w[1], w[2], w[3]))
        prev = line
    return rects


def union_rect(rects: list[Rect]) -> Rect:
    return (
        min(r[0] for r in rects),
        min(r[1] for r in rects),
        max(r[2] for r in rects),
        max(r[3] for r in rects),
    )


def to_rect(shape: object) -> Rect:
    """Bounding box of a rect (4 numbers), a quad (8 numbers) or a pymupdf Rect/Quad."""
    vals: list[float] = []
    for v in shape:  # type: ignore[attr-defined]
        if isinstance(v, int | float):
            vals.append(float(v))
        else:  # a point of a pymupdf Quad
            vals.extend(float(c) for c in v)
    if len(vals) == 4:
        return (vals[0], vals[1], vals[2], vals[3])
    xs, ys = vals[0::2], vals[1::2]
    return (min(xs), min(ys), max(xs), max(ys))
