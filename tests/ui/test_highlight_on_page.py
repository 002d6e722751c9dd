"""Right-click on a highlight on the page: recolour, remove, a note about it, copy its text.

Each change is on the window's one undo stack, as in the panel's Highlights tab.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu

from boardprep.core.errors import NotFoundError

QUOTE = "The Committee is asked to\nnote the regener-\nation"


def _menu_choice(monkeypatch: pytest.MonkeyPatch, path: str, seen: list[list[str]]) -> None:
    """The page's context menu 'chooses' ``path`` ("Highlight colour/Green"); exec would block."""

    class Menu(QMenu):
        def exec(self, *_a: Any) -> Any:  # type: ignore[override]
            seen.append([a.text() for a in self.actions()])
            menu: QMenu = self
            *subs, last = path.split("/")
            for name in subs:
                menu = next(a.menu() for a in menu.actions() if a.text() == name)
            for act in menu.actions():
                if act.text() == last:
                    act.trigger()
                    return act
            raise AssertionError(f"{last!r} not in {[a.text() for a in menu.actions()]}")

    monkeypatch.setattr("boardprep.ui.pdfview_input.QMenu", Menu)


def _right_click(view: Any, pos: QPointF) -> None:
    vp = view.viewport()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, pos.toPoint(), vp.mapToGlobal(pos.toPoint())
    )
    QApplication.sendEvent(vp, event)


@pytest.fixture
def marked(qtbot: Any, opened: Any) -> tuple[Any, Any, QPointF]:
    """A highlight on an item's first page, in view; (window, highlight, a point on it)."""
    w = opened
    item = next(it for it in w.tree.walk() if it.pdf_pages and not it.sub_items)
    page = item.pdf_pages[0]
    w.view.highlightRequested.emit(page, [(72.0, 200.0, 300.0, 214.0)], QUOTE)
    (h,) = w.store.highlights(w.sha)
    w.view.go_to_page(page)
    qtbot.waitUntil(lambda: w.view.current_page() == page, timeout=3000)
    return w, h, w.view.page_to_viewport(page, 150.0, 207.0)


def test_the_view_finds_the_highlight_under_the_mouse(marked: Any) -> None:
    w, h, on = marked
    view = w.view
    assert view.highlight_at(on) == h.id
    page = h.page
    assert view.highlight_at(view.page_to_viewport(page, 150.0, 260.0)) is None  # below it
    assert view.highlight_at(view.page_to_viewport(page, 40.0, 207.0)) is None  # left of it
    # Off the highlight the menu is the selection's; on it, the highlight's entries come first.
    off = view.page_to_viewport(page, 150, 300)
    plain = [a.text() for a in view.build_context_menu(off).actions()]
    assert plain == ["Copy", "Highlight", "Quote into a note"]
    on_it = [a.text() for a in view.build_context_menu(on).actions()]
    assert on_it[:4] == [
        "Highlight colour",
        "Remove highlight",
        "Add a note about it…",
        "Copy its text",
    ]
    assert on_it[-3:] == ["Copy", "Highlight", "Quote into a note"]
    colours = view.build_context_menu(on).actions()[0].menu().actions()
    assert [(a.text(), a.isEnabled()) for a in colours][:2] == [("Yellow", False), ("Green", True)]


def test_recolour_and_remove_from_the_page_are_undoable(
    qtbot: Any, marked: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    w, h, on = marked
    seen: list[list[str]] = []
    _menu_choice(monkeypatch, "Highlight colour/Green", seen)
    _right_click(w.view, on)  # a real right-click on the viewport
    assert seen and seen[0][0] == "Highlight colour"
    assert w.store.get("highlight", h.id).colour == "#a5d6a7"
    assert w.act_undo.text() == "&Undo Colour highlight green"  # the tab's own command
    w.act_undo.trigger()
    assert w.store.get("highlight", h.id).colour == "#ffd54f"

    _menu_choice(monkeypatch, "Remove highlight", seen)
    _right_click(w.view, on)
    with pytest.raises(NotFoundError):
        w.store.get("highlight", h.id)
    assert w.view.highlight_at(on) is None  # gone from the page
    assert w.panel.highlights.list.count() == 0
    assert w.edits.notice.isVisibleTo(w) and "Deleted highlight on page" in (
        w.edits.notice.label.toolTip()
    )
    w.act_undo.trigger()  # the same highlight back, on the page again
    assert w.store.get("highlight", h.id).uid == h.uid
    assert w.view.highlight_at(on) == h.id
    w.act_redo.trigger()
    assert w.view.highlight_at(on) is None


def test_a_note_about_a_highlight_and_copying_its_text(
    qtbot: Any, marked: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    w, h, on = marked
    w.panel.set_item(None)  # the note goes to the highlight's item, chosen for the reader
    page_before = w.view.current_page()
    asked: list[str] = []
    w.highlight_actions.ask_note = lambda quote: asked.append(quote) or "Ask for the costs"
    _menu_choice(monkeypatch, "Add a note about it…", [])
    _right_click(w.view, on)
    assert asked == ["The Committee is asked to note the regeneration"]
    (note,) = [n for n in w.store.notes(w.sha, h.item) if not n.is_item_note]
    assert (note.text, note.quote, note.page) == ("Ask for the costs", h.quote, h.page)
    assert note.rect is not None and tuple(note.rect) == (72.0, 200.0, 300.0, 214.0)
    panel = w.panel
    assert panel.item is not None and panel.item.number == h.item
    assert panel.tabs.currentWidget() is panel.notes and panel.notes.quotes.count() == 1
    assert w.view.current_page() == page_before  # the reader stays on the page
    w.act_undo.trigger()
    assert [n for n in w.store.notes(w.sha, h.item) if not n.is_item_note] == []

    w.highlight_actions.ask_note = lambda _q: None  # cancelled: nothing stored
    _right_click(w.view, on)
    assert [n for n in w.store.notes(w.sha, h.item) if not n.is_item_note] == []

    _menu_choice(monkeypatch, "Copy its text", [])
    _right_click(w.view, on)
    assert QGuiApplication.clipboard().text() == "The Committee is asked to note the regeneration"


def test_a_highlight_on_a_page_of_no_item_cannot_take_a_note(qtbot: Any, opened: Any) -> None:
    w = opened
    loose = next(p for p in range(1, w.view.page_count() + 1) if not w.tree.item_at_page(p))
    w.view.highlightRequested.emit(loose, [(72.0, 90.0, 200.0, 104.0)], "AGENDA")
    (h,) = w.store.highlights(w.sha)
    w.highlight_actions.ask_note = lambda _q: "never asked"
    assert not w.highlight_actions.note_about(h.id)
    assert "page of no item" in w.statusBar().currentMessage()
