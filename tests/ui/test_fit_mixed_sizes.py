"""Fit width in a pack that mixes portrait reports with a landscape slide deck."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from boardprep.ui.page_layout import fit_width_zoom, typical_width
from boardprep.ui.pdfview import PdfView
from tests.ui.test_pdfview import open_and_render

PORTRAIT = (595.0, 842.0)
LANDSCAPE = (842.0, 595.0)


def test_typical_width_is_the_median() -> None:
    sizes = [PORTRAIT] * 7 + [LANDSCAPE] * 3
    assert typical_width(sizes) == PORTRAIT[0]
    assert fit_width_zoom(sizes, 800) == fit_width_zoom([PORTRAIT], 800)
    assert fit_width_zoom(sizes, 800) > fit_width_zoom([LANDSCAPE], 800)


def test_portrait_pages_fill_the_viewport_at_fit_width(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "mixed.pdf"
    doc = pymupdf.open()
    for i in range(8):
        w, h = LANDSCAPE if i in (4, 5) else PORTRAIT
        doc.new_page(width=w, height=h).insert_text((40, 60), f"Fictional page {i + 1}")
    doc.save(path)
    doc.close()
    view = PdfView()
    qtbot.addWidget(view)
    view.resize(700, 600)
    view.show()
    qtbot.waitExposed(view)
    open_and_render(qtbot, view, path)
    view.fit_width()
    layout = view._layout
    assert layout is not None
    portrait = layout.boxes[0].width
    assert portrait >= 0.9 * view.viewport().width()
    assert layout.boxes[4].width > portrait  # the slide is wider and scrolls sideways
    view.close_document()


def test_portrait_pages_stay_centred_next_to_a_wide_slide() -> None:
    from boardprep.ui.page_layout import GAP, PageLayout

    lay = PageLayout([PORTRAIT, LANDSCAPE], fit_width_zoom([PORTRAIT, PORTRAIT, LANDSCAPE], 700))
    x = lay.page_x(0, 700)
    assert x >= 0 and abs((x + lay.boxes[0].width / 2) - 350) <= 1
    assert lay.page_x(1, 700) == GAP  # the slide starts at the left edge and scrolls
