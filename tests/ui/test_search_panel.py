"""Search in the reading view: results below the agenda tree (the pages keep their width),
Escape puts them away, and the current hit is drawn apart from the other hits."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from boardprep.ui import pdfview_paint as paint

WAIT = 10000


def _search(qtbot: Any, w: Any, term: str) -> None:
    w.act_find.trigger()
    qtbot.keyClicks(w.search.query, term)
    qtbot.keyClick(w.search.query, Qt.Key.Key_Return)
    assert w.search.results.count() > 0


def _colour_count(w: Any, page: int, rect: Any, colour: Any) -> int:
    """Pixels of about ``colour`` inside a hit's rectangle (viewport coordinates)."""
    shot = w.view.viewport().grab().toImage()
    r = w.view._rect_to_view(page - 1)(rect).toAlignedRect().intersected(shot.rect())
    n = 0
    for y in range(r.top(), r.bottom() + 1):
        for x in range(r.left(), r.right() + 1):
            c = shot.pixelColor(x, y)
            if (
                max(
                    abs(c.red() - colour.red()),
                    abs(c.green() - colour.green()),
                    abs(c.blue() - colour.blue()),
                )
                <= 12
            ):
                n += 1
    return n


def test_search_keeps_the_page_width(qtbot: Any, opened: Any) -> None:
    width = opened.view.viewport().width()
    page_width = opened.view.page_rect(0).width()
    _search(qtbot, opened, "Council")
    assert opened.search.isVisible()
    assert opened.search.parentWidget() is opened.left  # below the agenda tree
    assert opened.search.geometry().top() >= opened.tree_view.parentWidget().geometry().bottom()
    qtbot.wait(50)
    assert opened.view.viewport().width() == width
    assert opened.view.page_rect(0).width() == page_width
    # The results still leave room for the tree.
    assert opened.tree_view.height() >= 120 and opened.search.results.height() >= 120


def test_escape_closes_search_and_clears_the_marks(qtbot: Any, opened: Any) -> None:
    _search(qtbot, opened, "Council")
    qtbot.waitUntil(lambda: bool(opened.view.search_hits()), timeout=WAIT)
    opened.search.results.setFocus()
    qtbot.keyClick(opened.search.results, Qt.Key.Key_Escape)
    assert not opened.search.isVisible()
    assert opened.view.search_hits() == {}
    assert opened.view.hasFocus()
    opened.act_find.trigger()  # Ctrl+F brings it back, query kept and selected
    assert opened.search.isVisible() and opened.search.query.hasFocus()
    assert opened.search.query.selectedText() == "Council"
    qtbot.keyClick(opened.search.query, Qt.Key.Key_Escape)
    assert not opened.search.isVisible()
    opened.act_find.trigger()
    qtbot.mouseClick(opened.search.close_button, Qt.MouseButton.LeftButton)
    assert not opened.search.isVisible()


def test_ctrl_f_shows_a_hidden_agenda_pane(qtbot: Any, opened: Any) -> None:
    opened.act_tree.trigger()
    assert not opened.left.isVisible()
    opened.act_find.trigger()
    assert opened.left.isVisible() and opened.search.isVisible()
    assert opened.act_tree.isChecked()


def test_current_hit_is_drawn_apart_and_f3_steps_through_hits(
    qtbot: Any, opened: Any, pack: tuple[Path, dict[str, Any]]
) -> None:
    _search(qtbot, opened, "Council")
    view = opened.view
    first_page = opened.search.results.item(0).data(Qt.ItemDataRole.UserRole)
    qtbot.waitUntil(lambda: len(view.search_hits().get(first_page, [])) >= 2, timeout=WAIT)
    assert view.current_hit() == (first_page, 0)
    qtbot.waitUntil(view.visible_pages_rendered, timeout=WAIT)
    qtbot.wait(50)
    hits = view.search_hits()[first_page]
    current, other = hits[0], hits[1]
    # The current hit is orange in a dark frame, the others pale yellow: never the same look.
    assert _colour_count(opened, first_page, current, paint.CURRENT_HIT) > 0
    assert _colour_count(opened, first_page, other, paint.CURRENT_HIT) == 0
    assert _colour_count(opened, first_page, other, paint.SEARCH_HIT) > 0
    # F3: the next hit on the same page, then on to the next result's page; Shift+F3 back.
    opened.act_next_hit.trigger()
    assert view.current_hit() == (first_page, 1)
    for _ in range(len(hits) - 1):
        opened.act_next_hit.trigger()
    assert opened.search.results.currentRow() == 1
    second_page = opened.search.results.item(1).data(Qt.ItemDataRole.UserRole)
    assert view.current_hit() == (second_page, 0) and view.current_page() == second_page
    opened.act_prev_hit.trigger()
    qtbot.waitUntil(lambda: view.current_hit() == (first_page, len(hits) - 1), timeout=WAIT)
