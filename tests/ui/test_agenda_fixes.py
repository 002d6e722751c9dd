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


def test_merge_with_the_next_item_and_split_at_the_page_read(
    qtbot: Any, opened: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from boardprep.core.pageref import PageNames

    w = opened
    sha = w.sha
    tops = [it for it in w.tree.items if it.pdf_pages]
    first_item, second = tops[1], tops[2]
    a, b = first_item.number, second.number
    mine = w.store.add_note(sha, a, "On the first item")
    theirs = w.store.add_question(sha, b, "On the item merged away")

    # Merge: the next item's pages, papers and records join this one; undo gives them back.
    _menu_on(w, a, monkeypatch, f"Merge with next item ({second.display_number})")
    merged = w.tree.find_item(a)
    assert w.tree.find_item(b) is None and merged.title == first_item.title
    assert merged.pdf_pages == (first_item.pdf_pages[0], second.pdf_pages[1])
    assert w.model.index_for_number(a).data(CorrectedRole) is True
    assert w.store.get("question", theirs.id).item == a
    assert w.panel.item.number == a and w.panel.questions.list.count() == 1
    w.act_undo.trigger()
    assert w.tree.find_item(b).pdf_pages == second.pdf_pages
    assert w.store.get("question", theirs.id).item == b
    w.act_redo.trigger()
    assert w.tree.find_item(b) is None
    w.act_undo.trigger()

    # The last item has nothing after it: the entry is there, greyed out.
    last = w.tree.items[-1]
    menu = QMenu()
    acts = w.fixer.add_menu_actions(menu, w.model.index_for_number(last.number))
    (merge_last,) = [x for x in acts if x.text().startswith("Merge with next item")]
    assert not merge_last.isEnabled()

    # Split at the page being read: the member types the new number (a free one is offered)
    # and title; the notes stay on the first part.
    start, end = first_item.pdf_pages
    assert end > start, "the test needs an item of several pages"
    w.view.go_to_page(start + 1)
    qtbot.waitUntil(lambda: w.view.current_page() == start + 1, timeout=5000)
    asked: list[tuple[str, ...]] = []
    answers = [None, "Budget appendix"]

    def ask(*args: str) -> Any:
        asked.append(args)
        return answers.pop(0) or args[2]  # None: accept the number offered

    w.fixer.ask = ask
    where = PageNames.of(w.tree).words(start + 1)
    _menu_on(w, a, monkeypatch, f"Split item at {where}…")
    new = asked[0][2]  # the number offered, accepted
    assert new == f"{a}a" and where in asked[0][1] and asked[1][1] == f"Title of item {new}:"
    assert w.tree.find_item(a).pdf_pages == (start, start)
    assert w.tree.find_item(new).pdf_pages == (start + 1, end)
    assert w.tree.find_item(new).title == "Budget appendix"
    assert w.store.get("note", mine.id).item == a
    assert w.model.index_for_number(new).data(CorrectedRole) is True
    assert w.view.current_page() == start + 1  # the reader stays on the page
    w.act_undo.trigger()
    assert w.tree.find_item(new) is None and w.tree.find_item(a).pdf_pages == (start, end)

    # On the item's first page there is nothing to split off.
    w.view.go_to_page(start)
    qtbot.waitUntil(lambda: w.view.current_page() == start, timeout=5000)
    menu = QMenu()
    acts = w.fixer.add_menu_actions(menu, w.model.index_for_number(a))
    (split,) = [x for x in acts if x.text().startswith("Split item at")]
    assert not split.isEnabled()
