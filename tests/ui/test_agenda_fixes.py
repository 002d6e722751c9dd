"""Correcting the agenda in the window: the tree's context menu, and undo/redo."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMenu

from boardprep.core.model import Item
from boardprep.ui.agenda_model import CorrectedRole


def _pick(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    """The context menu 'chooses' the entry named ``text`` (QMenu.exec would block)."""

    class Menu(QMenu):
        def exec(self, *_a: Any) -> Any:  # type: ignore[override]
            for act in self.actions():
                if act.text() == text:
                    act.trigger()
                    return act
            raise AssertionError(f"{text!r} not in {[a.text() for a in self.actions()]}")

    monkeypatch.setattr("boardprep.ui.panel_wiring.QMenu", Menu)


def _menu_on(w: Any, number: str, monkeypatch: pytest.MonkeyPatch, entry: str) -> None:
    ix = w.model.index_for_number(number)
    assert ix.isValid()
    w.tree_view.scrollTo(ix)
    _pick(monkeypatch, entry)
    w.panels.tree_menu(w.tree_view.visualRect(ix).center())


def test_context_menu_corrections_and_undo(
    qtbot: Any, opened: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = opened
    sha = w.sha
    item = [it for it in w.tree.items if it.pdf_pages][2]
    number, title, (first, last) = item.number, item.title, item.pdf_pages
    note = w.store.add_note(sha, number, "Ask about the costs")
    answers: list[str] = []
    w.fixer.ask = lambda *_a: answers.pop(0)

    answers.append("Corrected title")
    _menu_on(w, number, monkeypatch, "Rename…")
    ix = w.model.index_for_number(number)
    assert w.tree.find_item(number).title == "Corrected title"
    assert ix.data(CorrectedRole) is True and w.model.data(ix, 6).italic()  # FontRole
    assert "Corrected by you" in ix.data(3)  # ToolTipRole

    answers.append("99")
    _menu_on(w, number, monkeypatch, "Renumber…")
    assert w.tree.find_item("99") is not None and w.tree.find_item(number) is None
    assert w.store.get("note", note.id).item == "99"

    w.act_undo.trigger()  # Ctrl+Z: the renumbering goes, the note goes back with it
    assert w.tree.find_item(number).title == "Corrected title"
    assert w.store.get("note", note.id).item == number
    w.act_undo.trigger()
    assert w.tree.find_item(number).title == title
    assert not w.model.index_for_number(number).data(CorrectedRole)
    assert w.store.corrections(sha) == []
    w.act_redo.trigger()
    w.act_redo.trigger()
    assert w.tree.find_item("99").title == "Corrected title"
    assert w.store.get("note", note.id).item == "99"
    assert w.act_undo.shortcut().toString() == "Ctrl+Z"
    assert w.act_redo.shortcut().toString() == "Ctrl+Shift+Z"

    w.view.go_to_page(first + 1)
    qtbot.waitUntil(lambda: w.view.current_page() == first + 1, timeout=5000)
    _menu_on(w, "99", monkeypatch, "Item starts here")
    assert w.tree.find_item("99").pdf_pages == (first + 1, last)
    _menu_on(w, "99", monkeypatch, "Mark not exempt" if item.exempt else "Mark exempt")
    assert w.tree.find_item("99").exempt is not item.exempt

    w.view.go_to_page(last)
    qtbot.waitUntil(lambda: w.view.current_page() == last, timeout=5000)
    answers += ["99b", "Late paper"]
    _menu_on(w, "99", monkeypatch, "Add item here…")
    added = w.tree.find_item("99b")
    assert isinstance(added, Item) and added.pdf_pages[0] == last
    assert w.tree.find_item("99").pdf_pages == (first + 1, last - 1)

    _menu_on(w, "99b", monkeypatch, "Delete item")
    assert w.tree.find_item("99b") is None
    w.act_undo.trigger()
    assert w.tree.find_item("99b") is not None
    assert w.fixer.stack.count() == 6 and w.fixer.stack.index() == 5
