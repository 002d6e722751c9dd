from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from boardprep.core.store import Store
from boardprep.ui.agenda_model import CountsRole


def _item_with_papers(window: Any) -> Any:
    return next(it for it in window.tree.walk() if it.pdf_pages and not it.sub_items)


def test_notes_autosave_while_typing(qtbot: Any, opened: Any) -> None:
    item = _item_with_papers(opened)
    opened.select_item(item.number)
    editor = opened.panel.notes.editor
    qtbot.keyClicks(editor, "Ask about the overspend in 3.2")
    # Saved within a second of the last keystroke, without leaving the item.
    with Store(opened.data_dir) as fresh:
        qtbot.waitUntil(
            lambda: (
                fresh.item_note_text(opened.sha, item.number) == "Ask about the overspend in 3.2"
            ),
            timeout=1000,
        )
    assert opened.panel.notes.indicator.text() == "✓ Saved"


def test_notes_saved_on_item_switch_and_reloaded(qtbot: Any, opened: Any) -> None:
    first, second = [it for it in opened.tree.walk() if it.pdf_pages][:2]
    opened.select_item(first.number)
    opened.panel.notes.editor.setPlainText("first item words")
    opened.select_item(second.number)  # switch before the debounce fires
    with Store(opened.data_dir) as fresh:
        assert fresh.item_note_text(opened.sha, first.number) == "first item words"
    assert opened.panel.notes.editor.toPlainText() == ""
    opened.select_item(first.number)
    assert opened.panel.notes.editor.toPlainText() == "first item words"


def test_quote_from_the_view_becomes_an_anchored_note(qtbot: Any, opened: Any) -> None:
    item = _item_with_papers(opened)
    page = item.pdf_pages[0]
    opened.view.quoteRequested.emit(page, (72.0, 100.0, 300.0, 120.0), "savings of £1.2m")
    notes = opened.store.notes(opened.sha, item.number)
    anchored = [n for n in notes if not n.is_item_note]
    assert len(anchored) == 1 and anchored[0].quote == "savings of £1.2m"
    assert anchored[0].page == page
    assert opened.panel.notes.quotes.count() == 1


def test_questions_add_reorder_status_persist(qtbot: Any, opened: Any) -> None:
    item = _item_with_papers(opened)
    opened.select_item(item.number)
    qw = opened.panel.questions
    ids = [qw.add_question(text) for text in ("Why late?", "Who pays?", "When next?")]
    assert qw.list.count() == 3
    # Drag-and-drop reorder ends in the same persistence path as the buttons.
    qw.list.setCurrentRow(2)
    qw.move_current(-1)
    qw.move_current(-1)
    with Store(opened.data_dir) as fresh:
        assert [q.id for q in fresh.questions(opened.sha, item.number)] == [ids[2], ids[0], ids[1]]
    qw.list.setCurrentRow(0)
    qw.status.setCurrentIndex(qw.status.findData("ready"))
    qw.text.setPlainText("When will it come back to committee?")
    qtbot.waitUntil(lambda: not qw._pending, timeout=1500)  # the debounced save
    with Store(opened.data_dir) as fresh:
        q = fresh.questions(opened.sha, item.number)[0]
        assert q.status == "ready"
        assert q.text == "When will it come back to committee?"
    # The tree's badge counts the questions.
    ix = opened.model.index_for_number(item.number)
    assert ix.data(CountsRole)[1] == 3


def test_question_drag_reorder_persists(qtbot: Any, opened: Any) -> None:
    item = _item_with_papers(opened)
    opened.select_item(item.number)
    qw = opened.panel.questions
    a, b = qw.add_question("A"), qw.add_question("B")
    model = qw.list.model()
    # What an internal-move drop does: the model moves the row and emits rowsMoved.
    assert model.moveRow(model.index(1, 0).parent(), 1, model.index(0, 0).parent(), 0)
    with Store(opened.data_dir) as fresh:
        assert [q.id for q in fresh.questions(opened.sha, item.number)] == [b, a]


def test_declaration_persists(qtbot: Any, opened: Any) -> None:
    item = _item_with_papers(opened)
    opened.select_item(item.number)
    dw = opened.panel.declaration
    dw.has_interest.setChecked(True)
    dw.interest.setCurrentIndex(dw.interest.findData("pecuniary"))
    dw.withdraw.setChecked(True)
    qtbot.keyClicks(dw.nature, "I own land next to the site")
    qtbot.waitUntil(lambda: not dw.autosave.is_pending(), timeout=1500)
    with Store(opened.data_dir) as fresh:
        (d,) = fresh.declarations(opened.sha, item.number)
    assert d.interest == "pecuniary" and d.withdraw and d.nature == "I own land next to the site"
    assert dw.interest.currentText() == "Disclosable pecuniary interest"
    assert opened.model.index_for_number(item.number).data(CountsRole)[2] == 1
    # Reloading the item shows what was stored.
    other = next(it for it in opened.tree.walk() if it is not item and it.pdf_pages)
    opened.select_item(other.number)
    assert not dw.has_interest.isChecked()
    opened.select_item(item.number)
    assert dw.has_interest.isChecked() and dw.nature.text() == "I own land next to the site"
    dw.has_interest.setChecked(False)
    with Store(opened.data_dir) as fresh:
        assert fresh.declarations(opened.sha, item.number) == []


def test_panel_header_shows_the_item(opened: Any) -> None:
    item = next(it for it in opened.tree.walk() if it.pdf_pages and it.people)
    opened.select_item(item.number)
    p = opened.panel
    assert p.number.text() == f"Item {item.number}"
    assert p.title.text() == item.title
    assert item.people[0].name in p.details.text()
    assert p.exempt.isHidden() == (not item.exempt)
    assert p.notes.editor.accessibleName() and p.tabs.accessibleName()
    _ = Qt  # keep the import for readers of the key-driven tests above


def test_withdraw_and_action_stay_consistent(opened: Any) -> None:
    item = _item_with_papers(opened)
    opened.select_item(item.number)
    dw = opened.panel.declaration
    dw.has_interest.setChecked(True)
    dw.withdraw.setChecked(True)
    assert dw.action.currentText() == "Withdraw"
    dw.action.setCurrentIndex(dw.action.findText("Remain"))
    assert not dw.withdraw.isChecked()
    dw.action.setCurrentIndex(dw.action.findText("Speak then withdraw"))
    assert dw.withdraw.isChecked()
    dw.flush()
    with Store(opened.data_dir) as fresh:
        (d,) = fresh.declarations(opened.sha, item.number)
    assert d.withdraw and d.action == "Speak then withdraw"
