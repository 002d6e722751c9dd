"""Fit width in a pack that mixes portrait reports with landscape slide decks.

Each page is scaled to the pane's width on its own, so portrait pages and slides both fill it,
there is never a horizontal scrollbar at fit width, and a jump never carries a sideways offset.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pymupdf
import pytest

from boardprep.ui.page_layout import (
    PX_PER_PT,
    PageLayout,
    fit_page_zooms,
    fit_width_zooms,
)
from boardprep.ui.pdfview import PdfView
from tests.packgen import PackSpec, build_pack
from tests.ui.conftest import open_and_wait, truth_analyzer
from tests.ui.test_pdfview import WAIT, open_and_render

PORTRAIT = (595.0, 842.0)
LANDSCAPE = (842.0, 595.0)


@pytest.fixture(scope="module")
def slides_pack(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """Reports in portrait with two landscape slide decks (pages 13-16 and 31-33)."""
    path = tmp_path_factory.mktemp("slides") / "slides-pack.pdf"
    truth = build_pack(PackSpec(layout="glued", n_items=8, seed=3, slides=True), path)
    with pymupdf.open(path) as doc:
        landscape = [i for i, p in enumerate(doc) if p.rect.width > p.rect.height]
    assert len(landscape) >= 4 and len(landscape) < truth["pack"]["pages"]
    return path, truth


def test_every_page_gets_its_own_fit_width_zoom() -> None:
    sizes = [PORTRAIT, LANDSCAPE, PORTRAIT, LANDSCAPE, LANDSCAPE]
    for width in (317, 640, 1003, 1366, 1920):
        lay = PageLayout(sizes, fit_width_zooms(sizes, width), side=0)
        assert [b.width for b in lay.boxes] == [width] * len(sizes)
        assert lay.width == width  # nothing to scroll sideways
        assert all(lay.page_x(i, width) == 0 for i in range(len(sizes)))
        assert lay.scale_of(1) == pytest.approx(width / LANDSCAPE[0], rel=1e-5)
    zooms = fit_page_zooms(sizes, 800, 600)
    for (w, h), z in zip(sizes, zooms, strict=True):
        assert w * z * PX_PER_PT <= 800 and h * z * PX_PER_PT <= 600


def page_pixels_at_edges(view: PdfView, index: int) -> tuple[Any, Any, Any]:
    """Colours at the left and right edge of the viewport on a row through page ``index``, and
    the background colour between pages."""
    shot = view.viewport().grab().toImage()
    rect = view.page_rect(index)
    y = int(max(0, rect.top()) + min(rect.bottom(), shot.height())) // 2
    gap_y = int(rect.top()) - 5 if rect.top() > 6 else int(rect.bottom()) + 5
    return shot.pixelColor(0, y), shot.pixelColor(shot.width() - 1, y), shot.pixelColor(5, gap_y)


def near(a: Any, b: Any) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) <= 3


def assert_fills_width(qtbot: Any, view: PdfView) -> None:
    vw = view.viewport().width()
    assert view.fit_mode() == "width"
    assert view.horizontalScrollBar().maximum() == 0
    assert view._layout is not None
    assert all(abs(box.width - vw) <= 1 for box in view._layout.boxes)
    qtbot.waitUntil(view.visible_pages_rendered, timeout=WAIT)
    for i in view._visible():
        rect = view.page_rect(i)
        assert rect.left() == 0 and abs(rect.width() - vw) <= 1
        image = view._cache.get((i, view._layout.zooms[i], view._dpr()))
        assert image is not None and abs(image.width() / image.devicePixelRatio() - vw) <= 2


def test_portrait_and_landscape_pages_fill_the_pane(qtbot: Any, slides_pack: Any) -> None:
    view = PdfView()
    qtbot.addWidget(view)
    view.resize(700, 600)
    view.show()
    qtbot.waitExposed(view)
    open_and_render(qtbot, view, slides_pack[0])
    assert_fills_width(qtbot, view)
    portrait_zoom = view.zoom()
    for page in (14, 31, 5):  # a slide, the second deck, a portrait report page
        view.go_to_page(page)
        assert_fills_width(qtbot, view)
        left, right, background = page_pixels_at_edges(view, page - 1)
        # The sheet itself reaches both edges of the pane.
        assert near(left, right) and not near(left, background)
    view.go_to_page(14)
    assert view.zoom() == pytest.approx(portrait_zoom * PORTRAIT[0] / LANDSCAPE[0], rel=1e-4)
    # Fit width stays in force as the pane is resized, either way.
    for width in (1100, 520):
        view.resize(width, 600)
        qtbot.waitUntil(lambda w=width: view.width() == w, timeout=WAIT)
        assert_fills_width(qtbot, view)
    view.close_document()


def test_a_jump_carries_no_sideways_offset(qtbot: Any, data_dir: Path, slides_pack: Any) -> None:
    from boardprep.ui.main_window import MainWindow

    path, truth = slides_pack
    w = MainWindow(str(data_dir), analyze_fn=truth_analyzer(truth))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    open_and_wait(qtbot, w, path)
    hbar = w.view.horizontalScrollBar()
    assert w.select_item("5")
    assert hbar.maximum() == 0 and hbar.value() == 0
    # Zoomed in, a slide scrolled to its right...
    w.view.go_to_page(14)
    w.act_zoom_in.trigger()
    w.act_zoom_in.trigger()
    assert hbar.maximum() > 0
    hbar.setValue(hbar.maximum())
    # ...then the next item starts at its left edge.
    assert w.select_item("7")
    assert hbar.value() == 0
    assert w.view.page_rect(w.view.current_page() - 1).left() >= 0
    # Back to fit width: nothing to scroll sideways, after any jump.
    w.act_fit_width.trigger()
    assert hbar.maximum() == 0
    for number in ("5", "6", "7", "3"):
        assert w.select_item(number)
        assert hbar.maximum() == 0 and hbar.value() == 0
        assert_fills_width(qtbot, w.view)
