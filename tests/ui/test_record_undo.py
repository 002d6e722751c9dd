"""Undo and redo of what the member records, on the window's one undo stack (Ctrl+Z).

Deleting needs no confirmation: the status bar says what went, with an Undo button, and
undo puts the same record back in the database.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QMessageBox

from boardprep.core.errors import NotFoundError
from boardprep.core.store import Store
from boardprep.ui.highlights_list import ColourRole


def _item(w: Any, n: int = 0) -> Any:
    return [it for it in w.tree.walk() if it.pdf_pages and not it.sub_items][n]


def _pick(monkeypatch: pytest.MonkeyPatch, module: str, path: str) -> None:
    """The context menu in ``module`` 'chooses' ``path`` ("Colour/Green"); exec would block."""

    class Menu(QMenu):
        def exec(self, *_a: Any) -> Any:  # type: ignore[override]
            menu: QMenu = self
            *subs, last = path.split("/")
            for name in subs:
                menu = next(a.menu() for a in menu.actions() if a.text() == name)
            for act in menu.actions():
                if act.text() == last:
                    act.trigger()
                    return act
            raise AssertionError(f"{last!r} not in {[a.text() for a in menu.actions()]}")

    monkeypatch.setattr(f"boardprep.ui.{module}.QMenu", Menu)


@pytest.fixture(autouse=True)
def no_confirmation(monkeypatch: pytest.MonkeyPatch) -> None:
    """Deleting asks nothing: any dialog would fail the test."""

    def refuse(*_a: Any, **_k: Any) -> Any:
        raise AssertionError("deleting asked for a confirmation")

    for name in ("question", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, refuse)


def test_deleting_a_question_is_undone_and_redone(qtbot: Any, opened: Any, data_dir: Path) -> None:
    w = opened
    item = _item(w)
    w.select_item(item.number)
    qw = w.panel.questions
    ids = [qw.add_question(t) for t in ("Why late?", "Who pays for the bridge?", "When next?")]
    qw.list.setCurrentRow(1)
    qw.status.setCurrentIndex(qw.status.findData("ready"))
    qw.answer.setPlainText("The county")  # typed, not yet saved: deleting saves it first
    before = w.store.get("question", ids[1])
    assert before.status == "ready"

    qw.del_btn.click()
    with Store(data_dir, backup=False) as fresh:
        assert [q.id for q in fresh.questions(w.sha, item.number)] == [ids[0], ids[2]]
    assert qw.list.count() == 2
    # The question that took its place is selected: Delete again, or edit it, at once.
    assert qw.list.currentRow() == 1 and qw.del_btn.isEnabled()
    assert qw.text.toPlainText() == "When next?"
    notice = w.edits.notice
    assert notice.isVisibleTo(w) and "Deleted question “Who pays for the bridge?”" in (
        notice.label.toolTip()
    )
    assert w.act_undo.text() == "&Undo Delete question “Who pays for the bridge?”"

    w.act_undo.trigger()  # Ctrl+Z
    with Store(data_dir, backup=False) as fresh:
        back = fresh.get("question", ids[1])  # the same record: id, uid, position, answer
        assert [q.id for q in fresh.questions(w.sha, item.number)] == ids
    assert (back.uid, back.status, back.answer) == (before.uid, "ready", "The county")
    assert "Who pays for the bridge?" in qw.list.item(1).text()
    assert not notice.isVisibleTo(w)

    w.act_redo.trigger()  # Ctrl+Shift+Z
    with pytest.raises(NotFoundError):
        w.store.get("question", ids[1])
    assert qw.list.count() == 2

    # The status bar's Undo button does the same as Ctrl+Z.
    w.act_undo.trigger()
    qw.list.setCurrentRow(0)
    qw.list.setFocus()
    qtbot.keyClick(qw.list, Qt.Key.Key_Delete)  # Delete in the list deletes too
    assert [q.id for q in w.store.questions(w.sha, item.number)] == [ids[1], ids[2]]
    assert notice.isVisibleTo(w) and "Why late?" in notice.label.toolTip()
    notice.button.click()
    assert [q.id for q in w.store.questions(w.sha, item.number)] == ids


def test_adding_moving_and_marking_questions_undo(qtbot: Any, opened: Any) -> None:
    w = opened
    item = _item(w)
    w.select_item(item.number)
    qw = w.panel.questions
    a, b = qw.add_question("A"), qw.add_question("B")
    qw.list.setCurrentRow(1)
    qw.move_current(-1)
    assert [q.id for q in w.store.questions(w.sha, item.number)] == [b, a]
    w.act_undo.trigger()
    assert [q.id for q in w.store.questions(w.sha, item.number)] == [a, b]
    assert [qw.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(2)] == [a, b]
    w.act_redo.trigger()
    assert [q.id for q in w.store.questions(w.sha, item.number)] == [b, a]

    qw.list.setCurrentRow(0)  # B
    qw.status.setCurrentIndex(qw.status.findData("submitted"))
    assert w.store.get("question", b).status == "submitted"
    w.act_undo.trigger()
    assert w.store.get("question", b).status == "draft"
    assert qw.status.currentData() == "draft"

    w.act_undo.trigger()  # the move
    w.act_undo.trigger()  # adding B
    assert [q.id for q in w.store.questions(w.sha, item.number)] == [a]
    w.act_redo.trigger()
    assert w.store.get("question", b).text == "B"


def test_typing_keeps_the_editors_own_undo(qtbot: Any, opened: Any) -> None:
    w = opened
    item = _item(w)
    w.select_item(item.number)
    qw = w.panel.questions
    qid = qw.add_question("Keep me")
    qw.del_btn.click()
    editor = w.panel.notes.editor
    w.panel.tabs.setCurrentWidget(w.panel.notes)
    editor.setFocus()
    qtbot.keyClicks(editor, "abc")
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() != "abc"  # the editor undid its typing...
    with pytest.raises(NotFoundError):
        w.store.get("question", qid)  # ...and left the deleted question alone
    # Outside a text box the same keys undo the deletion.
    w.activateWindow()
    w.panel.tabs.setCurrentWidget(qw)
    qw.list.setFocus()
    qtbot.keyClick(qw.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert w.store.get("question", qid).text == "Keep me"
    qtbot.keyClick(
        qw.list,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    with pytest.raises(NotFoundError):
        w.store.get("question", qid)


def test_deleting_and_editing_an_anchored_note(
    qtbot: Any, opened: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = opened
    item = _item(w)
    page = item.pdf_pages[0]
    w.view.quoteRequested.emit(page, (72.0, 100.0, 300.0, 120.0), "savings of\n£1.2m by 2027")
    notes = w.panel.notes
    (note,) = [n for n in w.store.notes(w.sha, item.number) if not n.is_item_note]
    assert notes.quotes.item(0).text().endswith("“savings of £1.2m by 2027”")  # re-flowed

    notes.edit_note(note.id, "Ask how the savings are counted")
    assert w.store.get("note", note.id).text == "Ask how the savings are counted"
    w.act_undo.trigger()
    assert w.store.get("note", note.id).text == "savings of £1.2m by 2027"  # stored re-flowed
    w.act_redo.trigger()

    _pick(monkeypatch, "notes_editor", "Delete")
    rect = notes.quotes.visualItemRect(notes.quotes.item(0))
    notes._quote_menu(rect.center())
    assert notes.quotes.count() == 0
    assert w.edits.notice.isVisibleTo(w) and "note “Ask how" in w.edits.notice.label.toolTip()
    w.act_undo.trigger()
    back = w.store.get("note", note.id)
    assert (back.uid, back.text, back.page, back.rect) == (
        note.uid,
        "Ask how the savings are counted",
        page,
        note.rect,
    )
    assert notes.quotes.count() == 1
    w.act_redo.trigger()
    assert [n for n in w.store.notes(w.sha, item.number) if not n.is_item_note] == []
    w.act_undo.trigger()
    w.act_undo.trigger()  # the edit
    w.act_undo.trigger()  # the quote itself
    assert [n for n in w.store.notes(w.sha, item.number) if not n.is_item_note] == []


def test_removing_a_declaration_is_undone(qtbot: Any, opened: Any) -> None:
    w = opened
    item = _item(w)
    w.select_item(item.number)
    dw = w.panel.declaration
    dw.has_interest.setChecked(True)
    dw.interest.setCurrentIndex(dw.interest.findData("pecuniary"))
    qtbot.keyClicks(dw.nature, "My spouse works for the applicant")
    (d,) = w.store.declarations(w.sha, item.number)
    dw.has_interest.setChecked(False)  # unticking removes it: no question asked
    assert w.store.declarations(w.sha, item.number) == []
    assert "declaration of interest on item" in w.edits.notice.label.toolTip()

    w.act_undo.trigger()
    (back,) = w.store.declarations(w.sha, item.number)
    assert (back.id, back.uid, back.interest) == (d.id, d.uid, "pecuniary")
    assert back.nature == "My spouse works for the applicant"  # typed text saved first
    assert dw.has_interest.isChecked() and dw.nature.text() == back.nature
    w.act_redo.trigger()
    assert w.store.declarations(w.sha, item.number) == []
    assert not dw.has_interest.isChecked()


def test_undo_shows_the_item_the_record_comes_back_to(qtbot: Any, opened: Any) -> None:
    w = opened
    first, second = _item(w, 0), _item(w, 1)
    w.select_item(first.number)
    qid = w.panel.questions.add_question("On the first item")
    w.panel.questions.delete_current()
    w.select_item(second.number)
    page = w.view.current_page()
    w.act_undo.trigger()
    assert w.panel.item.number == first.number
    assert w.panel.questions.list.item(0).data(Qt.ItemDataRole.UserRole) == qid
    assert w.view.current_page() == page  # the reader stays where they were


def test_highlights_listed_recoloured_removed_and_undone(
    qtbot: Any, opened: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = opened
    painted: dict[int, Any] = {}
    paint = w.view.set_highlights

    def spy(by_page: dict[int, Any]) -> None:
        painted.clear()
        painted.update(by_page)
        paint(by_page)

    monkeypatch.setattr(w.view, "set_highlights", spy)

    def _drawn(w: Any, page: int) -> list[Any]:
        """What the view was last given to paint on ``page``: [(quads, colour)]."""
        return [([tuple(q) for q in quads], c) for quads, c, _id in painted.get(page, [])]

    item = _item(w)
    w.select_item(item.number)
    first, last = item.pdf_pages
    w.view.highlightRequested.emit(last, [(72.0, 400.0, 300.0, 414.0)], "late highlight")
    w.view.highlightRequested.emit(
        first, [(72.0, 200.0, 300.0, 214.0)], "The Committee is asked to\nnote the regener-\nation"
    )
    hl = w.panel.highlights
    assert hl.list.count() == 2 and w.panel.tabs.tabText(3) == "Highlights (2)"
    top = hl.list.item(0).text()
    label = w.tree.label_for(first)
    assert top.splitlines()[0] == (f"Page {label}" + (f" (#{first})" if label != first else ""))
    assert top.splitlines()[1] == "The Committee is asked to note the regeneration"
    assert hl.list.item(0).data(ColourRole) == "#ffd54f"  # the swatch's colour
    h_first = w.store.item_highlights(w.sha, item.number)[0]

    # Enter (or a double-click) shows it on its page.
    w.view.go_to_page(last)
    hl.list.setCurrentRow(0)
    hl.list.itemActivated.emit(hl.list.item(0))
    qtbot.waitUntil(lambda: w.view.current_page() == first, timeout=3000)

    # Recolour from the context menu; undo, redo.
    _pick(monkeypatch, "highlights_list", "Colour/Green")
    hl._menu(hl.list.visualItemRect(hl.list.item(0)).center())
    assert w.store.get("highlight", h_first.id).colour == "#a5d6a7"
    assert ([(72.0, 200.0, 300.0, 200.0, 72.0, 214.0, 300.0, 214.0)], "#a5d6a7") in (
        _drawn(w, first)
    )
    w.act_undo.trigger()
    assert w.store.get("highlight", h_first.id).colour == "#ffd54f"
    w.act_redo.trigger()
    assert w.store.get("highlight", h_first.id).colour == "#a5d6a7"

    # Remove: gone from the database, the list and the page; undo puts the same one back.
    _pick(monkeypatch, "highlights_list", "Remove highlight")
    hl._menu(hl.list.visualItemRect(hl.list.item(0)).center())
    assert [h.id for h in w.store.item_highlights(w.sha, item.number)] != [h_first.id]
    assert hl.list.count() == 1 and _drawn(w, first) == []
    assert hl.list.currentRow() == 0  # the next one is selected: Delete goes on from there
    assert "highlight on page" in w.edits.notice.label.toolTip()
    w.act_undo.trigger()
    back = w.store.get("highlight", h_first.id)
    assert (back.uid, back.colour, back.quads) == (h_first.uid, "#a5d6a7", h_first.quads)
    assert hl.list.count() == 2 and len(_drawn(w, first)) == 1
    w.act_redo.trigger()
    assert hl.list.count() == 1
    hl.list.setCurrentRow(0)
    hl.list.setFocus()
    qtbot.keyClick(hl.list, Qt.Key.Key_Delete)
    assert w.store.item_highlights(w.sha, item.number) == []
    w.act_undo.trigger()
    w.act_undo.trigger()
    assert len(w.store.item_highlights(w.sha, item.number)) == 2

    # Making a highlight is undoable too.
    w.act_undo.trigger()  # (the recolour)
    w.act_undo.trigger()  # the second highlight made
    assert [h.quote for h in w.store.item_highlights(w.sha, item.number)] == ["late highlight"]


def test_a_highlight_outside_any_item_can_be_found_and_removed(qtbot: Any, opened: Any) -> None:
    w = opened
    item = _item(w)
    loose_page = next(p for p in range(1, w.view.page_count() + 1) if not w.tree.item_at_page(p))
    w.view.highlightRequested.emit(loose_page, [(72.0, 90.0, 200.0, 104.0)], "AGENDA")
    (loose,) = [r for r in w.store.unplaced(w.sha) if r.kind == "highlight"]
    w.select_item(item.number)
    hl = w.panel.highlights
    rows = [hl.list.item(r) for r in range(hl.list.count())]
    assert [r.text() for r in rows][:1] == ["Not in any item"] and rows[1].data(ColourRole)
    assert w.panel.tabs.tabText(3) == "Highlights"  # the item itself has none
    hl.list.setCurrentRow(1)
    hl.remove_current()
    assert [r for r in w.store.unplaced(w.sha) if r.kind == "highlight"] == []
    assert hl.list.count() == 0 and not hl.empty.isHidden()
    w.act_undo.trigger()
    assert w.store.get("highlight", loose.id).quote == "AGENDA"
    assert hl.list.count() == 2
