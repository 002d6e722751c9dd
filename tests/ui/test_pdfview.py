"""PdfView behaviour on small generated PDFs (offscreen Qt, pytest-qt)."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QWheelEvent
from PySide6.QtWidgets import QApplication

import boardprep.ui.render_worker as render_worker
from boardprep.ui.pdfview import PdfView

pytestmark = pytest.mark.gui
WAIT = 5000
URL = "https://example.org/minutes?id=42"


def make_pack(path: Path, pages: int = 6) -> Path:
    """A small fictional pack: headings, body text, one internal and one external link."""
    doc = pymupdf.open()
    for n in range(1, pages + 1):
        page = doc.new_page(width=595, height=842)
        page.insert_text((72, 90), f"Item {n}: Parish Drainage Review", fontsize=18)
        for k in range(12):
            body = f"Line {k} of page {n} about hedgerows and culverts."
            page.insert_text((72, 140 + 22 * k), body, fontsize=11)
        if n == 3:
            page.insert_text((72, 500), "Budget pressures and the Budget reserve.", fontsize=11)
        page.insert_text((280, 810), f"Page {n + 20}", fontsize=9)
    first = doc[0]
    first.insert_text((72, 600), "See the minutes", fontsize=12)
    first.insert_link(
        {
            "kind": pymupdf.LINK_GOTO,
            "from": pymupdf.Rect(70, 585, 200, 605),
            "page": 3,
            "to": pymupdf.Point(72, 100),
        }
    )
    first.insert_text((72, 650), "Council website", fontsize=12)
    first.insert_link(
        {"kind": pymupdf.LINK_URI, "from": pymupdf.Rect(70, 635, 200, 655), "uri": URL}
    )
    doc.save(path)
    doc.close()
    return path


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    return make_pack(tmp_path / "pack.pdf")


@pytest.fixture
def view(qtbot) -> PdfView:
    v = PdfView()
    qtbot.addWidget(v)
    v.resize(640, 720)
    v.show()
    qtbot.waitExposed(v)
    return v


def open_and_render(qtbot, view: PdfView, path: Path) -> None:
    with qtbot.waitSignal(view.documentLoaded, timeout=WAIT) as loaded:
        view.open_document(str(path))
    assert loaded.args == [view.page_count()]
    qtbot.waitUntil(view.visible_pages_rendered, timeout=WAIT)


def wait_info(qtbot, view: PdfView, page: int) -> None:
    """Words and links of a visible page arrive from the worker after its render."""
    qtbot.waitUntil(lambda: page - 1 in view._info, timeout=WAIT)


def distinct_colours(image: QImage, step: int = 7) -> int:
    seen = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen.add(image.pixel(x, y))
    return len(seen)


def test_open_emits_page_count_and_renders(qtbot, view: PdfView, pack: Path) -> None:
    loaded: list[int] = []
    view.documentLoaded.connect(loaded.append)
    with qtbot.waitSignal(view.renderedVisible, timeout=WAIT):
        view.open_document(str(pack))
        assert not view.visible_pages_rendered()  # nothing is rendered on the UI thread
    assert loaded == [6]
    assert view.page_count() == 6
    assert view.current_page() == 1
    assert view.visible_pages_rendered()
    shot = view.viewport().grab().toImage()
    assert distinct_colours(shot) > 3  # background, white page, black text, anti-aliasing


def test_go_to_page_and_scrolling_change_current_page(qtbot, view: PdfView, pack: Path) -> None:
    open_and_render(qtbot, view, pack)
    with qtbot.waitSignal(view.currentPageChanged, timeout=WAIT) as changed:
        view.go_to_page(4)
    assert changed.args == [4]
    assert view.current_page() == 4
    with qtbot.waitSignal(view.currentPageChanged, timeout=WAIT):
        view.verticalScrollBar().setValue(0)
    assert view.current_page() == 1
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.current_page() == 6
    qtbot.keyClick(view, Qt.Key.Key_Home)
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.verticalScrollBar().value() > 0


def test_go_to_page_before_load_is_applied_after(qtbot, view: PdfView, pack: Path) -> None:
    view.open_document(str(pack))
    view.go_to_page(5)
    with qtbot.waitSignal(view.currentPageChanged, timeout=WAIT) as changed:
        pass
    assert changed.args[0] in (1, 5)
    qtbot.waitUntil(lambda: view.current_page() == 5, timeout=WAIT)


def test_zoom_changes_scale_and_rendered_image(qtbot, view: PdfView, pack: Path) -> None:
    open_and_render(qtbot, view, pack)
    fit = view.zoom()
    # fit width is the default: the page fills the viewport
    assert view.page_rect(0).width() == view.viewport().width()
    assert view.horizontalScrollBar().maximum() == 0
    width_before = view._cache.get((0, fit, view._dpr())).width()
    with qtbot.waitSignal(view.zoomChanged, timeout=WAIT) as zoomed:
        view.zoom_in()
    assert zoomed.args[0] > fit
    qtbot.waitUntil(view.visible_pages_rendered, timeout=WAIT)
    image = view._cache.get((view.current_page() - 1, view.zoom(), view._dpr()))
    assert image is not None and image.width() > width_before
    view.zoom_out()
    view.zoom_out()
    assert view.zoom() < fit
    view.fit_page()
    assert view.page_rect(0).height() <= view.viewport().height()
    view.fit_width()
    assert view.zoom() == pytest.approx(fit)
    view.set_zoom(1.0)
    assert view.zoom() == 1.0
    view.set_zoom(50)  # clamped, and the page image is capped in pixels, not in zoom
    assert view.zoom() == 8.0
    qtbot.waitUntil(view.visible_pages_rendered, timeout=WAIT)
    deep = view._cache.get((view.current_page() - 1, 8.0, view._dpr()))
    assert deep is not None and deep.width() * deep.height() <= render_worker.MAX_PIXELS * 1.01


def test_zoom_keeps_current_page(qtbot, view: PdfView, pack: Path) -> None:
    open_and_render(qtbot, view, pack)
    view.go_to_page(4)
    view.zoom_in()
    view.zoom_in()
    assert view.current_page() == 4
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.current_page() == 4


def test_search_hits_land_on_the_right_page(qtbot, view: PdfView, pack: Path) -> None:
    open_and_render(qtbot, view, pack)
    with qtbot.waitSignal(view.searchHitsFound, timeout=WAIT) as found:
        view.set_search_term("Budget")
    assert found.args == [3, 2]
    assert list(view.search_hits()) == [3]
    view.set_current_hit(3, 1)
    assert view.current_page() == 3
    hit = view._rect_to_view(2)(view.search_hits()[3][1])
    assert view.viewport().rect().contains(hit.toRect())
    view.set_search_term(None)
    assert view.search_hits() == {}


def test_drag_selection_copies_words(qtbot, view: PdfView, pack: Path) -> None:
    open_and_render(qtbot, view, pack)
    wait_info(qtbot, view, 1)
    start = view.page_to_viewport(1, 71, 85)  # just left of "Item 1: ..."
    end = view.page_to_viewport(1, 200, 85)
    vp = view.viewport()
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=start.toPoint())
    qtbot.mouseMove(vp, pos=(start + QPointF(20, 0)).toPoint())
    qtbot.mouseMove(vp, pos=end.toPoint())
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=end.toPoint())
    assert view.selected_text().startswith("Item 1:")
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == view.selected_text()


def test_double_click_word_and_context_actions(qtbot, view: PdfView, pack: Path) -> None:
    open_and_render(qtbot, view, pack)
    wait_info(qtbot, view, 1)
    pos = view.page_to_viewport(1, 80, 136)  # inside "Line" of the first body line
    assert view.select_word_at(pos)
    assert view.selected_text() == "Line"
    menu = view.build_context_menu()
    labels = [a.text() for a in menu.actions()]
    assert labels == ["Copy", "Highlight", "Quote into a note"]
    with qtbot.waitSignal(view.quoteRequested, timeout=WAIT) as quoted:
        menu.actions()[2].trigger()
    page, rect, text = quoted.args
    assert page == 1 and text == "Line" and rect[0] < 80 < rect[2]
    with qtbot.waitSignal(view.highlightRequested, timeout=WAIT) as marked:
        menu.actions()[1].trigger()
    assert marked.args[0] == 1 and len(marked.args[1]) == 1 and marked.args[2] == "Line"


def test_internal_link_jumps_and_reports(qtbot, view: PdfView, pack: Path) -> None:
    open_and_render(qtbot, view, pack)
    wait_info(qtbot, view, 1)
    view.go_to_page(1, 500)
    pos = view.page_to_viewport(1, 100, 595).toPoint()
    assert view.link_at(QPointF(pos)) is not None
    with qtbot.waitSignal(view.internalLinkFollowed, timeout=WAIT) as followed:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert followed.args == [4]
    assert view.current_page() == 4


@pytest.mark.parametrize("confirmed", [False, True])
def test_external_link_asks_before_opening(qtbot, view: PdfView, pack: Path, confirmed) -> None:
    open_and_render(qtbot, view, pack)
    wait_info(qtbot, view, 1)
    asked: list[str] = []
    opened: list[str] = []

    def confirm(parent, url: str) -> bool:
        asked.append(url)
        return confirmed

    view.confirm_open_url = confirm
    view.open_url = lambda url: opened.append(url.toString())
    view.go_to_page(1, 500)
    pos = view.page_to_viewport(1, 100, 645).toPoint()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert asked == [URL]
    assert opened == ([URL] if confirmed else [])


def test_highlights_are_painted(qtbot, view: PdfView, pack: Path) -> None:
    open_and_render(qtbot, view, pack)
    box = view.page_to_viewport(1, 300, 445).toPoint()  # blank paper below the body text
    before = view.viewport().grab().toImage().pixelColor(box)
    view.set_highlights({1: [([(250.0, 420.0, 350.0, 470.0)], "#33cc33")]})
    after = view.viewport().grab().toImage().pixelColor(box)
    assert before.green() > 240 and before.red() > 240  # blank white paper
    assert after.red() < 150 and after.green() > 150  # green marker


def test_damaged_file_reports_load_failed(qtbot, view: PdfView, tmp_path: Path) -> None:
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7\n\x00\x01 this is not really a pdf at all\n%%EOF")
    with qtbot.waitSignal(view.loadFailed, timeout=WAIT) as failed:
        view.open_document(str(bad))
    assert failed.args[0]
    assert view.page_count() == 0
    text = tmp_path / "notes.pdf"
    text.write_text("hello, I am a text file")
    with qtbot.waitSignal(view.loadFailed, timeout=WAIT) as failed:
        view.open_document(str(text))
    assert "notes.pdf" in failed.args[0] and "/" not in failed.args[0]


def test_damaged_page_shows_error_placeholder(qtbot, view: PdfView, pack: Path, monkeypatch):
    real = render_worker.render_page

    def flaky(doc, job):
        if job.page == 0:
            raise RuntimeError("broken content stream")
        return real(doc, job)

    monkeypatch.setattr(render_worker, "render_page", flaky)
    open_and_render(qtbot, view, pack)
    assert 0 in view._failed
    shot = view.viewport().grab().toImage()
    assert distinct_colours(shot) > 3


def test_close_document_clears(qtbot, view: PdfView, pack: Path) -> None:
    open_and_render(qtbot, view, pack)
    view.close_document()
    assert view.page_count() == 0
    assert not view.visible_pages_rendered()
    assert view.accessibleName()
    assert view.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_rotated_page_hits_land_on_the_printed_word(qtbot, view: PdfView, tmp_path: Path) -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((72, 100), "Appendix landscape Schedule", fontsize=20)
    page.set_rotation(90)
    doc.save(tmp_path / "rot.pdf")
    open_and_render(qtbot, view, tmp_path / "rot.pdf")
    assert view.page_rect(0).width() > view.page_rect(0).height()  # shown landscape
    with qtbot.waitSignal(view.searchHitsFound, timeout=WAIT):
        view.set_search_term("Schedule")
    hit = view._rect_to_view(0)(view.search_hits()[1][0]).toRect()
    assert hit.height() > hit.width()  # the word runs down the rotated page
    shot = view.viewport().grab().toImage()
    dark = sum(
        1
        for x in range(hit.left(), hit.right())
        for y in range(hit.top(), hit.bottom())
        if shot.pixelColor(x, y).lightness() < 100
    )
    assert dark > 20  # the glyphs are under the highlight, not somewhere else


def test_hover_link_shows_hand_and_ctrl_wheel_zooms(qtbot, view: PdfView, pack: Path) -> None:
    open_and_render(qtbot, view, pack)
    wait_info(qtbot, view, 1)
    view.go_to_page(1, 500)
    pos = view.page_to_viewport(1, 100, 595).toPoint()
    qtbot.mouseMove(view.viewport(), pos=pos)
    assert view.viewport().cursor().shape() == Qt.CursorShape.PointingHandCursor
    assert view.link_tooltip(view.link_at(QPointF(pos))) == "Go to page 4"
    before = view.zoom()
    event = QWheelEvent(
        QPointF(pos),
        QPointF(view.viewport().mapToGlobal(pos)),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)
    assert view.zoom() > before
    # The point under the mouse stays under the mouse.
    after = view.page_to_viewport(1, 100, 595)
    assert abs(after.x() - pos.x()) <= 2 and abs(after.y() - pos.y()) <= 2
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() < before


def test_keyboard_scrolling(qtbot, view: PdfView, pack: Path) -> None:
    open_and_render(qtbot, view, pack)
    bar = view.verticalScrollBar()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    after_space = bar.value()
    assert after_space > view.viewport().height() // 2
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert bar.value() == after_space + bar.singleStep()
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)
    assert bar.value() == 0
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert bar.value() == 0


def test_high_dpi_renders_device_pixels(qtbot, view: PdfView, pack: Path, monkeypatch) -> None:
    monkeypatch.setattr(view, "_dpr", lambda: 2.0)
    open_and_render(qtbot, view, pack)
    image = view._cache.get((0, view.zoom(), 2.0))
    assert image is not None and image.devicePixelRatio() == 2.0
    assert abs(image.width() - 2 * view.page_rect(0).width()) <= 2


@pytest.mark.parametrize(
    "kind", ["not_pdf", "empty", "truncated", "encrypted", "zero_pages", "html_named_pdf"]
)
def test_generated_damaged_files_fail_cleanly(qtbot, view: PdfView, tmp_path: Path, kind) -> None:
    packgen = pytest.importorskip("tests.packgen")
    bad = packgen.make_damaged(kind, tmp_path / f"{kind}.pdf")
    with qtbot.waitSignal(view.loadFailed, timeout=WAIT) as failed:
        view.open_document(str(bad))
    assert f"{kind}.pdf" in failed.args[0]
    assert view.page_count() == 0


def test_pymupdf_work_runs_off_the_ui_thread(qtbot, view: PdfView, pack: Path, monkeypatch):
    import threading

    threads: set[str] = set()
    for name in ("render_page", "page_info", "page_geometry"):
        real = getattr(render_worker, name)

        def spy(*args, _real=real):
            threads.add(threading.current_thread().name)
            return _real(*args)

        monkeypatch.setattr(render_worker, name, spy)
    open_and_render(qtbot, view, pack)
    wait_info(qtbot, view, 1)
    assert threads == {"pdf-owner"}  # the one thread that calls PyMuPDF (core.pdf_owner)


def test_dragging_past_the_bottom_edge_autoscrolls(qtbot, view: PdfView, pack: Path) -> None:
    open_and_render(qtbot, view, pack)
    wait_info(qtbot, view, 1)
    vp = view.viewport()
    start = view.page_to_viewport(1, 71, 85).toPoint()
    below = QPoint(start.x() + 100, vp.height() + 40)
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(vp, pos=start + QPoint(30, 0))
    qtbot.mouseMove(vp, pos=below)
    qtbot.waitUntil(lambda: view.verticalScrollBar().value() > 100, timeout=WAIT)
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=below)
    assert view.selected_text().startswith("Item 1:")
    assert "Line 11 of page 1" in view.selected_text()


def test_shift_click_selects_across_pages_not_yet_seen(qtbot, view: PdfView, pack: Path) -> None:
    open_and_render(qtbot, view, pack)
    wait_info(qtbot, view, 1)
    vp = view.viewport()
    qtbot.mouseClick(vp, Qt.MouseButton.LeftButton, pos=view.page_to_viewport(1, 71, 85).toPoint())
    view.go_to_page(5)
    end = view.page_to_viewport(5, 300, 85).toPoint()
    qtbot.mouseClick(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, pos=end)
    qtbot.waitUntil(lambda: all(p in view._info for p in range(5)), timeout=WAIT)
    text = view.selected_text()
    assert text.startswith("Item 1:") and "Line 11 of page 3" in text
    assert text.rstrip().endswith("Item 5: Parish Drainage Review")
