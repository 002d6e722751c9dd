"""Pure pieces behind PdfView: layout arithmetic, the byte-bounded cache, selection, worker."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

pytest.importorskip("PySide6")

from PySide6.QtGui import QImage

from boardprep.core.pdfopen import open_pack
from boardprep.ui.page_cache import PageCache
from boardprep.ui.page_layout import (
    GAP,
    PX_PER_PT,
    PageLayout,
    fit_page_zooms,
    fit_width_zooms,
    quantize_zoom,
)
from boardprep.ui.pdfview_select import (
    nearest_word,
    selection_spans,
    span_rects,
    spans_text,
    to_rect,
)
from boardprep.ui.render_worker import (
    InfoJob,
    RenderJob,
    RenderWorker,
    page_info,
    page_sizes,
    render_page,
)

A4 = (595.0, 842.0)


def test_layout_stacks_pages_with_gaps_and_finds_pages() -> None:
    lay = PageLayout([A4, (842.0, 595.0), A4], 1.0)
    assert [b.top for b in lay.boxes] == [
        GAP,
        GAP * 2 + round(842 * PX_PER_PT),
        GAP * 3 + round(842 * PX_PER_PT) + round(595 * PX_PER_PT),
    ]
    assert lay.width == round(842 * PX_PER_PT) + 2 * GAP  # the landscape page sets the width
    assert lay.page_at_y(0) == 0
    assert lay.page_at_y(lay.boxes[1].top + 5) == 1
    assert lay.page_at_y(10**9) == 2
    assert list(lay.visible_range(lay.boxes[1].top + 1, lay.boxes[2].top + 1)) == [1, 2]
    # A narrow page is centred in a wide strip.
    assert lay.page_x(0, 2000) == pytest.approx((2000 - lay.boxes[0].width) / 2)


def test_fit_zooms_and_quantization() -> None:
    for width in range(300, 1400, 7):
        lay = PageLayout([A4], fit_width_zooms([A4], width), side=0)
        assert lay.width == width  # fills the width exactly, never overflows it
    [zp] = fit_page_zooms([A4], 600, 500)
    assert 842 * PX_PER_PT * zp <= 500 - 2 * GAP + 1
    assert quantize_zoom(1.0012) == 1.0
    assert quantize_zoom(100) == 8.0 and quantize_zoom(0) == 0.1


def image(w: int, h: int) -> QImage:
    return QImage(w, h, QImage.Format.Format_RGB32)


def test_cache_evicts_least_recently_used_by_bytes() -> None:
    one = image(100, 100).sizeInBytes()
    cache = PageCache(max_bytes=one * 3)
    for page in range(3):
        cache.put((page, 1.0, 1.0), image(100, 100))
    assert cache.get((0, 1.0, 1.0)) is not None  # page 0 becomes most recent
    cache.put((3, 1.0, 1.0), image(100, 100))
    assert (1, 1.0, 1.0) not in cache and (0, 1.0, 1.0) in cache
    assert cache.bytes_used == one * 3
    cache.put((9, 1.0, 1.0), image(400, 400))  # bigger than the budget: kept alone
    assert len(cache) == 1


def test_cache_offers_another_zoom_while_rendering() -> None:
    cache = PageCache()
    cache.put((2, 1.0, 1.0), image(10, 10))
    cache.put((2, 1.5, 1.0), image(15, 15))
    cache.put((2, 1.5, 2.0), image(30, 30))
    found = cache.any_for_page(2, 1.0)
    assert found is not None and found[0] == (2, 1.5, 1.0)
    assert cache.any_for_page(3, 1.0) is None


WORDS = [
    (10.0, 10.0, 40.0, 20.0, "Budget", 0, 0, 0),
    (45.0, 10.0, 80.0, 20.0, "report", 0, 0, 1),
    (10.0, 30.0, 40.0, 40.0, "noted.", 0, 1, 0),
]


def test_selection_in_reading_order_across_pages() -> None:
    words = {0: WORDS, 1: WORDS}
    assert nearest_word(WORDS, 50, 15) == 1
    assert nearest_word(WORDS, 200, 35) == 2  # right of the line end: that line's word
    spans = selection_spans((0, 50, 15), (1, 12, 12), words)
    assert spans == [(0, [1, 2]), (1, [0])]
    assert spans_text(spans, words) == "report\nnoted.\n\nBudget"
    # Dragging backwards selects the same words.
    assert selection_spans((1, 12, 12), (0, 50, 15), words) == spans
    assert span_rects(WORDS, [0, 1, 2]) == [(10.0, 10.0, 80.0, 20.0), (10.0, 30.0, 40.0, 40.0)]


def test_to_rect_accepts_rects_and_quads() -> None:
    assert to_rect((1, 2, 3, 4)) == (1.0, 2.0, 3.0, 4.0)
    assert to_rect((5, 6, 9, 6, 5, 8, 9, 8)) == (5.0, 6.0, 9.0, 8.0)
    assert to_rect(pymupdf.Rect(1, 2, 3, 4).quad) == (1.0, 2.0, 3.0, 4.0)
    assert to_rect(pymupdf.Rect(1, 2, 3, 4)) == (1.0, 2.0, 3.0, 4.0)


@pytest.fixture
def small_pdf(tmp_path: Path) -> Path:
    doc = pymupdf.open()
    for n in range(3):
        page = doc.new_page(width=300, height=200 + 100 * n)
        page.insert_text((20, 40), f"Minute {n + 1} resolved", fontsize=12)
    doc[0].insert_link(
        {"kind": pymupdf.LINK_URI, "from": pymupdf.Rect(10, 60, 90, 80), "uri": "https://x.test/"}
    )
    path = tmp_path / "small.pdf"
    doc.save(path)
    return path


def test_worker_functions(small_pdf: Path) -> None:
    doc = open_pack(str(small_pdf))
    assert page_sizes(doc) == [(300.0, 200.0), (300.0, 300.0), (300.0, 400.0)]
    img = render_page(doc, RenderJob(1, 1.0, 2.0))
    assert img.width() == round(300 * PX_PER_PT * 2) and img.devicePixelRatio() == 2.0
    colours = {img.pixel(x, y) for x in range(0, img.width(), 3) for y in range(0, 120, 3)}
    assert len(colours) > 2  # the text was drawn into the bands
    info = page_info(doc, 0)
    assert [w[4] for w in info.words] == ["Minute", "1", "resolved"]
    assert info.links[0].uri == "https://x.test/" and info.links[0].page is None


def test_worker_thread_drops_stale_jobs_and_reports(qtbot, small_pdf: Path) -> None:
    worker = RenderWorker()
    try:
        with qtbot.waitSignal(worker.opened, timeout=5000) as opened:
            gen = worker.open(str(small_pdf))
        assert opened.args[0] == gen and len(opened.args[1][0]) == 3
        done: list[int] = []
        worker.rendered.connect(lambda g, job, img: done.append(job.page))
        with worker._lock:  # hold the worker back so both calls land before it looks
            worker.set_jobs([RenderJob(0, 1.0, 1.0), RenderJob(1, 1.0, 1.0)])
            worker.set_jobs([RenderJob(2, 1.0, 1.0)])  # the user scrolled: replace the queue
        with qtbot.waitSignal(worker.infoReady, timeout=5000) as info:
            worker.set_jobs([RenderJob(2, 1.0, 1.0), InfoJob(2)])
        assert info.args[1] == 2
        assert set(done) == {2}  # pages 0 and 1 were stale and never rendered
        with qtbot.waitSignal(worker.searchHits, timeout=5000) as hits:
            worker.search(7, "Minute 3")
        assert hits.args[:2] == [7, 2]
    finally:
        worker.stop()


def test_a_page_with_thousands_of_links_keeps_its_words_without_them(tmp_path: Path) -> None:
    """PyMuPDF walks a page's links in time that grows with the square of their number (a
    pdf.js test file's 32,768 links on one page took minutes): past MAX_LINKS the page's
    links are left out, its words are still read; a page with a few keeps them."""
    from boardprep.core.pagebudget import MAX_LINKS

    doc = pymupdf.open()
    crowded = doc.new_page(width=300, height=300)
    crowded.insert_text((20, 40), "Appendix links", fontsize=11)
    for k in range(MAX_LINKS + 1):
        x = 20 + (k % 50) * 5
        y = 60 + (k // 50) * 5
        crowded.insert_link(
            {
                "kind": pymupdf.LINK_URI,
                "from": pymupdf.Rect(x, y, x + 4, y + 4),
                "uri": "https://x.test/",
            }
        )
    plain = doc.new_page(width=300, height=300)
    plain.insert_text((20, 40), "Minutes", fontsize=11)
    plain.insert_link(
        {"kind": pymupdf.LINK_URI, "from": pymupdf.Rect(20, 30, 80, 44), "uri": "https://x.test/"}
    )
    path = tmp_path / "links.pdf"
    doc.save(path)
    pack = open_pack(str(path))
    crowded_info, plain_info = page_info(pack, 0), page_info(pack, 1)
    assert [w[4] for w in crowded_info.words] == ["Appendix", "links"]
    assert crowded_info.links == []
    assert [link.uri for link in plain_info.links] == ["https://x.test/"]
